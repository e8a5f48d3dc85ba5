/**
 * DVCQG sync (issue 16): intake throughput with sync off and on (the worker delivering to the portal
 * simulator meanwhile), and draining a backlog of the outbox against the simulator.
 * Goals: intake with sync on within 10% of sync off; draining ≥ 500 dossiers/s.
 */
import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import os, { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { Client } from 'pg';
import { withDatabase } from '../src/database/database-url';
import { startEmbeddedPostgres } from '../src/database/embedded-postgres';
import { ensureDatabase } from '../src/database/migrate';
import { PortalSimulator } from '../src/dvcqg/simulator/portal-simulator';
import { generateData } from './data-generator';
import { freePort, runLoad, stopChild, type LoadResult } from './load';
import { intakeBody, startService, type ServiceProcess } from './service.bench';

type Row = { name: string; value: string };

export interface DvcqgBenchOptions {
  seconds: number;
  concurrency: number;
  rounds: number;
  /** Dossiers (with their histories) generated into the outbox before the drain. */
  backlog: number;
}

export function dvcqgBenchOptions(): DvcqgBenchOptions {
  const env = (name: string, fallback: number) => Number(process.env[name] || fallback);
  return {
    seconds: env('MOTCUA_BENCH_DVCQG_SECONDS', 5),
    concurrency: env('MOTCUA_BENCH_DVCQG_CONCURRENCY', 16),
    rounds: env('MOTCUA_BENCH_DVCQG_ROUNDS', 2),
    backlog: env('MOTCUA_BENCH_DVCQG_BACKLOG', 5000),
  };
}

export async function benchDvcqg(options: DvcqgBenchOptions = dvcqgBenchOptions()): Promise<Row[]> {
  const main = resolve(__dirname, '../src/main.js');
  const parent = mkdtempSync(join(tmpdir(), 'motcua-bench-dvcqg-'));
  chmodSync(parent, 0o755);
  const log = (line: string) => process.stderr.write(`[dvcqg bench] ${line}\n`);
  const embedded = await startEmbeddedPostgres({ dataDir: join(parent, 'pg'), port: await freePort(), persistent: false });
  const url = withDatabase(embedded.url, 'motcua');
  const sim = new PortalSimulator();
  await sim.listen();
  const on = { DVCQG_URL_ADD: sim.endpoints.addUrl, DVCQG_URL_UPDATE: sim.endpoints.updateUrl, DVCQG_URL_PROGRESS: sim.endpoints.progressUrl };
  const rows: Row[] = [
    { name: 'machine', value: `${os.cpus().length} × ${os.cpus()[0]?.model.trim() ?? 'CPU'}, Node ${process.version}; load average ${os.loadavg()[0].toFixed(1)} at start (other work skews every figure)` },
    { name: 'load', value: `${options.concurrency} clients, closed loop, ${options.seconds} s per run, runs alternate off/on × ${options.rounds}` },
  ];
  try {
    await ensureDatabase(url);
    const best = { off: 0, on: 0 };
    let n = 0;
    for (let round = 0; round < options.rounds; round++) {
      for (const mode of ['off', 'on'] as const) {
        const service = await startService(main, url, join(parent, 'data'), mode === 'on' ? { ...on, DVCQG_POLL_SECONDS: '1' } : {});
        try {
          const result = await intakeLoad(service, options, n);
          n += result.requests + 1000;
          const perSecond = (result.statuses['201'] ?? 0) / result.seconds;
          best[mode] = Math.max(best[mode], perSecond);
          rows.push({ name: `intake, sync ${mode}, run ${round + 1}`, value: `${Math.round(perSecond)} dossiers/s, p50 ${result.p50Ms.toFixed(1)} ms, p99 ${result.p99Ms.toFixed(1)} ms${mode === 'on' ? `; portal holds ${sim.records.size} records` : ''}` });
          log(`intake sync ${mode}: ${Math.round(perSecond)}/s`);
        } finally {
          await stopChild(service.process);
        }
      }
    }
    const ratio = best.on / best.off;
    rows.push({ name: 'intake: sync on ÷ off (best runs), goal ≥ 0.90', value: `${ratio.toFixed(2)} ${ratio >= 0.9 ? 'met' : 'NOT met'}` });
    log(`generating ${options.backlog} dossiers for the drain`);
    await generateData({ url, dossiers: options.backlog, months: 2 });
    rows.push(...(await drainRows(url, parent, on, sim, log)));
    return rows;
  } finally {
    await sim.close();
    await embedded.stop();
    rmSync(parent, { recursive: true, force: true });
  }
}

async function intakeLoad(service: ServiceProcess, options: DvcqgBenchOptions, offset: number): Promise<LoadResult> {
  const token = await login(service.port, 'tiepnhan');
  return runLoad({
    port: service.port,
    concurrency: options.concurrency,
    seconds: options.seconds,
    warmUpSeconds: 1,
    next: (i) => ({ method: 'POST', path: '/api/v1/dossiers', headers: { authorization: `Bearer ${token}` }, body: JSON.stringify(intakeBody(offset + i)) }),
  });
}

/** Every dossier made new to the portal again (record and all its progress rows), then one drain through the admin endpoint. */
async function drainRows(url: string, parent: string, on: Record<string, string>, sim: PortalSimulator, log: (line: string) => void): Promise<Row[]> {
  const db = new Client({ connectionString: url });
  await db.connect();
  const service = await startService(resolve(__dirname, '../src/main.js'), url, join(parent, 'data'), { ...on, DVCQG_POLL_SECONDS: '0' });
  try {
    await db.query(`UPDATE dvcqg_outbox SET state = 'pending', added = false, accepted_at = NULL, progress_event_id = 0, attempts = 0, next_attempt_at = now() - interval '1 second'`);
    const [{ n, events }] = (await db.query(`SELECT count(*)::int AS n, (SELECT count(*)::int FROM dossier_events) AS events FROM dvcqg_outbox`)).rows;
    sim.reset();
    const token = await login(service.port, 'admin');
    log(`draining ${n} dossiers`);
    const started = process.hrtime.bigint();
    const response = await fetch(`http://127.0.0.1:${service.port}/api/v1/dvcqg/sync`, { method: 'POST', headers: { authorization: `Bearer ${token}` } });
    const seconds = Number(process.hrtime.bigint() - started) / 1e9;
    const result = (await response.json()) as { claimed: number; synced: number; refused: number; transient: number };
    const rate = result.synced / seconds;
    const progressRows = [...sim.progress.values()].reduce((k, p) => k + p.length, 0);
    return [
      { name: 'drain: backlog', value: `${n} dossiers, ${events} audit events; ${sim.calls} portal calls` },
      { name: 'drain: delivered', value: `${result.synced} synced, ${result.refused} refused, ${result.transient} transient in ${seconds.toFixed(2)} s (one POST /api/v1/dvcqg/sync); portal holds ${sim.records.size} records, ${progressRows} progress rows` },
      { name: 'drain: goal ≥ 500 dossiers/s', value: `${Math.round(rate)}/s ${rate >= 500 ? 'met' : 'NOT met'}` },
    ];
  } finally {
    await stopChild(service.process);
    await db.end();
  }
}

async function login(port: number, username: string): Promise<string> {
  const response = await fetch(`http://127.0.0.1:${port}/api/v1/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ username, password: 'demo12345' }) });
  if (!response.ok) throw new Error(`login ${username}: ${response.status}`);
  return ((await response.json()) as { accessToken: string }).accessToken;
}
