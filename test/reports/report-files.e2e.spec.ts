import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { hasPdftoppm, mediaBoxes, pdfText } from '../support/pdf-inspect';
import { processingPdf } from '../../src/reports/writers/pdf-writer';
import { ApiClient } from '../support/http';
import { startTestApp, TestApp } from '../support/test-app';
import { ScenarioBuilder, vn } from './fixtures';
import { NOW, OCTOBER_2026 } from './october-2026';

const OCTOBER = 'from=2026-10-01&to=2026-10-31';
/** Where the rendered Biểu 06 is left for a person to look at (tmp/ is not committed). */
const PREVIEW_DIR = join(__dirname, '..', '..', 'tmp', 'reports');

async function download(client: ApiClient, path: string): Promise<{ status: number; type: string; disposition: string; body: Buffer }> {
  const response = await fetch(`${client.baseUrl}${path}`, { headers: { authorization: `Bearer ${(client as unknown as { token: string }).token}` } });
  return {
    status: response.status,
    type: response.headers.get('content-type') ?? '',
    disposition: response.headers.get('content-disposition') ?? '',
    body: Buffer.from(await response.arrayBuffer()),
  };
}

describe('Biểu 06 files: CSV, XLSX and PDF', () => {
  let t: TestApp;
  let manager: ApiClient;

  beforeAll(async () => {
    t = await startTestApp({ now: vn('2026-09-01T08:00') });
    const scenario = new ScenarioBuilder(t);
    await scenario.init();
    await scenario.run(OCTOBER_2026, NOW);
    manager = await new ApiClient(t.baseUrl).login('quanly');
  });
  afterAll(() => t.close());

  it('writes CSV with a BOM, the 15 columns plus the code, the rows and the totals', async () => {
    const file = await download(manager, `/api/v1/reports/processing?${OCTOBER}&format=csv`);
    expect(file.status).toBe(200);
    expect(file.type).toContain('text/csv');
    expect(file.disposition).toBe('attachment; filename="bieu-06_000.17.22.H56_2026-10-01_2026-10-31.csv"');
    const text = file.body.toString('utf8');
    expect(text.charCodeAt(0)).toBe(0xfeff);
    const lines = text.slice(1).trimEnd().split('\r\n');
    const header = [...lines[0].matchAll(/"([^"]*)"|([^,]+)/g)].map((m) => m[1] ?? m[2]);
    expect(header).toHaveLength(16);
    expect(header.slice(14)).toEqual(['Số hồ sơ kết thúc không có kết quả (rút, dừng) - Tổng số', 'Số hồ sơ kết thúc không có kết quả (rút, dừng) - Trong đó sau thời hạn (tính quá hạn)']);
    expect(header.slice(0, 6)).toEqual(['STT', 'Mã', 'Lĩnh vực giải quyết', 'Số hồ sơ nhận giải quyết - Tổng số', 'Số hồ sơ nhận giải quyết - Trực tuyến', 'Số hồ sơ nhận giải quyết - Trực tiếp, dịch vụ bưu chính']);
    // Each row balances: 9 = 5 + 3 + 1 (A8 withdrawn before its due instant).
    expect(lines[2]).toBe('2,HOTICH,Hộ tịch,9,2,5,2,5,2,1,2,3,1,2,1,0');
    expect(lines[4]).toBe(',,Tổng cộng,14,3,8,3,8,3,2,3,4,2,2,2,0');
  });

  it('writes an XLSX laid out like the printed form: two header rows with merged cells, bold totals', async () => {
    const file = await download(manager, `/api/v1/reports/processing?${OCTOBER}&format=xlsx&groupBy=field`);
    expect(file.status).toBe(200);
    expect(file.type).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(file.body as unknown as ArrayBuffer);
    const sheet = workbook.getWorksheet('Biểu 06') as ExcelJS.Worksheet;
    expect(sheet).toBeDefined();
    expect(sheet.getCell('A1').value).toBe('Biểu số 06/VPCP/KSTT');
    expect(sheet.getCell('A4').value).toBe('TÌNH HÌNH, KẾT QUẢ GIẢI QUYẾT THỦ TỤC HÀNH CHÍNH');
    expect(sheet.getCell('A5').value).toBe('Kỳ báo cáo: từ ngày 01/10/2026 đến ngày 31/10/2026');
    expect(String(sheet.getCell('H1').value)).toContain('Trung tâm Phục vụ hành chính công phường Hạc Thành');

    // First header row: STT and the group column span both rows; the three groups span 4, 4 and 3 columns.
    const row7 = (sheet.getRow(7).values as unknown[]).slice(1);
    expect(row7).toEqual([
      'STT', 'Lĩnh vực giải quyết',
      'Số hồ sơ nhận giải quyết', 'Số hồ sơ nhận giải quyết', 'Số hồ sơ nhận giải quyết', 'Số hồ sơ nhận giải quyết',
      'Số hồ sơ đã giải quyết', 'Số hồ sơ đã giải quyết', 'Số hồ sơ đã giải quyết', 'Số hồ sơ đã giải quyết',
      'Số hồ sơ đang giải quyết', 'Số hồ sơ đang giải quyết', 'Số hồ sơ đang giải quyết',
      'Số hồ sơ kết thúc không có kết quả (rút, dừng)', 'Số hồ sơ kết thúc không có kết quả (rút, dừng)',
    ]);
    expect(sheet.getCell('D7').isMerged && sheet.getCell('D7').master.address).toBe('C7');
    expect(sheet.getCell('M7').master.address).toBe('K7');
    expect(sheet.getCell('A8').master.address).toBe('A7');
    expect((sheet.getRow(8).values as unknown[]).slice(3)).toEqual([
      'Tổng số', 'Trực tuyến', 'Trực tiếp, dịch vụ bưu chính', 'Từ kỳ trước chuyển qua',
      'Tổng số', 'Trước hạn', 'Đúng hạn', 'Quá hạn',
      'Tổng số', 'Trong hạn', 'Quá hạn',
      'Tổng số', 'Trong đó sau thời hạn (tính quá hạn)',
    ]);
    expect((sheet.getRow(9).values as unknown[]).slice(1)).toEqual(Array.from({ length: 15 }, (_, i) => `(${i + 1})`));
    expect((sheet.getRow(11).values as unknown[]).slice(1)).toEqual([2, 'Hộ tịch', 9, 2, 5, 2, 5, 2, 1, 2, 3, 1, 2, 1, 0]);
    const totals = sheet.getRow(13);
    expect((totals.values as unknown[]).slice(2)).toEqual(['Tổng cộng', 14, 3, 8, 3, 8, 3, 2, 3, 4, 2, 2, 2, 0]);
    expect(totals.getCell(2).font?.bold).toBe(true);
    expect(totals.getCell(15).font?.bold).toBe(true);
    // The notes, then the signature block: người lập biểu left, the place and date and thủ trưởng đơn vị right.
    const texts: string[] = [];
    sheet.eachRow((row) => row.eachCell((cell) => texts.push(String(cell.value))));
    expect(texts).toEqual(expect.arrayContaining(['NGƯỜI LẬP BIỂU', 'THỦ TRƯỞNG ĐƠN VỊ', 'Hạc Thành, ngày 23 tháng 11 năm 2026', '(Ký, ghi rõ họ tên, đóng dấu)']));
    expect(texts.some((text) => text.includes('(3) = (7) + (11) + (14)'))).toBe(true);
    expect(sheet.getRow(11).getCell(3).font?.bold).toBeFalsy();
    expect(sheet.pageSetup.orientation).toBe('landscape');
  });

  it('renders a PDF on A4 landscape that reads right', async () => {
    const file = await download(manager, `/api/v1/reports/processing?${OCTOBER}&format=pdf&groupBy=procedure`);
    expect(file.status).toBe(200);
    expect(file.type).toBe('application/pdf');
    expect(file.disposition).toContain('inline');
    const [width, height] = mediaBoxes(file.body)[0];
    expect(Math.round(width)).toBe(842);
    expect(Math.round(height)).toBe(595);
    const text = (await pdfText(file.body)).text;
    expect(text).toContain('TÌNH HÌNH, KẾT QUẢ GIẢI QUYẾT THỦ TỤC HÀNH CHÍNH');
    expect(text).toContain('Kỳ báo cáo: từ ngày 01/10/2026 đến ngày 31/10/2026');
    expect(text).toContain('Số hồ sơ đang giải quyết');
    expect(text).toContain('Tổng cộng');
    expect(text).toContain('Hạc Thành, ngày 23 tháng 11 năm 2026');
    expect(text).toContain('kết thúc không có kết quả');
    expect(text).toContain('(3) = (7) + (11) + (14)');
    expect(text).toMatch(/người lập biểu/i);
    expect(text).toMatch(/thủ trưởng đơn vị/i);

    mkdirSync(PREVIEW_DIR, { recursive: true });
    const pdfPath = join(PREVIEW_DIR, 'bieu-06.pdf');
    writeFileSync(pdfPath, file.body);
    if (hasPdftoppm()) {
      execFileSync('pdftoppm', ['-r', '60', '-png', '-singlefile', pdfPath, join(PREVIEW_DIR, 'bieu-06')]);
    }
  });

  it('renders many rows over several pages with the heading repeated', async () => {
    const many = { ...(await manager.get(`/api/v1/reports/processing?${OCTOBER}&groupBy=procedure`)).body };
    const rows = Array.from({ length: 40 }, (_, i) => ({ ...many.rows[i % many.rows.length], code: `X${i}`, name: `Thủ tục thử nghiệm số ${i + 1} có tên khá dài để xuống dòng trong ô` }));
    const pdf = await processingPdf({ ...many, rows });
    const parsed = await pdfText(pdf);
    expect(parsed.total).toBeGreaterThan(1);
    const tablePages = parsed.pages.filter((page) => page.includes('Thủ tục thử nghiệm'));
    expect(tablePages.length).toBeGreaterThan(1);
    for (const page of tablePages) expect(page).toContain('Số hồ sơ đã giải quyết');
    expect(parsed.text).toContain('Trang 2/');
  });
});
