import { ArgumentsHost, Catch, ExceptionFilter, HttpException, HttpStatus, Logger } from '@nestjs/common';
import { HttpAdapterHost } from '@nestjs/core';
import { CalendarError } from '../../domain/calendar/errors';
import { DomainError, DomainErrorCode, FieldError } from './domain-error';

const STATUS_BY_CODE: Record<DomainErrorCode, number> = {
  INVALID_INPUT: 400,
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  CONFLICT: 409,
  ILLEGAL_TRANSITION: 409,
  RULE_VIOLATION: 422,
};

const REASON: Record<number, string> = {
  400: 'Bad Request',
  401: 'Unauthorized',
  403: 'Forbidden',
  404: 'Not Found',
  409: 'Conflict',
  413: 'Payload Too Large',
  415: 'Unsupported Media Type',
  422: 'Unprocessable Entity',
  429: 'Too Many Requests',
  500: 'Internal Server Error',
};


export interface ErrorBody {
  statusCode: number;
  error: string;
  message: string;
  errors?: FieldError[];
}

/** Every error leaves the API in the shape of shared/API.md: {statusCode, error, message, errors?}. */
@Catch()
export class HttpErrorFilter implements ExceptionFilter {
  private readonly logger = new Logger('HttpError');

  constructor(private readonly adapterHost: HttpAdapterHost) {}

  catch(exception: unknown, host: ArgumentsHost): void {
    const response = host.switchToHttp().getResponse<unknown>();
    const body = this.toBody(exception);
    if (body.statusCode >= 500) this.logger.error(exception instanceof Error ? exception.stack : String(exception));
    this.adapterHost.httpAdapter.reply(response, body, body.statusCode);
  }

  toBody(exception: unknown): ErrorBody {
    // A calendar computation refused for its input (a date outside 2000–2100, a day off where a
    // working day is needed); inconsistent clock events stay a 500.
    if (exception instanceof CalendarError && exception.code !== 'CALENDAR_INVALID_EVENTS' && exception.code !== 'CALENDAR_INVALID_DEFINITION') {
      return { statusCode: 400, error: REASON[400], message: exception.message, errors: [{ field: 'date', message: exception.message }] };
    }
    if (exception instanceof DomainError) {
      const statusCode = STATUS_BY_CODE[exception.code];
      return withErrors({ statusCode, error: REASON[statusCode], message: exception.message }, exception.errors);
    }
    // Nest's Express adapter wraps body-parser's and the router's 400s in an HttpException: unwrap them to name the field.
    const cause = exception instanceof HttpException ? exception.cause : undefined;
    if (isBodyParserError(cause)) return this.toBody(cause);
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
      const statusCode = exception.status;
      const message = statusCode === 400 ? 'Request body is not valid JSON' : exception.message;
      return withErrors({ statusCode, error: REASON[statusCode] ?? 'Error', message }, statusCode === 400 ? [{ field: 'body', message }] : []);
    }
    return { statusCode: 500, error: REASON[500], message: 'Internal server error' };
  }
}

function withErrors(body: ErrorBody, errors: FieldError[]): ErrorBody {
  return errors.length > 0 ? { ...body, errors } : body;
}

function isBodyParserError(value: unknown): value is { status: number; message: string } {
  const candidate = value as { status?: unknown; type?: unknown };
  return typeof candidate?.status === 'number' && candidate.status >= 400 && candidate.status < 500 && typeof candidate.type === 'string';
}
