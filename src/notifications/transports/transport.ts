import type { NotificationChannel } from '../notification.entity';

export interface OutgoingMessage {
  /** Outbox id: the gateway's reference, so a retried message can be recognised downstream. */
  id: string;
  recipient: string;
  subject: string | null;
  body: string;
}

/** One way of reaching the applicant. `send` resolves when the message was accepted, and throws otherwise. */
export interface NotificationTransport {
  readonly channel: NotificationChannel;
  send(message: OutgoingMessage): Promise<void>;
}

export const NOTIFICATION_TRANSPORTS = Symbol('NOTIFICATION_TRANSPORTS');
