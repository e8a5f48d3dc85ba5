import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Checks of applicants' data against shared national databases (QĐ 766 indicator 4.4). A check is
 * history: rows are never changed or removed (trigger), like the audit trail.
 */
export class SharedDataChecks1765800300000 implements MigrationInterface {
  name = 'SharedDataChecks1765800300000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE shared_data_checks (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        dossier_id uuid NOT NULL REFERENCES dossiers(id),
        source text NOT NULL CHECK (source IN ('population_database', 'business_registry', 'land_database', 'other_shared_database')),
        outcome text NOT NULL CHECK (outcome IN ('matched', 'mismatch', 'unavailable')),
        reference text,
        checked_at timestamptz NOT NULL,
        checked_by uuid NOT NULL REFERENCES users(id),
        checked_by_name text NOT NULL
      )`);
    await db.query(`CREATE INDEX shared_data_checks_dossier ON shared_data_checks (dossier_id, checked_at)`);
    await db.query(`
      CREATE FUNCTION refuse_shared_data_check_change() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION 'shared data checks are history (%)', TG_OP USING ERRCODE = 'check_violation';
      END $$`);
    await db.query(`CREATE TRIGGER shared_data_checks_append_only BEFORE UPDATE OR DELETE ON shared_data_checks FOR EACH ROW EXECUTE FUNCTION refuse_shared_data_check_change()`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE shared_data_checks`);
    await db.query(`DROP FUNCTION refuse_shared_data_check_change()`);
  }
}
