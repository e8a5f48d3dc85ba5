/**
 * The service under load, end to end: a fresh embedded PostgreSQL in a temporary folder, the built
 * service (`node dist/src/main.js`) as a child process on free ports, generated history
 * (bench/data-generator.ts), then HTTP load with autocannon (bench/load.ts) on:
 *
 * - a bare Node HTTP server returning the look-up's JSON: the baseline, measured in the same run;
 * - the public look-up (goal ≥ 0.5× the baseline's req/s, p99 ≤ 20 ms), an unknown route (404),
 *   /health and /metrics (goal ≤ 20 ms a scrape), as ratios of the baseline;
 * - intake (POST /api/v1/dossiers at two communes' counters, 16 connections), next to single-row
 *   INSERTs on the same database with the same concurrency — a Node loop, and pgbench when installed
 *   (goal ≥ 1,000 dossiers/s, p99 ≤ 100 ms, no error);
 *
 * with the service's RSS, the database round trips per request and the sequential scans of the big
 * tables during each load. Figures are ratios of one run: these 2-core machines are noisy.
 *
 * Options (flags of `node dist/bench/service.bench.js` or `npm run bench -- …`, or environment):
 *   --dossiers N      MOTCUA_BENCH_SERVICE_DOSSIERS     generated history (default 20,000)
 *   --months M        MOTCUA_BENCH_SERVICE_MONTHS       over M months (default 12)
 *   --seconds S       MOTCUA_BENCH_SERVICE_SECONDS      measured seconds per load (default 5)
 *   --concurrency C   MOTCUA_BENCH_SERVICE_CONCURRENCY  intake connections (default 16)
 *   --connections C   MOTCUA_BENCH_SERVICE_CONNECTIONS  look-up, 404, /health and /metrics connections (default 32)
 *   MOTCUA_BENCH_SERVICE_NODE_ARGS="--cpu-prof --cpu-prof-dir=/tmp/prof"  extra node flags for the service
 */
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { chmodSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import os from 'node:os';
import { join, resolve } from 'node:path';
import { Client } from 'pg';
import { TrackingTokens } from '../src/dossiers/tracking-tokens';
import { withDatabase } from '../src/database/database-url';
import { startEmbeddedPostgres } from '../src/database/embedded-postgres';
import { ensureDatabase } from '../src/database/migrate';
import { generateData, progressBar } from './data-generator';
import { closedLoop, freePort, type LoadRequest, type LoadResult, percentile, rssMb, runLoad, sampleRss, startBareServer, stopChild } from './load';

type Row = { name: string; value: string };

export interface ServiceBenchOptions {
  dossiers: number;
  months: number;
  seconds: number;
  concurrency: number;
  connections: number;
}

const WARM_UP_SECONDS = 1;
const LOOKUP_SAMPLE = 2_000;
const BIG_TABLES = ['dossiers', 'dossier_events', 'dossier_steps', 'supplement_requests', 'auth_tokens'];
const COUNTER_ACCOUNTS = ['tiepnhan', 'tiepnhan2'];
export const INTAKE_PROCEDURES = ['1.004873', '1.001193', '1.000894', '2.000635', '1.004859', '2.001035'];

function option(flag: string, env: string, fallback: number): number {
  const index = process.argv.indexOf(`--${flag}`);
  const raw = index >= 0 ? process.argv[index + 1] : process.argv.find((a) => a.startsWith(`--${flag}=`))?.split('=')[1] ?? process.env[env];
  const value = raw === undefined || raw === '' ? fallback : Number(raw);
  if (!Number.isFinite(value) || value <= 0) throw new Error(`--${flag} must be a positive number, got ${raw}`);
  return value;
}

export function serviceBenchOptions(): ServiceBenchOptions {
  return {
    dossiers: Math.floor(option('dossiers', 'MOTCUA_BENCH_SERVICE_DOSSIERS', 20_000)),
    months: option('months', 'MOTCUA_BENCH_SERVICE_MONTHS', 12),
    seconds: option('seconds', 'MOTCUA_BENCH_SERVICE_SECONDS', 5),
    concurrency: Math.floor(option('concurrency', 'MOTCUA_BENCH_SERVICE_CONCURRENCY', 16)),
    connections: Math.floor(option('connections', 'MOTCUA_BENCH_SERVICE_CONNECTIONS', 32)),
  };
}

export async function benchService(options: ServiceBenchOptions = serviceBenchOptions()): Promise<Row[]> {
  const main = resolve(__dirname, '../src/main.js');
  if (!existsSync(main)) throw new Error(`${main} is missing: run npm run build first`);
  const parent = mkdtempSync(join(tmpdir(), 'motcua-bench-service-'));
  chmodSync(parent, 0o755); // the embedded server runs as the postgres user when we are root
  const log = (line: string) => process.stderr.write(`[service bench] ${line}\n`);
  log(`embedded PostgreSQL in ${parent}`);
  const embedded = await startEmbeddedPostgres({ dataDir: join(parent, 'pg'), port: await freePort(), persistent: false });
  const url = withDatabase(embedded.url, 'motcua');
  let service: ServiceProcess | undefined;
  const rows: Row[] = [];
  try {
    await ensureDatabase(url);
    service = await startService(main, url, join(parent, 'data'));
    const idleRss = rssMb(service.pid);
    log(`generating ${options.dossiers.toLocaleString('en')} dossiers over ${options.months} months`);
    const generated = await generateData({ url, dossiers: options.dossiers, months: options.months, onProgress: progressBar('dossiers') });
    rows.push(
      {
        name: 'machine',
        value: `${os.cpus().length} × ${os.cpus()[0]?.model.trim() ?? 'CPU'}, ${(os.totalmem() / 2 ** 30).toFixed(0)} GB RAM, Node ${process.version}; load average ${os.loadavg()[0].toFixed(1)} at start (other work on the machine skews every figure)`,
      },
      {
        name: 'generated history',
        value: `${generated.dossiers.toLocaleString('en')} dossiers, ${generated.events.toLocaleString('en')} events over ${options.months} months in ${generated.seconds.toFixed(1)} s (${Math.round(generated.dossiers / generated.seconds).toLocaleString('en')} dossiers/s)`,
      },
    );

    const db = new Client({ connectionString: url });
    await db.connect();
    try {
      rows.push(...(await lookupRows(db, service, options)));
      rows.push(...(await intakeRows(db, url, service, parent, options)));
      rows.push({ name: 'service RSS idle → peak under load (MB)', value: `${fmt(idleRss)} → ${fmt(Math.max(service.peakRss ?? 0, idleRss ?? 0))}` });
      rows.push(...(await planRows(db)));
    } finally {
      await db.end();
    }
    const errors = service.errorOutput();
    if (errors) rows.push({ name: 'service errors logged (first line)', value: errors.split('\n')[0].slice(0, 160) });
    return rows;
  } finally {
    if (service) await stopChild(service.process);
    await embedded.stop();
    rmSync(parent, { recursive: true, force: true });
  }
}

export interface ServiceProcess {
  port: number;
  pid: number;
  process: ChildProcess;
  peakRss: number | null;
  errorOutput(): string;
}

/** The built service as a child process on a free port, answering /health; `env` adds settings (e.g. DVCQG sync). */
export async function startService(main: string, databaseUrl: string, dataDir: string, env: Record<string, string> = {}): Promise<ServiceProcess> {
  const port = await freePort();
  let stderr = '';
  const nodeArgs = (process.env.MOTCUA_BENCH_SERVICE_NODE_ARGS ?? '').split(' ').filter(Boolean); // e.g. --cpu-prof
  const child = spawn(process.execPath, [...nodeArgs, main], {
    env: {
      ...process.env,
      DATABASE_URL: databaseUrl,
      PORT: String(port),
      HOST: '127.0.0.1', // the demo accounts may only listen on loopback
      SEED_DEMO: '1',
      SEED_DEMO_HISTORY: '0', // the generator writes the history
      LOG_LEVEL: 'silent',
      MOTCUA_DATA_DIR: dataDir,
      PUBLIC_BASE_URL: `http://127.0.0.1:${port}`,
      NODE_ENV: 'production',
      ...env,
    },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  child.stderr!.on('data', (chunk: Buffer) => {
    if (stderr.length < 100_000) stderr += chunk.toString();
  });
  const deadline = Date.now() + 120_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`the service exited with ${child.exitCode}: ${stderr}`);
    if (Date.now() > deadline) throw new Error(`the service did not answer /health within 120 s: ${stderr}`);
    const ok = await fetch(`http://127.0.0.1:${port}/health`).then((r) => r.ok, () => false);
    if (ok) break;
    await new Promise((r) => setTimeout(r, 200));
  }
  return { port, pid: child.pid!, process: child, peakRss: null, errorOutput: () => stderr.trim() };
}

/** Database work of a load: transactions committed (each autocommitted statement is one) and sequential scans of the big tables. */
async function databaseStats(db: Client): Promise<{ commits: number; seqScans: Record<string, number> }> {
  await db.query(`SELECT pg_stat_force_next_flush()`).catch(() => undefined);
  await db.query(`SELECT pg_stat_clear_snapshot()`);
  const [{ commits }] = (await db.query(`SELECT xact_commit::float8 AS commits FROM pg_stat_database WHERE datname = current_database()`)).rows;
  const scans = await db.query(`SELECT relname, seq_scan::float8 AS n FROM pg_stat_user_tables WHERE relname = ANY($1)`, [BIG_TABLES]);
  return { commits, seqScans: Object.fromEntries(scans.rows.map((r: { relname: string; n: number }) => [r.relname, r.n])) };
}

/**
 * Transaction ids taken so far: one per write transaction, counted at once. The commit counter of
 * pg_stat_database is not fit to count a load's writes: a backend may report its commits seconds
 * later (an intake run was billed 30,000 commits of the earlier loads in its first 3 s).
 */
async function currentXid(db: Client): Promise<number> {
  const [{ xid }] = (await db.query(`SELECT pg_current_xact_id()::text::bigint AS xid`)).rows;
  return Number(xid);
}

/** Waits for the service's statistics to reach the shared counters (flushed at most once a second when idle). */
async function settledStats(db: Client): Promise<{ commits: number; seqScans: Record<string, number> }> {
  await new Promise((r) => setTimeout(r, 1_500));
  return databaseStats(db);
}

function statsDelta(before: Awaited<ReturnType<typeof databaseStats>>, after: Awaited<ReturnType<typeof databaseStats>>, requests: number): { perRequest: number; seqScans: string } {
  const scans = BIG_TABLES.map((t) => [t, (after.seqScans[t] ?? 0) - (before.seqScans[t] ?? 0)] as const).filter(([, n]) => n > 0);
  return {
    perRequest: (after.commits - before.commits) / Math.max(requests, 1),
    seqScans: scans.length === 0 ? 'none' : scans.map(([t, n]) => `${t} ${n}`).join(', '),
  };
}

async function lookupRows(db: Client, service: ServiceProcess, options: ServiceBenchOptions): Promise<Row[]> {
  // The service made its token key at start; tokens are derived from it (the database keeps hashes only).
  const [{ value: key }] = (await db.query(`SELECT value FROM app_secrets WHERE name = 'tracking-token-key'`)).rows;
  const tokens = TrackingTokens.withKey(key);
  const sample: { code: string; tracking_token: string }[] = (
    await db.query(`SELECT code, id FROM dossiers ORDER BY md5(code) LIMIT $1`, [LOOKUP_SAMPLE])
  ).rows.map((r: { code: string; id: string }) => ({ code: r.code, tracking_token: tokens.tokenOf(r.id) }));
  if (sample.length === 0) throw new Error('no dossier to look up: generate at least one');
  const path = (i: number) => `/api/v1/public/dossiers/${encodeURIComponent(sample[i % sample.length].code)}?t=${sample[i % sample.length].tracking_token}`;
  const first = await fetch(`http://127.0.0.1:${service.port}${path(0)}`);
  const json = await first.text();
  if (first.status !== 200) throw new Error(`public look-up answered ${first.status}: ${json}`);

  const bare = await startBareServer(json);
  const load = (port: number, next: (n: number) => LoadRequest, connections = options.connections) =>
    runLoad({ port, concurrency: connections, seconds: options.seconds, warmUpSeconds: WARM_UP_SECONDS, next });
  let bareResult: LoadResult;
  try {
    bareResult = await load(bare.port, (n) => ({ method: 'GET', path: path(n) }));
  } finally {
    await bare.stop();
  }

  // Each code once, read from PostgreSQL (no warm-up: the first look-up of a dossier is the cold path);
  // then the measured load cycles through the same codes, served from the instance's cache.
  const cold = await runLoad({ port: service.port, concurrency: options.connections, seconds: 0, maxOperations: sample.length, next: (n) => ({ method: 'GET', path: path(n) }) });
  const before = await databaseStats(db);
  const rss = sampleRss(service.pid);
  const result = await load(service.port, (n) => ({ method: 'GET', path: path(n) }));
  service.peakRss = Math.max(service.peakRss ?? 0, rss.stop() ?? 0);
  const delta = statsDelta(before, await settledStats(db), result.requests + result.perSecond * WARM_UP_SECONDS);
  const ratio = result.perSecond / bareResult.perSecond;
  // The framework's own floor: a request that matches no route runs the global hooks (request id,
  // helmet, metrics), the router and the error filter, and touches no database.
  const floor = await load(service.port, () => ({ method: 'GET', path: '/api/v1/public/no-such-route' }));
  const health = await load(service.port, () => ({ method: 'GET', path: '/health' }));
  // Prometheus scrapes with one connection; the crowd of 32 shows what the scrape costs the process.
  const scrape = await load(service.port, () => ({ method: 'GET', path: '/metrics' }), 1);
  const scrapeCrowd = await load(service.port, () => ({ method: 'GET', path: '/metrics' }));
  const times = (r: LoadResult) => `${(r.perSecond / bareResult.perSecond).toFixed(2)}× bare`;
  return [
    { name: 'load', value: `autocannon, ${options.connections} keep-alive connections (intake: ${options.concurrency}), ${options.seconds} s measured after ${WARM_UP_SECONDS} s warm-up` },
    { name: 'bare Node HTTP server, same JSON (the baseline)', value: describe(bareResult, 'req/s') },
    { name: `public look-up, cold: each of ${sample.length.toLocaleString('en')} codes once (read from PostgreSQL)`, value: `${describe(cold, 'req/s')}${nonOk(cold, '200')}` },
    { name: 'public look-up: service (the same codes again, repeated look-ups)', value: `${describe(result, 'req/s')}${nonOk(result, '200')}` },
    {
      name: 'public look-up: service ÷ bare (goal ≥ 0.5×, p99 ≤ 20 ms)',
      value: `${ratio.toFixed(2)}× ${ratio >= 0.5 ? 'met' : 'NOT met'}; p99 ${result.p99Ms.toFixed(1)} ms ${result.p99Ms <= 20 ? 'met' : 'NOT met'}`,
    },
    { name: 'public look-up: DB transactions per request; seq scans of big tables', value: `${delta.perRequest.toFixed(2)}; ${delta.seqScans}` },
    { name: 'unknown route (404: framework + global hooks, no database)', value: `${describe(floor, 'req/s')}; ${times(floor)}${nonOk(floor, '404')}` },
    { name: 'GET /health (one SELECT 1)', value: `${describe(health, 'req/s')}; ${times(health)}${nonOk(health, '200')}` },
    { name: 'GET /metrics, one scraper (goal ≤ 20 ms)', value: `${describe(scrape, 'scrapes/s')}; ${scrape.p99Ms <= 20 ? 'met' : 'NOT met'}${nonOk(scrape, '200')}` },
    { name: `GET /metrics, ${options.connections} connections`, value: `${describe(scrapeCrowd, 'scrapes/s')}; ${times(scrapeCrowd)}${nonOk(scrapeCrowd, '200')}` },
  ];
}

/** Answers other than the expected status, when any. */
function nonOk(result: LoadResult, expected: string): string {
  const others = Object.entries(result.statuses).filter(([status]) => status !== expected);
  return others.length === 0 && result.errors === 0 ? '' : ` — statuses ${JSON.stringify(result.statuses)}, ${result.errors} errors`;
}

async function intakeRows(db: Client, url: string, service: ServiceProcess, parent: string, options: ServiceBenchOptions): Promise<Row[]> {
  await db.query(`CREATE TABLE IF NOT EXISTS bench_inserts (id bigserial PRIMARY KEY, aid integer NOT NULL, delta integer NOT NULL, mtime timestamptz NOT NULL, filler char(22))`);
  const rows: Row[] = [];

  // pgbench-style single-row INSERTs, each its own transaction, from as many connections as HTTP clients.
  const clients = await Promise.all(
    Array.from({ length: options.concurrency }, async () => {
      const c = new Client({ connectionString: url });
      await c.connect();
      return c;
    }),
  );
  let insertResult: LoadResult;
  try {
    insertResult = await closedLoop({ concurrency: options.concurrency, seconds: options.seconds, warmUpSeconds: WARM_UP_SECONDS }, async (n, worker) => {
      await clients[worker].query(`INSERT INTO bench_inserts (aid, delta, mtime) VALUES ($1, $2, now())`, [n % 100_000, n % 5_000]);
      return 'ok';
    });
  } finally {
    await Promise.all(clients.map((c) => c.end()));
  }
  rows.push({ name: 'single-row INSERTs, Node loop (pg), same DB', value: describe(insertResult, 'rows/s') });
  const pgbench = runPgbench(url, parent, options);
  if (pgbench) rows.push({ name: 'single-row INSERTs, pgbench, same DB', value: pgbench });

  const tokens = await Promise.all(
    COUNTER_ACCOUNTS.map(async (username) => {
      const response = await fetch(`http://127.0.0.1:${service.port}/api/v1/auth/login`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ username, password: 'demo12345' }),
      });
      if (!response.ok) throw new Error(`login ${username}: ${response.status}`);
      return ((await response.json()) as { accessToken: string }).accessToken;
    }),
  );
  const before = await settledStats(db);
  const xidBefore = await currentXid(db);
  const rss = sampleRss(service.pid);
  const result = await runLoad({
    port: service.port,
    concurrency: options.concurrency,
    seconds: options.seconds,
    warmUpSeconds: WARM_UP_SECONDS,
    next: (n, worker) => ({
      method: 'POST',
      path: '/api/v1/dossiers',
      headers: { authorization: `Bearer ${tokens[worker % tokens.length]}`, 'idempotency-key': `bench-${process.pid}-${n}` },
      body: JSON.stringify(intakeBody(n)),
    }),
  });
  service.peakRss = Math.max(service.peakRss ?? 0, rss.stop() ?? 0);
  const requests = result.requests + result.perSecond * WARM_UP_SECONDS;
  const writes = (await currentXid(db)) - xidBefore - 1; // the second look-up takes an id itself
  const delta = statsDelta(before, await settledStats(db), requests);
  const created = result.statuses['201'] ?? 0;
  const perSecond = created / result.seconds;
  rows.push(
    { name: 'intake: service, POST /api/v1/dossiers (2 communes)', value: `${describe(result, 'dossiers/s')}${created === result.requests ? '' : ` — statuses ${JSON.stringify(result.statuses)}`}` },
    {
      name: 'intake: goal ≥ 1,000/s, p99 ≤ 100 ms, 0 errors',
      value: `${Math.round(perSecond)}/s ${perSecond >= 1000 ? 'met' : 'NOT met'}; p99 ${result.p99Ms.toFixed(1)} ms ${result.p99Ms <= 100 ? 'met' : 'NOT met'}; ${(perSecond / insertResult.perSecond).toFixed(2)}× the single-row INSERT rate`,
    },
    { name: 'intake: DB write transactions per request; seq scans of big tables', value: `${(writes / requests).toFixed(2)}; ${delta.seqScans}` },
  );
  return rows;
}

