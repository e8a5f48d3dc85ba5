import { writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { AuthService } from '../../src/auth/auth.service';
import { hasPdftoppm, pdfText, rasterise } from '../support/pdf-inspect';
import { ApiClient } from '../support/http';
import { startTestApp, TestApp } from '../support/test-app';

const applicant = {
  fullName: 'Lê Thị Mai',
  idNumber: '038185004321',
  phone: '0903123456',
  email: 'le.thi.mai@example.test',
  address: 'Số 12 Trần Phú, phường Hạc Thành',
};
const local = (iso: string) => new Date(`${iso}+07:00`).toISOString();
const iso = (value: string) => new Date(value).toISOString();
const apology = (newDueAt: string, extra: Record<string, unknown> = {}) => ({
  reason: 'Cần xác minh thông tin hộ tịch tại UBND xã nơi đăng ký kết hôn trước đây, chưa nhận được văn bản trả lời',
  newDueAt,
  signerName: 'Trần Quốc Hưng',
  ...extra,
});

describe('apology and new appointment (form 04)', () => {
  let t: TestApp;
  let anonymous: ApiClient;
  let counter: ApiClient;
  let officer: ApiClient;
  let head: ApiClient;
  let headToken: string;

  beforeAll(async () => {
    t = await startTestApp({ now: local('2026-11-23T09:00:00') }); // Monday
    anonymous = new ApiClient(t.baseUrl);
    [counter, officer] = await Promise.all([anonymous.login('tiepnhan'), anonymous.login('chuyenvien')]);
    const login = await anonymous.post('/api/v1/auth/login', { username: 'lanhdao', password: 'demo12345' });
    headToken = login.body.accessToken;
    head = anonymous.withToken(headToken);
    const auth = t.app.get(AuthService);
    await auth.createUser({ username: 'lanhdao2', password: 'demo12345', fullName: 'Hoàng Minh Tuấn', roles: ['head'], agencyCode: '000.18.22.H56' });
    await auth.createUser({ username: 'lanhdaotinh', password: 'demo12345', fullName: 'Đỗ Văn Khoa', roles: ['head'], agencyCode: '000.00.00.H56' });
  });
  afterAll(() => t.close());

  async function receive(at = '2026-11-23T09:00:00'): Promise<string> {
    t.clock.set(local(at));
    const response = await counter.post('/api/v1/dossiers', { procedureCode: '1.004873', applicant, channel: 'direct' });
    expect(response.status).toBe(201);
    return response.body.code;
  }

  async function untouched(code: string): Promise<void> {
    const detail = await head.get(`/api/v1/dossiers/${code}`);
    expect(detail.body.apology).toBeNull();
    expect(detail.body.events.map((e: { type: string }) => e.type)).not.toContain('apology');
    expect((await head.get(`/api/v1/dossiers/${code}/notifications`)).body).toEqual([]);
  }

  it('lets only a head of the resolving agency issue it', async () => {
    const code = await receive(); // due Thu 26/11 09:00
    const body = apology(local('2026-12-03T17:00:00'));
    expect((await counter.post(`/api/v1/dossiers/${code}/apologies`, body)).status).toBe(403);
    expect((await officer.post(`/api/v1/dossiers/${code}/apologies`, body)).status).toBe(403);
    expect((await anonymous.post(`/api/v1/dossiers/${code}/apologies`, body)).status).toBe(401);
    const otherCommune = await anonymous.login('lanhdao2');
    expect((await otherCommune.post(`/api/v1/dossiers/${code}/apologies`, body)).status).toBe(404);
    const province = await anonymous.login('lanhdaotinh'); // sees the commune's dossiers, but is not its head
    const forbidden = await province.post(`/api/v1/dossiers/${code}/apologies`, body);
    expect(forbidden.status).toBe(403);
    expect(forbidden.body.message).toContain('resolving agency');
    const invalid = await head.post(`/api/v1/dossiers/${code}/apologies`, { newDueAt: 'soon' });
    expect(invalid.status).toBe(400);
    expect(invalid.body.errors.map((e: { field: string }) => e.field)).toEqual(expect.arrayContaining(['reason', 'newDueAt', 'signerName']));
    await untouched(code);
  });

  it('moves dueAt to the new appointment and keeps originalDueAt; one apology per dossier', async () => {
    const code = await receive();
    t.clock.set(local('2026-11-24T09:00:00')); // two working days before the due instant
    const issued = await head.post(`/api/v1/dossiers/${code}/apologies`, apology('2026-12-03T17:00:00+07:00'));
    expect(issued.status).toBe(201);
    expect(issued.body).toMatchObject({ late: false, signerName: 'Trần Quốc Hưng', pdfUrl: expect.stringMatching(/\/apology\.pdf$/) });
    expect(iso(issued.body.previousDueAt)).toBe(local('2026-11-26T09:00:00'));
    expect(iso(issued.body.newDueAt)).toBe(local('2026-12-03T17:00:00'));
    expect(iso(issued.body.dossier.dueAt)).toBe(local('2026-12-03T17:00:00'));
    expect(iso(issued.body.dossier.originalDueAt)).toBe(local('2026-11-26T09:00:00'));

    const detail = await head.get(`/api/v1/dossiers/${code}`);
    expect(iso(detail.body.dueAt)).toBe(local('2026-12-03T17:00:00'));
    expect(iso(detail.body.originalDueAt)).toBe(local('2026-11-26T09:00:00'));
    expect(detail.body.apology).toMatchObject({ late: false, signerName: 'Trần Quốc Hưng' });
    expect(detail.body.events.map((e: { type: string }) => e.type)).toEqual(['received', 'apology', 'due_date_changed']);
    expect(detail.body.events[1].data).toMatchObject({ newDueAt: iso(local('2026-12-03T17:00:00')), signerName: 'Trần Quốc Hưng', late: false });

    const second = await head.post(`/api/v1/dossiers/${code}/apologies`, apology('2026-12-10T17:00:00+07:00'));
    expect(second.status).toBe(422);
    expect(second.body.message).toContain('at most one per dossier');
    expect(iso((await head.get(`/api/v1/dossiers/${code}`)).body.dueAt)).toBe(local('2026-12-03T17:00:00'));

    // Past the original appointment, the dossier is no longer "late without apology"; its new date is what counts as overdue.
    t.clock.set(local('2026-11-27T09:00:00'));
    const late = await head.get('/api/v1/dossiers?lateWithoutApology=true');
    expect(late.body.items.map((d: { code: string }) => d.code)).not.toContain(code);
    expect((await head.get('/api/v1/dossiers?apology=issued')).body.items.map((d: { code: string }) => d.code)).toContain(code);
  });

  it('queues the applicant’s notification with the apology, in Vietnamese', async () => {
    const code = (await head.get('/api/v1/dossiers?apology=issued')).body.items[0].code;
    const notifications = await head.get(`/api/v1/dossiers/${code}/notifications`);
    expect(notifications.status).toBe(200);
    expect(notifications.body.map((n: { channel: string; kind: string; status: string }) => `${n.channel} ${n.kind} ${n.status}`)).toEqual([
      'email appointment_moved pending',
      'sms appointment_moved pending',
    ]);
    const [email, sms] = notifications.body;
    expect(email).toMatchObject({ recipient: applicant.email, subject: `Xin lỗi và hẹn lại ngày trả kết quả hồ sơ ${code}` });
    expect(email.body).toContain('Kính gửi ông/bà Lê Thị Mai,');
    expect(email.body).toContain('hẹn trả ban đầu: 09 giờ 00 ngày 26/11/2026');
    expect(email.body).toContain('Lý do: Cần xác minh thông tin hộ tịch');
    expect(sms.recipient).toBe(applicant.phone);
    expect(sms.body).toMatch(
      new RegExp(`^UBND phường Hạc Thành xin lỗi ông/bà Lê Thị Mai: hồ sơ ${code.replace(/\./g, '\\.')} chưa có kết quả đúng hẹn, hẹn trả kết quả lại vào 17 giờ 00 ngày 03/12/2026\\. Tra cứu: http://motcua\\.test/tra-cuu/`),
    );
  });

  it('refuses a new date not after the current due date, on a day off, or outside working hours (422), changing nothing', async () => {
    const code = await receive(); // due Thu 26/11 09:00
    const notAfter = await head.post(`/api/v1/dossiers/${code}/apologies`, apology(local('2026-11-26T09:00:00')));
    expect(notAfter.status).toBe(422);
    expect(notAfter.body.errors).toEqual([{ field: 'newDueAt', message: expect.stringContaining('must be after the current due date 09:00 26/11/2026') }]);
    const saturday = await head.post(`/api/v1/dossiers/${code}/apologies`, apology(local('2026-11-28T09:00:00')));
    expect(saturday.status).toBe(422);
    expect(saturday.body.message).toContain('day off');
    const lunch = await head.post(`/api/v1/dossiers/${code}/apologies`, apology(local('2026-11-27T12:00:00')));
    expect(lunch.status).toBe(422);
    expect(lunch.body.message).toContain('outside working hours');
    const dayOff = await head.post(`/api/v1/dossiers/${code}/apologies`, apology('2026-11-29'));
    expect(dayOff.status).toBe(422);
    expect((await head.post(`/api/v1/dossiers/${code}/apologies`, apology('2026-12-01T09:00:00'))).status).toBe(400); // no offset
    await untouched(code);
  });

  it('flags as late an apology issued after the close of the last working day before the due day, or after the due instant', async () => {
    const inTime = await receive(); // due Thu 26/11 09:00
    const lastDay = await receive();
    const afterDue = await receive();
    // "At the latest 1 day before the due date": by Wednesday's close of business, not 8 working hours before Thursday 09:00.
    t.clock.set(local('2026-11-25T10:00:00'));
    const early = await head.post(`/api/v1/dossiers/${inTime}/apologies`, apology(local('2026-11-30T17:00:00')));
    expect(early.status).toBe(201);
    expect(early.body.late).toBe(false);
    t.clock.set(local('2026-11-25T17:01:00'));
    const late = await head.post(`/api/v1/dossiers/${lastDay}/apologies`, apology(local('2026-11-30T17:00:00')));
    expect(late.status).toBe(201);
    expect(late.body.late).toBe(true);

    t.clock.set(local('2026-11-27T08:00:00')); // a day after the due instant: still recorded, flagged late
    const overdue = await head.post(`/api/v1/dossiers/${afterDue}/apologies`, apology('2026-12-04')); // a date: close of business
    expect(overdue.status).toBe(201);
    expect(overdue.body.late).toBe(true);
    expect(iso(overdue.body.newDueAt)).toBe(local('2026-12-04T17:00:00'));
    expect(iso(overdue.body.dossier.originalDueAt)).toBe(local('2026-11-26T09:00:00'));
  });

  it('is only for dossiers still being processed (409)', async () => {
    const resolved = await receive();
    t.clock.set(local('2026-11-23T10:00:00'));
    expect((await head.post(`/api/v1/dossiers/${resolved}/resolve`, { outcome: 'approved' })).status).toBe(200);
    const conflict = await head.post(`/api/v1/dossiers/${resolved}/apologies`, apology(local('2026-12-03T17:00:00')));
    expect(conflict.status).toBe(409);
    expect(conflict.body.message).toContain('Đã xử lý xong');

    const waiting = await receive();
    await officer.post(`/api/v1/dossiers/${waiting}/supplement-requests`, { items: [{ name: 'Bản sao Căn cước', kind: 'certified_copy' }], reason: 'Thiếu giấy tờ tùy thân' });
    const stopped = await head.post(`/api/v1/dossiers/${waiting}/apologies`, apology(local('2026-12-03T17:00:00')));
    expect(stopped.status).toBe(409);
    expect(stopped.body.message).toContain('clock is stopped');
  });

  it('prints form 04 with the apology’s data, signed by the head', async () => {
    const code = (await head.get('/api/v1/dossiers?apology=issued&pageSize=50')).body.items.find(
      (d: { dueAt: string }) => iso(d.dueAt) === local('2026-12-03T17:00:00'),
    ).code;
    const response = await fetch(`${t.baseUrl}/api/v1/dossiers/${code}/apology.pdf`, { headers: { authorization: `Bearer ${headToken}` } });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toContain('application/pdf');
    expect(response.headers.get('cache-control')).toBe('private, no-store');
    const pdf = Buffer.from(await response.arrayBuffer());
    writeFileSync(join(tmpdir(), 'motcua-form-04.pdf'), pdf); // for a person to look at (pdftoppm -r 70 -png)
    const { text, total } = await pdfText(pdf);
    expect(total).toBe(1);
    for (const expected of [
      'ỦY BAN NHÂN DÂN PHƯỜNG HẠC THÀNH', // the resolving authority's header, not the centre's
      'VĂN BẢN XIN LỖI VÀ ĐỀ NGHỊ GIA HẠN THỜI GIAN GIẢI QUYẾT',
      'Kính gửi: Ông/Bà Lê Thị Mai',
      code,
      'cấp Giấy xác nhận tình trạng hôn nhân',
      '038185004321',
      '09 giờ 00 phút, ngày 26 tháng 11 năm 2026',
      '17 giờ 00 phút, ngày 03 tháng 12 năm 2026',
      'Cần xác minh thông tin hộ tịch',
      'CHỦ TỊCH', // the head's real title from the catalogue, no placeholder
      'Trần Quốc Hưng',
    ]) {
      expect(text).toContain(expected);
    }
    expect(text).not.toContain('THỦ TRƯỞNG CƠ QUAN');
    expect(text).toMatch(/Số: \d+\/PXL /);
    if (hasPdftoppm()) {
      const page = rasterise(pdf, 1, 70);
      expect(page.width).toBeGreaterThan(350); // A5 portrait at 70 dpi: 409 × 579
      expect(page.height).toBeGreaterThan(page.width);
    }
    const none = await receive();
    expect((await head.get(`/api/v1/dossiers/${none}/apology.pdf`)).status).toBe(404);
    const other = await anonymous.login('tiepnhan2');
    expect((await other.get(`/api/v1/dossiers/${code}/apology.pdf`)).status).toBe(404);
  });
});
