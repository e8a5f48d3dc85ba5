import { createWriteStream } from 'node:fs';
import { rename, rm } from 'node:fs/promises';
import type { Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { createGzip } from 'node:zlib';
import { Client } from 'pg';
import { to as copyTo } from 'pg-copy-streams';
import { BACKUP_FORMAT, BACKUP_VERSION, BackupHeader, END_MARKER, HEADER_PREFIX, TableCount } from './backup-format';
import { quoteIdent, readTables } from './table-order';

export interface BackupSummary {
  file: string;
  takenAt: string;
  migrations: number;
  tables: TableCount[];
}

/**
 * Writes every table of the database in one REPEATABLE READ snapshot, so the backup is consistent while
 * the service keeps writing. The file appears only when complete (written aside, then renamed), readable
 * by its owner only: it holds applicants' personal data.
 */
export async function writeBackup(url: string, file: string): Promise<BackupSummary> {
  const partial = `${file}.partial`;
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    await client.query('BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY');
    const gzip = createGzip();
    const done = pipeline(gzip, createWriteStream(partial, { mode: 0o600 }));
    const summary = await dumpSnapshot(client, gzip);
    gzip.end();
    await done;
    await client.query('COMMIT');
    await rename(partial, file);
    return { file, ...summary };
  } catch (error) {
    await rm(partial, { force: true });
    throw error;
  } finally {
    await client.end();
  }
}

async function dumpSnapshot(client: Client, out: Writable): Promise<Omit<BackupSummary, 'file'>> {
  const [{ takenAt, serverVersion }] = (await client.query(`SELECT now() AS "takenAt", current_setting('server_version') AS "serverVersion"`)).rows;
  const migrations = (await client.query<{ name: string }>('SELECT name FROM schema_migrations ORDER BY timestamp, id')).rows.map((r) => r.name);
  const tables = await readTables(client);
  const header: BackupHeader = {
    format: BACKUP_FORMAT,
    version: BACKUP_VERSION,
    takenAt: new Date(takenAt).toISOString(),
    serverVersion,
    migrations,
    tables: tables.map((t) => t.name),
  };
  await write(out, `${HEADER_PREFIX}${JSON.stringify(header)}\n-- Data only: run the migrations listed above first (npm run cli -- restore does).\nSET client_encoding = 'UTF8';\n`);
  const counts: TableCount[] = [];
  for (const table of tables) {
    const columns = table.columns.map(quoteIdent).join(', ');
    await write(out, `COPY public.${quoteIdent(table.name)} (${columns}) FROM stdin;\n`);
    const copy = client.query(copyTo(`COPY public.${quoteIdent(table.name)} (${columns}) TO STDOUT`));
    await new Promise<void>((resolve, reject) => {
      copy.once('error', reject).once('end', resolve).pipe(out, { end: false });
    });
    await write(out, '\\.\n');
    counts.push({ table: table.name, rows: copy.rowCount });
  }
  const sequences = await client.query<{ name: string; value: string }>(
    `SELECT sequencename AS name, last_value::text AS value FROM pg_sequences WHERE schemaname = 'public' AND last_value IS NOT NULL ORDER BY 1`,
  );
  for (const seq of sequences.rows) {
    if (!/^[a-z0-9_]+$/.test(seq.name)) throw new Error(`Unexpected sequence name ${seq.name}`);
    await write(out, `SELECT pg_catalog.setval('public.${seq.name}', ${seq.value}, true);\n`);
  }
  await write(out, `${END_MARKER}\n`);
  return { takenAt: header.takenAt, migrations: migrations.length, tables: counts };
}

function write(out: Writable, text: string): Promise<void> {
  return new Promise((resolve, reject) => out.write(text, (error) => (error ? reject(error) : resolve())));
}
