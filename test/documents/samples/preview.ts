/**
 * Writes every form rendered from the samples into a folder, to look at them:
 *   npx tsc -p tsconfig.json --outDir tmp/preview && node tmp/preview/test/documents/samples/preview.js /tmp/forms
 *   (cd /tmp/forms && for f in *.pdf; do pdftoppm -r 80 -png "$f" "${f%.pdf}"; done)
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { renderAllSamples } from './all.sample';

async function main(): Promise<void> {
  const dir = process.argv[2] ?? '/tmp/forms';
  mkdirSync(dir, { recursive: true });
  for (const [name, pdf] of Object.entries(await renderAllSamples())) {
    writeFileSync(join(dir, `${name}.pdf`), pdf);
    process.stdout.write(`${name}.pdf ${pdf.length} bytes\n`);
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`${String(error instanceof Error ? error.stack : error)}\n`);
  process.exitCode = 1;
});
