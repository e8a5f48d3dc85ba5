import { vietnamDateParts } from './vietnam-time';

/**
 * Vietnamese wording of dates and times. Each reader has its own phrase, defined here once:
 * documents (PDF) follow Nghị định 30/2020/NĐ-CP, messages (SMS, e-mail, warnings) are short, the
 * citizen's page names the weekday.
 *
 * Nghị định 30/2020/NĐ-CP (Phụ lục I, mục 5): a day below 10 and the months 1 and 2 take a leading 0
 * ("ngày 05 tháng 02 năm 2026", but "ngày 23 tháng 11 năm 2026", "ngày 15 tháng 3 năm 2026").
 * Hours and minutes are always two digits ("08 giờ 05 phút").
 */
const two = (n: number): string => String(n).padStart(2, '0');
const monthWord = (month: number): string => (month <= 2 ? two(month) : String(month));

// Documents.

/** "ngày 23 tháng 11 năm 2026" */
export function formatDateVi(date: Date): string {
  const p = vietnamDateParts(date);
  return `ngày ${two(p.day)} tháng ${monthWord(p.month)} năm ${p.year}`;
}

/** "14 giờ 05 phút, ngày 23 tháng 11 năm 2026": an appointment on a document. */
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

/** The place-date line of a header: "Tân Phú, ngày 23 tháng 11 năm 2026". */
export function formatPlaceDateVi(place: string, date: Date): string {
  return `${place.trim()}, ${formatDateVi(date)}`;
}

// Messages.

/** "17 giờ 00 ngày 03/12/2026": an appointment in a message. */
export function appointmentVi(at: Date): string {
  return `${formatHourVi(at)} ngày ${formatDateShortVi(at)}`;
}

// The citizen's page.

/** `thứ Năm 26/11/2026` */
export function formatDayVi(instant: Date): string {
  return `${vietnamDateParts(instant).weekday} ${formatDateShortVi(instant)}`;
}

/** `17 giờ 00` */
export function formatHourVi(instant: Date): string {
  const p = vietnamDateParts(instant);
  return `${two(p.hour)} giờ ${two(p.minute)}`;
}

/** An appointment on the citizen's page: `17 giờ 00, thứ Năm 26/11/2026`. */
export function formatAppointmentVi(instant: Date): string {
  return `${formatHourVi(instant)}, ${formatDayVi(instant)}`;
}

/** A compact time stamp for the timeline: `09:15, 23/11/2026`. */
export function formatStampVi(instant: Date): string {
  const p = vietnamDateParts(instant);
  return `${two(p.hour)}:${two(p.minute)}, ${formatDateShortVi(instant)}`;
}

/** `8.000 đồng` */
export function formatMoneyVi(amount: number): string {
  return `${String(Math.round(amount)).replace(/\B(?=(\d{3})+(?!\d))/g, '.')} đồng`;
}
