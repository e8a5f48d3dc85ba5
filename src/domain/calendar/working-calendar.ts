import type { CalendarDefinition } from './calendar-types';
import { type ResolvedYears, resolveYears } from './calendar-years';
import { DaySchedule } from './day-schedule';
import { describeDay, type DayDescription } from './day-description';
import { CalendarError } from './errors';
import {
  type DateInput,
  MINUTE_MS,
  dayFromIso,
  dayFromParts,
  instantOf,
  isoFromDay,
  localDayOf,
  localMsOfDay,
  parseClock,
  toDay,
  weekdayOfDay,
  yearOfDay,
} from './local-time';
import { ProvisionalIndex } from './provisional-index';
import { WorkingTimeIndex } from './working-time-index';

/** Years covered by the precomputed index; instants outside raise CALENDAR_OUT_OF_RANGE. */
export interface CalendarRange {
  firstYear: number;
  lastYear: number;
}

/** Any year 2000–2100 is computed (years beyond the announced data from the statute, provisional). */
export const DEFAULT_CALENDAR_RANGE: CalendarRange = { firstYear: 2000, lastYear: 2100 };
export const DEFAULT_CUTOFF = '15:00';

/**
 * Working days and hours of an agency, in Asia/Ho_Chi_Minh local time (UTC+7). Immutable; build a
 * new one when the definition changes. Dates in and out are 'YYYY-MM-DD' (an instant is also
 * accepted and means its local date); instants are Dates.
 */
export class WorkingCalendar {
  /** Day-number level access (days since 1970-01-01 local) for the due-date code; not for callers. */
  readonly index: WorkingTimeIndex;
  /** Working minutes of a regular weekday: the length of "1 working day". */
  readonly dailyWorkingMinutes: number;
  readonly cutoff: string;
  readonly cutoffMs: number;
  readonly cutoffStartsNextDay: boolean;
  readonly range: CalendarRange;
  private readonly years: ResolvedYears;
  private readonly provisional: ProvisionalIndex;

  private constructor(definition: CalendarDefinition, range: CalendarRange) {
    const weekday = new DaySchedule(definition.weekdayPeriods);
    const saturday = new DaySchedule(definition.saturdayPeriods ?? []);
    if (weekday.isEmpty) throw new CalendarError('CALENDAR_INVALID_DEFINITION', 'No weekday working periods');
    if (!(range.firstYear <= range.lastYear)) throw new CalendarError('CALENDAR_INVALID_DEFINITION', 'Empty calendar range');
    this.range = { ...range };
    this.cutoff = definition.cutoff ?? DEFAULT_CUTOFF;
    this.cutoffMs = parseClock(this.cutoff);
    this.cutoffStartsNextDay = definition.cutoffStartsNextDay === true;
    this.dailyWorkingMinutes = weekday.totalMinutes;
    this.years = resolveYears(definition.years, range.firstYear, range.lastYear);
    const first = dayFromParts(range.firstYear, 1, 1);
    const last = dayFromParts(range.lastYear + 1, 1, 1) - 1;
    this.index = new WorkingTimeIndex(first, last, (day) => this.scheduleFor(day, weekday, saturday));
    this.provisional = new ProvisionalIndex(first, last, (year) => this.isYearConfirmed(year));
  }

  static create(definition: CalendarDefinition, range: CalendarRange = DEFAULT_CALENDAR_RANGE): WorkingCalendar {
    return new WorkingCalendar(definition, range);
  }

  private scheduleFor(day: number, weekday: DaySchedule, saturday: DaySchedule): DaySchedule | null {
    if (this.years.makeUpDays.has(day)) return weekday;
    if (this.years.daysOff.has(day)) return null;
    const dayOfWeek = weekdayOfDay(day);
    if (dayOfWeek === 0) return null;
    return dayOfWeek === 6 ? saturday : weekday;
  }

  isWorkingDay(date: DateInput): boolean {
    return this.index.isWorkingDay(toDay(date));
  }

  /** True when the instant lies in a working period of a working day (period ends included). */
  isWorkingInstant(at: Date): boolean {
    const schedule = this.index.scheduleOf(localDayOf(at));
    return schedule !== null && schedule.contains(localMsOfDay(at.getTime()));
  }

