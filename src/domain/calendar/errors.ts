import { DomainError } from '../shared';

/** Machine-readable reasons a calendar operation can fail; the API layer maps them to HTTP. */
export type CalendarErrorCode =
  | 'CALENDAR_INVALID_DEFINITION'
  | 'CALENDAR_INVALID_DATE'
  | 'CALENDAR_OUT_OF_RANGE'
  | 'CALENDAR_NOT_A_WORKING_DAY'
  | 'CALENDAR_INVALID_DURATION'
  | 'CALENDAR_INVALID_EVENTS';

/** A calendar computation refused for its input: the date at fault is the field named. */
export class CalendarError extends DomainError<CalendarErrorCode> {
  constructor(code: CalendarErrorCode, message: string) {
    super(code, message, [{ field: 'date', message }]);
    this.name = 'CalendarError';
  }
}
