import bcrypt from 'bcryptjs';
import { createHttpApp } from '../../src/http-app';
import { queryRows } from '../reliability/support/table-checksums';
import { ApiClient } from '../support/http';
import { startTestApp, TestApp } from '../support/test-app';

/** Issue 17.2: failed logins are throttled per account and per client, across instances; hashing leaves the event loop free. */
describe('login abuse', () => {
  let t: TestApp;
  let anonymous: ApiClient;
  const wrong = (username: string, headers: Record<string, string> = {}) => anonymous.post('/api/v1/auth/login', { username, password: 'wrong-password' }, headers);

  beforeAll(async () => {
    t = await startTestApp({ now: '2026-11-23T02:15:00Z', config: { loginClientMaxFailures: 25 } });
    anonymous = new ApiClient(t.baseUrl);
  });
  afterAll(() => t.close());

  it('answers 429 with Retry-After after 10 failures for one account within 15 minutes, even with the right password', async () => {
    for (let i = 0; i < 10; i++) expect((await wrong('chuyenvien')).status).toBe(401);
    const blocked = await anonymous.post('/api/v1/auth/login', { username: 'chuyenvien', password: 'demo12345' });
    expect(blocked.status).toBe(429);
    expect(blocked.body).toMatchObject({ statusCode: 429, error: 'Too Many Requests' });
    expect(Number(blocked.headers.get('retry-after'))).toBe(15 * 60);
    expect((await anonymous.post('/api/v1/auth/login', { username: 'quanly', password: 'demo12345' })).status).toBe(200); // another account is not affected

    t.clock.set('2026-11-23T02:25:00Z');
    expect(Number((await wrong('chuyenvien')).headers.get('retry-after'))).toBe(5 * 60);
    t.clock.set('2026-11-23T02:30:01Z'); // the window is over
    expect((await anonymous.post('/api/v1/auth/login', { username: 'chuyenvien', password: 'demo12345' })).status).toBe(200);
  });

  it('keeps its counters in PostgreSQL, so a second instance on the same database refuses too', async () => {
    const second = await createHttpApp(t.config, t.clock);
    await second.listen(0, '127.0.0.1');
    try {
      for (let i = 0; i < 10; i++) expect((await wrong('lanhdao')).status).toBe(401);
      const other = new ApiClient(`http://127.0.0.1:${second.getHttpServer().address().port}`);
      expect((await other.post('/api/v1/auth/login', { username: 'lanhdao', password: 'demo12345' })).status).toBe(429);
    } finally {
      await second.close();
    }
    const keys = await queryRows<{ key: string }>(t.db.url, 'SELECT key FROM throttle_counters');
    expect(keys.every(({ key }) => /^[0-9a-f]{64}$/.test(key))).toBe(true); // no typed user name is stored
  });

  it('limits failures per client across user names, and a success does not clear the client count', async () => {
    t.clock.set('2026-11-23T04:00:00Z');
    const statuses: number[] = [];
    for (let i = 0; i < 25; i++) statuses.push((await wrong(`nobody${i}`)).status);
    expect(new Set(statuses)).toEqual(new Set([401]));
    expect((await anonymous.post('/api/v1/auth/login', { username: 'quanly', password: 'demo12345' })).status).toBe(429);
  });

  it('answers an unknown user name no faster than a known one (no user-name oracle)', async () => {
    t.clock.set('2026-11-23T06:00:00Z');
    const median = async (username: string) => {
      const times: number[] = [];
      for (let i = 0; i < 5; i++) {
        const started = performance.now();
        await wrong(username);
        times.push(performance.now() - started);
      }
      return times.sort((a, b) => a - b)[2];
    };
    const known = await median('admin');
    const unknown = await median('khong-ton-tai');
    expect(unknown).toBeGreaterThan(known / 2); // bcryptjs without a dummy hash: 3–7 ms against 82–123 ms
  });

  it('hashes off the event loop: /health answers during 24 parallel wrong logins, not after them', async () => {
    t.clock.set('2026-11-23T08:00:00Z');
    const started = performance.now();
    const burst = Promise.all(Array.from({ length: 24 }, (_, i) => wrong(['tiepnhan', 'quanly', 'admin', 'nobody'][i % 4])));
    await new Promise((resolve) => setTimeout(resolve, 20)); // the logins are in
    const healthStarted = performance.now();
    expect((await fetch(`${t.baseUrl}/health`)).status).toBe(200);
    const health = performance.now() - healthStarted;
    await burst;
    const total = performance.now() - started;
    // Relative, so a loaded machine slows both alike: with bcryptjs on the loop /health waited for the whole burst (3.6 s).
    expect(health).toBeLessThan(total / 2);
  });

  it('keeps a bcryptjs hash valid and replaces it with scrypt on login', async () => {
    t.clock.set('2026-11-23T10:00:00Z');
    await queryRows(t.db.url, `UPDATE users SET password_hash = $1 WHERE username = 'tiepnhan2'`, [bcrypt.hashSync('old-password-1', 10)]);
    expect((await anonymous.post('/api/v1/auth/login', { username: 'tiepnhan2', password: 'old-password-1' })).status).toBe(200);
    const [row] = await queryRows<{ password_hash: string }>(t.db.url, `SELECT password_hash FROM users WHERE username = 'tiepnhan2'`);
    expect(row.password_hash).toMatch(/^scrypt\$14\$8\$1\$/);
    expect((await anonymous.post('/api/v1/auth/login', { username: 'tiepnhan2', password: 'old-password-1' })).status).toBe(200);
  });
});
