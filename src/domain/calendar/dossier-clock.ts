import { computeDueDate, type Duration } from './due-date';
import { CalendarError } from './errors';
import type { WorkingCalendar } from './working-calendar';

export type ClockEvent =
  | { type: 'received'; at: Date }
  /**
   * lateReason, when given, is the verdict recorded when the request was made (rules in force then);
   * absent, the clock judges the request itself.
   */
  | { type: 'supplement_requested'; at: Date; lateReason?: SupplementLateReason | null }
  | { type: 'supplement_received'; at: Date }
  /** Verification or coordination waits, where the procedure allows them. */
  | { type: 'paused'; at: Date }
  | { type: 'resumed'; at: Date }
  /** An apology (thư xin lỗi) with a new appointment. */
  | { type: 'rescheduled'; newDueAt: Date };

/** What a completed supplement does to the clock (NĐ 61 Art. 19.4 restarts it; some sector rules pause it). */
export type SupplementPolicy = 'restart' | 'pause';

export interface ClockOptions {
  /** While the clock is stopped, dueAt is computed as if it resumed at this instant (see below). */
  now?: Date;
  /**
   * Working days after the day of receipt within which a supplement request restarts (or pauses) the
   * clock (NĐ 61 Art. 19.4: 3 working days; per procedure, since sector law may differ).
   */
  supplementWindowDays?: number;
}

export const DEFAULT_SUPPLEMENT_WINDOW_DAYS = 3;

/**
 * Why a supplement request does not move the deadline: made after the window (the agency's late
 * request), or when the dossier was already late (a late dossier stays late, whatever its new appointment).
 */
export type SupplementLateReason = 'after_window' | 'after_due';

export interface SupplementRequestVerdict {
  at: Date;
  /** True when the request stops the clock and its receipt restarts (or resumes) it. */
  granted: boolean;
  lateReason: SupplementLateReason | null;
  /** The deadline in force when the request was made. */
  dueAtRequest: Date;
}

export interface ClockResult {
  /** The current appointment: the latest reschedule's newDueAt, else originalDueAt. */
  dueAt: Date;
  /** The due date from the clock alone, ignoring any reschedule. */
  originalDueAt: Date;
  /** originalDueAt depends on a year whose days off are not confirmed (false once rescheduled). */
  provisional: boolean;
  /** False while a supplement is outstanding (hồ sơ chờ bổ sung) or the clock is paused. */
  running: boolean;
  /** Working minutes not counted in the current run (pauses, and supplement waits under 'pause'). */
  pausedWorkingMinutes: number;
  /** End of the window for supplement requests that move the deadline (close of business). */
  supplementWindowEndsAt: Date;
  /** Every supplement request in order, with whether it moved the deadline. */
  supplementRequests: SupplementRequestVerdict[];
}

interface ClockState {
  runStart: Date | null;
  stoppedSince: Date | null;
  supplementOutstanding: boolean;
  /** A request outside the rules is outstanding: recorded, the clock runs on. */
  lateSupplementOutstanding: boolean;
  windowEndsAt: Date | null;
  requests: SupplementRequestVerdict[];
  paused: boolean;
  pausedMinutes: number;
  newDueAt: Date | null;
  lastAt: number;
}

const invalid = (message: string) => new CalendarError('CALENDAR_INVALID_EVENTS', message);

function isStopped(state: ClockState): boolean {
  return state.supplementOutstanding || state.paused;
}

function stop(state: ClockState, at: Date): void {
  if (!isStopped(state)) state.stoppedSince = at;
}

/** Called after a stop reason is cleared: when none remains, the stopped working time is excluded. */
function resumeIfFree(calendar: WorkingCalendar, state: ClockState, at: Date): void {
  if (isStopped(state) || !state.stoppedSince) return;
  state.pausedMinutes += calendar.workingMinutesBetween(state.stoppedSince, at);
  state.stoppedSince = null;
}

function receiveSupplement(calendar: WorkingCalendar, state: ClockState, policy: SupplementPolicy, at: Date): void {
  if (state.lateSupplementOutstanding) {
    state.lateSupplementOutstanding = false;
    return;
  }
  if (!state.supplementOutstanding) throw invalid('supplement_received without an outstanding supplement_requested');
  state.supplementOutstanding = false;
  if (policy === 'pause') return resumeIfFree(calendar, state, at);
  state.runStart = at;
  state.pausedMinutes = 0;
  state.stoppedSince = isStopped(state) ? at : null;
}

interface Rules {
  calendar: WorkingCalendar;
  duration: Duration;
  policy: SupplementPolicy;
  windowDays: number;
}

/** The deadline as it stands at `at`, with the working time stopped so far left out. */
function dueSoFar(rules: Rules, state: ClockState, at: Date): Date {
  const base = computeDueDate(rules.calendar, state.runStart as Date, rules.duration).dueAt;
  const stoppedNow = state.stoppedSince ? Math.max(0, rules.calendar.workingMinutesBetween(state.stoppedSince, at)) : 0;
  const minutes = state.pausedMinutes + stoppedNow;
  return minutes > 0 ? rules.calendar.addWorkingMinutes(base, minutes) : base;
}

