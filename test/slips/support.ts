import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Server } from 'node:http';
import type { ApiClient } from '../support/http';
import type { TestApp } from '../support/test-app';

export const local = (iso: string) => new Date(`${iso}+07:00`).toISOString();

/**
 * Keeps idle keep-alive sockets open longer than any local step of these tests (rasterising,
 * parsing): Node's default of 5 s races with fetch reusing the socket after a long pause (ECONNRESET).
 */
export function patientKeepAlive(t: TestApp): void {
  (t.app.getHttpServer() as Server).keepAliveTimeout = 120_000;
}

/**
 * Downloads a document and checks the headers every printed form shares. With SLIPS_PREVIEW_DIR set,
 * the file is also written there (for pdftoppm and a person's eyes).
 */
export async function download(client: ApiClient, path: string, preview?: string): Promise<{ body: Buffer; headers: Headers }> {
  const response = await client.getBuffer(path);
  if (response.status !== 200) throw new Error(`GET ${path} answered ${response.status}: ${response.body.toString('utf8').slice(0, 300)}`);
  expect(response.headers.get('cache-control')).toBe('private, no-store');
  const dir = process.env.SLIPS_PREVIEW_DIR;
  if (dir && preview) {
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, preview), response.body);
  }
  return response;
}

export async function pdf(client: ApiClient, path: string, preview?: string): Promise<Buffer> {
  const { body, headers } = await download(client, path, preview);
  expect(headers.get('content-type')).toMatch(/^application\/pdf/);
  expect(headers.get('content-disposition')).toMatch(/^inline; filename="[A-Za-z0-9._-]+\.pdf"$/);
  expect(body.subarray(0, 5).toString('latin1')).toBe('%PDF-');
  return body;
}
