import { DataSource } from 'typeorm';
import { TransactionContext } from '../../src/database/transaction-context';
import { createTestDatabase, TestDatabase } from '../support/test-database';

/** The unit of work repositories share: one transaction per run, seen by every call inside it. */
describe('TransactionContext', () => {
  let database: TestDatabase;
  let db: DataSource;
  let tx: TransactionContext;
  const count = async () => Number((await db.query(`SELECT count(*) AS n FROM tx_probe`))[0].n);
  const insert = (value: string) => tx.manager.query(`INSERT INTO tx_probe (value) VALUES ($1)`, [value]);

  beforeAll(async () => {
    database = await createTestDatabase();
    db = await new DataSource({ type: 'postgres', url: database.url, logging: false }).initialize();
    await db.query(`CREATE TABLE tx_probe (value text NOT NULL)`);
    tx = new TransactionContext(db);
  });
  afterAll(async () => {
    await db.destroy();
    await database.drop();
  });
  beforeEach(() => db.query(`TRUNCATE tx_probe`));

  it('commits what the work wrote when it resolves', async () => {
    await tx.run(async () => {
      await insert('a');
      await insert('b');
    });
    expect(await count()).toBe(2);
  });

  it('rolls back everything the work wrote when it throws, and rethrows', async () => {
    await expect(
      tx.run(async () => {
        await insert('a');
        throw new Error('rule broken');
      }),
    ).rejects.toThrow('rule broken');
    expect(await count()).toBe(0);
  });

  it('gives calls inside a run the transaction manager, and the pool outside', async () => {
    expect(tx.inTransaction).toBe(false);
    expect(tx.manager).toBe(db.manager);
    await tx.run(async () => {
      expect(tx.inTransaction).toBe(true);
      expect(tx.manager).not.toBe(db.manager);
      await insert('a');
      // Another connection does not see the uncommitted row; the transaction's own connection does.
      expect(await count()).toBe(0);
      expect(Number((await tx.manager.query(`SELECT count(*) AS n FROM tx_probe`))[0].n)).toBe(1);
    });
    expect(tx.inTransaction).toBe(false);
  });

  it('joins a nested run to the outer transaction: an inner failure rolls back the outer work too', async () => {
    await expect(
      tx.run(async () => {
        await insert('outer');
        const outer = tx.manager;
        await tx.run(async () => {
          expect(tx.manager).toBe(outer);
          await insert('inner');
        });
        await tx.run(async () => {
          throw new Error('inner failure');
        });
      }),
    ).rejects.toThrow('inner failure');
    expect(await count()).toBe(0);
  });

  it('keeps concurrent runs apart', async () => {
    const results = await Promise.allSettled([
      tx.run(async () => {
        await insert('kept');
      }),
      tx.run(async () => {
        await insert('dropped');
        await new Promise((r) => setTimeout(r, 10));
        throw new Error('second fails');
      }),
    ]);
    expect(results.map((r) => r.status)).toEqual(['fulfilled', 'rejected']);
    expect(await db.query(`SELECT value FROM tx_probe`)).toEqual([{ value: 'kept' }]);
  });

  it('runs prepared statements on the transaction connection inside a run', async () => {
    await tx.run(async () => {
      await insert('a');
      expect(await tx.prepared<{ n: string }>('tx_probe_count', `SELECT count(*) AS n FROM tx_probe`, [])).toEqual([{ n: '1' }]);
    });
    expect(await tx.prepared<{ n: string }>('tx_probe_count', `SELECT count(*) AS n FROM tx_probe`, [])).toEqual([{ n: '1' }]);
  });
});
