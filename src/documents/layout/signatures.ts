import { mm } from './page';
import type { FormWriter } from './writer';

export interface SignatureColumn {
  /** Capitals, bold; may hold line breaks ("TM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH"). */
  title: string;
  /** Italic line under the title; default "(Ký, ghi rõ họ tên)". */
  note?: string;
  /** Printed bold under the signing space; left blank when unknown. */
  name?: string;
  /** Italic line above the title (e.g. the place and date). */
  above?: string;
}

export interface SignaturesSpec {
  columns: SignatureColumn[];
  /** Room left for the handwritten signature, in mm (default 13 on A5, 22 on A4). */
  spaceMm?: number;
  /** A single signature sits in the right half unless this says 'center'. */
  single?: 'right' | 'center';
  /** Space above the block, in mm (default 2). */
  gapAboveMm?: number;
  /** "Nơi nhận:" list printed in the free left half beside a single signature. */
  recipients?: string[];
}

export const DEFAULT_SIGNATURE_NOTE = '(Ký, ghi rõ họ tên)';

/** One to three signature columns, kept together on one page. */
export function drawSignatures(w: FormWriter, s: SignaturesSpec): void {
  w.clearFloat();
  const n = s.columns.length;
  if (n === 0) return;
  const colW = n === 1 ? w.width / 2 : w.width / n;
  const x0 = n === 1 && s.single !== 'center' ? w.left + w.width / 2 : n === 1 ? w.left + w.width / 4 : w.left;
  const space = mm(s.spaceMm ?? (w.page.size === 'A5' ? 13 : 22));
  const upper = (t: string): string => t.normalize('NFC').toLocaleUpperCase('vi-VN');

  const heightOf = (c: SignatureColumn): number =>
    (c.above ? w.measure(c.above, { width: colW, style: 'italic' }) : 0) +
    w.measure(upper(c.title), { width: colW, style: 'bold' }) +
    w.measure(c.note ?? DEFAULT_SIGNATURE_NOTE, { width: colW, style: 'italic', scale: 0.9 }) +
    space +
    (c.name ? w.measure(c.name, { width: colW, style: 'bold' }) : 0);
  const gapAbove = mm(s.gapAboveMm ?? 2);
  const recipientsH = s.recipients?.length ? w.lineHeight(0.85) * (s.recipients.length + 1) : 0;
  w.ensure(gapAbove + Math.max(recipientsH, ...s.columns.map(heightOf)));

  const top = w.y + gapAbove;
  let bottom = top;
  s.columns.forEach((c, i) => {
    const x = x0 + i * colW;
    const opts = { x, width: colW, align: 'center' as const };
    let y = top;
    if (c.above) y = w.writeAt(c.above, y, { ...opts, style: 'italic' });
    y = w.writeAt(upper(c.title), y, { ...opts, style: 'bold', balance: true });
    y = w.writeAt(c.note ?? DEFAULT_SIGNATURE_NOTE, y, { ...opts, style: 'italic', scale: 0.9 });
    y += space;
    if (c.name) y = w.writeAt(c.name, y, { ...opts, style: 'bold' });
    bottom = Math.max(bottom, y);
  });
  if (s.recipients?.length && n === 1 && s.single !== 'center') {
    let y = w.writeAt('Nơi nhận:', top, { x: w.left, width: w.width / 2 - mm(2), style: 'boldItalic', scale: 0.85 });
    for (const line of s.recipients) {
      y = w.writeAt(`- ${line}`, y, { x: w.left, width: w.width / 2 - mm(2), scale: 0.78 });
    }
    bottom = Math.max(bottom, y);
  }
  w.y = bottom + mm(1);
}