function requestSupplement(rules: Rules, state: ClockState, at: Date, recorded?: SupplementLateReason | null): void {
  if (state.supplementOutstanding || state.lateSupplementOutstanding) throw invalid('supplement_requested while one is outstanding');
  const dueAtRequest = dueSoFar(rules, state, at);
  const judged: SupplementLateReason | null = at > dueAtRequest ? 'after_due' : at > (state.windowEndsAt as Date) ? 'after_window' : null;
  const lateReason = recorded === undefined ? judged : recorded;
  state.requests.push({ at, granted: lateReason === null, lateReason, dueAtRequest });
  if (lateReason) {
    state.lateSupplementOutstanding = true;
    return;
  }
  stop(state, at);
  state.supplementOutstanding = true;
}

function applyEvent(rules: Rules, state: ClockState, event: ClockEvent): void {
  const { calendar, policy } = rules;
  if (event.type === 'rescheduled') {
    if (!state.runStart) throw invalid('rescheduled before received');
    state.newDueAt = event.newDueAt;
    return;
  }
  const at = event.at;
  if (Number.isNaN(at.getTime()) || at.getTime() < state.lastAt) throw invalid(`${event.type} is out of order`);
  state.lastAt = at.getTime();
  if (event.type === 'received' && state.runStart) throw invalid('received twice');
  if (event.type !== 'received' && !state.runStart) throw invalid(`${event.type} before received`);
  switch (event.type) {
    case 'received':
      state.runStart = at;
      state.windowEndsAt = supplementWindowEnd(calendar, at, rules.windowDays);
      return;
    case 'supplement_requested':
      return requestSupplement(rules, state, at, event.lateReason);
    case 'supplement_received':
      return receiveSupplement(calendar, state, policy, at);
    case 'paused':
      if (state.paused) throw invalid('paused while already paused');
      stop(state, at);
      state.paused = true;
      return;
    case 'resumed':
      if (!state.paused) throw invalid('resumed without paused');
      state.paused = false;
      return resumeIfFree(calendar, state, at);
  }
}

/** While stopped: pretend every stop ends at `now`, never before the last event. */
function resumeHypothetically(rules: Rules, state: ClockState, now?: Date): void {
  const at = new Date(Math.max(now?.getTime() ?? state.lastAt, state.lastAt));
  if (state.supplementOutstanding) applyEvent(rules, state, { type: 'supplement_received', at });
  if (state.paused) applyEvent(rules, state, { type: 'resumed', at });
}

/** Close of business of the n-th working day after the day of receipt ("trong 03 ngày làm việc kể từ ngày tiếp nhận"). */
export function supplementWindowEnd(calendar: WorkingCalendar, receivedAt: Date, windowDays = DEFAULT_SUPPLEMENT_WINDOW_DAYS): Date {
  return computeDueDate(calendar, receivedAt, { value: windowDays, unit: 'working_days', mode: 'end_of_day' }).dueAt;
}

/**
 * The due date of a dossier from its clock events (DOMAIN.md §4), always recomputed from scratch.
 * - 'restart': once the supplement is received the whole duration counts again from that
 *   instant (pauses before it no longer matter).
 * - 'pause': the working time between request and receipt is not counted; the deadline moves
 *   by that much working time (for day-based units too: the close-of-business due instant is
 *   shifted by the excluded working minutes).
 * - paused/resumed always exclude the working time in between, whatever the policy.
 * - While the clock is stopped, `running` is false and dueAt is computed as if the clock resumed
 *   at `options.now` (never earlier than the last event). Without `now`, to stay pure and stable,
 *   it resumes at the last event's instant (for a single stop: the instant it stopped), i.e. the
 *   earliest possible due date. Pass the current time to show "if the supplement came now".
 * - A reschedule replaces dueAt, whatever happens later; originalDueAt keeps the clock's value.
 * - Limits of the restart (DOMAIN.md §4), so lateness cannot be erased: a supplement request moves
 *   the deadline only when made within the window (options.supplementWindowDays working days after
 *   the day of receipt, default 3) and not after the deadline in force. Any other request is
 *   recorded (supplementRequests, lateReason) and the clock runs on through it and its receipt.
 */
export function dueDateFromEvents(
  calendar: WorkingCalendar,
  duration: Duration,
  policy: SupplementPolicy,
  events: ClockEvent[],
  options: ClockOptions = {},
): ClockResult {
  const windowDays = options.supplementWindowDays ?? DEFAULT_SUPPLEMENT_WINDOW_DAYS;
  if (!Number.isInteger(windowDays) || windowDays < 1) throw new CalendarError('CALENDAR_INVALID_DURATION', `The supplement window must be a whole number of working days ≥ 1, got ${windowDays}`);
  const rules: Rules = { calendar, duration, policy, windowDays };
  const state: ClockState = {
    runStart: null,
    stoppedSince: null,
    supplementOutstanding: false,
    lateSupplementOutstanding: false,
    windowEndsAt: null,
    requests: [],
    paused: false,
    pausedMinutes: 0,
    newDueAt: null,
    lastAt: -Infinity,
  };
  events.forEach((event) => applyEvent(rules, state, event));
  if (!state.runStart) throw invalid('No received event');
  const running = !isStopped(state);
  if (!running) resumeHypothetically(rules, state, options.now);
  const runStart = state.runStart as Date;
  const base = computeDueDate(calendar, runStart, duration).dueAt;
  const originalDueAt = state.pausedMinutes > 0 ? calendar.addWorkingMinutes(base, state.pausedMinutes) : base;
  return {
    dueAt: state.newDueAt ?? originalDueAt,
    originalDueAt,
    provisional: !state.newDueAt && calendar.isProvisional(runStart, originalDueAt),
    running,
    pausedWorkingMinutes: state.pausedMinutes,
    supplementWindowEndsAt: state.windowEndsAt as Date,
    supplementRequests: state.requests,
  };
}
