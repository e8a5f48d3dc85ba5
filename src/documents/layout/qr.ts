import QRCode from 'qrcode';
import { mm } from './page';
import type { FormWriter } from './writer';

export interface QrSpec {
  /** What the code encodes (e.g. the tracking URL with its token). */
  data: string;
  /** Side of the symbol in mm (default 24). */
  sizeMm?: number;
  /** Lines printed centred under the symbol; the first in bold (e.g. the dossier code). */
  caption?: string[];
  /** 'float' keeps the symbol at the right while the next blocks flow at its left (default). */
  placement?: 'float' | 'right' | 'center';
  errorCorrection?: 'L' | 'M' | 'Q' | 'H';
}

/**
 * Draws a QR code as vector squares (crisp on any printer, a few hundred bytes, no image
 * decoding), one path filled at once so rasterisers leave no seams between modules.
 */
export function drawQr(w: FormWriter, q: QrSpec): void {
  const qr = QRCode.create(q.data, { errorCorrectionLevel: q.errorCorrection ?? 'M' });
  const n = qr.modules.size;
  const side = mm(q.sizeMm ?? 24);
  const cell = side / n;
  const captionScale = 0.72;
  const caption = q.caption ?? [];
  const captionW = Math.max(0, ...caption.map((c, i) => w.textWidth(c, i === 0 ? 'bold' : 'italic', captionScale)));
  const boxW = Math.max(side, captionW) + mm(1);
  const captionH = caption.length * w.lineHeight(captionScale);
  const placement = q.placement ?? 'float';
  if (placement !== 'float') w.clearFloat();
  w.ensure(side + captionH);

  const top = w.y;
  const boxX = placement === 'center' ? w.left + (w.width - boxW) / 2 : w.right - boxW;
  const x0 = boxX + (boxW - side) / 2;
  const doc = w.doc;
  doc.save();
  for (let r = 0; r < n; r++) {
    let c = 0;
    while (c < n) {
      if (!qr.modules.get(r, c)) {
        c++;
        continue;
      }
      const start = c;
      while (c < n && qr.modules.get(r, c)) c++;
      doc.rect(x0 + start * cell, top + r * cell, (c - start) * cell, cell);
    }
  }
  doc.fill('black').restore();

  let y = top + side + mm(0.8);
  caption.forEach((line, i) => {
    y = w.writeAt(line, y, { x: boxX - mm(2), width: boxW + mm(4), align: 'center', style: i === 0 ? 'bold' : 'italic', scale: captionScale });
  });

  if (placement === 'float') w.floatRight(boxW + mm(3), y);
  else w.y = y + mm(1);
}
