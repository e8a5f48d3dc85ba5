import { resolve } from 'node:path';
import type { AppConfig } from '../config/app-config';
import { openTarget } from './database-target';
import { TableCount } from './backup-format';
import { restoreBackup } from './restore-backup';
import { writeBackup } from './write-backup';

/** `cli backup --out FILE`: a consistent copy of the database in use, also while the service runs. */
export async function backupCommand(config: AppConfig, out: string): Promise<string> {
  const target = await openTarget(config, 'backup');
  try {
    const summary = await writeBackup(target.url, resolve(out));
    return `Backup of ${target.description} as of ${summary.takenAt} written to ${summary.file}: ${describe(summary.tables)}`;
  } finally {
    await target.release();
  }
}

/** `cli restore --in FILE [--force]`: into an empty data folder or database; `--force` replaces a non-empty one. */
export async function restoreCommand(config: AppConfig, file: string, force: boolean): Promise<string> {
  const target = await openTarget(config, 'restore', force);
  try {
    const summary = await restoreBackup(target.url, resolve(file), { force });
    return `Restored the backup of ${summary.takenAt} into ${target.description}: ${describe(summary.tables)}`;
  } finally {
    await target.release();
  }
}

function describe(tables: TableCount[]): string {
  const rows = tables.reduce((sum, t) => sum + t.rows, 0);
  const dossiers = tables.find((t) => t.table === 'dossiers')?.rows ?? 0;
  return `${tables.length} tables, ${rows} rows (${dossiers} dossiers)`;
}
