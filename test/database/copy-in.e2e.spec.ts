import { Pool } from 'pg';
import { copyIn } from '../../src/database/copy-in';
import { createEmptyDatabase, TestDatabase } from '../support/test-database';

describe('copyIn (COPY FROM STDIN of pieces in memory, on a pooled connection)', () => {
  let db: TestDatabase;
  let pool: Pool;

  beforeAll(async () => {
    db = await createEmptyDatabase();
    pool = new Pool({ connectionString: db.url, max: 1 });
    await pool.query('CREATE TABLE lines (n int PRIMARY KEY, word text NOT NULL)');
  });
  afterAll(async () => {
    await pool.end();
    await db.drop();
  });

  it('writes every piece in order, a line split across pieces included', async () => {
    const client = await pool.connect();
    try {
      await copyIn(client, 'COPY lines (n, word) FROM STDIN', [Buffer.from('1\tmột\n2\thai\n3\tb'), Buffer.from('a\n')]);
    } finally {
      client.release();
    }
    expect((await pool.query('SELECT n, word FROM lines ORDER BY n')).rows).toEqual([
      { n: 1, word: 'một' },
      { n: 2, word: 'hai' },
      { n: 3, word: 'ba' },
    ]);
  });

  it("rejects with PostgreSQL's error, rolls back with the transaction, and leaves the connection usable", async () => {
    const client = await pool.connect();
    try {
      await client.query('BEGIN');
      await copyIn(client, 'COPY lines (n, word) FROM STDIN', [Buffer.from('4\tbốn\n')]);
      await expect(copyIn(client, 'COPY lines (n, word) FROM STDIN', [Buffer.from('5\tnăm\n1\tlại một\n')])).rejects.toMatchObject({ code: '23505' });
      await client.query('ROLLBACK');
      expect((await client.query('SELECT count(*)::int AS n FROM lines')).rows[0].n).toBe(3);
    } finally {
      client.release();
    }
  });
});
