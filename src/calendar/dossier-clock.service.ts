import { Injectable } from '@nestjs/common';
import { ProcedureCatalogue } from '../catalogue';
import { type ClockEvent, type ClockResult, type SupplementLateReason, type SupplementRequestVerdict, dueDateFromEvents } from '../domain/calendar';
import { DossierEventRepository } from '../dossiers';
import type { NewDossierEvent } from '../dossiers';
import { DossierRepository } from '../dossiers';
import type { DossierEntity, DossierEventEntity } from '../dossiers';
import { DossierEventType } from '../dossiers';
import { OPEN_STATUSES } from '../dossiers';
import { CalendarService } from './calendar.service';

type Actor = NewDossierEvent['actor'];

/**
 * A dossier's due date is a function of its clock events plus the calendar (DOMAIN.md §4): this
 * recomputes it inside the caller's transaction and records an audit event when it moved.
 */
@Injectable()
export class DossierClockService {
  constructor(
    private readonly calendars: CalendarService,
    private readonly procedures: ProcedureCatalogue,
    private readonly dossiers: DossierRepository,
    private readonly events: DossierEventRepository,
  ) {}

  async evaluate(dossier: DossierEntity, now?: Date, extra: ClockEvent[] = []): Promise<ClockResult> {
    const [procedure, events] = await Promise.all([this.procedures.getById(dossier.procedureId), this.events.list(dossier.id)]);
    const calendar = await this.calendars.calendarFor(dossier.resolvingAgencyCode);
    const duration = { value: procedure.durationValue, unit: procedure.durationUnit, mode: procedure.durationMode };
    const options = { now, supplementWindowDays: procedure.supplementWindowDays };
    return dueDateFromEvents(calendar, duration, procedure.supplementPolicy, [...toClockEvents(events), ...extra], options);
  }

  /**
   * How a supplement request made at `at` counts (DOMAIN.md §4): whether it moves the deadline, the
   * window's end and the requests already made. Nothing is written.
   */
  async judgeSupplementRequest(dossier: DossierEntity, at: Date): Promise<SupplementJudgement> {
    const clock = await this.evaluate(dossier, at, [{ type: 'supplement_requested', at }]);
    const verdict = clock.supplementRequests[clock.supplementRequests.length - 1];
    return { verdict, windowEndsAt: clock.supplementWindowEndsAt, earlierRequests: clock.supplementRequests.length - 1 };
  }

  /**
   * Updates dueAt / originalDueAt / provisional from the events; returns whether they moved. While the
   * clock is stopped (waiting for a supplement, paused) the stored dates stay: they are set again
   * when the clock resumes.
   */
  async refresh(dossier: DossierEntity, actor: Actor, reason: string, now: Date): Promise<boolean> {
    const clock = await this.evaluate(dossier, now);
    if (!clock.running) return false;
    const moved =
      clock.dueAt.getTime() !== dossier.dueAt.getTime() ||
      clock.originalDueAt.getTime() !== dossier.originalDueAt.getTime() ||
      clock.provisional !== dossier.provisional;
    if (!moved) return false;
    await this.dossiers.update(dossier.id, { dueAt: clock.dueAt, originalDueAt: clock.originalDueAt, provisional: clock.provisional, updatedAt: now });
    await this.events.append({
      dossierId: dossier.id,
      type: DossierEventType.DueDateChanged,
      occurredAt: now,
      actor,
      data: { reason, previousDueAt: dossier.dueAt.toISOString(), dueAt: clock.dueAt.toISOString(), originalDueAt: clock.originalDueAt.toISOString(), provisional: clock.provisional },
    });
    Object.assign(dossier, { dueAt: clock.dueAt, originalDueAt: clock.originalDueAt, provisional: clock.provisional });
    return true;
  }

  /** After a calendar edit: every open dossier (optionally of some resolving agencies) is recomputed; returns the codes whose date moved. */
  async refreshOpenDossiers(actor: Actor, reason: string, now: Date, agencyCodes?: string[]): Promise<string[]> {
    const open = await this.dossiers.lockInStatuses(OPEN_STATUSES, agencyCodes);
    const moved: string[] = [];
    for (const dossier of open) {
      if (await this.refresh(dossier, actor, reason, now)) moved.push(dossier.code);
    }
    return moved;
  }
}

export function toClockEvents(events: DossierEventEntity[]): ClockEvent[] {
  const clock: ClockEvent[] = [];
  for (const event of events) {
    const at = event.occurredAt;
    switch (event.type) {
      case DossierEventType.Received:
        clock.push({ type: 'received', at });
        break;
      case DossierEventType.SupplementRequested:
        clock.push({ type: 'supplement_requested', at, ...recordedVerdict(event.data) });
        break;
      case DossierEventType.SupplementReceived:
        clock.push({ type: 'supplement_received', at });
        break;
      case DossierEventType.ClockPaused:
        clock.push({ type: 'paused', at });
        break;
      case DossierEventType.ClockResumed:
        clock.push({ type: 'resumed', at });
        break;
      case DossierEventType.Apology:
        clock.push({ type: 'rescheduled', newDueAt: new Date(String(event.data.newDueAt)) });
        break;
    }
  }
  return clock;
}

export interface SupplementJudgement {
  verdict: SupplementRequestVerdict;
  windowEndsAt: Date;
  earlierRequests: number;
}

/** Requests recorded since the window rule carry their verdict; older ones are judged by the clock. */
function recordedVerdict(data: Record<string, unknown>): { lateReason?: SupplementLateReason | null } {
  if (!('lateReason' in data)) return {};
  const reason = data.lateReason;
  return { lateReason: reason === 'after_window' || reason === 'after_due' ? reason : null };
}
