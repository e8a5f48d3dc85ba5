import { Client } from 'pg';
import { decodeQr, hasPdftoppm, mediaBoxes, pdfInfo, pdfText } from '../support/pdf-inspect';
import { ApiClient } from '../support/http';
import { startTestApp, TestApp } from '../support/test-app';
import { local, pdf, patientKeepAlive } from './support';

const applicant = {
  fullName: 'Nguyễn Thị Hồng Nhung',
  idNumber: '038186012345',
  phone: '0912 345 678',
  email: 'hongnhung.nguyen@gmail.com',
  address: 'Số 12, đường Trần Phú, phường Hạc Thành, tỉnh Thanh Hóa',
};

describe('documents of a dossier: forms 01, 02, 03, 05, 06 served from the stored data', () => {
  let t: TestApp;
  let anonymous: ApiClient;
  let counter: ApiClient;
  let officer: ApiClient;
  let otherCommune: ApiClient;
  let code: string;
  let trackingUrl: string;

  beforeAll(async () => {
    t = await startTestApp({ now: local('2026-11-23T09:00:00') }); // Monday
    patientKeepAlive(t);
    anonymous = new ApiClient(t.baseUrl);
    [counter, officer, otherCommune] = await Promise.all([anonymous.login('tiepnhan'), anonymous.login('chuyenvien'), anonymous.login('tiepnhan2')]);
    const created = await counter.post('/api/v1/dossiers', {
      procedureCode: '1.004873', // Cấp Giấy xác nhận tình trạng hôn nhân: 3 working days, "Miễn lệ phí"
      applicant,
      representative: { fullName: 'Trần Văn Hưởng', idNumber: '038090001234', phone: '0987654321' },
      channel: 'direct',
      documents: [
        { name: 'Tờ khai cấp Giấy xác nhận tình trạng hôn nhân', copies: 1 },
        { name: 'Bản án, quyết định ly hôn (nếu đã ly hôn)', copies: 2 },
        { name: 'Giấy tờ tùy thân (Căn cước/CCCD) của người nộp hồ sơ để đối chiếu', copies: 1 },
      ],
    });
    expect(created.status).toBe(201);
    code = created.body.code;
    trackingUrl = created.body.trackingUrl;
  });
  afterAll(() => t.close());

  async function receive(procedureCode = '1.004873'): Promise<string> {
    const response = await counter.post('/api/v1/dossiers', { procedureCode, applicant, channel: 'direct' });
    expect(response.status).toBe(201);
    return response.body.code;
  }

  describe('form 01 — receipt and appointment slip', () => {
    let receipt: Buffer;
    beforeAll(async () => {
      receipt = await pdf(counter, `/api/v1/dossiers/${code}/receipt.pdf`, '01-receipt.pdf');
    });

    it('is served inline as <code>-giay-hen.pdf, not cached', async () => {
      const response = await counter.getBuffer(`/api/v1/dossiers/${code}/receipt.pdf`);
      expect(response.headers.get('content-disposition')).toBe(`inline; filename="${code}-giay-hen.pdf"`);
      expect(response.headers.get('cache-control')).toBe('private, no-store');
      expect(response.headers.get('content-type')).toBe('application/pdf');
    });

    it('prints the dossier, its procedure version, the receiving officer and the appointment', async () => {
      const { text, total } = await pdfText(receipt);
      expect(total).toBe(1);
      const detail = (await counter.get(`/api/v1/dossiers/${code}`)).body;
      expect(detail.issuedDocuments).toEqual([expect.objectContaining({ form: 'receipt', number: expect.stringMatching(/^\d+\/TNHS$/), issuerCode: '000.17.22.H56' })]);
      for (const expected of [
        'UBND PHƯỜNG HẠC THÀNH',
        'TRUNG TÂM PHỤC VỤ HÀNH CHÍNH CÔNG PHƯỜNG HẠC THÀNH',
        'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
        'Độc lập - Tự do - Hạnh phúc',
        `Số: ${detail.issuedDocuments[0].number}`, // the centre's running number of the year
        'Hạc Thành, ngày 23 tháng 11 năm 2026',
        'GIẤY TIẾP NHẬN HỒ SƠ VÀ HẸN TRẢ KẾT QUẢ',
        `Mã hồ sơ: ${code}`,
        'Trung tâm Phục vụ hành chính công phường Hạc Thành tiếp nhận hồ sơ của: Nguyễn Thị Hồng Nhung',
        'Số định danh cá nhân: 038186012345',
        `Địa chỉ: ${applicant.address}`,
        'Số điện thoại: 0912345678',
        'Email: hongnhung.nguyen@gmail.com',
        'Người được ủy quyền: Trần Văn Hưởng; số định danh: 038090001234; điện thoại: 0987654321',
        'Nội dung yêu cầu giải quyết: Cấp Giấy xác nhận tình trạng hôn nhân',
        '1. Tờ khai cấp Giấy xác nhận tình trạng hôn nhân (01 bản chính)',
        '2. Bản án, quyết định ly hôn (nếu đã ly hôn) (02 bản sao có chứng thực)',
        '2. Số lượng hồ sơ: 01 bộ',
        '3. Thời gian giải quyết hồ sơ theo quy định: 03 ngày làm việc',
        '4. Thời gian nhận hồ sơ: 09 giờ 00 phút, ngày 23 tháng 11 năm 2026',
        '5. Thời gian trả kết quả giải quyết hồ sơ: 09 giờ 00 phút, ngày 26 tháng 11 năm 2026',
        '6. Đăng ký nhận kết quả tại: Bộ phận Một cửa hoặc qua dịch vụ bưu chính công ích', // procedure.resultDelivery
        '7. Phí, lệ phí: Miễn lệ phí',
        `Vào Sổ theo dõi hồ sơ, quyển số: 01/2026, số thứ tự: ${detail.register.entry}.`,
        'NGƯỜI NỘP HỒ SƠ',
        'NGƯỜI TIẾP NHẬN HỒ SƠ',
        'Nguyễn Thị Thu Hà', // tiepnhan, who received it
      ]) {
        expect(text).toContain(expected);
      }
      const [[w, h]] = mediaBoxes(receipt);
      expect([Math.round(w), Math.round(h)]).toEqual([420, 595]); // A5
    });

    it('carries a QR code that decodes to the tracking URL, with the code under it', async () => {
      if (!hasPdftoppm()) {
        console.warn('SKIPPED: pdftoppm (poppler-utils) is not installed, so the QR code cannot be rasterised and decoded. apt-get install -y poppler-utils');
        return;
      }
      expect(trackingUrl).toMatch(/^http:\/\/motcua\.test\/tra-cuu\//);
      expect(decodeQr(receipt)).toBe(trackingUrl);
      expect((await pdfText(receipt)).text).toContain(`${code} Quét mã để tra cứu hồ sơ`);
    });

    it('reprints byte for byte, later and for another officer, dated from the receipt', async () => {
      t.clock.set(local('2026-11-24T15:30:00'));
      const again = await pdf(officer, `/api/v1/dossiers/${code}/receipt.pdf`);
      expect(again.equals(receipt)).toBe(true);
      expect(String((await pdfInfo(receipt)).CreationDate)).toMatch(/^D:20261123020000Z/);
      t.clock.set(local('2026-11-23T09:00:00'));
    });

    it('prints on A4 when asked', async () => {
      const a4 = await pdf(counter, `/api/v1/dossiers/${code}/receipt.pdf?paper=A4`);
      const [[w, h]] = mediaBoxes(a4);
      expect([Math.round(w), Math.round(h)]).toEqual([595, 842]);
      expect((await counter.get(`/api/v1/dossiers/${code}/receipt.pdf?paper=A3`)).status).toBe(400);
    });
  });

  it('answers 404 outside the caller’s agencies, and 401 without a token, for every document', async () => {
    for (const path of ['receipt.pdf', 'control-slip.pdf', 'supplement-requests/1.pdf', 'stop-notice.pdf', 'refusal.pdf']) {
      const foreign = await otherCommune.get(`/api/v1/dossiers/${code}/${path}`);
      expect(foreign.status).toBe(404);
      expect(foreign.body.message).not.toContain(applicant.fullName);
      expect((await anonymous.get(`/api/v1/dossiers/${code}/${path}`)).status).toBe(401);
    }
    expect((await counter.get('/api/v1/dossiers/000.17.22.H56-261123-9999/receipt.pdf')).status).toBe(404);
  });

  it('form 02 prints the n-th request to supplement with its items, reason and guiding officer', async () => {
    const other = await receive();
    t.clock.set(local('2026-11-23T10:15:00'));
    const request = await officer.post(`/api/v1/dossiers/${other}/supplement-requests`, {
      items: [
        { name: 'Bản sao Căn cước của người yêu cầu', kind: 'certified_copy' },
        { name: 'Tờ khai cấp Giấy xác nhận tình trạng hôn nhân: ghi rõ mục đích sử dụng', kind: 'original' },
        { name: 'Giấy tờ chứng minh nơi cư trú' },
      ],
      reason: 'Hồ sơ còn thiếu giấy tờ; tờ khai chưa ghi mục đích sử dụng.',
    });
    expect(request.status).toBe(201);
    const body = await pdf(counter, `/api/v1/dossiers/${other}/supplement-requests/1.pdf`, '02-supplement-request.pdf');
    const { text, total } = await pdfText(body);
    expect(total).toBe(1);
    expect(text).toMatch(/Số: \d+\/PBS /); // still at the counter: the centre's number
    for (const expected of [
      'Hạc Thành, ngày 23 tháng 11 năm 2026',
      'PHIẾU YÊU CẦU BỔ SUNG, HOÀN THIỆN HỒ SƠ',
      'tiếp nhận hồ sơ của: Nguyễn Thị Hồng Nhung',
      `Mã hồ sơ: ${other}`,
      'Nội dung yêu cầu giải quyết: Cấp Giấy xác nhận tình trạng hôn nhân',
      'Bản sao Căn cước của người yêu cầu',
      'Bản sao có chứng thực',
      'ghi rõ mục đích sử dụng',
      'Bản chính',
      'Giấy tờ chứng minh nơi cư trú',
      'Lý do: Hồ sơ còn thiếu giấy tờ; tờ khai chưa ghi mục đích sử dụng.',
      'liên hệ với Trung tâm Phục vụ hành chính công phường Hạc Thành, số điện thoại 0237 3852 118',
      'NGƯỜI HƯỚNG DẪN',
      'Lê Văn Minh',
    ]) {
      expect(text).toContain(expected);
    }
    t.clock.set(local('2026-11-25T08:00:00'));
    expect((await pdf(officer, `/api/v1/dossiers/${other}/supplement-requests/1.pdf`)).equals(body)).toBe(true);
    expect((await counter.get(`/api/v1/dossiers/${other}/supplement-requests/2.pdf`)).status).toBe(404);
    expect((await counter.get(`/api/v1/dossiers/${other}/supplement-requests/x.pdf`)).status).toBe(404);
    t.clock.set(local('2026-11-23T09:00:00'));
  });

  it('form 06 prints every hand-off with units, officers, times, the receiving side’s class and notes, then blank rows', async () => {
    t.clock.set(local('2026-11-23T09:00:00'));
    const slipCode = await receive(); // process: counter 2 h, Tư pháp 14 h, leader 4 h, counter 4 h
    const before = await pdf(counter, `/api/v1/dossiers/${slipCode}/control-slip.pdf`);
    expect((await pdfText(before)).text).toContain('…… giờ …… phút');

    t.clock.set(local('2026-11-23T10:30:00'));
    const first = await counter.post(`/api/v1/dossiers/${slipCode}/handoffs`, { toUnit: 'Công chức Tư pháp - Hộ tịch', toOfficer: 'Lê Văn Minh', note: 'Hồ sơ giấy kèm bản điện tử' });
    expect(first.status).toBe(201);
    t.clock.set(local('2026-11-25T14:00:00')); // the 14 h appraisal was due Wed 25/11 08:30: late
    const second = await officer.post(`/api/v1/dossiers/${slipCode}/handoffs`, { toUnit: 'Lãnh đạo UBND', toOfficer: 'Trần Quốc Hưng', note: 'Chờ xác minh tại Công an phường' });
    expect(second.status).toBe(201);
    expect(second.body.handoverResult).toBe('late');

    const body = await pdf(counter, `/api/v1/dossiers/${slipCode}/control-slip.pdf`, '06-control-slip.pdf');
    const { text } = await pdfText(body);
    for (const expected of [
      'PHIẾU KIỂM SOÁT QUÁ TRÌNH GIẢI QUYẾT HỒ SƠ',
      `Mã hồ sơ: ${slipCode}`,
      'Cơ quan (bộ phận) giải quyết hồ sơ: Ủy ban nhân dân phường Hạc Thành', // the resolving authority, not the centre
      'Thời gian tiếp nhận hồ sơ: 09 giờ 00 phút, ngày 23 tháng 11 năm 2026',
      'Thời gian hẹn trả kết quả: 09 giờ 00 phút, ngày 26 tháng 11 năm 2026',
      'KẾT QUẢ GIẢI QUYẾT HỒ SƠ',
      '1. Giao: Bộ phận Một cửa 2. Nhận: Công chức Tư pháp - Hộ tịch',
      '10 giờ 30 phút ngày 23/11/2026 Người giao: Nguyễn Thị Thu Hà Người nhận: Lê Văn Minh',
      'Đúng hạn', // the counter handed over the same morning (15:00 rule)
      'Hồ sơ giấy kèm bản điện tử',
      '1. Giao: Công chức Tư pháp - Hộ tịch 2. Nhận: Lãnh đạo UBND',
      '14 giờ 00 phút ngày 25/11/2026 Người giao: Lê Văn Minh Người nhận: Trần Quốc Hưng',
      'Quá hạn',
      '(hạn: 08:30 25/11/2026)', // the appraisal's deadline it was judged against
      'Chờ xác minh tại Công an phường',
      '…… giờ …… phút', // room for the hand-offs still to come
    ]) {
      expect(text).toContain(expected);
    }
    expect(text.indexOf('Đúng hạn')).toBeLessThan(text.indexOf('Quá hạn'));
    t.clock.set(local('2026-11-26T08:00:00'));
    expect((await pdf(officer, `/api/v1/dossiers/${slipCode}/control-slip.pdf`)).equals(body)).toBe(true);
    t.clock.set(local('2026-11-23T09:00:00'));
  });

  it('form 05 prints the stop notice of a stopped or withdrawn dossier, and 404 before', async () => {
    const stopped = await receive('2.000720');
    expect((await counter.get(`/api/v1/dossiers/${stopped}/stop-notice.pdf`)).status).toBe(404);
    t.clock.set(local('2026-11-23T14:20:00'));
    expect((await counter.post(`/api/v1/dossiers/${stopped}/stop`, { reason: 'Gia đình chuyển nơi cư trú, sẽ nộp hồ sơ tại nơi ở mới' })).status).toBe(200);
    const body = await pdf(counter, `/api/v1/dossiers/${stopped}/stop-notice.pdf`, '05-stop-notice.pdf');
    const { text, total } = await pdfText(body);
    expect(total).toBe(1);
    for (const expected of [
      'THÔNG BÁO DỪNG GIẢI QUYẾT HỒ SƠ',
      'Kính gửi: Ông/Bà Nguyễn Thị Hồng Nhung',
      'Ngày 23 tháng 11 năm 2026, Trung tâm Phục vụ hành chính công phường Hạc Thành tiếp nhận hồ sơ đề nghị đăng ký thành lập hộ kinh doanh của Nguyễn Thị Hồng Nhung',
      `mã hồ sơ: ${stopped}`,
      'với lý do: gia đình chuyển nơi cư trú, sẽ nộp hồ sơ tại nơi ở mới',
      'thông báo dừng giải quyết hồ sơ kể từ 14 giờ 20 phút, ngày 23 tháng 11 năm 2026',
      'ỦY BAN NHÂN DÂN PHƯỜNG HẠC THÀNH', // issued by the resolving authority, under its header
      'CHỦ TỊCH', // its head's real title
    ]) {
      expect(text).toContain(expected);
    }
    t.clock.set(local('2026-11-27T09:00:00'));
    expect((await pdf(counter, `/api/v1/dossiers/${stopped}/stop-notice.pdf`)).equals(body)).toBe(true);

    const withdrawn = await receive('1.000656');
    expect((await counter.post(`/api/v1/dossiers/${withdrawn}/withdraw`, { signerName: 'Trần Quốc Hưng', signerTitle: 'KT. CHỦ TỊCH' })).status).toBe(200);
    const notice = await pdfText(await pdf(counter, `/api/v1/dossiers/${withdrawn}/stop-notice.pdf`));
    expect(notice.text).toContain(`mã hồ sơ: ${withdrawn}`);
    expect(notice.text).toContain('THÔNG BÁO VỀ VIỆC RÚT HỒ SƠ'); // a withdrawal is worded as one
    expect(notice.text).toContain('Ông/Bà có yêu cầu rút hồ sơ nêu trên');
    expect(notice.text).not.toContain('dừng giải quyết');
    expect(notice.text).toContain('KT. CHỦ TỊCH');
    expect(notice.text).toContain('Trần Quốc Hưng');
    expect(notice.text).not.toContain('THỦ TRƯỞNG CƠ QUAN');
    const tooLong = await counter.post(`/api/v1/dossiers/${stopped}/stop`, { reason: 'x', signerName: 'x'.repeat(101) });
    expect(tooLong.body.errors.map((e: { field: string }) => e.field)).toContain('signerName');
    t.clock.set(local('2026-11-23T09:00:00'));
  });

  it('form 03 prints the refusal of a dossier refused after appraisal, from its refusal event; 404 for any other', async () => {
    const refused = await receive();
    expect((await counter.get(`/api/v1/dossiers/${refused}/refusal.pdf`)).status).toBe(404);
    // No refusal endpoint exists yet: write what it will record (status 3 and a "refused" event).
    const db = new Client({ connectionString: t.db.url });
    await db.connect();
    try {
      const at = local('2026-11-24T16:10:00');
      const { rows } = await db.query(
        `UPDATE dossiers SET status = 3, ended_at = $2, end_reason = 'Không đủ điều kiện' WHERE code = $1 RETURNING id`,
        [refused, at],
      );
      await db.query(
        `INSERT INTO dossier_events (dossier_id, type, occurred_at, actor_name, from_status, to_status, data)
         VALUES ($1, 'refused', $2, 'Lê Văn Minh', 2, 3, $3)`,
        [rows[0].id, at, JSON.stringify({ reasons: ['Người yêu cầu đã được cấp Giấy xác nhận còn giá trị sử dụng.', 'Hồ sơ thuộc thẩm quyền của UBND xã nơi thường trú.'] })],
      );
    } finally {
      await db.end();
    }
    const body = await pdf(counter, `/api/v1/dossiers/${refused}/refusal.pdf`, '03-refusal-after-appraisal.pdf');
    const { text } = await pdfText(body);
    for (const expected of [
      'PHIẾU TỪ CHỐI TIẾP NHẬN, GIẢI QUYẾT HỒ SƠ',
      'Hạc Thành, ngày 24 tháng 11 năm 2026',
      `Mã hồ sơ: ${refused}`,
      'tiếp nhận hồ sơ của: Nguyễn Thị Hồng Nhung',
      'Số định danh cá nhân: 038186012345',
      'Nội dung yêu cầu giải quyết: Cấp Giấy xác nhận tình trạng hôn nhân',
      '1. Người yêu cầu đã được cấp Giấy xác nhận còn giá trị sử dụng.',
      '2. Hồ sơ thuộc thẩm quyền của UBND xã nơi thường trú.',
      'Lê Văn Minh',
    ]) {
      expect(text).toContain(expected);
    }
    expect((await pdf(officer, `/api/v1/dossiers/${refused}/refusal.pdf`)).equals(body)).toBe(true);
  });
});
