import { Injectable } from '@nestjs/common';
import type { StaffUser } from '../auth';
import { Clock } from '../common/clock';
import type { DossierEntity } from '../dossiers';
import { DossierEventType } from '../dossiers';
import { DocumentIssuer } from '../dossiers';
import { DossierWorkflow } from './dossier-workflow';
import type { ResolveDto } from './dto/resolve.dto';
import type { ReturnResultDto } from './dto/return.dto';
import { eventInstant } from './event-instant';
import { HandoffService } from './handoff.service';

/** The ends of a dossier: resolved (9), result returned (10), stopped (8, form 05), withdrawn (7). */
@Injectable()
export class OutcomeService {
  constructor(
    private readonly workflow: DossierWorkflow,
    private readonly handoffs: HandoffService,
    private readonly documents: DocumentIssuer,
    private readonly clock: Clock,
  ) {}

  resolve(code: string, input: ResolveDto, user: StaffUser): Promise<DossierEntity> {
    return this.workflow.withLockedDossier(code, user, async (dossier) => {
      const at = eventInstant({ requested: input.resolvedAt, field: 'resolvedAt', user, now: this.clock.now(), notBefore: dossier.receivedAt });
      await this.workflow.changeStatus(dossier, user, {
        action: 'resolve',
        eventType: DossierEventType.Resolved,
        occurredAt: at,
        patch: { resolvedAt: at, outcome: input.outcome },
        data: { outcome: input.outcome, note: input.note ?? null },
      });
      await this.handoffs.closeOpenRow(dossier.id, at);
      return dossier;
    });
  }

  returnResult(code: string, input: ReturnResultDto, user: StaffUser): Promise<DossierEntity> {
    return this.workflow.withLockedDossier(code, user, async (dossier) => {
      const notBefore = dossier.resolvedAt ?? dossier.receivedAt;
      const at = eventInstant({ requested: input.returnedAt, field: 'returnedAt', user, now: this.clock.now(), notBefore });
      return this.workflow.changeStatus(dossier, user, {
        action: 'return_result',
        eventType: DossierEventType.Returned,
        occurredAt: at,
        patch: { returnedAt: at, returnMethod: input.method },
        data: { method: input.method },
      });
    });
  }

  /** Refused after appraisal (form 03): processing ends with the reasons recorded for the slip. */
  refuse(code: string, reasons: string[], user: StaffUser): Promise<DossierEntity> {
    return this.end(code, user, 'refuse', DossierEventType.Refused, reasons.join('; '), { reasons });
  }

  stop(code: string, reason: string, user: StaffUser, signer: NoticeSigner = {}): Promise<DossierEntity> {
    return this.end(code, user, 'stop', DossierEventType.Stopped, reason, { reason, ...signerData(signer) });
  }

  withdraw(code: string, reason: string | undefined, user: StaffUser, signer: NoticeSigner = {}): Promise<DossierEntity> {
    return this.end(code, user, 'withdraw', DossierEventType.Withdrawn, reason ?? null, { reason: reason ?? null, ...signerData(signer) });
  }

  private end(
    code: string,
    user: StaffUser,
    action: 'stop' | 'withdraw' | 'refuse',
    eventType: string,
    reason: string | null,
    data: Record<string, unknown> = { reason },
  ): Promise<DossierEntity> {
    return this.workflow.withLockedDossier(code, user, async (dossier) => {
      const at = this.clock.now();
      await this.workflow.changeStatus(dossier, user, {
        action,
        eventType,
        occurredAt: at,
        patch: { endedAt: at, endReason: reason },
        data,
      });
      await this.documents.issueEnding(dossier, action, at, data);
      await this.handoffs.closeOpenRow(dossier.id, at);
      return dossier;
    });
  }
}

/** The head who signs form 05 for a stop or withdrawal, kept in the ending event so reprints match. */
export interface NoticeSigner {
  signerName?: string;
  signerTitle?: string;
}

function signerData(signer: NoticeSigner): Record<string, string> {
  const data: Record<string, string> = {};
  if (signer.signerName?.trim()) data.signerName = signer.signerName.trim();
  if (signer.signerTitle?.trim()) data.signerTitle = signer.signerTitle.trim();
  return data;
}
