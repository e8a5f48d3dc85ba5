import { computeDueDate, type Duration } from './due-date';
import { CalendarError } from './errors';
import type { WorkingCalendar } from './working-calendar';

export type ClockEvent =
  | { type: 'received'; at: Date }
  | { type: 'supplement_requested'; at: Date }
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
}

interface ClockState {
  runStart: Date | null;
  stoppedSince: Date | null;
  supplementOutstanding: boolean;
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
  if (!state.supplementOutstanding) throw invalid('supplement_received without an outstanding supplement_requested');
  state.supplementOutstanding = false;
  if (policy === 'pause') return resumeIfFree(calendar, state, at);
  state.runStart = at;
  state.pausedMinutes = 0;
  state.stoppedSince = isStopped(state) ? at : null;
}

function applyEvent(calendar: WorkingCalendar, state: ClockState, policy: SupplementPolicy, event: ClockEvent): void {
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
      return;
    case 'supplement_requested':
      if (state.supplementOutstanding) throw invalid('supplement_requested while one is outstanding');
      stop(state, at);
      state.supplementOutstanding = true;
      return;
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
function resumeHypothetically(calendar: WorkingCalendar, state: ClockState, policy: SupplementPolicy, now?: Date): void {
  const at = new Date(Math.max(now?.getTime() ?? state.lastAt, state.lastAt));
  if (state.supplementOutstanding) applyEvent(calendar, state, policy, { type: 'supplement_received', at });
  if (state.paused) applyEvent(calendar, state, policy, { type: 'resumed', at });
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
 */
export function dueDateFromEvents(
  calendar: WorkingCalendar,
  duration: Duration,
  policy: SupplementPolicy,
  events: ClockEvent[],
  options: ClockOptions = {},
): ClockResult {
  const state: ClockState = {
    runStart: null,
    stoppedSince: null,
    supplementOutstanding: false,
    paused: false,
    pausedMinutes: 0,
    newDueAt: null,
    lastAt: -Infinity,
  };
  events.forEach((event) => applyEvent(calendar, state, policy, event));
  if (!state.runStart) throw invalid('No received event');
  const running = !isStopped(state);
  if (!running) resumeHypothetically(calendar, state, policy, options.now);
  const runStart = state.runStart as Date;
  const base = computeDueDate(calendar, runStart, duration).dueAt;
  const originalDueAt = state.pausedMinutes > 0 ? calendar.addWorkingMinutes(base, state.pausedMinutes) : base;
  return {
    dueAt: state.newDueAt ?? originalDueAt,
    originalDueAt,
    provisional: !state.newDueAt && calendar.isProvisional(runStart, originalDueAt),
    running,
    pausedWorkingMinutes: state.pausedMinutes,
  };
}
