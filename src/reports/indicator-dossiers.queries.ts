import { Inject, Injectable } from '@nestjs/common';
import { READ_DATA_SOURCE } from '../database/read-replica';
import { DataSource } from 'typeorm';
import type { ReportPeriod } from '../domain/reports';

/** A dossier behind an indicator: counted in its denominator, and in its numerator or not (then why). */
export interface IndicatorDossier {
  code: string;
  procedureCode: string;
  statusCode: number;
  receivedAt: string;
  dueAt: string;
  inNumerator: boolean;
  /** Why it is not in the numerator (what lost the points): a short Vietnamese reason; null when counted. */
  reason: string | null;
}

export const TRACED_INDICATORS = ['1.4', '2.1', '3.3', '5.4'] as const;
export type TracedIndicator = (typeof TRACED_INDICATORS)[number];

const FINISHED = 'COALESCE(d.resolved_at, d.ended_at)';
const BASE = `d.code, d.procedure_code, d.status, d.received_at, d.original_due_at AS due`;

/**
 * Per dossier, the same definitions as the aggregates of ReportQueries (a test checks the counts
 * agree): $1 agencies, $2 from, $3 to.
 * - 1.4 (synced to DVCQG): received in the period; numerator when the portal accepted its record.
 * - 2.1 (index766): in scope of the period and resolved or still pending at its end; numerator when
 *   at most one supplement request and resolved by the original appointment, or pending and not yet due.
 * - 3.3: received in the period; numerator when online.
 * - 5.4: rated in the period; numerator when satisfied or very satisfied.
 */
const SQL: Record<TracedIndicator, string> = {
  '1.4': `
    SELECT ${BASE}, o.accepted_at IS NOT NULL AS ok,
           CASE WHEN o.accepted_at IS NOT NULL THEN NULL
                WHEN o.state = 'refused' THEN 'Cổng DVCQG từ chối: ' || COALESCE(o.last_error, '')
                WHEN o.dossier_id IS NULL THEN 'Chưa đưa vào hàng đợi đồng bộ'
                ELSE 'Chưa đồng bộ được' || COALESCE(' (' || o.last_error || ')', '') END AS reason
      FROM dossiers d LEFT JOIN dvcqg_outbox o ON o.dossier_id = d.id
     WHERE d.resolving_agency_code = ANY($1::text[]) AND d.received_at >= $2::timestamptz AND d.received_at < $3::timestamptz`,
  '2.1': `
    WITH s AS (
      SELECT d.id, ${BASE}, ${FINISHED} AS finished, d.resolved_at IS NOT NULL AS resolved
        FROM dossiers d
       WHERE d.resolving_agency_code = ANY($1::text[]) AND d.received_at < $3::timestamptz
         AND (${FINISHED} IS NULL OR ${FINISHED} >= $2::timestamptz)
    ), k AS (
      SELECT s.*, (s.finished IS NULL OR s.finished >= $3::timestamptz) AS pending,
             (SELECT count(*) FROM supplement_requests sr WHERE sr.dossier_id = s.id AND sr.requested_at < $3::timestamptz) AS supplements
        FROM s
    )
    SELECT k.code, k.procedure_code, k.status, k.received_at, k.due,
           (k.supplements <= 1 AND ((k.pending AND $3::timestamptz <= k.due) OR (k.resolved AND k.finished < $3::timestamptz AND k.finished <= k.due))) AS ok,
           CASE WHEN k.supplements > 1 THEN 'Yêu cầu bổ sung quá một lần'
                WHEN k.pending AND $3::timestamptz > k.due THEN 'Đang xử lý, đã quá hạn'
                WHEN k.resolved AND k.finished > k.due THEN 'Giải quyết quá hạn' END AS reason
      FROM k WHERE k.pending OR k.resolved`,
  '3.3': `
    SELECT ${BASE}, d.channel = 'online' AS ok, CASE WHEN d.channel <> 'online' THEN 'Không nộp trực tuyến' END AS reason
      FROM dossiers d
     WHERE d.resolving_agency_code = ANY($1::text[]) AND d.received_at >= $2::timestamptz AND d.received_at < $3::timestamptz`,
  '5.4': `
    SELECT ${BASE}, r.level IN ('very_satisfied', 'satisfied') AS ok,
           CASE WHEN r.level NOT IN ('very_satisfied', 'satisfied') THEN 'Người dân chưa hài lòng (' || r.level || ')' END AS reason
      FROM satisfaction_ratings r JOIN dossiers d ON d.id = r.dossier_id
     WHERE d.resolving_agency_code = ANY($1::text[]) AND r.rated_at >= $2::timestamptz AND r.rated_at < $3::timestamptz`,
};

/** The dossiers behind an indicator's numerator and denominator, those that lost points first. */
@Injectable()
export class IndicatorDossiers {
  constructor(@Inject(READ_DATA_SOURCE) private readonly db: DataSource) {}

  async list(indicator: TracedIndicator, agencies: string[], period: ReportPeriod): Promise<{ numerator: number; denominator: number; dossiers: IndicatorDossier[] }> {
    const rows: Array<Record<string, any>> = await this.db.query(`${SQL[indicator]} ORDER BY 6, 4, 1`, [agencies, period.from, period.to]);
    const dossiers = rows.map((r) => ({
      code: r.code,
      procedureCode: r.procedure_code,
      statusCode: Number(r.status),
      receivedAt: r.received_at.toISOString(),
      dueAt: r.due.toISOString(),
      inNumerator: r.ok === true,
      reason: r.ok === true ? null : (r.reason ?? 'Không đạt'),
    }));
    return { numerator: dossiers.filter((d) => d.inNumerator).length, denominator: dossiers.length, dossiers };
  }

  /** Indicator 1.4's counts alone (for the index export). */
  async syncedCounts(agencies: string[], period: ReportPeriod): Promise<{ numerator: number; denominator: number }> {
    const [row] = await this.db.query(
      `SELECT count(*) AS den, count(o.accepted_at) AS num
         FROM dossiers d LEFT JOIN dvcqg_outbox o ON o.dossier_id = d.id
        WHERE d.resolving_agency_code = ANY($1::text[]) AND d.received_at >= $2::timestamptz AND d.received_at < $3::timestamptz`,
      [agencies, period.from, period.to],
    );
    return { numerator: Number(row.num), denominator: Number(row.den) };
  }
}
