import ExcelJS from 'exceljs';
import { pdfText } from '../support/pdf-inspect';
import { ApiClient } from '../support/http';
import { startTestApp, TestApp } from '../support/test-app';
import { download, local, pdf, patientKeepAlive } from './support';

const CENTRE = '000.17.22.H56';
const COMMITTEE = '000.20.22.H56';

const applicant = {
  fullName: 'Lê Thị Mai',
  idNumber: '038185004321',
  phone: '0912345678',
  address: 'Số 5, đường Lê Lợi, phường Hạc Thành, tỉnh Thanh Hóa',
};

type Issued = { form: string; number: string; issuerCode: string; issuedAt: string };

/**
 * Issue 15, points 2, 4, 5 and 8: who issues, the numbers (per issuing body per calendar year,
 * unique under concurrency, kept for reprints), reprints as issued, and the register's entries.
 * Fresh database: every counter starts at 1, so the expected numbers are counted by hand.
 */
describe('issued documents: authority, numbers, reprints and the register', () => {
  let t: TestApp;
  let counter: ApiClient;
  let officer: ApiClient;
  let head: ApiClient;
  let admin: ApiClient;
  const codes: string[] = [];

  const issued = async (code: string): Promise<Issued[]> => (await counter.get(`/api/v1/dossiers/${code}`)).body.issuedDocuments;
  const numbers = (docs: Issued[]) => docs.map((d) => d.number);

  beforeAll(async () => {
    t = await startTestApp({ now: local('2026-11-23T09:00:00') }); // Monday
    patientKeepAlive(t);
    const anonymous = new ApiClient(t.baseUrl);
    [counter, officer, head, admin] = await Promise.all(['tiepnhan', 'chuyenvien', 'lanhdao', 'admin'].map((u) => anonymous.login(u)));
    // 14 receipts, one after the other: the centre's documents 1…14 of 2026, register entries 1…14.
    for (let i = 0; i < 14; i++) {
      t.clock.set(local(`2026-11-23T09:${String(i).padStart(2, '0')}:00`));
      const created = await counter.post('/api/v1/dossiers', { procedureCode: '1.004873', applicant, channel: 'direct' }); // 3 working days
      expect(created.status).toBe(201);
      codes.push(created.body.code);
    }
  });
  afterAll(() => t.close());

  it('records the receiving centre and the resolving People’s Committee on each dossier', async () => {
    const detail = (await counter.get(`/api/v1/dossiers/${codes[0]}`)).body;
    expect(detail.receivingAgency).toEqual({ code: CENTRE, name: 'Trung tâm Phục vụ hành chính công phường Hạc Thành' });
    expect(detail.resolvingAgency).toEqual({ code: COMMITTEE, name: 'Ủy ban nhân dân phường Hạc Thành' });
    expect(detail.register).toEqual({ year: 2026, book: 1, entry: 1 });
    expect(numbers(detail.issuedDocuments)).toEqual(['1/TNHS']);
    const agencies = (await counter.get('/api/v1/agencies')).body as Array<{ code: string; kind: string }>;
    expect(agencies.find((a) => a.code === CENTRE)?.kind).toBe('service_centre');
    expect(agencies.find((a) => a.code === COMMITTEE)?.kind).toBe('people_committee');
    expect(agencies.some((a) => a.kind === 'department')).toBe(true);
    // The committee's head sees the commune's dossiers it resolves.
    expect((await head.get(`/api/v1/dossiers/${codes[0]}`)).status).toBe(200);
  });

  it('numbers eight apologies issued at once 1…8/PXL: the committee’s own numbers, distinct and consecutive', async () => {
    t.clock.set(local('2026-11-24T10:00:00'));
    const responses = await Promise.all(
      codes.slice(0, 8).map((code) =>
        head.post(`/api/v1/dossiers/${code}/apologies`, { reason: 'Cần xác minh thông tin tại nơi cư trú trước đây', newDueAt: '2026-12-03', signerName: 'Trần Quốc Hưng' }),
      ),
    );
    expect(responses.map((r) => r.status)).toEqual(Array(8).fill(201));
    const apologies = (await Promise.all(codes.slice(0, 8).map(issued))).map((docs) => docs.find((d) => d.form === 'apology') as Issued);
    expect(apologies.map((d) => d.issuerCode)).toEqual(Array(8).fill(COMMITTEE));
    expect(numbers(apologies).sort((a, b) => parseInt(a) - parseInt(b))).toEqual(['1/PXL', '2/PXL', '3/PXL', '4/PXL', '5/PXL', '6/PXL', '7/PXL', '8/PXL']);
  });

  it('numbers six supplement requests made at once at the counter 15…20/PBS, after the centre’s 14 receipts', async () => {
    t.clock.set(local('2026-11-24T10:30:00'));
    const items = [{ name: 'Bản sao Căn cước', kind: 'certified_copy' }];
    const responses = await Promise.all(codes.slice(8).map((code) => counter.post(`/api/v1/dossiers/${code}/supplement-requests`, { items, reason: 'Thiếu giấy tờ tùy thân' })));
    expect(responses.map((r) => r.status)).toEqual(Array(6).fill(201));
    const requests = (await Promise.all(codes.slice(8).map(issued))).map((docs) => docs.find((d) => d.form === 'supplement_request') as Issued);
    expect(requests.map((d) => d.issuerCode)).toEqual(Array(6).fill(CENTRE));
    expect(numbers(requests).sort((a, b) => parseInt(a) - parseInt(b))).toEqual(['15/PBS', '16/PBS', '17/PBS', '18/PBS', '19/PBS', '20/PBS']);
  });

  it('reprints form 01 as issued after an apology: the original appointment, the apology’s date on form 04; 06 shows both', async () => {
    const code = codes[1];
    const receipt = await pdf(counter, `/api/v1/dossiers/${code}/receipt.pdf`);
    const { text } = await pdfText(receipt);
    expect(text).toContain('Số: 2/TNHS');
    expect(text).toContain('5. Thời gian trả kết quả giải quyết hồ sơ: 09 giờ 01 phút, ngày 26 tháng 11 năm 2026');
    expect(text).toContain('quyển số: 01/2026, số thứ tự: 2.');
    expect(text).not.toContain('03 tháng 12');
    t.clock.set(local('2026-11-30T08:00:00'));
    expect((await pdf(officer, `/api/v1/dossiers/${code}/receipt.pdf`)).equals(receipt)).toBe(true);

    const apologyNumber = (await issued(code)).find((d) => d.form === 'apology')?.number;
    const letter = (await pdfText(await pdf(head, `/api/v1/dossiers/${code}/apology.pdf`, '04-apology.pdf'))).text;
    expect(letter).toContain(`Số: ${apologyNumber} `);
    expect(letter).toContain('ỦY BAN NHÂN DÂN PHƯỜNG HẠC THÀNH');
    expect(letter).toContain('đề nghị gia hạn thời gian giải quyết hồ sơ đến 17 giờ 00 phút, ngày 03 tháng 12 năm 2026');

    const slip = (await pdfText(await pdf(counter, `/api/v1/dossiers/${code}/control-slip.pdf`, '06-rescheduled.pdf'))).text;
    expect(slip).toContain('Thời gian hẹn trả kết quả: 09 giờ 01 phút, ngày 26 tháng 11 năm 2026');
    expect(slip).toContain('Thời gian hẹn lại (văn bản xin lỗi): 17 giờ 00 phút, ngày 03 tháng 12 năm 2026');
  });

  it('gives a supplement request during appraisal the committee’s number, and a restart a new form 01 with its own date and number', async () => {
    const code = codes[0]; // apologised; the committee's numbers so far: 1…8/PXL
    t.clock.set(local('2026-11-25T08:00:00'));
    expect((await counter.post(`/api/v1/dossiers/${code}/handoffs`, { toUnit: 'Công chức Tư pháp - Hộ tịch', toOfficer: 'Lê Văn Minh' })).status).toBe(201);
    const request = await officer.post(`/api/v1/dossiers/${code}/supplement-requests`, { items: [{ name: 'Trích lục ghi chú ly hôn' }], reason: 'Cần bổ sung khi thẩm định' });
    expect(request.status).toBe(201);
    const form02 = (await pdfText(await pdf(counter, `/api/v1/dossiers/${code}/supplement-requests/1.pdf`, '02-appraisal.pdf'))).text;
    expect(form02).toContain('Số: 9/PBS');
    expect(form02).toContain('ỦY BAN NHÂN DÂN PHƯỜNG HẠC THÀNH');
    expect(form02).toContain('Trung tâm Phục vụ hành chính công phường Hạc Thành tiếp nhận hồ sơ của: Lê Thị Mai');

    t.clock.set(local('2026-11-26T14:00:00'));
    expect((await counter.post(`/api/v1/dossiers/${code}/supplements`, {})).status).toBe(200);
    const receipts = (await issued(code)).filter((d) => d.form === 'receipt');
    expect(numbers(receipts)).toEqual(['1/TNHS', '21/TNHS']); // the centre's next number after 20/PBS
    const renewed = (await pdfText(await pdf(counter, `/api/v1/dossiers/${code}/receipt.pdf`, '01-restart.pdf'))).text;
    expect(renewed).toContain('Số: 21/TNHS');
    expect(renewed).toContain('Hạc Thành, ngày 26 tháng 11 năm 2026');
    expect(renewed).toContain('4. Thời gian nhận hồ sơ: 14 giờ 00 phút, ngày 26 tháng 11 năm 2026');
    expect(renewed).toContain('quyển số: 01/2026, số thứ tự: 1.'); // the register entry stays
  });

  it('enters a back-dated dossier under the next number, never renumbering the book; every row shows its outcome', async () => {
    t.clock.set(local('2026-11-27T09:00:00'));
    const late = await admin.post('/api/v1/dossiers', { procedureCode: '1.004873', applicant, channel: 'direct', receivedAt: local('2026-11-20T10:00:00') });
    expect(late.status).toBe(201);
    expect((await counter.get(`/api/v1/dossiers/${late.body.code}`)).body.register).toEqual({ year: 2026, book: 1, entry: 15 });
    expect((await counter.post(`/api/v1/dossiers/${codes[13]}/supplements`, {})).status).toBe(200);
    expect((await counter.post(`/api/v1/dossiers/${codes[13]}/stop`, { reason: 'Người nộp đề nghị dừng' })).status).toBe(200);
    expect((await counter.post(`/api/v1/dossiers/${codes[12]}/withdraw`, {})).status).toBe(200);

    const { body } = await download(counter, '/api/v1/register.xlsx?from=2026-11-01&to=2026-11-30', '07-entries.xlsx');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(body as unknown as ArrayBuffer);
    const sheet = workbook.worksheets[0];
    const rows = new Map<string, ExcelJS.Row>();
    sheet.eachRow((row) => rows.set(String(row.getCell(2).value), row));
    expect(codes.map((code) => rows.get(code)?.getCell(1).value)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14]);
    expect(rows.get(late.body.code)?.getCell(1).value).toBe(15);
    expect(String(rows.get(codes[13])?.getCell(9).value)).toBe('Dừng giải quyết\n27/11/2026');
    expect(String(rows.get(codes[12])?.getCell(9).value)).toBe('Rút hồ sơ\n27/11/2026');
    expect(String(rows.get(codes[1])?.getCell(8).value)).toBe('09:01\n26/11/2026\nHẹn lại:\n17:00\n03/12/2026');
    expect(String(rows.get(codes[2])?.getCell(9).value)).toBe('Đang giải quyết');
  });

  it('numbers the committee’s stop and withdrawal notices after its other documents, signed with its head’s title', async () => {
    const stop = (await issued(codes[13])).find((d) => d.form === 'stop_notice');
    const withdrawal = (await issued(codes[12])).find((d) => d.form === 'withdrawal_notice');
    expect([stop?.number, withdrawal?.number]).toEqual(['10/TB-DGQ', '11/TB-RHS']);
    expect([stop?.issuerCode, withdrawal?.issuerCode]).toEqual([COMMITTEE, COMMITTEE]);
    const notice = (await pdfText(await pdf(counter, `/api/v1/dossiers/${codes[12]}/stop-notice.pdf`, '05-withdrawal.pdf'))).text;
    expect(notice).toContain('Số: 11/TB-RHS');
    expect(notice).toContain('THÔNG BÁO VỀ VIỆC RÚT HỒ SƠ');
    expect(notice).toContain('CHỦ TỊCH');
    expect(notice).not.toContain('THỦ TRƯỞNG CƠ QUAN');
  });

  it('issues a refusal after appraisal from the committee, signed by its head; one at the counter from the centre', async () => {
    t.clock.set(local('2026-11-27T10:00:00'));
    expect((await counter.post(`/api/v1/dossiers/${codes[2]}/handoffs`, { toUnit: 'Công chức Tư pháp - Hộ tịch', toOfficer: 'Lê Văn Minh' })).status).toBe(201);
    expect((await officer.post(`/api/v1/dossiers/${codes[2]}/refuse`, { reasons: ['Người yêu cầu đã được cấp Giấy xác nhận còn giá trị sử dụng.'] })).status).toBe(200);
    const refusal = (await issued(codes[2])).find((d) => d.form === 'refusal');
    expect(refusal).toMatchObject({ number: '12/PTC', issuerCode: COMMITTEE });
    const text = (await pdfText(await pdf(counter, `/api/v1/dossiers/${codes[2]}/refusal.pdf`, '03-after-appraisal.pdf'))).text;
    expect(text).toContain('ỦY BAN NHÂN DÂN PHƯỜNG HẠC THÀNH');
    expect(text).toContain('Số: 12/PTC');
    expect(text).toContain('Trung tâm Phục vụ hành chính công phường Hạc Thành tiếp nhận hồ sơ của: Lê Thị Mai');
    expect(text).toContain('CHỦ TỊCH');

    // Refused at the counter before any hand-off: the centre's document, signed by the receiving officer.
    expect((await officer.post(`/api/v1/dossiers/${codes[3]}/refuse`, { reasons: ['Hồ sơ không thuộc thẩm quyền.'] })).status).toBe(200);
    expect((await issued(codes[3])).find((d) => d.form === 'refusal')).toMatchObject({ issuerCode: CENTRE, number: expect.stringMatching(/^\d+\/PTC$/) });
  });

  it('starts every body’s numbers and the register book again on 1 January', async () => {
    t.clock.set(local('2027-01-04T08:00:00'));
    const created = await counter.post('/api/v1/dossiers', { procedureCode: '1.004873', applicant, channel: 'direct' });
    expect(created.status).toBe(201);
    const detail = (await counter.get(`/api/v1/dossiers/${created.body.code}`)).body;
    expect(detail.register).toEqual({ year: 2027, book: 1, entry: 1 });
    expect(numbers(detail.issuedDocuments)).toEqual(['1/TNHS']);
  });
});
