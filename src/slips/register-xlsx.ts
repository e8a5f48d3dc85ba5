import { vietnamWallClock } from '../locale';
import ExcelJS from 'exceljs';
import { columnLetter, mergedText, tableCell, appointmentCell, outcomeCell, formatDateShortVi, formatPlaceDateVi } from '../documents';
import type { RegisterView } from '../documents';

/** The columns of form 07 (DOMAIN.md §2), with their widths in characters. */
export const REGISTER_COLUMNS: ReadonlyArray<{ header: string; width: number }> = [
  { header: 'STT', width: 6 },
  { header: 'Mã hồ sơ', width: 28 },
  { header: 'Tên thủ tục hành chính', width: 36 },
  { header: 'Tên tổ chức, cá nhân', width: 24 },
  { header: 'Địa chỉ, số điện thoại', width: 34 },
  { header: 'Cơ quan chủ trì giải quyết', width: 26 },
  { header: 'Nhận hồ sơ', width: 17 },
  { header: 'Hẹn trả kết quả', width: 17 },
  { header: 'Trả kết quả', width: 17 },
  { header: 'Phương thức nhận kết quả', width: 16 },
  { header: 'Ký nhận', width: 14 },
];

/** Rows of the sheet, 1-based. */
export const REGISTER_XLSX_LAYOUT = { titleRow: 5, periodRow: 6, headerRow: 8, numbersRow: 9, firstDataRow: 10 } as const;

export { XLSX_MIME } from '../documents';

const DATE_FORMAT = 'hh:mm dd/mm/yyyy';

/**
 * Excel has no time zones: an instant is written as its wall-clock time in Vietnam, so the cell
 * reads "14:05 23/11/2026" wherever the file is opened.
 */
export function excelLocalTime(instant: Date): Date {
  return vietnamWallClock(instant);
}

/**
 * Mẫu 07 as a workbook laid out like the printed book: agency and national motto on top, the title
 * and period, the eleven bordered columns with their numbers (1)…(11), one row per dossier; A4
 * landscape, one page wide, the heading repeated on every printed page.
 */
export async function renderRegisterXlsx(v: RegisterView): Promise<Buffer> {
  const L = REGISTER_XLSX_LAYOUT;
  const last = REGISTER_COLUMNS.length;
  const lastLetter = columnLetter(last);
  const workbook = new ExcelJS.Workbook();
  workbook.creator = v.unit.name;
  workbook.title = 'Sổ theo dõi hồ sơ';
  workbook.created = v.issuedAt;
  workbook.modified = v.issuedAt;
  const sheet = workbook.addWorksheet('Sổ theo dõi hồ sơ', {
    pageSetup: {
      paperSize: 9,
      orientation: 'landscape',
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
      printTitlesRow: `${L.headerRow}:${L.numbersRow}`,
      margins: { left: 0.4, right: 0.4, top: 0.5, bottom: 0.5, header: 0.3, footer: 0.3 },
    },
    views: [{ state: 'frozen', ySplit: L.numbersRow }],
  });
  sheet.columns = REGISTER_COLUMNS.map((c) => ({ width: c.width }));

  mergedText(sheet, 'A1:D1', v.unit.governingBody.toLocaleUpperCase('vi-VN'), {}, 'center');
  mergedText(sheet, 'A2:D2', v.unit.name.toLocaleUpperCase('vi-VN'), { bold: true, underline: true }, 'center');
  mergedText(sheet, `G1:${lastLetter}1`, 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', { bold: true }, 'center');
  mergedText(sheet, `G2:${lastLetter}2`, 'Độc lập - Tự do - Hạnh phúc', { bold: true, underline: true }, 'center');
  mergedText(sheet, `G3:${lastLetter}3`, formatPlaceDateVi(v.unit.place, v.issuedAt), { italic: true }, 'center');
  sheet.getRow(2).height = 32;
  mergedText(sheet, `A${L.titleRow}:${lastLetter}${L.titleRow}`, 'SỔ THEO DÕI HỒ SƠ', { bold: true, size: 15 }, 'center');
  const period = v.from && v.to ? `Từ ngày ${formatDateShortVi(v.from)} đến ngày ${formatDateShortVi(v.to)}` : '';
  mergedText(sheet, `A${L.periodRow}:${lastLetter}${L.periodRow}`, [v.book ? `Quyển số: ${v.book}` : '', period].filter(Boolean).join(' — '), { italic: true }, 'center');

  REGISTER_COLUMNS.forEach((column, i) => {
    const header = sheet.getCell(L.headerRow, i + 1);
    header.value = column.header;
    tableCell(header, { bold: true }, 'center');
    const number = sheet.getCell(L.numbersRow, i + 1);
    number.value = `(${i + 1})`;
    tableCell(number, { italic: true, size: 10 }, 'center');
  });
  sheet.getRow(L.headerRow).height = 36;

  const first = v.firstNo ?? 1;
  v.rows.forEach((r, i) => {
    const row = sheet.getRow(L.firstDataRow + i);
    const values: Array<string | number | Date | null> = [
      r.no ?? first + i,
      r.dossierCode,
      r.procedureName,
      r.applicantName,
      [r.address, r.phone && `ĐT: ${r.phone}`].filter(Boolean).join('\n'),
      r.resolvingAgency,
      excelLocalTime(r.receivedAt),
      r.rescheduledDueAt ? appointmentCell(r) : excelLocalTime(r.dueAt),
      r.returnedAt ? excelLocalTime(r.returnedAt) : outcomeCell(r) || null,
      r.resultMethod ?? null,
      r.signature ?? null,
    ];
    values.forEach((value, c) => {
      const cell = row.getCell(c + 1);
      cell.value = value;
      tableCell(cell, {}, c === 0 || c >= 6 ? 'center' : 'left');
      if (c >= 6 && c <= 8) cell.numFmt = DATE_FORMAT;
    });
  });

  return Buffer.from(await workbook.xlsx.writeBuffer());
}
