import type { AppConfig } from '../config/app-config';

/** A queue of work waiting to leave the service (an outbox); readiness fails when all of them together hold too much. */
export interface BacklogSource {
  /** Shown in the readiness details, e.g. "notifications". */
  name: string;
  /** One row whose `n` is the number of items still waiting to be delivered. */
  countSql: string;
  /** False when that delivery is switched off: nothing is expected to leave (counted as 0). */
  enabled(config: AppConfig): boolean;
}

/** The applicants' email/SMS outbox (issue 5): messages not yet accepted by the SMTP server or SMS gateway. */
export const notificationOutbox: BacklogSource = {
  name: 'notifications',
  countSql: `SELECT count(*)::int AS n FROM notification_outbox WHERE status = 'pending'`,
  enabled: () => true,
};

/** The national portal (DVCQG) outbox (issue 16): dossiers whose latest state the portal has not accepted yet, refusals aside. */
export const dvcqgOutbox: BacklogSource = {
  name: 'dvcqg',
  countSql: `SELECT count(*)::int AS n FROM dvcqg_outbox WHERE state = 'pending'`,
  enabled: (config) => config.dvcqg !== undefined,
};

/** Every outbox the readiness check watches; add new outboxes here. */
export const BACKLOG_SOURCES: readonly BacklogSource[] = [notificationOutbox, dvcqgOutbox];
