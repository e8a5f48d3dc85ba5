import { Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { READ_DATA_SOURCE } from '../database/read-replica';
import { emptyCounts, judgedAt, type ProcessingCounts, type ReportGroupBy, type ReportPeriod } from '../domain/reports';
import type { OnTimeDefinition } from '../domain/reports';

/**
 * The report aggregates, counted in PostgreSQL with one statement each (FILTER clauses over the
 * dossiers in scope), never by loading dossiers into the service. The definitions are those of
 * src/domain/reports (processingReport, onTimeRate), which stay the reference: a test checks that
 * both give the same figures on generated data.
 *
 * A dossier's facts, in SQL:
 * - the agency is the resolving agency (the one answerable for the deadline);
 * - due = original_due_at (the deadline clock's date; an apology never makes a late dossier on time);
 * - finished = COALESCE(resolved_at, ended_at): the end of processing; `resolved` (ended with a result)
 *   when resolved_at is set (status 9 or 10) or the dossier was refused after appraisal (3), otherwise
 *   ended without a result (7 withdrawn, 8 stopped), late when that came after the due instant;
 * - open dossiers are judged at the period end, or at `now` for a period still running;
 * - local days are Asia/Ho_Chi_Minh, a fixed UTC+7.
 */
export interface CountsRow {
  key: string;
  counts: ProcessingCounts;
}

export interface RateCounts {
  numerator: number;
  denominator: number;
}

export interface OverdueRow {
  procedureCode: string;
  pending: number;
  overdue: number;
  lateAgainstOriginal: number;
  oldestDueAt: Date | null;
}

export interface ProcessingTimeRow {
  procedureCode: string;
  agencyCode: string;
  receivedAt: Date;
  resolvedAt: Date;
  /** Supplement waits: [requested, received or null]. */
  waits: Array<[Date, Date | null]>;
}

const FINISHED = 'COALESCE(d.resolved_at, d.ended_at)';
const LOCAL_DAY = (column: string) => `((${column} AT TIME ZONE 'UTC') + interval '7 hours')::date`;
const COLUMNS = `d.id, d.procedure_id, d.procedure_code, d.channel, d.received_at, d.original_due_at AS due,
  ${FINISHED} AS finished, (d.resolved_at IS NOT NULL OR d.status = 3) AS resolved, d.status`;
const OPEN_STATUSES = '(1, 2, 4, 5, 6)';

/**
 * Dossiers in scope of the period (received in it, or carried into it: received before and not
 * finished before it started), as three disjoint branches that each use an index of the reports
 * migration. Parameters: $1 agencies, $2 from, $3 to. `extra` adds a fourth branch.
 */
function scopedSql(extra = ''): string {
  return `
    SELECT ${COLUMNS}, true AS in_scope FROM dossiers d
     WHERE d.resolving_agency_code = ANY($1::text[]) AND d.received_at >= $2::timestamptz AND d.received_at < $3::timestamptz
    UNION ALL
    SELECT ${COLUMNS}, true FROM dossiers d
     WHERE d.resolving_agency_code = ANY($1::text[]) AND ${FINISHED} >= $2::timestamptz AND d.received_at < $2::timestamptz
    UNION ALL
    SELECT ${COLUMNS}, true FROM dossiers d
     WHERE d.resolving_agency_code = ANY($1::text[]) AND ${FINISHED} IS NULL AND d.received_at < $2::timestamptz
    ${extra}`;
}

const PENDING = `(s.finished IS NULL OR s.finished >= $3::timestamptz)`;
/** The instant open dossiers are judged at ($4: the period end, or now if earlier). */
const JUDGED_AT = `$4::timestamptz`;
const RESOLVED_IN = `(s.resolved AND s.finished < $3::timestamptz)`;
const ENDED_UNRESOLVED = `(NOT s.resolved AND s.finished < $3::timestamptz)`;

const PROCESSING_COUNTS = `
  count(*) AS received_total,
  count(*) FILTER (WHERE s.received_at >= $2::timestamptz) AS received_in_period,
  count(*) FILTER (WHERE s.received_at >= $2::timestamptz AND s.channel = 'online') AS received_online,
  count(*) FILTER (WHERE s.received_at >= $2::timestamptz AND s.channel <> 'online') AS received_direct_or_postal,
  count(*) FILTER (WHERE s.received_at < $2::timestamptz) AS received_carried_over,
  count(*) FILTER (WHERE ${RESOLVED_IN}) AS resolved_total,
  count(*) FILTER (WHERE ${RESOLVED_IN} AND s.finished <= s.due AND ${LOCAL_DAY('s.finished')} < ${LOCAL_DAY('s.due')}) AS resolved_early,
  count(*) FILTER (WHERE ${RESOLVED_IN} AND s.finished <= s.due AND ${LOCAL_DAY('s.finished')} >= ${LOCAL_DAY('s.due')}) AS resolved_on_time,
  count(*) FILTER (WHERE ${RESOLVED_IN} AND s.finished > s.due) AS resolved_late,
  count(*) FILTER (WHERE ${RESOLVED_IN} AND s.status = 3) AS resolved_refused,
  count(*) FILTER (WHERE ${PENDING}) AS pending_total,
  count(*) FILTER (WHERE ${PENDING} AND ${JUDGED_AT} <= s.due) AS pending_on_time,
  count(*) FILTER (WHERE ${PENDING} AND ${JUDGED_AT} > s.due) AS pending_late,
  count(*) FILTER (WHERE ${ENDED_UNRESOLVED}) AS ended_total,
  count(*) FILTER (WHERE ${ENDED_UNRESOLVED} AND s.status = 7) AS ended_withdrawn,
  count(*) FILTER (WHERE ${ENDED_UNRESOLVED} AND s.status <> 7) AS ended_stopped,
  count(*) FILTER (WHERE ${ENDED_UNRESOLVED} AND s.finished > s.due) AS ended_late`;

/**
 * The three on-time definitions of src/domain/reports/on-time-rate.ts for consecutive periods (the
 * months of a series, or one period) in one statement. Parameters: $1 agencies, $2 start of the first
 * period, $3 end of the last, $4 the K + 1 boundaries, $5 K, $6 now (open dossiers of a period still
 * running are judged at it) or null. A withdrawal or stop after the due instant counts as late.
 * The dossiers relevant to the whole span are read once: those in scope of it, plus those falling due
 * in it after ending before it (due_in_period counts them). Each is then joined to the periods it
 * matters to: from the one it was received in (or the first) to the one it ended in (or the last),
 * and the one it fell due in; width_bucket() finds the period of an instant. Supplement requests are
 * counted as they stood at each period's end.
 */
const ON_TIME_SERIES_SQL = `
  WITH s AS (${scopedSql(`
        UNION ALL
        SELECT ${COLUMNS}, false FROM dossiers d
         WHERE d.resolving_agency_code = ANY($1::text[]) AND d.original_due_at >= $2::timestamptz AND d.original_due_at < $3::timestamptz
           AND ${FINISHED} < $2::timestamptz`)}),
  sp AS (
    SELECT sr.dossier_id, array_agg(sr.requested_at) AS times
      FROM supplement_requests sr
     WHERE sr.dossier_id IN (SELECT s.id FROM s WHERE s.in_scope) AND sr.requested_at < $3::timestamptz
     GROUP BY sr.dossier_id
  ),
  x AS (
    SELECT s.*, sp.times,
           GREATEST(1, width_bucket(s.received_at, $4::timestamptz[])) AS lo,
           CASE WHEN s.finished IS NULL THEN $5::int ELSE LEAST($5::int, width_bucket(s.finished, $4::timestamptz[])) END AS hi,
           width_bucket(s.due, $4::timestamptz[]) AS due_i
      FROM s LEFT JOIN sp ON sp.dossier_id = s.id
  ),
  j AS (
    SELECT x.*, m.i, ($4::timestamptz[])[m.i] AS m_from, ($4::timestamptz[])[m.i + 1] AS m_to
      FROM x CROSS JOIN LATERAL (
        SELECT generate_series(x.lo, x.hi) AS i
        UNION
        SELECT x.due_i WHERE x.due_i BETWEEN 1 AND $5::int
      ) m
  ),
  k AS (
    SELECT j.*,
           (j.received_at < j.m_to AND (j.finished IS NULL OR j.finished >= j.m_from)) AS in_scope_m,
           (j.finished IS NULL OR j.finished >= j.m_to) AS pending_m,
           (NOT j.resolved AND j.finished > j.due) AS late_end,
           LEAST(j.m_to, COALESCE($6::timestamptz, j.m_to)) AS judged_at,
           CASE WHEN j.times IS NULL THEN 0 ELSE (SELECT count(*) FROM unnest(j.times) t WHERE t < j.m_to) END AS supplements
      FROM j
  )
  SELECT k.i,
    count(*) FILTER (WHERE (k.resolved OR k.late_end) AND k.finished >= k.m_from AND k.finished < k.m_to) AS resolved_den,
    count(*) FILTER (WHERE k.resolved AND k.finished >= k.m_from AND k.finished < k.m_to AND k.finished <= k.due) AS resolved_num,
    count(*) FILTER (WHERE k.due >= k.m_from AND k.due < k.m_to AND (k.pending_m OR k.resolved OR k.late_end)) AS due_den,
    count(*) FILTER (WHERE k.due >= k.m_from AND k.due < k.m_to
                       AND ((k.pending_m AND k.judged_at <= k.due) OR (k.resolved AND k.finished < k.m_to AND k.finished <= k.due))) AS due_num,
    count(*) FILTER (WHERE k.in_scope_m AND (k.pending_m OR k.resolved OR k.late_end)) AS index766_den,
    count(*) FILTER (WHERE k.in_scope_m AND k.supplements <= 1
                       AND ((k.pending_m AND k.judged_at <= k.due) OR (k.resolved AND k.finished < k.m_to AND k.finished <= k.due))) AS index766_num
  FROM k
  GROUP BY k.i`;

/**
 * Rows shaped like report_monthly_counts: the roll-up's months $5..$6 of the agencies, summed per
 * procedure the way a period composes its months (received and ended: every month; carried over:
 * the first month's; pending: the last month's, judged at the period end), and the open dossiers
 * received before the period end, judged at $4 (the period end, or now while it runs).
 */
const ROLLUP_AND_OPEN_SQL = `
  SELECT r.procedure_id, r.procedure_code,
         sum(r.received_online) AS received_online, sum(r.received_other) AS received_other,
         sum(r.carried_over) FILTER (WHERE r.month = $5::date) AS carried_over,
         sum(r.resolved_early) AS resolved_early, sum(r.resolved_on_time) AS resolved_on_time, sum(r.resolved_late) AS resolved_late,
         sum(r.resolved_refused) AS resolved_refused,
         sum(r.pending_on_time) FILTER (WHERE r.month = $6::date) AS pending_on_time, sum(r.pending_late) FILTER (WHERE r.month = $6::date) AS pending_late,
         sum(r.ended_withdrawn) AS ended_withdrawn, sum(r.ended_stopped) AS ended_stopped, sum(r.ended_late) AS ended_late
    FROM report_monthly_counts r
   WHERE r.agency_code = ANY($1::text[]) AND r.month >= $5::date AND r.month <= $6::date
   GROUP BY r.procedure_id, r.procedure_code
  UNION ALL
  SELECT d.procedure_id, d.procedure_code,
         count(*) FILTER (WHERE d.received_at >= $2::timestamptz AND d.channel = 'online'),
         count(*) FILTER (WHERE d.received_at >= $2::timestamptz AND d.channel <> 'online'),
         count(*) FILTER (WHERE d.received_at < $2::timestamptz),
         0, 0, 0, 0,
         count(*) FILTER (WHERE $4::timestamptz <= d.original_due_at), count(*) FILTER (WHERE $4::timestamptz > d.original_due_at),
         0, 0, 0
    FROM dossiers d
   WHERE d.resolving_agency_code = ANY($1::text[]) AND ${FINISHED} IS NULL AND d.received_at < $3::timestamptz
   GROUP BY d.procedure_id, d.procedure_code`;

const ROLLUP_TOTALS = `
  COALESCE(sum(u.received_online + u.received_other + COALESCE(u.carried_over, 0)), 0) AS received_total,
  COALESCE(sum(u.received_online + u.received_other), 0) AS received_in_period,
  COALESCE(sum(u.received_online), 0) AS received_online,
  COALESCE(sum(u.received_other), 0) AS received_direct_or_postal,
  COALESCE(sum(u.carried_over), 0) AS received_carried_over,
  COALESCE(sum(u.resolved_early + u.resolved_on_time + u.resolved_late), 0) AS resolved_total,
  COALESCE(sum(u.resolved_early), 0) AS resolved_early,
  COALESCE(sum(u.resolved_on_time), 0) AS resolved_on_time,
  COALESCE(sum(u.resolved_late), 0) AS resolved_late,
  COALESCE(sum(u.resolved_refused), 0) AS resolved_refused,
  COALESCE(sum(COALESCE(u.pending_on_time, 0) + COALESCE(u.pending_late, 0)), 0) AS pending_total,
  COALESCE(sum(u.pending_on_time), 0) AS pending_on_time,
  COALESCE(sum(u.pending_late), 0) AS pending_late,
  COALESCE(sum(u.ended_withdrawn + u.ended_stopped), 0) AS ended_total,
  COALESCE(sum(u.ended_withdrawn), 0) AS ended_withdrawn,
  COALESCE(sum(u.ended_stopped), 0) AS ended_stopped,
  COALESCE(sum(u.ended_late), 0) AS ended_late`;

@Injectable()
export class ReportQueries {
  /** The read replica when there is one (DATABASE_REPLICA_URL): every statement here only reads. */
  constructor(@Inject(READ_DATA_SOURCE) private readonly db: DataSource) {}

  /**
   * Biểu 06 counts per field or procedure, plus the totals (key null). Whole calendar months come
   * from the monthly roll-up (closed dossiers) plus a live count of the open ones; any other period,
   * or a running one with a dossier closed after its end (only a clock set back can make one), is
   * counted from the dossiers. Both give the same figures (test/reports/monthly-counts.e2e.spec.ts).
   */
  async processingCounts(agencies: string[], period: ReportPeriod, groupBy: ReportGroupBy, now?: Date): Promise<{ rows: CountsRow[]; totals: ProcessingCounts }> {
    const months = wholeMonths(period);
    if (months && !(await this.closedAfter(agencies, period, now))) return this.processingCountsFromRollup(agencies, period, months, groupBy, now);
    return this.processingCountsFromDossiers(agencies, period, groupBy, now);
  }

  /** The same figures counted from the dossiers in scope, for any period. */
  async processingCountsFromDossiers(agencies: string[], period: ReportPeriod, groupBy: ReportGroupBy, now?: Date): Promise<{ rows: CountsRow[]; totals: ProcessingCounts }> {
    const key = groupBy === 'field' ? 'p.field_code' : 's.procedure_code';
    const rows: Array<Record<string, string | null>> = await this.db.query(
      `WITH s AS (${scopedSql()})
       SELECT ${key} AS key, GROUPING(${key}) AS is_total, ${PROCESSING_COUNTS}
         FROM s JOIN procedures p ON p.id = s.procedure_id
        GROUP BY GROUPING SETS ((${key}), ())`,
      [agencies, period.from, period.to, judgedAt(period, now)],
    );
    return countsResult(rows);
  }

  /** The roll-up's months [first, last] plus the open dossiers received before the period end, judged at $4. */
  async processingCountsFromRollup(
    agencies: string[],
    period: ReportPeriod,
    months: { first: string; last: string },
    groupBy: ReportGroupBy,
    now?: Date,
  ): Promise<{ rows: CountsRow[]; totals: ProcessingCounts }> {
    const key = groupBy === 'field' ? 'p.field_code' : 'u.procedure_code';
    const rows: Array<Record<string, string | null>> = await this.db.query(
      `WITH u AS (${ROLLUP_AND_OPEN_SQL})
       SELECT ${key} AS key, GROUPING(${key}) AS is_total, ${ROLLUP_TOTALS}
         FROM u JOIN procedures p ON p.id = u.procedure_id
        GROUP BY GROUPING SETS ((${key}), ())
       HAVING GROUPING(${key}) = 1 OR sum(u.received_online + u.received_other + COALESCE(u.carried_over, 0)) > 0`,
      [agencies, period.from, period.to, judgedAt(period, now), months.first, months.last],
    );
    return countsResult(rows);
  }

  /**
   * A running period (its end after `now`) judges dossiers still pending at its end at `now`; the
   * roll-up judged closed ones at the end. They differ only for a dossier closed after the period
   * end, i.e. in the future: then count from the dossiers.
   */
  private async closedAfter(agencies: string[], period: ReportPeriod, now?: Date): Promise<boolean> {
    if (!now || now >= period.to) return false;
    const [row]: Array<{ found: boolean }> = await this.db.query(
      `SELECT EXISTS (SELECT 1 FROM dossiers d WHERE d.resolving_agency_code = ANY($1::text[]) AND ${FINISHED} >= $2::timestamptz) AS found`,
      [agencies, period.to],
    );
    return row.found;
  }

  /** Numerator and denominator of every on-time definition for one period. */
  async onTimeCounts(agencies: string[], period: ReportPeriod, now?: Date): Promise<Record<OnTimeDefinition, RateCounts>> {
    return (await this.onTimeSeries(agencies, [period], now))[0];
  }

  /** The same for consecutive periods (each one's `to` is the next one's `from`), in one statement. */
  async onTimeSeries(agencies: string[], periods: ReportPeriod[], now?: Date): Promise<Array<Record<OnTimeDefinition, RateCounts>>> {
    if (periods.length === 0) return [];
    periods.forEach((p, i) => {
      if (i > 0 && p.from.getTime() !== periods[i - 1].to.getTime()) throw new RangeError('onTimeSeries needs consecutive periods');
    });
    const bounds = [...periods.map((p) => p.from), periods[periods.length - 1].to];
    const rows: Array<Record<string, string>> = await this.db.query(ON_TIME_SERIES_SQL, [agencies, bounds[0], bounds[bounds.length - 1], bounds, periods.length, now ?? null]);
    const byIndex = new Map(rows.map((row) => [Number(row.i), row]));
    return periods.map((_, i) => {
      const row = byIndex.get(i + 1);
      const pair = (name: string): RateCounts => ({ numerator: Number(row?.[`${name}_num`] ?? 0), denominator: Number(row?.[`${name}_den`] ?? 0) });
      return { resolved: pair('resolved'), due_in_period: pair('due'), index766: pair('index766') };
    });
  }

  /** Open dossiers per procedure at an instant: overdue against the current appointment and against the original one. */
  async overdueByProcedure(agencies: string[], now: Date): Promise<OverdueRow[]> {
    const rows: Array<Record<string, string | Date | null>> = await this.db.query(
      `SELECT d.procedure_code,
              count(*) AS pending,
              count(*) FILTER (WHERE d.due_at < $2::timestamptz) AS overdue,
              count(*) FILTER (WHERE d.original_due_at < $2::timestamptz) AS late_original,
              min(d.due_at) FILTER (WHERE d.due_at < $2::timestamptz) AS oldest_due_at
         FROM dossiers d
        WHERE d.resolving_agency_code = ANY($1::text[]) AND d.status IN ${OPEN_STATUSES}
        GROUP BY d.procedure_code
        ORDER BY overdue DESC, pending DESC, d.procedure_code`,
      [agencies, now],
    );
    return rows.map((r) => ({
      procedureCode: String(r.procedure_code),
      pending: Number(r.pending),
      overdue: Number(r.overdue),
      lateAgainstOriginal: Number(r.late_original),
      oldestDueAt: r.oldest_due_at ? new Date(r.oldest_due_at as Date) : null,
    }));
  }

  /** Dossiers resolved in the period with their supplement waits (QĐ 766 indicator 2.2); a late request's wait is not subtracted. */
  async resolvedForProcessingTime(agencies: string[], period: ReportPeriod): Promise<ProcessingTimeRow[]> {
    const rows: Array<{ procedure_code: string; agency: string; received_at: Date; resolved_at: Date; waits: Array<[string, string | null]> }> =
      await this.db.query(
        `SELECT d.procedure_code, d.resolving_agency_code AS agency, d.received_at, d.resolved_at,
                COALESCE((SELECT json_agg(json_build_array(sr.requested_at, sr.received_at) ORDER BY sr.number)
                            FROM supplement_requests sr WHERE sr.dossier_id = d.id AND sr.late_reason IS NULL), '[]'::json) AS waits
           FROM dossiers d
          WHERE d.resolving_agency_code = ANY($1::text[]) AND d.resolved_at IS NOT NULL
            AND ${FINISHED} >= $2::timestamptz AND ${FINISHED} < $3::timestamptz`,
        [agencies, period.from, period.to],
      );
    return rows.map((r) => ({
      procedureCode: r.procedure_code,
      agencyCode: r.agency,
      receivedAt: new Date(r.received_at),
      resolvedAt: new Date(r.resolved_at),
      waits: r.waits.map(([requested, received]) => [new Date(requested), received ? new Date(received) : null]),
    }));
  }

  /** Ratings given in the period: satisfied = "rất hài lòng" or "hài lòng". */
  async satisfaction(agencies: string[], period: ReportPeriod): Promise<RateCounts> {
    const [row]: Array<Record<string, string>> = await this.db.query(
      `SELECT count(*) AS den, count(*) FILTER (WHERE r.level IN ('very_satisfied', 'satisfied')) AS num
         FROM satisfaction_ratings r JOIN dossiers d ON d.id = r.dossier_id
        WHERE d.resolving_agency_code = ANY($1::text[]) AND r.rated_at >= $2::timestamptz AND r.rated_at < $3::timestamptz`,
      [agencies, period.from, period.to],
    );
    return { numerator: Number(row.num), denominator: Number(row.den) };
  }

  /** Vietnamese names of fields, or of procedures (their latest version), by code. */
  async groupNames(groupBy: ReportGroupBy, codes: string[]): Promise<Map<string, string>> {
    if (codes.length === 0) return new Map();
    const rows: Array<{ code: string; name: string }> =
      groupBy === 'field'
        ? await this.db.query(`SELECT code, name FROM fields WHERE code = ANY($1::text[])`, [codes])
        : await this.db.query(`SELECT DISTINCT ON (code) code, name FROM procedures WHERE code = ANY($1::text[]) ORDER BY code, version DESC`, [codes]);
    return new Map(rows.map((r) => [r.code, r.name]));
  }

  /** The procedures' latest versions: name, field and duration unit. */
  async procedures(codes: string[]): Promise<Map<string, { name: string; fieldCode: string; unit: string; value: number }>> {
    if (codes.length === 0) return new Map();
    const rows: Array<{ code: string; name: string; field_code: string; duration_unit: string; duration_value: string }> = await this.db.query(
      `SELECT DISTINCT ON (code) code, name, field_code, duration_unit, duration_value
         FROM procedures WHERE code = ANY($1::text[]) ORDER BY code, version DESC`,
      [codes],
    );
    return new Map(rows.map((r) => [r.code, { name: r.name, fieldCode: r.field_code, unit: r.duration_unit, value: Number(r.duration_value) }]));
  }
}

function countsResult(rows: Array<Record<string, string | null>>): { rows: CountsRow[]; totals: ProcessingCounts } {
  const totalsRow = rows.find((r) => Number(r.is_total) === 1);
  return {
    rows: rows
      .filter((r) => Number(r.is_total) !== 1)
      .map((r) => ({ key: String(r.key), counts: countsOf(r) }))
      .sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0)), // code order, whatever the database collation
    totals: totalsRow ? countsOf(totalsRow) : emptyCounts(),
  };
}

