import type { INestApplication } from '@nestjs/common';
import { Client } from 'pg';
import { DossierChangeListener } from '../../src/database/dossier-change-listener';
import { createHttpApp } from '../../src/http-app';
import { ApiClient } from '../support/http';
import { startTestApp, TestApp } from '../support/test-app';

const applicant = { fullName: 'Nguyễn Thị Hồng Nhung', idNumber: '038190012345', phone: '0912345678', address: 'Số 5 Lê Lai, phường Hạc Thành' };
const PROCEDURE = '1.004873'; // 3 working days

/**
 * Two instances of the service on one database, each keeping agencies, procedures, calendars and
 * bearer tokens in memory (src/database/reference-cache.ts): a change made through one instance, or
 * by any SQL session, reaches the other through LISTEN/NOTIFY; while the LISTEN connection is down
 * every read goes to PostgreSQL. The tests wait for the notification itself, never for a duration.
 */
describe('reference caches across instances (LISTEN/NOTIFY)', () => {
  let t: TestApp;
  let second: INestApplication;
  let onA: ApiClient;
  let onB: ApiClient;
  let adminOnA: ApiClient;

  beforeAll(async () => {
    t = await startTestApp({ now: '2026-11-23T02:15:00Z' }); // Monday 09:15 in Vietnam
    second = await createHttpApp(t.config, t.clock);
    await second.listen(0, '127.0.0.1');
    onA = await new ApiClient(t.baseUrl).login('tiepnhan');
    onB = new ApiClient(`http://127.0.0.1:${second.getHttpServer().address().port}`).withToken(tokenOf(onA));
    adminOnA = await new ApiClient(t.baseUrl).login('admin');
  });
  afterAll(async () => {
    await second?.close();
    await t?.close();
  });

  function tokenOf(client: ApiClient): string {
    return (client as unknown as { token: string }).token;
  }

  /** Resolves when `app` hears that `table` changed. */
  function heardBy(app: INestApplication, table: string): Promise<void> {
    return new Promise((resolve) => app.get(DossierChangeListener).subscribeReference((change) => change.table === table && resolve()));
  }

  /** SQL from another session; `silently` skips the triggers, so no instance hears of it. */
  async function sql(text: string, params: unknown[] = [], silently = false): Promise<void> {
    const client = new Client({ connectionString: t.db.url });
    await client.connect();
    try {
      if (silently) await client.query(`SET session_replication_role = replica`);
      await client.query(text, params);
    } finally {
      await client.end();
    }
  }

  async function dueAt(client: ApiClient): Promise<number> {
    const response = await client.post('/api/v1/dossiers', { procedureCode: PROCEDURE, applicant, channel: 'direct' });
    expect(response.status).toBe(201);
    return Date.parse(response.body.dueAt);
  }

  it('sees a procedure changed by any SQL session on the next intake of the other instance', async () => {
    const before = await dueAt(onB);
    expect(await dueAt(onB)).toBe(before);
    const heard = heardBy(second, 'procedures');
    await sql(`UPDATE procedures SET duration_value = duration_value + 5 WHERE code = $1`, [PROCEDURE]);
    await heard;
    expect(await dueAt(onB)).toBeGreaterThan(before);
    await sql(`UPDATE procedures SET duration_value = duration_value - 5 WHERE code = $1`, [PROCEDURE]);
  });

  it('sees a day off added through instance A on the next intake of instance B', async () => {
    const before = await dueAt(onB);
    const provinceAdmin = await new ApiClient(t.baseUrl).login('admintinh');
    const year = (await provinceAdmin.get('/api/v1/calendar/years/2026')).body;
    const heard = heardBy(second, 'calendar_revision');
    const put = await provinceAdmin.put('/api/v1/calendar/years/2026', { daysOff: [...year.daysOff, '2026-11-24'], workingSaturdays: year.workingSaturdays, confirmed: true, source: 'thử bộ nhớ đệm' });
    expect(put.status).toBe(200);
    expect(await dueAt(onA)).toBeGreaterThan(before); // the writing instance at once, without waiting for its NOTIFY
    await heard;
    expect(await dueAt(onB)).toBeGreaterThan(before);
  });

  it('ends a session logged out on instance A on instance B too', async () => {
    const session = await new ApiClient(t.baseUrl).login('tiepnhan');
    const onBToo = onB.withToken(tokenOf(session));
    expect((await onBToo.get('/api/v1/agencies')).status).toBe(200);
    expect((await session.get('/api/v1/agencies')).status).toBe(200);
    const heard = heardBy(second, 'auth_tokens');
    expect((await session.post('/api/v1/auth/logout')).status).toBe(204);
    expect((await session.get('/api/v1/agencies')).status).toBe(401); // at once on the instance that logged out
    await heard;
    expect((await onBToo.get('/api/v1/agencies')).status).toBe(401);
  });

  it('applies a role change and a disabled account made on instance A on instance B', async () => {
    const officer = await new ApiClient(t.baseUrl).login('chuyenvien');
    const officerOnB = onB.withToken(tokenOf(officer));
    expect((await officerOnB.post('/api/v1/dossiers', { procedureCode: PROCEDURE, applicant, channel: 'direct' })).status).toBe(403);
    let heard = heardBy(second, 'users');
    expect((await adminOnA.put('/api/v1/users/chuyenvien/roles', { roles: ['officer', 'counter'] })).status).toBe(200);
    await heard;
    expect((await officerOnB.post('/api/v1/dossiers', { procedureCode: PROCEDURE, applicant, channel: 'direct' })).status).toBe(201);

    heard = heardBy(second, 'auth_tokens');
    expect((await adminOnA.post('/api/v1/users/chuyenvien/disable', {})).status).toBe(200);
    expect((await officer.get('/api/v1/agencies')).status).toBe(401);
    await heard;
    expect((await officerOnB.get('/api/v1/agencies')).status).toBe(401);
  });

  it('checks a kept token against the clock: an expired session is refused without a notification', async () => {
    expect((await onB.get('/api/v1/agencies')).status).toBe(200);
    const now = t.clock.now();
    t.clock.set(new Date(now.getTime() + t.config.tokenTtlMinutes * 60_000 + 1_000));
    try {
      expect((await onB.get('/api/v1/agencies')).status).toBe(401);
    } finally {
      t.clock.set(now);
    }
    expect((await onB.get('/api/v1/agencies')).status).toBe(200);
  });

  // Last: instance B's LISTEN connection stays down.
  it('serves from memory while it hears the changes, and reads PostgreSQL for every request while it cannot', async () => {
    const before = await dueAt(onB);
    await sql(`UPDATE procedures SET duration_value = duration_value + 5 WHERE code = $1`, [PROCEDURE], true);
    await sql(`DELETE FROM auth_tokens WHERE token_hash = encode(sha256(convert_to($1, 'UTF8')), 'hex')`, [tokenOf(onA)], true);
    expect(await dueAt(onB)).toBe(before); // nothing was heard: the kept procedure and token still serve

    await second.get(DossierChangeListener).onApplicationShutdown(); // the LISTEN connection is down
    expect(second.get(DossierChangeListener).connected).toBe(false);
    expect((await onB.post('/api/v1/dossiers', { procedureCode: PROCEDURE, applicant, channel: 'direct' })).status).toBe(401);
    const session = await new ApiClient(t.baseUrl).login('tiepnhan');
    const fresh = onB.withToken(tokenOf(session));
    const longer = await dueAt(fresh);
    expect(longer).toBeGreaterThan(before);
    await sql(`UPDATE procedures SET duration_value = duration_value + 5 WHERE code = $1`, [PROCEDURE], true);
    expect(await dueAt(fresh)).toBeGreaterThan(longer); // nothing was kept while deaf
    await sql(`DELETE FROM auth_tokens WHERE token_hash = encode(sha256(convert_to($1, 'UTF8')), 'hex')`, [tokenOf(session)], true);
    expect((await fresh.get('/api/v1/agencies')).status).toBe(401);
  });
});
