/**
 * Vietnamese date wording for administrative documents, always in Vietnam time (UTC+7, no daylight
 * saving since 1975), whatever the host's time zone.
 *
 * Nghị định 30/2020/NĐ-CP (Phụ lục I, mục 5): a day below 10 and the months 1 and 2 take a leading 0
 * ("ngày 05 tháng 02 năm 2026", but "ngày 23 tháng 11 năm 2026", "ngày 15 tháng 3 năm 2026").
 * Hours and minutes are always two digits ("08 giờ 05 phút").
 */
const VIETNAM_OFFSET_MS = 7 * 60 * 60 * 1000;

export interface VietnamDateParts {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
}

export function vietnamDateParts(date: Date): VietnamDateParts {
  const time = date instanceof Date ? date.getTime() : Number.NaN;
  if (!Number.isFinite(time)) throw new RangeError('Invalid date');
  const shifted = new Date(time + VIETNAM_OFFSET_MS);
  return {
    year: shifted.getUTCFullYear(),
    month: shifted.getUTCMonth() + 1,
    day: shifted.getUTCDate(),
    hour: shifted.getUTCHours(),
    minute: shifted.getUTCMinutes(),
  };
}

const two = (n: number): string => String(n).padStart(2, '0');
const monthWord = (month: number): string => (month <= 2 ? two(month) : String(month));

/** "ngày 23 tháng 11 năm 2026" */
export function formatDateVi(date: Date): string {
  const p = vietnamDateParts(date);
  return `ngày ${two(p.day)} tháng ${monthWord(p.month)} năm ${p.year}`;
}

/** "14 giờ 05 phút, ngày 23 tháng 11 năm 2026" */
export function formatDateTimeVi(date: Date): string {
  const p = vietnamDateParts(date);
  return `${two(p.hour)} giờ ${two(p.minute)} phút, ${formatDateVi(date)}`;
}

/** "23/11/2026" (tables, where the long form does not fit). */
export function formatDateShortVi(date: Date): string {
  const p = vietnamDateParts(date);
  return `${two(p.day)}/${two(p.month)}/${p.year}`;
}

/** "14:05 23/11/2026" */
export function formatDateTimeShortVi(date: Date): string {
  const p = vietnamDateParts(date);
  return `${two(p.hour)}:${two(p.minute)} ${formatDateShortVi(date)}`;
}

/** The place-date line of the header: "Tân Phú, ngày 23 tháng 11 năm 2026". */
export function formatPlaceDateVi(place: string, date: Date): string {
  return `${place.trim()}, ${formatDateVi(date)}`;
}
