import { existsSync, readFileSync } from 'node:fs';
import PDFDocument from 'pdfkit';
import { dirname, join } from 'node:path';

export type FontStyle = 'regular' | 'bold' | 'italic' | 'boldItalic';

const FILES: Record<FontStyle, string> = {
  regular: 'LiberationSerif-Regular.ttf',
  bold: 'LiberationSerif-Bold.ttf',
  italic: 'LiberationSerif-Italic.ttf',
  boldItalic: 'LiberationSerif-BoldItalic.ttf',
};

/**
 * Folder holding the committed fonts: walks up from this file until it finds assets/fonts, so it
 * works from src/ (Jest) and from dist/src/ (compiled build) alike.
 */
export function findFontsDir(start: string = __dirname): string {
  let dir = start;
  for (;;) {
    const candidate = join(dir, 'assets', 'fonts');
    if (existsSync(join(candidate, FILES.regular))) return candidate;
    const parent = dirname(dir);
    if (parent === dir) throw new Error(`assets/fonts/${FILES.regular} not found above ${start}`);
    dir = parent;
  }
}

interface FontkitFont {
  layout?: unknown;
  characterSet?: number[];
  glyphForCodePoint?(codePoint: number): unknown;
}

let cache: Record<FontStyle, Buffer> | undefined;
let parsed: Record<FontStyle, object | Buffer> | undefined;

/** The four Liberation Serif faces (Times New Roman metrics, full Vietnamese coverage), read once. */
export function fontBuffers(): Record<FontStyle, Buffer> {
  if (!cache) {
    const dir = findFontsDir();
    cache = {
      regular: readFileSync(join(dir, FILES.regular)),
      bold: readFileSync(join(dir, FILES.bold)),
      italic: readFileSync(join(dir, FILES.italic)),
      boldItalic: readFileSync(join(dir, FILES.boldItalic)),
    };
  }
  return cache;
}

/**
 * The four faces parsed once per process, as the fontkit objects PDFKit accepts in registerFont().
 * PDFKit would otherwise parse ~1.5 MB of TrueType tables for every document (most of the render
 * time). The objects are obtained through a throw-away PDFKit document, so fontkit need not be a
 * direct dependency; if PDFKit's internals ever change, the raw buffers are used instead.
 */
export function parsedFonts(): Record<FontStyle, object | Buffer> {
  if (!parsed) {
    const buffers = fontBuffers();
    const out = {} as Record<FontStyle, object | Buffer>;
    for (const style of Object.keys(buffers) as FontStyle[]) {
      const probe = new PDFDocument({ autoFirstPage: false, font: null as unknown as string });
      probe.font(buffers[style]);
      const font = (probe as unknown as { _font?: { font?: FontkitFont } })._font?.font;
      if (font && typeof font.layout === 'function' && typeof font.glyphForCodePoint === 'function' && font.characterSet) {
        // fontkit caches glyph objects by id with the code points of whoever asked first; the
        // subsetter asks for accent components (the "a" inside "ạ") with none, which on a shared
        // font would lose "a" from a later document's ToUnicode map (text extraction, search,
        // and byte-identical reprints). Creating every mapped glyph first pins its code point.
        for (const codePoint of font.characterSet) font.glyphForCodePoint(codePoint);
        out[style] = font;
      } else {
        out[style] = buffers[style];
      }
    }
    parsed = out;
  }
  return parsed;
}

/**
 * Text shaping results shared by all documents (PDFKit keeps one cache per document and face, so
 * every document would shape the same words again). Safe because the fontkit objects are shared
 * and PDFKit never mutates a cached run; dropped every few hundred documents to bound memory.
 */
const SHARED_LAYOUT_RESET_EVERY = 300;
let sharedLayout: Partial<Record<FontStyle, object>> = {};
let documentsSinceReset = 0;

export function shareLayoutCaches(doc: PDFKit.PDFDocument, styles: FontStyle[]): void {
  if (++documentsSinceReset > SHARED_LAYOUT_RESET_EVERY) {
    sharedLayout = {};
    documentsSinceReset = 1;
  }
  const fonts = parsedFonts();
  const internal = doc as unknown as { _font?: { font?: unknown; layoutCache?: object } };
  for (const style of styles) {
    doc.font(style);
    const font = internal._font;
    if (!font || !font.layoutCache || font.font !== fonts[style] || Buffer.isBuffer(fonts[style])) continue;
    font.layoutCache = sharedLayout[style] ??= Object.create(null) as object;
  }
}
