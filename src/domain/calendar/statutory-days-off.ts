import type { NamedPeriod } from './calendar-types';
import { dayFromParts, isoFromDay, weekdayOfDay } from './local-time';
import { lunarToSolar } from './lunar';

/**
 * Days off of civil servants (cán bộ, công chức, viên chức; Monday–Friday week) for a year with
 * no official announcement, from the Labour Code 2019 (Bộ luật Lao động):
 *
 * - Art. 112 holidays: 1/1 (Tết Dương lịch); Tết Nguyên đán (Tết Âm lịch) 5 days; Giỗ Tổ Hùng
 *   Vương 10/3 lunar; 30/4; 1/5; Quốc khánh 2/9 plus one adjacent day.
 * - Art. 111(3) nghỉ bù: a holiday on a weekly rest day (Saturday or Sunday for civil servants)
 *   gives the next working day off (the next weekday that is neither a holiday nor already given).
 *
 * The government picks some days each year; the defaults chosen here:
 * - Tết: the last day of the old lunar year (30/12, or 29/12 in a short month) and lunar 1/1–4/1,
 *   i.e. the eve plus the first four days. It matches 2026 (16–20/2) and the usual announcement
 *   shape "one day before, four after"; 2024 and 2025 put two days before.
 * - The 2/9 neighbour: 1/9 or 3/9, whichever gives the longer unbroken break (weekends and nghỉ bù
 *   included); on a tie the one falling on a weekday, then 3/9. By weekday of 2/9: Mon → 3/9
 *   (2024), Tue → 1/9 (2025), Wed → 3/9 (2020), Thu → 3/9 (2021, 2027), Fri → 1/9 (2022),
 *   Sat → 1/9 (2023), Sun → 3/9.
 * - Weekday swaps (hoán đổi, make-up Saturdays) are never guessed.
 */
export interface StatutoryYear {
  year: number;
  /** Weekdays off, sorted 'YYYY-MM-DD'. */
  daysOff: string[];
  /** Unbroken breaks (weekends included) around each holiday, named like the announcements. */
  periods: NamedPeriod[];
}

interface Holiday {
  day: number;
  name: string;
}

const TET = 'Tết Nguyên đán';
const NATIONAL_DAY = 'Quốc khánh';

function isWeekend(day: number): boolean {
  const weekday = weekdayOfDay(day);
  return weekday === 0 || weekday === 6;
}

function lunarDay(day: number, month: number, lunarYear: number): number {
  const solar = lunarToSolar(day, month, lunarYear);
  return dayFromParts(solar.year, solar.month, solar.day);
}

function nationalDayHolidays(year: number, neighbour: 1 | 3): Holiday[] {
  return [
    { day: dayFromParts(year, 9, 2), name: NATIONAL_DAY },
    { day: dayFromParts(year, 9, neighbour), name: NATIONAL_DAY },
  ];
}

function holidaysOf(year: number): Holiday[] {
  const tet = lunarDay(1, 1, year);
  const tetDays = [-1, 0, 1, 2, 3].map((offset) => ({ day: tet + offset, name: TET }));
  return [
    { day: dayFromParts(year, 1, 1), name: 'Tết Dương lịch' },
    ...tetDays,
    { day: lunarDay(10, 3, year), name: 'Giỗ Tổ Hùng Vương' },
    { day: dayFromParts(year, 4, 30), name: '30/4' },
    { day: dayFromParts(year, 5, 1), name: '1/5' },
    ...nationalDayHolidays(year, nationalDayNeighbour(year)),
  ].sort((a, b) => a.day - b.day);
}

/** Weekdays off (day → holiday name), holidays on a weekend moved to the next free weekday. */
function daysOffOf(holidays: Holiday[]): Map<number, string> {
  const holidayDays = new Set(holidays.map((h) => h.day));
  const off = new Map<number, string>();
  for (const h of holidays) if (!isWeekend(h.day)) off.set(h.day, h.name);
  for (const h of holidays.filter((x) => isWeekend(x.day))) {
    let day = h.day + 1;
    while (isWeekend(day) || holidayDays.has(day) || off.has(day)) day += 1;
    off.set(day, h.name);
  }
  return off;
}

/** The unbroken run of weekend days and days off around a day: [first, last]. */
function breakAround(day: number, off: Map<number, string>): [number, number] {
  const resting = (d: number) => isWeekend(d) || off.has(d);
  let first = day;
  let last = day;
  while (resting(first - 1)) first -= 1;
  while (resting(last + 1)) last += 1;
  return [first, last];
}

function breakLength(holidays: Holiday[]): number {
  const [first, last] = breakAround(holidays[0].day, daysOffOf(holidays));
  return last - first + 1;
}

/** The day of September (1 or 3) given off next to Quốc khánh, see the module comment. */
export function nationalDayNeighbour(year: number): 1 | 3 {
  const score = (neighbour: 1 | 3) =>
    breakLength(nationalDayHolidays(year, neighbour)) * 2 + (isWeekend(dayFromParts(year, 9, neighbour)) ? 0 : 1);
  return score(1) > score(3) ? 1 : 3;
}

function periodsOf(holidays: Holiday[], off: Map<number, string>): NamedPeriod[] {
  const breaks: { first: number; last: number; names: string[] }[] = [];
  const marked = [...holidays, ...[...off].map(([day, name]) => ({ day, name }))].sort((a, b) => a.day - b.day);
  for (const { day, name } of marked) {
    const [first, last] = breakAround(day, off);
    let current = breaks.find((b) => b.first === first);
    if (!current) breaks.push((current = { first, last, names: [] }));
    if (!current.names.includes(name)) current.names.push(name);
  }
  return breaks.map((b) => ({ name: b.names.join(' + '), from: isoFromDay(b.first), to: isoFromDay(b.last) }));
}

export function statutoryDaysOff(year: number): StatutoryYear {
  const holidays = holidaysOf(year);
  const off = daysOffOf(holidays);
  const daysOff = [...off.keys()].sort((a, b) => a - b).map(isoFromDay);
  return { year, daysOff, periods: periodsOf(holidays, off) };
}
