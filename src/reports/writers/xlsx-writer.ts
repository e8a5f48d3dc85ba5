import ExcelJS from 'exceljs';
import { columnLetter, mergedText, tableCell, THIN_BORDER } from '../../documents';
import type { ProcessingReportView } from '../reports.service';
import { COLUMN_COUNT, FIGURE_GROUPS, FORM_BASIS, FORM_NUMBER, FORM_TITLE, NUMBER_COLUMN, SIGNERS, TABLE_NOTES, UNIT_NOTE, figures, groupColumnTitle, periodLine } from './bieu06-layout';
import { formatPlaceDateVi } from '../../locale';

/** Rows of the sheet, 1-based: the two header rows, the column numbers, then the data. */
export const XLSX_LAYOUT = { headerRow: 7, subHeaderRow: 8, numbersRow: 9, firstDataRow: 10, columns: COLUMN_COUNT } as const;

/**
 * Biểu 06 as an Excel workbook laid out like the printed form: form number and reporting unit on
 * top, the title and period, a two-row heading with merged group cells, the column numbers
 * (1)…(15), one row per field or procedure, a bold totals row, the notes and the signature block
 * (người lập biểu, thủ trưởng đơn vị); A4 landscape, fitted to one page wide.
 */
export async function processingXlsx(report: ProcessingReportView): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'motcua';
  workbook.created = new Date(report.generatedAt);
  const sheet = workbook.addWorksheet('Biểu 06', {
    pageSetup: { paperSize: 9, orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0, margins: { left: 0.5, right: 0.4, top: 0.5, bottom: 0.5, header: 0.3, footer: 0.3 } },
    views: [{ state: 'frozen', ySplit: XLSX_LAYOUT.numbersRow }],
  });
  sheet.columns = [{ width: 6 }, { width: 42 }, ...Array.from({ length: COLUMN_COUNT - 2 }, () => ({ width: 11 }))];
  const last = columnLetter(COLUMN_COUNT);

  const L = XLSX_LAYOUT;
  mergedText(sheet, 'A1:E1', FORM_NUMBER, { bold: true }, 'left');
  mergedText(sheet, 'A2:E2', FORM_BASIS, { italic: true }, 'left');
  mergedText(sheet, `H1:${last}1`, `Đơn vị báo cáo: ${report.agency.name}`, { bold: true }, 'left');
  mergedText(sheet, `H2:${last}2`, `Đơn vị nhận báo cáo: ${report.agency.governingBody}`, {}, 'left');
  mergedText(sheet, `A4:${last}4`, FORM_TITLE.toLocaleUpperCase('vi-VN'), { bold: true, size: 14 }, 'center');
  mergedText(sheet, `A5:${last}5`, periodLine(report), { italic: true }, 'center');
  mergedText(sheet, `L6:${last}6`, UNIT_NOTE, { italic: true }, 'right');

  header(sheet, `A${L.headerRow}:A${L.subHeaderRow}`, NUMBER_COLUMN);
  header(sheet, `B${L.headerRow}:B${L.subHeaderRow}`, groupColumnTitle(report));
  let column = 3;
  for (const group of FIGURE_GROUPS) {
    const first = column;
    for (const title of group.columns) header(sheet, `${columnLetter(column++)}${L.subHeaderRow}`, title);
    header(sheet, `${columnLetter(first)}${L.headerRow}:${columnLetter(column - 1)}${L.headerRow}`, group.title);
  }
  sheet.getRow(L.headerRow).height = 32;
  sheet.getRow(L.subHeaderRow).height = 48;
  for (let c = 1; c <= L.columns; c++) {
    const cell = sheet.getCell(L.numbersRow, c);
    cell.value = `(${c})`;
    tableCell(cell, { italic: true }, 'center');
  }

  report.rows.forEach((row, i) => dataRow(sheet, L.firstDataRow + i, [i + 1, row.name, ...figures(row)], false));
  dataRow(sheet, L.firstDataRow + report.rows.length, ['', report.totals.name, ...figures(report.totals)], true);

  const notes = L.firstDataRow + report.rows.length + 2;
  TABLE_NOTES.forEach((note, i) => mergedText(sheet, `A${notes + i}:${last}${notes + i}`, note, { italic: true, size: 10 }, 'left'));
  signatures(sheet, notes + TABLE_NOTES.length + 1, report);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/** Người lập biểu on the left, the place and date then thủ trưởng đơn vị on the right, with room to sign. */
function signatures(sheet: ExcelJS.Worksheet, row: number, report: ProcessingReportView): void {
  const last = columnLetter(COLUMN_COUNT);
  mergedText(sheet, `J${row}:${last}${row}`, formatPlaceDateVi(report.agency.placeName, new Date(report.generatedAt)), { italic: true }, 'center');
  mergedText(sheet, `A${row + 1}:E${row + 1}`, SIGNERS.preparer.toLocaleUpperCase('vi-VN'), { bold: true }, 'center');
  mergedText(sheet, `J${row + 1}:${last}${row + 1}`, SIGNERS.head.toLocaleUpperCase('vi-VN'), { bold: true }, 'center');
  mergedText(sheet, `A${row + 2}:E${row + 2}`, SIGNERS.note, { italic: true, size: 10 }, 'center');
  mergedText(sheet, `J${row + 2}:${last}${row + 2}`, SIGNERS.headNote, { italic: true, size: 10 }, 'center');
  sheet.getRow(row + 3).height = 60; // room for the signatures and the seal
}

function dataRow(sheet: ExcelJS.Worksheet, r: number, values: Array<string | number>, bold: boolean): void {
  const row = sheet.getRow(r);
  values.forEach((value, i) => {
    const cell = row.getCell(i + 1);
    cell.value = value;
    tableCell(cell, { bold }, i === 1 ? 'left' : 'center');
    if (i >= 2) cell.numFmt = '#,##0';
  });
}

function header(sheet: ExcelJS.Worksheet, range: string, value: string): void {
  if (range.includes(':')) sheet.mergeCells(range);
  const cell = sheet.getCell(range.split(':')[0]);
  cell.value = value;
  tableCell(cell, { bold: true }, 'center');
  if (range.includes(':')) {
    // Borders of merged cells belong to every cell of the range.
    const [from, to] = range.split(':').map((a) => sheet.getCell(a));
    for (let r = Number(from.row); r <= Number(to.row); r++) {
      for (let c = Number(from.col); c <= Number(to.col); c++) sheet.getCell(r, c).border = THIN_BORDER;
    }
  }
}
