import fc from 'fast-check';
import { defaultWorkingCalendar } from './default-calendar';
import { type Duration, computeDueDate } from './due-date';
import { OFFICIAL_CALENDAR_YEARS } from './official-calendar-data';
import { statutoryDaysOff } from './statutory-days-off';

/**
 * A deliberately naive reference: walks day by day with ISO strings and Date objects, straight
 * from the raw data, and must agree with the indexed engine on random inputs.
 */
const OFFSET = 7 * 3_600_000;
const DAY = 86_400_000;
const MINUTE = 60_000;
const PERIODS: [number, number][] = [[450, 690], [780, 1020]]; // 07:30–11:30, 13:00–17:00 in minutes

const daysOff = new Set<string>();
const makeUp = new Set<string>();
for (let year = 2015; year <= 2045; year++) {
  const official = OFFICIAL_CALENDAR_YEARS[year];
  (official ? official.daysOff : statutoryDaysOff(year).daysOff).forEach((d) => daysOff.add(d));
  (official?.workingSaturdays ?? []).forEach((d) => makeUp.add(d));
}

const isoOf = (midnight: number) => new Date(midnight + OFFSET).toISOString().slice(0, 10);
const midnightOf = (ms: number) => Math.floor((ms + OFFSET) / DAY) * DAY - OFFSET;

function periodsOn(midnight: number): [number, number][] {
  const iso = isoOf(midnight);
  const weekday = new Date(`${iso}T00:00:00Z`).getUTCDay();
  if (makeUp.has(iso)) return PERIODS;
  if (daysOff.has(iso) || weekday === 0 || weekday === 6) return [];
  return PERIODS;
}

const closeOf = (midnight: number) => new Date(midnight + 1020 * MINUTE);

function naiveAdd(from: Date, minutes: number): Date {
  if (minutes === 0) return from;
  let remaining = minutes * MINUTE;
  for (let midnight = midnightOf(from.getTime()); ; midnight += DAY) {
    for (const [start, end] of periodsOn(midnight)) {
      const begin = Math.max(midnight + start * MINUTE, from.getTime());
      const length = midnight + end * MINUTE - begin;
      if (length <= 0) continue;
      if (remaining <= length) return new Date(begin + remaining);
      remaining -= length;
    }
  }
}

function naiveBetween(a: Date, b: Date): number {
  let total = 0;
  for (let midnight = midnightOf(a.getTime()); midnight <= b.getTime(); midnight += DAY) {
    for (const [start, end] of periodsOn(midnight)) {
      const begin = Math.max(midnight + start * MINUTE, a.getTime());
      const finish = Math.min(midnight + end * MINUTE, b.getTime());
      if (finish > begin) total += finish - begin;
    }
  }
  return total / MINUTE;
}

function naiveDue(from: Date, d: Duration): Date {
  const day = midnightOf(from.getTime());
  const working = (midnight: number) => periodsOn(midnight).length > 0;
  let midnight = day;
  switch (d.unit) {
    case 'working_hours':
      return naiveAdd(from, d.value * 60);
    case 'working_days':
      if (d.mode !== 'end_of_day') return naiveAdd(from, d.value * 480);
      for (let n = 0; n < d.value; ) if (working((midnight += DAY))) n++;
      return closeOf(midnight);
    case 'calendar_days':
      midnight += d.value * DAY;
      while (!working(midnight)) midnight += DAY;
      return closeOf(midnight);
    case 'same_day':
      if (working(day) && from.getTime() < day + 900 * MINUTE) return closeOf(day);
      do midnight += DAY;
      while (!working(midnight));
      return closeOf(midnight);
  }
}

const calendar = defaultWorkingCalendar();
const FIRST = Date.parse('2015-01-01T00:00:00+07:00') / MINUTE;
const LAST = Date.parse('2045-06-30T00:00:00+07:00') / MINUTE;
const instant = fc.integer({ min: FIRST, max: LAST }).map((m) => new Date(m * MINUTE));
const duration: fc.Arbitrary<Duration> = fc.oneof(
  fc.record({ value: fc.integer({ min: 0, max: 60 }), unit: fc.constant('working_days' as const) }),
  fc.record({
    value: fc.integer({ min: 1, max: 60 }),
    unit: fc.constant('working_days' as const),
    mode: fc.constant('end_of_day' as const),
  }),
  fc.record({ value: fc.integer({ min: 0, max: 200 }).map((n) => n / 2), unit: fc.constant('working_hours' as const) }),
  fc.record({ value: fc.integer({ min: 1, max: 90 }), unit: fc.constant('calendar_days' as const) }),
  fc.record({ value: fc.constant(0), unit: fc.constant('same_day' as const) }),
);

describe('engine vs a naive day-by-day reference, 2015–2045', () => {
  it('gives the same due dates', () => {
    fc.assert(
      fc.property(instant, duration, (from, d) => {
        expect(computeDueDate(calendar, from, d).dueAt).toEqual(naiveDue(from, d));
      }),
      { numRuns: 5000 },
    );
  });

  it('measures the same working time between two instants', () => {
    fc.assert(
      fc.property(instant, fc.integer({ min: 0, max: 90 * 24 * 60 }), (a, span) => {
        const b = new Date(a.getTime() + span * MINUTE);
        expect(calendar.workingMinutesBetween(a, b)).toBe(naiveBetween(a, b));
      }),
      { numRuns: 3000 },
    );
  });

  it('agrees on every day of 2015–2045 about working or not', () => {
    const rows = calendar.describeDays('2015-01-01', '2045-12-31');
    expect(rows).toHaveLength(11_323) // 31 years, 8 of them leap;
    const midnight0 = Date.parse('2015-01-01T00:00:00+07:00');
    rows.forEach((row, i) => expect([row.date, row.working]).toEqual([row.date, periodsOn(midnight0 + i * DAY).length > 0]));
  });
});
