import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

export type WarningSubject = 'dossier' | 'step';
export type WarningKind = 'due_soon' | 'overdue';

/**
 * A warning raised by the lateness job: once per (subject, kind, deadline), enforced by a unique key,
 * so several service instances running the job never raise it twice. A moved deadline (apology,
 * restart after a supplement) is a new deadline and may be warned about again.
 */
@Entity('lateness_warnings')
export class LatenessWarningEntity {
  @PrimaryGeneratedColumn({ type: 'bigint' })
  id: string;

  @Column({ type: 'text' })
  subject: WarningSubject;

  /** The dossier's id, or the control-slip row's id. */
  @Column({ name: 'subject_id', type: 'uuid' })
  subjectId: string;

  @Column({ type: 'text' })
  kind: WarningKind;

  @Column({ name: 'deadline_at', type: 'timestamptz' })
  deadlineAt: Date;

  @Column({ name: 'dossier_id', type: 'uuid' })
  dossierId: string;

  @Column({ name: 'step_position', type: 'integer', nullable: true })
  stepPosition: number | null;

  /** The resolving agency: its heads see dossier warnings. */
  @Column({ name: 'agency_code', type: 'text' })
  agencyCode: string;

  /** The officer the step is assigned to, when known by account. */
  @Column({ name: 'recipient_user_id', type: 'uuid', nullable: true })
  recipientUserId: string | null;

  @Column({ name: 'recipient_name', type: 'text', nullable: true })
  recipientName: string | null;

  @Column({ type: 'text' })
  message: string;

  @Column({ name: 'raised_at', type: 'timestamptz' })
  raisedAt: Date;

  /** Which service instance raised it. */
  @Column({ name: 'raised_by', type: 'text' })
  raisedBy: string;
}
