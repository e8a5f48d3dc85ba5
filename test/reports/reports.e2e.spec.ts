import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { writeIndexExport } from '../../src/reports/index-export.command';
import { ApiClient } from '../support/http';
import { startTestApp, TestApp } from '../support/test-app';
import { ScenarioBuilder, vn } from './fixtures';
import { EXPECTED_DUE, NOW, OCTOBER_2026 } from './october-2026';

const OCTOBER = 'from=2026-10-01&to=2026-10-31';
const counts = (row: any) => ({ received: row.received, resolved: row.resolved, pending: row.pending });

describe('reports over a month counted by hand (October 2026)', () => {
  let t: TestApp;
  let scenario: ScenarioBuilder;
  let manager: ApiClient;
  let admin: ApiClient;
  let provinceAdmin: ApiClient;
  let anonymous: ApiClient;

  beforeAll(async () => {
    t = await startTestApp({ now: vn('2026-09-01T08:00') });
    scenario = new ScenarioBuilder(t);
    await scenario.init();
    await scenario.run(OCTOBER_2026, NOW);
    anonymous = new ApiClient(t.baseUrl);
    [manager, admin, provinceAdmin] = await Promise.all([anonymous.login('quanly'), anonymous.login('admin'), anonymous.login('admintinh')]);
  });
  afterAll(() => t.close());

  it('built the dossiers with the due dates counted by hand (A10 restarted after its second supplement)', async () => {
    for (const [key, due] of Object.entries(EXPECTED_DUE)) {
      const dossier = await admin.get(`/api/v1/dossiers/${scenario.codes.get(key)}`);
      expect([key, new Date(dossier.body.originalDueAt).toISOString()]).toEqual([key, vn(due)]);
    }
    const c2 = await admin.get(`/api/v1/dossiers/${scenario.codes.get('C2')}`);
    expect(new Date(c2.body.dueAt).toISOString()).toBe(vn('2026-10-30T17:00')); // the apology's new date, ignored by the reports
  });

  it('gives every column of Biểu 06 per field, with Vietnamese names and a totals row', async () => {
    const response = await manager.get(`/api/v1/reports/processing?${OCTOBER}&groupBy=field`);
    expect(response.status).toBe(200);
    const report = response.body;
    expect(report).toMatchObject({ agency: { code: '000.17.22.H56' }, period: { from: '2026-10-01', to: '2026-10-31' }, groupBy: 'field', dueDate: 'original' });
    expect(report.rows.map((r: any) => [r.code, r.name])).toEqual([
      ['CHUNGTHUC', 'Chứng thực'],
      ['HOTICH', 'Hộ tịch'],
      ['KINHDOANH', 'Thành lập và hoạt động của hộ kinh doanh'],
    ]);
    // Chứng thực: B1 online resolved early; B2 stopped; B3 pending on time.
    expect(counts(report.rows[0])).toEqual({
      received: { total: 3, online: 1, directOrPostal: 2, carriedOver: 0 },
      resolved: { total: 1, early: 1, onTime: 0, late: 0, refused: 0 },
      pending: { total: 1, onTime: 1, late: 0 },
    });
    expect(report.rows[0].endedUnresolved).toEqual({ total: 1, withdrawn: 0, stopped: 1, late: 0 });
    // Hộ tịch: carried over A6, A9; new A1 A3 A5 A8 A10 (direct or postal), A2 A4 (online);
    // resolved A1 A10 early, A2 on time, A3 A6 late; pending A5 on time, A4 A9 late; A8 withdrawn.
    expect(counts(report.rows[1])).toEqual({
      received: { total: 9, online: 2, directOrPostal: 5, carriedOver: 2 },
      resolved: { total: 5, early: 2, onTime: 1, late: 2, refused: 0 },
      pending: { total: 3, onTime: 1, late: 2 },
    });
    expect(report.rows[1].endedUnresolved).toEqual({ total: 1, withdrawn: 1, stopped: 0, late: 0 });
    // Hộ kinh doanh: C1 carried over, resolved at its due instant (on time); C2 late despite the apology.
    expect(counts(report.rows[2])).toEqual({
      received: { total: 2, online: 0, directOrPostal: 1, carriedOver: 1 },
      resolved: { total: 2, early: 0, onTime: 1, late: 1, refused: 0 },
      pending: { total: 0, onTime: 0, late: 0 },
    });
    expect(report.totals).toMatchObject({ code: null, name: 'Tổng cộng' });
    expect(counts(report.totals)).toEqual({
      received: { total: 14, online: 3, directOrPostal: 8, carriedOver: 3 },
      resolved: { total: 8, early: 3, onTime: 2, late: 3, refused: 0 },
      pending: { total: 4, onTime: 2, late: 2 },
    });
  });

  it('groups by procedure with the procedures’ names', async () => {
    const report = (await manager.get(`/api/v1/reports/processing?${OCTOBER}&groupBy=procedure`)).body;
    expect(report.rows.map((r: any) => r.code)).toEqual(['1.004859', '1.004873', '2.000720', '2.001035']);
    expect(report.rows[0].name).toMatch(/\S/);
    expect(counts(report.rows[0])).toEqual({
      received: { total: 1, online: 0, directOrPostal: 1, carriedOver: 0 },
      resolved: { total: 0, early: 0, onTime: 0, late: 0, refused: 0 },
      pending: { total: 1, onTime: 1, late: 0 },
    });
    expect(counts(report.rows[1])).toEqual({
      received: { total: 8, online: 2, directOrPostal: 4, carriedOver: 2 },
      resolved: { total: 5, early: 2, onTime: 1, late: 2, refused: 0 },
      pending: { total: 2, onTime: 0, late: 2 },
    });
    expect(counts(report.totals).received.total).toBe(14);
  });

  it('accepts the month shortcut and rejects bad periods', async () => {
    const byShortcut = (await manager.get('/api/v1/reports/processing?period=month&year=2026&index=10')).body;
    const byDates = (await manager.get(`/api/v1/reports/processing?${OCTOBER}`)).body;
    expect(byShortcut.period).toEqual({ from: '2026-10-01', to: '2026-10-31' });
    expect(byShortcut.totals).toEqual(byDates.totals);
    const half = (await manager.get('/api/v1/reports/processing?period=half&year=2026&index=1')).body;
    expect(half.period).toEqual({ from: '2026-01-01', to: '2026-06-25' });
    const quarter = (await manager.get('/api/v1/reports/processing?period=quarter&year=2026&index=4')).body;
    expect(quarter.period).toEqual({ from: '2026-10-01', to: '2026-12-31' });

    const reversed = await manager.get('/api/v1/reports/processing?from=2026-10-31&to=2026-10-01');
    expect(reversed.status).toBe(400);
    expect(reversed.body.errors[0].field).toBe('to');
    const malformed = await manager.get('/api/v1/reports/processing?from=2026-13-01&to=2026-10-01&groupBy=agency');
    expect(malformed.status).toBe(400);
    expect(malformed.body.errors.map((e: any) => e.field)).toEqual(expect.arrayContaining(['from', 'groupBy']));
    expect((await manager.get('/api/v1/reports/processing')).status).toBe(400);
  });

  it('counts each on-time definition’s numerator and denominator by hand', async () => {
    const rate = async (definition: string) => (await manager.get(`/api/v1/reports/on-time-rate?${OCTOBER}&definition=${definition}`)).body;
    // resolved in October: A1 A2 A10 B1 C1 on time; A3 A6 C2 late.
    expect(await rate('resolved')).toMatchObject({ definition: 'resolved', numerator: 5, denominator: 8, rate: 0.625 });
    // due in October: A1 A2 A10 B1 C1 on time; A3 A6 C2 late, A4 still open at the end (late); A8 B2 ended without result.
    expect(await rate('due_in_period')).toMatchObject({ definition: 'due_in_period', numerator: 5, denominator: 9, rate: 0.5556 });
    // received in or carried into October, less A8 B2: on time A1 A2 A5 B1 B3 C1; A10 late for its second supplement request.
    const index766 = await rate('index766');
    expect(index766).toMatchObject({ definition: 'index766', numerator: 6, denominator: 12, rate: 0.5 });
    expect(index766.definitions).toEqual([
      { definition: 'resolved', rate: 0.625, numerator: 5, denominator: 8 },
      { definition: 'due_in_period', rate: 0.5556, numerator: 5, denominator: 9 },
      { definition: 'index766', rate: 0.5, numerator: 6, denominator: 12 },
    ]);
  });

  it('gives the month-by-month series over September and October', async () => {
    const rate = async (definition: string) => (await manager.get(`/api/v1/reports/on-time-rate?from=2026-09-01&to=2026-10-31&definition=${definition}`)).body;
    // September: A7 resolved on time; A9 due 30/9 and open (late); A6 and C1 open at the end but not yet due.
    expect(await rate('resolved')).toMatchObject({
      numerator: 6,
      denominator: 9,
      byMonth: [
        { month: '2026-09', numerator: 1, denominator: 1, rate: 1 },
        { month: '2026-10', numerator: 5, denominator: 8, rate: 0.625 },
      ],
    });
    expect((await rate('due_in_period')).byMonth).toEqual([
      { month: '2026-09', numerator: 1, denominator: 2, rate: 0.5 },
      { month: '2026-10', numerator: 5, denominator: 9, rate: 0.5556 },
    ]);
    const index766 = await rate('index766');
    expect(index766).toMatchObject({ numerator: 7, denominator: 13 });
    expect(index766.byMonth[0]).toEqual({ month: '2026-09', numerator: 3, denominator: 4, rate: 0.75 });
  });

  it('keeps a commune manager to the commune and lets a province manager see its communes', async () => {
    expect((await manager.get(`/api/v1/reports/processing?${OCTOBER}&agencyCode=000.18.22.H56`)).status).toBe(403);
    expect((await manager.get(`/api/v1/reports/processing?${OCTOBER}&agencyCode=000.00.00.H56`)).status).toBe(403);
    expect((await manager.get(`/api/v1/reports/processing?${OCTOBER}&agencyCode=999.99.99.X`)).status).toBe(404);
    const counter = await anonymous.login('tiepnhan');
    expect((await counter.get(`/api/v1/reports/processing?${OCTOBER}`)).status).toBe(403);
    expect((await anonymous.get(`/api/v1/reports/processing?${OCTOBER}`)).status).toBe(401);

    const province = await anonymous.login('quanlytinh');
    const report = (await province.get(`/api/v1/reports/processing?${OCTOBER}`)).body;
    expect(report.agency.code).toBe('000.00.00.H56');
    // D1 at the second commune: received directly, pending and late at the end of October.
    expect(counts(report.totals)).toEqual({
      received: { total: 15, online: 3, directOrPostal: 9, carriedOver: 3 },
      resolved: { total: 8, early: 3, onTime: 2, late: 3, refused: 0 },
      pending: { total: 5, onTime: 2, late: 3 },
    });
    const second = (await province.get(`/api/v1/reports/processing?${OCTOBER}&agencyCode=000.18.22.H56`)).body;
    expect(second.totals.received.total).toBe(1);
  });

  it('lists open dossiers by procedure for the dashboard, most overdue first', async () => {
    const response = await manager.get('/api/v1/reports/overdue-by-procedure');
    expect(response.status).toBe(200);
    expect(response.body.total).toEqual({ pending: 4, overdue: 3, lateAgainstOriginal: 3 });
    expect(response.body.items.map((i: any) => [i.procedureCode, i.pending, i.overdue])).toEqual([
      ['1.004873', 2, 1],
      ['1.004859', 1, 1],
      ['2.001035', 1, 1],
    ]);
    expect(response.body.items[0]).toMatchObject({ field: { code: 'HOTICH', name: 'Hộ tịch' } });
    expect(new Date(response.body.items[0].oldestDueAt).toISOString()).toBe(vn('2026-09-30T09:00'));
  });

  describe('PAR rubric and the index export', () => {
    it('is seeded with the illustrative example rubric, whose figure is never a score', async () => {
      const list = (await manager.get('/api/v1/par-rubrics')).body;
      expect(list).toEqual([expect.objectContaining({ id: 'example-on-time-2025', provinceCode: null, year: 2025, definition: 'resolved', maxScore: 1, example: true })]);
      expect(list[0].description).toContain('minh họa');
      const par = (await manager.get(`/api/v1/reports/par-score?${OCTOBER}`)).body;
      // No rubric configured for the province and 2026: no score. 5/8 = 62.5% under the example's
      // "resolved" definition is below 90%: the example gives 0, labelled as an example.
      expect(par).toMatchObject({ definition: 'resolved', rate: 0.625, numerator: 5, denominator: 8, score: null, maxScore: 1, rubric: { id: 'example-on-time-2025', example: true } });
      expect(par.exampleScore).toEqual({ score: 0, maxScore: 1, label: expect.stringContaining('Ví dụ minh họa') });
      const exported = (await manager.get(`/api/v1/index-export?${OCTOBER}`)).body;
      expect(exported.par).toMatchObject({ score: null, rubric: { example: true }, exampleScore: { score: 0 } });
    });

    it('lets an administrator configure the province’s rubric, and scores with it', async () => {
      const rubric = {
        name: 'Thanh Hóa 2026 (thử nghiệm)',
        description: 'Tỷ lệ theo Chỉ số 766',
        provinceCode: '000.00.00.H56',
        year: 2026,
        definition: 'index766',
        maxScore: 2,
        bands: [
          { minRate: 0, points: 0 },
          { minRate: 0.5, points: 1 },
          { minRate: 0.9, points: 1.5 },
          { minRate: 1, points: 2 },
        ],
      };
      expect((await manager.put('/api/v1/par-rubrics/thanh-hoa-2026', rubric)).status).toBe(403);
      const inconsistent = await provinceAdmin.put('/api/v1/par-rubrics/thanh-hoa-2026', { ...rubric, bands: [{ minRate: 0.5, points: 2 }, { minRate: 0.9, points: 1 }] });
      expect(inconsistent.status).toBe(422);
      expect(inconsistent.body.message).toContain('không được có điểm thấp hơn');
      expect((await provinceAdmin.put('/api/v1/par-rubrics/thanh-hoa-2026', { ...rubric, definition: 'whatever' })).status).toBe(400);
      expect((await provinceAdmin.put('/api/v1/par-rubrics/thanh-hoa-2026', { ...rubric, provinceCode: '000.17.22.H56' })).status).toBe(422);

      const put = await provinceAdmin.put('/api/v1/par-rubrics/thanh-hoa-2026', rubric);
      expect(put.status).toBe(200);
      expect(put.body.bands).toEqual([...rubric.bands].reverse());
      const duplicate = await provinceAdmin.put('/api/v1/par-rubrics/thanh-hoa-2026-bis', rubric);
      expect(duplicate.status).toBe(409);

      const par = (await manager.get(`/api/v1/reports/par-score?${OCTOBER}`)).body;
      expect(par).toMatchObject({ definition: 'index766', rate: 0.5, score: 1, maxScore: 2, rubric: { id: 'thanh-hoa-2026', provinceCode: '000.00.00.H56', year: 2026, example: false }, exampleScore: null });
      // Another year has no configured rubric: no score, the example apart.
      const earlier = (await manager.get('/api/v1/reports/par-score?period=year&year=2025')).body;
      expect(earlier).toMatchObject({ score: null, rubric: { id: 'example-on-time-2025', example: true } });
    });

    it('exports the indicators for the index scorer with points that follow the rubric', async () => {
      const response = await manager.get(`/api/v1/index-export?${OCTOBER}`);
      expect(response.status).toBe(200);
      const payload = response.body;
      expect(Object.keys(payload)).toEqual(['agency', 'period', 'generatedAt', 'indicators', 'par']);
      expect(payload.agency).toEqual({ code: '000.17.22.H56', name: 'Trung tâm Phục vụ hành chính công phường Hạc Thành' });
      expect(payload.period).toEqual({ from: '2026-10-01', to: '2026-10-31' });
      expect(new Date(payload.generatedAt).toISOString()).toBe(vn(NOW));
      // 2.1: 6/12 on time under the 766 definition; 20 points only at 100%, so 10.
      expect(payload.indicators['2.1']).toMatchObject({ rate: 0.5, numerator: 6, denominator: 12, points: 10, maxPoints: 20 });
      // 2.2 in working days (8 h), supplement waits left out:
      // 1.004873: A1 9 h, A2 23.5 h, A3 25 h, A6 32 h, A10 49 h − 16 h waiting → 122.5 h / 5 / 8 = 3.0625.
      // 2.000720: C1 24 h, C2 33 h → 3.5625; 2.001035: B1 9 h → 1.125.
      expect(payload.indicators['2.2'].count).toBe(8);
      expect(payload.indicators['2.2'].byProcedure.map((p: any) => [p.procedureCode, p.unit, p.allowed, p.average, p.count])).toEqual([
        ['1.004873', 'working_days', 3, 3.06, 5],
        ['2.000720', 'working_days', 3, 3.56, 2],
        ['2.001035', 'working_days', 2, 1.13, 1],
      ]);
      // 3.3: 3 of the 11 dossiers received in October came online; full points from 50%.
      expect(payload.indicators['3.3']).toMatchObject({ rate: 0.2727, numerator: 3, denominator: 11, threshold: 0.5, share: 0.55 });
      // 5.4: A1 very satisfied, A2 dissatisfied.
      expect(payload.indicators['5.4']).toMatchObject({ rate: 0.5, numerator: 1, denominator: 2, threshold: 0.9, share: 0.56 });
      expect(payload.par).toMatchObject({ definition: 'index766', rate: 0.5, score: 1, maxScore: 2, rubric: { id: 'thanh-hoa-2026' } });

      const september = (await manager.get('/api/v1/index-export?from=2026-09-01&to=2026-09-30')).body;
      expect(september.indicators['5.4']).toBeNull(); // no ratings in September
    });

    it('writes the same payload to a file from the command line (npm run cli -- index-export)', async () => {
      const dir = mkdtempSync(join(tmpdir(), 'motcua-index-'));
      try {
        const out = join(dir, 'index.json');
        const line = await writeIndexExport(t.app, { from: '2026-10-01', to: '2026-10-31', agency: '000.17.22.H56', out });
        expect(line).toContain('000.17.22.H56');
        const http = (await manager.get(`/api/v1/index-export?${OCTOBER}`)).body;
        expect(JSON.parse(readFileSync(out, 'utf8'))).toEqual(http);
        await expect(writeIndexExport(t.app, { from: '2026-10-31', to: '2026-10-01', agency: '000.17.22.H56', out })).rejects.toThrow('to');
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    });
  });
});
