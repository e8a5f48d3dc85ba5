/**
 * The audit trail's event types. The due date is a function of the clock events among them
 * (received, supplement_requested, supplement_received, clock_paused, clock_resumed, apology).
 */
export const DossierEventType = {
  Received: 'received',
  HandedOff: 'handoff',
  SupplementRequested: 'supplement_requested',
  SupplementReceived: 'supplement_received',
  ClockPaused: 'clock_paused',
  ClockResumed: 'clock_resumed',
  Apology: 'apology',
  DueDateChanged: 'due_date_changed',
  Resolved: 'resolved',
  Returned: 'returned',
  Stopped: 'stopped',
  Withdrawn: 'withdrawn',
  Refused: 'refused',
  /** The applicant's satisfaction rating (after the result was returned); data {level, source}. */
  SatisfactionRated: 'satisfaction_rated',
} as const;

export type DossierEventType = (typeof DossierEventType)[keyof typeof DossierEventType];
