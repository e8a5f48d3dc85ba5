import { decodeQr, hasPdftoppm, mediaBoxes, pdfInfo, pdfText } from '../support/pdf-inspect';
import { renderReceipt } from '../../src/documents/forms/receipt';
import { sampleReceipt } from './samples/receipt.sample';

describe('form 01 — receipt and appointment slip', () => {
  let pdf: Buffer;
  beforeAll(async () => {
    pdf = await renderReceipt(sampleReceipt());
  });

  it('prints every field of DOMAIN.md §2 form 01', async () => {
    const { text } = await pdfText(pdf);
    for (const expected of [
      'UBND TỈNH ĐỒNG NAI',
      'TRUNG TÂM PHỤC VỤ HÀNH CHÍNH CÔNG XÃ TÂN PHÚ',
      'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
      'Độc lập - Tự do - Hạnh phúc',
      'Số: 128/TNHS',
      'Tân Phú, ngày 23 tháng 11 năm 2026',
      'GIẤY TIẾP NHẬN HỒ SƠ VÀ HẸN TRẢ KẾT QUẢ',
      'Mã hồ sơ: 000.17.22.H56-261123-0001',
      'Trung tâm Phục vụ hành chính công xã Tân Phú tiếp nhận hồ sơ của: Nguyễn Thị Hồng Nhung',
      'Số định danh cá nhân: 079186012345',
      'Địa chỉ: Số 12, đường Lê Duẩn, ấp Phú Lợi, xã Tân Phú, tỉnh Đồng Nai',
      'Số điện thoại: 0912 345 678',
      'Email: hongnhung.nguyen@gmail.com',
      'Người được ủy quyền: Trần Văn Hưởng; số định danh: 075090001234; điện thoại: 0987 654 321',
      'Nội dung yêu cầu giải quyết: Đăng ký khai sinh kết hợp đăng ký thường trú, cấp thẻ bảo hiểm y tế cho trẻ em dưới 6 tuổi',
      '1. Thành phần hồ sơ nộp gồm:',
      '1. Tờ khai đăng ký khai sinh (01 bản chính)',
      '3. Văn bản ủy quyền có chứng thực (01 bản sao có chứng thực)',
      '8. Giấy tờ chứng minh nơi cư trú hợp pháp (02 bản sao điện tử)',
      '2. Số lượng hồ sơ: 01 bộ',
      '3. Thời gian giải quyết hồ sơ theo quy định: 05 ngày làm việc',
      '4. Thời gian nhận hồ sơ: 14 giờ 05 phút, ngày 23 tháng 11 năm 2026',
      '5. Thời gian trả kết quả giải quyết hồ sơ: 10 giờ 05 phút, ngày 30 tháng 11 năm 2026',
      '6. Đăng ký nhận kết quả tại: Trung tâm Phục vụ hành chính công xã Tân Phú (trả trực tiếp)',
      '7. Phí, lệ phí: Miễn lệ phí',
      'Vào Sổ theo dõi hồ sơ, quyển số: 03, số thứ tự: 1.284',
      'NGƯỜI NỘP HỒ SƠ',
      'NGƯỜI TIẾP NHẬN HỒ SƠ',
      '(Ký, ghi rõ họ tên)',
      'Trần Văn Hưởng',
      'Lê Thị Ngọc Ánh',
    ]) {
      expect(text).toContain(expected);
    }
  });

  it('fits one A5 page for a dossier of 8 documents, under 60 KB', async () => {
    expect((await pdfText(pdf)).total).toBe(1);
    const [[w, h]] = mediaBoxes(pdf);
    expect([Math.round(w), Math.round(h)]).toEqual([420, 595]);
    expect(pdf.length).toBeLessThan(60 * 1024);
  });

  it('still fits one page with the longest realistic names', async () => {
    const long = await renderReceipt(
      sampleReceipt({
        unit: { governingBody: 'Ủy ban nhân dân tỉnh Bà Rịa - Vũng Tàu', name: 'Trung tâm Phục vụ hành chính công phường Nguyễn An Ninh', place: 'Nguyễn An Ninh' },
        applicant: {
          fullName: 'Công ty trách nhiệm hữu hạn Thương mại Dịch vụ Xuất nhập khẩu Hưng Thịnh Phát',
          kind: 'organisation',
          idNumber: '0312345678',
          address: 'Lô B2-15, đường số 7, Khu công nghiệp Phú Mỹ II, phường Phú Mỹ, tỉnh Bà Rịa - Vũng Tàu',
          phone: '0254 3876 543',
          email: 'phaply@hungthinhphat-xnk.com.vn',
        },
      }),
    );
    const { text, total } = await pdfText(long);
    expect(total).toBe(1);
    expect(text).toContain('Mã số định danh tổ chức: 0312345678');
  });

  it('carries a QR code that opens the tracking page', async () => {
    if (!hasPdftoppm()) {
      console.warn('SKIPPED: pdftoppm (poppler-utils) is not installed, so the QR code cannot be rasterised and decoded. apt-get install -y poppler-utils');
      return;
    }
    expect(decodeQr(pdf)).toBe(sampleReceipt().trackingUrl);
  });

  it('reprints identically, whatever was rendered before in the process, dated from the receipt time', async () => {
    const again = await renderReceipt(sampleReceipt());
    expect(again.equals(pdf)).toBe(true);
    expect(String((await pdfInfo(pdf)).CreationDate)).toMatch(/^D:20261123070500Z/);
  });

  it('leaves out what the dossier does not have', async () => {
    const bare = await renderReceipt(
      sampleReceipt({ representative: undefined, register: undefined, fee: undefined, number: undefined, applicant: { fullName: 'Lý Thị Mai' } }),
    );
    const { text } = await pdfText(bare);
    expect(text).not.toContain('Người được ủy quyền');
    expect(text).not.toContain('Phí, lệ phí');
    expect(text).not.toContain('Số:');
    expect(text).toContain('tiếp nhận hồ sơ của: Lý Thị Mai');
    expect(text).toContain('Lý Thị Mai'); // signs as submitter
  });

  it('prints on A4 when asked', async () => {
    const a4 = await renderReceipt(sampleReceipt({ paperSize: 'A4' }));
    const [[w, h]] = mediaBoxes(a4);
    expect([Math.round(w), Math.round(h)]).toEqual([595, 842]);
    expect((await pdfText(a4)).total).toBe(1);
  });
});
