import { join, resolve } from 'node:path';
import type { AppConfig } from './config/app-config';
import { withDatabase } from './database/database-url';
import { EmbeddedDatabase, startEmbeddedPostgres } from './database/embedded-postgres';
import { ensureDatabase, runMigrations } from './database/migrate';

export interface ReadyDatabase {
  url: string;
  embedded?: EmbeddedDatabase;
  appliedMigrations: string[];
}

/** DATABASE_URL when set, otherwise an embedded PostgreSQL under the data folder; migrated either way. */
export async function prepareDatabase(config: AppConfig, log: (line: string) => void): Promise<ReadyDatabase> {
  let url = config.databaseUrl;
  let embedded: EmbeddedDatabase | undefined;
  if (!url) {
    log(`Starting embedded PostgreSQL in ${config.dataDir} on port ${config.embeddedPort}`);
    // The default folder may move when root cannot run PostgreSQL there; one the operator chose may not.
    const relocatable = config.dataDir === resolve('./data');
    embedded = await startEmbeddedPostgres({ dataDir: join(config.dataDir, 'pg'), port: config.embeddedPort, relocatable, notice: log });
    url = withDatabase(embedded.url, 'motcua');
  }
  try {
    await ensureDatabase(url);
    const appliedMigrations = await runMigrations(url);
    return { url, embedded, appliedMigrations };
  } catch (error) {
    await embedded?.stop();
    throw error;
  }
}
