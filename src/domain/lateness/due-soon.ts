import type { WorkingCalendar } from '../calendar';

/** Where a pending deadline stands at an instant: the three queues of the lateness screen. */
export type DeadlineState = 'in_time' | 'due_soon' | 'overdue';

/** "Due soon" by default: within one working day of the due instant (the apology's own notice period). */
export const DEFAULT_DUE_SOON_WORKING_DAYS = 1;
/** Control-slip steps last hours, not days: their default window is two working hours. */
export const DEFAULT_STEP_DUE_SOON_WORKING_MINUTES = 120;

/**
 * The latest deadline that is "due soon" at `now`: the instant at which `windowMinutes` of the
 * calendar's working time have elapsed from now (counted from the next working period when now is
 * outside working hours). A deadline d is due soon when now ≤ d ≤ dueSoonUntil(now).
 */
export function dueSoonUntil(calendar: WorkingCalendar, now: Date, windowMinutes: number): Date {
  return calendar.addWorkingMinutes(now, windowMinutes);
}

/** Overdue strictly after the deadline (DOMAIN.md §6: pending is "trong hạn" while now ≤ due). */
export function deadlineState(calendar: WorkingCalendar, now: Date, deadline: Date, windowMinutes: number): DeadlineState {
  if (now.getTime() > deadline.getTime()) return 'overdue';
  return deadline.getTime() <= dueSoonUntil(calendar, now, windowMinutes).getTime() ? 'due_soon' : 'in_time';
}

/** The dossier window in working minutes: working days × the calendar's daily working time. */
export function workingDaysToMinutes(calendar: WorkingCalendar, days: number): number {
  return Math.round(days * calendar.dailyWorkingMinutes);
}
