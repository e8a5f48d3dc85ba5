import { Client } from 'pg';

/**
 * Row count and content checksum of every table of the public schema: equal before and after means
 * nothing was written (ids drawn from sequences by failed inserts do not count: no row holds them).
 */
export async function tableChecksums(databaseUrl: string): Promise<Record<string, string>> {
  const client = new Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const tables: { name: string }[] = (
      await client.query(`SELECT tablename AS name FROM pg_tables WHERE schemaname = 'public' ORDER BY tablename`)
    ).rows;
    const sums: Record<string, string> = {};
    for (const { name } of tables) {
      const [row] = (
        await client.query(`SELECT count(*)::text AS n, coalesce(md5(string_agg(md5(t::text), '' ORDER BY md5(t::text))), '-') AS sum FROM "${name}" t`)
      ).rows;
      sums[name] = `${row.n} rows, ${row.sum}`;
    }
    return sums;
  } finally {
    await client.end();
  }
}

export async function queryRows<T = Record<string, unknown>>(databaseUrl: string, sql: string, params: unknown[] = []): Promise<T[]> {
  const client = new Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    return (await client.query(sql, params)).rows as T[];
  } finally {
    await client.end();
  }
}
