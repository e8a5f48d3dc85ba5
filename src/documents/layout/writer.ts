import PDFDocument from 'pdfkit';
import { breakLines, type Line, type Measurer } from './flow';
import { parsedFonts, shareLayoutCaches, type FontStyle } from './fonts';
import { mm, resolvePage, type PageSetup, type ResolvedPage } from './page';

/** A piece of text with its own emphasis; a plain string is regular. */
export type Run = string | { text: string; bold?: boolean; italic?: boolean };
/** One run or several (nested lists are flattened) that flow together on the same lines. */
export type RichText = Run | readonly RichText[];

function flatRuns(text: RichText, out: Run[] = []): Run[] {
  if (typeof text === 'string' || !Array.isArray(text)) out.push(text as Run);
  else for (const part of text as readonly RichText[]) flatRuns(part, out);
  return out;
}

export type Align = 'left' | 'center' | 'right' | 'justify';

export interface TextOptions {
  x?: number;
  width?: number;
  align?: Align;
  /** Style of plain-string runs. */
  style?: FontStyle;
  /** Size relative to the page's base font size. */
  scale?: number;
  /** First-line indent in points. */
  indent?: number;
  /** Evens out the lines of wrapped (centred) text instead of filling the first ones. */
  balance?: boolean;
}

export interface DocumentInfo {
  title: string;
  subject?: string;
  author?: string;
  keywords?: string;
  /** Written as the PDF CreationDate: take it from the data (never "now") so reprints are identical. */
  createdAt: Date;
}

export interface StyledRun {
  text: string;
  style: FontStyle;
}

const styleOf = (bold: boolean, italic: boolean): FontStyle =>
  bold ? (italic ? 'boldItalic' : 'bold') : italic ? 'italic' : 'regular';

/** Vietnamese typed as base letter + combining marks is folded to the precomposed letters the font has. */
export const nfc = (text: string): string => text.normalize('NFC');

export function runsOf(text: RichText, base: FontStyle = 'regular'): StyledRun[] {
  const list = flatRuns(text);
  const baseBold = base === 'bold' || base === 'boldItalic';
  const baseItalic = base === 'italic' || base === 'boldItalic';
  return list
    .map((run) =>
      typeof run === 'string'
        ? { text: nfc(run), style: base }
        : { text: nfc(run.text), style: styleOf(run.bold ?? baseBold, run.italic ?? baseItalic) },
    )
    .filter((run) => run.text.length > 0);
}

export const plainText = (text: RichText): string => runsOf(text).map((r) => r.text).join('');

/**
 * Cursor-based writer over one PDFKit document. PDFKit's own margins are zero so it never breaks
 * pages by itself: every block measures what it draws and calls ensure() first.
 */
export class FormWriter {
  readonly doc: PDFKit.PDFDocument;
  readonly page: ResolvedPage;
  y: number;
  private float: { width: number; bottom: number } | undefined;
  private readonly pageListeners: Array<() => void> = [];

  constructor(setup: PageSetup, info: DocumentInfo) {
    this.page = resolvePage(setup);
    const fonts = parsedFonts();
    this.doc = new PDFDocument({
      size: [this.page.width, this.page.height],
      margins: { top: 0, right: 0, bottom: 0, left: 0 },
      bufferPages: true,
      lang: 'vi-VN',
      displayTitle: true,
      // No default font: PDFKit would otherwise parse Helvetica for nothing. (Passing our buffer
      // here instead makes every later font('regular') re-parse the TTF: PDFKit caches a font
      // under its registered name only when it is first opened by that name.)
      font: null as unknown as string,
      info: {
        Title: nfc(info.title),
        ...(info.subject ? { Subject: nfc(info.subject) } : {}),
        ...(info.author ? { Author: nfc(info.author) } : {}),
        ...(info.keywords ? { Keywords: nfc(info.keywords) } : {}),
        Creator: 'motcua',
        Producer: 'motcua (PDFKit)',
        CreationDate: new Date(info.createdAt.getTime()),
      },
    });
    const styles = Object.keys(fonts) as FontStyle[];
    for (const style of styles) this.doc.registerFont(style, fonts[style] as Buffer);
    shareLayoutCaches(this.doc, styles);
    this.doc.font('regular');
    this.y = this.top;
  }

