import { mediaBoxes, pdfInfo, pdfText } from '../support/pdf-inspect';
import { mm } from '../../src/documents/layout/page';
import { renderDocument, type DocumentSpec } from '../../src/documents/layout/render';

const createdAt = new Date('2026-11-23T07:05:00Z');

function spec(text: string, rows = 3): DocumentSpec {
  return {
    page: { size: 'A5' },
    info: { title: 'Thử nghiệm', createdAt },
    blocks: [
      { kind: 'header', governingBody: 'UBND tỉnh Đồng Nai', unitName: 'Ủy ban nhân dân xã Tân Phú', number: '01/TB', place: 'Tân Phú', date: createdAt },
      { kind: 'title', title: 'Thông báo thử nghiệm', subtitle: [{ text: '(bản nháp)', italic: true }] },
      { kind: 'paragraph', text: ['Nội dung: ', { text, bold: true }], align: 'justify', indentMm: 8 },
      { kind: 'list', items: ['Mục một', 'Mục hai'], style: 'dash' },
      {
        kind: 'table',
        columns: [
          { header: 'STT', weight: 1, align: 'center' },
          { header: 'Họ và tên người nộp', weight: 5 },
        ],
        rows: Array.from({ length: rows }, (_, i) => [String(i + 1), `Người số ${i + 1}`]),
      },
      { kind: 'qr', data: 'https://example.vn/x', placement: 'center', caption: ['mã'] },
      { kind: 'signatures', columns: [{ title: 'Người lập' }, { title: 'Kế toán' }, { title: 'Thủ trưởng', name: 'Võ Thành Đạt' }] },
    ],
  };
}

describe('renderDocument', () => {
  it('draws every block with Vietnamese text extractable', async () => {
    const pdf = await renderDocument(spec('Đường Nguyễn Huệ, phường Bến Nghé'));
    const { text } = await pdfText(pdf);
    for (const expected of [
      'UBND TỈNH ĐỒNG NAI',
      'ỦY BAN NHÂN DÂN XÃ TÂN PHÚ',
      'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
      'Độc lập - Tự do - Hạnh phúc',
      'Số: 01/TB',
      'Tân Phú, ngày 23 tháng 11 năm 2026',
      'THÔNG BÁO THỬ NGHIỆM',
      'Đường Nguyễn Huệ, phường Bến Nghé',
      'Người số 3',
      'NGƯỜI LẬP',
      'KẾ TOÁN',
      'THỦ TRƯỞNG',
      '(Ký, ghi rõ họ tên)',
      'Võ Thành Đạt',
    ]) {
      expect(text).toContain(expected);
    }
  });

  it('is byte-for-byte reproducible and dated from the data', async () => {
    const a = await renderDocument(spec('Ổn định'));
    const b = await renderDocument(spec('Ổn định'));
    expect(a.equals(b)).toBe(true);
    const info = await pdfInfo(a);
    expect(String(info.CreationDate)).toMatch(/^D:20261123070500Z/);
    expect(info.Title).toBe('Thử nghiệm');
  });

  it('renders decomposed Vietnamese (NFD) exactly like precomposed (NFC)', async () => {
    const nfc = 'Trường Tiểu học Nguyễn Trãi, ấp Đồng Khởi';
    const a = await renderDocument(spec(nfc));
    const b = await renderDocument(spec(nfc.normalize('NFD')));
    expect(b.equals(a)).toBe(true);
  });

  it('breaks long tables over pages, repeating the header and numbering pages', async () => {
    const pdf = await renderDocument(spec('x', 80));
    const { pages, total } = await pdfText(pdf);
    expect(total).toBeGreaterThanOrEqual(3);
    for (const [i, page] of pages.entries()) {
      if (i > 0 && i < total - 1) expect(page).toContain('Họ và tên người nộp');
      expect(page).toContain(`Trang ${i + 1}/${total}`);
    }
    const all = pages.join(' ');
    for (let n = 1; n <= 80; n++) expect(all).toContain(`Người số ${n} `);
  });

  it('flows a paragraph longer than a page onto the next one', async () => {
    const sentences = Array.from({ length: 120 }, (_, i) => `Câu thứ ${i + 1} của đoạn văn bản dài.`);
    const pdf = await renderDocument({
      page: { size: 'A5' },
      info: { title: 'Dài', createdAt },
      blocks: [{ kind: 'paragraph', text: sentences.join(' '), align: 'justify', indentMm: 8 }],
    });
    const { pages, total, text } = await pdfText(pdf);
    expect(total).toBe(2);
    expect(pages[1]).toContain('Câu thứ 120 của đoạn văn bản dài.');
    const flowing = text.replace(/ ?Trang \d+\/\d+ -- \d+ of \d+ --/g, '');
    for (const sentence of sentences) expect(flowing).toContain(sentence);
  });

  it('takes the paper size, orientation and margins from the caller', async () => {
    const pdf = await renderDocument({ ...spec('x'), page: { size: 'A4', orientation: 'landscape', marginsMm: { top: 30 } } });
    const [w, h] = mediaBoxes(pdf)[0];
    expect(w).toBeCloseTo(mm(297), 1);
    expect(h).toBeCloseTo(mm(210), 1);
  });
});
