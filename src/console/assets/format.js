// @ts-check
/** Vietnamese wording and Asia/Ho_Chi_Minh dates for the console. */
const TZ = 'Asia/Ho_Chi_Minh';

import { OPEN_STATUSES } from './status-labels.js';

/** Dossier statuses and their labels come from the service's domain (a module it writes at start-up). */
export { OPEN_STATUSES, SATISFACTION_LABELS, STATUS_LABELS } from './status-labels.js';

export const CHANNEL_LABELS = { direct: 'Trực tiếp', online: 'Trực tuyến', postal: 'Qua dịch vụ bưu chính công ích' };

export const STEP_RESULT_LABELS = { early: 'Trước hạn', on_time: 'Đúng hạn', late: 'Quá hạn' };

export const EVENT_LABELS = {
  received: 'Tiếp nhận hồ sơ',
  handoff: 'Chuyển xử lý',
  handed_off: 'Chuyển xử lý',
  supplement_requested: 'Yêu cầu bổ sung hồ sơ',
  supplement_received: 'Nhận hồ sơ bổ sung',
  apology_issued: 'Xin lỗi và hẹn lại ngày trả kết quả',
  apology: 'Xin lỗi và hẹn lại ngày trả kết quả',
  resolved: 'Đã giải quyết xong',
  returned: 'Trả kết quả',
  stopped: 'Dừng giải quyết',
  withdrawn: 'Công dân rút hồ sơ',
  refused: 'Từ chối tiếp nhận',
  due_date_recomputed: 'Tính lại hạn giải quyết',
  due_date_changed: 'Thay đổi hạn trả kết quả',
  clock_paused: 'Tạm dừng tính thời hạn',
  clock_resumed: 'Tiếp tục tính thời hạn',
  calendar_changed: 'Lịch làm việc thay đổi, tính lại hạn',
  lateness_warning: 'Cảnh báo sắp đến hạn / quá hạn',
  satisfaction_rated: 'Đánh giá mức độ hài lòng',
};

const UNIT_LABELS = { working_days: 'ngày làm việc', working_hours: 'giờ làm việc', calendar_days: 'ngày' };

export function durationText(duration) {
  if (!duration) return '';
  if (duration.unit === 'same_day') return 'Trong ngày';
  return `${duration.value} ${UNIT_LABELS[duration.unit] ?? duration.unit}`;
}

export function feeText(procedure) {
  if (procedure.feeText) return procedure.feeText;
  if (!procedure.fee) return 'Không thu phí';
  return `${Number(procedure.fee).toLocaleString('vi-VN')} đồng`;
}

const parts = (iso, options) =>
  Object.fromEntries(new Intl.DateTimeFormat('en-GB', { timeZone: TZ, hourCycle: 'h23', ...options }).formatToParts(new Date(iso)).map((p) => [p.type, p.value]));

/** "09:15 23/11/2026" */
export function dateTime(iso) {
  if (!iso) return '';
  const p = parts(iso, { year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit' });
  return `${p.hour}:${p.minute} ${p.day}/${p.month}/${p.year}`;
}

/** "23/11/2026" */
export function date(iso) {
  if (!iso) return '';
  const p = parts(iso, { year: 'numeric', month: '2-digit', day: '2-digit' });
  return `${p.day}/${p.month}/${p.year}`;
}

const WEEKDAYS = ['Chủ nhật', 'Thứ Hai', 'Thứ Ba', 'Thứ Tư', 'Thứ Năm', 'Thứ Sáu', 'Thứ Bảy'];

/** "16 giờ 30 phút, Thứ Tư, ngày 25/11/2026": the wording of the giấy hẹn. */
export function appointment(iso) {
  if (!iso) return '';
  const p = parts(iso, { year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', weekday: 'short' });
  const weekday = WEEKDAYS[['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'].indexOf(p.weekday)];
  return `${p.hour} giờ ${p.minute} phút, ${weekday}, ngày ${p.day}/${p.month}/${p.year}`;
}

/** Today's date in Vietnam as YYYY-MM-DD, optionally shifted by whole days. */
export function localDate(offsetDays = 0, from = new Date()) {
  const p = parts(from.getTime() + offsetDays * 86400_000, { year: 'numeric', month: '2-digit', day: '2-digit' });
  return `${p.year}-${p.month}-${p.day}`;
}

/**
 * Dates are typed the Vietnamese way (dd/mm/yyyy) in plain text fields: a native date input shows
 * the format of the browser's UI language, which on many counter PCs is mm/dd/yyyy.
 * Returns YYYY-MM-DD, or null when the text is not a real date.
 */
export function parseVnDate(text) {
  const m = /^\s*(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})\s*$/.exec(text ?? '');
  if (!m) return null;
  const [day, month, year] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const check = new Date(Date.UTC(year, month - 1, day));
  if (check.getUTCFullYear() !== year || check.getUTCMonth() !== month - 1 || check.getUTCDate() !== day) return null;
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** YYYY-MM-DD → dd/mm/yyyy */
export function vnDate(ymd) {
  const [y, m, d] = ymd.split('-');
  return `${d}/${m}/${y}`;
}

/** "hh:mm" (or "hh giờ mm", "hhgmm") → "HH:MM", or null. */
export function parseVnTime(text) {
  const m = /^\s*(\d{1,2})\s*(?::|h|g|giờ)\s*(\d{2})?\s*(?:phút)?\s*$/i.exec(text ?? '');
  if (!m) return null;
  const [hour, minute] = [Number(m[1]), Number(m[2] ?? 0)];
  if (hour > 23 || minute > 59) return null;
  return `${String(hour).padStart(2, '0')}:${String(minute).padStart(2, '0')}`;
}

/** A date and time typed in Vietnam → an instant with the +07:00 offset, or null. */
export function vnInstant(dateText, timeText) {
  const day = parseVnDate(dateText);
  const time = parseVnTime(timeText);
  return day && time ? `${day}T${time}:00+07:00` : null;
}

/**
 * Where a dossier stands against its due date: overdue | soon | ok | done. "Due soon" is the server's
 * judgment (working time, the agency's window: the dueSoon=true filter of GET /api/v1/dossiers);
 * `soon` says whether the dossier is in that list, and without it nothing is called due soon.
 */
export function dueState(dossier, { now = Date.now(), soon = false } = {}) {
  if (!OPEN_STATUSES.includes(dossier.statusCode)) return 'done';
  if (new Date(dossier.dueAt).getTime() < now) return 'overdue';
  return soon ? 'soon' : 'ok';
}

export const DUE_STATE_LABELS = { overdue: 'Quá hạn', soon: 'Sắp đến hạn', ok: 'Trong hạn', done: '' };

export function plural(n, word) {
  return `${n.toLocaleString('vi-VN')} ${word}`;
}
