/**
 * Biểu 06 and the on-time rates over a large table: N dossiers (default 1,000,000) spread over M months
 * (default 24) in 20 communes of one province, generated straight in SQL (generate_series), then the
 * report for one month timed for one commune and for the whole province. Goal: < 1 s per month.
 *
 * benchReports({ databaseUrl }) uses that database (migrated first; the generated agencies and
 * dossiers are prefixed BENCH and reused by the next run when N is the same); without a URL an
 * embedded PostgreSQL is started in a temporary folder and removed afterwards.
 * MOTCUA_BENCH_REPORT_DOSSIERS and MOTCUA_BENCH_REPORT_MONTHS change N and M.
 */
import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { DataSource } from 'typeorm';
import { startEmbeddedPostgres, type EmbeddedDatabase } from '../src/database/embedded-postgres';
import { withDatabase } from '../src/database/database-url';
import { ensureDatabase, runMigrations } from '../src/database/migrate';
import type { ReportPeriod } from '../src/domain/reports';
import { localPeriod } from '../src/reports/report-period';
import { ReportQueries } from '../src/reports/report-queries';
import { freePort } from './load';

type Row = { name: string; value: string };

export interface ReportsBenchOptions {
  databaseUrl?: string;
  dossiers?: number;
  months?: number;
}

const COMMUNES = 20;
const PROVINCE = 'BENCH.00';
const END = '2026-11-01';
const RUNS = 5;

export async function benchReports(options: ReportsBenchOptions = {}): Promise<Row[]> {
  const dossiers = options.dossiers ?? Number(process.env.MOTCUA_BENCH_REPORT_DOSSIERS ?? 1_000_000);
  const months = options.months ?? Number(process.env.MOTCUA_BENCH_REPORT_MONTHS ?? 24);
  const { url, cleanup } = await database(options.databaseUrl);
  const db = new DataSource({ type: 'postgres', url, logging: false, extra: { max: 4 } });
  try {
    await runMigrations(url);
    await db.initialize();
    const generated = await generate(db, dossiers, months);
    const queries = new ReportQueries(db);
    const communes = Array.from({ length: COMMUNES }, (_, i) => communeCode(i + 1));
    const month = localPeriod('2026-10-01', '2026-10-31');
    const year = localPeriod('2025-11-01', '2026-10-31');
    const rows: Row[] = [
      { name: 'dossiers in the table', value: `${generated.total.toLocaleString('en')} over ${months} months, ${COMMUNES} communes` },
      { name: 'generation (SQL generate_series)', value: generated.seconds === null ? 'reused from an earlier run' : `${generated.seconds.toFixed(1)} s` },
      { name: 'dossiers in scope of October 2026 (province)', value: (await queries.processingCounts([PROVINCE, ...communes], month, 'field')).totals.received.total.toLocaleString('en') },
    ];
    const timed = async (name: string, work: () => Promise<unknown>) => rows.push({ name, value: describe(await time(work)) });
    await timed('Biểu 06, one month, one commune, by field (ms, goal < 1000)', () => queries.processingCounts([communes[0]], month, 'field'));
    await timed('Biểu 06, one month, province + 20 communes, by field (ms, goal < 1000)', () => queries.processingCounts([PROVINCE, ...communes], month, 'field'));
    await timed('Biểu 06, one month, province + 20 communes, by procedure (ms)', () => queries.processingCounts([PROVINCE, ...communes], month, 'procedure'));
    await timed('on-time rates (3 definitions), one month, province (ms, goal < 1000)', () => queries.onTimeCounts([PROVINCE, ...communes], month));
    await timed('on-time rates by month over a year + the year, province (ms)', () =>
      Promise.all([queries.onTimeCounts([PROVINCE, ...communes], year), queries.onTimeSeries([PROVINCE, ...communes], monthsOfYear())]),
    );
    rows.push({ name: 'plan of Biểu 06 (province, one month)', value: await planSummary(() => new ReportQueries(explaining(db)).processingCounts([PROVINCE, ...communes], month, 'field')) });
    return rows;
  } finally {
    if (db.isInitialized) await db.destroy();
    await cleanup();
  }
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
  return `BENCH.${String(n).padStart(2, '0')}`;
}

