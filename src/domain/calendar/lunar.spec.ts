import fc from 'fast-check';
import { jdFromDate, jdToDate, lunarToSolar, solarToLunar } from './lunar';

/** Copied from shared/data/vn-civil-service-calendar.json `lunar_reference`: Tết (1/1) and Giỗ Tổ (10/3). */
const LUNAR_REFERENCE: Record<number, { tet: string; hungKings: string }> = {
  2020: { tet: '2020-01-25', hungKings: '2020-04-02' },
  2021: { tet: '2021-02-12', hungKings: '2021-04-21' },
  2022: { tet: '2022-02-01', hungKings: '2022-04-10' },
  2023: { tet: '2023-01-22', hungKings: '2023-04-29' },
  2024: { tet: '2024-02-10', hungKings: '2024-04-18' },
  2025: { tet: '2025-01-29', hungKings: '2025-04-07' },
  2026: { tet: '2026-02-17', hungKings: '2026-04-26' },
  2027: { tet: '2027-02-06', hungKings: '2027-04-16' },
  2028: { tet: '2028-01-26', hungKings: '2028-04-04' },
  2029: { tet: '2029-02-13', hungKings: '2029-04-23' },
  2030: { tet: '2030-02-02', hungKings: '2030-04-12' },
  2031: { tet: '2031-01-23', hungKings: '2031-04-01' },
  2032: { tet: '2032-02-11', hungKings: '2032-04-19' },
  2033: { tet: '2033-01-31', hungKings: '2033-04-09' },
  2034: { tet: '2034-02-19', hungKings: '2034-04-28' },
  2035: { tet: '2035-02-08', hungKings: '2035-04-17' },
};

const iso = (d: { year: number; month: number; day: number }) =>
  `${d.year}-${String(d.month).padStart(2, '0')}-${String(d.day).padStart(2, '0')}`;

describe('lunar calendar (Hồ Ngọc Đức, UTC+7)', () => {
  it.each(Object.entries(LUNAR_REFERENCE))('finds Tết and Giỗ Tổ of %s', (year, expected) => {
    expect(iso(lunarToSolar(1, 1, Number(year), false))).toBe(expected.tet);
    expect(iso(lunarToSolar(10, 3, Number(year), false))).toBe(expected.hungKings);
  });

  it('puts Tết 2030 on 2 February at UTC+7, where the UTC+8 (Chinese) calendar says 3 February', () => {
    expect(iso(lunarToSolar(1, 1, 2030))).toBe('2030-02-02');
    expect(iso(lunarToSolar(1, 1, 2030, false, 8))).toBe('2030-02-03');
    expect(solarToLunar(2, 2, 2030)).toEqual({ year: 2030, month: 1, day: 1, leap: false });
    expect(solarToLunar(2, 2, 2030, 8)).toEqual({ year: 2029, month: 12, day: 30, leap: false });
  });

  it('knows the leap months of 2020 (4), 2023 (2) and 2025 (6)', () => {
    expect(solarToLunar(23, 5, 2020)).toEqual({ year: 2020, month: 4, day: 1, leap: true });
    expect(solarToLunar(22, 3, 2023)).toEqual({ year: 2023, month: 2, day: 1, leap: true });
    expect(solarToLunar(25, 7, 2025)).toEqual({ year: 2025, month: 6, day: 1, leap: true });
    expect(iso(lunarToSolar(1, 2, 2023, true))).toBe('2023-03-22');
    expect(iso(lunarToSolar(1, 3, 2023))).toBe('2023-04-20');
  });

  it('rejects a leap month the year does not have', () => {
    expect(() => lunarToSolar(1, 3, 2023, true)).toThrow(RangeError);
    expect(() => lunarToSolar(1, 1, 2024, true)).toThrow(RangeError);
  });

  it('gives the lunar new year eve (30 or 29/12) as the day before Tết', () => {
    expect(solarToLunar(16, 2, 2026)).toEqual({ year: 2025, month: 12, day: 29, leap: false });
    expect(solarToLunar(9, 2, 2024)).toEqual({ year: 2023, month: 12, day: 30, leap: false });
  });

  it('converts Julian day numbers both ways', () => {
    expect(jdFromDate(1, 1, 2000)).toBe(2451545);
    expect(jdToDate(2451545)).toEqual({ year: 2000, month: 1, day: 1 });
    expect(jdToDate(jdFromDate(4, 10, 1582) + 1)).toEqual({ year: 1582, month: 10, day: 15 });
  });

  it('round-trips every solar date of 1900–2199 through the lunar calendar', () => {
    const first = Date.UTC(1900, 0, 1) / 86_400_000;
    const last = Date.UTC(2199, 11, 31) / 86_400_000;
    fc.assert(
      fc.property(fc.integer({ min: first, max: last }), (dayNumber) => {
        const date = new Date(dayNumber * 86_400_000);
        const solar = { year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() };
        const lunar = solarToLunar(solar.day, solar.month, solar.year);
        expect(lunarToSolar(lunar.day, lunar.month, lunar.year, lunar.leap)).toEqual(solar);
        expect(lunar.day).toBeGreaterThanOrEqual(1);
        expect(lunar.day).toBeLessThanOrEqual(30);
      }),
      { numRuns: 3000 },
    );
  });

  it('starts every lunar year on a day between 21 January and 20 February', () => {
    for (let year = 1950; year <= 2100; year++) {
      const tet = lunarToSolar(1, 1, year);
      const key = tet.month * 100 + tet.day;
      expect(key >= 121 && key <= 220).toBe(true);
    }
  });
});
