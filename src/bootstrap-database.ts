import { existsSync, mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { Client } from 'pg';
import type { AppConfig } from './config/app-config';
import { withDatabase } from './database/database-url';
import { EmbeddedDatabase, startEmbeddedPostgres } from './database/embedded-postgres';
import { LEGACY_SUPERUSER_PASSWORD, loadOrCreateSecrets } from './database/embedded-secrets';
import { ensureDatabase, runMigrations } from './database/migrate';
import { ensureServiceRole, grantServicePrivileges, isSuperuser } from './database/service-role';

export interface ReadyDatabase {
  /** The service's connection: a role without superuser powers when the set-up allows it. */
  url: string;
  /** The owner's connection (migrations, backups). */
  ownerUrl: string;
  embedded?: EmbeddedDatabase;
  appliedMigrations: string[];
}

/**
 * DATABASE_URL when set, otherwise an embedded PostgreSQL under the data folder; migrated either way
 * as the owner (MIGRATION_DATABASE_URL, else DATABASE_URL; the embedded cluster's superuser), while the
 * service connects as a role that cannot bypass the audit trail's trigger or run programs (issue 17.4).
 */
export async function prepareDatabase(config: AppConfig, log: (line: string) => void): Promise<ReadyDatabase> {
  if (config.databaseUrl) return prepareExternal(config.databaseUrl, config.migrationDatabaseUrl, log);
  mkdirSync(config.dataDir, { recursive: true });
  const clusterDir = join(config.dataDir, 'pg');
  const existed = existsSync(join(clusterDir, 'PG_VERSION'));
  const { secrets, fresh } = loadOrCreateSecrets(config.dataDir);
  const legacy = existed && fresh;
  log(`Starting embedded PostgreSQL in ${config.dataDir} on port ${config.embeddedPort}`);
  // The default folder may move when root cannot run PostgreSQL there; one the operator chose may not.
  const relocatable = config.dataDir === resolve('./data');
  const password = legacy ? LEGACY_SUPERUSER_PASSWORD : secrets.superuserPassword;
  const embedded = await startEmbeddedPostgres({ dataDir: clusterDir, port: config.embeddedPort, password, relocatable, notice: log });
  try {
    let serverUrl = embedded.url;
    if (legacy) serverUrl = await replaceLegacyPassword(serverUrl, secrets.superuserPassword, log);
    const ownerUrl = withDatabase(serverUrl, 'motcua');
    await ensureDatabase(ownerUrl);
    const appliedMigrations = await runMigrations(ownerUrl);
    const url = await ensureServiceRole(ownerUrl, 'motcua_app', secrets.servicePassword);
    return { url, ownerUrl, embedded, appliedMigrations };
  } catch (error) {
    await embedded.stop();
    throw error;
  }
}

async function prepareExternal(url: string, migrationUrl: string | undefined, log: (line: string) => void): Promise<ReadyDatabase> {
  const ownerUrl = migrationUrl ?? url;
  await ensureDatabase(ownerUrl);
  const appliedMigrations = await runMigrations(ownerUrl);
  if (migrationUrl) {
    const owner = new Client({ connectionString: ownerUrl });
    await owner.connect();
    try {
      await grantServicePrivileges(owner, decodeURIComponent(new URL(url).username), decodeURIComponent(new URL(ownerUrl).pathname.slice(1)));
    } finally {
      await owner.end();
    }
  }
  if (await isSuperuser(url)) {
    log('WARNING: DATABASE_URL logs in as a PostgreSQL superuser, which can bypass the audit trail and run programs on the server: give the service its own role and MIGRATION_DATABASE_URL the owner (see SECURITY.md)');
  }
  return { url, ownerUrl, appliedMigrations };
}

/** A cluster initialised with the old constant password gets the generated one. */
async function replaceLegacyPassword(serverUrl: string, password: string, log: (line: string) => void): Promise<string> {
  const client = new Client({ connectionString: serverUrl });
  await client.connect();
  try {
    await client.query(`ALTER ROLE postgres PASSWORD '${password.replace(/'/g, "''")}'`);
  } finally {
    await client.end();
  }
  log('The embedded superuser password was the old built-in constant: replaced by a generated one (credentials.json, mode 0600)');
  const url = new URL(serverUrl);
  url.password = encodeURIComponent(password);
  return url.toString();
}
