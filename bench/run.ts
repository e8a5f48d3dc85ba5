/**
 * `npm run bench`: every benchmark, one table each. Figures are ratios or times measured in this one
 * run (these 2-core machines are noisy); docs/performance.md records one run and how to read it.
 *
 *   node dist/bench/run.js [--only calendar,receipt,reports,digitise,service,dvcqg] [--report-dossiers N] [--report-months M] [--report-database-url URL]
 *                          [--dossiers N] [--months M] [--seconds S] [--concurrency C]
 *
 * --report-dossiers (or MOTCUA_BENCH_REPORT_DOSSIERS, default 1,000,000) sizes the Biểu 06 table, generated
 * in a fresh embedded PostgreSQL, or kept in --report-database-url (reused by the next run of the same size);
 * --dossiers, --months, --seconds and --concurrency are the service benchmark's (bench/service.bench.ts).
 */
import { benchCalendar } from './calendar.bench';
import { benchDvcqg } from './dvcqg.bench';
import { benchDigitise } from './digitise.bench';
import { benchReceipt } from './receipt.bench';
import { benchReports } from './reports.bench';
import { benchService, serviceBenchOptions } from './service.bench';

type Row = { name: string; value: string };
type Bench = { key: string; title: string; run: () => Promise<Row[]> };

function flag(name: string): string | undefined {
  const index = process.argv.indexOf(`--${name}`);
  if (index >= 0) return process.argv[index + 1];
  return process.argv.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3);
}

function positive(name: string, raw: string | undefined): number | undefined {
  if (raw === undefined || raw === '') return undefined;
  const value = Number(raw);
  if (!Number.isInteger(value) || value <= 0) throw new Error(`--${name} must be a whole number > 0, got ${raw}`);
  return value;
}

const BENCHES: Bench[] = [
  { key: 'calendar', title: 'Due-date engine vs day-by-day loop', run: benchCalendar },
  { key: 'receipt', title: 'Giấy hẹn (form 01) PDF', run: () => benchReceipt() },
  {
    key: 'reports',
    title: 'Biểu 06 and on-time rates over a large table',
    run: () =>
      benchReports({
        databaseUrl: flag('report-database-url'),
        dossiers: positive('report-dossiers', flag('report-dossiers')),
        months: positive('report-months', flag('report-months')),
      }),
  },
  { key: 'digitise', title: 'Digitised documents and results: 5 MB upload, PAdES signing', run: benchDigitise },
  { key: 'service', title: 'Service under load (public look-up, intake, memory)', run: () => benchService(serviceBenchOptions()) },
  { key: 'dvcqg', title: 'DVCQG sync: intake with sync off vs on, draining the outbox into the portal simulator', run: () => benchDvcqg() },
];

function print(title: string, rows: Row[]): void {
  const width = Math.max(...rows.map((r) => r.name.length), 10);
  console.log(`\n${title}`);
  console.log(`${'-'.repeat(width)}  ${'-'.repeat(30)}`);
  for (const row of rows) console.log(`${row.name.padEnd(width)}  ${row.value}`);
}

async function main(): Promise<void> {
  const only = flag('only')?.split(',').map((s) => s.trim());
  const unknown = only?.filter((key) => !BENCHES.some((b) => b.key === key)) ?? [];
  if (unknown.length > 0) throw new Error(`--only: unknown benchmark ${unknown.join(', ')} (known: ${BENCHES.map((b) => b.key).join(', ')})`);
  const started = Date.now();
  for (const bench of BENCHES.filter((b) => !only || only.includes(b.key))) {
    const benchStarted = Date.now();
    const rows = await bench.run();
    rows.push({ name: 'benchmark wall time', value: `${((Date.now() - benchStarted) / 1000).toFixed(0)} s` });
    print(bench.title, rows);
  }
  console.log(`\nAll benchmarks: ${((Date.now() - started) / 1000).toFixed(0)} s`);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