export function intakeBody(n: number) {
  const digits = String(100_000_000 + ((n * 7919) % 900_000_000)).slice(-8);
  return {
    procedureCode: INTAKE_PROCEDURES[n % INTAKE_PROCEDURES.length],
    applicant: {
      fullName: 'Nguyễn Thị Hồng Nhung',
      idNumber: `0381${digits}`,
      phone: `09${digits}`,
      address: `Số ${1 + (n % 300)} Lê Lai, phường Hạc Thành`,
    },
    channel: n % 3 === 0 ? 'online' : 'direct',
  };
}

/** pgbench with the same INSERT, clients and duration; null when pgbench is not installed. */
function runPgbench(url: string, parent: string, options: ServiceBenchOptions): string | null {
  let binary: string;
  try {
    binary = execFileSync('sh', ['-c', 'command -v pgbench'], { encoding: 'utf8' }).trim();
  } catch {
    return null;
  }
  if (!binary) return null;
  const dir = mkdtempSync(join(parent, 'pgbench-'));
  const script = join(dir, 'insert.sql');
  writeFileSync(script, `\\set aid random(1, 100000)\nINSERT INTO bench_inserts (aid, delta, mtime) VALUES (:aid, 1, now());\n`);
  try {
    const output = execFileSync(
      binary,
      ['-n', '-c', String(options.concurrency), '-j', String(Math.min(options.concurrency, os.cpus().length)), '-T', String(Math.ceil(options.seconds)), '-l', `--log-prefix=${join(dir, 'log')}`, '-f', script, url],
      { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], cwd: dir },
    );
    const tps = /tps = ([\d.]+)/.exec(output)?.[1];
    const latencies: number[] = [];
    for (const file of readdirSync(dir).filter((f) => f.startsWith('log'))) {
      for (const line of readFileSync(join(dir, file), 'utf8').split('\n')) {
        const latency = Number(line.split(' ')[2]);
        if (Number.isFinite(latency) && line) latencies.push(latency / 1000);
      }
    }
    latencies.sort((a, b) => a - b);
    return `${tps ? Math.round(Number(tps)).toLocaleString('en') : '?'} rows/s, p50 ${percentile(latencies, 0.5).toFixed(1)} ms, p99 ${percentile(latencies, 0.99).toFixed(1)} ms`;
  } catch (error) {
    return `pgbench failed: ${String((error as { stderr?: string }).stderr ?? error).split('\n')[0]}`;
  }
}

