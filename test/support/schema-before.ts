import { Client } from 'pg';
import { DataSource, type MigrationInterface } from 'typeorm';
import { ALL_MIGRATIONS } from '../../migrations';
import { createEmptyDatabase, type TestDatabase } from './test-database';

export interface OlderSchema {
  db: TestDatabase;
  client: Client;
  /** The procedure 1.004873 of the demo commune 000.17.22.H56, inserted in the older schema. */
  procedureId: string;
}

/**
 * A database of its own migrated up to (not including) `migration`, with one commune, one field and
 * one procedure: where a migration's test enters rows as they were before it, then runs the rest.
 */
export async function databaseBefore(migration: new () => MigrationInterface): Promise<OlderSchema> {
  const db = await createEmptyDatabase();
  const before = ALL_MIGRATIONS.slice(0, ALL_MIGRATIONS.indexOf(migration as (typeof ALL_MIGRATIONS)[number]));
  const source = new DataSource({ type: 'postgres', url: db.url, migrations: before, migrationsTableName: 'schema_migrations', logging: false });
  await source.initialize();
  await source.runMigrations({ transaction: 'each' });
  await source.destroy();
  const client = new Client({ connectionString: db.url });
  await client.connect();
  await client.query(`INSERT INTO agencies (code, name, level, governing_body, place_name) VALUES ('000.17.22.H56', 'Trung tâm', 'commune', 'UBND PHƯỜNG', 'Hạc Thành')`);
  await client.query(`INSERT INTO fields (code, name) VALUES ('HOTICH', 'Hộ tịch')`);
  const { rows } = await client.query(
    `INSERT INTO procedures (code, version, effective_from, name, field_code, agency_level, duration_value, duration_unit)
     VALUES ('1.004873', 1, '2025-07-01', 'Cấp Giấy xác nhận', 'HOTICH', 'commune', 3, 'working_days') RETURNING id`,
  );
  return { db, client, procedureId: rows[0].id };
}
