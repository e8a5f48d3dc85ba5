import { execFileSync } from 'node:child_process';
import { join, resolve } from 'node:path';
import databaseSetup from '../../support/global-setup';

/**
 * The process-level reliability tests run the built service (`node dist/src/main.js`) as child
 * processes: build it, then start the database and migrated template like every other test run.
 */
export default async function globalSetup(): Promise<void> {
  const root = resolve(__dirname, '../../..');
  execFileSync(join(root, 'node_modules/.bin/tsc'), ['-p', 'tsconfig.build.json'], { cwd: root, stdio: 'inherit' });
  execFileSync(process.execPath, [join(root, 'scripts/copy-assets.js')], { cwd: root, stdio: 'inherit' }); // npm run build's second step
  await databaseSetup();
}
