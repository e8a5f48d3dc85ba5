/**
 * HTTP load with autocannon (the same generator for the service and its baseline, in the same run), a
 * closed loop for non-HTTP operations, and the helpers the service benchmark measures with: a bare
 * Node HTTP server answering one fixed JSON body
 * (the ceiling a Node service can reach on this machine), RSS sampling of a process, percentiles.
 * Traffic goes to 127.0.0.1 only.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import autocannon from 'autocannon';
import { createServer } from 'node:net';
import { performance } from 'node:perf_hooks';

export interface LoadRequest {
  method: 'GET' | 'POST' | 'PUT';
  path: string;
  headers?: Record<string, string>;
  body?: string;
}

export interface LoopOptions {
  /** Workers, each with at most one operation in flight (closed loop). */
  concurrency: number;
  /** Measured seconds, after `warmUpSeconds` not counted. */
  seconds: number;
  warmUpSeconds?: number;
  /** Hard bound on measured operations, whatever the duration. */
  maxOperations?: number;
}

export interface LoadOptions extends LoopOptions {
  port: number;
  /** The next request of worker `worker`; `n` counts all requests sent so far. */
  next: (n: number, worker: number) => LoadRequest;
  /** Called with each measured answer (e.g. to keep the acknowledged intakes). */
  onResponse?: (status: number, body: string, request: LoadRequest) => void;
}

export interface LoadResult {
  requests: number;
  seconds: number;
  perSecond: number;
  p50Ms: number;
  p99Ms: number;
  maxMs: number;
  /** Answers by HTTP status (or "ok" for non-HTTP operations). */
  statuses: Record<string, number>;
  errors: number;
}

/**
 * The closed loop: every worker runs `operation`, waits for it, runs the next. Operations started
 * during the warm-up are not counted; the measured window closes `seconds` after the first counted
 * start. `operation` returns a status to tally, or 0 for a failure.
 */
export async function closedLoop(options: LoopOptions, operation: (n: number, worker: number) => Promise<number | string>): Promise<LoadResult> {
  const maxOperations = options.maxOperations ?? 2_000_000;
  const latencies = new Float64Array(maxOperations);
  const statuses: Record<string, number> = {};
  let measured = 0;
  let errors = 0;
  let sent = 0;
  const warmUpEnd = performance.now() + (options.warmUpSeconds ?? 0) * 1000;
  let windowStart = 0;
  let windowEnd = Infinity;
  let lastFinish = 0;
  let stop = false;

  const worker = async (id: number) => {
    while (!stop) {
      const started = performance.now();
      if (started >= warmUpEnd && windowStart === 0) {
        windowStart = started;
        windowEnd = started + options.seconds * 1000;
      }
      if (started > windowEnd || measured >= maxOperations) {
        stop = true;
        break;
      }
      const status = await operation(sent++, id).catch(() => 0);
      const finished = performance.now();
      if (started < warmUpEnd || measured >= maxOperations) continue;
      if (status === 0) errors++;
      else statuses[status] = (statuses[status] ?? 0) + 1;
      latencies[measured++] = finished - started;
      lastFinish = Math.max(lastFinish, finished);
    }
  };
  await Promise.all(Array.from({ length: options.concurrency }, (_, i) => worker(i)));
  const elapsed = Math.max(lastFinish - windowStart, 1e-6) / 1000;
  const sorted = latencies.subarray(0, measured).sort();
  return {
    requests: measured,
    seconds: elapsed,
    perSecond: measured / elapsed,
    p50Ms: percentile(sorted, 0.5),
    p99Ms: percentile(sorted, 0.99),
    maxMs: sorted.length ? sorted[sorted.length - 1] : 0,
    statuses,
    errors,
  };
}

/**
 * HTTP load on 127.0.0.1 with autocannon: `concurrency` keep-alive connections, each with one request
 * in flight; a warm-up run of `warmUpSeconds` first (not counted). Latencies are autocannon's.
 */
