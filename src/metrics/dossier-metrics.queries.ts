import { Injectable } from '@nestjs/common';
import { TransactionContext } from '../database/transaction-context';

export interface EventRow {
  id: string;
  dossier_id: string;
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

export interface OpenDossierRow {
  id: string;
  agency: string;
  due: Date;
  status: number;
}

/** The SQL behind the dossier metrics: the audit trail's receipts and resolutions, and the open dossiers. */
@Injectable()
export class DossierMetricsQueries {
  constructor(private readonly tx: TransactionContext) {}

  async lastEventId(): Promise<number> {
    const [{ upto }] = await this.tx.manager.query(`SELECT COALESCE(max(id), 0) AS upto FROM dossier_events`);
    return Number(upto);
  }

  /** Receipts and resolutions of events (`after`, `upto`], grouped (resolutions by class and processing-days bucket). */
  history(after: number, upto: number, buckets: number[]): Promise<HistoryRow[]> {
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
        WHERE e.id > $3 AND e.id <= $1 AND e.type IN ('received', 'resolved')
        GROUP BY 1, 2, 3, 4, 5`,
      [upto, buckets, after],
    );
  }

  /** Events after `afterId` (and the listed ids of sequence gaps), in order, at most `limit`. */
  eventsAfter(afterId: number, gapIds: number[], limit: number): Promise<EventRow[]> {
    return this.tx.manager.query(
      `SELECT e.id, e.dossier_id, e.type, e.occurred_at, d.resolving_agency_code AS agency, d.channel, d.received_at, d.original_due_at AS due
         FROM dossier_events e JOIN dossiers d ON d.id = e.dossier_id
        WHERE (e.id > $1 OR e.id = ANY($2::bigint[]))
        ORDER BY e.id
        LIMIT ${Number(limit)}`,
      [afterId, gapIds],
    );
  }

  async agencyCodes(): Promise<string[]> {
    const rows: Array<{ code: string }> = await this.tx.manager.query(`SELECT code FROM agencies`);
    return rows.map((row) => row.code);
  }

  openDossiers(openStatuses: number[]): Promise<OpenDossierRow[]> {
    return this.tx.manager.query(`SELECT id, resolving_agency_code AS agency, due_at AS due, status FROM dossiers WHERE status = ANY($1::int[])`, [openStatuses]);
  }

  dossiersById(ids: string[]): Promise<OpenDossierRow[]> {
    return this.tx.manager.query(`SELECT id, resolving_agency_code AS agency, due_at AS due, status FROM dossiers WHERE id = ANY($1::uuid[])`, [ids]);
  }
}
