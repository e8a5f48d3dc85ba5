import { retryDelaySeconds } from './backoff';
import { appointmentMovedMessage, senderNameOf, supplementNeededMessage } from './templates';

const ctx = {
  senderName: 'UBND phường Hạc Thành',
  counterName: 'Trung tâm Phục vụ hành chính công phường Hạc Thành',
  counterAddress: '02 Phan Chu Trinh, phường Hạc Thành, tỉnh Thanh Hóa',
  counterPhone: '0237 3852 118',
  applicantName: 'Lê Thị Mai',
  dossierCode: '000.17.22.H56-261123-0001',
  procedureName: 'Cấp Giấy xác nhận tình trạng hôn nhân',
  trackingUrl: 'https://motcua.example.gov.vn/tra-cuu/000.17.22.H56-261123-0001?t=abc',
};

describe('applicant message templates', () => {
  it('writes the governing body as it reads inside a sentence', () => {
    expect(senderNameOf('UBND PHƯỜNG HẠC THÀNH')).toBe('UBND phường Hạc Thành');
    expect(senderNameOf('UBND TỈNH THANH HÓA')).toBe('UBND tỉnh Thanh Hóa');
    expect(senderNameOf('Ủy ban nhân dân phường Hạc Thành')).toBe('UBND phường Hạc Thành');
    expect(senderNameOf('Sở Tư pháp tỉnh Thanh Hóa')).toBe('Sở Tư pháp tỉnh Thanh Hóa');
    expect(senderNameOf('UBND xã Đông Sơn')).toBe('UBND xã Đông Sơn');
  });

  it('says sorry with the new appointment in local time', () => {
    const text = appointmentMovedMessage(ctx, { previousDueAt: new Date('2026-12-01T07:00:00Z'), newDueAt: new Date('2026-12-03T10:00:00Z'), reason: 'Chờ kết quả xác minh' });
    expect(text.sms).toBe(
      'UBND phường Hạc Thành xin lỗi ông/bà Lê Thị Mai: hồ sơ 000.17.22.H56-261123-0001 chưa có kết quả đúng hẹn, hẹn trả kết quả lại vào 17 giờ 00 ngày 03/12/2026. Tra cứu: https://motcua.example.gov.vn/tra-cuu/000.17.22.H56-261123-0001?t=abc',
    );
    expect(text.email).toContain('(hẹn trả ban đầu: 14 giờ 00 ngày 01/12/2026)');
    expect(text.email).toContain('Lý do: Chờ kết quả xác minh.');
  });

  it('lists what to supplement with the kind of copy', () => {
    const text = supplementNeededMessage(ctx, { items: [{ name: 'Bản sao Căn cước', kind: 'certified_copy' }, { name: 'Tờ khai', kind: 'original' }], reason: 'Thiếu giấy tờ.' });
    expect(text.sms).toContain('cần bổ sung: Bản sao Căn cước (bản sao chứng thực); Tờ khai (bản chính). Lý do: Thiếu giấy tờ. Liên hệ');
    expect(text.email).toContain('  1. Bản sao Căn cước (bản sao chứng thực)\n  2. Tờ khai (bản chính)');
  });
});

describe('retry backoff', () => {
  it('doubles from the base and stops at the cap', () => {
    expect([1, 2, 3, 4, 5, 6, 7].map((n) => retryDelaySeconds(n, 60, 1800))).toEqual([60, 120, 240, 480, 960, 1800, 1800]);
    expect(retryDelaySeconds(500, 60, 21600)).toBe(21600);
  });
});
