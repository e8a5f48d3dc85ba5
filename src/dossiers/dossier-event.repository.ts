import { Injectable } from '@nestjs/common';
import { In } from 'typeorm';
import { TransactionContext } from '../database/transaction-context';
import type { NewDossierEvent } from './dossier-events';
import { DossierEventEntity } from './entities';

/** The append-only audit trail of dossiers. */
@Injectable()
export class DossierEventRepository {
  constructor(private readonly tx: TransactionContext) {}

  /** Inside the caller's transaction, so a state change and its event commit together. */
  async append(event: NewDossierEvent): Promise<void> {
    await this.tx.manager.insert(DossierEventEntity, {
      dossierId: event.dossierId,
      type: event.type,
      occurredAt: event.occurredAt,
      actorId: event.actor.id,
      actorName: event.actor.fullName,
      fromStatus: event.fromStatus ?? null,
      toStatus: event.toStatus ?? null,
      data: (event.data ?? {}) as never, // jsonb: TypeORM's deep-partial type rejects Record<string, unknown>
    });
  }

  /** An event known to exist (its id came from the table). */
  get(id: string): Promise<DossierEventEntity> {
    return this.tx.manager.findOneByOrFail(DossierEventEntity, { id });
  }

  /** Oldest first. */
  list(dossierId: string): Promise<DossierEventEntity[]> {
    return this.tx.manager.find(DossierEventEntity, { where: { dossierId }, order: { id: 'ASC' } });
  }

  first(dossierId: string, type: string): Promise<DossierEventEntity | null> {
    return this.tx.manager.findOne(DossierEventEntity, { where: { dossierId, type }, order: { id: 'ASC' } });
  }

  latest(dossierId: string, types: string[]): Promise<DossierEventEntity | null> {
    return this.tx.manager.findOne(DossierEventEntity, { where: { dossierId, type: In(types) }, order: { id: 'DESC' } });
  }
}
