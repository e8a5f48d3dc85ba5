import { Injectable } from '@nestjs/common';
import { hasRole, StaffUser } from '../auth';
import { UserRepository } from '../auth';
import { CalendarService } from '../calendar';
import { AgencyDirectory } from '../catalogue';
import { ProcedureCatalogue } from '../catalogue';
import { Clock } from '../common/clock';
import { DomainError } from '../common/errors/domain-error';
import { counterDeadline, firstStepStart, stepDeadline } from '../domain/control-slip';
import { DossierStatus } from '../domain/dossier';
import { classifyFinished } from '../domain/on-time';
import { DossierEventRepository } from '../dossiers';
import { DossierStepRepository } from '../dossiers';
import { DossierEntity, DossierStepEntity } from '../dossiers';
import { DossierEventType } from '../dossiers';
import { DossierWorkflow } from './dossier-workflow';
import type { HandoffDto } from './dto/handoff.dto';

export interface HandoffResult {
  step: DossierStepEntity;
  /** The row this hand-off closed, with the class of the step that just ended. */
  closed: DossierStepEntity | null;
}

/**
 * A hand-off between units or officers: a new row of the control slip (phiếu kiểm soát). The
 * receiving side records whether the giver's step ended early, on time or late.
 */
@Injectable()
export class HandoffService {
  constructor(
    private readonly workflow: DossierWorkflow,
    private readonly calendars: CalendarService,
    private readonly agencies: AgencyDirectory,
    private readonly procedures: ProcedureCatalogue,
    private readonly steps: DossierStepRepository,
    private readonly events: DossierEventRepository,
    private readonly users: UserRepository,
    private readonly clock: Clock,
  ) {}

  handOff(code: string, input: HandoffDto, user: StaffUser): Promise<HandoffResult> {
    return this.workflow.withLockedDossier(code, user, async (dossier) => {
      const now = this.clock.now();
      await this.checkHolder(dossier, user);
      if (input.toUserId) await this.checkReceiver(dossier, input.toUserId);
      if (dossier.status === DossierStatus.Received) {
        await this.workflow.changeStatus(dossier, user, {
          action: 'start_processing',
          eventType: DossierEventType.HandedOff,
          occurredAt: now,
          data: { toUnit: input.toUnit, toOfficer: input.toOfficer ?? null, note: input.note ?? null },
        });
      } else {
        if (dossier.status !== DossierStatus.Processing) this.workflow.nextStatus(dossier, 'start_processing'); // 409 with the reason
        await this.events.append({
          dossierId: dossier.id,
          type: DossierEventType.HandedOff,
          occurredAt: now,
          actor: user,
          fromStatus: dossier.status,
          toStatus: dossier.status,
          data: { toUnit: input.toUnit, toOfficer: input.toOfficer ?? null, note: input.note ?? null },
        });
      }
      return this.addRow(dossier, input, user, now);
    });
  }

  /** A step belongs to its holder: only they (or a head or administrator) hand it on. */
  private async checkHolder(dossier: DossierEntity, user: StaffUser): Promise<void> {
    const open = await this.steps.last(dossier.id);
    if (!open || open.finishedAt || !open.toUserId || open.toUserId === user.id || hasRole(user, 'head', 'admin')) return;
    throw DomainError.forbidden('This step is held by another officer: only they, a head or an administrator may hand it on');
  }

  /** The receiving officer must be an active account of the dossier's receiving or resolving authority (or one under or above it). */
  private async checkReceiver(dossier: DossierEntity, toUserId: string): Promise<void> {
    const receiver = await this.users.findActiveById(toUserId);
    if (!receiver) throw DomainError.invalid('toUserId', 'no active staff account has this id');
    if (receiver.agencyCode === dossier.receivingAgencyCode || receiver.agencyCode === dossier.resolvingAgencyCode) return; // the usual case, without the tree walk
    const line = new Set([...(await this.agencies.lineOf(dossier.receivingAgencyCode)), ...(await this.agencies.lineOf(dossier.resolvingAgencyCode))]);
    if (!line.has(receiver.agencyCode)) throw DomainError.forbidden(`${receiver.username} works at ${receiver.agencyCode}, outside this dossier's authorities`);
  }

  private async addRow(dossier: DossierEntity, input: HandoffDto, user: StaffUser, now: Date): Promise<HandoffResult> {
    const calendar = await this.calendars.calendarFor(dossier.resolvingAgencyCode);
    const previous = await this.steps.last(dossier.id);
    const position = (previous?.position ?? 0) + 1;
    const procedure = await this.procedures.getById(dossier.procedureId);
    const startsAt = previous ? now : firstStepStart(calendar, dossier.receivedAt, now);
    // The legal due instant caps every step; an apology's new appointment never extends them.
    const deadlineAt = stepDeadline(calendar, { position, startsAt, legalDueAt: dossier.originalDueAt, process: procedure.processSteps });
    const closed = previous ? await this.close(previous, now) : null;
    const step = await this.steps.insert({
      dossierId: dossier.id,
      position,
      fromUnit: previous?.toUnit ?? (user.unitName || 'Bộ phận Một cửa'),
      fromOfficer: user.fullName,
      toUnit: input.toUnit,
      toOfficer: input.toOfficer ?? null,
      toUserId: input.toUserId ?? null,
      handedAt: now,
      startsAt,
      deadlineAt,
      note: input.note ?? null,
      createdBy: user.id,
      result: null,
      // The first row judges the counter's own step against the 15:00 rule.
      handoverResult: closed ? closed.result : classifyFinished(now, counterDeadline(calendar, dossier.receivedAt, dossier.originalDueAt)),
      finishedAt: null,
    });
    return { step, closed };
  }

  /** Closes the open row: its receiver's step ended now. */
  async close(row: DossierStepEntity, at: Date): Promise<DossierStepEntity> {
    if (row.finishedAt) return row;
    row.finishedAt = at;
    row.result = classifyFinished(at, row.deadlineAt);
    await this.steps.finish(row.id, at, row.result);
    return row;
  }

  /** Closes the open row when the dossier is resolved or ends, so the last step is classed too. */
  async closeOpenRow(dossierId: string, at: Date): Promise<void> {
    const open = await this.steps.last(dossierId);
    if (open && !open.finishedAt) await this.close(open, at);
  }
}
