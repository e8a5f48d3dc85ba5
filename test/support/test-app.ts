import type { INestApplication } from '@nestjs/common';
import { Clock } from '../../src/common/clock';
import type { AppConfig } from '../../src/config/app-config';
import { seedDemo } from '../../src/demo/seed-demo';
import { createHttpApp } from '../../src/http-app';
import { createTestDatabase, TestDatabase } from './test-database';
import { testNow } from './test-now';

/** A clock the test moves by hand; it starts at the test instant (test-now.ts), never the real now. */
export class TestClock extends Clock {
  constructor(private current: Date = testNow()) {
    super();
  }
  now(): Date {
    return new Date(this.current);
  }
  set(at: Date | string): void {
    this.current = new Date(at);
  }
}

export interface TestApp {
  app: INestApplication;
  baseUrl: string;
  db: TestDatabase;
  clock: TestClock;
  config: AppConfig & { databaseUrl: string };
  close(): Promise<void>;
}

/** The real service on its own migrated database with the demo data, listening on a free port. */
export async function startTestApp(options: { now?: Date | string; config?: Partial<AppConfig> } = {}): Promise<TestApp> {
  const db = await createTestDatabase();
  const clock = new TestClock(options.now ? new Date(options.now) : testNow());
  const config: AppConfig & { databaseUrl: string } = {
    port: 0,
    databaseUrl: db.url,
    dataDir: '',
    embeddedPort: 0,
    publicBaseUrl: 'http://motcua.test',
    seedDemo: true,
    tokenTtlMinutes: 60 * 24 * 365, // tests move the clock by days
    logLevel: 'silent',
    latenessScanMinutes: 0, // tests run the lateness job and the notification dispatcher by hand
    notificationDispatchSeconds: 0,
    dvcqgPollSeconds: 0, // the DVCQG outbox worker too
    ...options.config,
  };
  const app = await createHttpApp(config, clock);
  await seedDemo(app);
  await app.listen(0, '127.0.0.1');
  // fetch drops an idle connection after 4 s; were the server to close it first (5 s by default) while a
  // test held the event loop (a PDF rasterised on a loaded machine), the next request would meet ECONNRESET.
  app.getHttpServer().keepAliveTimeout = 60_000;
  const address = app.getHttpServer().address();
  const baseUrl = `http://127.0.0.1:${address.port}`;
  return {
    app,
    baseUrl,
    db,
    clock,
    config,
    close: async () => {
      await app.close();
      await db.drop();
    },
  };
}
