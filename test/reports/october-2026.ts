import type { ScenarioDossier } from './fixtures';

/**
 * A month counted by hand: October 2026 at 000.17.22.H56 (no day off in October; 1/10 is a
 * Thursday). Working hours 07:30–11:30 and 13:00–17:00, so 1 working day = 8 h. Due dates:
 * 1.004873 / 1.004859 / 2.000720 take 3 working days, 2.001035 takes 2 (all working_time).
 *
 * key  procedure  channel  received        due (original)     end                           class in Biểu 06
 * A1   1.004873   direct   Mon 05/10 09:00 Thu 08/10 09:00    resolved Tue 06/10 10:00      early
 * A2   1.004873   online   Mon 05/10 09:00 Thu 08/10 09:00    resolved Thu 08/10 08:30      on time
 * A3   1.004873   postal   Mon 05/10 09:00 Thu 08/10 09:00    resolved Thu 08/10 10:00      late
 * A4   1.004873   online   Mon 26/10 09:00 Thu 29/10 09:00    resolved Mon 02/11 (after)    pending, late
 * A5   1.004859   direct   Thu 29/10 14:00 Tue 03/11 14:00    —                             pending, on time
 * A6   1.004873   direct   Mon 28/09 09:00 Thu 01/10 09:00    resolved Fri 02/10 09:00      carried over, late
 * A7   1.004873   direct   Mon 21/09 09:00 Thu 24/09 09:00    resolved Wed 23/09            out of the period
 * A8   1.004873   direct   Mon 12/10 09:00 Thu 15/10 09:00    withdrawn Tue 13/10           ended without result
 * A9   1.004873   direct   Fri 25/09 09:00 Wed 30/09 09:00    —                             carried over, pending late
 * A10  1.004873   direct   Mon 19/10 09:00 Wed 28/10 09:00 *  resolved Tue 27/10 10:00      early (2 supplement requests)
 * B1   2.001035   online   Tue 06/10 09:00 Thu 08/10 09:00    resolved Wed 07/10 10:00      early
 * B2   2.001035   direct   Tue 06/10 09:00 Thu 08/10 09:00    stopped Wed 07/10             ended without result
 * B3   2.001035   direct   Fri 30/10 09:00 Tue 03/11 09:00    —                             pending, on time
 * C1   2.000720   direct   Wed 30/09 09:00 Mon 05/10 09:00    resolved Mon 05/10 09:00      carried over, on time
 * C2   2.000720   direct   Mon 19/10 09:00 Thu 22/10 09:00    resolved Fri 23/10 10:00      late (apology to 30/10 ignored)
 * D1   1.004873   direct   Mon 05/10 09:00 (second commune 000.18.22.H56, pending): only in the province's report
 *
 * * A10: supplement requested Tue 20/10 09:00, received Wed 21/10 09:00, requested again Thu 22/10
 *   09:00, received Fri 23/10 09:00; the clock restarts: 3 working days from Fri 23/10 09:00.
 */
export const OCTOBER_2026: ScenarioDossier[] = [
  { key: 'A1', procedureCode: '1.004873', channel: 'direct', receivedAt: '2026-10-05T09:00', resolvedAt: '2026-10-06T10:00', rating: { at: '2026-10-06T10:30', level: 'very_satisfied' } },
  { key: 'A2', procedureCode: '1.004873', channel: 'online', receivedAt: '2026-10-05T09:00', resolvedAt: '2026-10-08T08:30', rating: { at: '2026-10-08T09:00', level: 'dissatisfied' } },
  { key: 'A3', procedureCode: '1.004873', channel: 'postal', receivedAt: '2026-10-05T09:00', resolvedAt: '2026-10-08T10:00' },
  { key: 'A4', procedureCode: '1.004873', channel: 'online', receivedAt: '2026-10-26T09:00', resolvedAt: '2026-11-02T10:00' },
  { key: 'A5', procedureCode: '1.004859', channel: 'direct', receivedAt: '2026-10-29T14:00' },
  { key: 'A6', procedureCode: '1.004873', channel: 'direct', receivedAt: '2026-09-28T09:00', resolvedAt: '2026-10-02T09:00' },
  { key: 'A7', procedureCode: '1.004873', channel: 'direct', receivedAt: '2026-09-21T09:00', resolvedAt: '2026-09-23T10:00' },
  { key: 'A8', procedureCode: '1.004873', channel: 'direct', receivedAt: '2026-10-12T09:00', withdrawnAt: '2026-10-13T09:00' },
  { key: 'A9', procedureCode: '1.004873', channel: 'direct', receivedAt: '2026-09-25T09:00' },
  {
    key: 'A10',
    procedureCode: '1.004873',
    channel: 'direct',
    receivedAt: '2026-10-19T09:00',
    supplements: [
      { requestedAt: '2026-10-20T09:00', receivedAt: '2026-10-21T09:00' },
      { requestedAt: '2026-10-22T09:00', receivedAt: '2026-10-23T09:00' },
    ],
    resolvedAt: '2026-10-27T10:00',
  },
  { key: 'B1', procedureCode: '2.001035', channel: 'online', receivedAt: '2026-10-06T09:00', resolvedAt: '2026-10-07T10:00' },
  { key: 'B2', procedureCode: '2.001035', channel: 'direct', receivedAt: '2026-10-06T09:00', stoppedAt: '2026-10-07T09:00' },
  { key: 'B3', procedureCode: '2.001035', channel: 'direct', receivedAt: '2026-10-30T09:00' },
  { key: 'C1', procedureCode: '2.000720', channel: 'direct', receivedAt: '2026-09-30T09:00', resolvedAt: '2026-10-05T09:00' },
  { key: 'C2', procedureCode: '2.000720', channel: 'direct', receivedAt: '2026-10-19T09:00', apology: { at: '2026-10-21T09:00', newDueAt: '2026-10-30T17:00' }, resolvedAt: '2026-10-23T10:00' },
  { key: 'D1', procedureCode: '1.004873', channel: 'direct', receivedAt: '2026-10-05T09:00', actor: 'province', receivingAgencyCode: '000.18.22.H56' },
  // Received "today" (Mon 23/11/2026 08:00): pending, not yet due; only the overdue-by-procedure list sees it.
  { key: 'N1', procedureCode: '1.004873', channel: 'online', receivedAt: '2026-11-23T08:00' },
];

/** Original due dates computed by hand (local times), checked against what the service stored. */
export const EXPECTED_DUE: Record<string, string> = {
  A1: '2026-10-08T09:00',
  A3: '2026-10-08T09:00',
  A4: '2026-10-29T09:00',
  A5: '2026-11-03T14:00',
  A6: '2026-10-01T09:00',
  A9: '2026-09-30T09:00',
  A10: '2026-10-28T09:00',
  B1: '2026-10-08T09:00',
  B3: '2026-11-03T09:00',
  C1: '2026-10-05T09:00',
  C2: '2026-10-22T09:00',
};

export const NOW = '2026-11-23T09:00';
