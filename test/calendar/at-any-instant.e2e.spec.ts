import { ApiClient } from '../support/http';
import { startTestApp, TestApp } from '../support/test-app';
import { testNow } from '../support/test-now';

/**
 * The counter's day at the test instant, whatever it is: CI runs this file at a Friday afternoon, a
 * Saturday, a Sunday, the working day before Tết and 31 December (MOTCUA_TEST_NOW, see .ci/run).
 * Expectations come from the calendar's own day list (GET /api/v1/calendar/days) and the default
 * rules of the demo agencies (07:30–11:30 and 13:00–17:00, cut-off 15:00, Saturdays off).
 */
const NOW = testNow();
const applicant = { fullName: 'Phạm Thị Thu Hà', idNumber: '038195006789', phone: '0915222333', address: 'Số 9 Lê Hoàn, phường Hạc Thành' };

/** The date and the hh:mm in Vietnam (UTC+7, no daylight saving). */
const localDay = (at: Date | string) => new Date(new Date(at).getTime() + 7 * 3_600_000).toISOString().slice(0, 10);
const localTime = (at: Date | string) => new Date(new Date(at).getTime() + 7 * 3_600_000).toISOString().slice(11, 16);
const plusDays = (day: string, n: number) => new Date(Date.parse(day) + n * 86_400_000).toISOString().slice(0, 10);

describe(`the counter at the test instant ${NOW.toISOString()} (${localDay(NOW)} ${localTime(NOW)} in Vietnam)`, () => {
  let t: TestApp;
  let counter: ApiClient;
  let head: ApiClient;

  beforeAll(async () => {
    t = await startTestApp({ now: NOW });
    const anonymous = new ApiClient(t.baseUrl);
    [counter, head] = await Promise.all([anonymous.login('tiepnhan'), anonymous.login('lanhdao')]);
  });
  afterAll(() => t?.close());

  /** Whether each day from `from` for 40 days is a working day on the agency's calendar. */
  async function workingDays(from: string, agencyCode: string): Promise<Map<string, boolean>> {
    const days = await counter.get(`/api/v1/calendar/days?from=${from}&to=${plusDays(from, 40)}&agencyCode=${agencyCode}`);
    expect(days.status).toBe(200);
    return new Map((days.body as Array<{ date: string; working: boolean }>).map((d) => [d.date, d.working]));
  }

  function firstWorkingDayAfter(days: Map<string, boolean>, day: string): string {
    const next = [...days].find(([date, working]) => date > day && working);
    if (!next) throw new Error(`no working day within 40 days after ${day}`);
    return next[0];
  }

  async function receive(procedureCode: string) {
    const made = await counter.post('/api/v1/dossiers', { procedureCode, applicant, channel: 'direct' });
    expect(made.status).toBe(201);
    const dossier = (await counter.get(`/api/v1/dossiers/${made.body.code}`)).body;
    return { ...made.body, resolvingAgencyCode: dossier.resolvingAgency?.code ?? dossier.resolvingAgencyCode } as {
      code: string;
      dueAt: string;
      provisional: boolean;
      resolvingAgencyCode: string;
    };
  }

  it('receives a dossier of three working days due within working hours of a working day, after now', async () => {
    const dossier = await receive('1.004873');
    expect(Date.parse(dossier.dueAt)).toBeGreaterThan(NOW.getTime() + 24 * 3_600_000); // three working days are more than one calendar day
    const days = await workingDays(localDay(NOW), dossier.resolvingAgencyCode);
    expect(days.get(localDay(dossier.dueAt))).toBe(true);
    expect(localTime(dossier.dueAt) >= '07:30' && localTime(dossier.dueAt) <= '17:00').toBe(true);
    // The announced years (2023–2026) are confirmed; a due date in a later year is provisional.
    expect(dossier.provisional).toBe(localDay(dossier.dueAt) > '2026-12-31');
  });

  it('gives a same-day dossier today before the 15:00 cut-off on a working day, else the next working day', async () => {
    const dossier = await receive('1.001193');
    const today = localDay(NOW);
    const days = await workingDays(today, dossier.resolvingAgencyCode);
    const expected = days.get(today) && localTime(NOW) < '15:00' ? today : firstWorkingDayAfter(days, today);
    expect(localDay(dossier.dueAt)).toBe(expected);
    expect(localTime(dossier.dueAt)).toBe('17:00');
  });

  it('accepts the apology dated the next working day after the appointment and refuses a day off', async () => {
    const dossier = await receive('1.004873');
    const due = localDay(dossier.dueAt);
    const days = await workingDays(due, dossier.resolvingAgencyCode);
    const dayOff = [...days].find(([date, working]) => date > due && !working)![0];
    const refused = await head.post(`/api/v1/dossiers/${dossier.code}/apologies`, { reason: 'Cần xác minh thêm', newDueAt: dayOff, signerName: 'Trần Quốc Hưng' });
    expect(refused.status).toBe(422);
    expect(refused.body.errors).toEqual([expect.objectContaining({ field: 'newDueAt' })]);

    const next = firstWorkingDayAfter(days, due);
    const suggested = await head.get(
      `/api/v1/calendar/due-date?from=${encodeURIComponent(dossier.dueAt)}&amount=1&unit=working_days&mode=end_of_day&agencyCode=${dossier.resolvingAgencyCode}`,
    );
    expect(suggested.status).toBe(200);
    expect(localDay(suggested.body.dueAt)).toBe(next); // what the console's apology dialog suggests
    const issued = await head.post(`/api/v1/dossiers/${dossier.code}/apologies`, { reason: 'Cần xác minh thêm', newDueAt: next, signerName: 'Trần Quốc Hưng' });
    expect(issued.status).toBe(201);
    expect(localDay(issued.body.dossier.dueAt)).toBe(next);
    expect(localTime(issued.body.dossier.dueAt)).toBe('17:00');
  });
});
