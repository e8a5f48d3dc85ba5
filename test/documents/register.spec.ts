import { mediaBoxes, pdfText } from '../support/pdf-inspect';
import { renderRegister } from '../../src/documents/forms/register';
import { sampleRegister } from './samples/forms.sample';

describe('form 07 — tracking register', () => {
  it('is an A4 landscape table that breaks over pages with the header repeated', async () => {
    const view = sampleRegister(60);
    const pdf = await renderRegister(view);
    const [[w, h]] = mediaBoxes(pdf);
    expect([Math.round(w), Math.round(h)]).toEqual([842, 595]);

    const { pages, total, text } = await pdfText(pdf);
    expect(total).toBeGreaterThanOrEqual(2);
    for (const [i, page] of pages.entries()) {
      for (const header of ['STT', 'Mã hồ sơ', 'Tên thủ tục hành chính', 'Tên tổ chức, cá nhân', 'Địa chỉ, số điện thoại', 'Cơ quan chủ trì giải quyết', 'Nhận hồ sơ', 'Hẹn trả kết quả', 'Trả kết quả', 'Phương thức nhận kết quả', 'Ký nhận', '(11)']) {
        expect(page).toContain(header);
      }
      expect(page).toContain(`Trang ${i + 1}/${total}`);
    }
    expect(text).toContain('SỔ THEO DÕI HỒ SƠ');
    expect(text).toContain('Từ ngày 01/11/2026 đến ngày 30/11/2026');
    // Every row once, in order.
    const codes = view.rows.map((r) => r.dossierCode);
    let from = 0;
    for (const code of codes) {
      const at = text.indexOf(code, from);
      expect(at).toBeGreaterThanOrEqual(0);
      from = at + code.length;
    }
    expect(text).toContain('Chứng thực bản sao từ bản chính giấy tờ, văn bản do cơ quan có thẩm quyền của Việt Nam cấp');
    expect(text).toContain('Đặng Thị Ánh Tuyết');
    expect(text).toContain('08:00 02/11/2026');
  });

  it('continues a book from a given row number and prints on A4 portrait when asked', async () => {
    const pdf = await renderRegister(sampleRegister(3, { firstNo: 241, landscape: false }));
    const [[w, h]] = mediaBoxes(pdf);
    expect([Math.round(w), Math.round(h)]).toEqual([595, 842]);
    const { text } = await pdfText(pdf);
    expect(text).toMatch(/\(11\) 241 000\.17\.22\..*Nguyễn Văn An.* 242 000\.17\.22\..*Trần Thị Bích Ngọc.* 243 000\.17\.22\./);
    expect(text).not.toContain('Phươn g'); // columns never cut a word shorter than their longest one
  });
});
