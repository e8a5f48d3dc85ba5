import type { DestinationStream, Logger as Pino, LoggerOptions } from 'pino';
import pino from 'pino';
import pretty from 'pino-pretty';
import type { AppConfig } from '../../config/app-config';
import { PinoNestLogger } from './pino-nest-logger';

/**
 * Personal data never reaches the logs (team rule since issue 1): request lines carry the method, the
 * path without its query string (tracking token `t`, `phone4`), the status and the duration — no
 * headers, no bodies, no client address. The redaction below is a second net for objects passed to
 * the logger by hand.
 */
const REDACT: LoggerOptions['redact'] = {
  paths: ['headers', 'body', 'query', '*.headers', '*.body', '*.query', '*.authorization', '*.cookie', '*.password', '*.phone', '*.phone4', '*.t', '*.idNumber', '*.email'],
  censor: '[redacted]',
};

/** e.g. `[09:15:02] INFO: GET /api/v1/dossiers 201 (18 ms) · 5f0c…` and `[09:15:00] INFO: [motcua] motcua is serving …` */
const PRETTY = {
  sync: true,
  colorize: false,
  singleLine: true,
  translateTime: 'SYS:HH:MM:ss',
  ignore: 'pid,hostname,service,context,reqId,req,res,responseTime',
  messageFormat: '{if context}[{context}] {end}{msg}{if responseTime} ({responseTime} ms){end}{if reqId} · {reqId}{end}',
};

export interface AppLogger {
  pino: Pino;
  /** The request lines' logger (addRequestLogging): same stream and level, no redaction pass. */
  requests: Pino;
  nest: PinoNestLogger;
}

/** JSON lines on stdout; LOG_FORMAT=pretty (the default with the embedded database) prints one readable line each. */
export function createAppLogger(config: Pick<AppConfig, 'logLevel' | 'logFormat'>, destination?: DestinationStream): AppLogger {
  const options: LoggerOptions = { level: config.logLevel === 'silent' ? 'silent' : 'info', base: { service: 'motcua' }, redact: REDACT };
  const stream = destination ?? (config.logFormat === 'pretty' ? pretty(PRETTY) : pino.destination({ sync: true }));
  const logger = pino(options, stream);
  // A request line has one shape, built field by field in http-logging.ts from nothing personal:
  // the redaction pass had nothing to find there and cost ~9 µs a line (a third of what logging
  // took from a repeated public look-up, measured with --cpu-prof).
  const requests = pino({ ...options, redact: undefined }, stream);
  return { pino: logger, requests, nest: new PinoNestLogger(logger) };
}
