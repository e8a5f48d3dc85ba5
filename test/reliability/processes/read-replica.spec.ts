import { execFileSync } from 'node:child_process';
import { chownSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { INestApplication } from '@nestjs/common';
import { Client } from 'pg';
import { DataSource } from 'typeorm';
import { ensureDatabase, runMigrations } from '../../../src/database/migrate';
import { READ_DATA_SOURCE, REPLICA_APPLICATION_NAME } from '../../../src/database/read-replica';
import { seedDemo } from '../../../src/demo/seed-demo';
import { createHttpApp } from '../../../src/http-app';
import { freePort } from '../../support/free-port';
import { ApiClient } from '../../support/http';
import { TestClock } from '../../support/test-app';
import { testNow } from '../../support/test-now';

/**
 * DATABASE_REPLICA_URL with a real streaming replica: a PostgreSQL 15 primary in a temporary folder
 * (the shared server's pg_hba.conf admits no replication connection, and it is not ours to change),
 * a hot standby made from it with `pg_basebackup -R`, both started with pg_ctl as the postgres user
 * on free ports, and the service between them. Replay on the standby is paused to make a dossier
 * exist on the primary only: the report does not count it until replay resumes, so reports read
 * from the standby, while the intake itself (a write) succeeded on the primary.
 */
const PG_BIN = '/usr/lib/postgresql/15/bin';
const applicant = { fullName: 'Trần Văn Bình', idNumber: '038190012345', phone: '0912345678', address: '5 Lê Lai' };

function asPostgres(command: string, args: string[]): void {
  const asRoot = process.getuid?.() === 0;
  execFileSync(asRoot ? 'runuser' : command, asRoot ? ['-u', 'postgres', '--', command, ...args] : args, { stdio: 'pipe' });
}

describe('reports read from a streaming replica (pg_basebackup standby), writes go to the primary', () => {
  let dir: string;
  let primaryUrl: string;
  let standbyUrl: string;
  let app: INestApplication | undefined;
  let primary: Client;
  let standby: Client;
  let anonymous: ApiClient;
  const started: string[] = [];

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'motcua-replica-'));
    if (process.getuid?.() === 0) {
      const [uid, gid] = ['-u', '-g'].map((flag) => Number(execFileSync('id', [flag, 'postgres']).toString().trim()));
      chownSync(dir, uid, gid);
    }
    const [primaryPort, standbyPort] = [await freePort(), await freePort()];
    const start = async (data: string, port: number) => {
      asPostgres(`${PG_BIN}/pg_ctl`, ['-D', data, '-l', `${data}.log`, '-w', '-t', '120', '-o', `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c fsync=off`, 'start']);
      started.push(data);
    };
    asPostgres(`${PG_BIN}/initdb`, ['-D', join(dir, 'primary'), '-A', 'trust', '-U', 'postgres', '--no-sync']); // its pg_hba.conf admits local replication
    await start(join(dir, 'primary'), primaryPort);
    primaryUrl = `postgres://postgres@127.0.0.1:${primaryPort}/motcua`;
    await ensureDatabase(primaryUrl);
    await runMigrations(primaryUrl);
    asPostgres(`${PG_BIN}/pg_basebackup`, ['-h', '127.0.0.1', '-p', String(primaryPort), '-U', 'postgres', '-D', join(dir, 'standby'), '-R', '-X', 'stream', '--no-sync']);
    await start(join(dir, 'standby'), standbyPort);
    standbyUrl = `postgres://postgres@127.0.0.1:${standbyPort}/motcua`;

    const clock = new TestClock(testNow());
    app = await createHttpApp(
      {
        port: 0,
        databaseUrl: primaryUrl,
        databaseReplicaUrl: standbyUrl,
        readyMaxReplicaLagSeconds: 3600,
        dataDir: '',
        embeddedPort: 0,
        publicBaseUrl: 'http://motcua.test',
        seedDemo: true,
        tokenTtlMinutes: 60 * 24 * 365,
        logLevel: 'silent',
        latenessScanMinutes: 0,
        notificationDispatchSeconds: 0,
        dvcqgPollSeconds: 0,
      },
      clock,
    );
    await seedDemo(app);
    await app.listen(0, '127.0.0.1');
    anonymous = new ApiClient(`http://127.0.0.1:${app.getHttpServer().address().port}`);
    primary = new Client({ connectionString: primaryUrl });
    standby = new Client({ connectionString: standbyUrl });
    await Promise.all([primary.connect(), standby.connect()]);
  });

  afterAll(async () => {
    await app?.close();
    await Promise.all([primary?.end(), standby?.end()].map((p) => p?.catch(() => undefined)));
    for (const data of started.reverse()) {
      try {
        asPostgres(`${PG_BIN}/pg_ctl`, ['-D', data, '-m', 'immediate', '-w', 'stop']);
      } catch {
        // already stopped
      }
    }
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  /** Waits until the standby has replayed everything the primary has written so far. */
  async function caughtUp(): Promise<void> {
    const { rows } = await primary.query(`SELECT pg_current_wal_lsn()::text AS lsn`);
    for (let i = 0; i < 600; i++) {
      const behind = await standby.query(`SELECT pg_wal_lsn_diff($1::pg_lsn, pg_last_wal_replay_lsn()) > 0 AS behind`, [rows[0].lsn]);
      if (!behind.rows[0].behind) return;
      await new Promise((r) => setTimeout(r, 100));
    }
    throw new Error('the standby did not catch up in 60 s');
  }

  function monthQuery(): string {
    const local = new Date(testNow().getTime() + 7 * 3_600_000);
    return `period=month&year=${local.getUTCFullYear()}&index=${local.getUTCMonth() + 1}&groupBy=field`;
  }

  it('counts a dossier only once the standby has replayed it; the intake itself went to the primary', async () => {
    const [counter, manager] = await Promise.all([anonymous.login('tiepnhan'), anonymous.login('quanly')]);
    expect((await counter.post('/api/v1/dossiers', { procedureCode: '1.004873', applicant, channel: 'direct' })).status).toBe(201);
    await caughtUp();
    const before = await manager.get(`/api/v1/reports/processing?${monthQuery()}`);
    expect(before.status).toBe(200);

    await standby.query(`SELECT pg_wal_replay_pause()`);
    const created = await counter.post('/api/v1/dossiers', { procedureCode: '1.004873', applicant, channel: 'direct' });
    expect(created.status).toBe(201); // a write: the standby would have refused it
    expect((await primary.query(`SELECT count(*)::int AS n FROM dossiers WHERE code = $1`, [created.body.code])).rows[0].n).toBe(1);
    expect((await standby.query(`SELECT count(*)::int AS n FROM dossiers WHERE code = $1`, [created.body.code])).rows[0].n).toBe(0);
    const paused = await manager.get(`/api/v1/reports/processing?${monthQuery()}`);
    expect(paused.body.totals.received).toEqual(before.body.totals.received);
    const ready = await anonymous.get('/health/ready');
    expect(ready.body.details.replica).toMatchObject({ status: 'up', limit: 3600 });
    expect(ready.body.details.replica.behindBytes).toBeGreaterThan(0);

    await standby.query(`SELECT pg_wal_replay_resume()`);
    await caughtUp();
    const after = await manager.get(`/api/v1/reports/processing?${monthQuery()}`);
    expect(after.body.totals.received.total).toBe(before.body.totals.received.total + 1);
    expect((await anonymous.get('/health/ready')).body.details.replica).toMatchObject({ status: 'up', lagSeconds: 0 });
  });

  it('keeps its read connections on the standby, which refuses writes', async () => {
    const reads = `SELECT count(*)::int AS n FROM pg_stat_activity WHERE application_name = $1`;
    expect((await standby.query(reads, [REPLICA_APPLICATION_NAME])).rows[0].n).toBeGreaterThan(0);
    expect((await primary.query(reads, [REPLICA_APPLICATION_NAME])).rows[0].n).toBe(0);
    const readDb = app!.get<DataSource>(READ_DATA_SOURCE);
    expect(readDb).not.toBe(app!.get(DataSource));
    await expect(readDb.query(`UPDATE dossiers SET note = 'x'`)).rejects.toThrow(/read-only transaction/);
  });
});
