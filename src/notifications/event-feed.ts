import { Injectable } from '@nestjs/common';
import { TransactionContext } from '../database/transaction-context';
import { DossierStatus } from '../domain/dossier';
import { DossierEventRepository } from '../dossiers';
import { DossierRepository } from '../dossiers';
import type { DossierEntity, DossierEventEntity } from '../dossiers';
import { DossierEventType } from '../dossiers';
import { NotificationOutbox } from './notification-outbox';
import { NotificationRepository } from './notification.repository';
import { resultReadyMessage, supplementNeededMessage } from './templates';

/** The audit events that concern the applicant and come from other capabilities (the apology queues its own). */
export const NOTIFIABLE_EVENTS = [DossierEventType.Resolved, DossierEventType.SupplementRequested] as const;

/** An event that happened this long ago (entered from paper, or found after a long outage) is history, not news. */
const TOO_OLD_MS = 7 * 24 * 3_600_000;
const BATCH = 100;

/**
 * Turns new audit events (dossier resolved, supplement requested) into outbox messages. The events
 * table is the transactional record; notification_sources remembers which events were handled, and
 * its primary key makes the feed idempotent across runs and instances: the source row and the
 * messages commit together, and an event another instance is handling is skipped.
 */
@Injectable()
export class NotificationEventFeed {
  constructor(
    private readonly tx: TransactionContext,
    private readonly notifications: NotificationRepository,
    private readonly dossiers: DossierRepository,
    private readonly events: DossierEventRepository,
    private readonly outbox: NotificationOutbox,
  ) {}

  /** Returns the number of messages queued. */
  async poll(now: Date): Promise<number> {
    let queued = 0;
    for (const id of await this.notifications.unhandledEventIds(BATCH)) {
      queued += await this.tx.run(() => this.handle(id, now));
    }
    return queued;
  }

  private async handle(eventId: string, now: Date): Promise<number> {
    const event = await this.events.get(eventId);
    const dossier = await this.dossiers.getById(event.dossierId);
    const outcome = this.outcomeFor(event, dossier, now);
    const claimed = await this.notifications.claimEvent(eventId, now, outcome);
    if (!claimed || outcome !== 'queued') return 0;
    const dedupeBase = `event:${eventId}`;
    if (event.type === DossierEventType.Resolved) {
      const result = event.data.outcome === 'rejected' ? 'rejected' : 'approved';
      return this.outbox.enqueue({ dossier, kind: 'result_ready', dedupeBase, sourceEventId: eventId, now, text: (ctx) => resultReadyMessage(ctx, { outcome: result }) });
    }
    const items = Array.isArray(event.data.items) ? (event.data.items as { name: string; kind?: string }[]) : [];
    const reason = typeof event.data.reason === 'string' ? event.data.reason : '';
    return this.outbox.enqueue({ dossier, kind: 'supplement_needed', dedupeBase, sourceEventId: eventId, now, text: (ctx) => supplementNeededMessage(ctx, { items, reason }) });
  }

  /** Only news: skip old events and those the dossier has moved past (e.g. the result was already handed over). */
  private outcomeFor(event: DossierEventEntity, dossier: DossierEntity, now: Date): string {
    if (now.getTime() - event.occurredAt.getTime() > TOO_OLD_MS) return 'skipped_old';
    const expected = event.type === DossierEventType.Resolved ? DossierStatus.Resolved : DossierStatus.SupplementRequested;
    if (dossier.status !== expected) return 'skipped_stale';
    return 'queued';
  }
}
