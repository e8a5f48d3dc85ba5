import { Inject, Injectable } from '@nestjs/common';
import { HealthIndicatorService } from '@nestjs/terminus';
import { ALL_MIGRATIONS } from '../../migrations';
import { APP_CONFIG, AppConfig } from '../config/app-config';
import { BACKLOG_SOURCES, BacklogSource } from './backlog-sources';
import { HealthRepository } from './health.repository';

export const READY_BACKLOG_SOURCES = Symbol('READY_BACKLOG_SOURCES');
export const DEFAULT_READY_MAX_OUTBOX_BACKLOG = 1000;
export const DEFAULT_READY_MAX_REPLICA_LAG_SECONDS = 30;

/** The readiness checks of /health/ready, each reported under its own key (the replica's only when there is one). */
@Injectable()
export class ReadinessIndicators {
  private readonly expectedMigrations = ALL_MIGRATIONS.map((migration) => new migration().name ?? migration.name);

  constructor(
    private readonly health: HealthIndicatorService,
    private readonly db: HealthRepository,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(READY_BACKLOG_SOURCES) private readonly sources: readonly BacklogSource[],
  ) {}

  get hasReplica(): boolean {
    return this.db.hasReplica;
  }

  /** The read replica: a hot standby, and how far behind the primary it is (seconds and bytes of WAL). */
  async replica() {
    const check = this.health.check('replica');
    const limit = this.config.readyMaxReplicaLagSeconds ?? DEFAULT_READY_MAX_REPLICA_LAG_SECONDS;
    if (!this.db.hasReplica) return check.up({ configured: false });
    try {
      const standby = await withTimeout(this.db.standbyState());
      if (!standby.in_recovery || !standby.replay_lsn) return check.down({ message: 'DATABASE_REPLICA_URL is not a standby', limit });
      const lagSeconds = Math.round(Number(standby.lag_seconds) * 1000) / 1000;
      const details = { lagSeconds, behindBytes: await this.db.walBytesAfter(standby.replay_lsn), limit };
      return lagSeconds <= limit ? check.up(details) : check.down(details);
    } catch {
      return check.down({ message: 'replica unreachable', limit });
    }
  }

  database() {
    return this.health
      .check('database')
      .attempt(() => this.db.ping())
      .withTimeout(3000);
  }

  async migrations() {
    const check = this.health.check('migrations');
    try {
      const applied = new Set(await this.db.appliedMigrations());
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
      for (const source of this.sources) backlog[source.name] = source.enabled(this.config) ? await this.db.count(source.countSql) : 0;
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
