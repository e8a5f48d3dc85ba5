import fc from 'fast-check';
import { dayFromIso, instantOf, isoFromDay, localDayOf, localMsOfDay, parseClock, toDay, weekdayOfDay, yearOfDay } from './local-time';

describe('local time (fixed UTC+7)', () => {
  it('puts 17:00Z on the next local day', () => {
    expect(isoFromDay(localDayOf(new Date('2026-02-13T16:59:59.999Z')))).toBe('2026-02-13');
    expect(isoFromDay(localDayOf(new Date('2026-02-13T17:00:00Z')))).toBe('2026-02-14');
    expect(localMsOfDay(Date.parse('2026-02-13T17:30:00Z'))).toBe(30 * 60_000);
    expect(instantOf(dayFromIso('2026-02-14'), 8 * 3_600_000)).toEqual(new Date('2026-02-14T01:00:00Z'));
  });

  it('parses strict dates and clock times', () => {
    expect(toDay('1970-01-01')).toBe(0);
    expect(() => dayFromIso('2026-02-29')).toThrow('No such date');
    expect(() => dayFromIso('2026-2-3')).toThrow('Not a YYYY-MM-DD date');
    expect(() => toDay(new Date(Number.NaN))).toThrow('Invalid Date');
    expect(parseClock('07:30')).toBe(450 * 60_000);
    expect(parseClock('24:00')).toBe(86_400_000);
    expect(() => parseClock('12:60')).toThrow();
  });

  it('knows weekdays and years of day numbers, without the host time zone', () => {
    expect(weekdayOfDay(dayFromIso('2026-02-14'))).toBe(6);
    expect(weekdayOfDay(dayFromIso('1969-12-28'))).toBe(0);
    fc.assert(
      fc.property(fc.integer({ min: -200_000, max: 200_000 }), (day) => {
        const date = new Date(day * 86_400_000);
        expect(yearOfDay(day)).toBe(date.getUTCFullYear());
        expect(weekdayOfDay(day)).toBe(date.getUTCDay());
        expect(dayFromIso(isoFromDay(day))).toBe(day);
      }),
      { numRuns: 2000 },
    );
  });
});
