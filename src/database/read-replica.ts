import { Global, Inject, Injectable, Module, OnApplicationShutdown } from '@nestjs/common';
import { getDataSourceToken } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { APP_CONFIG, AppConfig, poolOptionsOf } from '../config/app-config';

/**
 * Where reads that may lag a moment go: reports, the index export and the public look-up. With
 * DATABASE_REPLICA_URL it is a streaming replica (a hot standby, read-only by construction: a write
 * sent there fails); otherwise the primary itself. Anything that reads in order to write (intake,
 * hand-offs, the lateness job, idempotency checks) keeps the primary's DataSource.
 */
export const READ_DATA_SOURCE = Symbol('READ_DATA_SOURCE');

/** The replica's own DataSource, or null without one (for its readiness check). */
export const REPLICA_DATA_SOURCE = Symbol('REPLICA_DATA_SOURCE');

/** Shown in pg_stat_activity of the standby: which connections are the service's reads. */
export const REPLICA_APPLICATION_NAME = 'motcua-replica-reads';

@Injectable()
class ReplicaShutdown implements OnApplicationShutdown {
  constructor(@Inject(REPLICA_DATA_SOURCE) private readonly replica: DataSource | null) {}

  async onApplicationShutdown(): Promise<void> {
    if (this.replica?.isInitialized) await this.replica.destroy();
  }
}

@Global()
@Module({
  providers: [
    {
      provide: REPLICA_DATA_SOURCE,
      inject: [APP_CONFIG],
      useFactory: async (config: AppConfig): Promise<DataSource | null> => {
        if (!config.databaseReplicaUrl) return null;
        const replica = new DataSource({
          type: 'postgres',
          url: config.databaseReplicaUrl,
          synchronize: false,
          logging: false,
          extra: { ...poolOptionsOf(config), application_name: REPLICA_APPLICATION_NAME },
        });
        return replica.initialize();
      },
    },
    {
      provide: READ_DATA_SOURCE,
      inject: [REPLICA_DATA_SOURCE, getDataSourceToken()],
      useFactory: (replica: DataSource | null, primary: DataSource) => replica ?? primary,
    },
    ReplicaShutdown,
  ],
  exports: [READ_DATA_SOURCE, REPLICA_DATA_SOURCE],
})
export class ReadReplicaModule {}
