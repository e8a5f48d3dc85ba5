import type ExcelJS from 'exceljs';

/** Cell styling shared by the Excel forms (the register 07 and Biểu 06): Times New Roman, thin borders, wrapped text. */
export const XLSX_MIME = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
export const SHEET_FONT = 'Times New Roman';
export const THIN_BORDER: Partial<ExcelJS.Borders> = { top: { style: 'thin' }, left: { style: 'thin' }, bottom: { style: 'thin' }, right: { style: 'thin' } };

type Horizontal = 'left' | 'center' | 'right';

/** A merged range holding one line of text (titles, the unit, the period). */
export function mergedText(sheet: ExcelJS.Worksheet, range: string, value: string, font: Partial<ExcelJS.Font>, horizontal: Horizontal): void {
  sheet.mergeCells(range);
  const cell = sheet.getCell(range.split(':')[0]);
  cell.value = value;
  cell.font = { name: SHEET_FONT, size: 12, ...font };
  cell.alignment = { horizontal, vertical: 'middle', wrapText: true };
}

/** A bordered table cell. */
export function tableCell(cell: ExcelJS.Cell, font: Partial<ExcelJS.Font>, horizontal: Horizontal): void {
  cell.font = { name: SHEET_FONT, size: 11, ...font };
  cell.alignment = { horizontal, vertical: 'middle', wrapText: true };
  cell.border = THIN_BORDER;
}

/** Column letter of a 1-based column index (A–Z is all the forms use). */
export function columnLetter(column: number): string {
  return String.fromCharCode(64 + column);
}
