/**
 * A motcua backup is a gzip'd SQL text in the shape of `pg_dump --data-only` (COPY … FROM stdin blocks
 * and setval lines), preceded by a header naming the migrations that made its schema: restore runs those
 * migrations, then loads the data. It can also be loaded by hand with psql after the same migrations.
 */
export const BACKUP_FORMAT = 'motcua-backup';
export const BACKUP_VERSION = 1;
export const HEADER_PREFIX = '-- motcua-backup ';
export const END_MARKER = '-- end of motcua backup';

export interface BackupHeader {
  format: typeof BACKUP_FORMAT;
  version: number;
  /** The database's clock at the snapshot (every table is read in that one snapshot). */
  takenAt: string;
  serverVersion: string;
  /** Names of the applied migrations, in order. */
  migrations: string[];
  tables: string[];
}

export interface TableCount {
  table: string;
  rows: number;
}

export const COPY_LINE = /^COPY public\.("(?:[^"]|"")+") \((.+)\) FROM stdin;$/;
export const SETVAL_LINE = /^SELECT pg_catalog\.setval\('(public\.[a-z0-9_]+)', (\d+), true\);$/;

export function parseHeader(line: string | undefined): BackupHeader {
  if (!line?.startsWith(HEADER_PREFIX)) throw new Error('Not a motcua backup (no motcua-backup header)');
  const header = JSON.parse(line.slice(HEADER_PREFIX.length)) as BackupHeader;
  if (header.format !== BACKUP_FORMAT || header.version !== BACKUP_VERSION) {
    throw new Error(`Unsupported backup format ${header.format} ${header.version}`);
  }
  return header;
}
