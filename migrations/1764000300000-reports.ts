import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Reports (issue 7): indexes for the period aggregates of Biểu 06 and the on-time rates, the PAR
 * scoring rubrics as configuration (seeded with the illustrative example rubric), and satisfaction
 * ratings (indicator 5.4 of QĐ 766) collected when a result is returned.
 */
export class Reports1764000300000 implements MigrationInterface {
  name = 'Reports1764000300000';

  async up(db: QueryRunner): Promise<void> {
    // Dossiers received in a period, per resolving agency (Biểu 06 "mới tiếp nhận").
    await db.query(`CREATE INDEX dossiers_report_received ON dossiers (resolving_agency_code, received_at)`);
    // Dossiers whose processing ended in or after a period start, or is still going on (NULL):
    // carried-over dossiers and resolutions in a period. received_at is checked in the index, so only
    // the dossiers received before the period are read from the table.
    await db.query(`CREATE INDEX dossiers_report_finished ON dossiers (resolving_agency_code, (COALESCE(resolved_at, ended_at)), received_at)`);
    // Dossiers falling due in a period after ending before it (the due_in_period definition).
    await db.query(`CREATE INDEX dossiers_report_original_due ON dossiers (resolving_agency_code, original_due_at, (COALESCE(resolved_at, ended_at)))`);
    // Open dossiers by agency and procedure: overdue-by-procedure and the pending/overdue gauges.
    await db.query(`
      CREATE INDEX dossiers_report_open ON dossiers (resolving_agency_code, procedure_code, due_at, original_due_at)
      WHERE status IN (1, 2, 4, 5, 6)`);

    await db.query(`
      CREATE TABLE par_rubrics (
        id text PRIMARY KEY CHECK (id ~ '^[a-z0-9][a-z0-9-]{0,62}$'),
        name text NOT NULL,
        description text NOT NULL DEFAULT '',
        province_code text REFERENCES agencies(code),
        year integer NOT NULL CHECK (year BETWEEN 2000 AND 2100),
        definition text NOT NULL CHECK (definition IN ('resolved', 'due_in_period', 'index766')),
        max_score numeric(8, 4) NOT NULL CHECK (max_score > 0),
        bands jsonb NOT NULL,
        updated_at timestamptz NOT NULL DEFAULT now(),
        updated_by text NOT NULL DEFAULT 'migration'
      )`);
    // One rubric per province and year; a NULL province is the default for provinces without one.
    await db.query(`CREATE UNIQUE INDEX par_rubrics_province_year ON par_rubrics (COALESCE(province_code, ''), year)`);
    await db.query(
      `INSERT INTO par_rubrics (id, name, description, province_code, year, definition, max_score, bands)
       VALUES ($1, $2, $3, NULL, $4, $5, $6, $7)`,
      [
        EXAMPLE.id,
        EXAMPLE.name,
        'Thang điểm minh họa, không phải quy định của tỉnh nào: 100% được điểm tối đa, từ 95% được một nửa, ' +
          'từ 90% được một phần tư, dưới 90% không có điểm. Dùng mặc định cho các tỉnh chưa khai báo thang điểm; ' +
          'quản trị viên sao chép và sửa cho đúng tỉnh và năm.',
        EXAMPLE.year,
        EXAMPLE.definition,
        EXAMPLE.maxScore,
        JSON.stringify(EXAMPLE.bands),
      ],
    );

    await db.query(`
      CREATE TABLE satisfaction_ratings (
        dossier_id uuid PRIMARY KEY REFERENCES dossiers(id),
        level text NOT NULL CHECK (level IN ('very_satisfied', 'satisfied', 'neutral', 'dissatisfied', 'very_dissatisfied')),
        rated_at timestamptz NOT NULL,
        comment text
      )`);
    await db.query(`CREATE INDEX satisfaction_ratings_rated ON satisfaction_ratings (rated_at)`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE IF EXISTS satisfaction_ratings`);
    await db.query(`DROP TABLE IF EXISTS par_rubrics`);
    for (const index of ['dossiers_report_open', 'dossiers_report_original_due', 'dossiers_report_finished', 'dossiers_report_received']) {
      await db.query(`DROP INDEX IF EXISTS ${index}`);
    }
  }
}

/** EXAMPLE_PAR_RUBRIC of src/domain/reports/rubrics.ts, copied so the migration never changes with the code. */
const EXAMPLE = {
  id: 'example-on-time-2025',
  name: 'Ví dụ: tỷ lệ hồ sơ thủ tục hành chính được giải quyết đúng hạn',
  year: 2025,
  definition: 'resolved',
  maxScore: 1,
  bands: [
    { minRate: 1, points: 1 },
    { minRate: 0.95, points: 0.5 },
    { minRate: 0.9, points: 0.25 },
    { minRate: 0, points: 0 },
  ],
};
