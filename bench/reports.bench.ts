/**
 * Biểu 06 over a large table (issue 20, province scale): N dossiers (default 1,000,000) spread over M
 * months (default 24) in 100 communes of one province, written by COPY (bench/report-copy-load.ts)
 * with the roll-up triggers on, then the report for a closed month timed for one commune and for
 * the whole province, from the monthly roll-up and, for the ratio, from the dossiers themselves.
 * Goals: < 100 ms per commune-month, < 1 s per province-month, at 10M dossiers.
 *
 * benchReports({ databaseUrl }) uses that database (migrated first; the generated agencies and
 * dossiers are prefixed BENCH and reused by the next run when N is the same); without a URL an
 * embedded PostgreSQL is started in a temporary folder and removed afterwards.
 * MOTCUA_BENCH_REPORT_DOSSIERS and MOTCUA_BENCH_REPORT_MONTHS change N and M.
 */
import { chmodSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { DataSource } from 'typeorm';
import { startEmbeddedPostgres, type EmbeddedDatabase } from '../src/database/embedded-postgres';
import { withDatabase } from '../src/database/database-url';
import { ensureDatabase, runMigrations } from '../src/database/migrate';
import { type LocalPeriod, localPeriod } from '../src/reports/report-period';
import { ReportQueries, wholeMonths } from '../src/reports/report.queries';
import { copyLoad } from './report-copy-load';
import { freePort } from './load';

type Row = { name: string; value: string };

export interface ReportsBenchOptions {
  databaseUrl?: string;
  dossiers?: number;
  months?: number;
}

const COMMUNES = 100;
const PROVINCE = 'BENCH.00';
/** The generated window ends here, in November: October is a closed month, November the running one. */
const END = '2026-11-28';
const RUNS = 5;

export async function benchReports(options: ReportsBenchOptions = {}): Promise<Row[]> {
  const dossiers = options.dossiers ?? Number(process.env.MOTCUA_BENCH_REPORT_DOSSIERS ?? 1_000_000);
  const months = options.months ?? Number(process.env.MOTCUA_BENCH_REPORT_MONTHS ?? 24);
  const { url, cleanup } = await database(options.databaseUrl);
  const db = new DataSource({ type: 'postgres', url, logging: false, extra: { max: 4 } });
  try {
    const loadAtStart = loadAverage();
    await runMigrations(url);
    await db.initialize();
    const generated = await generate(db, url, dossiers, months);
    const queries = new ReportQueries(db);
    const communes = Array.from({ length: COMMUNES }, (_, i) => communeCode(i + 1));
    const province = [PROVINCE, ...communes];
    const month = localPeriod('2026-10-01', '2026-10-31');
    const running = localPeriod('2026-11-01', '2026-11-30');
    const runningNow = new Date(Date.parse(`${END}T00:00:00+07:00`) - 3_600_000); // the last hour of the generated window
    const year = localPeriod('2025-11-01', '2026-10-31');
    const [{ n: rollupRows }] = await db.query(`SELECT count(*)::int AS n FROM report_monthly_counts WHERE agency_code LIKE 'BENCH.%'`);
    const rows: Row[] = [
      { name: 'load average at start (2 cores, shared)', value: loadAtStart },
      { name: 'dossiers in the table', value: `${generated.total.toLocaleString('en')} over ${months} months, ${COMMUNES} communes, ${generated.open.toLocaleString('en')} open at the end` },
      { name: 'generation (COPY, roll-up triggers on)', value: generated.seconds === null ? 'reused from an earlier run' : generated.seconds },
      { name: 'roll-up rows (agency × month × procedure)', value: rollupRows.toLocaleString('en') },
      { name: 'sizes: dossiers with indexes, roll-up (MB)', value: await sizes(db) },
      { name: 'dossiers in scope of October 2026 (province)', value: (await queries.processingCounts(province, month, 'field')).totals.received.total.toLocaleString('en') },
    ];
    const timed = async (name: string, work: () => Promise<unknown>) => {
      const times = await time(work);
      rows.push({ name, value: describe(times) });
      return median(times);
    };
    const communeRollup = await timed('Biểu 06, October, one commune, by field, roll-up + open (ms, goal < 100)', () => queries.processingCounts([communes[0]], month, 'field'));
    const communeDirect = await timed('Biểu 06, October, one commune, by field, from the dossiers (ms)', () => queries.processingCountsFromDossiers([communes[0]], month, 'field'));
    const provinceRollup = await timed(`Biểu 06, October, province + ${COMMUNES} communes, by field, roll-up + open (ms, goal < 1000)`, () => queries.processingCounts(province, month, 'field'));
    await timed(`Biểu 06, October, province + ${COMMUNES} communes, by procedure, roll-up + open (ms)`, () => queries.processingCounts(province, month, 'procedure'));
    const provinceDirect = await timed(`Biểu 06, October, province + ${COMMUNES} communes, by field, from the dossiers (ms)`, () => queries.processingCountsFromDossiers(province, month, 'field'));
    await timed(`Biểu 06, November running (judged at its last hour), province, roll-up + open (ms)`, () => queries.processingCounts(province, running, 'field', runningNow));
    await timed(`Biểu 06, a year (12 months), province, roll-up + open (ms)`, () => queries.processingCounts(province, year, 'field'));
    rows.push({ name: 'speed-up of the roll-up: commune, province', value: `${(communeDirect / communeRollup).toFixed(1)}×, ${(provinceDirect / provinceRollup).toFixed(1)}×` });
    if (generated.total <= 2_000_000) {
      await timed('on-time rates (3 definitions), one month, province (ms)', () => queries.onTimeCounts(province, month));
    }
    rows.push({ name: 'a closing UPDATE of one dossier: with the roll-up trigger, without (ms, mean of 500)', value: await triggerCost(db) });
    rows.push({ name: 'plan of Biểu 06 (province, October, roll-up)', value: await planSummary(() => new ReportQueries(explaining(db)).processingCounts(province, month, 'field')) });
    const planFile = await savePlans(db, queries, province, month);
    rows.push({ name: 'EXPLAIN (ANALYZE, BUFFERS) of both ways', value: planFile });
    rows.push({ name: 'load average at end', value: loadAverage() });
    return rows;
  } finally {
    if (db.isInitialized) await db.destroy();
    await cleanup();
  }
}

/**
 * What the roll-up costs a write: 500 single-row UPDATEs that change a closed dossier's status (so
 * its months are taken out and put back), with the triggers and with them disabled, in a
 * transaction rolled back afterwards.
 */
async function triggerCost(db: DataSource): Promise<string> {
  const runner = db.createQueryRunner();
  await runner.connect();
  try {
    await runner.startTransaction();
    const ids: string[] = (await runner.query(`SELECT id FROM dossiers WHERE code LIKE 'BENCH-%' AND status IN (9, 10) LIMIT 500`)).map((r: { id: string }) => r.id);
    const run = async () => {
      const start = performance.now();
      for (const id of ids) await runner.query(`UPDATE dossiers SET status = CASE status WHEN 10 THEN 9 ELSE 10 END WHERE id = $1`, [id]);
      return (performance.now() - start) / Math.max(1, ids.length);
    };
    await run(); // warm-up
    const withTrigger = await run();
    for (const op of ['insert', 'update', 'delete']) await runner.query(`ALTER TABLE dossiers DISABLE TRIGGER dossiers_report_counts_${op}`);
    await run();
    const without = await run();
    return `${withTrigger.toFixed(3)}, ${without.toFixed(3)}`;
  } finally {
    await runner.rollbackTransaction().catch(() => undefined);
    await runner.release();
  }
}

async function sizes(db: DataSource): Promise<string> {
  const [row] = await db.query(`SELECT pg_total_relation_size('dossiers') / 1048576 AS d, pg_total_relation_size('report_monthly_counts') / 1048576 AS r`);
  return `${Number(row.d).toLocaleString('en')}, ${Number(row.r).toLocaleString('en')}`;
}

function loadAverage(): string {
  return loadavg().map((l) => l.toFixed(2)).join(', ');
}

function median(sorted: number[]): number {
  return sorted[Math.floor(sorted.length / 2)];
}

/** EXPLAIN (ANALYZE, BUFFERS) of the roll-up statement and of the count from the dossiers, written to tmp/. */
async function savePlans(db: DataSource, queries: ReportQueries, province: string[], month: LocalPeriod): Promise<string> {
  const texts: string[] = [];
  const analysing = (title: string) =>
    new ReportQueries({
      query: async (sql: string, params: unknown[]) => {
        const plan: Array<{ 'QUERY PLAN': string }> = await db.query(`EXPLAIN (ANALYZE, BUFFERS) ${sql}`, params);
        texts.push(`-- ${title}\n${plan.map((r) => r['QUERY PLAN']).join('\n')}\n`);
        return [];
      },
    } as unknown as DataSource);
  await analysing('Biểu 06, province, October 2026: roll-up + open dossiers').processingCountsFromRollup(province, month, wholeMonths(month)!, 'field');
  await analysing('Biểu 06, one commune, October 2026: roll-up + open dossiers').processingCountsFromRollup([province[1]], month, wholeMonths(month)!, 'field');
  await analysing('Biểu 06, province, October 2026: from the dossiers').processingCountsFromDossiers(province, month, 'field');
  void queries;
  mkdirSync('tmp', { recursive: true });
  const file = join('tmp', 'bench-reports-plans.txt');
  writeFileSync(file, texts.join('\n'));
  return file;
}

async function database(given?: string): Promise<{ url: string; cleanup: () => Promise<void> }> {
  if (given) {
    await ensureDatabase(given);
    return { url: given, cleanup: async () => undefined };
  }
  const parent = mkdtempSync(join(tmpdir(), 'motcua-bench-reports-'));
  chmodSync(parent, 0o755); // the embedded server runs as the postgres user when we are root
  const embedded: EmbeddedDatabase = await startEmbeddedPostgres({ dataDir: join(parent, 'pg'), port: await freePort(), persistent: false });
  const url = withDatabase(embedded.url, 'motcua_bench');
  await ensureDatabase(url);
  return {
    url,
    cleanup: async () => {
      await embedded.stop();
      rmSync(parent, { recursive: true, force: true });
    },
  };
}

function communeCode(n: number): string {
  return `BENCH.${String(n).padStart(3, '0')}`;
}

/** Agencies, fields and procedures of the generated data, then the dossiers by COPY (skipped when already there). */
async function generate(db: DataSource, url: string, count: number, months: number): Promise<{ total: number; open: number; seconds: string | null }> {
  const [{ n, open }] = await db.query(`SELECT count(*)::int AS n, (count(*) FILTER (WHERE COALESCE(resolved_at, ended_at) IS NULL))::int AS open FROM dossiers WHERE code LIKE 'BENCH-%'`);
  if (n === count) return { total: n, open, seconds: null };
  await db.transaction(async (m) => {
    await m.query(`DELETE FROM supplement_requests WHERE dossier_id IN (SELECT id FROM dossiers WHERE code LIKE 'BENCH-%')`);
    await m.query(`DELETE FROM dossiers WHERE code LIKE 'BENCH-%'`);
    await m.query(
      `INSERT INTO agencies (code, name, level, parent_code, governing_body, place_name) VALUES ($1, 'Tỉnh thử', 'province', NULL, 'UBND TỈNH THỬ', 'Thử')
       ON CONFLICT (code) DO NOTHING`,
      [PROVINCE],
    );
    await m.query(
      `INSERT INTO agencies (code, name, level, parent_code, governing_body, place_name)
       SELECT 'BENCH.' || lpad(i::text, 3, '0'), 'Xã thử ' || i, 'commune', $1, 'UBND XÃ THỬ', 'Thử' FROM generate_series(1, ${COMMUNES}) i
       ON CONFLICT (code) DO NOTHING`,
      [PROVINCE],
    );
    await m.query(`INSERT INTO fields (code, name) VALUES ('BENCH-F1', 'Lĩnh vực 1'), ('BENCH-F2', 'Lĩnh vực 2'), ('BENCH-F3', 'Lĩnh vực 3') ON CONFLICT DO NOTHING`);
    await m.query(
      `INSERT INTO procedures (code, version, effective_from, name, field_code, agency_level, duration_value, duration_unit)
       SELECT 'BENCH-P' || p, 1, DATE '2020-01-01', 'Thủ tục thử ' || p, 'BENCH-F' || (1 + p % 3), 'commune', 1 + p, 'working_days'
         FROM generate_series(1, 12) p
       ON CONFLICT (code, version) DO NOTHING`,
    );
  });
  const procedures: Array<{ id: string; code: string; days: number }> = (
    await db.query(`SELECT id, code, duration_value AS days FROM procedures WHERE code LIKE 'BENCH-P%' ORDER BY code`)
  ).map((r: { id: string; code: string; days: string }) => ({ id: r.id, code: r.code, days: Number(r.days) }));
  let shown = 0;
  const result = await copyLoad({
    url,
    count,
    months,
    end: new Date(`${END}T00:00:00+07:00`),
    agencies: Array.from({ length: COMMUNES }, (_, i) => communeCode(i + 1)),
    procedures,
    codePrefix: 'BENCH-',
    onProgress: (done) => {
      if (done - shown >= count / 20) {
        shown = done;
        process.stderr.write(`  generated ${done.toLocaleString('en')} / ${count.toLocaleString('en')}\n`);
      }
    },
  });
  await db.query(`ANALYZE dossiers`);
  await db.query(`ANALYZE report_monthly_counts`);
  const rate = Math.round(count / result.copySeconds).toLocaleString('en');
  return {
    total: count,
    open: result.open,
    seconds: `${result.totalSeconds.toFixed(1)} s: COPY ${result.copySeconds.toFixed(1)} s (${rate} rows/s), indexes and constraints ${result.rebuildSeconds.toFixed(1)} s`,
  };
}

async function time(work: () => Promise<unknown>): Promise<number[]> {
  await work(); // warm-up: plans and buffers
  const times: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const start = performance.now();
    await work();
    times.push(performance.now() - start);
  }
  return times.sort((a, b) => a - b);
}

function describe(times: number[]): string {
  return `median ${times[Math.floor(times.length / 2)].toFixed(0)}, max ${times[times.length - 1].toFixed(0)} (${times.length} runs)`;
}

/** A DataSource stand-in that runs EXPLAIN on the statement instead of the statement. */
let lastPlan: string[] = [];
function explaining(db: DataSource): DataSource {
  return {
    query: async (sql: string, params: unknown[]) => {
      const rows: Array<{ 'QUERY PLAN': string }> = await db.query(`EXPLAIN ${sql}`, params);
      lastPlan = rows.map((r) => r['QUERY PLAN']);
      return [];
    },
  } as unknown as DataSource;
}

async function planSummary(run: () => Promise<unknown>): Promise<string> {
  await run();
  const indexes = [...new Set(lastPlan.flatMap((line) => [...line.matchAll(/(?:Index|Index Only|Bitmap Index) Scan (?:using|on) (\w+)/g)].map((m) => m[1])))];
  const seqScans = lastPlan.filter((line) => /Seq Scan on dossiers/.test(line)).length;
  return `${indexes.join(', ') || 'no index'}; sequential scans of dossiers: ${seqScans}`;
}