  get left(): number {
    return this.page.margins.left;
  }
  get right(): number {
    return this.page.width - this.page.margins.right;
  }
  get top(): number {
    return this.page.margins.top;
  }
  get bottom(): number {
    return this.page.height - this.page.margins.bottom;
  }
  /** Full content width, ignoring any floating box. */
  get width(): number {
    return this.right - this.left;
  }
  /** Width left for flowing text at the cursor (narrower beside a box floated right). */
  get flowWidth(): number {
    return this.float && this.y < this.float.bottom ? this.width - this.float.width : this.width;
  }
  get pageCount(): number {
    return this.doc.bufferedPageRange().count;
  }
  get remaining(): number {
    return this.bottom - this.y;
  }

  fontSize(scale = 1): number {
    return this.page.baseFontSize * scale;
  }
  lineGap(scale = 1): number {
    return this.fontSize(scale) * 0.1;
  }
  lineHeight(scale = 1, style: FontStyle = 'regular'): number {
    this.use(style, scale);
    return this.doc.currentLineHeight(true) + this.lineGap(scale);
  }

  use(style: FontStyle, scale = 1): PDFKit.PDFDocument {
    return this.doc.font(style).fontSize(this.fontSize(scale));
  }

  textWidth(text: string, style: FontStyle = 'regular', scale = 1): number {
    this.use(style, scale);
    return this.doc.widthOfString(nfc(text));
  }

  /** Lines of wrapped text, broken by our own line breaker (exact, shared by measure and write). */
  layout(text: RichText, options: TextOptions = {}): { lines: Line[]; runs: StyledRun[] } {
    const runs = runsOf(text, options.style);
    const scale = options.scale ?? 1;
    const size = this.fontSize(scale);
    const measurer: Measurer = {
      width: (t, style) => this.doc.font(style).fontSize(size).widthOfString(t),
      space: this.doc.font('regular').fontSize(size).widthOfString(' '),
    };
    const width = options.width ?? this.flowWidth;
    const indent = options.indent ?? 0;
    let lines = runs.length ? breakLines(runs, width, measurer, indent) : [];
    if (options.balance && lines.length > 1) {
      // Narrowest width that keeps the same number of lines without cutting a word.
      const longest = Math.max(...lines.flatMap((l) => l.words.map((word) => word.width)));
      if (longest >= width) return { lines, runs };
      let lo = Math.max(width / lines.length, longest);
      let hi = width;
      for (let i = 0; i < 12; i++) {
        const mid = (lo + hi) / 2;
        if (breakLines(runs, mid, measurer, indent).length <= lines.length) hi = mid;
        else lo = mid;
      }
      lines = breakLines(runs, hi, measurer, indent);
    }
    return { lines, runs };
  }

  /** Height of wrapped text at the given width and size. */
  measure(text: RichText, options: TextOptions = {}): number {
    return this.layout(text, options).lines.length * this.lineHeight(options.scale ?? 1);
  }

  /** Starts a new page unless `height` still fits; returns true when it did. */
  ensure(height: number): boolean {
    if (this.y + height <= this.bottom + 0.01 || this.y <= this.top + 0.01) return false;
    this.addPage();
    return true;
  }

  addPage(): void {
    this.doc.addPage({ size: [this.page.width, this.page.height], margins: { top: 0, right: 0, bottom: 0, left: 0 } });
    this.y = this.top;
    this.float = undefined;
    for (const listener of this.pageListeners) listener();
  }

  /** Called after every page break (e.g. to repeat a table header); returns an unsubscribe. */
  onPageAdded(listener: () => void): () => void {
    this.pageListeners.push(listener);
    return () => {
      const i = this.pageListeners.indexOf(listener);
      if (i >= 0) this.pageListeners.splice(i, 1);
    };
  }

  space(millimetres: number): void {
    this.y += mm(millimetres);
  }

  /** Keeps the right `width` points free for flowing text until the cursor passes `bottom`. */
  floatRight(width: number, bottom: number): void {
    this.float = { width, bottom };
  }

