import { randomBytes } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client } from 'pg';
import { configFromEnv } from '../../src/config/app-config';
import { loadOrCreateSecrets } from '../../src/database/embedded-secrets';
import { ensureServiceRole, isSuperuser, serviceRoleName } from '../../src/database/service-role';
import { seedDemo } from '../../src/demo/seed-demo';
import { createHttpApp } from '../../src/http-app';
import { ApiClient } from '../support/http';
import { TestClock } from '../support/test-app';
import { createTestDatabase, TestDatabase } from '../support/test-database';

async function run(url: string, sql: string): Promise<unknown> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query(sql)).rows;
  } finally {
    await client.end();
  }
}

/** Issue 17.4: the service runs as a role that cannot bypass the audit trail or run programs on the server. */
describe('the service’s database role', () => {
  let db: TestDatabase;
  let serviceUrl: string;

  beforeAll(async () => {
    db = await createTestDatabase();
    const role = serviceRoleName(db.url);
    // Several runs on one server may set the role up at once: each must succeed.
    const urls = await Promise.all([1, 2, 3, 4].map(() => ensureServiceRole(db.url, role, 'pw-' + randomBytes(8).toString('hex'))));
    serviceUrl = await ensureServiceRole(db.url, role, 'pw-final-123');
    expect(new Set(urls.map((u) => new URL(u).username))).toEqual(new Set([role]));
  });
  afterAll(async () => {
    await db.drop();
    await run(new URL('/postgres', db.url).toString(), `DROP ROLE IF EXISTS "${serviceRoleName(db.url)}"`); // roles outlive the database
  });

  it('is not a superuser and may not switch off triggers, run programs or rewrite the audit trail', async () => {
    expect(await isSuperuser(db.url)).toBe(true); // the tests' owner
    expect(await isSuperuser(serviceUrl)).toBe(false);
    await expect(run(serviceUrl, 'SET session_replication_role = replica')).rejects.toThrow(/permission denied/);
    await expect(run(serviceUrl, `COPY (SELECT 1) TO PROGRAM 'true'`)).rejects.toThrow(/permission denied|must be superuser|privileges of the pg_execute_server_program/);
    await expect(run(serviceUrl, `CREATE TEMP TABLE x (a text); COPY x FROM PROGRAM 'id'`)).rejects.toThrow(/permission denied|must be superuser|privileges of the pg_execute_server_program/);
    await expect(run(serviceUrl, 'UPDATE dossier_events SET type = type')).rejects.toThrow(/permission denied/);
    await expect(run(serviceUrl, 'DELETE FROM dossier_events')).rejects.toThrow(/permission denied/);
    await expect(run(serviceUrl, 'DELETE FROM user_account_events')).rejects.toThrow(/permission denied/);
    await expect(run(serviceUrl, 'CREATE TABLE intruder (a int)')).rejects.toThrow(/permission denied/);
    await expect(run(serviceUrl, 'DELETE FROM schema_migrations')).rejects.toThrow(/permission denied/);
  });

  it('has every privilege the service needs: demo seed, login, intake, hand-off, resolve, account changes', async () => {
    const config = { port: 0, databaseUrl: serviceUrl, dataDir: '', embeddedPort: 0, publicBaseUrl: 'http://motcua.test', seedDemo: true, tokenTtlMinutes: 600, logLevel: 'silent' as const, latenessScanMinutes: 0, notificationDispatchSeconds: 0 };
    const app = await createHttpApp(config, new TestClock(new Date('2026-11-23T02:15:00Z')));
    try {
      await seedDemo(app);
      await app.listen(0, '127.0.0.1');
      const anonymous = new ApiClient(`http://127.0.0.1:${app.getHttpServer().address().port}`);
      const counter = await anonymous.login('tiepnhan');
      const admin = await anonymous.login('admin');
      expect((await anonymous.post('/api/v1/auth/login', { username: 'tiepnhan', password: 'wrong-password' })).status).toBe(401);
      const intake = await counter.post('/api/v1/dossiers', { procedureCode: '1.004873', applicant: { fullName: 'Nguyễn Thị Hồng Nhung', idNumber: '038190012345', phone: '0912345678', address: 'Số 5 Lê Lai' }, channel: 'direct' });
      expect(intake.status).toBe(201);
      expect((await admin.post(`/api/v1/dossiers/${intake.body.code}/handoffs`, { toUnit: 'Công chức Tư pháp - Hộ tịch' })).status).toBe(201);
      expect((await admin.post(`/api/v1/dossiers/${intake.body.code}/resolve`, { outcome: 'approved' })).status).toBe(200);
      expect((await admin.post('/api/v1/users/chuyenvien/disable', {})).status).toBe(200);
      expect((await admin.get('/api/v1/reports/processing?from=2026-11-01&to=2026-11-30')).status).toBe(200);
    } finally {
      await app.close();
    }
  });

  it('reads MIGRATION_DATABASE_URL for the owner', () => {
    expect(configFromEnv({ DATABASE_URL: 'postgres://motcua_app@db/motcua', MIGRATION_DATABASE_URL: 'postgres://motcua_owner@db/motcua' }).migrationDatabaseUrl).toBe('postgres://motcua_owner@db/motcua');
  });
});

describe('embedded passwords', () => {
  it('are generated on first start and kept in the data folder with mode 0600', () => {
    const dir = mkdtempSync(join(tmpdir(), 'motcua-secrets-'));
    try {
      const first = loadOrCreateSecrets(dir);
      expect(first.fresh).toBe(true);
      expect(statSync(join(dir, 'credentials.json')).mode & 0o777).toBe(0o600);
      expect(first.secrets.superuserPassword).not.toBe('motcua-embedded');
      expect(first.secrets.superuserPassword).not.toBe(first.secrets.servicePassword);
      expect(loadOrCreateSecrets(dir)).toEqual({ secrets: first.secrets, fresh: false });
      expect(JSON.parse(readFileSync(join(dir, 'credentials.json'), 'utf8'))).toEqual(first.secrets);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
