import { Injectable } from '@nestjs/common';
import { TransactionContext } from '../database/transaction-context';

export interface OutboxRow {
  state: 'pending' | 'synced' | 'refused';
  attempts: number;
  last_attempt_at: Date | null;
  last_error: string | null;
}

export interface OutboxListRow extends OutboxRow {
  code: string;
  dirty_since: Date;
  next_attempt_at: Date;
}

export interface ClaimedDossier {
  dossier_id: string;
  revision: string;
  added: boolean;
  attempts: number;
}

/** How one delivery ended, to be written back (see finish). */
export interface DeliveryOutcome {
  id: string;
  revision: string;
  result: 'synced' | 'refused' | 'transient';
  error: string | null;
  nextAt: Date;
  added: boolean;
  progressEventId: number;
}

/** The DVCQG outbox: one row per dossier whose national-portal record must be (re)sent. */
@Injectable()
export class DvcqgOutboxRepository {
  constructor(private readonly tx: TransactionContext) {}

  async ofDossier(dossierId: string): Promise<OutboxRow | null> {
    const [row]: OutboxRow[] = await this.tx.manager.query(`SELECT state, attempts, last_attempt_at, last_error FROM dvcqg_outbox WHERE dossier_id = $1`, [dossierId]);
    return row ?? null;
  }

  async depth(): Promise<{ pending: number; refused: number; oldest: Date | null }> {
    const [row] = await this.tx.manager.query(
      `SELECT count(*) FILTER (WHERE state = 'pending') AS pending, count(*) FILTER (WHERE state = 'refused') AS refused,
              min(dirty_since) FILTER (WHERE state = 'pending') AS oldest
         FROM dvcqg_outbox WHERE state <> 'synced'`,
    );
    return { pending: Number(row.pending), refused: Number(row.refused), oldest: row.oldest };
  }

  /** A page of the dossiers of these agencies in `state`, oldest change first. */
  async list(agencyCodes: string[], state: 'pending' | 'refused', page: number, pageSize: number): Promise<{ rows: OutboxListRow[]; total: number }> {
    const where = `o.state = $1 AND (d.receiving_agency_code = ANY($2) OR d.resolving_agency_code = ANY($2))`;
    const [rows, [count]] = await Promise.all([
      this.tx.manager.query(
        `SELECT d.code, o.state, o.attempts, o.dirty_since, o.next_attempt_at, o.last_attempt_at, o.last_error
           FROM dvcqg_outbox o JOIN dossiers d ON d.id = o.dossier_id
          WHERE ${where} ORDER BY o.dirty_since, d.code LIMIT $3 OFFSET $4`,
        [state, agencyCodes, pageSize, (page - 1) * pageSize],
      ),
      this.tx.manager.query(`SELECT count(*) AS n FROM dvcqg_outbox o JOIN dossiers d ON d.id = o.dossier_id WHERE ${where}`, [state, agencyCodes]),
    ]);
    return { rows, total: Number(count.n) };
  }

  /** Queues dossiers again, due at `now`; returns how many. */
  async requeue(dossierIds: string[], now: Date): Promise<number> {
    const rows = await this.tx.manager.query(
      `INSERT INTO dvcqg_outbox AS o (dossier_id, state, dirty_since, next_attempt_at)
       SELECT id, 'pending', $2, $2 FROM unnest($1::uuid[]) AS id
       ON CONFLICT (dossier_id) DO UPDATE SET state = 'pending', revision = o.revision + 1, attempts = 0, next_attempt_at = $2,
              dirty_since = CASE WHEN o.state = 'pending' THEN o.dirty_since ELSE $2 END
       RETURNING dossier_id`,
      [dossierIds, now],
    );
    return rows.length;
  }

  /** Claims due dossiers (FOR UPDATE SKIP LOCKED, then a lease, so two instances never send one dossier at once). */
  async claim(now: Date, limit: number, leaseSeconds: number): Promise<ClaimedDossier[]> {
    const rows = await this.tx.manager.query(
      `UPDATE dvcqg_outbox o
          SET attempts = o.attempts + 1, last_attempt_at = $1, next_attempt_at = $1::timestamptz + make_interval(secs => ${Number(leaseSeconds)})
        WHERE o.dossier_id IN (SELECT dossier_id FROM dvcqg_outbox WHERE state = 'pending' AND next_attempt_at <= $1
                                ORDER BY next_attempt_at LIMIT $2 FOR UPDATE SKIP LOCKED)
        RETURNING o.dossier_id, o.revision, o.added, o.attempts`,
      [now, limit],
    );
    return (Array.isArray(rows[0]) ? rows[0] : rows) as ClaimedDossier[];
  }

  /** Writes back a batch's outcomes; a dossier changed while it was sent (its revision moved) stays pending. */
  async finish(outcomes: DeliveryOutcome[], now: Date): Promise<void> {
    await this.tx.manager.query(
      `UPDATE dvcqg_outbox o SET
          state = CASE WHEN r.result = 'transient' OR o.revision <> r.rev THEN 'pending' ELSE r.result END,
          next_attempt_at = CASE WHEN r.result = 'transient' THEN r.next_at WHEN o.revision <> r.rev THEN $8::timestamptz ELSE o.next_attempt_at END,
          dirty_since = CASE WHEN r.result <> 'transient' AND o.revision <> r.rev THEN $8::timestamptz ELSE o.dirty_since END,
          last_error = r.error,
          added = o.added OR r.added,
          accepted_at = CASE WHEN r.added THEN COALESCE(o.accepted_at, $8::timestamptz) ELSE o.accepted_at END,
          synced_at = CASE WHEN r.result = 'synced' THEN $8::timestamptz ELSE o.synced_at END,
          progress_event_id = GREATEST(o.progress_event_id, r.progress_id)
        FROM unnest($1::uuid[], $2::bigint[], $3::text[], $4::text[], $5::timestamptz[], $6::boolean[], $7::bigint[])
             AS r(id, rev, result, error, next_at, added, progress_id)
       WHERE o.dossier_id = r.id`,
      [
        outcomes.map((r) => r.id),
        outcomes.map((r) => r.revision),
        outcomes.map((r) => r.result),
        outcomes.map((r) => r.error),
        outcomes.map((r) => r.nextAt.toISOString()),
        outcomes.map((r) => r.added),
        outcomes.map((r) => r.progressEventId),
        now,
      ],
    );
  }
}
