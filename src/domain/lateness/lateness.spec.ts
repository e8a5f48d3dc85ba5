import fc from 'fast-check';
import { defaultWorkingCalendar } from '../calendar';
import { apologyDeadline, checkApology, isApologyLate } from './apology';
import { deadlineState, dueSoonUntil, workingDaysToMinutes } from './due-soon';
import { appointmentVi } from '../../locale';

const calendar = defaultWorkingCalendar();
const at = (local: string) => new Date(`${local}+07:00`);
const DAY = workingDaysToMinutes(calendar, 1);

describe('due-soon window in working time', () => {
  it('is one working day (480 minutes) by default', () => {
    expect(DAY).toBe(480);
  });

  it('reaches over the weekend: Friday 10:00 + 1 working day → Monday 10:00', () => {
    expect(dueSoonUntil(calendar, at('2026-11-27T10:00:00'), DAY)).toEqual(at('2026-11-30T10:00:00'));
  });

  it('counts from the next working period outside working hours: Friday evening → Monday close of business', () => {
    expect(dueSoonUntil(calendar, at('2026-11-27T19:00:00'), DAY)).toEqual(at('2026-11-30T17:00:00'));
  });

  it('classes deadlines: overdue strictly after, due soon within the window, in time beyond it', () => {
    const now = at('2026-11-27T10:00:00');
    expect(deadlineState(calendar, now, at('2026-11-27T09:59:00'), DAY)).toBe('overdue');
    expect(deadlineState(calendar, now, now, DAY)).toBe('due_soon');
    expect(deadlineState(calendar, now, at('2026-11-30T10:00:00'), DAY)).toBe('due_soon');
    expect(deadlineState(calendar, now, at('2026-11-30T10:01:00'), DAY)).toBe('in_time');
  });

  it('agrees with workingMinutesBetween for deadlines at working instants', () => {
    const base = at('2026-11-02T07:30:00').getTime();
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 30 * 24 * 60 }), fc.integer({ min: 0, max: 5 * 480 }), (nowMinutes, ahead) => {
        const now = new Date(base + nowMinutes * 60_000);
        const deadline = calendar.addWorkingMinutes(now, ahead);
        const state = deadlineState(calendar, now, deadline, DAY);
        expect(state).toBe(calendar.workingMinutesBetween(now, deadline) <= DAY ? 'due_soon' : 'in_time');
      }),
    );
  });
});

describe('apology rules', () => {
  const due = at('2026-12-01T14:00:00'); // Tuesday

  it('accepts a new date after the due date at a working instant, not late with a working day of notice', () => {
    expect(checkApology({ calendar, now: at('2026-11-30T14:00:00'), currentDueAt: due, newDueAt: at('2026-12-03T17:00:00') })).toEqual({ ok: true, late: false });
  });

  it('is in time until the close of the last working day before the due day (not 8 working hours before the due instant)', () => {
    // Due Tue 1/12 14:00: by Mon 30/11 17:00.
    expect(apologyDeadline(calendar, due)).toEqual(at('2026-11-30T17:00:00'));
    expect(isApologyLate(calendar, at('2026-11-30T14:01:00'), due)).toBe(false);
    expect(isApologyLate(calendar, at('2026-11-30T17:00:00'), due)).toBe(false);
    expect(isApologyLate(calendar, at('2026-11-30T17:01:00'), due)).toBe(true);
    expect(isApologyLate(calendar, at('2026-12-01T08:00:00'), due)).toBe(true);
    expect(isApologyLate(calendar, at('2026-12-02T09:00:00'), due)).toBe(true);
    // Due Thu 3/12 09:00: Wednesday afternoon is in time (the old rule flagged it: 2 h of working time left).
    expect(isApologyLate(calendar, at('2026-12-02T15:00:00'), at('2026-12-03T09:00:00'))).toBe(false);
    // Due Mon 30/11 14:00: by Friday's close, the weekend is not a working day.
    expect(apologyDeadline(calendar, at('2026-11-30T14:00:00'))).toEqual(at('2026-11-27T17:00:00'));
    expect(isApologyLate(calendar, at('2026-11-28T09:00:00'), at('2026-11-30T14:00:00'))).toBe(true);
    // Due Mon 4/5/2026: Thu 30/4 and Fri 1/5 are holidays → by Wed 29/4 17:00.
    expect(apologyDeadline(calendar, at('2026-05-04T09:00:00'))).toEqual(at('2026-04-29T17:00:00'));
  });

  it('refuses a date not after the current due date, in the past, on a day off or outside working hours', () => {
    const now = at('2026-11-30T09:00:00');
    const verdict = (newDueAt: Date) => checkApology({ calendar, now, currentDueAt: due, newDueAt });
    expect(verdict(due)).toMatchObject({ ok: false, field: 'newDueAt', message: expect.stringContaining('must be after the current due date 14:00 01/12/2026') });
    expect(verdict(at('2026-12-05T09:00:00'))).toMatchObject({ ok: false, message: expect.stringContaining('day off') }); // Saturday
    expect(verdict(at('2026-12-02T12:00:00'))).toMatchObject({ ok: false, message: expect.stringContaining('outside working hours') });
    expect(verdict(at('2026-12-02T17:00:00'))).toEqual({ ok: true, late: false }); // close of business is allowed
    const lateNow = at('2026-12-10T09:00:00');
    expect(checkApology({ calendar, now: lateNow, currentDueAt: due, newDueAt: at('2026-12-09T09:00:00') })).toMatchObject({ ok: false, message: expect.stringContaining('in the past') });
  });
});

describe('appointmentVi', () => {
  it('writes the local hour, minute and date', () => {
    expect(appointmentVi(new Date('2026-12-03T10:00:00Z'))).toBe('17 giờ 00 ngày 03/12/2026');
    expect(appointmentVi(at('2026-01-01T07:30:00'))).toBe('07 giờ 30 ngày 01/01/2026');
  });
});
