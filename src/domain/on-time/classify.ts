import { vietnamDayNumber } from '../../locale';
/**
 * On-time classes (DOMAIN.md §6), used for whole dossiers and for each control-slip step:
 * - finished: `early` (trước hạn) on a calendar day before the due day, `on_time` (đúng hạn) on the
 *   due day and not after the due instant, `late` (quá hạn) after the due instant;
 * - pending: `on_time` (trong hạn) while now ≤ due, `late` (quá hạn) after.
 * Days are calendar days in Asia/Ho_Chi_Minh, a fixed UTC+7 (no daylight saving since 1975).
 * The due instant is the original appointment: an apology does not make a late dossier on time.
 */
export type FinishedClass = 'early' | 'on_time' | 'late';
export type PendingClass = 'on_time' | 'late';


export function classifyFinished(finishedAt: Date, dueAt: Date): FinishedClass {
  const finished = instant(finishedAt, 'finishedAt');
  const due = instant(dueAt, 'dueAt');
  if (finished > due) return 'late';
  return vietnamDayNumber(finished) < vietnamDayNumber(due) ? 'early' : 'on_time';
}

export function classifyPending(now: Date, dueAt: Date): PendingClass {
  return instant(now, 'now') > instant(dueAt, 'dueAt') ? 'late' : 'on_time';
}

const FINISHED_LABELS: Record<FinishedClass, string> = { early: 'Trước hạn', on_time: 'Đúng hạn', late: 'Quá hạn' };
const PENDING_LABELS: Record<PendingClass, string> = { on_time: 'Trong hạn', late: 'Quá hạn' };

/** Vietnamese label as printed on the control slip and in reports. */
export function finishedClassLabel(cls: FinishedClass): string {
  return FINISHED_LABELS[cls];
}

export function pendingClassLabel(cls: PendingClass): string {
  return PENDING_LABELS[cls];
}

function instant(date: Date, name: string): number {
  const ms = date instanceof Date ? date.getTime() : NaN;
  if (Number.isNaN(ms)) throw new RangeError(`${name} is not a valid date`);
  return ms;
}
