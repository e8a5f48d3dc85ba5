import type { INestApplication } from '@nestjs/common';
import { DossierChangeListener } from '../../src/database/dossier-change-listener';
import { sql } from '../public-lookup/support';
import { ApiClient } from '../support/http';
import { startTestApp, TestApp } from '../support/test-app';
import { applicant, ScenarioBuilder, vn } from './fixtures';
import { NOW, OCTOBER_2026 } from './october-2026';

/** Metrics count per resolving agency: the People's Committee that resolves what the Hạc Thành centre receives. */
const H56 = '000.20.22.H56';
const DONG_SON = '000.21.22.H56'; // the committee of the other commune

/** Value of one sample line, e.g. sample(text, 'motcua_dossiers_pending', {agency: 'X'}). */
function sample(text: string, name: string, labels: Record<string, string> = {}): number | undefined {
  const wanted = Object.entries(labels);
  for (const line of text.split('\n')) {
    const match = /^([a-zA-Z_:][\w:]*)(?:\{(.*)\})? (\S+)$/.exec(line);
    if (!match || match[1] !== name) continue;
    const found = Object.fromEntries([...(match[2] ?? '').matchAll(/(\w+)="((?:[^"\\]|\\.)*)"/g)].map((m) => [m[1], m[2]]));
    if (wanted.every(([k, v]) => found[k] === v) && Object.keys(found).length === wanted.length) return Number(match[3]);
  }
  return undefined;
}

