import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Settings and facts for the legal rules of issue 15 (DOMAIN.md §4, §6), as data:
 * - procedures.supplement_window_days: working days after the day of receipt within which a
 *   supplement request restarts (or pauses) the clock (NĐ 61 Art. 19.4: 3; sector law may differ);
 * - supplement_requests.late_reason: why a request did not move the deadline (after the window, or
 *   the dossier already late); NULL for a request within the rules;
 * - agencies.cutoff_starts_next_day: a working-day procedure received after the cut-off counts from
 *   the next working day (off by default: provinces differ);
 * - par_rubrics.example: the built-in illustrative rubric, never a source of a score.
 */
export class LegalFidelity1765300000000 implements MigrationInterface {
  name = 'LegalFidelity1765300000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      ALTER TABLE procedures
        ADD COLUMN supplement_window_days integer NOT NULL DEFAULT 3
          CONSTRAINT procedures_supplement_window_days_check CHECK (supplement_window_days BETWEEN 1 AND 60)`);
    await db.query(`
      ALTER TABLE supplement_requests
        ADD COLUMN late_reason text NULL
          CONSTRAINT supplement_requests_late_reason_check CHECK (late_reason IN ('after_window', 'after_due'))`);
    await db.query(`ALTER TABLE agencies ADD COLUMN cutoff_starts_next_day boolean NOT NULL DEFAULT false`);
    await db.query(`ALTER TABLE par_rubrics ADD COLUMN example boolean NOT NULL DEFAULT false`);
    await db.query(`UPDATE par_rubrics SET example = true WHERE id = 'example-on-time-2025'`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE par_rubrics DROP COLUMN IF EXISTS example`);
    await db.query(`ALTER TABLE agencies DROP COLUMN IF EXISTS cutoff_starts_next_day`);
    await db.query(`ALTER TABLE supplement_requests DROP COLUMN IF EXISTS late_reason`);
    await db.query(`ALTER TABLE procedures DROP COLUMN IF EXISTS supplement_window_days`);
  }
}
