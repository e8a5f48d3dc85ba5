import { chmodSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client } from 'pg';
import { startEmbeddedPostgres } from '../../src/database/embedded-postgres';
import { withDatabase } from '../../src/database/database-url';
import { runMigrations } from '../../src/database/migrate';
import { freePort } from './free-port';

/**
 * One PostgreSQL for the whole run: the server of DATABASE_URL when set, otherwise an embedded one
 * in a temporary folder. Migrations run once into a template database; each test file clones it.
 */
export default async function globalSetup(): Promise<void> {
  let serverUrl = process.env.DATABASE_URL;
  if (!serverUrl) {
    const parent = mkdtempSync(join(tmpdir(), 'motcua-test-'));
    chmodSync(parent, 0o755); // the embedded server runs as the postgres user when we are root
    const dataDir = join(parent, 'pg');
    const embedded = await startEmbeddedPostgres({ dataDir, port: await freePort(), persistent: false, relocatable: true });
    (globalThis as Record<string, unknown>).__MOTCUA_EMBEDDED__ = embedded;
    serverUrl = embedded.url;
  }
  const template = `motcua_test_tpl_${process.pid}`;
  const admin = new Client({ connectionString: withDatabase(serverUrl, 'postgres') });
  await admin.connect();
  await admin.query(`DROP DATABASE IF EXISTS ${template}`);
  await admin.query(`CREATE DATABASE ${template}`);
  await admin.end();
  await runMigrations(withDatabase(serverUrl, template));
  process.env.MOTCUA_TEST_SERVER_URL = serverUrl;
  process.env.MOTCUA_TEST_TEMPLATE = template;
}
