import type { WorkingPeriod } from './calendar-types';
import { CalendarError } from './errors';
import { MINUTE_MS, parseClock } from './local-time';

/**
 * The working periods of one kind of day, in milliseconds since local midnight, sorted and
 * disjoint, e.g. [07:30–11:30, 13:00–17:00].
 */
export class DaySchedule {
  private readonly starts: number[];
  private readonly ends: number[];
  /** Working milliseconds of the whole day. */
  readonly totalMs: number;

  constructor(periods: WorkingPeriod[]) {
    this.starts = periods.map((p) => parseClock(p.start));
    this.ends = periods.map((p) => parseClock(p.end));
    this.validate(periods);
    this.totalMs = this.starts.reduce((sum, start, i) => sum + this.ends[i] - start, 0);
  }

  private validate(periods: WorkingPeriod[]): void {
    this.starts.forEach((start, i) => {
      const previousEnd = i === 0 ? 0 : this.ends[i - 1];
      if (start >= this.ends[i] || start < previousEnd) {
        const text = periods.map((p) => `${p.start}-${p.end}`).join(', ');
        throw new CalendarError('CALENDAR_INVALID_DEFINITION', `Working periods must be sorted and disjoint: ${text}`);
      }
    });
  }

  get isEmpty(): boolean {
    return this.starts.length === 0;
  }

  get totalMinutes(): number {
    return this.totalMs / MINUTE_MS;
  }

  /** End of the last period (close of business), ms since midnight. */
  get closeMs(): number {
    return this.ends[this.ends.length - 1];
  }

  get openMs(): number {
    return this.starts[0];
  }

  /** Working milliseconds of the day elapsed at a time of day. */
  workedBefore(msOfDay: number): number {
    let worked = 0;
    for (let i = 0; i < this.starts.length && msOfDay > this.starts[i]; i++) {
      worked += Math.min(msOfDay, this.ends[i]) - this.starts[i];
    }
    return worked;
  }

  /** Earliest time of day at which `worked` (0 < worked ≤ totalMs) working ms have elapsed. */
  timeAfterWorked(worked: number): number {
    let remaining = worked;
    for (let i = 0; i < this.starts.length; i++) {
      const length = this.ends[i] - this.starts[i];
      if (remaining <= length) return this.starts[i] + remaining;
      remaining -= length;
    }
    return this.closeMs;
  }

  /** True when the time of day lies in a period, both ends included. */
  contains(msOfDay: number): boolean {
    return this.starts.some((start, i) => msOfDay >= start && msOfDay <= this.ends[i]);
  }
}
