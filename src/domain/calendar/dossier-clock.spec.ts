import fc from 'fast-check';
import { defaultWorkingCalendar } from './default-calendar';
import { type ClockEvent, dueDateFromEvents, supplementWindowEnd } from './dossier-clock';
import { type Duration, computeDueDate } from './due-date';

const local = (text: string) => new Date(`${text.replace(' ', 'T')}:00+07:00`);
const calendar = defaultWorkingCalendar();
const fiveDays: Duration = { value: 5, unit: 'working_days' };

const received: ClockEvent = { type: 'received', at: local('2026-03-02 08:00') };
const requested: ClockEvent = { type: 'supplement_requested', at: local('2026-03-04 10:00') };
const supplied: ClockEvent = { type: 'supplement_received', at: local('2026-03-10 14:00') };

/**
 * Hand-checked on the default calendar (480 min a day). Received Mon 2/3/2026 08:00, 5 working days
 * (2400 min): Mon 450, Tue 930, Wed 1410, Thu 1890, Fri 2370, Mon 9/3 needs 30 → 08:00.
 */
describe('dueDateFromEvents', () => {
  it('without a supplement, is the plain due date', () => {
    expect(dueDateFromEvents(calendar, fiveDays, 'restart', [received])).toEqual({
      dueAt: local('2026-03-09 08:00'),
      originalDueAt: local('2026-03-09 08:00'),
      provisional: false,
      running: true,
      pausedWorkingMinutes: 0,
      supplementWindowEndsAt: local('2026-03-05 17:00'),
      supplementRequests: [],
    });
  });

  it('restart: counts the whole duration again from the supplement (Tue 10/3 14:00 → Tue 17/3 14:00)', () => {
    const result = dueDateFromEvents(calendar, fiveDays, 'restart', [received, requested, supplied]);
    expect(result).toMatchObject({ dueAt: local('2026-03-17 14:00'), running: true, pausedWorkingMinutes: 0 });
  });

  it('pause: leaves out the working time from request to receipt (2070 min) → Fri 13/3 10:30', () => {
    // Wed 4/3 10:00 → Tue 10/3 14:00: Wed 330, Thu 480, Fri 480, Mon 480, Tue 240 + 60 = 2070.
    // Before the request 1080 had elapsed (Mon 450, Tue 480, Wed 150); 1320 remain from Tue 14:00:
    // Tue 180, Wed 660, Thu 1140, Fri 13/3 needs 180 → 10:30.
    const result = dueDateFromEvents(calendar, fiveDays, 'pause', [received, requested, supplied]);
    expect(result).toMatchObject({ dueAt: local('2026-03-13 10:30'), running: true, pausedWorkingMinutes: 2070 });
  });

  describe('while a supplement is outstanding', () => {
    it('restart: as if the supplement came at the request instant by default (Wed 11/3 10:00)', () => {
      const result = dueDateFromEvents(calendar, fiveDays, 'restart', [received, requested]);
      expect(result).toMatchObject({ dueAt: local('2026-03-11 10:00'), running: false, pausedWorkingMinutes: 0 });
    });

    it('restart: as if it came `now` when given (Fri 6/3 10:00 → Fri 13/3 10:00)', () => {
      const result = dueDateFromEvents(calendar, fiveDays, 'restart', [received, requested], { now: local('2026-03-06 10:00') });
      expect(result).toMatchObject({ dueAt: local('2026-03-13 10:00'), running: false });
    });

    it('pause: the wait so far is left out (Wed 10:00 → Fri 10:00 = 960 min → Wed 11/3 08:00)', () => {
      const result = dueDateFromEvents(calendar, fiveDays, 'pause', [received, requested], { now: local('2026-03-06 10:00') });
      expect(result).toMatchObject({ dueAt: local('2026-03-11 08:00'), running: false, pausedWorkingMinutes: 960 });
      const atRequest = dueDateFromEvents(calendar, fiveDays, 'pause', [received, requested]);
      expect(atRequest).toMatchObject({ dueAt: local('2026-03-09 08:00'), pausedWorkingMinutes: 0 });
    });

    it('never resumes before the last event, even with an earlier `now`', () => {
      const result = dueDateFromEvents(calendar, fiveDays, 'restart', [received, requested], { now: local('2026-03-01 08:00') });
      expect(result.dueAt).toEqual(local('2026-03-11 10:00'));
    });
  });

  it('paused/resumed leave out the wait whatever the policy (Tue 13:00–15:00 → +120 → Mon 9/3 10:00)', () => {
    const events: ClockEvent[] = [
      received,
      { type: 'paused', at: local('2026-03-03 13:00') },
      { type: 'resumed', at: local('2026-03-03 15:00') },
    ];
    for (const policy of ['restart', 'pause'] as const) {
      expect(dueDateFromEvents(calendar, fiveDays, policy, events)).toMatchObject({
        dueAt: local('2026-03-09 10:00'),
        pausedWorkingMinutes: 120,
      });
    }
    const stillPaused = dueDateFromEvents(calendar, fiveDays, 'restart', events.slice(0, 2), { now: local('2026-03-04 13:00') });
    expect(stillPaused).toMatchObject({ running: false, pausedWorkingMinutes: 480, dueAt: local('2026-03-10 08:00') });
  });

  it('restart forgets pauses before the supplement (Thu 5/3 09:00 + 5 days → Thu 12/3 09:00)', () => {
    const events: ClockEvent[] = [
      received,
      { type: 'paused', at: local('2026-03-03 13:00') },
      { type: 'resumed', at: local('2026-03-03 15:00') },
      requested,
      { type: 'supplement_received', at: local('2026-03-05 09:00') },
    ];
    expect(dueDateFromEvents(calendar, fiveDays, 'restart', events)).toMatchObject({
      dueAt: local('2026-03-12 09:00'),
      pausedWorkingMinutes: 0,
    });
  });

  describe('overlapping supplement and verification pause', () => {
    // Requested Wed 4/3 10:00, paused Thu 5/3 09:00, supplement Fri 6/3 10:00, resumed Mon 9/3 10:00.
    const events: ClockEvent[] = [
      received,
      requested,
      { type: 'paused', at: local('2026-03-05 09:00') },
      { type: 'supplement_received', at: local('2026-03-06 10:00') },
      { type: 'resumed', at: local('2026-03-09 10:00') },
    ];

    it('pause: stopped from Wed 10:00 to Mon 10:00 = 330 + 480 + 480 + 150 = 1440 → Thu 12/3 08:00', () => {
      expect(dueDateFromEvents(calendar, fiveDays, 'pause', events)).toMatchObject({
        dueAt: local('2026-03-12 08:00'),
        pausedWorkingMinutes: 1440,
      });
    });

    it('restart: runs again from Fri 10:00 but paused until Mon 10:00 (480) → Fri 13/3 10:00 + 480 = Mon 16/3 10:00', () => {
      expect(dueDateFromEvents(calendar, fiveDays, 'restart', events)).toMatchObject({
        dueAt: local('2026-03-16 10:00'),
        pausedWorkingMinutes: 480,
      });
    });
  });

  it('end_of_day with a pause: Thu 5/3 17:00 moved by 480 working minutes → Fri 6/3 17:00', () => {
    const events: ClockEvent[] = [
      { type: 'received', at: local('2026-03-02 09:00') },
      { type: 'supplement_requested', at: local('2026-03-03 09:00') },
      { type: 'supplement_received', at: local('2026-03-04 09:00') },
    ];
    const result = dueDateFromEvents(calendar, { value: 3, unit: 'working_days', mode: 'end_of_day' }, 'pause', events);
    expect(result.dueAt).toEqual(local('2026-03-06 17:00'));
  });

  it('a reschedule (apology) sets dueAt and keeps the clock in originalDueAt', () => {
    const newDueAt = local('2026-03-20 17:00');
    const result = dueDateFromEvents(calendar, fiveDays, 'restart', [received, requested, supplied, { type: 'rescheduled', newDueAt }]);
    expect(result).toMatchObject({ dueAt: newDueAt, originalDueAt: local('2026-03-17 14:00'), running: true });
  });

  it('is provisional when the clock runs into 2027, until rescheduled', () => {
    const late: ClockEvent = { type: 'received', at: local('2026-12-24 09:00') };
    const sixDays: Duration = { value: 6, unit: 'working_days' };
    expect(dueDateFromEvents(calendar, sixDays, 'restart', [late])).toMatchObject({
      dueAt: local('2027-01-04 09:00'),
      provisional: true,
    });
    const apology: ClockEvent = { type: 'rescheduled', newDueAt: local('2027-01-08 17:00') };
    const rescheduled = dueDateFromEvents(calendar, sixDays, 'restart', [late, apology]);
    expect(rescheduled.provisional).toBe(false);
  });

  it.each<[string, ClockEvent[]]>([
    ['no events', []],
    ['an event before received', [requested, received]],
    ['received twice', [received, received]],
    ['a supplement never requested', [received, supplied]],
    ['two outstanding requests', [received, requested, requested]],
    ['resumed without paused', [received, { type: 'resumed', at: local('2026-03-03 08:00') }]],
    ['paused twice', [received, { type: 'paused', at: local('2026-03-03 08:00') }, { type: 'paused', at: local('2026-03-03 09:00') }]],
    ['events out of order', [received, { type: 'supplement_requested', at: local('2026-03-01 10:00') }]],
    ['a reschedule before receipt', [{ type: 'rescheduled', newDueAt: local('2026-03-20 17:00') }, received]],
  ])('rejects %s', (_name, events) => {
    expect(() => dueDateFromEvents(calendar, fiveDays, 'restart', events)).toThrow(
      expect.objectContaining({ code: 'CALENDAR_INVALID_EVENTS' }),
    );
  });
});

