import { defaultCalendarDefinition, defaultWorkingCalendar } from './default-calendar';
import { type Duration, computeDueDate } from './due-date';
import { WorkingCalendar } from './working-calendar';

/** An instant given in Vietnam local time, 'YYYY-MM-DD HH:MM'. */
const local = (text: string) => new Date(`${text.replace(' ', 'T')}:00+07:00`);

/**
 * Hand-checked due dates on the default calendar: 07:30–11:30 + 13:00–17:00 (480 min a day),
 * cut-off 15:00, official days off 2023–2026, statute from 2027.
 */
describe('computeDueDate', () => {
  const calendar = defaultWorkingCalendar();
  const due = (from: string, duration: Duration) => computeDueDate(calendar, local(from), duration);
  const days = (value: number, mode?: Duration['mode']): Duration => ({ value, unit: 'working_days', mode });

  describe('across Tết 2026 (days off Mon 16 – Fri 20/2)', () => {
    it('working_time: Thu 12/2 09:00 + 3 days → Tue 24/2 09:00', () => {
      // Thu 09:00–11:30 150 + 13:00–17:00 240 = 390; Fri 13/2 +480 = 870; (16–22/2 off);
      // Mon 23/2 +480 = 1350; Tue 24/2 needs 90 → 07:30 + 1h30 = 09:00.
      expect(due('2026-02-12 09:00', days(3))).toEqual({ dueAt: local('2026-02-24 09:00'), provisional: false });
    });

    it('end_of_day: Thu 12/2 + 3 working days → Fri 13 (1), Mon 23 (2), Tue 24 (3) at 17:00', () => {
      expect(due('2026-02-12 09:00', days(3, 'end_of_day')).dueAt).toEqual(local('2026-02-24 17:00'));
    });

    it('calendar_days: 12/2 + 5 = Tue 17/2 (Tết) → next working day Mon 23/2 17:00', () => {
      expect(due('2026-02-12 09:00', { value: 5, unit: 'calendar_days' }).dueAt).toEqual(local('2026-02-23 17:00'));
      // 12/2 + 3 = Sun 15/2 → 23/2 too; 12/2 + 1 = Fri 13/2, a working day.
      expect(due('2026-02-12 09:00', { value: 3, unit: 'calendar_days' }).dueAt).toEqual(local('2026-02-23 17:00'));
      expect(due('2026-02-12 09:00', { value: 1, unit: 'calendar_days' }).dueAt).toEqual(local('2026-02-13 17:00'));
    });

    it('working_hours: Fri 13/2 14:00 + 6 h → 3 h on Friday, 3 h from Mon 23/2 07:30 → 10:30', () => {
      expect(due('2026-02-13 14:00', { value: 6, unit: 'working_hours' }).dueAt).toEqual(local('2026-02-23 10:30'));
    });

    it('same_day with the 15:00 cut-off on Fri 13/2: 14:59 → 13/2 17:00; 15:00 and 15:30 → Mon 23/2 17:00', () => {
      expect(due('2026-02-13 14:59', { value: 0, unit: 'same_day' }).dueAt).toEqual(local('2026-02-13 17:00'));
      expect(due('2026-02-13 15:00', { value: 0, unit: 'same_day' }).dueAt).toEqual(local('2026-02-23 17:00'));
      expect(due('2026-02-13 15:30', { value: 1, unit: 'same_day' }).dueAt).toEqual(local('2026-02-23 17:00'));
    });
  });

  describe('swaps and make-up Saturdays', () => {
    it('2026: Fri 9/1 10:00 + 1 working day → Sat 10/1 (make-up) 10:00', () => {
      // Friday 90 + 240 = 330; Saturday 10/1 needs 150 → 07:30 + 2h30 = 10:00.
      expect(due('2026-01-09 10:00', days(1)).dueAt).toEqual(local('2026-01-10 10:00'));
      expect(due('2026-01-09 10:00', days(1, 'end_of_day')).dueAt).toEqual(local('2026-01-10 17:00'));
    });

    it('2026: New Year 1–2/1 off; Wed 31/12/2025 16:00 + 1 day → Mon 5/1/2026 16:00, not provisional', () => {
      // Wed 60 min; Thu 1, Fri 2 off, weekend; Mon needs 420: 240 in the morning + 180 → 16:00.
      expect(due('2025-12-31 16:00', days(1))).toEqual({ dueAt: local('2026-01-05 16:00'), provisional: false });
    });

    it('2026: Thu 20/8 + 5 working days (end_of_day) → 21, Sat 22 (make-up), 24, 25, 26/8 → Wed 26/8 17:00', () => {
      expect(due('2026-08-20 10:00', days(5, 'end_of_day')).dueAt).toEqual(local('2026-08-26 17:00'));
    });

    it('2026: Fri 28/8 13:00 + 2 days → Quốc khánh 31/8–2/9 off → Fri 4/9 11:30', () => {
      // Friday 240; Thu 3/9 480 → 720; Fri 4/9 needs 240: the whole morning, ends 11:30 (earliest instant).
      expect(due('2026-08-28 13:00', days(2)).dueAt).toEqual(local('2026-09-04 11:30'));
    });

    it('2024: Fri 26/4 + 3 working days (end_of_day) → 29/4–1/5 off → Thu 2, Fri 3, Sat 4/5 (make-up) 17:00', () => {
      expect(due('2024-04-26 09:00', days(3, 'end_of_day')).dueAt).toEqual(local('2024-05-04 17:00'));
    });

    it('2025: Fri 25/4 13:00 + 1 day → Sat 26/4 (make-up) 11:30; Tue 29/4 + 2 (end_of_day) → Tue 6/5', () => {
      expect(due('2025-04-25 13:00', days(1)).dueAt).toEqual(local('2025-04-26 11:30'));
      // 30/4, 1/5, 2/5 (swapped Friday) off, weekend: Mon 5/5 (1), Tue 6/5 (2).
      expect(due('2025-04-29 10:00', days(2, 'end_of_day')).dueAt).toEqual(local('2025-05-06 17:00'));
    });
  });

  describe('nghỉ bù of Mon 27/4/2026 (Giỗ Tổ on Sunday 26/4)', () => {
    it('end_of_day: Fri 24/4 + 2 → Tue 28 (1), Wed 29 (2) → Wed 29/4 17:00', () => {
      expect(due('2026-04-24 09:00', days(2, 'end_of_day')).dueAt).toEqual(local('2026-04-29 17:00'));
    });

    it('calendar_days: 24/4 + 3 = 27/4 (off) → Tue 28/4; 24/4 + 6 = 30/4 → 30/4–3/5 off → Mon 4/5', () => {
      expect(due('2026-04-24 09:00', { value: 3, unit: 'calendar_days' }).dueAt).toEqual(local('2026-04-28 17:00'));
      expect(due('2026-04-24 09:00', { value: 6, unit: 'calendar_days' }).dueAt).toEqual(local('2026-05-04 17:00'));
    });

    it('working_time: Fri 24/4 15:00 + 1 day → 120 on Friday, 360 on Tue 28/4 → 15:00', () => {
      // Tuesday: 240 in the morning, then 120 from 13:00 → 15:00.
      expect(due('2026-04-24 15:00', days(1)).dueAt).toEqual(local('2026-04-28 15:00'));
    });
  });

  describe('receipt times', () => {
    it('at lunch (Tue 3/3/2026 12:00) the count starts at 13:00', () => {
      expect(due('2026-03-03 12:00', { value: 2, unit: 'working_hours' }).dueAt).toEqual(local('2026-03-03 15:00'));
      expect(due('2026-03-03 12:00', days(0.5)).dueAt).toEqual(local('2026-03-03 17:00'));
      // 240 on Tuesday afternoon + 240 on Wednesday morning → Wed 4/3 11:30.
      expect(due('2026-03-03 12:00', days(1)).dueAt).toEqual(local('2026-03-04 11:30'));
      expect(due('2026-03-03 12:00', { value: 0, unit: 'same_day' }).dueAt).toEqual(local('2026-03-03 17:00'));
    });

    it('after hours (Tue 3/3/2026 18:30) the count starts Wednesday 07:30', () => {
      expect(due('2026-03-03 18:30', days(1)).dueAt).toEqual(local('2026-03-04 17:00'));
      expect(due('2026-03-03 18:30', { value: 1.5, unit: 'working_hours' }).dueAt).toEqual(local('2026-03-04 09:00'));
      expect(due('2026-03-03 18:30', { value: 0, unit: 'same_day' }).dueAt).toEqual(local('2026-03-04 17:00'));
      // end_of_day counts from the day of receipt: Wed 4/3 is the 1st working day after Tue 3/3.
      expect(due('2026-03-03 18:30', days(1, 'end_of_day')).dueAt).toEqual(local('2026-03-04 17:00'));
    });

    it('before opening (Wed 4/3/2026 06:45) + 1 h → 08:30', () => {
      expect(due('2026-03-04 06:45', { value: 1, unit: 'working_hours' }).dueAt).toEqual(local('2026-03-04 08:30'));
    });

    it('on a weekend (Sat 7/3/2026 10:00) everything starts Monday 9/3', () => {
      expect(due('2026-03-07 10:00', days(1)).dueAt).toEqual(local('2026-03-09 17:00'));
      expect(due('2026-03-07 10:00', days(2)).dueAt).toEqual(local('2026-03-10 17:00'));
      expect(due('2026-03-07 10:00', days(2, 'end_of_day')).dueAt).toEqual(local('2026-03-10 17:00'));
      expect(due('2026-03-07 10:00', { value: 0, unit: 'same_day' }).dueAt).toEqual(local('2026-03-09 17:00'));
      // 7/3 + 1 = Sun 8/3 → Mon 9/3.
      expect(due('2026-03-07 10:00', { value: 1, unit: 'calendar_days' }).dueAt).toEqual(local('2026-03-09 17:00'));
    });

    it('working_time keeps the time of day, end_of_day goes to closing time', () => {
      expect(due('2026-03-03 10:00', days(1)).dueAt).toEqual(local('2026-03-04 10:00'));
      expect(due('2026-03-03 10:00', days(1, 'end_of_day')).dueAt).toEqual(local('2026-03-04 17:00'));
      expect(due('2026-03-03 10:00', days(1.5, 'end_of_day')).dueAt).toEqual(local('2026-03-05 17:00')); // rounded up
      expect(due('2026-03-03 10:00', { value: 2, unit: 'working_hours', mode: 'end_of_day' }).dueAt).toEqual(
        local('2026-03-03 13:30'), // 10:00–11:30 is 1h30, then 30 min after lunch
      );
    });

    it('same_day on a make-up Saturday (10/1/2026 10:00) closes that day', () => {
      expect(due('2026-01-10 10:00', { value: 0, unit: 'same_day' }).dueAt).toEqual(local('2026-01-10 17:00'));
    });
  });

  describe('provisional deadlines', () => {
    it('Thu 24/12/2026 09:00 + 5 days stays in 2026 → Thu 31/12 09:00, confirmed', () => {
      // 390 + Fri 25 (870) + Mon 28 (1350) + Tue 29 (1830) + Wed 30 (2310) → Thu 31 needs 90 → 09:00.
      expect(due('2026-12-24 09:00', days(5))).toEqual({ dueAt: local('2026-12-31 09:00'), provisional: false });
    });

    it('Thu 24/12/2026 09:00 + 6 days crosses into 2027 (statute only) → Mon 4/1/2027 09:00, provisional', () => {
      // Thu 31 full → 2790; Fri 1/1/2027 off (statute), weekend; Mon 4/1 needs 90 → 09:00.
      expect(due('2026-12-24 09:00', days(6))).toEqual({ dueAt: local('2027-01-04 09:00'), provisional: true });
      expect(due('2026-12-30 09:00', { value: 2, unit: 'calendar_days' }).provisional).toBe(true);
    });

    it('a deadline inside 2027 across the statutory Tết (5, 8–11/2/2027) is provisional', () => {
      // Thu 4/2/2027 + 2 working days (end_of_day): Fri 5/2 off, weekend, 8–11/2 off → Fri 12 (1), Mon 15 (2).
      expect(due('2027-02-04 09:00', days(2, 'end_of_day'))).toEqual({ dueAt: local('2027-02-15 17:00'), provisional: true });
    });
  });

  describe('an agency working Saturday mornings', () => {
    const saturdays = WorkingCalendar.create({ ...defaultCalendarDefinition(), saturdayPeriods: [{ start: '07:30', end: '11:30' }] });

    it('counts Saturday mornings and closes Saturdays at 11:30', () => {
      expect(computeDueDate(saturdays, local('2026-03-06 13:00'), days(1)).dueAt).toEqual(local('2026-03-07 11:30'));
      expect(computeDueDate(saturdays, local('2026-03-06 13:00'), days(1, 'end_of_day')).dueAt).toEqual(local('2026-03-07 11:30'));
    });

    it('same_day on Saturday: before closing → 11:30; at 12:00 (closed, before the cut-off) → Monday', () => {
      const sameDay = (from: string) => computeDueDate(saturdays, local(from), { value: 0, unit: 'same_day' }).dueAt;
      expect(sameDay('2026-03-07 10:00')).toEqual(local('2026-03-07 11:30'));
      expect(sameDay('2026-03-07 12:00')).toEqual(local('2026-03-09 17:00'));
    });
  });

  describe('invalid durations', () => {
    it.each<[Duration, string]>([
      [{ value: -1, unit: 'working_days' }, 'CALENDAR_INVALID_DURATION'],
      [{ value: Number.NaN, unit: 'working_hours' }, 'CALENDAR_INVALID_DURATION'],
      [{ value: 0, unit: 'calendar_days' }, 'CALENDAR_INVALID_DURATION'],
      [{ value: 0, unit: 'working_days', mode: 'end_of_day' }, 'CALENDAR_INVALID_DURATION'],
      [{ value: 1, unit: 'weeks' as never }, 'CALENDAR_INVALID_DURATION'],
    ])('rejects %j', (duration, code) => {
      expect(() => computeDueDate(calendar, local('2026-03-03 10:00'), duration)).toThrow(expect.objectContaining({ code }));
    });

    it('rejects an invalid receipt instant', () => {
      expect(() => computeDueDate(calendar, new Date(Number.NaN), days(1))).toThrow(
        expect.objectContaining({ code: 'CALENDAR_INVALID_DATE' }),
      );
    });

    it('returns the receipt instant for 0 working days', () => {
      expect(due('2026-03-07 10:00', days(0)).dueAt).toEqual(local('2026-03-07 10:00'));
    });
  });
});

