import { Injectable } from '@nestjs/common';
import { TransactionContext } from '../database/transaction-context';
import { NotificationEntity, type NotificationChannel, type NotificationKind } from './notification.entity';

export interface OutboxMessage {
  dedupeKey: string;
  dossierId: string;
  sourceEventId: string | null;
  kind: NotificationKind;
  channel: NotificationChannel;
  recipient: string;
  subject: string | null;
  body: string;
  at: Date;
}

export interface ClaimedMessage {
  id: string;
  channel: NotificationChannel;
  recipient: string;
  subject: string | null;
  body: string;
  attempts: number;
}

/** The notification outbox (messages to applicants) and the audit events already turned into messages. */
@Injectable()
export class NotificationRepository {
  constructor(private readonly tx: TransactionContext) {}

  /** Queues a message unless its dedupe key was queued before; returns whether it was. */
  async enqueue(m: OutboxMessage): Promise<boolean> {
    const rows: unknown[] = await this.tx.manager.query(
      `INSERT INTO notification_outbox (dedupe_key, dossier_id, source_event_id, kind, channel, recipient, subject, body, status, attempts, next_attempt_at, created_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, 'pending', 0, $9, $9)
       ON CONFLICT (dedupe_key) DO NOTHING
       RETURNING id`,
      [m.dedupeKey, m.dossierId, m.sourceEventId, m.kind, m.channel, m.recipient, m.subject, m.body, m.at],
    );
    return rows.length > 0;
  }

  ofDossier(dossierId: string): Promise<NotificationEntity[]> {
    return this.tx.manager.find(NotificationEntity, { where: { dossierId }, order: { id: 'ASC' } });
  }

  /** Notifiable audit events (resolved, supplement requested) not handled yet, oldest first. */
  async unhandledEventIds(limit: number): Promise<string[]> {
    const rows: { id: string }[] = await this.tx.manager.query(
      `SELECT e.id FROM dossier_events e
        WHERE e.type IN ('resolved', 'supplement_requested')
          AND NOT EXISTS (SELECT 1 FROM notification_sources n WHERE n.event_id = e.id)
        ORDER BY e.id LIMIT ${Number(limit)}`,
    );
    return rows.map((row) => row.id);
  }

  /** Marks an event handled; false when another run or instance did first. */
  async claimEvent(eventId: string, at: Date, outcome: string): Promise<boolean> {
    const claimed: unknown[] = await this.tx.manager.query(
      `INSERT INTO notification_sources (event_id, processed_at, outcome) VALUES ($1, $2, $3) ON CONFLICT (event_id) DO NOTHING RETURNING event_id`,
      [eventId, at, outcome],
    );
    return claimed.length > 0;
  }

  /**
   * Claims due messages of these channels (FOR UPDATE SKIP LOCKED, with a lease, so instances never
   * send the same message at the same time).
   */
  async claimDue(now: Date, channels: NotificationChannel[], leaseSeconds: number, limit: number): Promise<ClaimedMessage[]> {
    const rows: [ClaimedMessage[], number] | ClaimedMessage[] = await this.tx.manager.query(
      `UPDATE notification_outbox o
          SET attempts = o.attempts + 1, last_attempt_at = $1, next_attempt_at = $1::timestamptz + make_interval(secs => ${Number(leaseSeconds)})
        WHERE o.id IN (SELECT id FROM notification_outbox
                        WHERE status = 'pending' AND next_attempt_at <= $1 AND channel = ANY($2)
                        ORDER BY next_attempt_at, id LIMIT ${Number(limit)}
                        FOR UPDATE SKIP LOCKED)
        RETURNING o.id, o.channel, o.recipient, o.subject, o.body, o.attempts`,
      [now, channels],
    );
    return Array.isArray(rows[0]) ? (rows[0] as ClaimedMessage[]) : (rows as ClaimedMessage[]);
  }

  async markSent(id: string, at: Date): Promise<void> {
    await this.tx.manager.query(`UPDATE notification_outbox SET status = 'sent', sent_at = $2, last_error = NULL WHERE id = $1`, [id, at]);
  }

  async markFailed(id: string, nextAttemptAt: Date, error: string): Promise<void> {
    await this.tx.manager.query(`UPDATE notification_outbox SET next_attempt_at = $2, last_error = $3 WHERE id = $1`, [id, nextAttemptAt, error]);
  }
}
