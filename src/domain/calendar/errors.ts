/** Machine-readable reasons a calendar operation can fail; the API layer maps them to HTTP. */
export type CalendarErrorCode =
  | 'CALENDAR_INVALID_DEFINITION'
  | 'CALENDAR_INVALID_DATE'
  | 'CALENDAR_OUT_OF_RANGE'
  | 'CALENDAR_NOT_A_WORKING_DAY'
  | 'CALENDAR_INVALID_DURATION'
  | 'CALENDAR_INVALID_EVENTS';

export class CalendarError extends Error {
  constructor(
    readonly code: CalendarErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'CalendarError';
  }
}
