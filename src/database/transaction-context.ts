import { AsyncLocalStorage } from 'node:async_hooks';
import { Global, Injectable, Module } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';

/**
 * The request's unit of work: `run` opens a transaction and keeps its EntityManager in an
 * AsyncLocalStorage, so every repository called from inside it (however deep) writes on that
 * connection without the manager being passed around (as Vendure's TransactionalConnection or
 * typeorm-transactional do). Outside `run`, repositories use the pool.
 */
@Injectable()
export class TransactionContext {
  private readonly current = new AsyncLocalStorage<EntityManager>();
  private readonly commitHooks = new WeakMap<EntityManager, Array<() => void>>();

  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /** Runs `work` in one transaction: committed when it resolves, rolled back when it throws. A nested run joins the outer one. */
  async run<T>(work: () => Promise<T>): Promise<T> {
    if (this.current.getStore()) return work();
    const hooks: Array<() => void> = [];
    const result = await this.db.transaction((manager) => {
      this.commitHooks.set(manager, hooks);
      return this.current.run(manager, work);
    });
    for (const hook of hooks) hook();
    return result;
  }

  /** Runs `hook` once the open transaction has committed (never when it rolls back); at once outside one. */
  afterCommit(hook: () => void): void {
    const manager = this.current.getStore();
    const hooks = manager && this.commitHooks.get(manager);
    if (hooks) hooks.push(hook);
    else hook();
  }

  /** The open transaction's manager, else the pool's. */
  get manager(): EntityManager {
    return this.current.getStore() ?? this.db.manager;
  }

  get inTransaction(): boolean {
    return this.current.getStore() !== undefined;
  }

  /**
   * A hot statement prepared once per pooled connection (preparedQuery); inside a transaction it runs
   * on the transaction's connection instead, unprepared.
   */
  prepared<T>(name: string, text: string, values: unknown[]): Promise<T[]> {
    const manager = this.current.getStore();
    return manager ? manager.query(text, values) : preparedQuery<T>(this.db, name, text, values);
  }
}

/** Provides the TransactionContext to every module's repositories. */
@Global()
@Module({ providers: [TransactionContext], exports: [TransactionContext] })
export class TransactionModule {}

interface PgPool {
  query(config: { name: string; text: string; values: unknown[] }): Promise<{ rows: unknown[] }>;
}

/**
 * Runs one of the hot statements (public look-up, bearer-token check, intake) as a named prepared
 * statement straight on TypeORM's pg pool: PostgreSQL parses and plans it once per connection
 * instead of on every call, which for these few-row queries is most of their cost. Only for
 * fixed SQL text; `name` must be unique per text. Not usable behind a transaction-pooling proxy
 * that cannot keep prepared statements (see docs/scaling.md).
 */
export async function preparedQuery<T>(db: DataSource, name: string, text: string, values: unknown[]): Promise<T[]> {
  const pool = (db.driver as unknown as { master?: PgPool }).master;
  if (!pool) return db.query(text, values);
  const result = await pool.query({ name, text, values });
  return result.rows as T[];
}