/** Agencies, fields and procedures of the generated data, then the dossiers (skipped when already there). */
async function generate(db: DataSource, count: number, months: number): Promise<{ total: number; seconds: number | null }> {
  const [{ n }] = await db.query(`SELECT count(*)::int AS n FROM dossiers WHERE code LIKE 'BENCH-%'`);
  if (n === count) return { total: n, seconds: null };
  const started = performance.now();
  await db.transaction(async (m) => {
    await m.query(`SET LOCAL synchronous_commit = off`);
    await m.query(`DELETE FROM supplement_requests WHERE dossier_id IN (SELECT id FROM dossiers WHERE code LIKE 'BENCH-%')`);
    await m.query(`DELETE FROM dossiers WHERE code LIKE 'BENCH-%'`);
    await m.query(
      `INSERT INTO agencies (code, name, level, parent_code, governing_body, place_name) VALUES ($1, 'Tỉnh thử', 'province', NULL, 'UBND TỈNH THỬ', 'Thử')
       ON CONFLICT (code) DO NOTHING`,
      [PROVINCE],
    );
    for (let i = 1; i <= COMMUNES; i++) {
      await m.query(
        `INSERT INTO agencies (code, name, level, parent_code, governing_body, place_name) VALUES ($1, $2, 'commune', $3, 'UBND XÃ THỬ', 'Thử')
         ON CONFLICT (code) DO NOTHING`,
        [communeCode(i), `Xã thử ${i}`, PROVINCE],
      );
    }
    await m.query(`INSERT INTO fields (code, name) VALUES ('BENCH-F1', 'Lĩnh vực 1'), ('BENCH-F2', 'Lĩnh vực 2'), ('BENCH-F3', 'Lĩnh vực 3') ON CONFLICT DO NOTHING`);
    await m.query(
      `INSERT INTO procedures (code, version, effective_from, name, field_code, agency_level, duration_value, duration_unit)
       SELECT 'BENCH-P' || p, 1, DATE '2020-01-01', 'Thủ tục thử ' || p, 'BENCH-F' || (1 + p % 3), 'commune', 1 + p, 'working_days'
         FROM generate_series(1, 12) p
       ON CONFLICT (code, version) DO NOTHING`,
    );
    await m.query(`SELECT setseed(0.42)`);
    await m.query(
      `WITH procs AS (SELECT array_agg(id ORDER BY code) AS ids, array_agg(code ORDER BY code) AS codes FROM procedures WHERE code LIKE 'BENCH-P%'),
            r AS (
              SELECT g, random() AS ra, random() AS rp, random() AS rc, random() AS rt, random() AS rd, random() AS rf, random() AS rs
                FROM generate_series(1, $1::int) g
            ),
            x AS (
              SELECT r.*, 1 + floor(r.rp * 12)::int AS pi,
                     (DATE '${END}' - make_interval(months => $2::int))::timestamp AT TIME ZONE 'Asia/Ho_Chi_Minh'
                       + (r.rt * ((DATE '${END}'::timestamp - (DATE '${END}' - make_interval(months => $2::int))::timestamp))) AS received
                FROM r
            ),
            y AS (
              SELECT x.*, x.received + make_interval(days => 1 + floor(x.rd * 14)::int) AS due,
                     x.received + make_interval(mins => floor(x.rf * 1.4 * (1 + floor(x.rd * 14)) * 1440)::int) AS finished
                FROM x
            )
       INSERT INTO dossiers (code, code_agency, code_date, code_sequence, receiving_agency_code, resolving_agency_code, procedure_id, procedure_code,
              procedure_version, rule_version, applicant_kind, applicant_name, applicant_id_number, applicant_phone, applicant_address, channel, status,
              received_at, due_at, original_due_at, resolved_at, ended_at, tracking_token_hash)
       SELECT 'BENCH-' || y.g, a.code, DATE '2000-01-01', y.g, a.code, a.code, procs.ids[y.pi], procs.codes[y.pi], 1, 'bench', 'person',
              'Nguyễn Văn A', '038190012345', '0912345678', 'Thôn 1',
              CASE WHEN y.rc < 0.45 THEN 'online' WHEN y.rc < 0.95 THEN 'direct' ELSE 'postal' END,
              CASE WHEN y.finished > now() THEN 4 WHEN y.rs < 0.93 THEN 10 WHEN y.rs < 0.97 THEN 7 ELSE 8 END,
              y.received, y.due, y.due,
              CASE WHEN y.finished <= now() AND y.rs < 0.93 THEN y.finished END,
              CASE WHEN y.finished <= now() AND y.rs >= 0.93 THEN y.finished END,
              sha256(y.g::text::bytea)
         FROM y CROSS JOIN procs
         JOIN LATERAL (SELECT 'BENCH.' || lpad((1 + floor(y.ra * ${COMMUNES})::int)::text, 2, '0') AS code) a ON true
        ORDER BY y.received`, // rows reach the table in the order dossiers are received, as in service
      [count, months],
    );
    await m.query(
      `INSERT INTO supplement_requests (dossier_id, number, items, reason, requested_at, requested_by_name)
       SELECT d.id, n, '[]', 'bench', d.received_at + make_interval(hours => n), 'bench'
         FROM dossiers d CROSS JOIN LATERAL generate_series(1, CASE WHEN random() < 0.3 THEN 2 ELSE 1 END) n
        WHERE d.code LIKE 'BENCH-%' AND d.code_sequence % 20 = 0`,
    );
  });
  await db.query(`ANALYZE dossiers`);
  await db.query(`ANALYZE supplement_requests`);
  return { total: count, seconds: (performance.now() - started) / 1000 };
}

function monthsOfYear(): ReportPeriod[] {
  return Array.from({ length: 12 }, (_, i) => {
    const start = new Date(Date.UTC(2025, 10 + i, 1));
    const end = new Date(Date.UTC(2025, 11 + i, 0));
    return localPeriod(start.toISOString().slice(0, 10), end.toISOString().slice(0, 10));
  });
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
