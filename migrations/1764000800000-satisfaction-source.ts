import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Satisfaction ratings are written now (counter staff on the citizen's word, or the citizen on the
 * QR status page): where each one came from, and which staff account recorded it (none for the
 * citizen's own). Ratings stored before this migration count as given at the counter.
 */
export class SatisfactionSource1764000800000 implements MigrationInterface {
  name = 'SatisfactionSource1764000800000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      ALTER TABLE satisfaction_ratings
        ADD COLUMN source text NOT NULL DEFAULT 'counter' CONSTRAINT satisfaction_ratings_source_check CHECK (source IN ('counter', 'public')),
        ADD COLUMN recorded_by uuid NULL REFERENCES users(id)`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE satisfaction_ratings DROP COLUMN IF EXISTS recorded_by, DROP COLUMN IF EXISTS source`);
  }
}
