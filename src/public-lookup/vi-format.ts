import { VIETNAM_OFFSET_MS } from '../common/local-time';

/** Vietnamese weekday names, Sunday first (as Date#getUTCDay numbers them). */
const WEEKDAYS = ['Chủ nhật', 'thứ Hai', 'thứ Ba', 'thứ Tư', 'thứ Năm', 'thứ Sáu', 'thứ Bảy'];

interface LocalParts {
  year: string;
  month: string;
  day: string;
  hour: string;
  minute: string;
  weekday: string;
}

/** The wall-clock parts of an instant in Asia/Ho_Chi_Minh (UTC+7 all year). */
function localParts(instant: Date): LocalParts {
  const local = new Date(instant.getTime() + VIETNAM_OFFSET_MS);
  const two = (n: number) => String(n).padStart(2, '0');
  return {
    year: String(local.getUTCFullYear()),
    month: two(local.getUTCMonth() + 1),
    day: two(local.getUTCDate()),
    hour: two(local.getUTCHours()),
    minute: two(local.getUTCMinutes()),
    weekday: WEEKDAYS[local.getUTCDay()],
  };
}

/** `thứ Năm 26/11/2026` */
export function formatDayVi(instant: Date): string {
  const p = localParts(instant);
  return `${p.weekday} ${p.day}/${p.month}/${p.year}`;
}

/** `17 giờ 00` */
export function formatHourVi(instant: Date): string {
  const p = localParts(instant);
  return `${p.hour} giờ ${p.minute}`;
}

/** The appointment as the giấy hẹn writes it: `17 giờ 00, thứ Năm 26/11/2026`. */
export function formatAppointmentVi(instant: Date): string {
  return `${formatHourVi(instant)}, ${formatDayVi(instant)}`;
}

/** A compact time stamp for the timeline: `09:15, 23/11/2026`. */
export function formatStampVi(instant: Date): string {
  const p = localParts(instant);
  return `${p.hour}:${p.minute}, ${p.day}/${p.month}/${p.year}`;
}

/** `8.000 đồng` */
export function formatMoneyVi(amount: number): string {
  return `${String(Math.round(amount)).replace(/\B(?=(\d{3})+(?!\d))/g, '.')} đồng`;
}