/**
 * The limits of the restart (DOMAIN.md §4). Received Mon 2/3/2026 08:00: the window closes at the
 * close of business of the 3rd working day after Monday, Thu 5/3 17:00; 5 working days → Mon 9/3 08:00.
 */
describe('limits of the restart', () => {
  it('a request inside the window restarts the clock and is granted', () => {
    const result = dueDateFromEvents(calendar, fiveDays, 'restart', [received, requested, supplied]);
    expect(result.supplementRequests).toEqual([{ at: requested.at, granted: true, lateReason: null, dueAtRequest: local('2026-03-09 08:00') }]);
  });

  it('a request after the window (Fri 6/3 08:00) is the agency\'s late request: the deadline stays Mon 9/3 08:00', () => {
    const events: ClockEvent[] = [received, { type: 'supplement_requested', at: local('2026-03-06 08:00') }, { type: 'supplement_received', at: local('2026-03-12 09:00') }];
    for (const policy of ['restart', 'pause'] as const) {
      const result = dueDateFromEvents(calendar, fiveDays, policy, events);
      expect(result).toMatchObject({ dueAt: local('2026-03-09 08:00'), originalDueAt: local('2026-03-09 08:00'), running: true, pausedWorkingMinutes: 0 });
      expect(result.supplementRequests[0]).toMatchObject({ granted: false, lateReason: 'after_window' });
    }
    // While it is outstanding the clock runs on.
    expect(dueDateFromEvents(calendar, fiveDays, 'restart', events.slice(0, 2), { now: local('2026-03-20 08:00') })).toMatchObject({
      running: true,
      dueAt: local('2026-03-09 08:00'),
    });
  });

  it('a request after the due instant never turns the late dossier on time, however long the window', () => {
    const events: ClockEvent[] = [received, { type: 'supplement_requested', at: local('2026-03-09 08:01') }, { type: 'supplement_received', at: local('2026-03-10 08:00') }];
    const result = dueDateFromEvents(calendar, fiveDays, 'restart', events, { supplementWindowDays: 10 });
    expect(result).toMatchObject({ originalDueAt: local('2026-03-09 08:00'), supplementWindowEndsAt: local('2026-03-16 17:00') });
    expect(result.supplementRequests[0]).toMatchObject({ granted: false, lateReason: 'after_due' });
    // At the due instant itself it is still in time.
    const atDue = dueDateFromEvents(calendar, fiveDays, 'restart', [received, { type: 'supplement_requested', at: local('2026-03-09 08:00') }], { supplementWindowDays: 10 });
    expect(atDue.supplementRequests[0].granted).toBe(true);
  });

  it('the window is per procedure: 5 days → a request on Mon 9/3 07:45 (before the due instant) restarts', () => {
    const events: ClockEvent[] = [received, { type: 'supplement_requested', at: local('2026-03-09 07:45') }, { type: 'supplement_received', at: local('2026-03-10 08:00') }];
    expect(dueDateFromEvents(calendar, fiveDays, 'restart', events, { supplementWindowDays: 5 }).originalDueAt).toEqual(local('2026-03-17 08:00'));
    expect(dueDateFromEvents(calendar, fiveDays, 'restart', events).originalDueAt).toEqual(local('2026-03-09 08:00'));
    expect(() => dueDateFromEvents(calendar, fiveDays, 'restart', events, { supplementWindowDays: 0 })).toThrow(expect.objectContaining({ code: 'CALENDAR_INVALID_DURATION' }));
  });

  it('a second request inside the window restarts again (QĐ 766 still counts the dossier late, see reports)', () => {
    // Restarted Tue 3/3 09:00 → due Tue 10/3 09:00; second request Thu 5/3 10:00, received Fri 6/3 08:00 → Fri 13/3 08:00.
    const events: ClockEvent[] = [
      received,
      { type: 'supplement_requested', at: local('2026-03-02 10:00') },
      { type: 'supplement_received', at: local('2026-03-03 09:00') },
      { type: 'supplement_requested', at: local('2026-03-05 10:00') },
      { type: 'supplement_received', at: local('2026-03-06 08:00') },
    ];
    const result = dueDateFromEvents(calendar, fiveDays, 'restart', events);
    expect(result.originalDueAt).toEqual(local('2026-03-13 08:00'));
    expect(result.supplementRequests.map((r) => [r.granted, r.dueAtRequest])).toEqual([
      [true, local('2026-03-09 08:00')],
      [true, local('2026-03-10 09:00')],
    ]);
  });
});

