import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Every change to the data the service keeps in memory between requests (the catalogue, the working
 * calendars, staff users and their bearer tokens) NOTIFYs `motcua_reference_changed` with the table's
 * name; each instance LISTENs and drops what it built from that table
 * (src/database/dossier-change-listener.ts, src/database/reference-cache.ts). Statement-level
 * triggers: one NOTIFY per statement. A new bearer token is in no cache: its INSERT needs none.
 */
const TABLES = ['agencies', 'fields', 'procedures', 'calendar_years', 'agency_calendar_days', 'calendar_revision', 'users', 'auth_tokens'] as const;

function eventsOf(table: string): string {
  return table === 'auth_tokens' ? 'UPDATE OR DELETE OR TRUNCATE' : 'INSERT OR UPDATE OR DELETE OR TRUNCATE';
}

export class ReferenceChangeNotify1765830000000 implements MigrationInterface {
  name = 'ReferenceChangeNotify1765830000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE FUNCTION motcua_notify_reference_change() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        PERFORM pg_notify('motcua_reference_changed', TG_TABLE_NAME);
        RETURN NULL;
      END $$`);
    for (const table of TABLES) {
      await db.query(`
        CREATE TRIGGER ${table}_notify_reference AFTER ${eventsOf(table)} ON ${table}
          FOR EACH STATEMENT EXECUTE FUNCTION motcua_notify_reference_change()`);
    }
  }

  async down(db: QueryRunner): Promise<void> {
    for (const table of TABLES) await db.query(`DROP TRIGGER IF EXISTS ${table}_notify_reference ON ${table}`);
    await db.query(`DROP FUNCTION motcua_notify_reference_change()`);
  }
}
