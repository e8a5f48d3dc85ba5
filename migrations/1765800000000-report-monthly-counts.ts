import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Province scale (issue 20): Biểu 06 per calendar month from a roll-up of the dossiers whose
 * processing has ended, kept by a statement trigger on `dossiers` in the transaction that changes
 * them. A closed dossier's share of every month it lies in (received → finished) never changes
 * again, so the roll-up holds it; an open dossier is judged at the present while its month runs,
 * so open dossiers stay a live query (src/reports/report-queries.ts).
 *
 * One row per resolving agency × local month × procedure, with the counters a month needs:
 * received (online / other) in the month, carried into it, the end class in the month it finished
 * (resolved early / on time / late, refused; withdrawn, stopped, late), and pending at the month's
 * end (on time / late against 00:00 of the next month). Months are Asia/Ho_Chi_Minh (fixed UTC+7),
 * as in the report SQL; the classes are those of report-queries.ts.
 */
export const ROLLUP_COUNTERS = [
  'received_online', 'received_other', 'carried_over',
  'resolved_early', 'resolved_on_time', 'resolved_late', 'resolved_refused',
  'pending_on_time', 'pending_late',
  'ended_withdrawn', 'ended_stopped', 'ended_late',
] as const;

const KEY = 'agency_code, month, procedure_id, procedure_code';
const C_KEY = KEY.split(', ').map((k) => `c.${k}`).join(', ');
const LOCAL = (column: string) => `((${column} AT TIME ZONE 'UTC') + interval '7 hours')`;
const SUMS = ROLLUP_COUNTERS.map((c) => `sum(c.${c})::int`).join(', ');

