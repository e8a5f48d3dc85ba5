import type { LoggerService } from '@nestjs/common';
import type { Logger as Pino } from 'pino';
import { requestContext } from './request-context';

/** Nest's start-up chatter (one line per module and route) is dropped; errors, warnings and our own lines stay. */
const CHATTY_CONTEXTS = new Set(['InstanceLoader', 'RoutesResolver', 'RouterExplorer']);

/** Nest's LoggerService over pino: each line gets its context and, inside a request, the request id. */
export class PinoNestLogger implements LoggerService {
  constructor(private readonly pino: Pino) {}

  log(message: unknown, ...rest: unknown[]): void {
    const context = contextOf(rest);
    if (context && CHATTY_CONTEXTS.has(context)) return;
    this.write('info', message, context);
  }

  warn(message: unknown, ...rest: unknown[]): void {
    this.write('warn', message, contextOf(rest));
  }

  /** Nest calls error(message, stack?, context?) and error(message, context). */
  error(message: unknown, ...rest: unknown[]): void {
    const context = rest.length > 0 && isContextName(rest[rest.length - 1]) ? (rest.pop() as string) : undefined;
    this.write('error', message, context, typeof rest[0] === 'string' ? rest[0] : undefined);
  }

  debug(message: unknown, ...rest: unknown[]): void {
    this.write('debug', message, contextOf(rest));
  }

  verbose(message: unknown, ...rest: unknown[]): void {
    this.write('trace', message, contextOf(rest));
  }

  private write(level: 'info' | 'warn' | 'error' | 'debug' | 'trace', message: unknown, context?: string, stack?: string): void {
    const reqId = requestContext.getStore()?.reqId;
    const fields = { ...(context ? { context } : {}), ...(reqId ? { reqId } : {}), ...(stack ? { stack } : {}) };
    if (message instanceof Error) this.pino[level]({ ...fields, err: message }, message.message);
    else if (typeof message === 'string') this.pino[level](fields, message);
    else this.pino[level]({ ...fields, data: message });
  }
}

function contextOf(rest: unknown[]): string | undefined {
  const last = rest[rest.length - 1];
  return typeof last === 'string' ? last : undefined;
}

/** Nest's context names are single words such as "HttpError"; a stack trace has spaces and newlines. */
function isContextName(value: unknown): boolean {
  return typeof value === 'string' && /^[A-Za-z0-9_.-]+$/.test(value);
}
