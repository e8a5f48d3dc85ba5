import type { CalendarDefinition, CalendarYear, WorkingPeriod } from './calendar-types';
import { OFFICIAL_CALENDAR_YEARS } from './official-calendar-data';
import { DEFAULT_CUTOFF, WorkingCalendar } from './working-calendar';

/** Default working hours (API.md): 07:30–11:30 and 13:00–17:00, 8 hours a day. */
export const DEFAULT_WEEKDAY_PERIODS: readonly WorkingPeriod[] = [
  { start: '07:30', end: '11:30' },
  { start: '13:00', end: '17:00' },
];

/** The announced years 2023–2026, as confirmed calendar years. */
export function officialCalendarYears(): Record<number, CalendarYear> {
  const years: Record<number, CalendarYear> = {};
  for (const [year, entry] of Object.entries(OFFICIAL_CALENDAR_YEARS)) {
    const { daysOff, workingSaturdays, periods } = entry;
    years[Number(year)] = { daysOff: [...daysOff], workingSaturdays: [...workingSaturdays], periods, confirmed: true };
  }
  return years;
}

/** Official civil-service days off, default hours, no Saturday work, cut-off 15:00. */
export function defaultCalendarDefinition(): CalendarDefinition {
  return {
    years: officialCalendarYears(),
    weekdayPeriods: DEFAULT_WEEKDAY_PERIODS.map((p) => ({ ...p })),
    saturdayPeriods: [],
    cutoff: DEFAULT_CUTOFF,
  };
}

let defaultCalendar: WorkingCalendar | undefined;

/** The default calendar, built once (about 11,000 days indexed). */
export function defaultWorkingCalendar(): WorkingCalendar {
  return (defaultCalendar ??= WorkingCalendar.create(defaultCalendarDefinition()));
}
