import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { DossierStatus } from '../domain/dossier';
import { DossierEntity, DossierEventEntity, DossierEventType } from '../dossiers';
import { NotificationOutbox } from './notification-outbox';
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
    @InjectDataSource() private readonly db: DataSource,
    private readonly outbox: NotificationOutbox,
  ) {}

  /** Returns the number of messages queued. */
  async poll(now: Date): Promise<number> {
    const events = await this.db.query(
      `SELECT e.id FROM dossier_events e
        WHERE e.type IN ('resolved', 'supplement_requested')
          AND NOT EXISTS (SELECT 1 FROM notification_sources n WHERE n.event_id = e.id)
        ORDER BY e.id LIMIT ${BATCH}`,
    );
    let queued = 0;
    for (const { id } of events as { id: string }[]) {
      queued += await this.db.transaction((manager) => this.handle(manager, id, now));
    }
    return queued;
  }

  private async handle(manager: EntityManager, eventId: string, now: Date): Promise<number> {
    const event = await manager.findOneByOrFail(DossierEventEntity, { id: eventId });
    const dossier = await manager.findOneByOrFail(DossierEntity, { id: event.dossierId });
    const outcome = this.outcomeFor(event, dossier, now);
    const claimed: unknown[] = await manager.query(
      `INSERT INTO notification_sources (event_id, processed_at, outcome) VALUES ($1, $2, $3) ON CONFLICT (event_id) DO NOTHING RETURNING event_id`,
      [eventId, now, outcome],
    );
    if (claimed.length === 0 || outcome !== 'queued') return 0;
    const dedupeBase = `event:${eventId}`;
    if (event.type === DossierEventType.Resolved) {
      const result = event.data.outcome === 'rejected' ? 'rejected' : 'approved';
      return this.outbox.enqueue(manager, { dossier, kind: 'result_ready', dedupeBase, sourceEventId: eventId, now, text: (ctx) => resultReadyMessage(ctx, { outcome: result }) });
    }
    const items = Array.isArray(event.data.items) ? (event.data.items as { name: string; kind?: string }[]) : [];
    const reason = typeof event.data.reason === 'string' ? event.data.reason : '';
    return this.outbox.enqueue(manager, { dossier, kind: 'supplement_needed', dedupeBase, sourceEventId: eventId, now, text: (ctx) => supplementNeededMessage(ctx, { items, reason }) });
  }

  /** Only news: skip old events and those the dossier has moved past (e.g. the result was already handed over). */
  private outcomeFor(event: DossierEventEntity, dossier: DossierEntity, now: Date): string {
    if (now.getTime() - event.occurredAt.getTime() > TOO_OLD_MS) return 'skipped_old';
    const expected = event.type === DossierEventType.Resolved ? DossierStatus.Resolved : DossierStatus.SupplementRequested;
    if (dossier.status !== expected) return 'skipped_stale';
    return 'queued';
  }
}
