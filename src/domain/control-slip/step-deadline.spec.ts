import fc from 'fast-check';
import { defaultWorkingCalendar } from '../calendar';
import { counterDeadline, firstStepStart, nextWorkingDayStart, stepDeadline } from './step-deadline';

const calendar = defaultWorkingCalendar();
const at = (local: string) => new Date(`${local}+07:00`);

describe('control-slip step timing', () => {
  it('gives the counter until close of business for a dossier received before 15:00', () => {
    expect(counterDeadline(calendar, at('2026-11-23T14:59:00'))).toEqual(at('2026-11-23T17:00:00'));
  });

  it('gives the counter the first working hour of the next working day after 15:00 (Friday → Monday)', () => {
    expect(counterDeadline(calendar, at('2026-11-27T15:30:00'))).toEqual(at('2026-11-30T08:30:00'));
  });

  it('never gives the counter more than the legal due instant (a 2-working-hour procedure received at 15:30)', () => {
    // Due Tue 24/11 08:30 (1.5 h on Monday, 0.5 h on Tuesday); the counter's own deadline would be Tue 08:30 too, at 16:00 it is capped.
    expect(counterDeadline(calendar, at('2026-11-23T15:30:00'), at('2026-11-24T08:00:00'))).toEqual(at('2026-11-24T08:00:00'));
    expect(counterDeadline(calendar, at('2026-11-23T14:00:00'), at('2026-11-23T16:00:00'))).toEqual(at('2026-11-23T16:00:00'));
    expect(counterDeadline(calendar, at('2026-11-23T14:00:00'), at('2026-11-26T16:00:00'))).toEqual(at('2026-11-23T17:00:00'));
  });

  it('starts the first step at the hand-off, or the next working morning when received after the cut-off', () => {
    expect(firstStepStart(calendar, at('2026-11-23T09:00:00'), at('2026-11-23T10:00:00'))).toEqual(at('2026-11-23T10:00:00'));
    expect(firstStepStart(calendar, at('2026-11-23T15:10:00'), at('2026-11-23T15:20:00'))).toEqual(at('2026-11-24T07:30:00'));
    // Tết 2026: received Friday 13/2 after the cut-off → the next working day is Monday 23/2.
    expect(nextWorkingDayStart(calendar, at('2026-02-13T16:00:00'))).toEqual(at('2026-02-23T07:30:00'));
  });

  it("uses the procedure's step budget and never goes past the legal due date", () => {
    const process = [
      { unit: 'Bộ phận Một cửa', workingHours: 2 },
      { unit: 'Công chức Tư pháp - Hộ tịch', workingHours: 14 },
    ];
    const startsAt = at('2026-11-23T10:00:00');
    // 14 working hours from Mon 10:00: Mon 5.5h, Tue 8h → 13.5h, Wed 0.5h → 08:00.
    expect(stepDeadline(calendar, { position: 1, startsAt, legalDueAt: at('2026-11-26T10:00:00'), process })).toEqual(at('2026-11-25T08:00:00'));
    expect(stepDeadline(calendar, { position: 1, startsAt, legalDueAt: at('2026-11-24T09:00:00'), process })).toEqual(at('2026-11-24T09:00:00'));
  });

  it('shares the time left evenly among the default steps when the procedure defines none', () => {
    // Mon 10:00 → Thu 10:00 is 24 working hours; three steps remain → 8 hours → Tue 10:00.
    const deadline = stepDeadline(calendar, { position: 1, startsAt: at('2026-11-23T10:00:00'), legalDueAt: at('2026-11-26T10:00:00'), process: [] });
    expect(deadline).toEqual(at('2026-11-24T10:00:00'));
  });

  it('property: a step deadline lies between its start and the legal due date', () => {
    const instant = fc.integer({ min: Date.parse('2024-01-01T00:00:00Z'), max: Date.parse('2026-12-01T00:00:00Z') }).map((ms) => new Date(ms));
    fc.assert(
      fc.property(instant, fc.integer({ min: 0, max: 20000 }), fc.integer({ min: 1, max: 6 }), fc.array(fc.integer({ min: 1, max: 40 }), { maxLength: 5 }), (start, extra, position, hours) => {
        const startsAt = start;
        const legalDueAt = calendar.addWorkingMinutes(startsAt, extra);
        const process = hours.map((h) => ({ unit: 'x', workingHours: h }));
        const deadline = stepDeadline(calendar, { position, startsAt, legalDueAt, process });
        return deadline.getTime() <= Math.max(legalDueAt.getTime(), startsAt.getTime()) && deadline.getTime() >= Math.min(startsAt.getTime(), legalDueAt.getTime());
      }),
    );
  });
});
