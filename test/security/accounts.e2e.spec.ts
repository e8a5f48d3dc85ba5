import { DEMO_COMMUNE, DEMO_COMMUNE_2 } from '../../src/demo/demo-agencies';
import { queryRows } from '../reliability/support/table-checksums';
import { ApiClient } from '../support/http';
import { startTestApp, TestApp } from '../support/test-app';

/** Issue 17.3: own password changes, scoped and audited account management, token revocation and purging. */
describe('staff accounts', () => {
  let t: TestApp;
  let anonymous: ApiClient;
  let admin: ApiClient;
  const login = (username: string, password: string) => anonymous.post('/api/v1/auth/login', { username, password });

  beforeAll(async () => {
    t = await startTestApp({ now: '2026-11-23T02:15:00Z', config: { tokenTtlMinutes: 60 } });
    anonymous = new ApiClient(t.baseUrl);
    admin = await anonymous.login('admin');
  });
  afterAll(() => t.close());

  it('lets a user change their own password with the current one; their other sessions end', async () => {
    const first = await anonymous.login('quanly');
    const second = await anonymous.login('quanly');
    const wrong = await first.post('/api/v1/auth/password', { currentPassword: 'not-it-at-all', newPassword: 'mat-khau-moi-1' });
    expect(wrong.status).toBe(400);
    expect(wrong.body.errors[0].field).toBe('currentPassword');
    expect((await first.post('/api/v1/auth/password', { currentPassword: 'demo12345', newPassword: 'mat-khau-moi-1' })).status).toBe(204);
    expect((await first.get('/api/v1/work/mine')).status).toBe(200);
    expect((await second.get('/api/v1/work/mine')).status).toBe(401);
    expect((await login('quanly', 'demo12345')).status).toBe(401);
    expect((await login('quanly', 'mat-khau-moi-1')).status).toBe(200);
  });

  it("creates accounts within the admin's scope only", async () => {
    const created = await admin.post('/api/v1/users', { username: 'motcua3', fullName: 'Đỗ Thị Hằng', roles: ['counter'], agencyCode: DEMO_COMMUNE, password: 'tam-thoi-123' });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ username: 'motcua3', roles: ['counter'], agencyCode: DEMO_COMMUNE, active: true });
    expect((await login('motcua3', 'tam-thoi-123')).status).toBe(200);
    expect((await admin.post('/api/v1/users', { username: 'motcua4', fullName: 'X', roles: ['counter'], agencyCode: DEMO_COMMUNE_2, password: 'tam-thoi-123' })).status).toBe(403);
    expect((await admin.post('/api/v1/users', { username: 'motcua3', fullName: 'X', roles: ['counter'], agencyCode: DEMO_COMMUNE, password: 'tam-thoi-123' })).status).toBe(409);
    expect((await admin.post('/api/v1/users/tiepnhan2/disable', {})).status).toBe(404); // another commune's account is not in sight
    const listed = (await admin.get('/api/v1/users')).body.map((u: { username: string }) => u.username);
    expect(listed).toContain('motcua3');
    expect(listed).not.toContain('tiepnhan2');
    const province = await anonymous.login('admintinh');
    expect((await province.get('/api/v1/users')).body.map((u: { username: string }) => u.username)).toContain('tiepnhan2');
  });

  it('revokes the tokens of a disabled account, and re-enabling it does not revive them', async () => {
    const officer = await anonymous.login('chuyenvien');
    expect((await admin.post('/api/v1/users/chuyenvien/disable', {})).body.active).toBe(false);
    expect((await officer.get('/api/v1/work/mine')).status).toBe(401);
    expect((await login('chuyenvien', 'demo12345')).status).toBe(401);
    expect((await admin.post('/api/v1/users/chuyenvien/enable', {})).body.active).toBe(true);
    expect((await officer.get('/api/v1/work/mine')).status).toBe(401);
    expect((await login('chuyenvien', 'demo12345')).status).toBe(200);
    expect((await admin.post('/api/v1/users/admin/disable', {})).status).toBe(422);
  });

  it('resets a password (revoking tokens) and assigns roles', async () => {
    const head = await anonymous.login('lanhdao');
    expect((await admin.post('/api/v1/users/lanhdao/password-reset', { newPassword: 'dat-lai-12345' })).status).toBe(200);
    expect((await head.get('/api/v1/work/mine')).status).toBe(401);
    expect((await login('lanhdao', 'dat-lai-12345')).status).toBe(200);
    expect((await admin.put('/api/v1/users/motcua3/roles', { roles: ['counter', 'officer'] })).body.roles).toEqual(['counter', 'officer']);
    expect((await login('motcua3', 'tam-thoi-123')).body.user.roles).toEqual(['counter', 'officer']);
    expect((await admin.put('/api/v1/users/motcua3/roles', { roles: ['root'] })).status).toBe(400);
  });

  it('audits every change in an append-only trail', async () => {
    const events = await queryRows<{ actor_username: string; username: string; action: string }>(t.db.url, 'SELECT actor_username, username, action FROM user_account_events ORDER BY id');
    expect(events).toEqual([
      { actor_username: 'quanly', username: 'quanly', action: 'password_changed' },
      { actor_username: 'admin', username: 'motcua3', action: 'created' },
      { actor_username: 'admin', username: 'chuyenvien', action: 'disabled' },
      { actor_username: 'admin', username: 'chuyenvien', action: 'enabled' },
      { actor_username: 'admin', username: 'lanhdao', action: 'password_reset' },
      { actor_username: 'admin', username: 'motcua3', action: 'roles_changed' },
    ]);
    await expect(queryRows(t.db.url, `UPDATE user_account_events SET action = 'created'`)).rejects.toThrow(/append-only/);
  });

  it('purges expired tokens', async () => {
    const count = async () => Number((await queryRows<{ n: string }>(t.db.url, 'SELECT count(*) AS n FROM auth_tokens WHERE expires_at <= $1', ['2026-11-23T05:00:00Z']))[0].n);
    expect(await count()).toBeGreaterThan(0);
    t.clock.set('2026-11-23T05:00:00Z'); // every token above has expired (60 minutes)
    await anonymous.login('tiepnhan');
    expect(await count()).toBe(0);
  });
});
