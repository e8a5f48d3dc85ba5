import 'reflect-metadata';
import { Logger } from '@nestjs/common';
import { prepareDatabase } from './bootstrap-database';
import { createAppLogger } from './common/logging/app-logger';
import { configFromEnv } from './config/app-config';
import { EmbeddedPostgresPlacementError } from './database/embedded-postgres';
import { demoHistoryNeeded, seedDemoHistory, ReplayClock, seedDemo } from './demo';
import { createHttpApp } from './http-app';
import { assertDemoNotExposed, assertNoPublishedPasswordReachable, reachabilityLine } from './security';

async function main(): Promise<void> {
  const config = configFromEnv();
  if (config.logLevel !== 'silent') Logger.overrideLogger(createAppLogger(config).nest); // start-up lines in the same format
  const logger = new Logger('motcua');
  assertDemoNotExposed(config);
  const database = await prepareDatabase(config, (line) => logger.log(line));
  if (database.appliedMigrations.length > 0) logger.log(`Applied migrations: ${database.appliedMigrations.join(', ')}`);
  const clock = new ReplayClock();
  const app = await createHttpApp({ ...config, databaseUrl: database.url }, clock);
  if (config.seedDemo) {
    await seedDemo(app);
    if (config.seedDemoHistory && (await demoHistoryNeeded(app))) {
      logger.log('Replaying four months of demo dossiers (first start only)…');
      const count = await seedDemoHistory(app, { now: clock.now(), moveClock: (at) => clock.pin(at) });
      clock.release();
      logger.log(`${count} demo dossiers received`);
    }
    logger.log('Demo data ready: log in as tiepnhan / demo12345 (see README)');
  }
  await assertNoPublishedPasswordReachable(app, config.host ?? '0.0.0.0').catch(async (error) => {
    await app.close();
    await database.embedded?.stop();
    throw error;
  });
  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.log(`${signal} received: shutting down`);
    await app.close();
    await database.embedded?.stop();
    process.exit(0);
  };
  process.on('SIGINT', () => void stop('SIGINT'));
  process.on('SIGTERM', () => void stop('SIGTERM'));
  await app.listen(config.port, config.host ?? '0.0.0.0');
  logger.log(reachabilityLine(config));
  logger.log(`motcua is serving http://localhost:${config.port} (API docs: /api/docs)`);
}

main().catch((error) => {
  console.error(error instanceof EmbeddedPostgresPlacementError ? error.message : error); // a cause the operator fixes: one line
  process.exit(1);
});
