/** Asia/Ho_Chi_Minh is UTC+7 all year (no daylight saving), so local dates are a fixed shift. */
export const VIETNAM_OFFSET_MS = 7 * 60 * 60 * 1000;

/** The legal-calendar date (YYYY-MM-DD) of an instant. */
export function toLocalDate(instant: Date): string {
  return new Date(instant.getTime() + VIETNAM_OFFSET_MS).toISOString().slice(0, 10);
}

/** The instant of a local date and time (HH:MM) in Asia/Ho_Chi_Minh. */
export function localInstant(date: string, time = '00:00'): Date {
  return new Date(`${date}T${time}:00+07:00`);
}

/** ISO 8601 with the +07:00 offset, as people at the counter read it. */
export function toLocalIso(instant: Date): string {
  return new Date(instant.getTime() + VIETNAM_OFFSET_MS).toISOString().replace(/\.\d{3}Z$/, '+07:00');
}
