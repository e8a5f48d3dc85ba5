import { Client } from 'pg';
import { ApiClient } from '../support/http';
import { startTestApp, TestApp } from '../support/test-app';
import { tableChecksums } from './support/table-checksums';

/**
 * The audit trail is append-only in the database itself, whoever connects. test/intake checks whole-
 * table UPDATE, DELETE and TRUNCATE; here the targeted and indirect ways: one event by id, a data-
 * modifying CTE, an upsert that would update, deleting the dossier under its events, and a
 * transaction that tries after a successful write. The trail is unchanged afterwards.
 */
describe('audit events: the database refuses to change or remove them', () => {
  let t: TestApp;
  let db: Client;
  let dossierId: string;
  let eventIds: string[];

  beforeAll(async () => {
    t = await startTestApp({ now: '2026-11-23T02:15:00Z' });
    const counter = await new ApiClient(t.baseUrl).login('tiepnhan');
    const received = await counter.post('/api/v1/dossiers', {
      procedureCode: '1.004873',
      applicant: { fullName: 'Nguyễn Thị Hồng Nhung', idNumber: '038190012345', phone: '0912345678', address: 'Số 5 Lê Lai' },
      channel: 'direct',
    });
    expect((await counter.post(`/api/v1/dossiers/${received.body.code}/handoffs`, { toUnit: 'Công chức Tư pháp - Hộ tịch' })).status).toBe(201);
    db = new Client({ connectionString: t.db.url });
    await db.connect();
    dossierId = (await db.query(`SELECT id FROM dossiers WHERE code = $1`, [received.body.code])).rows[0].id;
    eventIds = (await db.query(`SELECT id::text FROM dossier_events WHERE dossier_id = $1 ORDER BY id`, [dossierId])).rows.map((r) => r.id);
    expect(eventIds).toHaveLength(2);
  });
  afterAll(async () => {
    await db.end();
    await t.close();
  });

  const refused = async (sql: string, params: unknown[]) => {
    await db.query('BEGIN');
    try {
      await db.query(sql, params);
      return 'accepted';
    } catch (error) {
      return `${(error as { code?: string }).code}: ${(error as Error).message}`;
    } finally {
      await db.query('ROLLBACK');
    }
  };

  it('refuses each targeted and indirect change, and the trail stays as it was', async () => {
    const before = await tableChecksums(t.db.url);
    const attempts: [string, unknown[]][] = [
      [`UPDATE dossier_events SET data = '{}' WHERE id = $1`, [eventIds[0]]],
      [`UPDATE dossier_events SET occurred_at = occurred_at - interval '1 day' WHERE dossier_id = $1`, [dossierId]],
      [`DELETE FROM dossier_events WHERE id = $1`, [eventIds[1]]],
      [`WITH gone AS (DELETE FROM dossier_events WHERE dossier_id = $1 RETURNING id) SELECT count(*) FROM gone`, [dossierId]],
      [
        `INSERT INTO dossier_events (id, dossier_id, type, occurred_at, actor_name) VALUES ($1, $2, 'received', now(), 'x')
         ON CONFLICT (id) DO UPDATE SET type = 'tampered'`,
        [eventIds[0], dossierId],
      ],
    ];
    for (const [sql, params] of attempts) {
      expect(await refused(sql, params)).toMatch(/^42501: dossier_events is append-only/);
    }
    // Removing the dossier would orphan its events: the foreign key refuses.
    expect(await refused(`DELETE FROM dossiers WHERE id = $1`, [dossierId])).toMatch(/^23503:/);
    // A transaction that first writes legitimately still cannot slip a change in.
    await db.query('BEGIN');
    await db.query(`INSERT INTO dossier_events (dossier_id, type, occurred_at, actor_name) VALUES ($1, 'note', now(), 'x')`, [dossierId]);
    await expect(db.query(`UPDATE dossier_events SET actor_name = 'y' WHERE id = $1`, [eventIds[0]])).rejects.toThrow(/append-only/);
    await db.query('ROLLBACK');

    expect(await tableChecksums(t.db.url)).toEqual(before);
  });
});
