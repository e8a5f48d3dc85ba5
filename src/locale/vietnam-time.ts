/**
 * Vietnam's wall-clock time. Asia/Ho_Chi_Minh is UTC+7 all year (no daylight saving since 1975), so
 * a local date or time is a fixed shift of the instant, whatever the host's time zone. The only
 * definition of the offset in the service.
 */
export const VIETNAM_OFFSET_MS = 7 * 3_600_000;

export const DAY_MS = 86_400_000;

/** Vietnamese weekday names, Sunday first (as Date#getUTCDay numbers them). */
const WEEKDAYS = ['Chủ nhật', 'thứ Hai', 'thứ Ba', 'thứ Tư', 'thứ Năm', 'thứ Sáu', 'thứ Bảy'] as const;

export interface VietnamDateParts {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  /** "thứ Năm", "Chủ nhật". */
  weekday: string;
}

/** A Date whose UTC fields read Vietnam's wall clock at the instant (for Excel cells and ISO slicing). */
export function vietnamWallClock(instant: Date | number): Date {
  return new Date((typeof instant === 'number' ? instant : instant.getTime()) + VIETNAM_OFFSET_MS);
}

export function vietnamDateParts(date: Date): VietnamDateParts {
  const time = date instanceof Date ? date.getTime() : Number.NaN;
  if (!Number.isFinite(time)) throw new RangeError('Invalid date');
  const local = vietnamWallClock(time);
  return {
    year: local.getUTCFullYear(),
    month: local.getUTCMonth() + 1,
    day: local.getUTCDate(),
    hour: local.getUTCHours(),
    minute: local.getUTCMinutes(),
    weekday: WEEKDAYS[local.getUTCDay()],
  };
}

/** Days since 1970-01-01 counted in Vietnam local time. */
export function vietnamDayNumber(epochMs: number): number {
  return Math.floor((epochMs + VIETNAM_OFFSET_MS) / DAY_MS);
}

/** The legal-calendar date (YYYY-MM-DD) of an instant. */
export function toLocalDate(instant: Date): string {
  return vietnamWallClock(instant).toISOString().slice(0, 10);
}

/** The instant of a local date and time (HH:MM) in Asia/Ho_Chi_Minh. */
export function localInstant(date: string, time = '00:00'): Date {
  return new Date(`${date}T${time}:00+07:00`);
}

/** ISO 8601 with the +07:00 offset, as people at the counter read it. */
export function toLocalIso(instant: Date): string {
  return vietnamWallClock(instant).toISOString().replace(/\.\d{3}Z$/, '+07:00');
}
