import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** One line of a dossier's append-only audit trail; the database refuses UPDATE and DELETE on it. */
@Entity('dossier_events')
export class DossierEventEntity {
  @PrimaryGeneratedColumn({ type: 'bigint' })
  id: string;

  @Column({ name: 'dossier_id', type: 'uuid' })
  dossierId: string;

  @Column({ type: 'text' })
  type: string;

  /** When it happened in the world (may be earlier than recordedAt for back-filled paper dossiers). */
  @Column({ name: 'occurred_at', type: 'timestamptz' })
  occurredAt: Date;

  @Column({ name: 'recorded_at', type: 'timestamptz', default: () => 'now()' })
  recordedAt: Date;

  @Column({ name: 'actor_id', type: 'uuid', nullable: true })
  actorId: string | null;

  @Column({ name: 'actor_name', type: 'text' })
  actorName: string;

  @Column({ name: 'from_status', type: 'smallint', nullable: true })
  fromStatus: number | null;

  @Column({ name: 'to_status', type: 'smallint', nullable: true })
  toStatus: number | null;

  @Column({ type: 'jsonb', default: () => `'{}'` })
  data: Record<string, unknown>;
}
