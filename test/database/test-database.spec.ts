import { Client } from 'pg';
import { createTestDatabase } from '../support/test-database';

describe('test database', () => {
  it('is a migrated clone with the append-only event table', async () => {
    const db = await createTestDatabase();
    const client = new Client({ connectionString: db.url });
    await client.connect();
    const tables = await client.query(`SELECT count(*)::int AS n FROM information_schema.tables WHERE table_name = 'dossier_events'`);
    expect(tables.rows[0].n).toBe(1);
    await client.end();
    await db.drop();
  });
});
