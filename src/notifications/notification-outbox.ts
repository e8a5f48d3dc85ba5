import { Inject, Injectable } from '@nestjs/common';
import { AgencyDirectory } from '../catalogue';
import { ProcedureCatalogue } from '../catalogue';
import { APP_CONFIG, AppConfig } from '../config/app-config';
import type { DossierEntity } from '../dossiers';
import { trackingUrl } from '../dossiers';
import { TrackingTokens } from '../dossiers';
import type { NotificationChannel, NotificationKind } from './notification.entity';
import { NotificationRepository } from './notification.repository';
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
  constructor(
    private readonly notifications: NotificationRepository,
    private readonly agencies: AgencyDirectory,
    private readonly procedures: ProcedureCatalogue,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly tokens: TrackingTokens,
  ) {}

  async enqueue(n: NewNotification): Promise<number> {
    const text = n.text(await this.context(n.dossier));
    const messages: { channel: NotificationChannel; recipient: string; subject: string | null; body: string }[] = [];
    if (n.dossier.applicantEmail) messages.push({ channel: 'email', recipient: n.dossier.applicantEmail, subject: text.subject, body: text.email });
    if (n.dossier.applicantPhone) messages.push({ channel: 'sms', recipient: n.dossier.applicantPhone, subject: null, body: text.sms });
    let queued = 0;
    for (const m of messages) {
      const fresh = await this.notifications.enqueue({
        dedupeKey: `${n.dedupeBase}:${m.channel}`,
        dossierId: n.dossier.id,
        sourceEventId: n.sourceEventId ?? null,
        kind: n.kind,
        ...m,
        at: n.now,
      });
      if (fresh) queued++;
    }
    return queued;
  }

  private async context(dossier: DossierEntity): Promise<MessageContext> {
    // One after the other: a transaction's connection runs one query at a time.
    const resolving = await this.agencies.get(dossier.resolvingAgencyCode);
    const receiving = await this.agencies.get(dossier.receivingAgencyCode);
    const procedure = await this.procedures.findById(dossier.procedureId);
    return {
      // An authority speaks in its own name; a centre that decides its own dossiers, in its governing body's.
      senderName: senderNameOf(resolving.kind === 'service_centre' ? resolving.governingBody : resolving.name),
      counterName: receiving.name,
      counterAddress: receiving.address,
      counterPhone: receiving.phone,
      applicantName: dossier.applicantName,
      dossierCode: dossier.code,
      procedureName: procedure?.name ?? dossier.procedureCode,
      trackingUrl: trackingUrl(this.config.publicBaseUrl, dossier.code, this.tokens.tokenOf(dossier.id)),
    };
  }
}
