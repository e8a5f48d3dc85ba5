import type { INestApplication } from '@nestjs/common';
import { createHttpApp } from '../../src/http-app';
import { DossierChangeListener } from '../../src/database/dossier-change-listener';
import { PublicDossierCache } from '../../src/public-lookup/public-dossier-cache';
import { ApiClient } from '../support/http';
import { startTestApp, TestApp } from '../support/test-app';
import { receiveDossier, ReceivedDossier, sql } from './support';

/**
 * Two instances of the service on one database: each keeps its own look-up cache, and a change made
 * through one instance (or by any SQL session) reaches the other's cache through LISTEN/NOTIFY.
 * The test waits for the notification itself, never for a duration.
 */
describe('the public look-up cache across instances (LISTEN/NOTIFY)', () => {
  let t: TestApp;
  let second: INestApplication;
  let secondUrl: string;
  let counter: ApiClient;
  let dossier: ReceivedDossier;

  beforeAll(async () => {
    t = await startTestApp({ now: '2026-11-23T02:15:00Z' });
    second = await createHttpApp(t.config, t.clock);
    await second.listen(0, '127.0.0.1');
    secondUrl = `http://127.0.0.1:${second.getHttpServer().address().port}`;
    counter = await new ApiClient(t.baseUrl).login('tiepnhan');
    dossier = await receiveDossier(counter);
  });
  afterAll(async () => {
    await second?.close();
    await t?.close();
  });

  const lookUp = async (baseUrl: string) => {
    const response = await new ApiClient(baseUrl).get(`/api/v1/public/dossiers/${dossier.code}?t=${dossier.token}`);
    expect(response.status).toBe(200);
    return response.body;
  };

  /** Resolves when `app` hears that the dossier changed. */
  function heardBy(app: INestApplication, dossierId: string): Promise<void> {
    return new Promise((resolve) => app.get(DossierChangeListener).subscribe((change) => (change.all || change.ids.includes(dossierId)) && resolve()));
  }

  const idOf = async (code: string) => (await sql<{ id: string }>(t, 'SELECT id FROM dossiers WHERE code = $1', [code]))[0].id;

  it('serves a repeated look-up from the cache, and shows a hand-off made through the other instance', async () => {
    const before = await lookUp(secondUrl);
    expect(second.get(PublicDossierCache).size).toBe(1);
    expect(await lookUp(secondUrl)).toEqual(before);

    const heard = heardBy(second, await idOf(dossier.code));
    const handoff = await counter.post(`/api/v1/dossiers/${dossier.code}/handoffs`, { toUnit: 'Công chức Tư pháp - Hộ tịch' });
    expect(handoff.status).toBe(201);
    await heard;

    const after = await lookUp(secondUrl);
    expect(after.statusCode).not.toBe(before.statusCode);
    expect(after.timeline.length).toBe(before.timeline.length + 1);
    expect(after).toEqual(await lookUp(t.baseUrl));
  });

  it('drops the cached dossier when any SQL session changes it, and shows the change', async () => {
    const cached = await lookUp(secondUrl);
    expect(cached.dueAt).not.toBe('2026-12-31T09:00:00.000Z');
    const heard = heardBy(second, await idOf(dossier.code));
    await sql(t, `UPDATE dossiers SET due_at = '2026-12-31T09:00:00Z', version = version + 1 WHERE code = $1`, [dossier.code]);
    await heard;
    expect((await lookUp(secondUrl)).dueAt).toBe('2026-12-31T09:00:00.000Z');
  });

  it('keeps a dossier whose neighbour changed, and never caches an unknown code', async () => {
    const other = await receiveDossier(counter);
    await lookUp(secondUrl);
    const cache = second.get(PublicDossierCache);
    const size = cache.size;
    const heard = heardBy(second, await idOf(other.code));
    await sql(t, `UPDATE dossiers SET version = version + 1 WHERE code = $1`, [other.code]);
    await heard;
    expect(cache.size).toBe(size);
    expect((await new ApiClient(secondUrl).get(`/api/v1/public/dossiers/000.17.22.H56-261123-9999?t=${dossier.token}`)).status).toBe(404);
    expect(cache.size).toBe(size);
  });
});
