import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Every change that shows on a dossier's public page NOTIFYs `motcua_dossier_changed` with the
 * dossier ids (comma-separated), or `*` when too many rows changed at once (bulk loads, restores) or
 * what changed is shared by many dossiers (a procedure's or an agency's name). Each instance of the
 * service LISTENs and drops its cached look-ups (src/database/dossier-change-listener.ts).
 * Statement-level triggers: one NOTIFY per statement, whatever its row count.
 */
const TABLES = ['dossiers', 'dossier_events', 'apologies', 'satisfaction_ratings'] as const;
const EVENTS = { insert: 'new', update: 'new', delete: 'old' } as const;

export class DossierChangeNotify1765810000000 implements MigrationInterface {
  name = 'DossierChangeNotify1765810000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE FUNCTION motcua_notify_dossier_change() RETURNS trigger LANGUAGE plpgsql AS $$
      DECLARE
        ids text[];
      BEGIN
        IF TG_TABLE_NAME = 'dossiers' THEN
          SELECT array_agg(DISTINCT id::text) INTO ids FROM changed_rows;
        ELSIF TG_TABLE_NAME = 'dossier_events' THEN
          -- the intake's own event: its dossier is new, in no cache yet
          SELECT array_agg(DISTINCT dossier_id::text) INTO ids FROM changed_rows WHERE type <> 'received';
        ELSE
          SELECT array_agg(DISTINCT dossier_id::text) INTO ids FROM changed_rows;
        END IF;
        IF ids IS NOT NULL THEN
          PERFORM pg_notify('motcua_dossier_changed', CASE WHEN cardinality(ids) > 100 THEN '*' ELSE array_to_string(ids, ',') END);
        END IF;
        RETURN NULL;
      END $$`);
    await db.query(`
      CREATE FUNCTION motcua_notify_all_dossiers() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        PERFORM pg_notify('motcua_dossier_changed', '*');
        RETURN NULL;
      END $$`);
    for (const table of TABLES) {
      for (const [event, side] of Object.entries(EVENTS)) {
        // A new dossier is in no cache: its INSERT needs no NOTIFY.
        if (table === 'dossiers' && event === 'insert') continue;
        await db.query(`
          CREATE TRIGGER ${table}_notify_${event} AFTER ${event.toUpperCase()} ON ${table}
            REFERENCING ${side.toUpperCase()} TABLE AS changed_rows
            FOR EACH STATEMENT EXECUTE FUNCTION motcua_notify_dossier_change()`);
      }
      await db.query(`CREATE TRIGGER ${table}_notify_truncate AFTER TRUNCATE ON ${table} FOR EACH STATEMENT EXECUTE FUNCTION motcua_notify_all_dossiers()`);
    }
    for (const table of ['procedures', 'agencies']) {
      await db.query(`CREATE TRIGGER ${table}_notify_update AFTER UPDATE ON ${table} FOR EACH STATEMENT EXECUTE FUNCTION motcua_notify_all_dossiers()`);
    }
  }

  async down(db: QueryRunner): Promise<void> {
    for (const table of ['procedures', 'agencies']) await db.query(`DROP TRIGGER ${table}_notify_update ON ${table}`);
    for (const table of TABLES) {
      for (const event of [...Object.keys(EVENTS), 'truncate']) await db.query(`DROP TRIGGER IF EXISTS ${table}_notify_${event} ON ${table}`);
    }
    await db.query(`DROP FUNCTION motcua_notify_all_dossiers()`);
    await db.query(`DROP FUNCTION motcua_notify_dossier_change()`);
  }
}
