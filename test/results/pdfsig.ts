import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** poppler's pdfsig on the bytes: its report (signature and certificate lines). */
export function pdfsig(pdf: Buffer): string {
  const dir = mkdtempSync(join(tmpdir(), 'motcua-pdfsig-'));
  try {
    const file = join(dir, 'signed.pdf');
    writeFileSync(file, pdf);
    try {
      return execFileSync('pdfsig', [file], { encoding: 'utf8' });
    } catch (error) {
      const failed = error as { stdout?: string; stderr?: string };
      return `${failed.stdout ?? ''}${failed.stderr ?? ''}`;
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