export class ReportMonthlyCounts1765800000000 implements MigrationInterface {
  name = 'ReportMonthlyCounts1765800000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE report_monthly_counts (
        agency_code text NOT NULL,
        month date NOT NULL CHECK (extract(day FROM month) = 1),
        procedure_id uuid NOT NULL,
        procedure_code text NOT NULL,
        ${ROLLUP_COUNTERS.map((c) => `${c} integer NOT NULL DEFAULT 0`).join(',\n        ')},
        PRIMARY KEY (${KEY})
      )`);
    await this.contributions(db);
    await db.query(`
      CREATE FUNCTION report_monthly_counts_add(deltas report_monthly_counts[]) RETURNS void LANGUAGE sql AS $$
        INSERT INTO report_monthly_counts AS t (${KEY}, ${ROLLUP_COUNTERS.join(', ')})
        SELECT ${C_KEY}, ${SUMS}
          FROM unnest(deltas) c
         GROUP BY ${C_KEY}
         ORDER BY ${C_KEY} -- rows locked in one order by every writer: no deadlock between two closings
        ON CONFLICT (${KEY}) DO UPDATE SET ${ROLLUP_COUNTERS.map((c) => `${c} = t.${c} + EXCLUDED.${c}`).join(', ')}
      $$`);
    await this.trigger(db);
    // Dossiers already there.
    await db.query(`
      INSERT INTO report_monthly_counts (${KEY}, ${ROLLUP_COUNTERS.join(', ')})
      SELECT ${C_KEY}, ${SUMS}
        FROM dossiers d CROSS JOIN LATERAL report_month_contributions(d, 1) c
       GROUP BY ${C_KEY}`);
  }

  /** A closed dossier's rows, one per month from its receipt to its end, times sign (+1 or -1); nothing for an open one. */
  private async contributions(db: QueryRunner): Promise<void> {
    const when = (condition: string) => `CASE WHEN ${condition} THEN sign ELSE 0 END`;
    const counters: Record<(typeof ROLLUP_COUNTERS)[number], string> = {
      received_online: when(`g = x.r_month AND d.channel = 'online'`),
      received_other: when(`g = x.r_month AND d.channel <> 'online'`),
      carried_over: when(`g > x.r_month`),
      resolved_early: when(`g = x.f_month AND x.resolved AND x.finished <= d.original_due_at AND x.f_local::date < x.due_local::date`),
      resolved_on_time: when(`g = x.f_month AND x.resolved AND x.finished <= d.original_due_at AND x.f_local::date >= x.due_local::date`),
      resolved_late: when(`g = x.f_month AND x.resolved AND x.finished > d.original_due_at`),
      resolved_refused: when(`g = x.f_month AND x.resolved AND d.status = 3`),
      // Pending at the month's end, judged at 00:00 of the next month (local timestamps compare as the instants do).
      pending_on_time: when(`g < x.f_month AND g + interval '1 month' <= x.due_local`),
      pending_late: when(`g < x.f_month AND g + interval '1 month' > x.due_local`),
      ended_withdrawn: when(`g = x.f_month AND NOT x.resolved AND d.status = 7`),
      ended_stopped: when(`g = x.f_month AND NOT x.resolved AND d.status <> 7`),
      ended_late: when(`g = x.f_month AND NOT x.resolved AND x.finished > d.original_due_at`),
    };
    await db.query(`
      CREATE FUNCTION report_month_contributions(d dossiers, sign integer) RETURNS SETOF report_monthly_counts LANGUAGE sql STABLE AS $$
        SELECT d.resolving_agency_code, g::date, d.procedure_id, d.procedure_code,
               ${ROLLUP_COUNTERS.map((c) => counters[c]).join(',\n               ')}
          FROM (SELECT COALESCE(d.resolved_at, d.ended_at) AS finished,
                       ${LOCAL('COALESCE(d.resolved_at, d.ended_at)')} AS f_local,
                       ${LOCAL('d.original_due_at')} AS due_local,
                       (d.resolved_at IS NOT NULL OR d.status = 3) AS resolved,
                       date_trunc('month', ${LOCAL('d.received_at')}) AS r_month,
                       -- A finish before the receipt (never written by the service) counts in the receipt's month, as the live SQL does.
                       GREATEST(date_trunc('month', ${LOCAL('d.received_at')}), date_trunc('month', ${LOCAL('COALESCE(d.resolved_at, d.ended_at)')})) AS f_month
                 WHERE COALESCE(d.resolved_at, d.ended_at) IS NOT NULL) x
          CROSS JOIN LATERAL generate_series(x.r_month, x.f_month, interval '1 month') g
      $$`);
  }

  /**
   * One trigger function for the three statements (transition tables: one call per statement, so a
   * COPY of a million rows adds its counts in one upsert). An UPDATE touches the roll-up only for
   * dossiers whose reported facts changed: a hand-off or a lateness mark costs a join of two rows.
   */
  private async trigger(db: QueryRunner): Promise<void> {
    const facts = (alias: string) =>
      `(${['resolving_agency_code', 'procedure_id', 'procedure_code', 'channel', 'status', 'received_at', 'original_due_at', 'resolved_at', 'ended_at']
        .map((c) => `${alias}.${c}`)
        .join(', ')})`;
    await db.query(`
      CREATE FUNCTION dossiers_report_monthly_counts() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF TG_OP = 'INSERT' THEN
          PERFORM report_monthly_counts_add(ARRAY(
            SELECT c FROM new_rows n CROSS JOIN LATERAL report_month_contributions(n, 1) c
             WHERE COALESCE(n.resolved_at, n.ended_at) IS NOT NULL));
        ELSIF TG_OP = 'UPDATE' THEN
          PERFORM report_monthly_counts_add(
            ARRAY(SELECT c FROM old_rows o JOIN new_rows n ON n.id = o.id CROSS JOIN LATERAL report_month_contributions(o, -1) c
                   WHERE ${facts('o')} IS DISTINCT FROM ${facts('n')})
            || ARRAY(SELECT c FROM old_rows o JOIN new_rows n ON n.id = o.id CROSS JOIN LATERAL report_month_contributions(n, 1) c
                   WHERE ${facts('o')} IS DISTINCT FROM ${facts('n')}));
        ELSE
          PERFORM report_monthly_counts_add(ARRAY(
            SELECT c FROM old_rows o CROSS JOIN LATERAL report_month_contributions(o, -1) c
             WHERE COALESCE(o.resolved_at, o.ended_at) IS NOT NULL));
        END IF;
        RETURN NULL;
      END $$`);
    await db.query(`CREATE TRIGGER dossiers_report_counts_insert AFTER INSERT ON dossiers REFERENCING NEW TABLE AS new_rows
      FOR EACH STATEMENT EXECUTE FUNCTION dossiers_report_monthly_counts()`);
    await db.query(`CREATE TRIGGER dossiers_report_counts_update AFTER UPDATE ON dossiers REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
      FOR EACH STATEMENT EXECUTE FUNCTION dossiers_report_monthly_counts()`);
    await db.query(`CREATE TRIGGER dossiers_report_counts_delete AFTER DELETE ON dossiers REFERENCING OLD TABLE AS old_rows
      FOR EACH STATEMENT EXECUTE FUNCTION dossiers_report_monthly_counts()`);
  }

  async down(db: QueryRunner): Promise<void> {
    for (const op of ['insert', 'update', 'delete']) await db.query(`DROP TRIGGER IF EXISTS dossiers_report_counts_${op} ON dossiers`);
    await db.query(`DROP FUNCTION IF EXISTS dossiers_report_monthly_counts()`);
    await db.query(`DROP FUNCTION IF EXISTS report_monthly_counts_add(report_monthly_counts[])`);
    await db.query(`DROP FUNCTION IF EXISTS report_month_contributions(dossiers, integer)`);
    await db.query(`DROP TABLE IF EXISTS report_monthly_counts`);
  }
}
