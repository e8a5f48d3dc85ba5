import type { AppConfig } from '../../config/app-config';
import { SmsGatewayTransport } from './sms-gateway-transport';
import { SmtpTransport } from './smtp-transport';
import type { NotificationTransport } from './transport';

export * from './transport';
export { SmtpTransport } from './smtp-transport';
export { SmsGatewayTransport } from './sms-gateway-transport';

/** The transports the configuration enables; a channel without one keeps its messages in the outbox. */
export function transportsFromConfig(config: AppConfig): NotificationTransport[] {
  const transports: NotificationTransport[] = [];
  if (config.smtp) transports.push(new SmtpTransport(config.smtp));
  if (config.smsGateway) transports.push(new SmsGatewayTransport(config.smsGateway));
  return transports;
}
