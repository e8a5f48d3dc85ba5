/** Paper sizes, orientation and margins, in millimetres for callers and points for PDFKit. */
export type PaperSize = 'A4' | 'A5';
export type Orientation = 'portrait' | 'landscape';

export interface MarginsMm {
  top: number;
  right: number;
  bottom: number;
  left: number;
}

export interface PageSetup {
  /** Default A5 (slips, TT 01/2018 Art. 9.2). */
  size?: PaperSize;
  orientation?: Orientation;
  /** Any side left out keeps the default for the paper size and orientation. */
  marginsMm?: Partial<MarginsMm>;
  /** Body text size in points; default 10 on A5, 13 on A4 portrait, 12 on A4 landscape. */
  baseFontSize?: number;
}

export interface ResolvedPage {
  size: PaperSize;
  orientation: Orientation;
  /** Page size in points. */
  width: number;
  height: number;
  margins: MarginsMm; // points
  baseFontSize: number;
}

export const PT_PER_MM = 72 / 25.4;
export const mm = (value: number): number => value * PT_PER_MM;

const PAPER_MM: Record<PaperSize, [number, number]> = { A4: [210, 297], A5: [148, 210] };

/**
 * Default margins: A4 portrait follows Nghị định 30/2020 (top/bottom 20, left 30, right 15 mm);
 * the smaller sheets keep the left (binding) margin a little wider.
 */
function defaultMarginsMm(size: PaperSize, orientation: Orientation): MarginsMm {
  if (size === 'A4' && orientation === 'portrait') return { top: 20, right: 15, bottom: 20, left: 30 };
  if (size === 'A4') return { top: 15, right: 15, bottom: 15, left: 20 };
  if (orientation === 'portrait') return { top: 8, right: 9, bottom: 8, left: 12 };
  return { top: 10, right: 10, bottom: 10, left: 12 };
}

function defaultFontSize(size: PaperSize, orientation: Orientation): number {
  if (size === 'A5') return 10;
  return orientation === 'portrait' ? 13 : 12;
}

export function resolvePage(setup: PageSetup = {}): ResolvedPage {
  const size = setup.size ?? 'A5';
  if (!(size in PAPER_MM)) throw new RangeError(`Unsupported paper size ${String(size)}`);
  const orientation = setup.orientation ?? 'portrait';
  const [shortMm, longMm] = PAPER_MM[size];
  const [wMm, hMm] = orientation === 'portrait' ? [shortMm, longMm] : [longMm, shortMm];
  const m = { ...defaultMarginsMm(size, orientation), ...setup.marginsMm };
  return {
    size,
    orientation,
    width: mm(wMm),
    height: mm(hMm),
    margins: { top: mm(m.top), right: mm(m.right), bottom: mm(m.bottom), left: mm(m.left) },
    baseFontSize: setup.baseFontSize ?? defaultFontSize(size, orientation),
  };
}
