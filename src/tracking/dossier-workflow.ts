import { Injectable } from '@nestjs/common';
import type { StaffUser } from '../auth';
import { DomainError } from '../common/errors/domain-error';
import { TransactionContext } from '../database/transaction-context';
import { DossierAction, DossierStatus, transition } from '../domain/dossier';
import { DossierEventRepository } from '../dossiers';
import { isVisibleTo } from '../dossiers';
import { DossierRepository } from '../dossiers';
import { DossierEntity } from '../dossiers';

export interface StatusChange {
  action: DossierAction;
  eventType: string;
  occurredAt: Date;
  patch?: Partial<Pick<DossierEntity, 'resolvedAt' | 'returnedAt' | 'endedAt' | 'outcome' | 'returnMethod' | 'endReason'>>;
  data?: Record<string, unknown>;
}

/** Every dossier action runs here: the row locked, the caller's scope checked, the state machine obeyed, the event written. */
@Injectable()
export class DossierWorkflow {
  constructor(
    private readonly tx: TransactionContext,
    private readonly dossiers: DossierRepository,
    private readonly events: DossierEventRepository,
  ) {}

  /** Runs `work` in one transaction on the dossier locked FOR UPDATE; 404 when the caller may not see it. */
  withLockedDossier<T>(code: string, user: StaffUser, work: (dossier: DossierEntity) => Promise<T>): Promise<T> {
    return this.tx.run(async () => {
      const dossier = await this.dossiers.lockByCode(code);
      if (!dossier || !isVisibleTo(dossier, user)) throw DomainError.notFound(`Dossier ${code}`);
      return work(dossier);
    });
  }

  /** The status an action leads to, or 409 with the state machine's reason. */
  nextStatus(dossier: DossierEntity, action: DossierAction): DossierStatus {
    const result = transition(dossier.status as DossierStatus, action);
    if (!result.ok) throw new DomainError('ILLEGAL_TRANSITION', result.reason);
    return result.to;
  }

  async changeStatus(dossier: DossierEntity, user: StaffUser, change: StatusChange): Promise<DossierEntity> {
    const to = this.nextStatus(dossier, change.action);
    const from = dossier.status;
    Object.assign(dossier, change.patch ?? {}, { status: to, updatedAt: change.occurredAt });
    await this.dossiers.save(dossier);
    await this.events.append({
      dossierId: dossier.id,
      type: change.eventType,
      occurredAt: change.occurredAt,
      actor: user,
      fromStatus: from,
      toStatus: to,
      data: change.data,
    });
    return dossier;
  }
}