describe('cut-off for working-day procedures (per-agency option, off by default)', () => {
  const at = (text: string) => new Date(`${text.replace(' ', 'T')}:00+07:00`);
  const base = defaultWorkingCalendar();
  const withOption = WorkingCalendar.create({ ...defaultCalendarDefinition(), cutoffStartsNextDay: true });
  const threeDays = { value: 3, unit: 'working_days' as const };

  it('off: Tue 3/3/2026 15:30 + 3 working days (1440 min) → Fri 6/3 15:30', () => {
    expect(base.cutoffStartsNextDay).toBe(false);
    expect(computeDueDate(base, at('2026-03-03 15:30'), threeDays).dueAt).toEqual(at('2026-03-06 15:30'));
  });

  it('on: a receipt at or after 15:00 counts from Wed 4/3 07:30 → Fri 6/3 17:00; before it, unchanged', () => {
    expect(computeDueDate(withOption, at('2026-03-03 15:30'), threeDays).dueAt).toEqual(at('2026-03-06 17:00'));
    expect(computeDueDate(withOption, at('2026-03-03 15:00'), threeDays).dueAt).toEqual(at('2026-03-06 17:00'));
    expect(computeDueDate(withOption, at('2026-03-03 14:59'), threeDays).dueAt).toEqual(at('2026-03-06 14:59'));
    // end_of_day: Tue after the cut-off counts as received Wed → close of the 3rd working day after Wed, Mon 9/3.
    expect(computeDueDate(withOption, at('2026-03-03 15:30'), { ...threeDays, mode: 'end_of_day' }).dueAt).toEqual(at('2026-03-09 17:00'));
    expect(computeDueDate(base, at('2026-03-03 15:30'), { ...threeDays, mode: 'end_of_day' }).dueAt).toEqual(at('2026-03-06 17:00'));
    // Friday after the cut-off → Monday; working hours are not affected.
    expect(computeDueDate(withOption, at('2026-03-06 16:00'), { value: 1, unit: 'working_days' }).dueAt).toEqual(at('2026-03-09 17:00'));
    expect(computeDueDate(withOption, at('2026-03-03 15:30'), { value: 2, unit: 'working_hours' }).dueAt).toEqual(at('2026-03-04 08:00'));
  });
});
