import type { INestApplication } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { AppConfig } from '../../src/config/app-config';
import { seedDemo } from '../../src/demo/seed-demo';
import { createHttpApp } from '../../src/http-app';
import { personalFragments, receiveDossier, ReceivedDossier } from '../public-lookup/support';
import { ApiClient } from '../support/http';
import { TestClock } from '../support/test-app';
import { createTestDatabase, TestDatabase } from '../support/test-database';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

describe('structured logs with a request id, and no personal data in them', () => {
  let db: TestDatabase;
  let app: INestApplication;
  let baseUrl: string;
  const lines: string[] = [];
  const entries = () => lines.map((line) => JSON.parse(line) as Record<string, any>);

  beforeAll(async () => {
    db = await createTestDatabase();
    const config: AppConfig & { databaseUrl: string } = {
      port: 0,
      databaseUrl: db.url,
      dataDir: '',
      embeddedPort: 0,
      publicBaseUrl: 'http://motcua.test',
      seedDemo: true,
      tokenTtlMinutes: 60,
      logLevel: 'normal',
      logFormat: 'json',
      latenessScanMinutes: 0,
      notificationDispatchSeconds: 0,
    };
    app = await createHttpApp(config, new TestClock(new Date('2026-11-23T02:00:00Z')), { logStream: { write: (line: string) => void lines.push(line) } });
    await seedDemo(app);
    await app.listen(0, '127.0.0.1');
    baseUrl = `http://127.0.0.1:${app.getHttpServer().address().port}`;
  });
  afterAll(async () => {
    await app?.close();
    await db?.drop();
  });

  it('writes one JSON line per request with the id it returns as X-Request-Id, the caller’s own when sane', async () => {
    const mine = await fetch(`${baseUrl}/health`, { headers: { 'X-Request-Id': 'counter-7.a1' } });
    expect(mine.headers.get('x-request-id')).toBe('counter-7.a1');
    const insane = await fetch(`${baseUrl}/health`, { headers: { 'X-Request-Id': 'a b"<script>' } });
    expect(insane.headers.get('x-request-id')).toMatch(UUID);
    const none = await fetch(`${baseUrl}/health`);
    expect(none.headers.get('x-request-id')).toMatch(UUID);
    expect(none.headers.get('x-request-id')).not.toBe(insane.headers.get('x-request-id'));

    const requestLines = entries().filter((entry) => entry.req?.path === '/health');
    expect(requestLines.map((entry) => entry.reqId)).toEqual(['counter-7.a1', insane.headers.get('x-request-id'), none.headers.get('x-request-id')]);
    expect(requestLines[0]).toEqual({
      level: 30,
      time: expect.any(Number),
      service: 'motcua',
      reqId: 'counter-7.a1',
      req: { method: 'GET', path: '/health' },
      res: { statusCode: 200 },
      responseTime: expect.any(Number),
      msg: 'GET /health 200',
    });
  });

  it('keeps names, ID numbers, phones, passwords, bearer and tracking tokens and phone4 out of every line', async () => {
    const counter = await new ApiClient(baseUrl).login('tiepnhan');
    const bearer = (counter as unknown as { token: string }).token;
    const dossier: ReceivedDossier = await receiveDossier(counter);
    const anonymous = new ApiClient(baseUrl);
    expect((await anonymous.get(`/api/v1/public/dossiers/${dossier.code}?t=${dossier.token}`)).status).toBe(200);
    expect((await anonymous.get(`/api/v1/public/dossiers/${dossier.code}?phone4=5678`)).status).toBe(200);
    expect((await fetch(`${baseUrl}${dossier.trackingPath}`)).status).toBe(200);
    const form = new URLSearchParams({ code: dossier.code, phone4: '5678' }).toString();
    expect((await fetch(`${baseUrl}/tra-cuu`, { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: form })).status).toBe(200);
    expect((await anonymous.post('/api/v1/auth/login', { username: 'tiepnhan', password: 'wrong-password-9' })).status).toBe(401);

    const paths = entries().map((entry) => entry.req?.path);
    expect(paths).toEqual(expect.arrayContaining(['/api/v1/dossiers', `/api/v1/public/dossiers/${dossier.code}`, `/tra-cuu/${dossier.code}`, '/tra-cuu', '/api/v1/auth/login']));
    const all = lines.join('\n');
    for (const secret of [...personalFragments, 'Nguyễn Thị', 'demo12345', 'wrong-password-9', bearer, dossier.token, 'phone4', '5678', 'authorization']) {
      expect({ secret, found: all.includes(secret) }).toEqual({ secret, found: false });
    }
  });

  it('logs an unexpected error with the id of the request that met it, and answers the plain 500', async () => {
    const counter = await new ApiClient(baseUrl).login('tiepnhan');
    const db = app.get(DataSource);
    await db.query('ALTER TABLE agencies RENAME TO agencies_hidden');
    let response: Response;
    try {
      response = await fetch(`${baseUrl}/api/v1/agencies`, { headers: { authorization: `Bearer ${(counter as unknown as { token: string }).token}`, 'X-Request-Id': 'broken-1' } });
    } finally {
      await db.query('ALTER TABLE agencies_hidden RENAME TO agencies');
    }
    expect(response.status).toBe(500);
    expect(await response.json()).toEqual({ statusCode: 500, error: 'Internal Server Error', message: 'Internal server error' });
    const forRequest = entries().filter((entry) => entry.reqId === 'broken-1');
    expect(forRequest).toEqual([
      expect.objectContaining({ level: 50, context: 'HttpError', msg: expect.stringContaining('agencies') }),
      expect.objectContaining({ level: 50, req: { method: 'GET', path: '/api/v1/agencies' }, res: { statusCode: 500 } }),
    ]);
  });
});
