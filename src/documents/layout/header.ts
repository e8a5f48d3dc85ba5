import { formatPlaceDateVi } from '../../locale';
import type { FontStyle } from './fonts';
import { mm } from './page';
import type { FormWriter } from './writer';

/** The two-column heading of every administrative document (Nghị định 30/2020, Phụ lục I). */
export interface AdminHeader {
  /** Governing body, e.g. "UBND TỈNH ĐỒNG NAI"; printed in capitals. */
  governingBody?: string;
  /** The issuing unit, e.g. "TRUNG TÂM PHỤC VỤ HÀNH CHÍNH CÔNG XÃ TÂN PHÚ"; capitals, bold, underlined. */
  unitName: string;
  /** The number without "Số:", e.g. "128/TNHS". */
  number?: string;
  /** Place for the date line, e.g. "Tân Phú". */
  place?: string;
  date?: Date;
  /** Share of the width taken by the left column (default 0.44). */
  leftRatio?: number;
}

export const MOTTO_COUNTRY = 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM';
export const MOTTO = 'Độc lập - Tự do - Hạnh phúc';

const upper = (text: string): string => text.normalize('NFC').toLocaleUpperCase('vi-VN');

/** Largest scale ≤ `scale` at which `text` fits on one line of `width`. */
export function fitScale(w: FormWriter, text: string, style: FontStyle, scale: number, width: number): number {
  const natural = w.textWidth(text, style, scale);
  return natural <= width ? scale : (scale * width) / natural - 0.005;
}

export function drawAdminHeader(w: FormWriter, h: AdminHeader): void {
  w.clearFloat();
  const top = w.y;
  const leftW = w.width * (h.leftRatio ?? 0.44);
  const rightW = w.width - leftW;
  const rightX = w.left + leftW;
  const s = 0.92;

  // Left: governing body, then the unit in bold with a short rule centred under it.
  let yl = top;
  if (h.governingBody) {
    yl = w.writeAt(upper(h.governingBody), yl, { x: w.left, width: leftW, align: 'center', scale: s, balance: true });
  }
  yl = w.writeAt(upper(h.unitName), yl, { x: w.left, width: leftW, align: 'center', scale: s, style: 'bold', balance: true });
  const rule = Math.min(leftW * 0.4, mm(30));
  yl += mm(0.6);
  w.hline(w.left + (leftW - rule) / 2, w.left + (leftW + rule) / 2, yl);

  // Right: the national title on one line, the motto underlined over its full length.
  const countryScale = fitScale(w, MOTTO_COUNTRY, 'bold', s, rightW);
  let yr = w.writeAt(MOTTO_COUNTRY, top, { x: rightX, width: rightW, align: 'center', scale: countryScale, style: 'bold' });
  const mottoScale = fitScale(w, MOTTO, 'bold', 1, rightW);
  yr = w.writeAt(MOTTO, yr, { x: rightX, width: rightW, align: 'center', scale: mottoScale, style: 'bold' });
  const mottoW = w.textWidth(MOTTO, 'bold', mottoScale);
  yr += mm(0.6);
  w.hline(rightX + (rightW - mottoW) / 2, rightX + (rightW + mottoW) / 2, yr);

  w.y = Math.max(yl, yr) + mm(2);
  if (h.number === undefined && !(h.place && h.date)) return;

  // Number under the left column, place and date in italics under the right one.
  const rowTop = w.y;
  let yn = rowTop;
  if (h.number !== undefined) {
    yn = w.writeAt(`Số: ${h.number}`, rowTop, { x: w.left, width: leftW, align: 'center', scale: s, balance: true });
  }
  let yd = rowTop;
  if (h.place && h.date) {
    const line = formatPlaceDateVi(h.place, h.date);
    const scale = fitScale(w, line, 'italic', 1, rightW);
    yd = w.writeAt(line, rowTop, { x: rightX, width: rightW, align: 'center', scale, style: 'italic' });
  }
  w.y = Math.max(yn, yd) + mm(2);
}
