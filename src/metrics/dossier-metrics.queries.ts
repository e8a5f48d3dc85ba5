import { Injectable } from '@nestjs/common';
import { TransactionContext } from '../database/transaction-context';

export interface EventRow {
  id: string;
  type: 'received' | 'resolved';
  occurred_at: Date;
  agency: string;
  channel: string;
  received_at: Date;
  due: Date;
}

export interface HistoryRow {
  type: string;
  agency: string;
  channel: string;
  class: string | null;
  bucket: number | null;
  n: string;
  days: number | null;
}

/** The SQL behind the dossier metrics: the audit trail's receipts and resolutions, and the open dossiers. */
@Injectable()
export class DossierMetricsQueries {
  constructor(private readonly tx: TransactionContext) {}

  async lastEventId(): Promise<number> {
    const [{ upto }] = await this.tx.manager.query(`SELECT COALESCE(max(id), 0) AS upto FROM dossier_events`);
    return Number(upto);
  }

  /** Receipts and resolutions up to event `upto`, grouped (resolutions by class and processing-days bucket). */
  history(upto: number, buckets: number[]): Promise<HistoryRow[]> {
    return this.tx.manager.query(
      `SELECT e.type, d.resolving_agency_code AS agency, d.channel,
              CASE WHEN e.type <> 'resolved' THEN NULL
                   WHEN e.occurred_at > d.original_due_at THEN 'late'
                   WHEN ((e.occurred_at AT TIME ZONE 'UTC') + interval '7 hours')::date < ((d.original_due_at AT TIME ZONE 'UTC') + interval '7 hours')::date THEN 'early'
                   ELSE 'on_time' END AS class,
              CASE WHEN e.type = 'resolved' THEN width_bucket(extract(epoch FROM e.occurred_at - d.received_at) / 86400, $2::float8[]) END AS bucket,
              count(*) AS n,
              avg(extract(epoch FROM e.occurred_at - d.received_at) / 86400)::float8 AS days
         FROM dossier_events e JOIN dossiers d ON d.id = e.dossier_id
        WHERE e.id <= $1 AND e.type IN ('received', 'resolved')
        GROUP BY 1, 2, 3, 4, 5`,
      [upto, buckets],
    );
  }

  /** Events after `afterId`, and those of `gapIds`, in id order. */
  eventsSince(afterId: number, gapIds: number[], limit: number): Promise<EventRow[]> {
    return this.tx.manager.query(
      `SELECT e.id, e.type, e.occurred_at, d.resolving_agency_code AS agency, d.channel, d.received_at, d.original_due_at AS due
         FROM dossier_events e JOIN dossiers d ON d.id = e.dossier_id
        WHERE (e.id > $1 OR e.id = ANY($2::bigint[]))
        ORDER BY e.id
        LIMIT ${Number(limit)}`,
      [afterId, gapIds],
    );
  }

  /** Per agency: dossiers still being processed, and those past their current appointment. */
  openByAgency(now: Date): Promise<Array<{ agency: string; pending: string; overdue: string }>> {
    return this.tx.manager.query(
      `SELECT a.code AS agency, count(d.id) AS pending, count(d.id) FILTER (WHERE d.due_at < $1::timestamptz) AS overdue
         FROM agencies a LEFT JOIN dossiers d ON d.resolving_agency_code = a.code AND d.status IN (1, 2, 4, 5, 6)
        GROUP BY a.code`,
      [now],
    );
  }
}
