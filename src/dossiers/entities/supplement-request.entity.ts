import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

export interface SupplementItem {
  name: string;
  kind?: 'original' | 'certified_copy' | 'copy';
}

/** A request to supplement the dossier (phiếu yêu cầu bổ sung, hoàn thiện hồ sơ, form 02). */
@Entity('supplement_requests')
export class SupplementRequestEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'dossier_id', type: 'uuid' })
  dossierId: string;

  /** 1, 2, … within the dossier; the n of /supplement-requests/{n}.pdf. */
  @Column({ type: 'integer' })
  number: number;

  @Column({ type: 'jsonb' })
  items: SupplementItem[];

  @Column({ type: 'text' })
  reason: string;

  @Column({ name: 'requested_at', type: 'timestamptz' })
  requestedAt: Date;

  @Column({ name: 'requested_by', type: 'uuid', nullable: true })
  requestedBy: string | null;

  @Column({ name: 'requested_by_name', type: 'text' })
  requestedByName: string;

  @Column({ name: 'received_at', type: 'timestamptz', nullable: true })
  receivedAt: Date | null;

  /** Set when the request did not move the deadline: made after the window, or when the dossier was already late. */
  @Column({ name: 'late_reason', type: 'text', nullable: true })
  lateReason: 'after_window' | 'after_due' | null;
}
