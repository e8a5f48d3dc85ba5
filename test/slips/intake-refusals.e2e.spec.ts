import { Client } from 'pg';
import { pdfInfo, pdfText } from '../support/pdf-inspect';
import { ApiClient } from '../support/http';
import { startTestApp, TestApp } from '../support/test-app';
import { local, pdf, patientKeepAlive } from './support';

const applicant = { fullName: 'Phạm Đức Thắng', idNumber: '038092004567', phone: '0977 123 456', address: 'Thôn Nhuệ Sâm, xã Đông Sơn, tỉnh Thanh Hóa' };
const reasons = [
  'Người yêu cầu đã được cấp Giấy xác nhận tình trạng hôn nhân còn giá trị sử dụng cho cùng mục đích.',
  'Thủ tục thuộc thẩm quyền của Ủy ban nhân dân xã nơi người yêu cầu thường trú (xã Đông Sơn).',
];

describe('refusal at the counter (POST /api/v1/intake-refusals, form 03)', () => {
  let t: TestApp;
  let anonymous: ApiClient;
  let counter: ApiClient;

  beforeAll(async () => {
    t = await startTestApp({ now: local('2026-11-23T08:15:00') });
    patientKeepAlive(t);
    anonymous = new ApiClient(t.baseUrl);
    counter = await anonymous.login('tiepnhan');
  });
  afterAll(() => t.close());

  async function refusalCount(): Promise<number> {
    const db = new Client({ connectionString: t.db.url });
    await db.connect();
    try {
      return Number((await db.query('SELECT count(*) AS n FROM intake_refusals')).rows[0].n);
    } finally {
      await db.end();
    }
  }

  it('records the refusal and prints it numbered per agency, the same bytes on every reprint', async () => {
    const created = await counter.post('/api/v1/intake-refusals', { procedureCode: '1.004873', applicant, reasons });
    expect(created.status).toBe(201);
    expect(created.body).toEqual({ id: expect.stringMatching(/^[0-9a-f-]{36}$/), number: 1, pdfUrl: `http://motcua.test/api/v1/intake-refusals/${created.body.id}.pdf` });
    const path = new URL(created.body.pdfUrl).pathname;
    const body = await pdf(counter, path, '03-intake-refusal.pdf');
    const { text, total } = await pdfText(body);
    expect(total).toBe(1);
    for (const expected of [
      'UBND PHƯỜNG HẠC THÀNH',
      'Số: 1/PTC', // the centre's first document of 2026 in this fresh database
      'Hạc Thành, ngày 23 tháng 11 năm 2026',
      'PHIẾU TỪ CHỐI TIẾP NHẬN, GIẢI QUYẾT HỒ SƠ',
      'Trung tâm Phục vụ hành chính công phường Hạc Thành tiếp nhận hồ sơ của: Phạm Đức Thắng',
      'Số định danh cá nhân: 038092004567',
      'Địa chỉ: Thôn Nhuệ Sâm, xã Đông Sơn, tỉnh Thanh Hóa',
      'Số điện thoại: 0977123456',
      'Nội dung yêu cầu giải quyết: Cấp Giấy xác nhận tình trạng hôn nhân',
      `1. ${reasons[0]}`,
      `2. ${reasons[1]}`,
      'NGƯỜI NỘP HỒ SƠ',
      'NGƯỜI TIẾP NHẬN HỒ SƠ',
      'Nguyễn Thị Thu Hà',
    ]) {
      expect(text).toContain(expected);
    }
    expect(text).not.toContain('Mã hồ sơ');
    expect(String((await pdfInfo(body)).CreationDate)).toMatch(/^D:20261123011500Z/);

    t.clock.set(local('2026-11-30T10:00:00'));
    const admin = await anonymous.login('admin');
    expect((await pdf(admin, path)).equals(body)).toBe(true);
    const detail = await counter.get(`/api/v1/intake-refusals/${created.body.id}`);
    expect(detail.body).toMatchObject({ number: 1, procedureCode: '1.004873', reasons, refusedByName: 'Nguyễn Thị Thu Hà' });

    const second = await admin.post('/api/v1/intake-refusals', { procedureCode: '2.000720', applicant: { ...applicant, idNumber: '0312345678', fullName: 'Công ty TNHH Hưng Thịnh' }, reasons: ['Hồ sơ không thuộc thẩm quyền.'] });
    expect(second.status).toBe(201);
    expect(second.body.number).toBe(2);
    const organisation = await pdfText(await pdf(counter, new URL(second.body.pdfUrl).pathname));
    expect(organisation.text).toContain('Số: 2/PTC');
    expect(organisation.text).toContain('Mã số định danh tổ chức: 0312345678');
  });

  it('numbers concurrent refusals uniquely, without gaps, per agency', async () => {
    const before = await refusalCount();
    const results = await Promise.all(Array.from({ length: 6 }, () => counter.post('/api/v1/intake-refusals', { procedureCode: '1.001193', applicant, reasons: ['Thiếu giấy chứng sinh.'] })));
    expect(results.map((r) => r.status)).toEqual(Array(6).fill(201));
    const numbers = results.map((r) => r.body.number as number).sort((a, b) => a - b);
    expect(numbers).toEqual(Array.from({ length: 6 }, (_, i) => before + 1 + i));

    const other = await anonymous.login('tiepnhan2');
    const theirs = await other.post('/api/v1/intake-refusals', { procedureCode: '1.001193', applicant, reasons: ['Thiếu giấy chứng sinh.'] });
    expect(theirs.body.number).toBe(1); // the other commune's own numbering
    expect((await other.get(new URL(results[0].body.pdfUrl).pathname)).status).toBe(404);
    expect((await counter.get(new URL(theirs.body.pdfUrl).pathname)).status).toBe(404);
  });

  it('answers 400 naming the fields, and writes nothing', async () => {
    const before = await refusalCount();
    const missing = await counter.post('/api/v1/intake-refusals', { procedureCode: '1.004873', applicant });
    expect(missing.status).toBe(400);
    expect(missing.body.errors.map((e: { field: string }) => e.field)).toEqual(['reasons']);

    const bad = await counter.post('/api/v1/intake-refusals', {
      procedureCode: '',
      applicant: { ...applicant, phone: '12345', idNumber: 'abc' },
      reasons: ['  '],
    });
    expect(bad.status).toBe(400);
    expect(bad.body.errors.map((e: { field: string }) => e.field)).toEqual(expect.arrayContaining(['procedureCode', 'applicant.phone', 'applicant.idNumber', 'reasons']));

    const empty = await counter.post('/api/v1/intake-refusals', { procedureCode: '1.004873', applicant, reasons: [] });
    expect(empty.status).toBe(400);
    expect(empty.body.errors[0].field).toBe('reasons');

    const noApplicant = await counter.post('/api/v1/intake-refusals', { procedureCode: '1.004873', reasons });
    expect(noApplicant.status).toBe(400);
    expect(noApplicant.body.errors[0].field).toBe('applicant');

    const unknown = await counter.post('/api/v1/intake-refusals', { procedureCode: '9.999999', applicant, reasons });
    expect(unknown.status).toBe(400);
    expect(unknown.body.errors[0].field).toBe('procedureCode');

    const extra = await counter.post('/api/v1/intake-refusals', { procedureCode: '1.004873', applicant, reasons, dossierCode: 'x' });
    expect(extra.status).toBe(400);

    expect(await refusalCount()).toBe(before);
  });

  it('checks roles and scope', async () => {
    const officer = await anonymous.login('chuyenvien');
    expect((await officer.post('/api/v1/intake-refusals', { procedureCode: '1.004873', applicant, reasons })).status).toBe(403);
    expect((await anonymous.post('/api/v1/intake-refusals', { procedureCode: '1.004873', applicant, reasons })).status).toBe(401);
    const foreign = await counter.post('/api/v1/intake-refusals', { procedureCode: '1.004873', applicant, reasons, receivingAgencyCode: '000.18.22.H56' });
    expect(foreign.status).toBe(403);
    expect((await counter.get('/api/v1/intake-refusals/not-a-uuid.pdf')).status).toBe(404);
    expect((await counter.get('/api/v1/intake-refusals/00000000-0000-4000-8000-000000000000.pdf')).status).toBe(404);
  });

  it('documents the endpoints in the OpenAPI page', async () => {
    const docs = await anonymous.get('/api/docs-json');
    expect(docs.status).toBe(200);
    for (const path of [
      '/api/v1/intake-refusals',
      '/api/v1/intake-refusals/{id}.pdf',
      '/api/v1/dossiers/{code}/receipt.pdf',
      '/api/v1/dossiers/{code}/supplement-requests/{n}.pdf',
      '/api/v1/dossiers/{code}/refusal.pdf',
      '/api/v1/dossiers/{code}/stop-notice.pdf',
      '/api/v1/dossiers/{code}/control-slip.pdf',
      '/api/v1/register.pdf',
      '/api/v1/register.xlsx',
    ]) {
      expect(Object.keys(docs.body.paths)).toContain(path);
    }
  });
});
