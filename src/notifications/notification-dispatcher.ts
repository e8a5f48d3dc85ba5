import { Inject, Injectable, Logger } from '@nestjs/common';
import { Clock } from '../common/clock';
import { APP_CONFIG, AppConfig } from '../config/app-config';
import { retryDelaySeconds } from './backoff';
import { NotificationEventFeed } from './event-feed';
import type { NotificationChannel } from './notification.entity';
import { NotificationRepository } from './notification.repository';
import { NOTIFICATION_TRANSPORTS, type NotificationTransport } from './transports';

/** How long a claimed message is reserved for the instance sending it (if it dies, another retries after this). */
const LEASE_SECONDS = 300;
const BATCH = 50;

export interface DispatchResult {
  /** Messages queued from new audit events in this run. */
  collected: number;
  attempted: number;
  sent: number;
  failed: { id: number; channel: NotificationChannel; error: string; nextAttemptAt: string }[];
}

/**
 * Delivers the outbox: claims due messages (FOR UPDATE SKIP LOCKED, with a lease, so instances never
 * send the same message at the same time), sends each through its channel's transport, and marks it
 * sent, or leaves it pending with exponential backoff (attempts, next_attempt_at, last_error).
 * A message is never dropped; a channel without a transport keeps its messages waiting.
 */
@Injectable()
export class NotificationDispatcher {
  private readonly logger = new Logger('NotificationDispatcher');
  private readonly byChannel: Map<NotificationChannel, NotificationTransport>;

  constructor(
    private readonly notifications: NotificationRepository,
    private readonly feed: NotificationEventFeed,
    private readonly clock: Clock,
    @Inject(NOTIFICATION_TRANSPORTS) transports: NotificationTransport[],
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {
    this.byChannel = new Map(transports.map((t) => [t.channel, t]));
  }

  async run(): Promise<DispatchResult> {
    const collected = await this.feed.poll(this.clock.now());
    const result: DispatchResult = { collected, attempted: 0, sent: 0, failed: [] };
    const channels = [...this.byChannel.keys()];
    if (channels.length === 0) return result;
    const now = this.clock.now();
    const claimed = await this.notifications.claimDue(now, channels, LEASE_SECONDS, BATCH);
    for (const row of claimed.sort((a, b) => Number(a.id) - Number(b.id))) {
      result.attempted++;
      const transport = this.byChannel.get(row.channel) as NotificationTransport;
      try {
        await transport.send({ id: row.id, recipient: row.recipient, subject: row.subject, body: row.body });
        await this.notifications.markSent(row.id, this.clock.now());
        result.sent++;
      } catch (error) {
        const message = (error instanceof Error ? error.message : String(error)).slice(0, 1000);
        const delay = retryDelaySeconds(row.attempts, this.config.notificationRetryBaseSeconds ?? 60, this.config.notificationRetryMaxSeconds ?? 6 * 3600);
        const nextAttemptAt = new Date(this.clock.now().getTime() + delay * 1000);
        await this.notifications.markFailed(row.id, nextAttemptAt, message);
        result.failed.push({ id: Number(row.id), channel: row.channel, error: message, nextAttemptAt: nextAttemptAt.toISOString() });
        this.logger.warn(`Notification ${row.id} (${row.channel}) failed, attempt ${row.attempts}; next at ${nextAttemptAt.toISOString()}: ${message}`);
      }
    }
    return result;
  }
}