describe('dueDateFromEvents (properties)', () => {
  const MINUTE = 60_000;
  const first = Date.parse('2023-01-02T00:00:00+07:00') / MINUTE;
  const span = 3 * 365 * 24 * 60;
  const instant = fc.integer({ min: first, max: first + span }).map((m) => new Date(m * MINUTE));
  const gap = fc.integer({ min: 0, max: 20 * 24 * 60 });
  const duration = fc.integer({ min: 1, max: 30 }).map((value): Duration => ({ value, unit: 'working_days' }));

  it('restart equals a fresh due date from the supplement; pause shifts by the waited working time', () => {
    fc.assert(
      fc.property(instant, gap, gap, duration, (at, toRequest, wait, d) => {
        const request = new Date(at.getTime() + toRequest * MINUTE);
        const supply = new Date(request.getTime() + wait * MINUTE);
        const events: ClockEvent[] = [
          { type: 'received', at },
          { type: 'supplement_requested', at: request },
          { type: 'supplement_received', at: supply },
        ];
        const plain = computeDueDate(calendar, at, d).dueAt;
        const inRules = request <= supplementWindowEnd(calendar, at) && request <= plain;
        if (!inRules) {
          // Outside the window, or already late: recorded, and the deadline does not move.
          for (const policy of ['restart', 'pause'] as const) {
            const result = dueDateFromEvents(calendar, d, policy, events);
            expect(result).toMatchObject({ originalDueAt: plain, pausedWorkingMinutes: 0, running: true });
            expect(result.supplementRequests[0]).toMatchObject({ granted: false, lateReason: request > plain ? 'after_due' : 'after_window' });
          }
          return;
        }
        expect(dueDateFromEvents(calendar, d, 'restart', events).dueAt).toEqual(computeDueDate(calendar, supply, d).dueAt);
        const waited = calendar.workingMinutesBetween(request, supply);
        const paused = dueDateFromEvents(calendar, d, 'pause', events);
        expect(paused.pausedWorkingMinutes).toBe(waited);
        expect(paused.dueAt).toEqual(calendar.addWorkingMinutes(computeDueDate(calendar, at, d).dueAt, waited));
        expect(paused.dueAt.getTime()).toBeLessThanOrEqual(dueDateFromEvents(calendar, d, 'restart', events).dueAt.getTime());
      }),
      { numRuns: 1000 },
    );
  });
});

describe('a recorded verdict', () => {
  it('is kept when the rules change later (a window edited after the request)', () => {
    const request: ClockEvent = { type: 'supplement_requested', at: local('2026-03-06 08:00'), lateReason: null };
    const events: ClockEvent[] = [received, request, { type: 'supplement_received', at: local('2026-03-10 08:00') }];
    // Judged today it would be after the 3-day window; it was granted when made (e.g. a 5-day window then).
    expect(dueDateFromEvents(calendar, fiveDays, 'restart', events).originalDueAt).toEqual(local('2026-03-17 08:00'));
    const flagged: ClockEvent = { ...request, lateReason: 'after_window' };
    expect(dueDateFromEvents(calendar, fiveDays, 'restart', [received, flagged, events[2]]).originalDueAt).toEqual(local('2026-03-09 08:00'));
  });
});
