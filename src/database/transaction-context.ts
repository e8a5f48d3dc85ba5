import { AsyncLocalStorage } from 'node:async_hooks';
import { Global, Injectable, Module } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { preparedQuery } from './prepared-query';

/**
 * The request's unit of work: `run` opens a transaction and keeps its EntityManager in an
 * AsyncLocalStorage, so every repository called from inside it (however deep) writes on that
 * connection without the manager being passed around (as Vendure's TransactionalConnection or
 * typeorm-transactional do). Outside `run`, repositories use the pool.
 */
@Injectable()
export class TransactionContext {
  private readonly current = new AsyncLocalStorage<EntityManager>();

  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /** Runs `work` in one transaction: committed when it resolves, rolled back when it throws. A nested run joins the outer one. */
  run<T>(work: () => Promise<T>): Promise<T> {
    if (this.current.getStore()) return work();
    return this.db.transaction((manager) => this.current.run(manager, work));
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