/** The local months (YYYY-MM-01) a period covers when it runs from 00:00 of a month's first day to 00:00 of a later one's; otherwise null. */
export function wholeMonths(period: ReportPeriod): { first: string; last: string } | null {
  const start = monthStart(period.from);
  const end = monthStart(period.to);
  if (!start || !end || end <= start) return null;
  const [year, month] = end.split('-').map(Number);
  const last = new Date(Date.UTC(year, month - 2, 1)).toISOString().slice(0, 10);
  return { first: start, last };
}

function monthStart(instant: Date): string | null {
  const local = new Date(instant.getTime() + 7 * 3_600_000);
  const iso = local.toISOString();
  return iso.endsWith('-01T00:00:00.000Z') ? iso.slice(0, 10) : null;
}

function countsOf(r: Record<string, string | null>): ProcessingCounts {
  const n = (name: string) => Number(r[name] ?? 0);
  return {
    received: {
      total: n('received_total'),
      inPeriod: n('received_in_period'),
      online: n('received_online'),
      directOrPostal: n('received_direct_or_postal'),
      carriedOver: n('received_carried_over'),
    },
    resolved: { total: n('resolved_total'), early: n('resolved_early'), onTime: n('resolved_on_time'), late: n('resolved_late'), refused: n('resolved_refused') },
    pending: { total: n('pending_total'), onTime: n('pending_on_time'), late: n('pending_late') },
    endedUnresolved: { total: n('ended_total'), withdrawn: n('ended_withdrawn'), stopped: n('ended_stopped'), late: n('ended_late') },
  };
}