/** EXPLAIN of the look-up's and intake's reads at this table size (copies of the services' SQL; keep in step). */
async function planRows(db: Client): Promise<Row[]> {
  const [{ code, id }] = (await db.query(`SELECT code, id FROM dossiers ORDER BY md5(code) LIMIT 1`)).rows;
  const plans: [string, string, unknown[]][] = [
    [
      'plan: public look-up by code',
      `SELECT d.id, d.version, (SELECT max(e.id) FROM dossier_events e WHERE e.dossier_id = d.id) AS last_event_id
         FROM dossiers d JOIN procedures p ON p.id = d.procedure_id JOIN agencies a ON a.code = d.receiving_agency_code
         LEFT JOIN apologies ap ON ap.dossier_id = d.id WHERE d.code = $1`,
      [code],
    ],
    ['plan: a dossier\'s events', `SELECT e.id, e.type, e.occurred_at, e.data FROM dossier_events e WHERE e.dossier_id = $1 ORDER BY e.occurred_at, e.id`, [id]],
    ['plan: a dossier\'s control slip', `SELECT * FROM dossier_steps WHERE dossier_id = $1 ORDER BY position`, [id]],
    ['plan: intake idempotency check', `SELECT id FROM dossiers WHERE receiving_agency_code = $1 AND idempotency_key = $2`, ['000.17.22.H56', 'k']],
    [
      'plan: staff list, first page (own agency, newest due first)',
      `SELECT d.id FROM dossiers d WHERE (d.receiving_agency_code IN ($1) OR d.resolving_agency_code IN ($1)) ORDER BY d.due_at DESC, d.code ASC LIMIT 20`,
      ['000.17.22.H56'],
    ],
    [
      'plan: staff list, overdue (open, due before now)',
      `SELECT d.id FROM dossiers d WHERE (d.receiving_agency_code IN ($1) OR d.resolving_agency_code IN ($1)) AND d.status IN (1,2,4,5,6) AND d.due_at < now() ORDER BY d.due_at ASC, d.code ASC LIMIT 20`,
      ['000.17.22.H56'],
    ],
  ];
  const rows: Row[] = [];
  for (const [name, sql, params] of plans) {
    const [{ 'QUERY PLAN': plan }] = (await db.query(`EXPLAIN (ANALYZE, FORMAT JSON) ${sql}`, params)).rows;
    rows.push({ name, value: summarisePlan(plan[0]) });
  }
  return rows;
}

