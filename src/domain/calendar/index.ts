export type { CalendarDefinition, CalendarYear, NamedPeriod, WorkingPeriod } from './calendar-types';
export { CalendarError, type CalendarErrorCode } from './errors';
export { type DateInput, UTC_OFFSET_MS } from './local-time';
export { type LunarDate, type SolarDate, lunarToSolar, solarToLunar } from './lunar';
export { type StatutoryYear, nationalDayNeighbour, statutoryDaysOff } from './statutory-days-off';
export { statutoryCalendarYear } from './calendar-years';
export { OFFICIAL_CALENDAR_YEARS, type OfficialCalendarYear } from './official-calendar-data';
export { type CalendarRange, DEFAULT_CALENDAR_RANGE, DEFAULT_CUTOFF, WorkingCalendar } from './working-calendar';
export type { DayDescription } from './day-description';
export {
  DEFAULT_WEEKDAY_PERIODS,
  defaultCalendarDefinition,
  defaultWorkingCalendar,
  officialCalendarYears,
} from './default-calendar';
export { type DueDate, type DueDateMode, type Duration, type DurationUnit, computeDueDate } from './due-date';
export {
  type ClockEvent,
  type ClockOptions,
  type ClockResult,
  DEFAULT_SUPPLEMENT_WINDOW_DAYS,
  type SupplementLateReason,
  type SupplementPolicy,
  type SupplementRequestVerdict,
  dueDateFromEvents,
  supplementWindowEnd,
} from './dossier-clock';
