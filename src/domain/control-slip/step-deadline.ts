import type { WorkingCalendar } from '../calendar';

/** One step of a procedure's internal process with its time budget. */
export interface StepBudget {
  unit: string;
  workingHours: number;
}

/** Default number of steps after the counter's when the procedure defines no internal process. */
export const DEFAULT_REMAINING_STEPS = 3;

export interface StepTiming {
  startsAt: Date;
  deadlineAt: Date;
}

/**
 * When the receiving counter's own step (tiếp nhận) must end: the same working day for a dossier
 * received before the cut-off, otherwise by the end of the first working hour of the next working
 * day (NĐ 61 Art. 18: paper dossiers go to the resolving agency the same day, or at the start of the
 * next working day if received after 15:00). Never beyond the legal due instant when one is given
 * (e.g. a procedure of a few working hours).
 */
export function counterDeadline(calendar: WorkingCalendar, receivedAt: Date, legalDueAt?: Date): Date {
  const deadline = receivedBeforeCutoff(calendar, receivedAt)
    ? calendar.closeOfBusiness(receivedAt)
    : calendar.addWorkingMinutes(nextWorkingDayStart(calendar, receivedAt), 60);
  return legalDueAt && deadline > legalDueAt ? legalDueAt : deadline;
}

/**
 * When the first processing step starts: at the hand-off for a dossier received before the cut-off,
 * otherwise not before the start of the next working day.
 */
export function firstStepStart(calendar: WorkingCalendar, receivedAt: Date, handedAt: Date): Date {
  if (receivedBeforeCutoff(calendar, receivedAt)) return handedAt;
  const nextMorning = nextWorkingDayStart(calendar, receivedAt);
  return handedAt > nextMorning ? handedAt : nextMorning;
}

function receivedBeforeCutoff(calendar: WorkingCalendar, receivedAt: Date): boolean {
  return calendar.isWorkingDay(receivedAt) && receivedAt < calendar.cutoffOf(receivedAt);
}

/** The opening instant of the first working day after the local day of `at`. */
export function nextWorkingDayStart(calendar: WorkingCalendar, at: Date): Date {
  const midnight = new Date(`${calendar.nextWorkingDay(at)}T00:00:00+07:00`);
  return new Date(calendar.addWorkingMinutes(midnight, 1).getTime() - 60_000);
}

/**
 * The deadline of the step that starts with hand-off number `position` (1 = from the counter).
 * With an internal process, the step's budget is that of process step `position` (step 0 being the
 * counter's); without one, the working time left until the legal due date is shared evenly among the
 * remaining default steps. Never beyond the legal due date: pass the dossier's legal (original) due
 * instant, not an apology's new appointment, which never extends the steps' time.
 */
export function stepDeadline(
  calendar: WorkingCalendar,
  args: { position: number; startsAt: Date; legalDueAt: Date; process: StepBudget[] },
): Date {
  const { position, startsAt, legalDueAt, process } = args;
  let deadline: Date;
  if (process.length > position) {
    deadline = calendar.addWorkingMinutes(startsAt, process[position].workingHours * 60);
  } else if (process.length > 0) {
    deadline = legalDueAt;
  } else {
    const stepsLeft = Math.max(1, DEFAULT_REMAINING_STEPS - (position - 1));
    const remaining = Math.max(0, calendar.workingMinutesBetween(startsAt, legalDueAt));
    deadline = calendar.addWorkingMinutes(startsAt, Math.floor(remaining / stepsLeft));
  }
  return deadline > legalDueAt ? legalDueAt : deadline;
}
