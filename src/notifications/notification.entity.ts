import { Column, Entity, PrimaryColumn, PrimaryGeneratedColumn } from 'typeorm';

export type NotificationKind = 'appointment_moved' | 'result_ready' | 'supplement_needed';
export type NotificationChannel = 'email' | 'sms';
export type NotificationStatus = 'pending' | 'sent';

/**
 * A message to an applicant in the outbox. Written in the transaction of the event it announces (or,
 * for events of other capabilities, by the event feed, idempotently); a failed delivery leaves it
 * pending with a later next_attempt_at, so it is never lost.
 */
@Entity('notification_outbox')
export class NotificationEntity {
  @PrimaryGeneratedColumn({ type: 'bigint' })
  id: string;

  /** e.g. "apology:<dossier id>:email", "event:<event id>:sms": the same message is never queued twice. */
  @Column({ name: 'dedupe_key', type: 'text', unique: true })
  dedupeKey: string;

  @Column({ name: 'dossier_id', type: 'uuid' })
  dossierId: string;

  @Column({ name: 'source_event_id', type: 'bigint', nullable: true })
  sourceEventId: string | null;

  @Column({ type: 'text' })
  kind: NotificationKind;

  @Column({ type: 'text' })
  channel: NotificationChannel;

  /** Email address or phone number. */
  @Column({ type: 'text' })
  recipient: string;

  @Column({ type: 'text', nullable: true })
  subject: string | null;

  @Column({ type: 'text' })
  body: string;

  @Column({ type: 'text' })
  status: NotificationStatus;

  @Column({ type: 'integer' })
  attempts: number;

  @Column({ name: 'next_attempt_at', type: 'timestamptz' })
  nextAttemptAt: Date;

  @Column({ name: 'last_error', type: 'text', nullable: true })
  lastError: string | null;

  @Column({ name: 'last_attempt_at', type: 'timestamptz', nullable: true })
  lastAttemptAt: Date | null;

  @Column({ name: 'sent_at', type: 'timestamptz', nullable: true })
  sentAt: Date | null;

  @Column({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}

/** An audit event the event feed has handled (turned into messages, or skipped with a reason). */
@Entity('notification_sources')
export class NotificationSourceEntity {
  @PrimaryColumn({ name: 'event_id', type: 'bigint' })
  eventId: string;

  @Column({ name: 'processed_at', type: 'timestamptz' })
  processedAt: Date;

  @Column({ type: 'text' })
  outcome: string;
}
