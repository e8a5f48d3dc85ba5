import ExcelJS from 'exceljs';
import { mediaBoxes, pdfText } from '../support/pdf-inspect';
import { REGISTER_COLUMNS, REGISTER_XLSX_LAYOUT } from '../../src/slips/register-xlsx';
import { ApiClient } from '../support/http';
import { startTestApp, TestApp } from '../support/test-app';
import { download, local, pdf, patientKeepAlive } from './support';

const people = [
  { fullName: 'Lê Thị Mai', idNumber: '038185004321', phone: '0903123456', address: 'Số 12 Trần Phú, phường Hạc Thành' },
  { fullName: 'Phạm Đức Thắng', idNumber: '038092004567', phone: '0977123456', address: 'Thôn Nhuệ Sâm, xã Đông Sơn' },
  { fullName: 'Đặng Thị Ánh Tuyết', idNumber: '038190007788', phone: '0911222333', address: '25 Lê Lợi, phường Hạc Thành' },
];

/** Excel keeps wall-clock times: the cell of an instant is its time in Vietnam, read back as UTC. */
const wallClock = (iso: string) => new Date(new Date(iso).getTime() + 7 * 3600_000).toISOString();

describe('form 07 — the tracking register, PDF and XLSX', () => {
  let t: TestApp;
  let counter: ApiClient;
  let otherCommune: ApiClient;
  let manager: ApiClient;
  const received: Array<{ code: string; receivedAt: string; dueAt: string; who: (typeof people)[number]; procedure: string }> = [];

  beforeAll(async () => {
    t = await startTestApp({ now: local('2026-11-02T08:00:00') });
    patientKeepAlive(t);
    const anonymous = new ApiClient(t.baseUrl);
    [counter, otherCommune, manager] = await Promise.all([anonymous.login('tiepnhan'), anonymous.login('tiepnhan2'), anonymous.login('quanly')]);
    const plan: Array<[string, number, string]> = [
      ['2026-10-30T10:00:00', 0, '1.001193'], // before the period
      ['2026-11-02T08:10:00', 0, '1.004873'],
      ['2026-11-03T14:45:00', 1, '2.000720'],
      ['2026-11-16T09:30:00', 2, '1.009994'],
    ];
    const admin = await anonymous.login('admin');
    for (const [at, who, procedure] of plan) {
      t.clock.set(local(at));
      const response = await admin.post('/api/v1/dossiers', { procedureCode: procedure, applicant: people[who], channel: who === 1 ? 'postal' : 'direct' });
      expect(response.status).toBe(201);
      received.push({ code: response.body.code, receivedAt: response.body.receivedAt, dueAt: response.body.dueAt, who: people[who], procedure });
    }
    t.clock.set(local('2026-11-20T09:00:00'));
    const officer = await anonymous.login('chuyenvien');
    expect((await officer.post(`/api/v1/dossiers/${received[1].code}/resolve`, { outcome: 'approved' })).status).toBe(200);
    expect((await counter.post(`/api/v1/dossiers/${received[1].code}/return`, { method: 'postal' })).status).toBe(200);
    // Another commune's dossier in the same period stays out of this register.
    const foreign = await otherCommune.post('/api/v1/dossiers', { procedureCode: '1.001193', applicant: people[0], channel: 'direct' });
    expect(foreign.status).toBe(201);
    t.clock.set(local('2026-12-01T09:00:00'));
  });
  afterAll(() => t.close());

  const inPeriod = () => received.slice(1);

  it('prints the agency’s dossiers received in the period on A4 landscape, one row each', async () => {
    const body = await pdf(counter, '/api/v1/register.pdf?from=2026-11-01&to=2026-11-30', '07-register.pdf');
    const [[w, h]] = mediaBoxes(body);
    expect([Math.round(w), Math.round(h)]).toEqual([842, 595]);
    const { text } = await pdfText(body);
    for (const expected of [
      'UBND PHƯỜNG HẠC THÀNH',
      'TRUNG TÂM PHỤC VỤ HÀNH CHÍNH CÔNG PHƯỜNG HẠC THÀNH',
      'SỔ THEO DÕI HỒ SƠ',
      'Từ ngày 01/11/2026 đến ngày 30/11/2026',
      'Hạc Thành, ngày 30 tháng 11 năm 2026',
      'Mã hồ sơ',
      'Cơ quan chủ trì giải quyết',
      'Phương thức nhận kết quả',
      'Cấp Giấy xác nhận tình trạng hôn nhân',
      'Đăng ký thành lập hộ kinh doanh',
      'Phạm Đức Thắng',
      'ĐT: 0977123456',
      '08:10 02/11/2026',
      'Bưu chính công ích',
    ]) {
      expect(text).toContain(expected);
    }
    for (const r of inPeriod()) expect(text).toContain(r.code);
    expect(text).not.toContain(received[0].code);
    const again = await pdf(manager, '/api/v1/register.pdf?from=2026-11-01&to=2026-11-30');
    expect(again.equals(body)).toBe(true);
  });

  it('writes the same register as an XLSX with title rows, the columns of form 07 and one bordered row per dossier', async () => {
    const { body, headers } = await download(counter, '/api/v1/register.xlsx?from=2026-11-01&to=2026-11-30', '07-register.xlsx');
    expect(headers.get('content-type')).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    expect(headers.get('content-disposition')).toBe('attachment; filename="so-theo-doi-ho-so-000.17.22.H56-2026-11-01-2026-11-30.xlsx"');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(body as unknown as ArrayBuffer);
    const sheet = workbook.worksheets[0];
    const L = REGISTER_XLSX_LAYOUT;
    expect(sheet.getCell('A1').value).toBe('UBND PHƯỜNG HẠC THÀNH');
    expect(sheet.getCell('A2').value).toBe('TRUNG TÂM PHỤC VỤ HÀNH CHÍNH CÔNG PHƯỜNG HẠC THÀNH');
    expect(sheet.getCell('G1').value).toBe('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
    expect(sheet.getCell(`A${L.titleRow}`).value).toBe('SỔ THEO DÕI HỒ SƠ');
    expect(sheet.getCell(`A${L.periodRow}`).value).toBe('Quyển số: 01/2026 — Từ ngày 01/11/2026 đến ngày 30/11/2026');
    const headerRow = sheet.getRow(L.headerRow);
    expect(REGISTER_COLUMNS.map((_, i) => headerRow.getCell(i + 1).value)).toEqual([
      'STT',
      'Mã hồ sơ',
      'Tên thủ tục hành chính',
      'Tên tổ chức, cá nhân',
      'Địa chỉ, số điện thoại',
      'Cơ quan chủ trì giải quyết',
      'Nhận hồ sơ',
      'Hẹn trả kết quả',
      'Trả kết quả',
      'Phương thức nhận kết quả',
      'Ký nhận',
    ]);
    expect(sheet.getCell(L.numbersRow, 11).value).toBe('(11)');
    expect(sheet.pageSetup.orientation).toBe('landscape');
    expect(sheet.getColumn(2).width).toBeGreaterThan(20);

    const rows = inPeriod();
    expect(sheet.rowCount).toBe(L.firstDataRow - 1 + rows.length);
    rows.forEach((r, i) => {
      const row = sheet.getRow(L.firstDataRow + i);
      expect(row.getCell(1).value).toBe(i + 2); // entry numbers of the year's book: the October dossier is entry 1
      expect(row.getCell(2).value).toBe(r.code);
      expect(row.getCell(4).value).toBe(r.who.fullName);
      expect(String(row.getCell(5).value)).toBe(`${r.who.address}\nĐT: ${r.who.phone}`);
      expect(row.getCell(6).value).toBe('Ủy ban nhân dân phường Hạc Thành'); // the resolving authority
      expect((row.getCell(7).value as Date).toISOString()).toBe(wallClock(r.receivedAt));
      expect((row.getCell(8).value as Date).toISOString()).toBe(wallClock(r.dueAt));
      expect(row.getCell(7).numFmt).toBe('hh:mm dd/mm/yyyy');
      expect(row.getCell(2).border?.left?.style).toBe('thin');
    });
    expect(sheet.getRow(L.firstDataRow).getCell(3).value).toBe('Cấp Giấy xác nhận tình trạng hôn nhân');
    expect(sheet.getRow(L.firstDataRow).getCell(10).value).toBe('Bưu chính công ích');
    expect((sheet.getRow(L.firstDataRow).getCell(9).value as Date).toISOString()).toBe(wallClock(local('2026-11-20T09:00:00')));
    expect(sheet.getRow(L.firstDataRow + 1).getCell(9).value).toBe('Đang giải quyết'); // every row shows where it stands
  });

  it('keeps to the caller’s scope and checks the period', async () => {
    const other = await download(otherCommune, '/api/v1/register.xlsx?from=2026-11-01&to=2026-11-30');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(other.body as unknown as ArrayBuffer);
    const codes = workbook.worksheets[0].getColumn(2).values.map(String);
    expect(codes.some((c) => c.startsWith('000.18.22.H56-'))).toBe(true);
    for (const r of received) expect(codes).not.toContain(r.code);

    expect((await otherCommune.get('/api/v1/register.pdf?from=2026-11-01&to=2026-11-30&agencyCode=000.17.22.H56')).status).toBe(403);
    const bad = await counter.get('/api/v1/register.pdf?from=2026-11-31&to=2026-11-01');
    expect(bad.status).toBe(400);
    expect(bad.body.errors[0].field).toBe('from');
    const reversed = await counter.get('/api/v1/register.pdf?from=2026-11-30&to=2026-11-01');
    expect(reversed.status).toBe(400);
    expect(reversed.body.errors[0].field).toBe('to');
    expect((await counter.get('/api/v1/register.pdf?from=2020-01-01&to=2026-11-30')).status).toBe(400);
    expect((await new ApiClient(t.baseUrl).get('/api/v1/register.pdf')).status).toBe(401);
  });

  it('defaults to the current month up to today', async () => {
    t.clock.set(local('2026-11-20T09:00:00'));
    const { text } = await pdfText(await pdf(counter, '/api/v1/register.pdf'));
    expect(text).toContain('Từ ngày 01/11/2026 đến ngày 20/11/2026');
    for (const r of inPeriod()) expect(text).toContain(r.code);
    t.clock.set(local('2026-12-01T09:00:00'));
  });
});
