import { ApiClient } from '../support/http';
import { startTestApp, TestApp } from '../support/test-app';
import { ScenarioBuilder, vn } from './fixtures';
import { NOVEMBER_2026, NOVEMBER_DUE, NOVEMBER_NOW } from './november-2026';

const NOVEMBER = 'from=2026-11-01&to=2026-11-30';
const DECEMBER = 'from=2026-12-01&to=2026-12-31';
const counts = (row: any) => ({ received: row.received, resolved: row.resolved, pending: row.pending, endedUnresolved: row.endedUnresolved });

/**
 * Issue 15: a month counted by hand with a late supplement, a timely one, a second request, a refusal
 * and a withdrawal after the due instant, an apology and a back-dated entry (november-2026.ts)
 * reconciles in Biểu 06, the three on-time definitions and the index export.
 */
describe('legal rules over a month counted by hand (November 2026)', () => {
  let t: TestApp;
  let scenario: ScenarioBuilder;
  let manager: ApiClient;
  let admin: ApiClient;

  beforeAll(async () => {
    t = await startTestApp({ now: vn('2026-11-01T08:00') });
    scenario = new ScenarioBuilder(t);
    await scenario.init();
    await scenario.run(NOVEMBER_2026, NOVEMBER_NOW);
    const anonymous = new ApiClient(t.baseUrl);
    [manager, admin] = await Promise.all([anonymous.login('quanly'), anonymous.login('admin')]);
  });
  afterAll(() => t.close());

  const dossier = async (key: string) => (await admin.get(`/api/v1/dossiers/${scenario.codes.get(key)}`)).body;

  it('keeps the legal due date through late supplement requests and records them as late', async () => {
    for (const [key, due] of Object.entries(NOVEMBER_DUE)) {
      expect([key, new Date((await dossier(key)).originalDueAt).toISOString()]).toEqual([key, vn(due)]);
    }
    expect((await dossier('L1')).supplementRequests.map((r: any) => r.lateReason)).toEqual(['after_due']);
    expect((await dossier('L2')).supplementRequests.map((r: any) => r.lateReason)).toEqual(['after_window']);
    expect((await dossier('T1')).supplementRequests.map((r: any) => r.lateReason)).toEqual([null]);
    expect((await dossier('S2')).supplementRequests.map((r: any) => r.lateReason)).toEqual([null, null]);
    const a1 = await dossier('A1');
    expect(a1.apology).toMatchObject({ late: false }); // Wednesday 15:00 for Thursday 09:00: by Wednesday's close
    expect(new Date(a1.dueAt).toISOString()).toBe(vn('2026-11-23T17:00'));
  });

  it('Biểu 06 for November balances: received = resolved + pending + ended without a result', async () => {
    const report = (await manager.get(`/api/v1/reports/processing?${NOVEMBER}&groupBy=procedure`)).body;
    expect(report.rows.map((r: any) => r.code)).toEqual(['1.001193', '1.004873', '1.009994']);
    // X1 on time the same day.
    expect(counts(report.rows[0])).toEqual({
      received: { total: 1, online: 0, directOrPostal: 1, carriedOver: 0 },
      resolved: { total: 1, early: 0, onTime: 1, late: 0, refused: 0 },
      pending: { total: 0, onTime: 0, late: 0 },
      endedUnresolved: { total: 0, withdrawn: 0, stopped: 0, late: 0 },
    });
    // L1 T1 S2 R1 W1 W2 A1 B1 P1 P2: T1 S2 early, B1 on time, L1 R1 A1 late (R1 refused);
    // P1 late and P2 on time pending; W1 (late) and W2 withdrawn. 10 = 6 + 2 + 2.
    expect(counts(report.rows[1])).toEqual({
      received: { total: 10, online: 2, directOrPostal: 8, carriedOver: 0 },
      resolved: { total: 6, early: 2, onTime: 1, late: 3, refused: 1 },
      pending: { total: 2, onTime: 1, late: 1 },
      endedUnresolved: { total: 2, withdrawn: 2, stopped: 0, late: 1 },
    });
    // L2 late: its late request paused nothing.
    expect(counts(report.rows[2])).toEqual({
      received: { total: 1, online: 0, directOrPostal: 1, carriedOver: 0 },
      resolved: { total: 1, early: 0, onTime: 0, late: 1, refused: 0 },
      pending: { total: 0, onTime: 0, late: 0 },
      endedUnresolved: { total: 0, withdrawn: 0, stopped: 0, late: 0 },
    });
    expect(counts(report.totals)).toEqual({
      received: { total: 12, online: 2, directOrPostal: 10, carriedOver: 0 },
      resolved: { total: 8, early: 2, onTime: 2, late: 4, refused: 1 },
      pending: { total: 2, onTime: 1, late: 1 },
      endedUnresolved: { total: 2, withdrawn: 2, stopped: 0, late: 1 },
    });
  });

  it('the three on-time definitions for November', async () => {
    const rate = async (definition: string) => (await manager.get(`/api/v1/reports/on-time-rate?${NOVEMBER}&definition=${definition}`)).body;
    // Ended in November with a result, plus W1 (withdrawn late): 9; on time T1 S2 B1 X1.
    expect(await rate('resolved')).toMatchObject({ numerator: 4, denominator: 9, rate: 0.4444 });
    // Due in November: L1 L2 T1 S2 R1 W1 A1 B1 X1 P1 (W2 withdrawn in time: out; P2 due in December); on time T1 S2 B1 X1.
    expect(await rate('due_in_period')).toMatchObject({ numerator: 4, denominator: 10, rate: 0.4 });
    // Received in November, less W2: 11; on time T1 B1 X1 and P2 (pending, not yet due on 1/12); S2 late for its second request.
    expect(await rate('index766')).toMatchObject({ numerator: 4, denominator: 11, rate: 0.3636 });
  });

  it('the index export gives the same 2.1 and the processing times of 2.2 (late requests not subtracted, same-day allowed 1 day)', async () => {
    const payload = (await manager.get(`/api/v1/index-export?${NOVEMBER}`)).body;
    expect(payload.indicators['2.1']).toMatchObject({ rate: 0.3636, numerator: 4, denominator: 11, points: 7.27, maxPoints: 20 });
    // 1.001193: X1 4.5 h → 0.56. 1.004873: L1 49 h (its late request's wait stays in), T1 33 − 8 = 25 h,
    // S2 33 − 4.5 = 28.5 h, A1 33 h, B1 23.75 h → 159.25 h / 5 / 8 = 3.98. 1.009994: L2 121 h → 15.13.
    expect(payload.indicators['2.2'].byProcedure.map((p: any) => [p.procedureCode, p.unit, p.allowed, p.average, p.count])).toEqual([
      ['1.001193', 'working_days', 1, 0.56, 1],
      ['1.004873', 'working_days', 3, 3.98, 5],
      ['1.009994', 'working_days', 15, 15.13, 1],
    ]);
    expect(payload.indicators['3.3']).toMatchObject({ numerator: 2, denominator: 12 });
  });

  it('judges December, still running on Friday 4/12, at the present', async () => {
    const report = (await manager.get(`/api/v1/reports/processing?${DECEMBER}`)).body;
    // P1 P2 carried over, P3 new; P1 (due 26/11) and P2 (due 3/12 09:00) late now, P3 (due 8/12) not yet.
    expect(report.totals.received).toEqual({ total: 3, online: 0, directOrPostal: 1, carriedOver: 2 });
    expect(report.totals.pending).toEqual({ total: 3, onTime: 1, late: 2 });
    const index = (await manager.get(`/api/v1/reports/on-time-rate?${DECEMBER}&definition=index766`)).body;
    expect(index).toMatchObject({ numerator: 1, denominator: 3, rate: 0.3333 });
  });

  it('tells the console what a supplement request now would do, with the warnings', async () => {
    const check = async (key: string) => admin.get(`/api/v1/dossiers/${scenario.codes.get(key)}/supplement-check`);
    // P3: received Thu 3/12, window to Tue 8/12 17:00, due Tue 8/12 09:00: a request now restarts the clock.
    expect((await check('P3')).body).toEqual({
      requestsSoFar: 0,
      windowEndsAt: new Date(vn('2026-12-08T17:00')).toISOString(),
      dueAt: new Date(vn('2026-12-08T09:00')).toISOString(),
      movesDeadline: true,
      lateReason: null,
      warnings: [],
    });
    // P1: due Thu 26/11 09:00, long past: the request would be recorded as late and move nothing.
    const p1 = (await check('P1')).body;
    expect(p1).toMatchObject({ movesDeadline: false, lateReason: 'after_due' });
    expect(p1.warnings.map((w: any) => w.code)).toEqual(['after_due']);
    expect(p1.warnings[0].message).toContain('quá hạn');
    // A resolved dossier cannot be asked to supplement.
    expect((await check('S2')).status).toBe(409);
  });

  it('lets a province-level administrator set a procedure\'s supplement window, as data', async () => {
    const province = await new ApiClient(t.baseUrl).login('admintinh');
    expect((await admin.put('/api/v1/procedures/1.009994/settings', { supplementWindowDays: 5 })).status).toBe(403);
    expect((await province.put('/api/v1/procedures/1.009994/settings', { supplementWindowDays: 0 })).body.errors[0].field).toBe('supplementWindowDays');
    expect((await province.put('/api/v1/procedures/9.999999/settings', { supplementWindowDays: 5 })).status).toBe(404);
    const put = await province.put('/api/v1/procedures/1.009994/settings', { supplementWindowDays: 10 });
    expect(put.status).toBe(200);
    expect(put.body).toMatchObject({ code: '1.009994', supplementWindowDays: 10 });
    // L2's request keeps the verdict recorded when it was made.
    expect((await dossier('L2')).supplementRequests[0].lateReason).toBe('after_window');
  });
});
