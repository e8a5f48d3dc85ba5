import { getDataSourceToken } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { seedDemoHistory, demoHistoryNeeded } from '../../src/demo/demo-history';
import { ApiClient } from '../support/http';
import { startTestApp, type TestApp } from '../support/test-app';

const NOW = '2026-11-23T10:15:00+07:00';

describe('the demo history replayed on first start', () => {
  let t: TestApp;
  let count: number;
  const rows = (sql: string): Promise<any[]> => t.app.get<DataSource>(getDataSourceToken()).query(sql);

  beforeAll(async () => {
    t = await startTestApp({ now: NOW });
    expect(await demoHistoryNeeded(t.app)).toBe(true);
    count = await seedDemoHistory(t.app, { now: new Date(NOW), moveClock: (at) => t.clock.set(at), days: 60 });
  }, 180_000);
  afterAll(() => t.close());

  it('receives dossiers on working days only, with gapless codes per day, none after now', async () => {
    const dossiers = await rows(`SELECT code, code_date::text AS day, code_sequence AS seq, received_at FROM dossiers ORDER BY received_at`);
    expect(dossiers.length).toBe(count);
    expect(count).toBeGreaterThan(60);
    const byDay = new Map<string, number[]>();
    for (const d of dossiers) byDay.set(d.day, [...(byDay.get(d.day) ?? []), Number(d.seq)]);
    for (const [day, sequences] of byDay) {
      expect({ day, sequences }).toEqual({ day, sequences: sequences.map((_, i) => i + 1) });
      expect(new Date(`${day}T12:00:00+07:00`).getUTCDay()).not.toBe(0); // no Sunday receipts
    }
    expect(dossiers.every((d: { received_at: Date }) => d.received_at.getTime() < new Date(NOW).getTime())).toBe(true);
    expect(await demoHistoryNeeded(t.app)).toBe(false);
  });

  it('leaves a mix a manager recognises: resolved early, on time and late, apologies, supplements, open and overdue', async () => {
    const [mix] = await rows(`
      SELECT count(*) FILTER (WHERE resolved_at IS NOT NULL AND resolved_at <= original_due_at)::int AS on_time,
             count(*) FILTER (WHERE resolved_at > original_due_at)::int AS late,
             count(*) FILTER (WHERE status IN (2, 4, 5))::int AS open,
             count(*) FILTER (WHERE status IN (2, 4) AND due_at < '${new Date(NOW).toISOString()}')::int AS overdue,
             count(*) FILTER (WHERE status = 10)::int AS returned,
             count(*) FILTER (WHERE status = 7)::int AS withdrawn
        FROM dossiers`);
    const [{ apologies }] = await rows(`SELECT count(*)::int AS apologies FROM apologies`);
    const [{ supplements }] = await rows(`SELECT count(*)::int AS supplements FROM supplement_requests`);
    const [{ ratings }] = await rows(`SELECT count(*)::int AS ratings FROM satisfaction_ratings`);
    expect(mix.on_time).toBeGreaterThan(mix.late);
    for (const figure of [mix.late, mix.open, mix.overdue, mix.returned, apologies, supplements, ratings]) expect(figure).toBeGreaterThan(0);
    expect(ratings).toBeLessThanOrEqual(mix.returned);
  });

  it('keeps every event in time order and never after now', async () => {
    const [{ disordered }] = await rows(`
      SELECT count(*)::int AS disordered FROM (
        SELECT occurred_at < lag(occurred_at) OVER (PARTITION BY dossier_id ORDER BY id) AS back FROM dossier_events
      ) e WHERE back`);
    const [{ future }] = await rows(`SELECT count(*)::int AS future FROM dossier_events WHERE occurred_at > '${new Date(NOW).toISOString()}'`);
    expect({ disordered, future }).toEqual({ disordered: 0, future: 0 });
  });

  it('gives the manager a non-empty Biểu 06 whose columns balance', async () => {
    const manager = await new ApiClient(t.baseUrl).login('quanly');
    const report = await manager.get('/api/v1/reports/processing?from=2026-10-01&to=2026-10-31&groupBy=field');
    expect(report.status).toBe(200);
    const totals = report.body.totals;
    expect(totals.received.total).toBeGreaterThan(20);
    expect(totals.resolved.total).toBe(totals.resolved.early + totals.resolved.onTime + totals.resolved.late);
    expect(totals.received.total).toBe(totals.resolved.total + totals.pending.total + totals.endedUnresolved.total);
  });
});
