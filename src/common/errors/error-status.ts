import type { CalendarErrorCode } from '../../domain/calendar';
import type { GeneralErrorCode } from '../../domain/shared';

export type ErrorCode = GeneralErrorCode | CalendarErrorCode;

/** The one mapping from domain error codes to HTTP statuses (shared/API.md, "Errors"). */
export const STATUS_BY_CODE: Record<ErrorCode, number> = {
  INVALID_INPUT: 400,
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  CONFLICT: 409,
  ILLEGAL_TRANSITION: 409,
  RULE_VIOLATION: 422,
  UNSUPPORTED_MEDIA_TYPE: 415,
  STORED_FILE_CORRUPT: 500,
  INTERNAL: 500,
  // A calendar computation refused for its input (a date outside the calendar's range, a day off
  // where a working day is needed); inconsistent clock events or definitions are our own data's fault.
  CALENDAR_INVALID_DATE: 400,
  CALENDAR_OUT_OF_RANGE: 400,
  CALENDAR_NOT_A_WORKING_DAY: 400,
  CALENDAR_INVALID_DURATION: 400,
  CALENDAR_INVALID_EVENTS: 500,
  CALENDAR_INVALID_DEFINITION: 500,
};

/** Our own faults whose message is written for the caller (it names no internals), so a 5xx keeps it. */
export const CALLER_FACING_5XX: ReadonlySet<string> = new Set(['STORED_FILE_CORRUPT']);

export function statusOfCode(code: string): number {
  return (STATUS_BY_CODE as Record<string, number | undefined>)[code] ?? 500;
}

export const REASON: Record<number, string> = {
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
