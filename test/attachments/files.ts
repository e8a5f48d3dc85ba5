import PDFDocument from 'pdfkit';
import { PNG } from 'pngjs';

/** A one-page PDF written by pdfkit (a scanned document or a result to sign). */
export async function onePagePdf(text = 'Giấy tờ thử nghiệm'): Promise<Buffer> {
  const doc = new PDFDocument({ size: 'A4' });
  const chunks: Buffer[] = [];
  doc.on('data', (c: Buffer) => chunks.push(c));
  const done = new Promise((resolve) => doc.on('end', resolve));
  doc.fontSize(20).text(text.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/đ/g, 'd').replace(/Đ/g, 'D'), 72, 72);
  doc.end();
  await done;
  return Buffer.concat(chunks);
}

export function smallPng(width = 4, height = 4): Buffer {
  const png = new PNG({ width, height });
  png.data.fill(200);
  return PNG.sync.write(png);
}

/** The start of a JPEG (SOI + JFIF APP0): enough for a judgement by bytes. */
export const JPEG_BYTES = Buffer.concat([Buffer.from('ffd8ffe000104a46494600010100000100010000', 'hex'), Buffer.alloc(64, 0x11), Buffer.from('ffd9', 'hex')]);

export interface Part {
  name: string;
  value: string | { bytes: Buffer; type: string; fileName: string };
}

/** POST multipart/form-data with the staff token, answering {status, body}. */
export async function postMultipart(baseUrl: string, path: string, token: string | undefined, parts: Part[]): Promise<{ status: number; body: any }> {
  const form = new FormData();
  for (const part of parts) {
    if (typeof part.value === 'string') form.append(part.name, part.value);
    else form.append(part.name, new Blob([part.value.bytes], { type: part.value.type }), part.value.fileName);
  }
  const response = await fetch(`${baseUrl}${path}`, { method: 'POST', body: form, headers: token ? { authorization: `Bearer ${token}` } : {} });
  const text = await response.text();
  return { status: response.status, body: (response.headers.get('content-type') ?? '').includes('json') && text ? JSON.parse(text) : text };
}

/** A staff bearer token (demo password). */
export async function tokenOf(baseUrl: string, username: string): Promise<string> {
  const response = await fetch(`${baseUrl}/api/v1/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ username, password: 'demo12345' }) });
  return ((await response.json()) as { accessToken: string }).accessToken;
}
