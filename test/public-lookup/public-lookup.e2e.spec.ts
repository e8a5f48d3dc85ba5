import { createHash } from 'node:crypto';
import { AuthGuard } from '../../src/auth/auth.guard';
import { DossierChangeListener } from '../../src/database/dossier-change-listener';
import { PublicDossierRepository } from '../../src/public-lookup/public-dossier.repository';
import { ApiClient } from '../support/http';
import { startTestApp, TestApp } from '../support/test-app';
import { applicant, from, personalFragments, receiveDossier, recordEvent, ReceivedDossier, sql, textOf, vietnameseAppointment } from './support';

const API_FIELDS = ['code', 'procedureName', 'statusCode', 'statusLabel', 'receivedAt', 'dueAt', 'originalDueAt', 'timeline', 'applicantName'];

describe('public look-up (GET /tra-cuu, /tra-cuu/{code}, /api/v1/public/dossiers/{code})', () => {
  let t: TestApp;
  let counter: ApiClient;
  let dossier: ReceivedDossier;
  let citizenIp = 0;
  /** A fresh client address per look-up sequence, so rate-limit counters of one test never leak into another. */
  const newCitizen = () => from(`198.51.100.${++citizenIp}`);

  beforeAll(async () => {
    t = await startTestApp({ now: '2026-11-23T02:15:00Z', config: { trustProxy: ['loopback'] } }); // Monday 09:15 in Vietnam; behind a local proxy
    counter = await new ApiClient(t.baseUrl).login('tiepnhan');
    dossier = await receiveDossier(counter);
  });
  afterAll(() => t.close());

  const anonymous = () => new ApiClient(t.baseUrl);

  async function html(path: string, headers: Record<string, string> = {}, init: RequestInit = {}) {
    const response = await fetch(`${t.baseUrl}${path}`, { redirect: 'manual', ...init, headers: { ...headers, ...(init.headers as Record<string, string>) } });
    return { status: response.status, headers: response.headers, body: await response.text() };
  }

  function postForm(fields: Record<string, string>, headers: Record<string, string>) {
    return html('/tra-cuu', headers, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams(fields).toString(),
    });
  }

  it('answers the QR token with the API fields, the masked name and a timeline', async () => {
    const response = await anonymous().get(`/api/v1/public/dossiers/${dossier.code}?t=${dossier.token}`, newCitizen());
    expect(response.status).toBe(200);
    expect(Object.keys(response.body)).toEqual(expect.arrayContaining(API_FIELDS));
    expect(response.body).toMatchObject({
      code: dossier.code,
      procedureName: 'Cấp Giấy xác nhận tình trạng hôn nhân',
      statusCode: 2,
      statusLabel: 'Được tiếp nhận',
      applicantName: 'Nguyễn T. H. N.',
    });
    expect(new Date(response.body.receivedAt).getTime()).toBe(new Date(dossier.receivedAt).getTime());
    expect(new Date(response.body.dueAt).getTime()).toBe(new Date(dossier.dueAt).getTime());
    expect(response.body.originalDueAt).toBe(response.body.dueAt);
    expect(response.body.timeline).toEqual([{ at: response.body.receivedAt, label: 'Hồ sơ đã được tiếp nhận', details: [expect.stringContaining('Hạc Thành')] }]);
    expect(response.headers.get('cache-control')).toBe('private, no-cache');
  });

  it('answers the last 4 phone digits with the same body as the token, without the results list (token only)', async () => {
    const byToken = await anonymous().get(`/api/v1/public/dossiers/${dossier.code}?t=${dossier.token}`, newCitizen());
    const byPhone = await anonymous().get(`/api/v1/public/dossiers/${dossier.code}?phone4=5678`, newCitizen());
    expect(byPhone.status).toBe(200);
    const { results, ...withoutResults } = byToken.body;
    expect(results).toEqual([]);
    expect(byPhone.body).toEqual(withoutResults);
  });

  it('shows no identifier number, phone, email or address in the JSON or the pages', async () => {
    const json = await anonymous().get(`/api/v1/public/dossiers/${dossier.code}?t=${dossier.token}`, newCitizen());
    const page = await html(dossier.trackingPath, newCitizen());
    const form = await postForm({ code: dossier.code, phone4: '5678' }, newCitizen());
    expect([json.status, page.status, form.status]).toEqual([200, 200, 200]);
    for (const published of [JSON.stringify(json.body), page.body, textOf(page.body), form.body]) {
      for (const fragment of personalFragments) expect(published).not.toContain(fragment);
      expect(published).not.toMatch(/\b0\d{9,10}\b/); // no phone number of any kind
      expect(published).not.toMatch(/\b\d{12}\b/); // no 12-digit Căn cước number
      expect(published).not.toMatch(/[\w.+-]+@[\w-]+\.[\w.]+/); // no e-mail address
    }
    expect(JSON.stringify(json.body)).not.toMatch(/idNumber|phone|email|address/i);
    expect(page.body).toContain(applicant.fullName.split(' ')[0]); // the family name only
    expect(page.body).toContain('Nguyễn T. H. N.');
  });

  it('renders a small Vietnamese page: procedure, status, appointment, what to bring, timeline', async () => {
    const page = await html(dossier.trackingPath, newCitizen());
    expect(page.status).toBe(200);
    expect(page.headers.get('content-type')).toBe('text/html; charset=utf-8');
    const text = textOf(page.body);
    expect(text).toContain('Cấp Giấy xác nhận tình trạng hôn nhân');
    expect(text).toContain('Tình trạng hồ sơ Được tiếp nhận');
    expect(text).toContain('Hẹn trả kết quả');
    expect(text).toContain(vietnameseAppointment(dossier.dueAt).replace(', thứ', ' Thứ')); // "09 giờ 15 Thứ Năm 26/11/2026"
    expect(text).toContain('Căn cước');
    expect(text).toContain('giấy hẹn');
    expect(text).toContain('Miễn lệ phí');
    expect(text).toContain('Nhận kết quả tại Bộ phận Một cửa hoặc qua dịch vụ bưu chính công ích');
    expect(text).toContain('Quá trình giải quyết');
    expect(text).toContain('09:15, 23/11/2026 Hồ sơ đã được tiếp nhận');
    expect(text).toContain(dossier.code);
    expect(Buffer.byteLength(page.body)).toBeLessThan(14_000); // one round trip on a slow 3G phone
  });

  it('allows its inline style by hash only and requests nothing from anywhere else', async () => {
    const page = await html(dossier.trackingPath, newCitizen());
    const csp = page.headers.get('content-security-policy') ?? '';
    const style = /<style>([\s\S]*?)<\/style>/.exec(page.body)?.[1] ?? '';
    const hash = createHash('sha256').update(style, 'utf8').digest('base64');
    expect(csp).toContain(`style-src 'sha256-${hash}'`);
    expect(csp).toContain("default-src 'none'");
    expect(csp).not.toContain('unsafe-inline');
    expect(page.body).not.toMatch(/<script|\sstyle=|\son\w+=/i);
    expect(page.body).not.toMatch(/(?:src|href|action)="(?:https?:)?\/\//i); // every link and form stays on this site
    expect(page.body).not.toMatch(/url\(|@import/);
    expect(page.headers.get('x-content-type-options')).toBe('nosniff');
    expect(page.headers.get('referrer-policy')).toBe('no-referrer'); // the token never leaves in a Referer
    expect(page.headers.get('strict-transport-security')).toBeTruthy();
    expect(page.headers.get('x-powered-by')).toBeNull();
  });

  it('makes an unknown code, a wrong token, a wrong or missing phone4 indistinguishable', async () => {
    const unknownCode = dossier.code.replace(/\d{4}$/, '9999');
    const wrongToken = 'A'.repeat(22);
    const api = (path: string) => anonymous().get(path, newCitizen());
    const answers = [
      await api(`/api/v1/public/dossiers/${unknownCode}?t=${dossier.token}`),
      await api(`/api/v1/public/dossiers/${unknownCode}?phone4=5678`),
      await api(`/api/v1/public/dossiers/${dossier.code}?t=${wrongToken}`),
      await api(`/api/v1/public/dossiers/${dossier.code}?t=${dossier.token.slice(0, -1)}`),
      await api(`/api/v1/public/dossiers/${dossier.code}?phone4=1234`),
      await api(`/api/v1/public/dossiers/${dossier.code}?phone4=12x`),
      await api(`/api/v1/public/dossiers/${dossier.code}`),
      await api(`/api/v1/public/dossiers/${dossier.code}?t=${dossier.token}&t=${dossier.token}`),
    ];
    for (const answer of answers) {
      expect(answer.status).toBe(404);
      expect(answer.body).toEqual({ statusCode: 404, error: 'Not Found', message: 'Dossier not found' });
      expect(comparableHeaders(answer.headers)).toEqual(comparableHeaders(answers[0].headers));
    }
    expect(JSON.stringify(answers[0].body)).not.toMatch(/stack|at \w+ \(|\.ts:|Error:/);

    const pages = [
      await html(`/tra-cuu/${unknownCode}?t=${dossier.token}`, newCitizen()),
      await html(`/tra-cuu/${dossier.code}?t=${wrongToken}`, newCitizen()),
      await html(`/tra-cuu/${dossier.code}`, newCitizen()),
      await postForm({ code: dossier.code, phone4: '1234' }, newCitizen()),
      await postForm({ code: unknownCode, phone4: '5678' }, newCitizen()),
      await postForm({ code: dossier.code }, newCitizen()),
    ];
    for (const page of pages) {
      expect(page.status).toBe(404);
      expect(page.body).toBe(pages[0].body);
      expect(comparableHeaders(page.headers)).toEqual(comparableHeaders(pages[0].headers));
    }
    expect(textOf(pages[0].body)).toContain('Không tìm thấy hồ sơ');
    expect(pages[0].body).not.toContain(dossier.code);
  });

  it('serves the look-up form and answers it with the status page; the code may be typed in lower case', async () => {
    const form = await html('/tra-cuu', newCitizen());
    expect(form.status).toBe(200);
    expect(form.body).toMatch(/<form method="post" action="\/tra-cuu">/);
    expect(form.body).toContain('name="code"');
    expect(form.body).toContain('name="phone4"');
    expect(textOf(form.body)).toContain('4 số cuối số điện thoại');

    const answer = await postForm({ code: ` ${dossier.code.toLowerCase()} `, phone4: '5678' }, newCitizen());
    expect(answer.status).toBe(200);
    const page = await html(dossier.trackingPath, newCitizen());
    expect(answer.body).toBe(page.body);
    expect(answer.body).not.toContain(dossier.token); // the digits never hand out the QR secret
  });

  it("serves the JSON look-up straight from Fastify: Nest's global guard runs for the other routes, not for it", async () => {
    const guard = jest.spyOn(AuthGuard.prototype, 'canActivate');
    try {
      const page = await html(dossier.trackingPath, newCitizen()); // a Nest route, public: the guard says yes
      expect(page.status).toBe(200);
      expect(guard).toHaveBeenCalled();
      guard.mockClear();
      const json = await anonymous().get(`/api/v1/public/dossiers/${dossier.code}?t=${dossier.token}`, newCitizen());
      expect(json.status).toBe(200);
      expect(guard).not.toHaveBeenCalled();
    } finally {
      guard.mockRestore();
    }
  });

  it('reads one indexed query (the dossier with its events) for the first look-up, then nothing until the dossier changes (cache dropped by NOTIFY)', async () => {
    const fresh = await receiveDossier(counter);
    const repository = t.app.get(PublicDossierRepository);
    const queries = jest.spyOn(repository, 'findByCode');
    try {
      const first = await html(fresh.trackingPath, newCitizen());
      expect(queries).toHaveBeenCalledTimes(1);
      const second = await anonymous().get(`/api/v1/public/dossiers/${fresh.code}?t=${fresh.token}`, newCitizen());
      const third = await html(fresh.trackingPath, newCitizen());
      expect([first.status, second.status, third.status]).toEqual([200, 200, 200]);
      expect(queries).toHaveBeenCalledTimes(1); // the dossier and its page come from this instance's cache
      expect(third.body).toBe(first.body);

      const [{ id }] = await sql<{ id: string }>(t, 'SELECT id FROM dossiers WHERE code = $1', [fresh.code]);
      const heard = new Promise<void>((resolve) => t.app.get(DossierChangeListener).subscribe((change) => (change.all || change.ids.includes(id)) && resolve()));
      await recordEvent(t, fresh.code, { type: 'handoff', at: '2026-11-23T03:00:00Z', toStatus: 4, data: { toUnit: 'Công chức Tư pháp - Hộ tịch', toOfficer: 'Lê Văn Bình' } });
      await heard;
      queries.mockClear();
      const changed = await html(fresh.trackingPath, newCitizen());
      expect(queries).toHaveBeenCalledTimes(1);
      expect(textOf(changed.body)).toContain('Đang xử lý');
      expect(textOf(changed.body)).toContain('Chuyển đến bộ phận giải quyết Công chức Tư pháp - Hộ tịch');
      expect(changed.body).not.toContain('Lê Văn Bình'); // officers' names stay inside

      const plan = await sql<{ 'QUERY PLAN': string }>(t, 'EXPLAIN SELECT id FROM dossiers WHERE code = $1', [fresh.code]);
      expect(plan.map((r) => r['QUERY PLAN']).join('\n')).toMatch(/Index/);
    } finally {
      queries.mockRestore();
    }
  });

  it('tells the story: supplement with what is missing, apology with the new date and reason, result, return', async () => {
    const d = await receiveDossier(counter);
    const look = async () => {
      const page = await html(d.trackingPath, newCitizen());
      const json = await anonymous().get(`/api/v1/public/dossiers/${d.code}?t=${d.token}`, newCitizen());
      expect([page.status, json.status]).toEqual([200, 200]);
      return { text: textOf(page.body), json: json.body };
    };
    await recordEvent(t, d.code, { type: 'handoff', at: '2026-11-23T03:00:00Z', toStatus: 4, data: { toUnit: 'Công chức Tư pháp - Hộ tịch' } });
    await recordEvent(t, d.code, { type: 'clock_paused', at: '2026-11-23T03:30:00Z', data: { secret: 'nội bộ' } });
    await recordEvent(t, d.code, {
      type: 'supplement_requested',
      at: '2026-11-24T02:00:00Z',
      toStatus: 5,
      data: { items: [{ name: 'Bản án, quyết định ly hôn', kind: 'certified_copy' }, 'Tờ khai ký đủ hai trang'] },
    });
    let seen = await look();
    expect(seen.json.statusLabel).toBe('Yêu cầu bổ sung giấy tờ');
    expect(seen.text).toContain('Giấy tờ cần bổ sung Bản án, quyết định ly hôn (bản sao chứng thực) Tờ khai ký đủ hai trang');
    expect(seen.text).toContain('Ngày hẹn sẽ được tính lại');
    expect(seen.text).not.toContain('nội bộ'); // event types the page does not know stay off it
    expect(seen.json.timeline.map((e: { label: string }) => e.label)).toEqual([
      'Hồ sơ đã được tiếp nhận',
      'Chuyển đến bộ phận giải quyết',
      'Yêu cầu bổ sung giấy tờ',
    ]);

    const newDueAt = '2026-12-03T10:00:00Z'; // 17:00 Thursday 3 December in Vietnam
    await recordEvent(t, d.code, { type: 'supplement_received', at: '2026-11-25T02:00:00Z', toStatus: 4 });
    await sql(t, `INSERT INTO apologies (dossier_id, reason, previous_due_at, new_due_at, signer_name, issued_at, late)
                  SELECT id, 'Cần xác minh thêm tại nơi đăng ký thường trú trước đây', due_at, $2, 'Trần Văn Lãnh', '2026-11-26T02:00:00Z', false
                    FROM dossiers WHERE code = $1`, [d.code, newDueAt]);
    await recordEvent(t, d.code, { type: 'apology', at: '2026-11-26T02:00:00Z', data: { newDueAt }, set: { due_at: newDueAt } });
    seen = await look();
    expect(seen.json.statusLabel).toBe('Đang xử lý');
    expect(new Date(seen.json.dueAt).toISOString()).toBe(new Date(newDueAt).toISOString());
    expect(seen.json.originalDueAt).not.toBe(seen.json.dueAt);
    expect(seen.text).toContain('Xin lỗi và hẹn lại ngày trả kết quả Ngày hẹn mới: 17 giờ 00, thứ Năm 03/12/2026 Lý do: Cần xác minh thêm tại nơi đăng ký thường trú trước đây');
    expect(seen.text).toContain('Hẹn trả kết quả 17 giờ 00 Thứ Năm 03/12/2026');
    expect(seen.text).toContain(`Ngày hẹn ban đầu: ${vietnameseAppointment(d.dueAt)}`);
    expect(seen.text).not.toContain('Giấy tờ cần bổ sung');
    expect(seen.text).not.toContain('Trần Văn Lãnh');

    await recordEvent(t, d.code, { type: 'resolved', at: '2026-12-01T08:00:00Z', toStatus: 9, data: { outcome: 'approved' } });
    seen = await look();
    expect(seen.json.statusLabel).toBe('Đã xử lý xong');
    expect(seen.text).toContain('Đã có kết quả. Mời ông/bà đến nhận kết quả.');
    expect(seen.text).toContain('mang theo');

    await recordEvent(t, d.code, { type: 'returned', at: '2026-12-02T02:00:00Z', toStatus: 10, data: { method: 'counter' } });
    seen = await look();
    expect(seen.json.statusLabel).toBe('Đã trả kết quả');
    expect(seen.json.collect).toBeNull();
    expect(seen.text).not.toContain('Hẹn trả kết quả');
    expect(seen.text).toContain('Đã trả kết quả Nhận tại Bộ phận Một cửa');
    expect(seen.json.timeline.map((e: { label: string }) => e.label)).toEqual([
      'Hồ sơ đã được tiếp nhận',
      'Chuyển đến bộ phận giải quyết',
      'Yêu cầu bổ sung giấy tờ',
      'Đã nhận giấy tờ bổ sung',
      'Xin lỗi và hẹn lại ngày trả kết quả',
      'Đã có kết quả',
      'Đã trả kết quả',
    ]);
  });

  it('shows a stopped dossier as ended, without appointment', async () => {
    const d = await receiveDossier(counter);
    await recordEvent(t, d.code, { type: 'stopped', at: '2026-11-24T02:00:00Z', toStatus: 8, data: { reason: 'Theo đơn của ông bà' } });
    const page = await html(d.trackingPath, newCitizen());
    expect(textOf(page.body)).toContain('Dừng xử lý');
    expect(textOf(page.body)).toContain('Dừng xử lý hồ sơ');
    expect(textOf(page.body)).not.toContain('Hẹn trả kết quả');
  });

  // Its speed is measured by `npm run bench` (service table), never here: a timed test fails on a busy machine.
  it('serves 200 valid QR look-ups in a row from one client, every one the same page', async () => {
    const pages = new Set<string>();
    for (let i = 0; i < 200; i++) {
      const response = await fetch(`${t.baseUrl}${dossier.trackingPath}`, { headers: from('198.51.100.250') });
      expect(response.status).toBe(200);
      pages.add(await response.text());
    }
    expect(pages.size).toBe(1);
  });

  it('documents the public endpoints in the OpenAPI page', async () => {
    const docs = await anonymous().get('/api/docs-json');
    expect(Object.keys(docs.body.paths)).toEqual(expect.arrayContaining(['/api/v1/public/dossiers/{code}', '/tra-cuu', '/tra-cuu/{code}']));
  });

  describe('rate limit on failed look-ups', () => {
    it('answers 429 with Retry-After after 10 failures from one client, while its valid QR look-ups still open', async () => {
      const d = await receiveDossier(counter);
      const attacker = from('203.0.113.7');
      for (let i = 0; i < 10; i++) {
        const guess = String(1000 + i);
        const response = await anonymous().get(`/api/v1/public/dossiers/${d.code}?phone4=${guess}`, attacker);
        expect(response.status).toBe(404);
      }
      const blocked = await anonymous().get(`/api/v1/public/dossiers/${d.code}?phone4=5678`, attacker); // even the right digits
      expect(blocked.status).toBe(429);
      expect(blocked.body).toMatchObject({ statusCode: 429, error: 'Too Many Requests' });
      const retryAfter = Number(blocked.headers.get('retry-after'));
      expect(retryAfter).toBeGreaterThan(0);
      expect(retryAfter).toBeLessThanOrEqual(600);

      const blockedPage = await postForm({ code: d.code, phone4: '5678' }, attacker);
      expect(blockedPage.status).toBe(429);
      expect(blockedPage.headers.get('retry-after')).toBeTruthy();
      expect(textOf(blockedPage.body)).toContain('Vui lòng thử lại sau');
      expect((await html(`/tra-cuu/${d.code}?t=${'B'.repeat(22)}`, attacker)).status).toBe(429);

      // The QR token is not guessable: someone behind the same network (one carrier NAT) still opens a dossier at once.
      const qrPage = await html(d.trackingPath, attacker);
      const qrJson = await anonymous().get(`/api/v1/public/dossiers/${d.code}?t=${d.token}`, attacker);
      expect([qrPage.status, qrJson.status]).toEqual([200, 200]);

      // Other clients are not affected.
      expect((await anonymous().get(`/api/v1/public/dossiers/${d.code}?phone4=5678`, from('203.0.113.8'))).status).toBe(200);

      // The window slides: ten minutes later the client may try again.
      t.clock.set(new Date(t.clock.now().getTime() + 601_000));
      expect((await anonymous().get(`/api/v1/public/dossiers/${d.code}?phone4=5678`, attacker)).status).toBe(200);
    });

    it("does not let failures from other clients lock a citizen out of their code's look-up (issue 17.7)", async () => {
      const d = await receiveDossier(counter);
      let guess = 2000;
      for (let client = 1; client <= 3; client++) {
        for (let i = 0; i < 10; i++) {
          const response = await anonymous().get(`/api/v1/public/dossiers/${d.code}?phone4=${guess++}`, from(`192.0.2.${client}`));
          expect(response.status).toBe(404);
        }
      }
      const fresh = from('192.0.2.99');
      expect((await anonymous().get(`/api/v1/public/dossiers/${d.code}?phone4=5678`, fresh)).status).toBe(200);
      expect((await anonymous().get(`/api/v1/public/dossiers/${d.code}?phone4=5678`, from('192.0.2.1'))).status).toBe(429); // the guessers stay blocked
      expect((await anonymous().get(`/api/v1/public/dossiers/${d.code}?t=${d.token}`, fresh)).status).toBe(200);
      expect((await anonymous().get(`/api/v1/public/dossiers/${dossier.code}?phone4=5678`, fresh)).status).toBe(200); // other dossiers still open
    });

    it('counts IPv6 clients by their /64', async () => {
      const d = await receiveDossier(counter);
      for (let i = 0; i < 10; i++) {
        const response = await anonymous().get(`/api/v1/public/dossiers/${d.code}?phone4=${3000 + i}`, from(`2001:db8:1:2::${i + 1}`));
        expect(response.status).toBe(404);
      }
      expect((await anonymous().get(`/api/v1/public/dossiers/${d.code}?phone4=5678`, from('2001:db8:1:2:ffff::1'))).status).toBe(429);
      expect((await anonymous().get(`/api/v1/public/dossiers/${d.code}?phone4=5678`, from('2001:db8:1:3::1'))).status).toBe(200);
    });
  });
});

/** Headers that may differ between two identical answers only by time. */
function comparableHeaders(headers: Headers): Record<string, string> {
  const kept: Record<string, string> = {};
  headers.forEach((value, name) => {
    if (name !== 'date' && name !== 'x-request-id') kept[name] = value; // both differ on every answer, whatever its outcome
  });
  return kept;
}
