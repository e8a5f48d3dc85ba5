import { DataSource } from 'typeorm';
import { mismatches, OpenApiDocument, responseSchema } from '../openapi/schema-check';
import { ApiClient } from '../support/http';
import { startTestApp, TestApp } from '../support/test-app';

const applicant = { fullName: 'Trần Văn Bình', idNumber: '038190012345', phone: '0912345678', email: 'binh@example.test', address: '5 Lê Lai' };

describe('GET /health and GET /health/ready', () => {
  let t: TestApp;
  let anonymous: ApiClient;
  let db: DataSource;

  beforeAll(async () => {
    t = await startTestApp({ now: '2026-11-23T02:00:00Z', config: { readyMaxOutboxBacklog: 2 } });
    anonymous = new ApiClient(t.baseUrl);
    db = t.app.get(DataSource);
  });
  afterAll(() => t?.close());

  async function waitingMessages(count: number): Promise<void> {
    const counter = await anonymous.login('tiepnhan');
    const { code } = (await counter.post('/api/v1/dossiers', { procedureCode: '1.004873', applicant, channel: 'direct' })).body;
    await db.query(
      `INSERT INTO notification_outbox (dedupe_key, dossier_id, kind, channel, recipient, body, next_attempt_at, created_at)
       SELECT 'health-' || d.code || '-' || n, d.id, 'result_ready', 'email', 'binh@example.test', 'x', now(), now()
       FROM dossiers d, generate_series(1, $2) n WHERE d.code = $1`,
      [code, count],
    );
  }

  it('is ready on a migrated database with an empty outbox, and says why', async () => {
    const response = await anonymous.get('/health/ready');
    expect(response.status).toBe(200);
    expect(response.body).toEqual({
      status: 'ok',
      details: {
        database: expect.objectContaining({ status: 'up' }),
        migrations: { status: 'up', applied: expect.any(Number) },
        outbox: { status: 'up', backlog: { notifications: 0, dvcqg: 0 }, total: 0, limit: 2 },
      },
    });
    expect(response.body.details.migrations.applied).toBeGreaterThanOrEqual(5);
    const doc: OpenApiDocument = (await anonymous.get('/api/docs-json')).body;
    expect(mismatches(doc, responseSchema(doc, 'GET /health/ready', 200), response.body)).toEqual([]);
    expect((await anonymous.get('/health')).body).toEqual({ status: 'ok', database: 'up' });
  });

  it('answers 503 with every check once the outbox backlog reaches the limit, while liveness stays 200', async () => {
    await waitingMessages(1);
    expect((await anonymous.get('/health/ready')).status).toBe(200);
    await waitingMessages(1);
    const response = await anonymous.get('/health/ready');
    expect(response.status).toBe(503);
    expect(response.body).toEqual({
      statusCode: 503,
      error: 'Service Unavailable',
      message: 'Not ready: outbox',
      status: 'error',
      details: {
        database: expect.objectContaining({ status: 'up' }),
        migrations: expect.objectContaining({ status: 'up' }),
        outbox: { status: 'down', backlog: { notifications: 2, dvcqg: 0 }, total: 2, limit: 2 },
      },
    });
    const doc: OpenApiDocument = (await anonymous.get('/api/docs-json')).body;
    expect(mismatches(doc, responseSchema(doc, 'GET /health/ready', 503), response.body)).toEqual([]);
    expect((await anonymous.get('/health')).status).toBe(200);
    await db.query(`UPDATE notification_outbox SET status = 'sent', sent_at = now() WHERE dedupe_key LIKE 'health-%'`);
    expect((await anonymous.get('/health/ready')).status).toBe(200);
  });

  it('is not ready while a migration of this version is missing from the database', async () => {
    const [last] = await db.query(`SELECT id, timestamp, name FROM schema_migrations ORDER BY timestamp DESC LIMIT 1`);
    await db.query(`DELETE FROM schema_migrations WHERE id = $1`, [last.id]);
    try {
      const response = await anonymous.get('/health/ready');
      expect(response.status).toBe(503);
      expect(response.body.message).toBe('Not ready: migrations');
      expect(response.body.details.migrations).toEqual({ status: 'down', applied: expect.any(Number), pending: [last.name] });
    } finally {
      await db.query(`INSERT INTO schema_migrations (id, timestamp, name) VALUES ($1, $2, $3)`, [last.id, last.timestamp, last.name]);
    }
  });
});
