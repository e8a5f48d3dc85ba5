import { formatDateTimeShortVi, vietnamDayNumber } from '../../locale';
import type { WorkingCalendar } from '../calendar';

/**
 * The apology and new appointment (phiếu xin lỗi và hẹn lại ngày trả kết quả, NĐ 61 Art. 19.9;
 * DOMAIN.md §4): issued at the latest one day before the due date, with a new date after the
 * current one. One issued later is still accepted and flagged late.
 */
export interface ApologyRequest {
  calendar: WorkingCalendar;
  /** When the apology is issued. */
  now: Date;
  /** The dossier's current appointment (the instant being apologised for). */
  currentDueAt: Date;
  newDueAt: Date;
}

export type ApologyVerdict = { ok: true; late: boolean } | { ok: false; field: 'newDueAt'; message: string };

export function checkApology(request: ApologyRequest): ApologyVerdict {
  const { calendar, now, currentDueAt, newDueAt } = request;
  if (newDueAt.getTime() <= currentDueAt.getTime()) {
    return refuse(`the new appointment ${localText(newDueAt)} must be after the current due date ${localText(currentDueAt)}`);
  }
  if (newDueAt.getTime() <= now.getTime()) {
    return refuse(`the new appointment ${localText(newDueAt)} is in the past`);
  }
  if (!calendar.isWorkingDay(newDueAt)) {
    return refuse(`the new appointment ${localText(newDueAt)} falls on a day off: choose a time on a working day`);
  }
  if (!calendar.isWorkingInstant(newDueAt)) {
    return refuse(`the new appointment ${localText(newDueAt)} is outside working hours: choose a time within them, or the close of business`);
  }
  return { ok: true, late: isApologyLate(calendar, now, currentDueAt) };
}

/**
 * "Chậm nhất 01 ngày trước ngày hết hạn": by the close of business of the last working day before
 * the due day (not one working day of working time before the due instant: an apology on Wednesday
 * afternoon for a dossier due Thursday 09:00 is in time).
 */
export function apologyDeadline(calendar: WorkingCalendar, dueAt: Date): Date {
  let day = localDayNumber(dueAt) - 1;
  while (!calendar.index.isWorkingDay(day)) day -= 1;
  return calendar.closeOfDay(day);
}

/** Late when issued after apologyDeadline. */
export function isApologyLate(calendar: WorkingCalendar, issuedAt: Date, dueAt: Date): boolean {
  return issuedAt.getTime() > apologyDeadline(calendar, dueAt).getTime();
}

function localDayNumber(at: Date): number {
  return vietnamDayNumber(at.getTime());
}

function refuse(message: string): ApologyVerdict {
  return { ok: false, field: 'newDueAt', message };
}

/** "HH:MM DD/MM/YYYY" in Asia/Ho_Chi_Minh. */
const localText = formatDateTimeShortVi;
