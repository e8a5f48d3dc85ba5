import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { AppConfig } from '../config/app-config';
import { withDatabase } from '../database/database-url';
import { embeddedClusterDir, embeddedServerUrl, startEmbeddedPostgres } from '../database/embedded-postgres';
import { loadOrCreateSecrets } from '../database/embedded-secrets';

/** The database a backup reads or a restore fills, and how to let go of it. */
export interface DatabaseTarget {
  url: string;
  description: string;
  release(): Promise<void>;
}

const EMBEDDED_DATABASE = 'motcua';

/**
 * DATABASE_URL when set; otherwise the embedded cluster of MOTCUA_DATA_DIR: the running one of the service
 * when there is one (backup only), else started here for the duration of the command.
 */
export async function openTarget(config: AppConfig, purpose: 'backup' | 'restore', force = false): Promise<DatabaseTarget> {
  if (config.databaseUrl) return { url: config.databaseUrl, description: 'DATABASE_URL', release: async () => undefined };
  const relocatable = config.dataDir === resolve('./data');
  const clusterDir = embeddedClusterDir(join(config.dataDir, 'pg'), relocatable);
  const description = `the embedded database in ${config.dataDir}`;
  const runningPort = runningServerPort(clusterDir);
  const hasCluster = existsSync(join(clusterDir, 'PG_VERSION'));
  if (purpose === 'backup') {
    if (!hasCluster) throw new Error(`No database in ${config.dataDir} (set MOTCUA_DATA_DIR or DATABASE_URL)`);
  } else {
    if (runningPort) throw new Error(`A PostgreSQL is running on ${clusterDir} (port ${runningPort}): stop the service before restoring`);
    if (hasCluster && !force) throw new Error(`${config.dataDir} already holds a database: restore into an empty MOTCUA_DATA_DIR, or pass --force to replace it`);
  }
  mkdirSync(config.dataDir, { recursive: true }); // a restore may name a new folder
  const password = loadOrCreateSecrets(config.dataDir).secrets.superuserPassword;
  if (purpose === 'backup' && runningPort) {
    return { url: withDatabase(embeddedServerUrl(runningPort, password), EMBEDDED_DATABASE), description, release: async () => undefined };
  }
  const embedded = await startEmbeddedPostgres({ dataDir: join(config.dataDir, 'pg'), port: config.embeddedPort, password, relocatable });
  return { url: withDatabase(embedded.url, EMBEDDED_DATABASE), description, release: () => embedded.stop() };
}

/** The port of the PostgreSQL running on this cluster, from its postmaster.pid (line 4), when its process is alive. */
function runningServerPort(clusterDir: string): number | undefined {
  const pidFile = join(clusterDir, 'postmaster.pid');
  if (!existsSync(pidFile)) return undefined;
  const lines = readFileSync(pidFile, 'utf8').split('\n');
  const pid = Number(lines[0]);
  const port = Number(lines[3]);
  if (!Number.isInteger(pid) || pid <= 0 || !Number.isInteger(port)) return undefined;
  try {
    process.kill(pid, 0);
    return port;
  } catch {
    return undefined;
  }
}
