/**
 * Test helpers: read the text back out of a rendered PDF (pdf-parse), rasterise a page with
 * poppler's pdftoppm and decode QR codes from it (jsQR). Dev dependencies only; used by specs.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface PdfText {
  /** All pages, whitespace (including no-break spaces) folded to single spaces. */
  text: string;
  pages: string[];
  total: number;
}

const fold = (s: string): string => s.replace(/\s+/g, ' ').trim();

/**
 * pdf.js (inside pdf-parse) loads its worker with a dynamic import(), which Jest's module sandbox
 * refuses without --experimental-vm-modules; so the parsing runs in a plain Node child process.
 */
const PARSE_SCRIPT = `
const { PDFParse } = require(process.argv[1]);
const chunks = [];
process.stdin.on('data', (c) => chunks.push(c));
process.stdin.on('end', async () => {
  const parser = new PDFParse({ data: new Uint8Array(Buffer.concat(chunks)) });
  try {
    const text = await parser.getText();
    const info = await parser.getInfo();
    process.stdout.write(JSON.stringify({ text: text.text, pages: text.pages.map((p) => p.text), total: text.total, info: info.info }));
  } finally {
    await parser.destroy();
  }
});
`;

interface Parsed {
  text: string;
  pages: string[];
  total: number;
  info: Record<string, unknown>;
}

function parse(pdf: Buffer): Parsed {
  const out = execFileSync(process.execPath, ['-e', PARSE_SCRIPT, require.resolve('pdf-parse')], {
    input: pdf,
    maxBuffer: 64 * 1024 * 1024,
  });
  return JSON.parse(out.toString('utf8')) as Parsed;
}

export async function pdfText(pdf: Buffer): Promise<PdfText> {
  const result = parse(pdf);
  return { text: fold(result.text), pages: result.pages.map(fold), total: result.total };
}

/** The document information dictionary (Title, CreationDate "D:YYYYMMDDHHmmSSZ", …). */
export async function pdfInfo(pdf: Buffer): Promise<Record<string, unknown>> {
  return parse(pdf).info ?? {};
}

/** Page sizes in points, read from the /MediaBox entries (PDFKit writes one per page). */
export function mediaBoxes(pdf: Buffer): Array<[number, number]> {
  const boxes = [...pdf.toString('latin1').matchAll(/\/MediaBox \[0 0 ([\d.]+) ([\d.]+)\]/g)];
  return boxes.map((m) => [Number(m[1]), Number(m[2])]);
}

export function hasPdftoppm(): boolean {
  const probe = spawnSync('pdftoppm', ['-v'], { stdio: 'ignore' });
  return !probe.error;
}

/** Rasterises one page (1-based) to RGBA pixels. */
export function rasterise(pdf: Buffer, page = 1, dpi = 150): { width: number; height: number; data: Uint8ClampedArray } {
  const { PNG } = require('pngjs') as typeof import('pngjs');
  const dir = mkdtempSync(join(tmpdir(), 'motcua-pdf-'));
  try {
    const input = join(dir, 'in.pdf');
    writeFileSync(input, pdf);
    execFileSync('pdftoppm', ['-r', String(dpi), '-png', '-f', String(page), '-l', String(page), '-singlefile', input, join(dir, 'out')]);
    const png = PNG.sync.read(readFileSync(join(dir, 'out.png')));
    return { width: png.width, height: png.height, data: new Uint8ClampedArray(png.data.buffer, png.data.byteOffset, png.data.length) };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Decodes the first QR code found on a page, or undefined. */
export function decodeQr(pdf: Buffer, page = 1): string | undefined {
  const jsQR = require('jsqr') as typeof import('jsqr').default;
  const image = rasterise(pdf, page);
  return jsQR(image.data, image.width, image.height)?.data;
}

