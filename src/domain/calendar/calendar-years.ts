import type { CalendarYear } from './calendar-types';
import { CalendarError } from './errors';
import { dayFromIso, isoFromDay } from './local-time';
import { statutoryDaysOff } from './statutory-days-off';

/** The days off, make-up days and period names of a range of years, keyed by day number. */
export interface ResolvedYears {
  daysOff: Set<number>;
  makeUpDays: Set<number>;
  periodNames: Map<number, string>;
  confirmed: Map<number, boolean>;
}

/** The statute's days off never change for a year: computed once (lunar dates are the costly part). */
const statuteCache = new Map<number, ReturnType<typeof statutoryDaysOff>>();

/** A year with no announcement: the statutory days off, not confirmed (fresh arrays: callers may add to them). */
export function statutoryCalendarYear(year: number): CalendarYear {
  let statute = statuteCache.get(year);
  if (!statute) {
    statute = statutoryDaysOff(year);
    statuteCache.set(year, statute);
  }
  return { daysOff: [...statute.daysOff], workingSaturdays: [], confirmed: false, periods: statute.periods.map((p) => ({ ...p })) };
}

function addNames(entry: CalendarYear, names: Map<number, string>): void {
  for (const period of entry.periods ?? []) {
    const last = dayFromIso(period.to);
    for (let day = dayFromIso(period.from); day <= last; day++) {
      if (!names.has(day)) names.set(day, period.name);
    }
  }
}

/** Every year of the range, taken from `years` or else computed from the statute. */
export function resolveYears(years: Record<number, CalendarYear>, firstYear: number, lastYear: number): ResolvedYears {
  const resolved: ResolvedYears = { daysOff: new Set(), makeUpDays: new Set(), periodNames: new Map(), confirmed: new Map() };
  for (let year = firstYear; year <= lastYear; year++) {
    const entry = years[year] ?? statutoryCalendarYear(year);
    entry.daysOff.forEach((date) => resolved.daysOff.add(dayFromIso(date)));
    entry.workingSaturdays.forEach((date) => resolved.makeUpDays.add(dayFromIso(date)));
    addNames(entry, resolved.periodNames);
    resolved.confirmed.set(year, entry.confirmed === true);
  }
  for (const day of resolved.makeUpDays) {
    if (resolved.daysOff.has(day)) {
      throw new CalendarError('CALENDAR_INVALID_DEFINITION', `${isoFromDay(day)} is both a day off and a make-up working day`);
    }
  }
  return resolved;
}
