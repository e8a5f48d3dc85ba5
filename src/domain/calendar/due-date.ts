import { CalendarError } from './errors';
import { localDayOf, localMsOfDay } from './local-time';
import type { WorkingCalendar } from './working-calendar';

export type DurationUnit = 'working_days' | 'working_hours' | 'calendar_days' | 'same_day';
export type DueDateMode = 'working_time' | 'end_of_day';

/** A procedure's legal time (thời hạn giải quyết): a value and a unit, plus how working days count. */
export interface Duration {
  value: number;
  unit: DurationUnit;
  /** For working_days only; default 'working_time'. Working hours always count as working time. */
  mode?: DueDateMode;
}

export interface DueDate {
  dueAt: Date;
  /** The interval from → dueAt touches a year whose days off are not confirmed. */
  provisional: boolean;
}

/**
 * The due instant of a dossier received at `from` (API.md "Calendar and due dates"):
 * - working_time (and working_hours): the earliest instant at which the working time elapsed
 *   since `from` equals the amount; 1 working day = the calendar's daily working minutes;
 *   fractions are allowed (0.5 working day = half a day of working time).
 * - end_of_day: close of business of the n-th working day after the day of `from`.
 * - calendar_days: close of business of the n-th calendar day after the day of `from`, or of the
 *   next working day when that day is not one (Civil Code 2015 Art. 148(5)).
 * - same_day: close of business of the day of `from` when it is a working day and `from` is before
 *   the cut-off (and before closing time); otherwise close of business of the next working day.
 * Day counts in end_of_day and calendar_days are rounded up (1.5 → 2) and must be ≥ 1.
 * With the agency option cutoffStartsNextDay, working_days count from the next working day's
 * opening for a receipt at or after the cut-off (off by default).
 */
export function computeDueDate(calendar: WorkingCalendar, from: Date, duration: Duration): DueDate {
  const dueAt = dueInstant(calendar, from, duration);
  return { dueAt, provisional: calendar.isProvisional(from, dueAt) };
}

export function dueInstant(calendar: WorkingCalendar, from: Date, duration: Duration): Date {
  if (Number.isNaN(from.getTime())) throw new CalendarError('CALENDAR_INVALID_DATE', 'Invalid receipt instant');
  const { value, unit, mode = 'working_time' } = duration;
  if (unit === 'same_day') return sameDay(calendar, from);
  if (!Number.isFinite(value) || value < 0) {
    throw new CalendarError('CALENDAR_INVALID_DURATION', `Duration must be a finite number ≥ 0, got ${value}`);
  }
  switch (unit) {
    case 'working_hours':
      return calendar.addWorkingMinutes(from, value * 60);
    case 'working_days': {
      const start = countingStart(calendar, from);
      return mode === 'end_of_day'
        ? endOfNthWorkingDay(calendar, start, wholeDays(value))
        : calendar.addWorkingMinutes(start, value * calendar.dailyWorkingMinutes);
    }
    case 'calendar_days':
      return endOfNthCalendarDay(calendar, from, wholeDays(value));
    default:
      throw new CalendarError('CALENDAR_INVALID_DURATION', `Unknown duration unit "${String(unit)}"`);
  }
}

/** With the agency's cut-off option on, a receipt at or after the cut-off of a working day counts from the next working day's opening. */
function countingStart(calendar: WorkingCalendar, from: Date): Date {
  if (!calendar.cutoffStartsNextDay) return from;
  const day = localDayOf(from);
  if (!calendar.index.isWorkingDay(day) || localMsOfDay(from.getTime()) < calendar.cutoffMs) return from;
  return calendar.openingOf(calendar.nextWorkingDay(from));
}

function wholeDays(value: number): number {
  const days = Math.ceil(value);
  if (days < 1) throw new CalendarError('CALENDAR_INVALID_DURATION', `A day count must be ≥ 1, got ${value}`);
  return days;
}

function endOfNthWorkingDay(calendar: WorkingCalendar, from: Date, n: number): Date {
  return calendar.closeOfDay(calendar.index.nthWorkingDayAfter(localDayOf(from), n));
}

function endOfNthCalendarDay(calendar: WorkingCalendar, from: Date, n: number): Date {
  return calendar.closeOfDay(calendar.index.workingDayOnOrAfter(localDayOf(from) + n));
}

function sameDay(calendar: WorkingCalendar, from: Date): Date {
  const day = localDayOf(from);
  const schedule = calendar.index.scheduleOf(day);
  const timeOfDay = localMsOfDay(from.getTime());
  if (schedule && timeOfDay < Math.min(calendar.cutoffMs, schedule.closeMs)) return calendar.closeOfDay(day);
  return calendar.closeOfDay(calendar.index.nthWorkingDayAfter(day, 1));
}
