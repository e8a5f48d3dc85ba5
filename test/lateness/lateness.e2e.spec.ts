import type { INestApplication } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { createHttpApp } from '../../src/http-app';
import { LatenessScanner, type ScanResult } from '../../src/lateness/lateness-scanner';
import { ApiClient } from '../support/http';
import { startTestApp, TestApp } from '../support/test-app';

const applicant = { fullName: 'Phạm Văn Đức', idNumber: '038190054321', phone: '0913555777', address: 'Số 4 Lê Hoàn, phường Hạc Thành' };
const local = (iso: string) => new Date(`${iso}+07:00`).toISOString();
const iso = (value: string) => new Date(value).toISOString();
const codes = (body: { items: { code: string }[] }) => body.items.map((d) => d.code).sort();

describe('lateness: due-soon, overdue and late-without-apology queues; the warning job on two instances', () => {
  let t: TestApp;
  let second: INestApplication;
  let admin: ApiClient;
  let counter: ApiClient;
  let officer: ApiClient;
  let head: ApiClient;
  let db: DataSource;
  const code = { overdue: '', dueSoon: '', inTime: '' };

  beforeAll(async () => {
    t = await startTestApp({ now: local('2026-11-23T09:00:00') }); // Monday
    // A second service instance on the same database and clock, as in a deployment with two replicas.
    second = await createHttpApp(t.config, t.clock);
    await second.init();
    const anonymous = new ApiClient(t.baseUrl);
    [admin, counter, officer, head] = await Promise.all(['admin', 'tiepnhan', 'chuyenvien', 'lanhdao'].map((u) => anonymous.login(u)));
    db = t.app.get(DataSource);

    // 1.004873: 3 working days. Entered from paper a week late → due Thu 19/11 08:00: overdue.
    const past = await admin.post('/api/v1/dossiers', { procedureCode: '1.004873', applicant, channel: 'postal', receivedAt: local('2026-11-16T08:00:00') });
    expect(past.status).toBe(201);
    expect(iso(past.body.dueAt)).toBe(local('2026-11-19T08:00:00'));
    code.overdue = past.body.code;
    // Received Thu 19/11 08:30 → due Tue 24/11 08:30: 450 working minutes from now, within one working day.
    const soon = await admin.post('/api/v1/dossiers', { procedureCode: '1.004873', applicant, channel: 'direct', receivedAt: local('2026-11-19T08:30:00') });
    expect(iso(soon.body.dueAt)).toBe(local('2026-11-24T08:30:00'));
    code.dueSoon = soon.body.code;
    // Received now → due Thu 26/11 09:00; handed to the officer by name: his step lasts 14 working hours → Tue 24/11 16:30.
    const fresh = await counter.post('/api/v1/dossiers', { procedureCode: '1.004873', applicant, channel: 'direct' });
    code.inTime = fresh.body.code;
    const handoff = await counter.post(`/api/v1/dossiers/${code.inTime}/handoffs`, { toUnit: 'Công chức Tư pháp - Hộ tịch', toOfficer: 'Lê Văn Minh' });
    expect(handoff.status).toBe(201);
    expect(iso(handoff.body.deadlineAt)).toBe(local('2026-11-24T16:30:00'));
  });

  afterAll(async () => {
    await second?.close();
    await t?.close();
  });

  async function scanOnBothInstances(): Promise<ScanResult[]> {
    return Promise.all([t.app.get(LatenessScanner).run(), second.get(LatenessScanner).run()]);
  }

  async function warningRows(): Promise<{ subject: string; kind: string; code: string; step_position: number | null }[]> {
    return db.query(
      `SELECT w.subject, w.kind, d.code, w.step_position FROM lateness_warnings w JOIN dossiers d ON d.id = w.dossier_id ORDER BY w.id`,
    );
  }

  it('lists a back-filled dossier as overdue and late without apology, and one nearing its due date as due soon', async () => {
    t.clock.set(local('2026-11-23T09:00:00'));
    expect(codes((await head.get('/api/v1/dossiers?overdue=true')).body)).toEqual([code.overdue]);
    expect(codes((await head.get('/api/v1/dossiers?dueSoon=true')).body)).toEqual([code.dueSoon]);
    expect(codes((await head.get('/api/v1/dossiers?lateWithoutApology=true')).body)).toEqual([code.overdue]);
    expect(codes((await head.get('/api/v1/dossiers?overdue=true&apology=none')).body)).toEqual([code.overdue]);
    // The filters of API.md v1 keep working, alone and together.
    expect(codes((await head.get('/api/v1/dossiers?overdue=false&dueBefore=2026-11-24')).body)).toEqual([code.dueSoon]);
    expect(codes((await head.get('/api/v1/dossiers?dueBefore=2026-11-20')).body)).toEqual([code.overdue]);
    expect((await head.get('/api/v1/dossiers?dueSoon=maybe')).status).toBe(400);

    const queues = await head.get('/api/v1/work/queues');
    expect(queues.status).toBe(200);
    expect(queues.body).toMatchObject({
      dossiers: { dueSoon: 1, overdue: 1, lateWithoutApology: 1 },
      steps: { dueSoon: 0, overdue: 0 },
      mine: { open: 0 },
      windows: { agencyCode: '000.20.22.H56', /* the head's own body: the People's Committee */ dueSoonWorkingMinutes: 480, stepDueSoonWorkingMinutes: 120, dailyWorkingMinutes: 480 },
    });
    // Another commune sees none of it.
    const other = await new ApiClient(t.baseUrl).login('tiepnhan2');
    expect((await other.get('/api/v1/work/queues')).body.dossiers).toEqual({ dueSoon: 0, overdue: 0, lateWithoutApology: 0 });
  });

  it('gives each officer his own work: the open control-slip rows assigned to him', async () => {
    const mine = await officer.get('/api/v1/work/mine');
    expect(mine.status).toBe(200);
    expect(mine.body.total).toBe(1);
    expect(mine.body.items[0]).toMatchObject({ dossier: { code: code.inTime }, step: { position: 1, toOfficer: 'Lê Văn Minh' }, stepState: 'in_time', dossierState: 'in_time', hasApology: false });
    expect(codes((await officer.get('/api/v1/dossiers?mine=true')).body)).toEqual([code.inTime]);
    expect(codes((await officer.get('/api/v1/dossiers?assignee=me')).body)).toEqual([code.inTime]);
    expect((await head.get('/api/v1/work/mine')).body.total).toBe(0);
    expect((await officer.get('/api/v1/work/queues')).body.mine).toEqual({ open: 1, dueSoon: 0, overdue: 0 });
  });

  it('takes the due-soon window from the agency setting when an administrator sets one', async () => {
    expect((await head.put('/api/v1/work/settings/000.17.22.H56', { dueSoonWorkingMinutes: 1440 })).status).toBe(403);
    const set = await admin.put("/api/v1/work/settings/000.20.22.H56", { dueSoonWorkingMinutes: 1440 }); // the committee resolves the commune’s dossiers
    expect(set.status).toBe(200);
    expect(set.body).toMatchObject({ dueSoonWorkingMinutes: 1440, agencySetting: { dossier: true, step: false } });
    // Three working days reach Thu 26/11 09:00: the fresh dossier is due soon too.
    expect(codes((await head.get('/api/v1/dossiers?dueSoon=true')).body)).toEqual([code.dueSoon, code.inTime].sort());
    const reset = await admin.put('/api/v1/work/settings/000.20.22.H56', { dueSoonWorkingMinutes: null });
    expect(reset.body).toMatchObject({ dueSoonWorkingMinutes: 480, agencySetting: { dossier: false } });
    expect(codes((await head.get('/api/v1/dossiers?dueSoon=true')).body)).toEqual([code.dueSoon]);
  });

  it('raises each warning exactly once, with two instances running the job at the same moment', async () => {
    t.clock.set(local('2026-11-23T09:00:00'));
    const first = await scanOnBothInstances();
    expect(first.flatMap((r) => r.raised).map((w) => `${w.dossierCode} ${w.subject} ${w.kind}`).sort()).toEqual(
      [`${code.overdue} dossier overdue`, `${code.dueSoon} dossier due_soon`].sort(),
    );
    expect(await warningRows()).toHaveLength(2);
    const again = await scanOnBothInstances();
    expect(again.flatMap((r) => r.raised)).toEqual([]);

    // Tuesday 15:00: the due-soon dossier is now overdue, and the officer's step has 90 working minutes left.
    t.clock.set(local('2026-11-24T15:00:00'));
    const tuesday = await scanOnBothInstances();
    expect(tuesday.flatMap((r) => r.raised).map((w) => `${w.dossierCode} ${w.subject} ${w.kind}`).sort()).toEqual(
      [`${code.dueSoon} dossier overdue`, `${code.inTime} step due_soon`].sort(),
    );
    expect((await officer.get('/api/v1/work/queues')).body.mine).toEqual({ open: 1, dueSoon: 1, overdue: 0 });

    // Close of business (a working instant): the step is overdue.
    t.clock.set(local('2026-11-24T17:00:00'));
    const evening = await Promise.all([scanOnBothInstances(), scanOnBothInstances()]);
    expect(evening.flat().flatMap((r) => r.raised).map((w) => `${w.dossierCode} ${w.subject} ${w.kind}`)).toEqual([`${code.inTime} step overdue`]);
    expect((await officer.get('/api/v1/work/mine')).body.items[0].stepState).toBe('overdue');

    const rows = await warningRows();
    expect(rows).toHaveLength(5);
    const keys = rows.map((r) => `${r.code} ${r.subject} ${r.kind}`);
    expect(new Set(keys).size).toBe(5);
    // Each warning has its one audit event.
    const events: { n: number }[] = await db.query(`SELECT count(*)::int AS n FROM dossier_events WHERE type = 'lateness_warning'`);
    expect(events[0].n).toBe(5);
    const detail = await head.get(`/api/v1/dossiers/${code.inTime}`);
    expect(detail.body.events.filter((e: { type: string }) => e.type === 'lateness_warning').map((e: { data: { kind: string; message: string } }) => e.data)).toEqual([
      expect.objectContaining({ kind: 'due_soon', subject: 'step', stepPosition: 1, message: expect.stringContaining('sắp đến hạn xử lý') }),
      expect.objectContaining({ kind: 'overdue', subject: 'step', stepPosition: 1, message: `Bước 1 (Công chức Tư pháp - Hộ tịch) của hồ sơ ${code.inTime} đã quá hạn xử lý (hạn 16 giờ 30 ngày 24/11/2026).` }),
    ]);
  });

  it('shows the warnings to the head of the agency and to the officer they concern', async () => {
    const forHead = await head.get('/api/v1/work/warnings');
    expect(forHead.body.total).toBe(5);
    expect(forHead.body.items[0]).toMatchObject({ subject: 'step', kind: 'overdue', dossierCode: code.inTime, recipientName: 'Lê Văn Minh' });
    const forOfficer = await officer.get('/api/v1/work/warnings');
    expect(forOfficer.body.items.map((w: { kind: string }) => w.kind)).toEqual(['overdue', 'due_soon']);
    const dossierWarning = forHead.body.items.find((w: { subject: string; kind: string; dossierCode: string }) => w.subject === 'dossier' && w.kind === 'overdue' && w.dossierCode === code.overdue);
    expect(dossierWarning.message).toBe(`Hồ sơ ${code.overdue} đã quá hạn trả kết quả (hẹn trả 08 giờ 00 ngày 19/11/2026).`);
  });

  it('skips the run outside working time (a Saturday), and only agencies at work are looked at', async () => {
    t.clock.set(local('2026-11-28T10:00:00'));
    const saturday = await t.app.get(LatenessScanner).run();
    expect(saturday).toMatchObject({ skipped: 'outside_working_time', raised: [], agencies: [] });
    t.clock.set(local('2026-11-30T12:00:00')); // Monday lunch break
    expect((await t.app.get(LatenessScanner).run()).skipped).toBe('outside_working_time');
    t.clock.set(local('2026-11-30T13:00:00'));
    const monday = await admin.post('/api/v1/work/lateness-scan');
    expect(monday.status).toBe(200);
    expect(monday.body.skipped).toBeNull();
    expect(monday.body.agencies).toContain('000.17.22.H56');
    // The fresh dossier (due Thu 26/11 09:00) is overdue now.
    expect(monday.body.raised.map((w: { dossierCode: string; kind: string }) => `${w.dossierCode} ${w.kind}`)).toEqual([`${code.inTime} overdue`]);
    expect((await head.post('/api/v1/work/lateness-scan')).status).toBe(403);
  });

  it('leaves a warning that another instance is raising to that instance: the unique key decides, not timing', async () => {
    t.clock.set(local('2026-11-30T14:00:00'));
    const late = await admin.post('/api/v1/dossiers', { procedureCode: '1.004873', applicant, channel: 'postal', receivedAt: local('2026-11-20T08:00:00') });
    const [{ id, due_at }] = await db.query(`SELECT id, due_at FROM dossiers WHERE code = $1`, [late.body.code]);
    // "Another instance" has inserted the same warning and not committed yet.
    const other = db.createQueryRunner();
    await other.connect();
    await other.startTransaction();
    await other.query(
      `INSERT INTO lateness_warnings (subject, subject_id, kind, deadline_at, dossier_id, agency_code, message, raised_at, raised_by)
       VALUES ('dossier', $1, 'overdue', $2, $1, '000.17.22.H56', 'other instance', now(), 'other')`,
      [id, due_at],
    );
    let settled = false;
    const scan = t.app.get(LatenessScanner).run().finally(() => (settled = true));
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(settled).toBe(false); // waiting on the other instance's row
    await other.commitTransaction();
    await other.release();
    expect((await scan).raised).toEqual([]);
    const rows: { raised_by: string }[] = await db.query(`SELECT raised_by FROM lateness_warnings WHERE subject_id = $1`, [id]);
    expect(rows).toEqual([{ raised_by: 'other' }]);
  });
});