  /**
   * The earliest instant at which `minutes` of working time have elapsed since `from`. From an
   * instant outside working hours the count starts at the next working period; 0 returns `from`.
   */
  addWorkingMinutes(from: Date, minutes: number): Date {
    if (!Number.isFinite(minutes) || minutes < 0) {
      throw new CalendarError('CALENDAR_INVALID_DURATION', `Working minutes must be a finite number ≥ 0, got ${minutes}`);
    }
    const amount = Math.round(minutes * MINUTE_MS);
    if (amount === 0) return new Date(from.getTime());
    return new Date(this.index.instantAtWorked(this.index.workedAt(from.getTime()) + amount));
  }

  /** Working minutes elapsed from `a` to `b`; negative when `b` is before `a`. */
  workingMinutesBetween(a: Date, b: Date): number {
    return (this.index.workedAt(b.getTime()) - this.index.workedAt(a.getTime())) / MINUTE_MS;
  }

  /** The first working day strictly after the date. */
  nextWorkingDay(date: DateInput): string {
    return isoFromDay(this.index.nthWorkingDayAfter(toDay(date), 1));
  }

  /** The n-th working day strictly after the date (n ≥ 1). */
  nthWorkingDayAfter(date: DateInput, n: number): string {
    if (!Number.isInteger(n) || n < 1) throw new CalendarError('CALENDAR_INVALID_DURATION', `n must be an integer ≥ 1, got ${n}`);
    return isoFromDay(this.index.nthWorkingDayAfter(toDay(date), n));
  }

  /** The date itself when it is a working day, otherwise the next working day. */
  workingDayOnOrAfter(date: DateInput): string {
    return isoFromDay(this.index.workingDayOnOrAfter(toDay(date)));
  }

  /** End of the last working period of a working day; throws on a day off. */
  closeOfBusiness(date: DateInput): Date {
    return this.closeOfDay(toDay(date));
  }

  /** closeOfBusiness for a day number (days since 1970-01-01, local). */
  closeOfDay(day: number): Date {
    const schedule = this.index.scheduleOf(day);
    if (!schedule) throw new CalendarError('CALENDAR_NOT_A_WORKING_DAY', `${isoFromDay(day)} is not a working day`);
    return instantOf(day, schedule.closeMs);
  }

  /** The opening instant of a working day; throws on a day off. */
  openingOf(date: DateInput): Date {
    const day = toDay(date);
    const schedule = this.index.scheduleOf(day);
    if (!schedule) throw new CalendarError('CALENDAR_NOT_A_WORKING_DAY', `${isoFromDay(day)} is not a working day`);
    return instantOf(day, schedule.openMs);
  }

  /** The cut-off instant (default 15:00 local) of a date. */
  cutoffOf(date: DateInput): Date {
    return instantOf(toDay(date), this.cutoffMs);
  }

  /** One row per date from `from` to `to` inclusive, with the reason in Vietnamese. */
  describeDays(from: string, to: string): DayDescription[] {
    const rows: DayDescription[] = [];
    const last = dayFromIso(to);
    for (let day = dayFromIso(from); day <= last; day++) {
      rows.push(describeDay(day, this.index.isWorkingDay(day), this.years));
    }
    return rows;
  }

  /** False for a year filled from the statute (or outside the range). */
  isYearConfirmed(year: number): boolean {
    return this.years.confirmed.get(year) === true;
  }

  /** The unconfirmed years that the interval between two instants touches (local dates). */
  unconfirmedYears(a: Date, b: Date): number[] {
    const [first, last] = [yearOfDay(localDayOf(a)), yearOfDay(localDayOf(b))].sort((x, y) => x - y);
    const years: number[] = [];
    for (let year = first; year <= last; year++) if (!this.isYearConfirmed(year)) years.push(year);
    return years;
  }

  /** True when the interval touches a year whose days off are not confirmed. */
  isProvisional(a: Date, b: Date): boolean {
    return this.provisional.touchesUnconfirmed(localDayOf(a), localDayOf(b));
  }
}
