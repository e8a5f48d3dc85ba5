import { Injectable } from '@nestjs/common';
import { TransactionContext } from '../database/transaction-context';

/** What the health checks ask the database. */
@Injectable()
export class HealthRepository {
  constructor(private readonly tx: TransactionContext) {}

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
