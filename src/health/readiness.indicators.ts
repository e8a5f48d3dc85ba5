import { Inject, Injectable } from '@nestjs/common';
import { HealthIndicatorService } from '@nestjs/terminus';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { ALL_MIGRATIONS } from '../../migrations';
import { APP_CONFIG, AppConfig } from '../config/app-config';
import { REPLICA_DATA_SOURCE } from '../database/read-replica';
import { BACKLOG_SOURCES, BacklogSource } from './backlog-sources';

export const READY_BACKLOG_SOURCES = Symbol('READY_BACKLOG_SOURCES');
export const DEFAULT_READY_MAX_OUTBOX_BACKLOG = 1000;
export const DEFAULT_READY_MAX_REPLICA_LAG_SECONDS = 30;

/** The readiness checks of /health/ready, each reported under its own key (the replica's only when there is one). */
@Injectable()
export class ReadinessIndicators {
  private readonly expectedMigrations = ALL_MIGRATIONS.map((migration) => new migration().name ?? migration.name);

  constructor(
    private readonly health: HealthIndicatorService,
    @InjectDataSource() private readonly db: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(READY_BACKLOG_SOURCES) private readonly sources: readonly BacklogSource[],
    @Inject(REPLICA_DATA_SOURCE) private readonly replicaDb: DataSource | null,
  ) {}

  get hasReplica(): boolean {
    return this.replicaDb !== null;
  }

  /**
   * The read replica: a hot standby, and how far behind the primary it is. Lag in seconds is the age
   * of the last replayed commit while WAL it has received waits to be replayed, 0 once everything
   * received is replayed (an idle primary commits nothing, so the age alone would grow forever);
   * behindBytes is the primary's WAL position minus the replica's replayed one.
   */
  async replica() {
    const check = this.health.check('replica');
    const limit = this.config.readyMaxReplicaLagSeconds ?? DEFAULT_READY_MAX_REPLICA_LAG_SECONDS;
    if (!this.replicaDb) return check.up({ configured: false });
    try {
      const [standby]: Array<{ in_recovery: boolean; replay_lsn: string | null; lag_seconds: string | null }> = await withTimeout(
        this.replicaDb.query(
          `SELECT pg_is_in_recovery() AS in_recovery, pg_last_wal_replay_lsn()::text AS replay_lsn,
                  CASE WHEN pg_last_wal_receive_lsn() IS NOT DISTINCT FROM pg_last_wal_replay_lsn() THEN 0
                       ELSE COALESCE(EXTRACT(epoch FROM now() - pg_last_xact_replay_timestamp()), 0) END AS lag_seconds`,
        ),
      );
      if (!standby.in_recovery || !standby.replay_lsn) return check.down({ message: 'DATABASE_REPLICA_URL is not a standby', limit });
      const [primary]: Array<{ behind: string }> = await this.db.query(`SELECT GREATEST(0, pg_wal_lsn_diff(pg_current_wal_lsn(), $1::pg_lsn)) AS behind`, [standby.replay_lsn]);
      const lagSeconds = Math.round(Number(standby.lag_seconds) * 1000) / 1000;
      const details = { lagSeconds, behindBytes: Number(primary.behind), limit };
      return lagSeconds <= limit ? check.up(details) : check.down(details);
    } catch {
      return check.down({ message: 'replica unreachable', limit });
    }
  }

  database() {
    return this.health
      .check('database')
      .attempt(async () => void (await this.db.query('SELECT 1')))
      .withTimeout(3000);
  }

  async migrations() {
    const check = this.health.check('migrations');
    try {
      const rows: { name: string }[] = await this.db.query('SELECT name FROM schema_migrations');
      const applied = new Set(rows.map((row) => row.name));
      const pending = this.expectedMigrations.filter((name) => !applied.has(name));
      return pending.length === 0 ? check.up({ applied: applied.size }) : check.down({ applied: applied.size, pending });
    } catch {
      return check.down({ message: 'schema_migrations unreadable' });
    }
  }

  async outbox() {
    const check = this.health.check('outbox');
    const limit = this.config.readyMaxOutboxBacklog ?? DEFAULT_READY_MAX_OUTBOX_BACKLOG;
    try {
      const backlog: Record<string, number> = {};
      for (const source of this.sources) backlog[source.name] = await source.count(this.db, this.config);
      const total = Object.values(backlog).reduce((sum, n) => sum + n, 0);
      return total < limit ? check.up({ backlog, total, limit }) : check.down({ backlog, total, limit });
    } catch {
      return check.down({ message: 'outbox unreadable', limit });
    }
  }
}

export const backlogSourcesProvider = { provide: READY_BACKLOG_SOURCES, useValue: BACKLOG_SOURCES };

function withTimeout<T>(work: Promise<T>, ms = 3000): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`timeout of ${ms}ms exceeded`)), ms);
  });
  return Promise.race([work, timeout]).finally(() => clearTimeout(timer));
}
