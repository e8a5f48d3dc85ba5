import type { SmsGatewaySettings } from '../../config/app-config';
import type { NotificationTransport, OutgoingMessage } from './transport';

const TIMEOUT_MS = 10_000;

/** SMS through an HTTP gateway: POST {to, text, sender?, reference} as JSON; any 2xx answer means accepted. */
export class SmsGatewayTransport implements NotificationTransport {
  readonly channel = 'sms' as const;

  constructor(private readonly settings: SmsGatewaySettings) {}

  async send(message: OutgoingMessage): Promise<void> {
    const response = await fetch(this.settings.url, {
      method: 'POST',
      headers: {
        'content-type': 'application/json; charset=utf-8',
        ...(this.settings.token ? { authorization: `Bearer ${this.settings.token}` } : {}),
      },
      body: JSON.stringify({ to: message.recipient, text: message.body, sender: this.settings.sender, reference: `motcua-${message.id}` }),
      signal: AbortSignal.timeout(TIMEOUT_MS),
    });
    if (!response.ok) {
      const detail = (await response.text().catch(() => '')).slice(0, 200);
      throw new Error(`SMS gateway answered ${response.status}${detail ? `: ${detail}` : ''}`);
    }
    await response.body?.cancel().catch(() => undefined);
  }
}
