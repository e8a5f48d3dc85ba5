import type { DataSource } from 'typeorm';

/** A queue of work waiting to leave the service (an outbox); readiness fails when all of them together hold too much. */
export interface BacklogSource {
  /** Shown in the readiness details, e.g. "notifications". */
  name: string;
  /** Items still waiting to be delivered. */
  count(db: DataSource): Promise<number>;
}

/** The applicants' email/SMS outbox (issue 5): messages not yet accepted by the SMTP server or SMS gateway. */
export const notificationOutbox: BacklogSource = {
  name: 'notifications',
  count: async (db) => Number((await db.query(`SELECT count(*)::int AS n FROM notification_outbox WHERE status = 'pending'`))[0].n),
};

/** Every outbox the readiness check watches; add new outboxes here. */
export const BACKLOG_SOURCES: readonly BacklogSource[] = [notificationOutbox];
