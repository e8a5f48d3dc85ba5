import { DataSource } from 'typeorm';
import { onceOnly } from '../../src/satisfaction/satisfaction.service';
import { ApiClient } from '../support/http';
import { startTestApp, TestApp } from '../support/test-app';
import { receiveDossier, sql } from '../public-lookup/support';
import { returnedDossier, stored } from './support';

const local = (iso: string) => new Date(`${iso}+07:00`).toISOString();

describe('satisfaction at the counter (POST/GET /api/v1/dossiers/{code}/satisfaction)', () => {
  let t: TestApp;
  let counter: ApiClient;
  let officer: ApiClient;
  let admin: ApiClient;
  let otherCommune: ApiClient;
  let manager: ApiClient;

  beforeAll(async () => {
    t = await startTestApp({ now: local('2026-11-23T09:00:00') }); // Monday
    const anonymous = new ApiClient(t.baseUrl);
    [counter, officer, admin, otherCommune, manager] = await Promise.all(
      ['tiepnhan', 'chuyenvien', 'admin', 'tiepnhan2', 'quanly'].map((user) => anonymous.login(user)),
    );
  });
  afterAll(() => t.close());

  const returned = () => returnedDossier({ counter, officer });
  const ratingOf = (code: string) => `/api/v1/dossiers/${code}/satisfaction`;

  it('records the rating once the result was returned, with its audit event, and reads it back', async () => {
    const dossier = await returned();
    t.clock.set(local('2026-11-23T10:30:00'));
    const comment = '  Cán bộ hướng dẫn tận tình,\r\nthủ tục nhanh.  '.normalize('NFD');
    const response = await counter.post(ratingOf(dossier.code), { level: 'satisfied', comment });
    expect(response.status).toBe(201);
    expect(response.body).toEqual({
      code: dossier.code,
      level: 'satisfied',
      levelLabel: 'Hài lòng',
      comment: 'Cán bộ hướng dẫn tận tình,\nthủ tục nhanh.',
      ratedAt: local('2026-11-23T10:30:00'),
      source: 'counter',
    });

    const read = await manager.get(ratingOf(dossier.code));
    expect(read.status).toBe(200);
    expect(read.body).toEqual(response.body);

    const [me] = await sql<{ id: string; full_name: string }>(t, `SELECT id, full_name FROM users WHERE username = 'tiepnhan'`);
    const { ratings, events } = await stored(t, dossier.code);
    expect(ratings).toEqual([
      { level: 'satisfied', comment: 'Cán bộ hướng dẫn tận tình,\nthủ tục nhanh.', source: 'counter', recorded_by: me.id, rated_at: new Date(local('2026-11-23T10:30:00')) },
    ]);
    expect(events).toEqual([
      { actor_id: me.id, actor_name: me.full_name, data: { level: 'satisfied', source: 'counter' }, from_status: 10, to_status: 10, occurred_at: new Date(local('2026-11-23T10:30:00')) },
    ]);
    const detail = await counter.get(`/api/v1/dossiers/${dossier.code}`);
    expect(detail.body.events.map((e: { type: string }) => e.type)).toEqual(['received', 'resolved', 'returned', 'satisfaction_rated']);
    expect(detail.body.statusCode).toBe(10);
  });

  it('lets an administrator record it too, without a comment', async () => {
    const dossier = await returned();
    const response = await admin.post(ratingOf(dossier.code), { level: 'very_dissatisfied' });
    expect(response.status).toBe(201);
    expect(response.body).toMatchObject({ level: 'very_dissatisfied', levelLabel: 'Rất không hài lòng', comment: null, source: 'counter' });
  });

  describe('refusals change nothing', () => {
    async function expectUnrated(code: string) {
      expect(await stored(t, code)).toEqual({ ratings: [], events: [] });
      expect((await counter.get(ratingOf(code))).status).toBe(404);
    }

    it('400 naming the field for a bad level or comment', async () => {
      const dossier = await returned();
      const cases: Array<[unknown, string]> = [
        [{ level: 'happy' }, 'level'],
        [{ level: 'Hài lòng' }, 'level'],
        [{}, 'level'],
        [{ level: 'satisfied', comment: 'x'.repeat(501) }, 'comment'],
        [{ level: 'satisfied', comment: 42 }, 'comment'],
        [{ level: 'satisfied', comment: 'chuông\u0007' }, 'comment'],
        [{ level: 'satisfied', rating: 5 }, 'rating'],
      ];
      for (const [body, field] of cases) {
        const response = await counter.post(ratingOf(dossier.code), body);
        expect(response.status).toBe(400);
        expect(response.body).toMatchObject({ statusCode: 400, error: 'Bad Request' });
        expect(response.body.errors.map((e: { field: string }) => e.field)).toEqual([field]);
      }
      const long = await counter.post(ratingOf(dossier.code), { level: 'satisfied', comment: 'ệ'.repeat(501) });
      expect(long.body.errors).toEqual([{ field: 'comment', message: 'Góp ý tối đa 500 ký tự (đang có 501)' }]);
      expect((await counter.post(ratingOf(dossier.code), { level: 'satisfied', comment: 'ệ'.repeat(500) })).status).toBe(201); // the limit itself is fine
    });

    it('409 while the result has not been returned', async () => {
      const received = await receiveDossier(counter);
      const notReturned = await counter.post(ratingOf(received.code), { level: 'satisfied' });
      expect(notReturned.status).toBe(409);
      expect(notReturned.body.message).toContain('Được tiếp nhận');
      await officer.post(`/api/v1/dossiers/${received.code}/resolve`, { outcome: 'approved' });
      const resolved = await counter.post(ratingOf(received.code), { level: 'satisfied' });
      expect(resolved.status).toBe(409);
      expect(resolved.body.message).toContain('Đã xử lý xong');
      await expectUnrated(received.code);
    });

    it('422 when already rated, keeping the first rating', async () => {
      const dossier = await returned();
      const first = await counter.post(ratingOf(dossier.code), { level: 'neutral', comment: 'Bình thường' });
      expect(first.status).toBe(201);
      const second = await admin.post(ratingOf(dossier.code), { level: 'very_satisfied' });
      expect(second.status).toBe(422);
      expect(second.body).toMatchObject({ statusCode: 422, error: 'Unprocessable Entity' });
      expect((await counter.get(ratingOf(dossier.code))).body).toEqual(first.body);
      const { ratings, events } = await stored(t, dossier.code);
      expect(ratings.map((r) => r.level)).toEqual(['neutral']);
      expect(events).toHaveLength(1);
    });

    it("404 for another agency's or an unknown dossier; 403 for roles other than counter and admin", async () => {
      const dossier = await returned();
      const foreign = await otherCommune.post(ratingOf(dossier.code), { level: 'satisfied' });
      expect(foreign.status).toBe(404);
      expect((await otherCommune.get(ratingOf(dossier.code))).status).toBe(404);
      const unknown = await counter.post(ratingOf(dossier.code.replace(/\d{4}$/, '9999')), { level: 'satisfied' });
      expect(unknown.status).toBe(404);
      expect(foreign.body.message).toBe(unknown.body.message.replace(/9999/, dossier.code.slice(-4)));
      for (const staff of [officer, manager]) expect((await staff.post(ratingOf(dossier.code), { level: 'satisfied' })).status).toBe(403);
      expect((await new ApiClient(t.baseUrl).post(ratingOf(dossier.code), { level: 'satisfied' })).status).toBe(401);
      await expectUnrated(dossier.code);
    });
  });

  it('takes exactly one of two ratings sent at the same time: 201 and 422', async () => {
    for (let round = 0; round < 5; round++) {
      const dossier = await returned();
      const answers = await Promise.all([
        counter.post(ratingOf(dossier.code), { level: 'very_satisfied' }),
        admin.post(ratingOf(dossier.code), { level: 'dissatisfied' }),
      ]);
      expect(answers.map((a) => a.status).sort()).toEqual([201, 422]);
      const winner = answers.find((a) => a.status === 201)!.body;
      const { ratings, events } = await stored(t, dossier.code);
      expect(ratings.map((r) => r.level)).toEqual([winner.level]);
      expect(events.map((e) => e.data.level)).toEqual([winner.level]);
    }
  });

  it('turns the primary key refusing a second rating into 422, should two inserts ever meet', async () => {
    const dossier = await returned();
    expect((await counter.post(ratingOf(dossier.code), { level: 'satisfied' })).status).toBe(201);
    const db = t.app.get(DataSource);
    const duplicate = () =>
      db.query(`INSERT INTO satisfaction_ratings (dossier_id, level, rated_at) SELECT id, 'neutral', now() FROM dossiers WHERE code = $1`, [dossier.code]);
    await expect(onceOnly(duplicate)).rejects.toMatchObject({ code: 'RULE_VIOLATION', message: expect.stringContaining('một lần') });
    await expect(onceOnly(() => db.query(`SELECT 1/0`))).rejects.toThrow('division by zero'); // anything else passes through
  });

  it('documents the endpoints in the OpenAPI page', async () => {
    const docs = await new ApiClient(t.baseUrl).get('/api/docs-json');
    const staff = docs.body.paths['/api/v1/dossiers/{code}/satisfaction'];
    expect(Object.keys(staff)).toEqual(expect.arrayContaining(['get', 'post']));
    expect(staff.post.summary).toContain('satisfaction');
    expect(Object.keys(staff.post.responses)).toEqual(expect.arrayContaining(['201', '400', '404', '409', '422']));
    expect(docs.body.paths['/api/v1/public/dossiers/{code}/satisfaction'].post.summary).toBeTruthy();
    expect(docs.body.paths['/tra-cuu/{code}/danh-gia'].post.summary).toBeTruthy();
    expect(docs.body.components.schemas.RateDossierDto.properties.level.enum).toEqual(['very_satisfied', 'satisfied', 'neutral', 'dissatisfied', 'very_dissatisfied']);
    expect(docs.body.components.schemas.SatisfactionRatingResponse.properties.levelLabel).toBeTruthy();
  });
});
