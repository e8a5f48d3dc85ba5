import type { DataSource } from 'typeorm';
import type { AppConfig } from '../config/app-config';

/** A queue of work waiting to leave the service (an outbox); readiness fails when all of them together hold too much. */
export interface BacklogSource {
  /** Shown in the readiness details, e.g. "notifications". */
  name: string;
  /** Items still waiting to be delivered (0 when that delivery is switched off: nothing is expected to leave). */
  count(db: DataSource, config: AppConfig): Promise<number>;
}

/** The applicants' email/SMS outbox (issue 5): messages not yet accepted by the SMTP server or SMS gateway. */
export const notificationOutbox: BacklogSource = {
  name: 'notifications',
  count: async (db) => Number((await db.query(`SELECT count(*)::int AS n FROM notification_outbox WHERE status = 'pending'`))[0].n),
};

/** The national portal (DVCQG) outbox (issue 16): dossiers whose latest state the portal has not accepted yet, refusals aside. */
export const dvcqgOutbox: BacklogSource = {
  name: 'dvcqg',
  count: async (db, config) => (config.dvcqg ? Number((await db.query(`SELECT count(*)::int AS n FROM dvcqg_outbox WHERE state = 'pending'`))[0].n) : 0),
};

/** Every outbox the readiness check watches; add new outboxes here. */
export const BACKLOG_SOURCES: readonly BacklogSource[] = [notificationOutbox, dvcqgOutbox];
