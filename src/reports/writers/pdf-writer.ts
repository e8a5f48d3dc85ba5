import { FormWriter, drawSignatures, formatPlaceDateVi, mm, type RichText } from '../../documents';
import type { ProcessingReportView } from '../reports.service';
import { COLUMN_COUNT, FIGURE_GROUPS, FORM_BASIS, FORM_NUMBER, FORM_TITLE, NUMBER_COLUMN, SIGNERS, TABLE_NOTES, UNIT_NOTE, figures, groupColumnTitle, periodLine } from './bieu06-layout';

const TABLE_SCALE = 0.78;
const PAD = mm(1);

/**
 * Biểu 06 on A4 landscape with the forms' layout toolkit (src/documents/layout): the form number and
 * reporting unit, the title and period, the table (the form's 13 columns and the ended-without-result
 * columns) under its two-row heading (repeated on every page), a bold totals row, the notes and the
 * signature block (người lập biểu, thủ trưởng đơn vị).
 */
export function processingPdf(report: ProcessingReportView): Promise<Buffer> {
  const generatedAt = new Date(report.generatedAt);
  const w = new FormWriter(
    { size: 'A4', orientation: 'landscape', marginsMm: { top: 12, bottom: 12, left: 15, right: 12 } },
    { title: `${FORM_NUMBER} – ${FORM_TITLE}`, subject: periodLine(report), author: report.agency.name, createdAt: generatedAt },
  );
  drawTop(w, report);
  drawTable(w, report);
  for (const note of TABLE_NOTES) w.write({ text: note, italic: true }, { scale: 0.8 });
  drawSignatures(w, {
    columns: [
      { title: SIGNERS.preparer, note: SIGNERS.note },
      { title: SIGNERS.head, above: formatPlaceDateVi(report.agency.placeName, generatedAt), note: SIGNERS.headNote },
    ],
    spaceMm: 18,
  });
  w.numberPages();
  return w.finish();
}

function drawTop(w: FormWriter, report: ProcessingReportView): void {
  const half = w.width / 2;
  const top = w.y;
  let left = w.writeAt(FORM_NUMBER, top, { x: w.left, width: half, style: 'bold', scale: 0.9 });
  left = w.writeAt(FORM_BASIS, left, { x: w.left, width: half, style: 'italic', scale: 0.85 });
  let right = w.writeAt([{ text: 'Đơn vị báo cáo: ', bold: true }, report.agency.name], top, { x: w.left + half, width: half, scale: 0.9 });
  right = w.writeAt([{ text: 'Đơn vị nhận báo cáo: ', bold: true }, report.agency.governingBody], right, { x: w.left + half, width: half, scale: 0.9 });
  w.y = Math.max(left, right) + mm(3);
  w.write(FORM_TITLE.toLocaleUpperCase('vi-VN'), { x: w.left, width: w.width, align: 'center', style: 'bold', scale: 1.15 });
  w.write(periodLine(report), { x: w.left, width: w.width, align: 'center', style: 'italic' });
  w.write(UNIT_NOTE, { x: w.left, width: w.width, align: 'right', style: 'italic', scale: 0.8 });
  w.space(1);
}

/** Column x positions and widths: number, name, then equal figure columns. */
function columns(w: FormWriter): { xs: number[]; widths: number[] } {
  const number = mm(10);
  const name = w.width * 0.22;
  const count = COLUMN_COUNT - 2;
  const figure = (w.width - number - name) / count;
  const widths = [number, name, ...Array.from({ length: count }, () => figure)];
  const xs = widths.map((_, i) => w.left + widths.slice(0, i).reduce((a, b) => a + b, 0));
  return { xs, widths };
}

function drawTable(w: FormWriter, report: ProcessingReportView): void {
  const { xs, widths } = columns(w);
  const cellHeight = (text: RichText, width: number, style: 'regular' | 'bold' | 'italic') =>
    w.measure(text, { width: width - 2 * PAD, scale: TABLE_SCALE, style }) - w.lineGap(TABLE_SCALE);
  const minHeight = w.lineHeight(TABLE_SCALE) - w.lineGap(TABLE_SCALE) + 2 * PAD;

  /** A bordered cell spanning columns [from, to] with its text centred vertically. */
  const cell = (text: RichText, from: number, to: number, top: number, height: number, style: 'regular' | 'bold' | 'italic', align: 'left' | 'center' | 'right') => {
    const x = xs[from];
    const width = xs[to] + widths[to] - x;
    const inner = cellHeight(text, width, style);
    w.writeAt(text, top + (height - inner) / 2, { x: x + PAD, width: width - 2 * PAD, scale: TABLE_SCALE, style, align, balance: align === 'center' });
    w.doc.save().lineWidth(0.5).rect(x, top, width, height).stroke('black').restore();
  };

  const subTitles = FIGURE_GROUPS.flatMap((g) => g.columns);
  const groupHeight = Math.max(minHeight, ...FIGURE_GROUPS.map((g, i) => cellHeight(g.title, groupWidth(widths, i), 'bold') + 2 * PAD));
  const subHeight = Math.max(minHeight, ...subTitles.map((t, i) => cellHeight(t, widths[i + 2], 'bold') + 2 * PAD));
  const headerHeight = groupHeight + subHeight + minHeight;

  const drawHeader = () => {
    const top = w.y;
    cell(NUMBER_COLUMN, 0, 0, top, groupHeight + subHeight, 'bold', 'center');
    cell(groupColumnTitle(report), 1, 1, top, groupHeight + subHeight, 'bold', 'center');
    let column = 2;
    for (const group of FIGURE_GROUPS) {
      cell(group.title, column, column + group.columns.length - 1, top, groupHeight, 'bold', 'center');
      for (const title of group.columns) {
        cell(title, column, column, top + groupHeight, subHeight, 'bold', 'center');
        column++;
      }
    }
    const numbersTop = top + groupHeight + subHeight;
    for (let c = 0; c < COLUMN_COUNT; c++) cell(`(${c + 1})`, c, c, numbersTop, minHeight, 'italic', 'center');
    w.y = numbersTop + minHeight;
  };

  const rows: Array<{ cells: string[]; bold: boolean }> = [
    ...report.rows.map((row, i) => ({ cells: [String(i + 1), row.name, ...figures(row).map(formatCount)], bold: false })),
    { cells: ['', report.totals.name, ...figures(report.totals).map(formatCount)], bold: true },
  ];
  const rowHeight = (cells: string[], bold: boolean) =>
    Math.max(minHeight, ...cells.map((text, i) => cellHeight(text, widths[i], bold ? 'bold' : 'regular') + 2 * PAD));

  w.ensure(headerHeight + rowHeight(rows[0].cells, rows[0].bold));
  drawHeader();
  for (const row of rows) {
    const height = rowHeight(row.cells, row.bold);
    if (w.y + height > w.bottom) {
      w.addPage();
      drawHeader();
    }
    const top = w.y;
    row.cells.forEach((text, i) => cell(text, i, i, top, height, row.bold ? 'bold' : 'regular', i === 1 ? 'left' : 'center'));
    w.y = top + height;
  }
  w.space(2);
}

function groupWidth(widths: number[], group: number): number {
  const first = 2 + FIGURE_GROUPS.slice(0, group).reduce((n, g) => n + g.columns.length, 0);
  return widths.slice(first, first + FIGURE_GROUPS[group].columns.length).reduce((a, b) => a + b, 0);
}

/** 1.234 with the Vietnamese thousands separator. */
function formatCount(value: number): string {
  return value.toLocaleString('vi-VN');
}
