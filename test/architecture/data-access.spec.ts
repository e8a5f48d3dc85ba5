import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';

/**
 * Repositories are the only classes that touch TypeORM's DataSource / EntityManager (issue 18):
 * files named `*.repository.ts` (one per aggregate) or `*.queries.ts` (read-only report SQL),
 * plus the three pieces of database infrastructure below (migrations, the read replica's data source,
 * the transaction context with its prepared statements). Everything else asks a repository.
 */
/** TypeORM's handles, or the TransactionContext's manager / prepared statements (a repository's tools). */
const TYPEORM_ACCESS = /DataSource|EntityManager|InjectRepository|\btx\.(manager|prepared)\b/;
const REPOSITORY_FILE = /\.(repository|queries)\.ts$/;
const INFRASTRUCTURE = ['src/database/migrate.ts', 'src/database/read-replica.ts', 'src/database/transaction-context.ts'];

/** Files not moved to repositories yet: this list may only shrink. */
const NOT_YET_MOVED: string[] = [];

const root = join(__dirname, '..', '..');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return entry.name.endsWith('.ts') && !entry.name.endsWith('.spec.ts') ? [relative(root, path).split('\\').join('/')] : [];
  });
}

const touching = sourceFiles(join(root, 'src'))
  .filter((file) => TYPEORM_ACCESS.test(readFileSync(join(root, file), 'utf8')))
  .filter((file) => !REPOSITORY_FILE.test(file));

describe('data access lives in repositories', () => {
  it('has no file outside repositories touching DataSource/EntityManager beyond the infrastructure and the not-yet-moved list', () => {
    expect(touching.filter((file) => !INFRASTRUCTURE.includes(file) && !NOT_YET_MOVED.includes(file))).toEqual([]);
  });

  it('keeps the not-yet-moved list current: a file moved to a repository leaves it', () => {
    expect(NOT_YET_MOVED.filter((file) => !touching.includes(file))).toEqual([]);
  });
});
