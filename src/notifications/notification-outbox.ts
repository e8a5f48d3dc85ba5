import { Inject, Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { AgencyEntity, ProcedureEntity } from '../catalogue';
import { APP_CONFIG, AppConfig } from '../config/app-config';
import type { DossierEntity } from '../dossiers';
import { trackingUrl } from '../dossiers';
import type { NotificationChannel, NotificationKind } from './notification.entity';
import { type MessageContext, type MessageText, senderNameOf } from './templates';

export interface NewNotification {
  dossier: DossierEntity;
  kind: NotificationKind;
  /** Unique per message source, e.g. "apology:<dossier id>" or "event:<event id>"; the channel is appended. */
  dedupeBase: string;
  sourceEventId?: string | null;
  text: (ctx: MessageContext) => MessageText;
  now: Date;
}

/** Queues messages to the applicant in the caller's transaction: an email when the applicant gave an address, and an SMS. */
@Injectable()
export class NotificationOutbox {
  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {}

  async enqueue(manager: EntityManager, n: NewNotification): Promise<number> {
    const text = n.text(await this.context(manager, n.dossier));
    const messages: { channel: NotificationChannel; recipient: string; subject: string | null; body: string }[] = [];
    if (n.dossier.applicantEmail) messages.push({ channel: 'email', recipient: n.dossier.applicantEmail, subject: text.subject, body: text.email });
    if (n.dossier.applicantPhone) messages.push({ channel: 'sms', recipient: n.dossier.applicantPhone, subject: null, body: text.sms });
    let queued = 0;
    for (const m of messages) {
      const rows: unknown[] = await manager.query(
        `INSERT INTO notification_outbox (dedupe_key, dossier_id, source_event_id, kind, channel, recipient, subject, body, status, attempts, next_attempt_at, created_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, 'pending', 0, $9, $9)
         ON CONFLICT (dedupe_key) DO NOTHING
         RETURNING id`,
        [`${n.dedupeBase}:${m.channel}`, n.dossier.id, n.sourceEventId ?? null, n.kind, m.channel, m.recipient, m.subject, m.body, n.now],
      );
      queued += rows.length;
    }
    return queued;
  }

  private async context(manager: EntityManager, dossier: DossierEntity): Promise<MessageContext> {
    // One after the other: a transaction's connection runs one query at a time.
    const resolving = await manager.findOneByOrFail(AgencyEntity, { code: dossier.resolvingAgencyCode });
    const receiving = await manager.findOneByOrFail(AgencyEntity, { code: dossier.receivingAgencyCode });
    const procedure = await manager.findOneBy(ProcedureEntity, { id: dossier.procedureId });
    return {
      // An authority speaks in its own name; a centre that decides its own dossiers, in its governing body's.
      senderName: senderNameOf(resolving.kind === 'service_centre' ? resolving.governingBody : resolving.name),
      counterName: receiving.name,
      counterAddress: receiving.address,
      counterPhone: receiving.phone,
      applicantName: dossier.applicantName,
      dossierCode: dossier.code,
      procedureName: procedure?.name ?? dossier.procedureCode,
      trackingUrl: trackingUrl(this.config.publicBaseUrl, dossier.code, dossier.trackingToken),
    };
  }
}
