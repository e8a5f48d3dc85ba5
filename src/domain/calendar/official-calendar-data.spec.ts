import { OFFICIAL_CALENDAR_YEARS } from './official-calendar-data';

const weekday = (iso: string) => new Date(`${iso}T00:00:00Z`).getUTCDay();

describe('official calendar data 2023–2026', () => {
  const years = Object.entries(OFFICIAL_CALENDAR_YEARS);

  it('holds the four announced years with their sources', () => {
    expect(years.map(([year]) => Number(year))).toEqual([2023, 2024, 2025, 2026]);
    for (const [, entry] of years) expect(entry.source.length).toBeGreaterThan(20);
  });

  it.each(years)('%s: days off are weekdays of the year, make-up days are Saturdays', (year, entry) => {
    for (const date of entry.daysOff) {
      expect(date.startsWith(year)).toBe(true);
      expect([0, 6]).not.toContain(weekday(date));
    }
    for (const date of entry.workingSaturdays) expect(weekday(date)).toBe(6);
  });

  it.each(years)('%s: every day off lies in a named period', (_year, entry) => {
    for (const date of entry.daysOff) {
      expect(entry.periods.some((p) => p.from <= date && date <= p.to)).toBe(true);
    }
  });

  it('has the 2024–2026 swaps and nghỉ bù', () => {
    expect(OFFICIAL_CALENDAR_YEARS[2024].workingSaturdays).toEqual(['2024-05-04']);
    expect(OFFICIAL_CALENDAR_YEARS[2025].workingSaturdays).toEqual(['2025-04-26']);
    expect(OFFICIAL_CALENDAR_YEARS[2026].workingSaturdays).toEqual(['2026-01-10', '2026-08-22']);
    expect(OFFICIAL_CALENDAR_YEARS[2026].daysOff).toContain('2026-04-27');
  });
});
