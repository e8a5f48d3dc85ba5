import { Injectable } from '@nestjs/common';
import type { ThrottlerStorage } from '@nestjs/throttler';
import { Clock } from '../common/clock';
import { TransactionContext } from '../database/transaction-context';

type ThrottlerStorageRecord = Awaited<ReturnType<ThrottlerStorage['increment']>>;

interface CounterRow {
  hits: number;
  window_ends_at: Date;
}

const INCREMENT_SQL = `
  INSERT INTO throttle_counters AS c (key, hits, window_ends_at)
  VALUES ($1, 1, $2::timestamptz + $3 * interval '1 millisecond')
  ON CONFLICT (key) DO UPDATE SET
    hits = CASE WHEN c.window_ends_at <= $2 THEN 1 ELSE c.hits + 1 END,
    window_ends_at = CASE WHEN c.window_ends_at <= $2 THEN excluded.window_ends_at ELSE c.window_ends_at END
  RETURNING hits, window_ends_at`;

/**
 * @nestjs/throttler's storage in PostgreSQL, so every instance of the service shares the counters
 * (its own storage is one process's memory). A fixed window per key, timed by the injected Clock.
 * A key is blocked once its hits reach the limit, until its window ends.
 */
@Injectable()
export class PgThrottlerStorage implements ThrottlerStorage {
  constructor(
    private readonly tx: TransactionContext,
    private readonly clock: Clock,
  ) {}

  async increment(key: string, ttl: number, limit: number, blockDuration: number): Promise<ThrottlerStorageRecord> {
    const now = this.clock.now();
    const [row] = (await this.tx.manager.query(INCREMENT_SQL, [key, now, ttl])) as CounterRow[];
    if (row.hits >= limit && blockDuration > ttl) {
      await this.tx.manager.query(`UPDATE throttle_counters SET window_ends_at = GREATEST(window_ends_at, $2::timestamptz + $3 * interval '1 millisecond') WHERE key = $1`, [key, now, blockDuration]);
      row.window_ends_at = new Date(Math.max(new Date(row.window_ends_at).getTime(), now.getTime() + blockDuration));
    }
    return record(row, limit, now);
  }

  /** The key's state without counting a hit. */
  async current(key: string, limit: number): Promise<ThrottlerStorageRecord> {
    const now = this.clock.now();
    const rows = (await this.tx.manager.query('SELECT hits, window_ends_at FROM throttle_counters WHERE key = $1 AND window_ends_at > $2', [key, now])) as CounterRow[];
    return record(rows[0] ?? { hits: 0, window_ends_at: now }, limit, now);
  }

  async reset(key: string): Promise<void> {
    await this.tx.manager.query('DELETE FROM throttle_counters WHERE key = $1', [key]);
  }

  /** Forgets windows that have ended (run by the housekeeping job). */
  async purgeExpired(): Promise<number> {
    const [, count] = (await this.tx.manager.query('DELETE FROM throttle_counters WHERE window_ends_at <= $1', [this.clock.now()])) as [unknown, number];
    return count;
  }
}

function record(row: CounterRow, limit: number, now: Date): ThrottlerStorageRecord {
  const seconds = Math.max(0, Math.ceil((new Date(row.window_ends_at).getTime() - now.getTime()) / 1000));
  const isBlocked = row.hits >= limit;
  return { totalHits: row.hits, timeToExpire: seconds, isBlocked, timeToBlockExpire: isBlocked ? Math.max(1, seconds) : 0 };
}
