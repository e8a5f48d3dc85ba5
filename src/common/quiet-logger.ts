import { ConsoleLogger } from '@nestjs/common';

/** Nest's console logger without the start-up chatter (one line per module and route): errors, warnings and our own lines stay. */
const CHATTY_CONTEXTS = new Set(['InstanceLoader', 'RoutesResolver', 'RouterExplorer']);

export class QuietLogger extends ConsoleLogger {
  log(message: unknown, context?: string): void;
  log(message: unknown, ...rest: unknown[]): void {
    const context = rest[rest.length - 1];
    if (typeof context === 'string' && CHATTY_CONTEXTS.has(context)) return;
    super.log(message, ...(rest as [string]));
  }
}
