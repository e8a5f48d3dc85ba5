import fc from 'fast-check';
import { defaultWorkingCalendar } from './default-calendar';
import { type Duration, computeDueDate } from './due-date';

/** Property tests on the default calendar, over 2023–2028 (confirmed years and statute-only years). */
const calendar = defaultWorkingCalendar();
const FIRST = Date.parse('2023-01-01T00:00:00+07:00');
const LAST = Date.parse('2028-12-31T23:59:00+07:00');
const MINUTE = 60_000;
const DAY = 86_400_000;

/** Instants at minute precision, plus a share exactly on period boundaries and midnights. */
const instant = fc.oneof(
  fc.integer({ min: FIRST / MINUTE, max: LAST / MINUTE }).map((m) => new Date(m * MINUTE)),
  fc
    .tuple(fc.integer({ min: 0, max: Math.floor((LAST - FIRST) / DAY) }), fc.constantFrom(0, 450, 690, 780, 900, 1020))
    .map(([day, minuteOfDay]) => new Date(FIRST + day * DAY + minuteOfDay * MINUTE)),
);
const minutes = fc.integer({ min: 0, max: 480 * 40 });
const duration: fc.Arbitrary<Duration> = fc.oneof(
  fc.record({
    value: fc.integer({ min: 1, max: 40 }),
    unit: fc.constant('working_days' as const),
    mode: fc.constantFrom('working_time' as const, 'end_of_day' as const),
  }),
  fc.record({ value: fc.integer({ min: 1, max: 120 }), unit: fc.constant('working_hours' as const) }),
  fc.record({ value: fc.integer({ min: 1, max: 60 }), unit: fc.constant('calendar_days' as const) }),
  fc.record({ value: fc.constant(0), unit: fc.constant('same_day' as const) }),
  fc.record({ value: fc.integer({ min: 1, max: 80 }).map((n) => n / 4), unit: fc.constant('working_days' as const) }),
);
const runs = { numRuns: 2000 };

const localYear = (d: Date) => new Date(d.getTime() + 7 * 3_600_000).getUTCFullYear();
const isClosingInstant = (d: Date) => calendar.isWorkingDay(d) && calendar.closeOfBusiness(d).getTime() === d.getTime();
const isDayBased = (d: Duration) => d.unit === 'calendar_days' || d.unit === 'same_day' || d.mode === 'end_of_day';

describe('working time arithmetic (properties)', () => {
  it('lands on a working instant of a working day, never at the start of a period', () => {
    fc.assert(
      fc.property(instant, fc.integer({ min: 1, max: 480 * 40 }), (from, x) => {
        const result = calendar.addWorkingMinutes(from, x);
        expect(calendar.isWorkingDay(result)).toBe(true);
        expect(calendar.isWorkingInstant(result)).toBe(true);
        expect(calendar.workingMinutesBetween(from, new Date(result.getTime() - MINUTE))).toBe(x - 1);
      }),
      runs,
    );
  });

  it('adding a then b equals adding a + b', () => {
    fc.assert(
      fc.property(instant, minutes, minutes, (from, a, b) => {
        const stepwise = calendar.addWorkingMinutes(calendar.addWorkingMinutes(from, a), b);
        expect(stepwise).toEqual(calendar.addWorkingMinutes(from, a + b));
      }),
      runs,
    );
  });

  it('workingMinutesBetween(from, addWorkingMinutes(from, x)) = x', () => {
    fc.assert(
      fc.property(instant, minutes, (from, x) => {
        expect(calendar.workingMinutesBetween(from, calendar.addWorkingMinutes(from, x))).toBe(x);
      }),
      runs,
    );
  });

  it('workingMinutesBetween is additive and antisymmetric', () => {
    fc.assert(
      fc.property(instant, instant, instant, (a, b, c) => {
        const ab = calendar.workingMinutesBetween(a, b);
        expect(ab + calendar.workingMinutesBetween(b, c)).toBe(calendar.workingMinutesBetween(a, c));
        expect(calendar.workingMinutesBetween(b, a) + ab).toBe(0);
      }),
      runs,
    );
  });

  it('half a working day twice is one working day', () => {
    fc.assert(
      fc.property(instant, (from) => {
        const half = { value: 0.5, unit: 'working_days' as const };
        const twice = computeDueDate(calendar, computeDueDate(calendar, from, half).dueAt, half).dueAt;
        expect(twice).toEqual(computeDueDate(calendar, from, { value: 1, unit: 'working_days' }).dueAt);
      }),
      runs,
    );
  });
});

describe('computeDueDate (properties)', () => {
  it('is after the receipt, on a working day, at a working instant (or close of business for day units)', () => {
    fc.assert(
      fc.property(instant, duration, (from, d) => {
        const { dueAt } = computeDueDate(calendar, from, d);
        expect(dueAt.getTime()).toBeGreaterThan(from.getTime());
        expect(calendar.isWorkingDay(dueAt)).toBe(true);
        if (isDayBased(d)) expect(isClosingInstant(dueAt)).toBe(true);
        else expect(calendar.isWorkingInstant(dueAt)).toBe(true);
      }),
      runs,
    );
  });

  it('never falls on a day off, a Sunday, or a Saturday that is not a make-up day', () => {
    fc.assert(
      fc.property(instant, duration, (from, d) => {
        const [row] = calendar.describeDays(...twice(computeDueDate(calendar, from, d).dueAt));
        expect(row.working).toBe(true);
        expect(['Ngày làm việc', 'Làm bù']).toContain(row.reason);
      }),
      runs,
    );
  });

  it('is monotone in the receipt instant', () => {
    fc.assert(
      fc.property(instant, instant, duration, (a, b, d) => {
        const [early, late] = a <= b ? [a, b] : [b, a];
        const dueEarly = computeDueDate(calendar, early, d).dueAt.getTime();
        expect(dueEarly).toBeLessThanOrEqual(computeDueDate(calendar, late, d).dueAt.getTime());
      }),
      runs,
    );
  });

  it('is monotone in the amount', () => {
    fc.assert(
      fc.property(instant, fc.integer({ min: 1, max: 40 }), fc.integer({ min: 1, max: 40 }), (from, m, n) => {
        for (const unit of ['working_days', 'working_hours', 'calendar_days'] as const) {
          const [low, high] = [Math.min(m, n), Math.max(m, n)];
          const dueLow = computeDueDate(calendar, from, { value: low, unit }).dueAt.getTime();
          expect(dueLow).toBeLessThanOrEqual(computeDueDate(calendar, from, { value: high, unit }).dueAt.getTime());
        }
      }),
      runs,
    );
  });

  it('is provisional exactly when the interval touches a year other than 2023–2026', () => {
    fc.assert(
      fc.property(instant, duration, (from, d) => {
        const { dueAt, provisional } = computeDueDate(calendar, from, d);
        const touchesUnconfirmed = localYear(from) < 2023 || localYear(dueAt) > 2026;
        expect(provisional).toBe(touchesUnconfirmed);
      }),
      runs,
    );
  });
});

function twice(date: Date): [string, string] {
  const iso = new Date(date.getTime() + 7 * 3_600_000).toISOString().slice(0, 10);
  return [iso, iso];
}
