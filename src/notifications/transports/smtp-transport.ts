import { createTransport, type Transporter } from 'nodemailer';
import type { SmtpSettings } from '../../config/app-config';
import type { NotificationTransport, OutgoingMessage } from './transport';

/** Email over SMTP (nodemailer): plain-text UTF-8 messages. */
export class SmtpTransport implements NotificationTransport {
  readonly channel = 'email' as const;
  private readonly transporter: Transporter;

  constructor(private readonly settings: SmtpSettings) {
    this.transporter = createTransport({
      host: settings.host,
      port: settings.port,
      secure: settings.secure ?? false,
      auth: settings.user ? { user: settings.user, pass: settings.password ?? '' } : undefined,
      connectionTimeout: 10_000,
      greetingTimeout: 10_000,
      socketTimeout: 20_000,
    });
  }

  async send(message: OutgoingMessage): Promise<void> {
    const info = await this.transporter.sendMail({
      from: this.settings.from,
      to: message.recipient,
      subject: message.subject ?? '',
      text: message.body,
      headers: { 'X-Motcua-Notification': message.id },
    });
    const rejected = info.rejected ?? [];
    if (rejected.length > 0) throw new Error(`SMTP server rejected ${rejected.map(String).join(', ')}`);
  }
}
