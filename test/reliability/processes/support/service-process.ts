import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { freePort } from '../../../support/free-port';

/** The built service as a child process (`node dist/src/main.js`) on a free port. */
export interface ServiceProcess {
  baseUrl: string;
  pid: number;
  /** kill -9: no shutdown hooks, no flushing, connections dropped mid-transaction. */
  kill9(): Promise<void>;
  /** SIGTERM and wait for the exit. */
  stop(): Promise<void>;
  /** What it wrote to stderr (for failure messages). */
  output(): string;
}

const MAIN = resolve(__dirname, '../../../../dist/src/main.js');

/** `databaseUrl` undefined: the embedded database, with `env` naming MOTCUA_DATA_DIR and MOTCUA_EMBEDDED_PG_PORT. */
export async function startService(databaseUrl: string | undefined, options: { seedDemo: boolean; env?: Record<string, string> }): Promise<ServiceProcess> {
  if (!existsSync(MAIN)) throw new Error(`${MAIN} is missing: the reliability global setup builds it`);
  const port = await freePort();
  let output = '';
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    DATABASE_URL: databaseUrl,
    PORT: String(port),
    HOST: '127.0.0.1', // the demo accounts may only listen on loopback
    SEED_DEMO: options.seedDemo ? '1' : '0',
    SEED_DEMO_HISTORY: '0',
    LOG_LEVEL: 'silent',
    LATENESS_SCAN_MINUTES: '0',
    NOTIFY_DISPATCH_SECONDS: '0',
    PUBLIC_BASE_URL: `http://127.0.0.1:${port}`,
    ...options.env,
  };
  if (!databaseUrl) delete env.DATABASE_URL;
  const child: ChildProcess = spawn(process.execPath, [MAIN], {
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const keep = (chunk: Buffer) => {
    if (output.length < 50_000) output += chunk.toString();
  };
  child.stdout!.on('data', keep);
  child.stderr!.on('data', keep);
  const exited = new Promise<void>((done) => child.once('exit', () => done()));
  const baseUrl = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 90_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`the service exited with ${child.exitCode}: ${output}`);
    if (Date.now() > deadline) {
      child.kill('SIGKILL');
      throw new Error(`the service did not answer /health in 90 s: ${output}`);
    }
    if (await fetch(`${baseUrl}/health`).then((r) => r.ok, () => false)) break;
    await new Promise((r) => setTimeout(r, 100));
  }
  return {
    baseUrl,
    pid: child.pid!,
    output: () => output,
    kill9: async () => {
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
      await exited;
    },
    stop: async () => {
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), 15_000);
      await exited;
      clearTimeout(timer);
    },
  };
}
