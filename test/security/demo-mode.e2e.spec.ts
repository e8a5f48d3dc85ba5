import { configFromEnv } from '../../src/config/app-config';
import { assertDemoNotExposed, assertNoPublishedPasswordReachable, isLoopback, reachabilityLine } from '../../src/security/exposure';
import { queryRows } from '../reliability/support/table-checksums';
import { ApiClient } from '../support/http';
import { startTestApp, TestApp } from '../support/test-app';

/** Issue 17.1: the embedded demo is private by default and its published password never reaches a network. */
describe('demo mode is safe by default', () => {
  it('honours SEED_DEMO=0 and binds 127.0.0.1 in embedded mode unless HOST says otherwise', () => {
    expect(configFromEnv({})).toMatchObject({ seedDemo: true, host: '127.0.0.1' });
    expect(configFromEnv({ SEED_DEMO: '0' }).seedDemo).toBe(false);
    expect(configFromEnv({ HOST: '0.0.0.0' }).host).toBe('0.0.0.0');
    expect(configFromEnv({ DATABASE_URL: 'postgres://u@db.example/motcua' })).toMatchObject({ seedDemo: false, host: '0.0.0.0' });
    expect(() => configFromEnv({ SEED_DEMO: 'yes' })).toThrow(/SEED_DEMO/);
  });

  it('tells loopback addresses from reachable ones', () => {
    for (const host of ['127.0.0.1', '127.1.2.3', '::1', '[::1]', 'localhost', '::ffff:127.0.0.1']) expect(isLoopback(host)).toBe(true);
    for (const host of ['0.0.0.0', '::', '192.168.1.10', '10.0.0.1', 'motcua.local']) expect(isLoopback(host)).toBe(false);
  });

  it('refuses to seed the demo on a reachable address, with a message saying what to do', () => {
    expect(() => assertDemoNotExposed({ seedDemo: true, host: '0.0.0.0' })).toThrow(/HOST=127\.0\.0\.1.*SEED_DEMO=0/);
    expect(() => assertDemoNotExposed({ seedDemo: true, host: '127.0.0.1' })).not.toThrow();
    expect(() => assertDemoNotExposed({ seedDemo: false, host: '0.0.0.0' })).not.toThrow();
  });

  it('says at start which mode runs and who can reach it', () => {
    expect(reachabilityLine({ seedDemo: true, host: '127.0.0.1', port: 3000 })).toMatch(/embedded PostgreSQL, demo accounts .*127\.0\.0\.1:3000 — only this computer/);
    expect(reachabilityLine({ databaseUrl: 'postgres://x/y', seedDemo: false, host: '0.0.0.0', port: 80 })).toMatch(/DATABASE_URL database, no demo accounts.*reachable from the network/);
  });

  describe('on a database that already has the demo accounts', () => {
    let t: TestApp;
    beforeAll(async () => {
      t = await startTestApp({ now: '2026-11-23T02:15:00Z' });
    });
    afterAll(() => t.close());

    it('seeds the province-level administrator admintinh', async () => {
      const login = await new ApiClient(t.baseUrl).post('/api/v1/auth/login', { username: 'admintinh', password: 'demo12345' });
      expect(login.status).toBe(200);
      expect(login.body.user).toMatchObject({ roles: ['admin'], agencyCode: '000.00.00.H56' });
    });

    it('refuses to listen on a reachable address while a demo account keeps the published password', async () => {
      await expect(assertNoPublishedPasswordReachable(t.app, '127.0.0.1')).resolves.toBeUndefined();
      await expect(assertNoPublishedPasswordReachable(t.app, '0.0.0.0')).rejects.toThrow(/tiepnhan.*admintinh|admintinh.*tiepnhan/);
      await queryRows(t.db.url, `UPDATE users SET active = false WHERE username <> 'tiepnhan'`);
      await expect(assertNoPublishedPasswordReachable(t.app, '0.0.0.0')).rejects.toThrow(/accounts tiepnhan still/);
    });
  });
});
