import type { AgencyEntity } from '../catalogue';
import { type CalendarDefinition, type CalendarYear, DEFAULT_CUTOFF, DEFAULT_WEEKDAY_PERIODS, statutoryCalendarYear } from '../domain/calendar';
import type { AgencyCalendarDayEntity } from './agency-calendar-day.entity';
import type { CalendarYearEntity } from './calendar-year.entity';

/** The stored years as the engine's definition (years absent here are computed from the statute, provisional). */
export function baseDefinition(years: CalendarYearEntity[]): CalendarDefinition {
  const byYear: Record<number, CalendarYear> = {};
  for (const row of years) {
    byYear[row.year] = { daysOff: row.daysOff, workingSaturdays: row.workingSaturdays, periods: row.periods, confirmed: row.confirmed };
  }
  return { years: byYear, weekdayPeriods: DEFAULT_WEEKDAY_PERIODS.map((p) => ({ ...p })), saturdayPeriods: [], cutoff: DEFAULT_CUTOFF };
}

/** An agency's calendar: its working hours, Saturday hours, cut-off and its own exceptions on top of the official years. */
export function agencyDefinition(base: CalendarDefinition, agency: AgencyEntity, exceptions: AgencyCalendarDayEntity[]): CalendarDefinition {
  const years: Record<number, CalendarYear> = {};
  for (const [year, entry] of Object.entries(base.years)) years[Number(year)] = { ...entry, daysOff: [...entry.daysOff], workingSaturdays: [...entry.workingSaturdays] };
  for (const exception of exceptions) {
    const year = Number(exception.date.slice(0, 4));
    const entry = (years[year] ??= statutoryCalendarYear(year));
    if (exception.working) entry.workingSaturdays.push(exception.date);
    else entry.daysOff.push(exception.date);
  }
  return {
    years,
    weekdayPeriods: agency.workingHours,
    saturdayPeriods: agency.saturdayHours,
    cutoff: agency.cutoffTime,
    cutoffStartsNextDay: agency.cutoffStartsNextDay === true,
  };
}
