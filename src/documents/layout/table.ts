import { mm } from './page';
import type { FormWriter, RichText } from './writer';

export interface TableColumn {
  header: string;
  /** Relative width; the columns share the content width in proportion. */
  weight: number;
  align?: 'left' | 'center' | 'right';
}

export interface TableSpec {
  columns: TableColumn[];
  rows: RichText[][];
  /** Text size relative to the body (default 0.85). */
  scale?: number;
  /** Adds a row "(1) (2) …" under the header, as registers do. */
  columnNumbers?: boolean;
  /** Cell padding in mm (default 1). */
  paddingMm?: number;
  /** A column grows to fit its longest word up to this share of the width (default 0.12). */
  maxMinShare?: number;
}

/**
 * Column widths: shares of the width by weight, but never narrower than the column's longest
 * unbreakable word (a date, "Phương", a phone number), up to a cap so long codes may still wrap.
 */
export function columnWidths(w: FormWriter, t: TableSpec, scale: number, pad: number): number[] {
  const n = t.columns.length;
  const cap = w.width * (t.maxMinShare ?? 0.12);
  const need = new Array<number>(n).fill(0);
  const consider = (text: RichText, col: number, style: 'regular' | 'bold'): void => {
    for (const line of w.layout(text, { width: Number.MAX_SAFE_INTEGER / 4, scale, style }).lines) {
      for (const word of line.words) need[col] = Math.max(need[col], word.width);
    }
  };
  t.columns.forEach((c, i) => consider(c.header, i, 'bold'));
  for (const row of t.rows) row.forEach((cell, i) => consider(cell, i, 'regular'));
  let mins = need.map((v) => Math.min(cap, v + 2 * pad + 0.5));
  const sumMins = mins.reduce((a, b) => a + b, 0);
  if (sumMins > w.width) mins = mins.map((m) => (m * w.width) / sumMins);

  const fixed = new Array<boolean>(n).fill(false);
  let widths: number[] = [];
  for (let pass = 0; pass <= n; pass++) {
    const free = w.width - mins.reduce((s, m, i) => s + (fixed[i] ? m : 0), 0);
    const weight = t.columns.reduce((s, c, i) => s + (fixed[i] ? 0 : c.weight), 0);
    widths = t.columns.map((c, i) => (fixed[i] ? mins[i] : (free * c.weight) / weight));
    const short = widths.findIndex((v, i) => !fixed[i] && v < mins[i] - 0.01);
    if (short < 0) break;
    widths.forEach((v, i) => {
      if (!fixed[i] && v < mins[i] - 0.01) fixed[i] = true;
    });
  }
  return widths;
}

/**
 * Bordered table. Rows never split; a row that does not fit starts a new page, where the header
 * (and column numbers) are drawn again.
 */
export function drawTable(w: FormWriter, t: TableSpec): void {
  w.clearFloat();
  const scale = t.scale ?? 0.85;
  const pad = mm(t.paddingMm ?? 1);
  const widths = columnWidths(w, t, scale, pad);
  const xs = widths.map((_, i) => w.left + widths.slice(0, i).reduce((a, b) => a + b, 0));
  const gap = w.lineGap(scale);

  const cellHeight = (text: RichText, col: number, style: 'regular' | 'bold' | 'italic'): number =>
    w.measure(text, { width: widths[col] - 2 * pad, scale, style }) - gap;

  const drawRow = (cells: RichText[], style: 'regular' | 'bold' | 'italic', middle: boolean, centre: boolean): void => {
    const heights = cells.map((c, i) => cellHeight(c, i, style));
    const h = Math.max(w.lineHeight(scale) - gap, ...heights) + 2 * pad;
    const top = w.y;
    cells.forEach((cell, i) => {
      const offset = middle ? (h - 2 * pad - heights[i]) / 2 : 0;
      w.writeAt(cell, top + pad + offset, {
        x: xs[i] + pad,
        width: widths[i] - 2 * pad,
        scale,
        style,
        align: centre ? 'center' : (t.columns[i].align ?? 'left'),
        balance: centre,
      });
    });
    w.doc.save().lineWidth(0.5);
    xs.forEach((x, i) => w.doc.rect(x, top, widths[i], h));
    w.doc.stroke('black').restore();
    w.y = top + h;
  };

  const rowHeight = (cells: RichText[], style: 'regular' | 'bold'): number =>
    Math.max(w.lineHeight(scale) - gap, ...cells.map((c, i) => cellHeight(c, i, style))) + 2 * pad;

  const headerCells = t.columns.map((c) => c.header);
  const numbers = t.columns.map((_, i) => `(${i + 1})`);
  const drawHeader = (): void => {
    drawRow(headerCells, 'bold', true, true);
    if (t.columnNumbers) drawRow(numbers, 'italic', true, true);
  };
  const headerHeight = rowHeight(headerCells, 'bold') + (t.columnNumbers ? rowHeight(numbers, 'bold') : 0);

  // Header plus the first row stay together.
  w.ensure(headerHeight + (t.rows[0] ? rowHeight(t.rows[0], 'regular') : 0));
  drawHeader();
  for (const row of t.rows) {
    const h = rowHeight(row, 'regular');
    if (w.y + h > w.bottom) {
      w.addPage();
      drawHeader();
    }
    drawRow(row, 'regular', false, false);
  }
  w.space(2);
}
