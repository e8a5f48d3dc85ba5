import type { DaySchedule } from './day-schedule';
import { CalendarError } from './errors';
import { DAY_MS, UTC_OFFSET_MS, isoFromDay } from './local-time';

/**
 * Precomputed working time over a range of local days, so that both directions are O(1):
 * "working time elapsed at an instant" is a table lookup, and "instant at which an amount has
 * elapsed" jumps through a bucket table (buckets as long as the shortest working day, so at most
 * two steps follow). Amounts are integer milliseconds, so sums are exact.
 *
 * Days are day numbers (days since 1970-01-01, local time). Working days get an ordinal
 * 0, 1, 2, … in date order.
 */
export class WorkingTimeIndex {
  /** Working days before each day of the range (length: days + 1). */
  private readonly ordinalBefore: Int32Array;
  /** Day number of each working day, by ordinal. */
  private readonly workDays: Int32Array;
  /** Schedule of each working day, by ordinal. */
  private readonly workSchedules: DaySchedule[];
  /** Working ms before each working day, by ordinal (length: working days + 1). */
  private readonly cumulative: Float64Array;
  /** Length of a bucket: the shortest working day, in ms. */
  private readonly bucketMs: number;
  /** For bucket b, the first ordinal k whose end of work, cumulative[k + 1], reaches b × bucketMs. */
  private readonly bucketStart: Int32Array;

  constructor(
    readonly firstDay: number,
    readonly lastDay: number,
    scheduleOf: (day: number) => DaySchedule | null,
  ) {
    const length = lastDay - firstDay + 1;
    this.ordinalBefore = new Int32Array(length + 1);
    const days: number[] = [];
    this.workSchedules = [];
    for (let i = 0; i < length; i++) {
      const schedule = scheduleOf(firstDay + i);
      if (schedule && !schedule.isEmpty) {
        days.push(firstDay + i);
        this.workSchedules.push(schedule);
      }
      this.ordinalBefore[i + 1] = days.length;
    }
    this.workDays = Int32Array.from(days);
    this.cumulative = new Float64Array(days.length + 1);
    this.workSchedules.forEach((s, k) => (this.cumulative[k + 1] = this.cumulative[k] + s.totalMs));
    this.bucketMs = Math.min(...new Set(this.workSchedules.map((s) => s.totalMs)));
    this.bucketStart = this.buildBuckets();
  }

  private buildBuckets(): Int32Array {
    const count = this.workDays.length;
    const buckets = new Int32Array(count ? Math.floor(this.totalMs / this.bucketMs) + 1 : 0);
    let k = 0;
    for (let b = 0; b < buckets.length; b++) {
      while (this.cumulative[k + 1] < b * this.bucketMs) k++;
      buckets[b] = k;
    }
    return buckets;
  }

  get totalMs(): number {
    return this.cumulative[this.workDays.length];
  }

  private indexOf(day: number): number {
    if (Number.isNaN(day)) throw new CalendarError('CALENDAR_INVALID_DATE', 'Invalid Date');
    if (day < this.firstDay || day > this.lastDay) {
      const range = `${isoFromDay(this.firstDay)}..${isoFromDay(this.lastDay)}`;
      throw new CalendarError('CALENDAR_OUT_OF_RANGE', `${isoFromDay(day)} is outside the calendar range ${range}`);
    }
    return day - this.firstDay;
  }

  isWorkingDay(day: number): boolean {
    const i = this.indexOf(day);
    return this.ordinalBefore[i + 1] > this.ordinalBefore[i];
  }

  /** The working periods of a day, or null on a day off. */
  scheduleOf(day: number): DaySchedule | null {
    const i = this.indexOf(day);
    const ordinal = this.ordinalBefore[i];
    return this.ordinalBefore[i + 1] > ordinal ? this.workSchedules[ordinal] : null;
  }

  /** Working ms elapsed from the start of the range until the instant (epoch ms). */
  workedAt(ms: number): number {
    const local = ms + UTC_OFFSET_MS;
    const day = Math.floor(local / DAY_MS);
    const i = this.indexOf(day);
    const ordinal = this.ordinalBefore[i];
    const before = this.cumulative[ordinal];
    if (this.ordinalBefore[i + 1] === ordinal) return before;
    return before + this.workSchedules[ordinal].workedBefore(local - day * DAY_MS);
  }

  /** Earliest instant (epoch ms) at which `worked` ms have elapsed since the range start; worked > 0. */
  instantAtWorked(worked: number): number {
    if (worked > this.totalMs) {
      throw new CalendarError('CALENDAR_OUT_OF_RANGE', `Due date beyond the calendar range (ends ${isoFromDay(this.lastDay)})`);
    }
    // First ordinal k whose end of work, cumulative[k + 1], reaches `worked`.
    let k = this.bucketStart[Math.floor(worked / this.bucketMs)];
    while (this.cumulative[k + 1] < worked) k++;
    const timeOfDay = this.workSchedules[k].timeAfterWorked(worked - this.cumulative[k]);
    return this.workDays[k] * DAY_MS + timeOfDay - UTC_OFFSET_MS;
  }

  /** The n-th working day strictly after `day` (n ≥ 1). */
  nthWorkingDayAfter(day: number, n: number): number {
    return this.workingDayByOrdinal(this.ordinalBefore[this.indexOf(day) + 1] + n - 1);
  }

  /** `day` itself when it is a working day, otherwise the next working day. */
  workingDayOnOrAfter(day: number): number {
    return this.workingDayByOrdinal(this.ordinalBefore[this.indexOf(day)]);
  }

  private workingDayByOrdinal(ordinal: number): number {
    if (ordinal >= this.workDays.length) {
      throw new CalendarError('CALENDAR_OUT_OF_RANGE', `No working day known after ${isoFromDay(this.lastDay)}`);
    }
    return this.workDays[ordinal];
  }
}
