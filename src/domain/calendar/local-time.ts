import { DAY_MS, VIETNAM_OFFSET_MS } from '../../locale';
import { CalendarError } from './errors';

/**
 * Local civil time of Asia/Ho_Chi_Minh: a fixed UTC+7 offset, no daylight saving time.
 * Local dates are handled as "day numbers" (days since 1970-01-01 local) or 'YYYY-MM-DD' strings;
 * the host time zone is never used.
 */
export const UTC_OFFSET_MS = VIETNAM_OFFSET_MS;
export { DAY_MS };
export const MINUTE_MS = 60_000;

/** A local date 'YYYY-MM-DD' or an instant (meaning its local date). */
export type DateInput = string | Date;

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Local day number of an instant (epoch milliseconds or Date). */
export function localDayOf(instant: Date | number): number {
  const ms = typeof instant === 'number' ? instant : instant.getTime();
  return Math.floor((ms + UTC_OFFSET_MS) / DAY_MS);
}

/** Milliseconds elapsed since local midnight of the instant's local day. */
export function localMsOfDay(ms: number): number {
  const shifted = ms + UTC_OFFSET_MS;
  return shifted - Math.floor(shifted / DAY_MS) * DAY_MS;
}

/** The instant of a local day plus an offset (milliseconds since local midnight). */
export function instantOf(day: number, msOfDay = 0): Date {
  return new Date(day * DAY_MS + msOfDay - UTC_OFFSET_MS);
}

export function dayFromParts(year: number, month: number, day: number): number {
  return Date.UTC(year, month - 1, day) / DAY_MS;
}

/** Parses a strict 'YYYY-MM-DD' local date into a day number. */
export function dayFromIso(iso: string): number {
  const match = ISO_DATE.exec(iso);
  if (!match) throw new CalendarError('CALENDAR_INVALID_DATE', `Not a YYYY-MM-DD date: "${iso}"`);
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const dayNumber = dayFromParts(year, month, day);
  if (isoFromDay(dayNumber) !== iso) {
    throw new CalendarError('CALENDAR_INVALID_DATE', `No such date: "${iso}"`);
  }
  return dayNumber;
}

export function isoFromDay(day: number): string {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}

export function toDay(input: DateInput): number {
  if (typeof input === 'string') return dayFromIso(input);
  if (Number.isNaN(input.getTime())) throw new CalendarError('CALENDAR_INVALID_DATE', 'Invalid Date');
  return localDayOf(input);
}

/** 0 = Sunday … 6 = Saturday (1970-01-01 was a Thursday). */
export function weekdayOfDay(day: number): number {
  return (((day + 4) % 7) + 7) % 7;
}

/** Gregorian year of a day number, without allocating (H. Hinnant's civil_from_days). */
export function yearOfDay(day: number): number {
  const z = day + 719468;
  const era = Math.floor(z / 146097);
  const dayOfEra = z - era * 146097;
  const yearOfEra = Math.floor(
    (dayOfEra - Math.floor(dayOfEra / 1460) + Math.floor(dayOfEra / 36524) - Math.floor(dayOfEra / 146096)) / 365,
  );
  const dayOfYear = dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100));
  const marchBasedMonth = Math.floor((5 * dayOfYear + 2) / 153);
  return yearOfEra + era * 400 + (marchBasedMonth >= 10 ? 1 : 0);
}

/** Parses 'HH:MM' (00:00–24:00) into milliseconds since midnight. */
export function parseClock(text: string): number {
  const match = /^(\d{2}):(\d{2})$/.exec(text);
  const hours = match ? Number(match[1]) : NaN;
  const minutes = match ? Number(match[2]) : NaN;
  if (!match || minutes > 59 || hours > 24 || (hours === 24 && minutes > 0)) {
    throw new CalendarError('CALENDAR_INVALID_DEFINITION', `Not an HH:MM time: "${text}"`);
  }
  return (hours * 60 + minutes) * MINUTE_MS;
}
