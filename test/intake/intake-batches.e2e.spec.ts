import { Client } from 'pg';
import { RECEIVED_DOSSIERS_BATCH_INSERT } from '../../src/dossiers/received-dossier-statement';
import { ApiClient } from '../support/http';
import { startTestApp, TestApp } from '../support/test-app';
import { queryRows } from '../support/test-database';

const applicant = (n: number) => ({ fullName: 'Nguyễn Thị Hồng Nhung', idNumber: `0381900${String(10000 + n)}`, phone: '0912345678', address: 'Số 5 Lê Lai, phường Hạc Thành' });

/**
 * Concurrent intakes of one commune share statements (src/dossiers/received-dossier-batches.ts):
 * fewer commits than dossiers, and still gapless codes, register entries and receipt numbers; a
 * statement failed by one dossier is retried one by one, so the others are received.
 */
describe('intake batches', () => {
  let t: TestApp;
  let counter: ApiClient;

  beforeAll(async () => {
    t = await startTestApp({ now: '2026-11-23T02:15:00Z' });
    counter = await new ApiClient(t.baseUrl).login('tiepnhan');
  });
  afterAll(() => t.close());

  const rows = <T>(sql: string, params: unknown[] = []) => queryRows<T>(t.db.url, sql, params);

  const receive = (n: number, key = `batch-${n}`) => counter.post('/api/v1/dossiers', { procedureCode: '1.004873', applicant: applicant(n), channel: 'direct' }, { 'idempotency-key': key });

  it('receives 60 concurrent intakes in fewer transactions, with gapless codes, register entries and receipt numbers', async () => {
    const responses = await Promise.all(Array.from({ length: 60 }, (_, n) => receive(n)));
    expect(responses.map((r) => r.status)).toEqual(Array(60).fill(201));
    const stored = await rows<{ code_sequence: number; register_entry: number; receipt: number; event_code: string; code: string; tx: string }>(
      `SELECT d.code, d.code_sequence, d.register_entry, i.number AS receipt, e.data->>'code' AS event_code, d.xmin::text AS tx
         FROM dossiers d JOIN issued_documents i ON i.dossier_id = d.id AND i.form = 'receipt' JOIN dossier_events e ON e.dossier_id = d.id AND e.type = 'received'
        WHERE d.idempotency_key LIKE 'batch-%' ORDER BY d.code_sequence`,
    );
    expect(stored.map((r) => r.code).sort()).toEqual(responses.map((r) => r.body.code).sort());
    const gapless = (values: number[]) => [...values].sort((a, b) => a - b).every((v, i, all) => i === 0 || v === all[i - 1] + 1);
    expect(gapless(stored.map((r) => r.code_sequence))).toBe(true);
    expect(gapless(stored.map((r) => Number(r.register_entry)))).toBe(true);
    expect(gapless(stored.map((r) => Number(r.receipt)))).toBe(true);
    expect(stored.every((r) => r.event_code === r.code)).toBe(true);
    expect(new Set(stored.map((r) => r.tx)).size).toBeLessThan(60);
  });

  it('answers a key repeated inside one batch with the first dossier, and receives the others', async () => {
    const responses = await Promise.all(Array.from({ length: 30 }, (_, n) => (n % 10 === 5 ? receive(1000, 'batch-repeated') : receive(100 + n))));
    const repeated = responses.filter((_, n) => n % 10 === 5);
    expect(responses.filter((_, n) => n % 10 !== 5).map((r) => r.status)).toEqual(Array(27).fill(201));
    expect(repeated.map((r) => r.status).sort()).toEqual([200, 200, 201]);
    expect(new Set(repeated.map((r) => r.body.code)).size).toBe(1);
    const [{ n }] = await rows<{ n: number }>(`SELECT count(*)::int AS n FROM dossiers WHERE idempotency_key = 'batch-repeated'`);
    expect(n).toBe(1);
  });

  it('never reads other dossiers, whatever plan PostgreSQL caches for the statement (a repeated key is the unique index’s to catch)', async () => {
    const client = new Client({ connectionString: t.db.url });
    await client.connect();
    try {
      await client.query(`SET plan_cache_mode = force_generic_plan`);
      await client.query(`PREPARE batch AS ${RECEIVED_DOSSIERS_BATCH_INSERT.text}`);
      const [{ 'QUERY PLAN': plan }] = (await client.query(`EXPLAIN (FORMAT JSON) EXECUTE batch(${Array(35).fill('NULL').join(', ')})`)).rows;
      const nodes: Record<string, unknown>[] = [];
      const walk = (node: Record<string, unknown>) => {
        nodes.push(node);
        for (const child of (node.Plans as Record<string, unknown>[] | undefined) ?? []) walk(child);
      };
      walk(plan[0].Plan);
      const onDossiers = nodes.filter((node) => node['Relation Name'] === 'dossiers').map((node) => node['Node Type']);
      expect(onDossiers).toEqual(['ModifyTable']);
    } finally {
      await client.end();
    }
  });
});