describe('GET /metrics', () => {
  let t: TestApp;
  let anonymous: ApiClient;
  let admin: ApiClient;

  beforeAll(async () => {
    t = await startTestApp({ now: vn('2026-09-01T08:00') });
    const scenario = new ScenarioBuilder(t);
    await scenario.init();
    await scenario.run(OCTOBER_2026, NOW);
    anonymous = new ApiClient(t.baseUrl);
    admin = await anonymous.login('admin');
  });
  afterAll(() => t.close());

  it('is public and speaks the Prometheus text format', async () => {
    const response = await anonymous.get('/metrics');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toContain('text/plain');
    expect(response.body).toContain('# TYPE motcua_dossiers_received_total counter');
    expect(response.body).toContain('# TYPE motcua_dossier_processing_days histogram');
    expect(response.body).toContain('# TYPE motcua_dossiers_overdue gauge');
  });

  it('counts the history of received and resolved dossiers by channel and class', async () => {
    const text = (await anonymous.get('/metrics')).body as string;
    expect(sample(text, 'motcua_dossiers_received_total', { agency: H56, channel: 'direct' })).toBe(11);
    expect(sample(text, 'motcua_dossiers_received_total', { agency: H56, channel: 'online' })).toBe(4);
    expect(sample(text, 'motcua_dossiers_received_total', { agency: H56, channel: 'postal' })).toBe(1);
    expect(sample(text, 'motcua_dossiers_received_total', { agency: DONG_SON, channel: 'direct' })).toBe(1);
    const resolved = (channel: string, cls: string) => sample(text, 'motcua_dossiers_resolved_total', { agency: H56, channel, class: cls });
    expect([resolved('direct', 'early'), resolved('direct', 'on_time'), resolved('direct', 'late')]).toEqual([3, 1, 2]); // A1 A7 A10 | C1 | A6 C2
    expect([resolved('online', 'early'), resolved('online', 'on_time'), resolved('online', 'late')]).toEqual([1, 1, 1]); // B1 | A2 | A4
    expect(resolved('postal', 'late')).toBe(1); // A3
    expect(sample(text, 'motcua_dossier_processing_days_count', { agency: H56 })).toBe(10);
    // A1 resolved after 1 day and 1 hour, B1 too; the rest took longer than a day.
    expect(sample(text, 'motcua_dossier_processing_days_bucket', { agency: H56, le: '1' })).toBe(0);
    expect(sample(text, 'motcua_dossier_processing_days_bucket', { agency: H56, le: '2' })).toBe(2);
    expect(sample(text, 'motcua_dossier_processing_days_bucket', { agency: H56, le: '+Inf' })).toBe(10);
  });

  it('gives pending and overdue gauges per agency at scrape time', async () => {
    const text = (await anonymous.get('/metrics')).body as string;
    // Open at H56: A5, A9, B3 (all past their appointment) and N1 (received this morning).
    expect(sample(text, 'motcua_dossiers_pending', { agency: H56 })).toBe(4);
    expect(sample(text, 'motcua_dossiers_overdue', { agency: H56 })).toBe(3);
    expect(sample(text, 'motcua_dossiers_pending', { agency: DONG_SON })).toBe(1);
    expect(sample(text, 'motcua_dossiers_pending', { agency: '000.00.00.H56' })).toBe(0);
  });

  it('adds the events recorded after the previous scrape', async () => {
    const received = await admin.post('/api/v1/dossiers', { procedureCode: '1.004873', applicant, channel: 'postal' });
    expect(received.status).toBe(201);
    t.clock.set(vn('2026-11-23T15:00'));
    expect((await admin.post(`/api/v1/dossiers/${received.body.code}/resolve`, { outcome: 'approved' })).status).toBe(200);
    const text = (await anonymous.get('/metrics')).body as string;
    expect(sample(text, 'motcua_dossiers_received_total', { agency: H56, channel: 'postal' })).toBe(2);
    expect(sample(text, 'motcua_dossiers_resolved_total', { agency: H56, channel: 'postal', class: 'early' })).toBe(1);
    expect(sample(text, 'motcua_dossier_processing_days_count', { agency: H56 })).toBe(11);
    expect(sample(text, 'motcua_dossier_processing_days_bucket', { agency: H56, le: '0.25' })).toBe(1);
    expect(sample(text, 'motcua_dossiers_pending', { agency: H56 })).toBe(4);
    const again = (await anonymous.get('/metrics')).body as string;
    expect(sample(again, 'motcua_dossiers_received_total', { agency: H56, channel: 'postal' })).toBe(2);
  });

  /** Resolves when the app hears that the dossier changed (a NOTIFY of its triggers). */
  function heardBy(app: INestApplication, dossierId: string): Promise<void> {
    return new Promise((resolve) => app.get(DossierChangeListener).subscribe((change) => (change.all || change.ids.includes(dossierId)) && resolve()));
  }

  it('keeps the gauges right after each change: a new dossier, an appointment moved by SQL alone, a resolution', async () => {
    const gauges = async () => {
      const text = (await anonymous.get('/metrics')).body as string;
      return { pending: sample(text, 'motcua_dossiers_pending', { agency: H56 }), overdue: sample(text, 'motcua_dossiers_overdue', { agency: H56 }) };
    };
    const start = await gauges();
    const received = await admin.post('/api/v1/dossiers', { procedureCode: '1.004873', applicant, channel: 'direct' });
    expect(received.status).toBe(201);
    expect(await gauges()).toEqual({ pending: start.pending! + 1, overdue: start.overdue });

    const [{ id }] = await sql<{ id: string }>(t, 'SELECT id FROM dossiers WHERE code = $1', [received.body.code]);
    const heard = heardBy(t.app, id);
    await sql(t, `UPDATE dossiers SET due_at = '2026-11-02T09:00:00Z' WHERE id = $1`, [id]); // no event: only the NOTIFY tells
    await heard;
    expect(await gauges()).toEqual({ pending: start.pending! + 1, overdue: start.overdue! + 1 });

    expect((await admin.post(`/api/v1/dossiers/${received.body.code}/resolve`, { outcome: 'approved' })).status).toBe(200);
    expect(await gauges()).toEqual(start);
  });

  it('counts HTTP requests by route pattern and status', async () => {
    const code = (await admin.get('/api/v1/dossiers?pageSize=1')).body.items[0].code;
    await admin.get(`/api/v1/dossiers/${code}`);
    await anonymous.get('/api/v1/reports/processing?from=2026-10-01&to=2026-10-31');
    await anonymous.get('/no/such/page');
    const text = (await anonymous.get('/metrics')).body as string;
    expect(sample(text, 'motcua_http_requests_total', { method: 'GET', route: '/api/v1/dossiers/:code', status: '200' })).toBeGreaterThanOrEqual(1);
    expect(sample(text, 'motcua_http_requests_total', { method: 'GET', route: '/api/v1/reports/processing', status: '401' })).toBe(1);
    expect(sample(text, 'motcua_http_requests_total', { method: 'GET', route: 'unmatched', status: '404' })).toBe(1);
    expect(text).not.toContain(code);
    expect(text).toContain('motcua_http_request_duration_seconds_bucket');
  });

  it('has no DVCQG outbox gauges while sync is off (nothing drains the outbox: its depth would be every dossier, counted per scrape)', async () => {
    const text = (await anonymous.get('/metrics')).body as string;
    expect(text).toContain('motcua_dossiers_pending');
    expect(text).not.toContain('motcua_dvcqg_outbox_depth');
    expect(text).not.toContain('motcua_dvcqg_refused');
  });
});
