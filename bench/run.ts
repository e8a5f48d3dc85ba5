import { benchCalendar } from './calendar.bench';

type Row = { name: string; value: string };
type Bench = { title: string; run: () => Promise<Row[]> };

/** Each benchmark prints ratios or figures measured in this one run: these 2-core machines are noisy. */
const BENCHES: Bench[] = [{ title: 'Due-date engine', run: benchCalendar }];

async function optional(path: string, exportName: string, title: string): Promise<Bench | null> {
  try {
    const module = await import(path);
    return typeof module[exportName] === 'function' ? { title, run: module[exportName] } : null;
  } catch {
    return null;
  }
}

function print(title: string, rows: Row[]): void {
  const width = Math.max(...rows.map((r) => r.name.length), 10);
  console.log(`\n${title}`);
  console.log(`${'-'.repeat(width)}  ${'-'.repeat(30)}`);
  for (const row of rows) console.log(`${row.name.padEnd(width)}  ${row.value}`);
}

async function main(): Promise<void> {
  const extra = await Promise.all([
    optional('./receipt.bench', 'benchReceipt', 'Giấy hẹn (form 01) PDF'),
    optional('./reports.bench', 'benchReports', 'Biểu 06 report'),
  ]);
  for (const bench of [...BENCHES, ...extra.filter((b): b is Bench => b !== null)]) {
    print(bench.title, await bench.run());
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
