/**
 * Rendering time and size of form 01 (receipt and appointment slip with QR), after warm-up.
 * Goal: mean < 30 ms, file < 60 KB. Run by bench/run.ts.
 */
import { performance } from 'node:perf_hooks';
import { renderReceipt } from '../src/documents/forms/receipt';
import { sampleReceipt } from '../test/documents/samples/receipt.sample';

export async function benchReceipt(runs = 200, warmUp = 20): Promise<{ name: string; value: string }[]> {
  const view = sampleReceipt();
  let size = 0;
  for (let i = 0; i < warmUp; i++) size = (await renderReceipt(view)).length;
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    size = (await renderReceipt(view)).length;
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  const mean = times.reduce((a, b) => a + b, 0) / times.length;
  const p95 = times[Math.min(times.length - 1, Math.ceil(times.length * 0.95) - 1)];
  return [
    { name: 'receipt.pdf render mean (ms, goal < 30)', value: mean.toFixed(2) },
    { name: 'receipt.pdf render p95 (ms)', value: p95.toFixed(2) },
    { name: 'receipt.pdf size (KB, goal < 60)', value: (size / 1024).toFixed(1) },
  ];
}
