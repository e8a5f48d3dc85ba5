import { yearOfDay } from './local-time';

/**
 * Answers "does the span between two local days touch a year whose days off are not confirmed?"
 * in O(1): per day, whether its year is unconfirmed, and how many unconfirmed years have begun.
 */
export class ProvisionalIndex {
  private readonly unconfirmedDay: Uint8Array;
  private readonly unconfirmedStarted: Uint16Array;

  constructor(
    private readonly firstDay: number,
    private readonly lastDay: number,
    private readonly isConfirmed: (year: number) => boolean,
  ) {
    const length = lastDay - firstDay + 1;
    this.unconfirmedDay = new Uint8Array(length);
    this.unconfirmedStarted = new Uint16Array(length);
    let started = 0;
    let year = NaN;
    for (let i = 0; i < length; i++) {
      const dayYear = yearOfDay(firstDay + i);
      const unconfirmed = !isConfirmed(dayYear);
      if (dayYear !== year && unconfirmed) started++;
      year = dayYear;
      this.unconfirmedDay[i] = unconfirmed ? 1 : 0;
      this.unconfirmedStarted[i] = started;
    }
  }

  touchesUnconfirmed(dayA: number, dayB: number): boolean {
    const [from, to] = dayA <= dayB ? [dayA, dayB] : [dayB, dayA];
    if (from < this.firstDay || to > this.lastDay) return this.slowCheck(from, to);
    const i = from - this.firstDay;
    const j = to - this.firstDay;
    return this.unconfirmedDay[i] === 1 || this.unconfirmedStarted[j] !== this.unconfirmedStarted[i];
  }

  private slowCheck(from: number, to: number): boolean {
    for (let year = yearOfDay(from); year <= yearOfDay(to); year++) if (!this.isConfirmed(year)) return true;
    return false;
  }
}