  clearFloat(): void {
    if (this.float) this.y = Math.max(this.y, this.float.bottom);
    this.float = undefined;
  }

  /**
   * Draws (possibly mixed-style) wrapped text at the cursor and moves the cursor below it,
   * continuing on a new page when a line would cross the bottom margin.
   */
  write(text: RichText, options: TextOptions = {}): void {
    const { lines } = this.layout(text, options);
    const lh = this.lineHeight(options.scale ?? 1);
    for (const line of lines) {
      if (this.y + lh > this.bottom + 0.01 && this.y > this.top + 0.01) this.addPage();
      this.drawLine(line, this.y, options);
      this.y += lh;
    }
  }

  /** Draws text with its top at `y` without touching the cursor or breaking pages; returns the y below it. */
  writeAt(text: RichText, y: number, options: TextOptions = {}): number {
    const { lines } = this.layout(text, options);
    const lh = this.lineHeight(options.scale ?? 1);
    let top = y;
    for (const line of lines) {
      this.drawLine(line, top, options);
      top += lh;
    }
    return top;
  }

  private drawLine(line: Line, top: number, options: TextOptions): void {
    const size = this.fontSize(options.scale ?? 1);
    const x0 = options.x ?? this.left;
    const width = options.width ?? this.flowWidth;
    const align = options.align ?? 'left';
    const space = this.doc.font('regular').fontSize(size).widthOfString(' ');
    const indent = line.first ? (options.indent ?? 0) : 0;
    const room = width - indent;
    let x = x0 + indent;
    if (align === 'center') x += (room - line.width) / 2;
    else if (align === 'right') x += room - line.width;
    const justify = align === 'justify' && !line.last && line.words.length > 1;
    if (justify) {
      // Words placed one by one, the slack shared between the gaps.
      const gap = space + (room - line.width) / (line.words.length - 1);
      for (const word of line.words) {
        let wx = x;
        for (const piece of word.pieces) {
          this.doc.font(piece.style).fontSize(size).text(piece.text, wx, top, { lineBreak: false });
          wx += piece.width;
        }
        x += word.width + gap;
      }
      return;
    }
    // Consecutive text in the same face goes out in one piece, spaces included.
    const segments: Array<{ text: string; style: FontStyle }> = [];
    line.words.forEach((word, i) => {
      word.pieces.forEach((piece, j) => {
        const last = segments[segments.length - 1];
        const prefix = i > 0 && j === 0 ? ' ' : '';
        if (last && last.style === piece.style) last.text += prefix + piece.text;
        else {
          if (prefix && last) last.text += prefix;
          segments.push({ text: piece.text, style: piece.style });
        }
      });
    });
    for (const seg of segments) {
      const doc = this.doc.font(seg.style).fontSize(size);
      doc.text(seg.text, x, top, { lineBreak: false });
      x += doc.widthOfString(seg.text);
    }
  }

  hline(x1: number, x2: number, y: number, width = 0.6): void {
    this.doc.save().lineWidth(width).moveTo(x1, y).lineTo(x2, y).stroke('black').restore();
  }

  /** Writes "Trang i/n" at the foot of every page when there is more than one. */
  numberPages(format: (page: number, total: number) => string = (p, n) => `Trang ${p}/${n}`): void {
    const range = this.doc.bufferedPageRange();
    if (range.count < 2) return;
    for (let i = 0; i < range.count; i++) {
      this.doc.switchToPage(range.start + i);
      this.use('italic', 0.8);
      const y = this.bottom + (this.page.margins.bottom - this.doc.currentLineHeight()) / 2;
      this.doc.text(format(i + 1, range.count), this.left, y, { width: this.width, align: 'center', lineBreak: false });
    }
  }

  finish(): Promise<Buffer> {
    return new Promise((resolve, reject) => {
      const chunks: Buffer[] = [];
      this.doc.on('data', (chunk: Buffer) => chunks.push(chunk));
      this.doc.on('end', () => resolve(Buffer.concat(chunks)));
      this.doc.on('error', reject);
      this.doc.flushPages();
      this.doc.end();
    });
  }
}
