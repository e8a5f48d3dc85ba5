import { createHash } from 'node:crypto';
import { ApiClient } from '../support/http';
import { startTestApp, TestApp } from '../support/test-app';
import { from, receiveDossier, ReceivedDossier, textOf } from '../public-lookup/support';
import { page, postForm, returnedDossier, stored } from './support';

const local = (iso: string) => new Date(`${iso}+07:00`).toISOString();
const FORM_ACTION = (code: string) => `action="/tra-cuu/${code}/danh-gia"`;

describe("the citizen's rating from the QR status page", () => {
  let t: TestApp;
  let counter: ApiClient;
  let officer: ApiClient;
  let citizenIp = 0;
  /** A fresh client address per sequence, so the failure limiter of one test never blocks another. */
  const newCitizen = () => from(`198.51.100.${++citizenIp}`);

  beforeAll(async () => {
    t = await startTestApp({ now: local('2026-11-23T09:00:00'), config: { trustProxy: ['loopback'] } }); // behind a local proxy
    const anonymous = new ApiClient(t.baseUrl);
    [counter, officer] = await Promise.all([anonymous.login('tiepnhan'), anonymous.login('chuyenvien')]);
  });
  afterAll(() => t.close());

  const returned = () => returnedDossier({ counter, officer });
  const rateForm = (d: ReceivedDossier, fields: Record<string, string>, headers = newCitizen()) => postForm(t, `/tra-cuu/${d.code}/danh-gia`, fields, headers);
  const byPhone = (d: ReceivedDossier) => postForm(t, '/tra-cuu', { code: d.code, phone4: '5678' }, newCitizen());
  const publicApi = (d: ReceivedDossier, token: string, body: unknown, headers = newCitizen()) =>
    new ApiClient(t.baseUrl).post(`/api/v1/public/dossiers/${d.code}/satisfaction?t=${encodeURIComponent(token)}`, body, headers);

  it('offers the form on the QR page of a returned dossier, and only a hint to a look-up by phone digits', async () => {
    const d = await returned();
    const qr = await page(t, d.trackingPath, newCitizen());
    expect(qr.status).toBe(200);
    expect(qr.body).toContain(`<form method="post" ${FORM_ACTION(d.code)}>`);
    expect(qr.body).toContain(`<input type="hidden" name="t" value="${d.token}">`);
    expect(qr.body.match(/<input type="radio" name="level" value="\w+" required>/g)).toHaveLength(5);
    const text = textOf(qr.body);
    expect(text).toContain('Đánh giá mức độ hài lòng');
    for (const label of ['Rất hài lòng', 'Hài lòng', 'Bình thường', 'Không hài lòng', 'Rất không hài lòng']) expect(text).toContain(label);
    expect(text).toContain('Góp ý thêm (không bắt buộc)');
    expect(qr.body).toContain('maxlength="500"');
    expect(text).toContain('Gửi đánh giá');

    // The same cached page serves the phone look-up right after: no token in it, no form.
    const phone = await byPhone(d);
    expect(phone.status).toBe(200);
    expect(phone.body).not.toContain(d.token);
    expect(phone.body).not.toContain('/danh-gia');
    expect(phone.body).not.toContain('name="level"');
    expect(textOf(phone.body)).toContain('Để đánh giá, vui lòng quét mã QR trên giấy hẹn.');
    // And the other way round: a QR look-up after a phone look-up still gets its form.
    expect((await page(t, d.trackingPath, newCitizen())).body).toBe(qr.body);

    // Before the return there is nothing to rate.
    const open = await receiveDossier(counter);
    const openPage = await page(t, open.trackingPath, newCitizen());
    expect(textOf(openPage.body)).not.toContain('Đánh giá mức độ hài lòng');
    expect(openPage.body).not.toContain('name="level"');
  });

  it('records the rating from the urlencoded form (source public), answers 303 to the status page, which then thanks the citizen', async () => {
    const d = await returned();
    const citizen = newCitizen();
    const before = await page(t, d.trackingPath, citizen); // the page is cached now
    expect(before.body).toContain('name="level"');

    t.clock.set(local('2026-11-23T11:00:00'));
    const answer = await rateForm(d, { t: d.token, level: 'very_satisfied', comment: 'Nhanh, gọn.\r\nCảm ơn cán bộ.' }, citizen);
    expect(answer.status).toBe(303);
    expect(answer.headers.get('location')).toBe(d.trackingPath);
    expect(answer.headers.get('cache-control')).toBe('no-store');

    const after = await page(t, answer.headers.get('location')!, citizen);
    expect(after.status).toBe(200);
    const text = textOf(after.body);
    expect(text).toContain('Cảm ơn ông/bà đã đánh giá: Rất hài lòng');
    expect(text).toContain('Đã đánh giá mức độ hài lòng'); // on the timeline
    expect(after.body).not.toContain('name="level"');
    expect(after.body).not.toContain(d.token);
    expect(textOf((await byPhone(d)).body)).toContain('Cảm ơn ông/bà đã đánh giá: Rất hài lòng');
    const json = await new ApiClient(t.baseUrl).get(`/api/v1/public/dossiers/${d.code}?t=${d.token}`, newCitizen());
    expect(json.body.timeline.at(-1)).toMatchObject({ at: local('2026-11-23T11:00:00'), label: 'Đã đánh giá mức độ hài lòng', details: [] });

    const { ratings, events } = await stored(t, d.code);
    expect(ratings).toEqual([
      { level: 'very_satisfied', comment: 'Nhanh, gọn.\nCảm ơn cán bộ.', source: 'public', recorded_by: null, rated_at: new Date(local('2026-11-23T11:00:00')) },
    ]);
    expect(events).toMatchObject([{ actor_id: null, actor_name: 'Người nộp hồ sơ (trang tra cứu)', data: { level: 'very_satisfied', source: 'public' } }]);
    expect((await counter.get(`/api/v1/dossiers/${d.code}/satisfaction`)).body).toMatchObject({ level: 'very_satisfied', source: 'public' });

    // A second submission (the back button, another tab) changes nothing and shows the thanks again.
    const again = await rateForm(d, { t: d.token, level: 'very_dissatisfied' });
    expect(again.status).toBe(303);
    expect((await stored(t, d.code)).ratings.map((r) => r.level)).toEqual(['very_satisfied']);
  });

  it('sends the form back with its error and what was typed when the level is missing or the comment too long', async () => {
    const d = await returned();
    const noLevel = await rateForm(d, { t: d.token, comment: 'Chưa chọn <mức>' });
    expect(noLevel.status).toBe(400);
    expect(noLevel.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(noLevel.body).toContain('<p class="err" role="alert">Vui lòng chọn một mức độ hài lòng</p>');
    expect(noLevel.body).toContain('>Chưa chọn &lt;mức&gt;</textarea>');
    expect(noLevel.body).toContain(`<input type="hidden" name="t" value="${d.token}">`);
    expect(textOf(noLevel.body)).toContain('Đã trả kết quả'); // the whole status page around it

    const tooLong = await rateForm(d, { t: d.token, level: 'neutral', comment: 'a'.repeat(501) });
    expect(tooLong.status).toBe(400);
    expect(tooLong.body).toContain('Góp ý tối đa 500 ký tự (đang có 501)');
    expect(tooLong.body).toContain('value="neutral" required checked');

    // Same CSP as every citizen page: its inline style by hash, no script.
    const csp = tooLong.headers.get('content-security-policy') ?? '';
    const style = /<style>([\s\S]*?)<\/style>/.exec(tooLong.body)?.[1] ?? '';
    expect(csp).toContain(`style-src 'sha256-${createHash('sha256').update(style, 'utf8').digest('base64')}'`);
    expect(tooLong.body).not.toMatch(/<script|\sstyle=|\son\w+=/i);
    expect(await stored(t, d.code)).toEqual({ ratings: [], events: [] });
  });

  it('takes only the QR token: a wrong token, the phone digits or an unknown code get the look-up’s 404 page and record nothing', async () => {
    const d = await returned();
    const notFound = (await page(t, `/tra-cuu/${d.code}?t=${'A'.repeat(22)}`, newCitizen())).body;
    const attempts = [
      await rateForm(d, { t: 'A'.repeat(22), level: 'satisfied' }),
      await rateForm(d, { t: d.token.slice(0, -1), level: 'satisfied' }),
      await rateForm(d, { phone4: '5678', level: 'satisfied' }),
      await rateForm(d, { level: 'satisfied' }),
      await postForm(t, `/tra-cuu/${d.code.replace(/\d{4}$/, '9999')}/danh-gia`, { t: d.token, level: 'satisfied' }, newCitizen()),
    ];
    for (const attempt of attempts) {
      expect(attempt.status).toBe(404);
      expect(attempt.body).toBe(notFound);
    }
    const api = [
      await publicApi(d, 'A'.repeat(22), { level: 'satisfied' }),
      await new ApiClient(t.baseUrl).post(`/api/v1/public/dossiers/${d.code}/satisfaction?phone4=5678`, { level: 'satisfied' }, newCitizen()),
    ];
    for (const answer of api) {
      expect(answer.status).toBe(404);
      expect(answer.body).toEqual({ statusCode: 404, error: 'Not Found', message: 'Dossier not found' });
    }
    expect(await stored(t, d.code)).toEqual({ ratings: [], events: [] });
  });

  it('does not rate a dossier whose result is not returned yet: back to its status page, nothing recorded', async () => {
    const d = await receiveDossier(counter);
    const answer = await rateForm(d, { t: d.token, level: 'satisfied' });
    expect(answer.status).toBe(303);
    expect(textOf((await page(t, d.trackingPath, newCitizen())).body)).not.toContain('Đánh giá');
    expect(await stored(t, d.code)).toEqual({ ratings: [], events: [] });
  });

  it('has a JSON twin: 201 with the rating, 400/409/422 like the staff endpoint', async () => {
    const d = await returned();
    const bad = await publicApi(d, d.token, { level: 'great' });
    expect(bad.status).toBe(400);
    expect(bad.body.errors.map((e: { field: string }) => e.field)).toEqual(['level']);
    const badComment = await publicApi(d, d.token, { level: 'satisfied', comment: 'x'.repeat(501) });
    expect(badComment.body.errors.map((e: { field: string }) => e.field)).toEqual(['comment']);

    const created = await publicApi(d, d.token, { level: 'dissatisfied', comment: 'Phải chờ lâu' });
    expect(created.status).toBe(201);
    expect(created.headers.get('cache-control')).toBe('no-store');
    expect(created.body).toEqual({ code: d.code, level: 'dissatisfied', levelLabel: 'Không hài lòng', comment: 'Phải chờ lâu', ratedAt: t.clock.now().toISOString(), source: 'public' });
    expect((await publicApi(d, d.token, { level: 'satisfied' })).status).toBe(422);
    expect((await counter.post(`/api/v1/dossiers/${d.code}/satisfaction`, { level: 'satisfied' })).status).toBe(422);

    const open = await receiveDossier(counter);
    expect((await publicApi(open, open.token, { level: 'satisfied' })).status).toBe(409);

    // The citizen and the counter at the same moment: one wins.
    const raced = await returned();
    const answers = await Promise.all([
      publicApi(raced, raced.token, { level: 'very_satisfied' }),
      counter.post(`/api/v1/dossiers/${raced.code}/satisfaction`, { level: 'neutral' }),
    ]);
    expect(answers.map((a) => a.status).sort()).toEqual([201, 422]);
    expect((await stored(t, raced.code)).ratings).toHaveLength(1);
  });

  it('counts wrong tokens as failed look-ups: blocked after 10, while the right token still rates', async () => {
    const d = await returned();
    const attacker = from('203.0.113.50');
    for (let i = 0; i < 5; i++) expect((await rateForm(d, { t: `wrong-token-${i}`, level: 'satisfied' }, attacker)).status).toBe(404);
    for (let i = 5; i < 10; i++) expect((await publicApi(d, `wrong-token-${i}`, { level: 'satisfied' }, attacker)).status).toBe(404);

    const blockedPage = await rateForm(d, { t: 'wrong-token-10', level: 'satisfied' }, attacker);
    expect(blockedPage.status).toBe(429);
    expect(blockedPage.headers.get('retry-after')).toBeTruthy();
    expect(textOf(blockedPage.body)).toContain('Vui lòng thử lại sau');
    const blockedApi = await publicApi(d, 'wrong-token-11', { level: 'satisfied' }, attacker);
    expect(blockedApi.status).toBe(429);
    expect(Number(blockedApi.headers.get('retry-after'))).toBeGreaterThan(0);
    // The look-up shares the counter: the phone digits are refused to this client too.
    expect((await new ApiClient(t.baseUrl).get(`/api/v1/public/dossiers/${d.code}?phone4=5678`, attacker)).status).toBe(429);
    expect(await stored(t, d.code)).toEqual({ ratings: [], events: [] });

    // The QR token cannot be guessed, so someone behind the same network still rates with it.
    const rated = await rateForm(d, { t: d.token, level: 'satisfied' }, attacker);
    expect(rated.status).toBe(303);
    expect((await stored(t, d.code)).ratings.map((r) => r.source)).toEqual(['public']);
  });

  it('feeds indicator 5.4 of the index export with the ratings of the period, from the counter and the citizens', async () => {
    t.clock.set(local('2026-12-07T09:00:00')); // a month no other test rates in
    const dossiers = [await returned(), await returned(), await returned(), await returned(), await returned()];
    expect((await counter.post(`/api/v1/dossiers/${dossiers[0].code}/satisfaction`, { level: 'very_satisfied' })).status).toBe(201);
    expect((await rateForm(dossiers[1], { t: dossiers[1].token, level: 'satisfied' })).status).toBe(303);
    expect((await publicApi(dossiers[2], dossiers[2].token, { level: 'neutral' })).status).toBe(201);
    expect((await counter.post(`/api/v1/dossiers/${dossiers[3].code}/satisfaction`, { level: 'very_dissatisfied' })).status).toBe(201);
    // dossiers[4] is not rated: it is not counted.

    const manager = await new ApiClient(t.baseUrl).login('quanly');
    const december = await manager.get('/api/v1/index-export?from=2026-12-01&to=2026-12-31');
    expect(december.status).toBe(200);
    // 2 satisfied (rất hài lòng, hài lòng) of 4 ratings; full points from 90%: share 0.5 / 0.9.
    expect(december.body.indicators['5.4']).toMatchObject({ rate: 0.5, numerator: 2, denominator: 4, threshold: 0.9, share: 0.56 });
    const january = await manager.get('/api/v1/index-export?from=2027-01-01&to=2027-01-31');
    expect(january.body.indicators['5.4']).toBeNull();
  });
});
