import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { createGunzip } from 'node:zlib';
import { Client } from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
import { ALL_MIGRATIONS } from '../../migrations';
import { ensureDatabase, runMigrations } from '../database/migrate';
import { COPY_LINE, END_MARKER, parseHeader, SETVAL_LINE, TableCount } from './backup-format';
import { quoteIdent, readTables } from './table-order';

export interface RestoreSummary {
  takenAt: string;
  tables: TableCount[];
}

/**
 * Restores a backup into the database of `url` (created when missing): runs the backup's migrations,
 * then loads its data in one transaction. Refuses a database that already has tables unless `force`,
 * which drops its schema first. On failure the database is left empty again.
 */
export async function restoreBackup(url: string, file: string, options: { force?: boolean } = {}): Promise<RestoreSummary> {
  const lines = readLines(file);
  const header = parseHeader((await lines.next()).value);
  const known = new Map(ALL_MIGRATIONS.map((migration) => [new migration().name ?? migration.name, migration]));
  const unknown = header.migrations.filter((name) => !known.has(name));
  if (unknown.length > 0) throw new Error(`The backup was made by a newer motcua (unknown migrations: ${unknown.join(', ')}); update before restoring`);

  await ensureDatabase(url);
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    await ensureEmpty(client, options.force ?? false);
    try {
      await runMigrations(url, ALL_MIGRATIONS.filter((migration) => header.migrations.includes(new migration().name ?? migration.name)));
      const tables = await loadData(client, lines, header.tables);
      return { takenAt: header.takenAt, tables };
    } catch (error) {
      await client.query('ROLLBACK').catch(() => undefined);
      await dropSchema(client);
      throw error;
    }
  } finally {
    await client.end();
  }
}

async function ensureEmpty(client: Client, force: boolean): Promise<void> {
  const [{ tables }] = (await client.query(`SELECT count(*)::int AS tables FROM pg_tables WHERE schemaname = 'public'`)).rows;
  if (tables === 0) return;
  if (!force) throw new Error(`The database ${client.database} is not empty (${tables} tables): pass --force to replace its contents`);
  await dropSchema(client);
}

async function dropSchema(client: Client): Promise<void> {
  await client.query('DROP SCHEMA IF EXISTS public CASCADE');
  await client.query('CREATE SCHEMA public');
}

async function loadData(client: Client, lines: AsyncIterator<string>, backupTables: string[]): Promise<TableCount[]> {
  await client.query('BEGIN');
  const tables = await readTables(client);
  const present = new Set(tables.map((table) => table.name));
  const missing = backupTables.filter((name) => !present.has(name));
  if (missing.length > 0) throw new Error(`The backup has tables its migrations did not create: ${missing.join(', ')}`);
  // The rows are restored as they were: no trigger may add to them (the DVCQG outbox marks dossiers
  // dirty on every audit event) or refuse them; re-enabled before the commit.
  for (const table of tables) await client.query(`ALTER TABLE public.${quoteIdent(table.name)} DISABLE TRIGGER USER`);
  // Migrations seed some tables (calendars, catalogue): the backup's rows replace them.
  for (const table of [...tables].reverse()) await client.query(`DELETE FROM public.${quoteIdent(table.name)}`);

  const counts: TableCount[] = [];
  for (let next = await lines.next(); ; next = await lines.next()) {
    if (next.done) throw new Error('The backup file is truncated (no end marker): nothing restored');
    const line = next.value;
    if (line === END_MARKER) break;
    if (line.startsWith('--') || line === "SET client_encoding = 'UTF8';") continue;
    const copy = COPY_LINE.exec(line);
    const setval = SETVAL_LINE.exec(line);
    if (copy) {
      const table = copy[1].slice(1, -1).replace(/""/g, '"');
      if (!present.has(table)) throw new Error(`The backup loads an unknown table ${table}`);
      const stream = client.query(copyFrom(line.replace(/ FROM stdin;$/, ' FROM STDIN')));
      await pipeline(Readable.from(copyBlock(lines)), stream);
      counts.push({ table, rows: stream.rowCount });
    } else if (setval) {
      await client.query('SELECT pg_catalog.setval($1::regclass, $2, true)', [setval[1], setval[2]]);
    } else {
      // A file cut in the middle of a line ends with a fragment of one.
      if ((await lines.next()).done) throw new Error('The backup file is truncated (it ends inside a line): nothing restored');
      throw new Error(`Unexpected line in the backup: ${line.slice(0, 80)}`);
    }
  }
  for (const table of tables) await client.query(`ALTER TABLE public.${quoteIdent(table.name)} ENABLE TRIGGER USER`);
  await client.query('COMMIT');
  return counts;
}

async function* copyBlock(lines: AsyncIterator<string>): AsyncGenerator<string> {
  for (;;) {
    const next = await lines.next();
    if (next.done) throw new Error('The backup file is truncated (inside a COPY block): nothing restored');
    if (next.value === '\\.') return;
    yield `${next.value}\n`;
  }
}

function readLines(file: string): AsyncIterator<string> {
  const input = createReadStream(file).pipe(createGunzip());
  return createInterface({ input, crlfDelay: Infinity })[Symbol.asyncIterator]();
}
