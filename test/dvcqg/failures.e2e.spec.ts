import { createHttpApp } from '../../src/http-app';
import { LEASE_SECONDS } from '../../src/dvcqg/outbox-worker';
import { local, startSyncFixture, workerOf, type SyncFixture } from './support';

const at = (iso: string, seconds: number) => new Date(new Date(local(iso)).getTime() + seconds * 1000).toISOString();

describe('DVCQG sync: outage, refusals, restart, two instances', () => {
  let f: SyncFixture;

  beforeAll(async () => {
    f = await startSyncFixture('2026-11-23T09:00:00');
  });
  afterAll(() => f.close());
  beforeEach(() => f.sim.reset());

  it('receives while the portal is down, backs off, and delivers when it is back', async () => {
    const start = '2026-11-23T09:00:00';
    f.t.clock.set(local(start));
    f.sim.mode = 'down';
    const transientCalls = async () => Number(/motcua_dvcqg_calls_total\{endpoint="add",result="transient"\} (\d+)/.exec(await (await fetch(`${f.t.baseUrl}/metrics`)).text())?.[1] ?? 0);
    const transientBefore = await transientCalls();
    const codes = [await f.receive(), await f.receive(), await f.receive()];
    expect(await f.worker.drain()).toMatchObject({ claimed: 3, transient: 3 });
    const detail = (await f.counter.get(`/api/v1/dossiers/${codes[0]}`)).body;
    expect(detail.dvcqgSync).toMatchObject({ state: 'pending', attempts: 1, lastError: expect.stringContaining('503') });
    expect((await f.worker.drain()).claimed).toBe(0); // backing off: 5 s after the first failure

    f.t.clock.set(at(start, 6));
    expect(await f.worker.drain()).toMatchObject({ claimed: 3, transient: 3 }); // still down: next in 10 s
    f.t.clock.set(at(start, 12));
    expect((await f.worker.drain()).claimed).toBe(0);
    const pending = await f.admin.get('/api/v1/dvcqg/outbox?state=pending');
    expect(pending.body.summary).toMatchObject({ enabled: true, pending: 3, oldestPendingSeconds: 12 });
    expect(pending.body.items.map((i: { dossierCode: string }) => i.dossierCode).sort()).toEqual([...codes].sort());
    const metrics = await (await fetch(`${f.t.baseUrl}/metrics`)).text();
    expect(metrics).toMatch(/motcua_dvcqg_outbox_depth 3/);
    expect(metrics).toMatch(/motcua_dvcqg_outbox_oldest_seconds 12/);
    // Every call the portal answered 503 is counted once. How many calls two drains make depends on
    // how the worker's lanes happened to share the three dossiers: one to three per drain.
    expect(f.sim.calls).toBeGreaterThanOrEqual(2);
    expect((await transientCalls()) - transientBefore).toBe(f.sim.calls);

    f.sim.mode = 'up';
    f.t.clock.set(at(start, 17));
    expect(await f.worker.drain()).toMatchObject({ claimed: 3, synced: 3 });
    for (const code of codes) expect(f.sim.records.get(code)).toMatchObject({ adds: 1, updates: 0 });
    expect((await f.counter.get(`/api/v1/dossiers/${codes[0]}`)).body.dvcqgSync).toMatchObject({ state: 'synced', attempts: 3, lastError: null });
    expect(await (await fetch(`${f.t.baseUrl}/metrics`)).text()).toMatch(/motcua_dvcqg_outbox_depth 0/);
  });

  it('keeps a refused record with the portal message, does not retry it blindly, and lets the others through', async () => {
    f.t.clock.set(local('2026-11-24T09:00:00'));
    // A procedure entered with a local code instead of the national one: the portal does not know it.
    await query(f, `INSERT INTO procedures (code, version, effective_from, name, field_code, agency_level, duration_value, duration_unit, documents)
                    SELECT 'HT-LOCAL-1', 1, effective_from, name || ' (mã nội bộ)', field_code, agency_level, duration_value, duration_unit, documents
                      FROM procedures WHERE code = '1.004873'`);
    const good = await f.receive();
    const bad = await f.receive('HT-LOCAL-1');
    expect(await f.worker.drain()).toMatchObject({ claimed: 2, synced: 1, refused: 1 });
    expect(f.sim.records.has(good)).toBe(true);
    expect(f.sim.records.has(bad)).toBe(false);
    const sync = (await f.counter.get(`/api/v1/dossiers/${bad}`)).body.dvcqgSync;
    expect(sync).toMatchObject({ state: 'refused', attempts: 1 });
    expect(sync.lastError).toContain('MaTTHC HT-LOCAL-1 không có trong CSDL quốc gia');

    f.t.clock.set(local('2026-11-24T12:00:00'));
    expect((await f.worker.drain()).claimed).toBe(0); // not retried blindly
    const refused = await f.admin.get('/api/v1/dvcqg/outbox?state=refused');
    expect(refused.body.items).toEqual([expect.objectContaining({ dossierCode: bad, state: 'refused', lastError: sync.lastError })]);
    expect(refused.body.summary.refused).toBe(1);

    await query(f, `UPDATE procedures SET code = '1.004874' WHERE code = 'HT-LOCAL-1'`);
    await query(f, `UPDATE dossiers SET procedure_code = '1.004874' WHERE code = $1`, [bad]); // the catalogue fixed
    expect((await f.admin.post(`/api/v1/dvcqg/outbox/${bad}/resend`)).body).toEqual({ queued: 1 });
    expect(await f.worker.drain()).toMatchObject({ claimed: 1, synced: 1 });
    expect(f.sim.records.get(bad)!.record.MaTTHC).toBe('1.004874');
    expect((await f.counter.post('/api/v1/dvcqg/outbox/x/resend')).status).toBe(403);
  });

  it("sends a record the portal already has to update when it answers 'đã tồn tại'", async () => {
    f.t.clock.set(local('2026-11-24T14:00:00'));
    const code = await f.receive();
    await f.worker.drain();
    await query(f, `UPDATE dvcqg_outbox SET added = false FROM dossiers d WHERE d.id = dossier_id AND d.code = $1`, [code]); // as if the answer was lost
    await f.admin.post(`/api/v1/dvcqg/outbox/${code}/resend`);
    expect(await f.worker.drain()).toMatchObject({ synced: 1 });
    expect(f.sim.records.get(code)).toMatchObject({ adds: 1, updates: 1 });
  });

  it('loses nothing across a restart, also of an instance killed in the middle of a send', async () => {
    const start = '2026-11-25T09:00:00';
    f.t.clock.set(local(start));
    const codes = [await f.receive(), await f.receive()];
    // Another instance claims the items and dies before it has an answer (as under kill -9).
    const dying = await createHttpApp(f.t.config, f.t.clock);
    await dying.init();
    await (workerOf(dying) as unknown as { claim(n: number): Promise<unknown[]> }).claim(10);
    await dying.close();
    const restarted = await createHttpApp(f.t.config, f.t.clock);
    await restarted.init();
    try {
      const worker = workerOf(restarted);
      expect((await worker.drain()).claimed).toBe(0); // still leased to the dead instance
      f.t.clock.set(at(start, LEASE_SECONDS + 1));
      expect(await worker.drain()).toMatchObject({ claimed: 2, synced: 2 });
      for (const code of codes) expect(f.sim.records.get(code)!.record.TrangThaiHoSo).toBe(2);
    } finally {
      await restarted.close();
    }
  });

  it('never lets two instances send the same dossier at the same time', async () => {
    f.t.clock.set(local('2026-11-26T09:00:00'));
    const codes = await Promise.all(Array.from({ length: 60 }, () => f.receive()));
    const second = await createHttpApp(f.t.config, f.t.clock);
    await second.init();
    f.sim.latencyMs = 30;
    try {
      const results = await Promise.all([f.worker.runBatch(40), workerOf(second).runBatch(40), f.worker.runBatch(40), workerOf(second).runBatch(40)]);
      expect(results.reduce((n, r) => n + r.claimed, 0)).toBe(60);
      expect(f.sim.overlaps).toBe(0);
      for (const code of codes) expect(f.sim.records.get(code)).toMatchObject({ adds: 1, updates: 0 });
    } finally {
      f.sim.latencyMs = 0;
      await second.close();
    }
  });
});

async function query(f: SyncFixture, sql: string, params: unknown[] = []): Promise<unknown> {
  const { Client } = await import('pg');
  const client = new Client({ connectionString: f.t.db.url });
  await client.connect();
  try {
    return (await client.query(sql, params)).rows;
  } finally {
    await client.end();
  }
}
