import { ArgumentsHost, Catch, ExceptionFilter, HttpException, HttpStatus, Logger } from '@nestjs/common';
import { HttpAdapterHost } from '@nestjs/core';
import { fromDatabaseError } from './database-errors';
import { DomainError, FieldError } from './domain-error';
import { CALLER_FACING_5XX, REASON, statusOfCode } from './error-status';

export interface ErrorBody {
  statusCode: number;
  error: string;
  message: string;
  errors?: FieldError[];
}

const INTERNAL: ErrorBody = { statusCode: 500, error: REASON[500], message: 'Internal server error' };

/**
 * Every error leaves the API in the shape of shared/API.md: {statusCode, error, message, errors?}.
 * Domain errors (and PostgreSQL integrity errors, translated to them) by their code; Nest's HTTP
 * exceptions as they are; anything else is logged with the request id and answered 500 without internals.
 * It writes through the HTTP adapter, so it serves Express and Fastify alike.
 */
@Catch()
export class HttpErrorFilter implements ExceptionFilter {
  private readonly logger = new Logger('HttpError');

  constructor(private readonly adapterHost: HttpAdapterHost) {}

  catch(exception: unknown, host: ArgumentsHost): void {
    const http = host.switchToHttp();
    const body = errorBodyLogged(exception, http.getRequest(), this.logger);
    this.adapterHost.httpAdapter.reply(http.getResponse(), body, body.statusCode);
  }
}

type RequestSummary = { id?: unknown; method?: string; url?: string } | undefined;

/** The error body; an unknown error (500) is logged with the request's method, path and id, never its query string. */
export function errorBodyLogged(exception: unknown, request: RequestSummary, logger: Pick<Logger, 'error'>): ErrorBody {
  const body = toErrorBody(exception);
  if (body.statusCode >= 500) {
    const where = `${request?.method ?? '?'} ${(request?.url ?? '').split('?')[0]} (request ${String(request?.id ?? '-')})`;
    logger.error(`${where}: ${exception instanceof Error ? exception.stack : String(exception)}`);
  }
  return body;
}

/** The API's error body for any exception (also used by filters that answer in HTML, for the status). */
export function toErrorBody(exception: unknown): ErrorBody {
  const domain = exception instanceof DomainError ? (exception as DomainError<string>) : fromDatabaseError(exception);
  if (domain) {
    const statusCode = statusOfCode(domain.code);
    if (statusCode >= 500 && !CALLER_FACING_5XX.has(domain.code)) return INTERNAL;
    return withErrors({ statusCode, error: REASON[statusCode], message: domain.message }, domain.errors);
  }
  // The adapters wrap the body parser's and the router's 400s in an HttpException: unwrap them to name the field.
  const cause = exception instanceof HttpException ? exception.cause : undefined;
  if (isBodyParserError(cause)) return toErrorBody(cause);
  if (cause instanceof URIError) {
    const message = 'The URL path is not valid percent-encoding';
    return { statusCode: 400, error: REASON[400], message, errors: [{ field: 'path', message }] };
  }
  if (exception instanceof HttpException) {
    const statusCode = exception.getStatus();
    const raw = exception.getResponse();
    const payload = typeof raw === 'object' && raw !== null ? (raw as Record<string, unknown>) : {};
    const message = typeof raw === 'string' ? raw : String(payload.message ?? exception.message);
    const errors = Array.isArray(payload.errors) ? (payload.errors as FieldError[]) : [];
    return withErrors({ statusCode, error: REASON[statusCode] ?? HttpStatus[statusCode] ?? 'Error', message }, errors);
  }
  if (isBodyParserError(exception)) {
    const statusCode = clientStatusOf(exception);
    const message = statusCode === 400 ? 'Request body is not valid JSON' : exception.message;
    return withErrors({ statusCode, error: REASON[statusCode] ?? 'Error', message }, statusCode === 400 ? [{ field: 'body', message }] : []);
  }
  return INTERNAL;
}

function withErrors(body: ErrorBody, errors: FieldError[]): ErrorBody {
  return errors.length > 0 ? { ...body, errors } : body;
}

type ParserError = { status?: number; statusCode?: number; message: string };

/** Express's body-parser errors carry {status, type}; Fastify's content-type parser errors {statusCode, code: "FST_…"}. */
function isBodyParserError(value: unknown): value is ParserError {
  const candidate = value as { status?: unknown; statusCode?: unknown; type?: unknown; code?: unknown } | undefined;
  if (typeof candidate !== 'object' || candidate === null) return false;
  const status = clientStatusOf(candidate as ParserError);
  const marked = typeof candidate.type === 'string' || (typeof candidate.code === 'string' && candidate.code.startsWith('FST_'));
  return status >= 400 && status < 500 && marked;
}

function clientStatusOf(error: ParserError): number {
  return typeof error.status === 'number' ? error.status : typeof error.statusCode === 'number' ? error.statusCode : 0;
}
