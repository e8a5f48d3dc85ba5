import type { ScenarioDossier } from './fixtures';

/**
 * A month counted by hand for the legal rules of issue 15: November 2026 at 000.17.22.H56 (no day
 * off in November; Mon 2/11). Working hours 07:30–11:30 and 13:00–17:00 (1 working day = 8 h).
 * 1.004873 takes 3 working days, 1.009994 15 (pause policy), 1.001193 the same day; all working_time.
 * Supplement window: 3 working days after the day of receipt (close of business).
 *
 * key proc      ch      received         due (legal)        events                                           Biểu 06
 * L1  1.004873  direct  Mon 02/11 09:00  Thu 05/11 09:00    supplement asked Fri 06/11 09:00 (after the due   late
 *                                                            instant: recorded, moves nothing), got Mon 09/11
 *                                                            09:00; resolved Tue 10/11 10:00 (a restart would
 *                                                            have made it due Thu 12/11: on time)
 * L2  1.009994  direct  Mon 02/11 09:00  Mon 23/11 09:00    asked Fri 06/11 09:00 (window closed Thu 05/11    late
 *                                                            17:00), got Wed 11/11 09:00 (a pause would have
 *                                                            moved the due date by 24 h); resolved Mon 23/11 10:00
 * T1  1.004873  online  Mon 02/11 09:00  Mon 09/11 09:00    asked Tue 03/11 09:00, got Wed 04/11 09:00         early
 *                                                            (restart); resolved Fri 06/11 10:00
 * S2  1.004873  direct  Mon 09/11 09:00  Mon 16/11 10:00    asked Tue 10/11 09:00, got 14:00 (→ Fri 13/11     early (766: late,
 *                                                            14:00); asked again Wed 11/11 09:00, got 10:00;   second request)
 *                                                            resolved Fri 13/11 10:00
 * R1  1.004873  direct  Mon 02/11 09:00  Thu 05/11 09:00    refused after appraisal Mon 09/11 10:00           late (a result)
 * W1  1.004873  direct  Mon 02/11 09:00  Thu 05/11 09:00    withdrawn Fri 06/11 09:00 (after the due instant)  ended, late
 * W2  1.004873  direct  Mon 16/11 09:00  Thu 19/11 09:00    withdrawn Tue 17/11 09:00                         ended, out of the rates
 * A1  1.004873  online  Mon 16/11 09:00  Thu 19/11 09:00    apology Wed 18/11 15:00 (in time: by Wednesday's   late
 *                                                            close) to Mon 23/11 17:00; resolved Fri 20/11 10:00
 * B1  1.004873  direct  Mon 09/11 08:00  Thu 12/11 08:00    paper dossier entered Wed 11/11 10:00 by the      on time
 *                                                            administrator, back-dated; resolved Thu 12/11 07:45
 * X1  1.001193  direct  Tue 17/11 09:00  Tue 17/11 17:00    resolved 15:00 the same day                       on time
 * P1  1.004873  direct  Mon 23/11 09:00  Thu 26/11 09:00    open                                              pending, late
 * P2  1.004873  direct  Mon 30/11 09:00  Thu 03/12 09:00    open                                              pending, on time
 * P3  1.004873  direct  Thu 03/12 09:00  Tue 08/12 09:00    open (December, still running on Fri 04/12)
 */
export const NOVEMBER_2026: ScenarioDossier[] = [
  { key: 'L1', procedureCode: '1.004873', channel: 'direct', receivedAt: '2026-11-02T09:00', supplements: [{ requestedAt: '2026-11-06T09:00', receivedAt: '2026-11-09T09:00' }], resolvedAt: '2026-11-10T10:00' },
  { key: 'L2', procedureCode: '1.009994', channel: 'direct', receivedAt: '2026-11-02T09:00', supplements: [{ requestedAt: '2026-11-06T09:00', receivedAt: '2026-11-11T09:00' }], resolvedAt: '2026-11-23T10:00' },
  { key: 'T1', procedureCode: '1.004873', channel: 'online', receivedAt: '2026-11-02T09:00', supplements: [{ requestedAt: '2026-11-03T09:00', receivedAt: '2026-11-04T09:00' }], resolvedAt: '2026-11-06T10:00' },
  {
    key: 'S2',
    procedureCode: '1.004873',
    channel: 'direct',
    receivedAt: '2026-11-09T09:00',
    supplements: [
      { requestedAt: '2026-11-10T09:00', receivedAt: '2026-11-10T14:00' },
      { requestedAt: '2026-11-11T09:00', receivedAt: '2026-11-11T10:00' },
    ],
    resolvedAt: '2026-11-13T10:00',
  },
  { key: 'R1', procedureCode: '1.004873', channel: 'direct', receivedAt: '2026-11-02T09:00', refusedAt: '2026-11-09T10:00' },
  { key: 'W1', procedureCode: '1.004873', channel: 'direct', receivedAt: '2026-11-02T09:00', withdrawnAt: '2026-11-06T09:00' },
  { key: 'W2', procedureCode: '1.004873', channel: 'direct', receivedAt: '2026-11-16T09:00', withdrawnAt: '2026-11-17T09:00' },
  { key: 'A1', procedureCode: '1.004873', channel: 'online', receivedAt: '2026-11-16T09:00', apology: { at: '2026-11-18T15:00', newDueAt: '2026-11-23T17:00' }, resolvedAt: '2026-11-20T10:00' },
  { key: 'B1', procedureCode: '1.004873', channel: 'direct', receivedAt: '2026-11-09T08:00', enteredAt: '2026-11-11T10:00', resolvedAt: '2026-11-12T07:45' },
  { key: 'X1', procedureCode: '1.001193', channel: 'direct', receivedAt: '2026-11-17T09:00', resolvedAt: '2026-11-17T15:00' },
  { key: 'P1', procedureCode: '1.004873', channel: 'direct', receivedAt: '2026-11-23T09:00' },
  { key: 'P2', procedureCode: '1.004873', channel: 'direct', receivedAt: '2026-11-30T09:00' },
  { key: 'P3', procedureCode: '1.004873', channel: 'direct', receivedAt: '2026-12-03T09:00' },
];

/** Legal (original) due dates counted by hand, local time. */
export const NOVEMBER_DUE: Record<string, string> = {
  L1: '2026-11-05T09:00',
  L2: '2026-11-23T09:00',
  T1: '2026-11-09T09:00',
  S2: '2026-11-16T10:00',
  R1: '2026-11-05T09:00',
  W1: '2026-11-05T09:00',
  W2: '2026-11-19T09:00',
  A1: '2026-11-19T09:00',
  B1: '2026-11-12T08:00',
  X1: '2026-11-17T17:00',
  P1: '2026-11-26T09:00',
  P2: '2026-12-03T09:00',
  P3: '2026-12-08T09:00',
};

/** Friday 4 December 2026, 10:00: November is over, December is running. */
export const NOVEMBER_NOW = '2026-12-04T10:00';
