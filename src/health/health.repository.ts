import { Inject, Injectable } from '@nestjs/common';
import type { DataSource } from 'typeorm';
import { REPLICA_DATA_SOURCE } from '../database/read-replica';
import { TransactionContext } from '../database/transaction-context';

export interface StandbyState {
  in_recovery: boolean;
  replay_lsn: string | null;
  lag_seconds: string | null;
}

/** What the health checks ask the database. */
@Injectable()
export class HealthRepository {
  constructor(
    private readonly tx: TransactionContext,
    @Inject(REPLICA_DATA_SOURCE) private readonly replicaDb: DataSource | null,
  ) {}

  get hasReplica(): boolean {
    return this.replicaDb !== null;
  }

  /**
   * The read replica's replay position and lag in seconds: the age of the last replayed commit while
   * received WAL waits to be replayed, 0 once everything received is replayed (an idle primary commits
   * nothing, so the age alone would grow forever).
   */
  async standbyState(): Promise<StandbyState> {
    const [state]: StandbyState[] = await this.replicaDb!.query(
      `SELECT pg_is_in_recovery() AS in_recovery, pg_last_wal_replay_lsn()::text AS replay_lsn,
              CASE WHEN pg_last_wal_receive_lsn() IS NOT DISTINCT FROM pg_last_wal_replay_lsn() THEN 0
                   ELSE COALESCE(EXTRACT(epoch FROM now() - pg_last_xact_replay_timestamp()), 0) END AS lag_seconds`,
    );
    return state;
  }

  /** Bytes of WAL the primary has written past the given position. */
  async walBytesAfter(lsn: string): Promise<number> {
    const [row]: Array<{ behind: string }> = await this.tx.manager.query(`SELECT GREATEST(0, pg_wal_lsn_diff(pg_current_wal_lsn(), $1::pg_lsn)) AS behind`, [lsn]);
    return Number(row.behind);
  }

  /** Throws when the database does not answer. */
  async ping(): Promise<void> {
    await this.tx.manager.query('SELECT 1');
  }

  async appliedMigrations(): Promise<string[]> {
    const rows: { name: string }[] = await this.tx.manager.query('SELECT name FROM schema_migrations');
    return rows.map((row) => row.name);
  }

  /** Runs a backlog source's count query (one row, its count as `n`). */
  async count(sql: string): Promise<number> {
    return Number((await this.tx.manager.query(sql))[0].n);
  }
}