interface PlanNode {
  'Node Type': string;
  'Relation Name'?: string;
  'Index Name'?: string;
  Plans?: PlanNode[];
}

function summarisePlan(root: { Plan: PlanNode; 'Execution Time': number }): string {
  const scans: string[] = [];
  const walk = (node: PlanNode) => {
    if (node['Relation Name'] || node['Index Name']) scans.push(`${node['Node Type']} ${node['Index Name'] ?? node['Relation Name']}`);
    node.Plans?.forEach(walk);
  };
  walk(root.Plan);
  return `${root['Execution Time'].toFixed(2)} ms: ${scans.join(', ')}`;
}

function describe(result: LoadResult, unit: string): string {
  const failed = result.errors > 0 ? `, ${result.errors} failed` : '';
  return `${Math.round(result.perSecond).toLocaleString('en')} ${unit}, p50 ${result.p50Ms.toFixed(1)} ms, p99 ${result.p99Ms.toFixed(1)} ms (${result.requests.toLocaleString('en')} in ${result.seconds.toFixed(1)} s${failed})`;
}

function fmt(mb: number | null): string {
  return mb === null ? '?' : mb.toFixed(0);
}

if (require.main === module) {
  benchService()
    .then((rows) => {
      const width = Math.max(...rows.map((r) => r.name.length));
      console.log('\nService under load');
      for (const row of rows) console.log(`${row.name.padEnd(width)}  ${row.value}`);
    })
    .catch((error) => {
      console.error(error);
      process.exit(1);
    });
}
