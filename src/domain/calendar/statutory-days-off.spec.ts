import { statutoryCalendarYear } from './calendar-years';
import { OFFICIAL_CALENDAR_YEARS } from './official-calendar-data';
import { nationalDayNeighbour, statutoryDaysOff } from './statutory-days-off';

const weekday = (iso: string) => new Date(`${iso}T00:00:00Z`).getUTCDay();

describe('statutory days off (Labour Code 2019 Art. 111(3), 112)', () => {
  it('computes 2027 as in the reference note (1/5/2027 is a Saturday → Monday 3/5 off)', () => {
    // 1/1 Fri. Tết mùng 1 = Sat 6/2: eve Fri 5/2, Sat 6, Sun 7, Mon 8, Tue 9; the weekend two → Wed 10, Thu 11.
    // Giỗ Tổ Fri 16/4. 30/4 Fri; 1/5 Sat → Mon 3/5. 2/9 Thu → neighbour 3/9 Fri (break Thu–Sun).
    expect(statutoryDaysOff(2027).daysOff).toEqual([
      '2027-01-01',
      '2027-02-05', '2027-02-08', '2027-02-09', '2027-02-10', '2027-02-11',
      '2027-04-16',
      '2027-04-30', '2027-05-03',
      '2027-09-02', '2027-09-03',
    ]);
  });

  it('names the breaks like the announcements, weekends included', () => {
    expect(statutoryDaysOff(2027).periods).toEqual([
      { name: 'Tết Dương lịch', from: '2027-01-01', to: '2027-01-03' },
      { name: 'Tết Nguyên đán', from: '2027-02-05', to: '2027-02-11' },
      { name: 'Giỗ Tổ Hùng Vương', from: '2027-04-16', to: '2027-04-18' },
      { name: '30/4 + 1/5', from: '2027-04-30', to: '2027-05-03' },
      { name: 'Quốc khánh', from: '2027-09-02', to: '2027-09-05' },
    ]);
  });

  it('reproduces the announced 2022 calendar, which had no weekday swap', () => {
    // 1/1 Sat → 3/1; Tết 1/2 Tue: 31/1–4/2; Giỗ Tổ Sun 10/4 → 11/4; 30/4 Sat, 1/5 Sun → 2/5, 3/5; 1/9 + 2/9.
    expect(statutoryDaysOff(2022).daysOff).toEqual([
      '2022-01-03',
      '2022-01-31', '2022-02-01', '2022-02-02', '2022-02-03', '2022-02-04',
      '2022-04-11',
      '2022-05-02', '2022-05-03',
      '2022-09-01', '2022-09-02',
    ]);
  });

  it('agrees with the announced 2026 days that follow the statute (Tết 16–20/2, nghỉ bù 27/4, 30/4, 1/5)', () => {
    const computed = statutoryDaysOff(2026).daysOff;
    const announced = OFFICIAL_CALENDAR_YEARS[2026].daysOff;
    for (const date of ['2026-01-01', '2026-02-16', '2026-02-17', '2026-02-18', '2026-02-19', '2026-02-20',
      '2026-04-27', '2026-04-30', '2026-05-01', '2026-09-02']) {
      expect(computed).toContain(date);
      expect(announced).toContain(date);
    }
  });

  it('gives Tết as the eve plus lunar 1/1–4/1, with nghỉ bù for its weekend days', () => {
    // Tết 2024 = Sat 10/2: eve Fri 9/2, Sat 10, Sun 11, Mon 12, Tue 13 → weekend days moved to Wed 14, Thu 15.
    expect(statutoryDaysOff(2024).daysOff.filter((d) => d.startsWith('2024-02'))).toEqual([
      '2024-02-09', '2024-02-12', '2024-02-13', '2024-02-14', '2024-02-15',
    ]);
  });

  it('moves a Sunday 1/1 to Monday 2/1 (2023) and a Giỗ Tổ on Saturday past 30/4 and 1/5 (2023)', () => {
    // 2023: Giỗ Tổ Sat 29/4, 30/4 Sun, 1/5 Mon → nghỉ bù Tue 2/5 and Wed 3/5, as announced.
    const days = statutoryDaysOff(2023).daysOff;
    expect(days).toContain('2023-01-02');
    expect(days.filter((d) => d >= '2023-04-01' && d <= '2023-05-31')).toEqual(['2023-05-01', '2023-05-02', '2023-05-03']);
    expect(statutoryDaysOff(2023).periods).toContainEqual({
      name: 'Giỗ Tổ Hùng Vương + 30/4 + 1/5', from: '2023-04-29', to: '2023-05-03',
    });
  });

  it.each([
    [2024, 'Mon', 3], [2025, 'Tue', 1], [2026, 'Wed', 3], [2027, 'Thu', 3],
    [2022, 'Fri', 1], [2023, 'Sat', 1], [2029, 'Sun', 3],
  ])('picks the 2/9 neighbour of %i (2/9 on %s): %i/9', (year, _day, expected) => {
    expect(nationalDayNeighbour(year)).toBe(expected);
  });

  it('gives 11 distinct weekdays off every year 2000–2100, all inside the year', () => {
    for (let year = 2000; year <= 2100; year++) {
      const { daysOff } = statutoryDaysOff(year);
      expect(new Set(daysOff).size).toBe(11);
      for (const date of daysOff) {
        expect([0, 6]).not.toContain(weekday(date));
        expect(date.startsWith(String(year))).toBe(true);
      }
    }
  });

  it('marks a statute-only calendar year as not confirmed and without make-up days', () => {
    const year = statutoryCalendarYear(2030);
    expect(year.confirmed).toBe(false);
    expect(year.workingSaturdays).toEqual([]);
    expect(year.daysOff).toContain('2030-02-01'); // eve of Tết 2030 (2/2, a Saturday)
  });
});