export async function runLoad(options: LoadOptions): Promise<LoadResult> {
  let sent = 0;
  let workers = 0;
  const spec: autocannon.RequestSpec = {
    setupRequest: (_request, context) => {
      context.worker ??= workers++;
      const next = options.next(sent++, context.worker as number);
      const body = next.body === undefined ? undefined : Buffer.from(next.body);
      return {
        method: next.method,
        path: next.path,
        body,
        headers: { ...(body ? { 'content-type': 'application/json' } : {}), ...next.headers }, // autocannon adds Content-Length
      };
    },
  };
  const url = `http://127.0.0.1:${options.port}`;
  if (options.warmUpSeconds) await autocannon({ url, connections: options.concurrency, duration: options.warmUpSeconds, requests: [spec] });
  const measured: autocannon.RequestSpec = options.onResponse
    ? { ...spec, onResponse: (status, body, context) => options.onResponse!(status, body, context.request as LoadRequest) }
    : spec;
  if (options.onResponse) {
    const setup = spec.setupRequest!;
    measured.setupRequest = (request, context) => {
      const raw = setup(request, context);
      context.request = { method: raw.method, path: raw.path, headers: raw.headers, body: raw.body?.toString() } as LoadRequest;
      return raw;
    };
  }
  const length = options.maxOperations ? { amount: options.maxOperations } : { duration: options.seconds };
  const result = await autocannon({ url, connections: options.concurrency, ...length, timeout: 30, requests: [measured] });
  const statuses = Object.fromEntries(Object.entries(result.statusCodeStats ?? {}).map(([status, { count }]) => [status, count]));
  return {
    requests: result.requests.total,
    seconds: result.duration,
    perSecond: result.requests.total / result.duration,
    p50Ms: result.latency.p50,
    p99Ms: result.latency.p99,
    maxMs: result.latency.max,
    statuses,
    errors: result.errors + result.timeouts,
  };
}

/** Nearest-rank percentile of an ascending array. */
export function percentile(sorted: ArrayLike<number>, q: number): number {
  if (sorted.length === 0) return 0;
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(sorted.length * q) - 1))];
}

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

export interface ChildServer {
  port: number;
  pid: number;
  process: ChildProcess;
  stop(): Promise<void>;
}

const BARE_SERVER = `
const http = require('node:http');
const body = Buffer.from(process.env.BARE_JSON);
http.createServer((req, res) => {
  req.resume();
  req.on('end', () => {
    res.writeHead(200, { 'content-type': 'application/json; charset=utf-8', 'content-length': body.length, 'cache-control': 'no-store' });
    res.end(body);
  });
}).listen(Number(process.env.BARE_PORT), '127.0.0.1', () => process.stdout.write('ready\\n'));
`;

/** A bare Node HTTP server in its own process (like the service) answering every request with `json`. */
export async function startBareServer(json: string): Promise<ChildServer> {
  const port = await freePort();
  const child = spawn(process.execPath, ['-e', BARE_SERVER], {
    env: { ...process.env, BARE_JSON: json, BARE_PORT: String(port) },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  await new Promise<void>((resolve, reject) => {
    child.once('exit', (code) => reject(new Error(`bare server exited with ${code}`)));
    child.stdout!.once('data', () => resolve());
  });
  child.removeAllListeners('exit');
  return { port, pid: child.pid!, process: child, stop: () => stopChild(child) };
}

/** SIGTERM, then SIGKILL after `graceMs`. */
export function stopChild(child: ChildProcess, graceMs = 10_000): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    const timer = setTimeout(() => child.kill('SIGKILL'), graceMs);
    child.once('exit', () => {
      clearTimeout(timer);
      resolve();
    });
    child.kill('SIGTERM');
  });
}

/** Resident set size of a process in MB (Linux /proc, else ps), or null when unknown. */
export function rssMb(pid: number): number | null {
  try {
    const match = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    if (match) return Number(match[1]) / 1024;
  } catch {
    // not Linux, or the process is gone
  }
  return null;
}

/** Samples a process's RSS every `everyMs` until stopped; returns the peak seen. */
export function sampleRss(pid: number, everyMs = 200): { stop(): number | null } {
  let peak: number | null = rssMb(pid);
  const timer = setInterval(() => {
    const now = rssMb(pid);
    if (now !== null && (peak === null || now > peak)) peak = now;
  }, everyMs);
  return {
    stop() {
      clearInterval(timer);
      return peak;
    },
  };
}
