import { Injectable, Module } from '@nestjs/common';
import { DossierChangeListener, DossierChangesModule } from './dossier-change-listener';
import { TransactionContext } from './transaction-context';

/**
 * Rows every request reads and an administrator rarely changes (agencies, procedures, working
 * calendars, bearer tokens), kept in this process per key. An entry is dropped when a NOTIFY says
 * one of its tables changed, through whichever instance (migration 1765830000000), and at once, then
 * again at commit, when this instance writes the table itself (`ReferenceCaches.written`). Nothing is
 * served from memory while the LISTEN connection is down (a change could go unheard) nor inside a
 * transaction (it must see its own writes); a read that overlapped a change is not kept.
 */
export class ReferenceCache<V> {
  private readonly entries = new Map<string, V>();
  /** Reads under way: concurrent misses of one key (a cold start under load) share one read. */
  private readonly pending = new Map<string, Promise<V | null>>();
  /** Bumped by every change heard: a read started before it is not kept. */
  private epoch = 0;

  constructor(
    private readonly owner: ReferenceCaches,
    readonly tables: readonly string[],
    private readonly maxEntries: number,
  ) {}

  get(key: string, load: () => Promise<V | null>): Promise<V | null> {
    if (!this.owner.usable) return load();
    const hit = this.entries.get(key);
    if (hit !== undefined) return Promise.resolve(hit);
    const pending = this.pending.get(key);
    if (pending) return pending;
    const loading = this.loadAndKeep(key, load);
    this.pending.set(key, loading);
    const done = () => {
      if (this.pending.get(key) === loading) this.pending.delete(key);
    };
    loading.then(done, done);
    return loading;
  }

  get size(): number {
    return this.entries.size;
  }

  clear(): void {
    this.epoch++;
    this.entries.clear();
    this.pending.clear(); // a request from now on reads anew
  }

  private async loadAndKeep(key: string, load: () => Promise<V | null>): Promise<V | null> {
    const epoch = this.epoch;
    const value = await load();
    if (value !== null && epoch === this.epoch && this.owner.usable) {
      if (this.entries.size >= this.maxEntries) this.entries.delete(this.entries.keys().next().value as string);
      this.entries.set(key, value);
    }
    return value;
  }
}

/** The instance's reference caches, all fed by the one LISTEN connection. */
@Injectable()
export class ReferenceCaches {
  private readonly caches: ReferenceCache<unknown>[] = [];

  constructor(
    private readonly listener: DossierChangeListener,
    private readonly tx: TransactionContext,
  ) {
    listener.subscribeReference(({ table }) => this.changed(table));
  }

  /** Serving from memory is allowed: the LISTEN connection is up and no transaction is open. */
  get usable(): boolean {
    return this.listener.connected && !this.tx.inTransaction;
  }

  create<V>(tables: readonly string[], maxEntries = 10_000): ReferenceCache<V> {
    const cache = new ReferenceCache<V>(this, tables, maxEntries);
    this.caches.push(cache as ReferenceCache<unknown>);
    return cache;
  }

  /**
   * This instance wrote `table` (the other instances hear the NOTIFY): its caches drop what they
   * built from it now and once more after the commit, so a read that ran meanwhile is not kept
   * and the next request after the write's answer reads the committed rows.
   */
  written(table: string): void {
    this.changed(table);
    this.tx.afterCommit(() => this.changed(table));
  }

  private changed(table: string): void {
    for (const cache of this.caches) if (table === '*' || cache.tables.includes(table)) cache.clear();
  }
}

/** Imported by the modules whose repositories keep reference rows in memory. */
@Module({ imports: [DossierChangesModule], providers: [ReferenceCaches], exports: [ReferenceCaches] })
export class ReferenceCachesModule {}
