import type { WorkingCalendar } from '../calendar';

/**
 * The apology and new appointment (phiếu xin lỗi và hẹn lại ngày trả kết quả, NĐ 61 Art. 19.9;
 * DOMAIN.md §4): issued at the latest one working day before the due instant, with a new date after
 * the current one. One issued later is still accepted and flagged late.
 */
export interface ApologyRequest {
  calendar: WorkingCalendar;
  /** When the apology is issued. */
  now: Date;
  /** The dossier's current appointment (the instant being apologised for). */
  currentDueAt: Date;
  newDueAt: Date;
  /** Notice required before the due instant, in working minutes; default one working day. */
  noticeWorkingMinutes?: number;
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
  return { ok: true, late: isApologyLate(calendar, now, currentDueAt, request.noticeWorkingMinutes) };
}

/** Late when less than the notice (default one working day) of working time is left before the due instant, or it has passed. */
export function isApologyLate(calendar: WorkingCalendar, issuedAt: Date, dueAt: Date, noticeWorkingMinutes = calendar.dailyWorkingMinutes): boolean {
  if (issuedAt.getTime() >= dueAt.getTime()) return true;
  return calendar.workingMinutesBetween(issuedAt, dueAt) < noticeWorkingMinutes;
}

function refuse(message: string): ApologyVerdict {
  return { ok: false, field: 'newDueAt', message };
}

/** "HH:MM DD/MM/YYYY" in Asia/Ho_Chi_Minh (UTC+7, no daylight saving). */
function localText(at: Date): string {
  const local = new Date(at.getTime() + 7 * 3_600_000).toISOString();
  return `${local.slice(11, 16)} ${local.slice(8, 10)}/${local.slice(5, 7)}/${local.slice(0, 4)}`;
}
