import type { EntityManager } from 'typeorm';
import type { StaffUser } from '../auth';
import { DossierEventEntity } from './entities';

export interface NewDossierEvent {
  dossierId: string;
  type: string;
  occurredAt: Date;
  actor: Pick<StaffUser, 'id' | 'fullName'> | { id: null; fullName: string };
  fromStatus?: number | null;
  toStatus?: number | null;
  data?: Record<string, unknown>;
}

/** Appends to the audit trail inside the caller's transaction, so a state change and its event commit together. */
export async function appendDossierEvent(manager: EntityManager, event: NewDossierEvent): Promise<void> {
  await manager.insert(DossierEventEntity, {
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

export const SYSTEM_ACTOR = { id: null, fullName: 'Hệ thống' } as const;
