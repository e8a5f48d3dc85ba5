import type { DataSource } from 'typeorm';

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
