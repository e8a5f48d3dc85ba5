import { Client } from 'pg';
import { withDatabase } from '../../src/database/database-url';
import type { EmbeddedDatabase } from '../../src/database/embedded-postgres';

export default async function globalTeardown(): Promise<void> {
  const embedded = (globalThis as Record<string, unknown>).__MOTCUA_EMBEDDED__ as EmbeddedDatabase | undefined;
  if (embedded) {
    await embedded.stop();
    return;
  }
  const serverUrl = process.env.MOTCUA_TEST_SERVER_URL;
  const template = process.env.MOTCUA_TEST_TEMPLATE;
  if (!serverUrl || !template) return;
  const admin = new Client({ connectionString: withDatabase(serverUrl, 'postgres') });
  await admin.connect();
  const leftovers = await admin.query(
    `SELECT datname FROM pg_database WHERE datname = $1 OR datname LIKE $2`,
    [template, `${template}_%`],
  );
  for (const row of leftovers.rows) {
    await admin.query(`DROP DATABASE IF EXISTS "${row.datname}" WITH (FORCE)`);
  }
  await admin.end();
}
