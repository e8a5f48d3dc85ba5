import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { Clock } from '../common/clock';
import { APP_CONFIG, AppConfig } from '../config/app-config';

export type SyncState = 'pending' | 'synced' | 'refused' | 'off';

/** The dvcqgSync of a dossier (API.md). */
export interface DossierSync {
  state: SyncState;
  attempts: number;
  lastAttemptAt: string | null;
  lastError: string | null;
}

/** What the readiness check and /metrics read: the backlog of the outbox. */
export interface OutboxDepth {
  enabled: boolean;
  pending: number;
  refused: number;
  /** Seconds since the oldest pending change was made (0 when nothing waits). */
  oldestPendingSeconds: number;
}

export interface OutboxItem {
  dossierCode: string;
  state: 'pending' | 'synced' | 'refused';
  attempts: number;
  dirtySince: string;
  nextAttemptAt: string | null;
  lastAttemptAt: string | null;
  lastError: string | null;
}

interface OutboxRow {
  state: 'pending' | 'synced' | 'refused';
  attempts: number;
  last_attempt_at: Date | null;
  last_error: string | null;
}

/** Reads and steers the outbox for staff: per dossier, in total, the list of what waits or was refused, resend and backfill. */
@Injectable()
export class DvcqgOutboxStatus {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly clock: Clock,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  get enabled(): boolean {
    return this.config.dvcqg !== undefined;
  }

  async ofDossier(dossierId: string): Promise<DossierSync> {
    if (!this.enabled) return { state: 'off', attempts: 0, lastAttemptAt: null, lastError: null };
    const [row]: OutboxRow[] = await this.db.query(`SELECT state, attempts, last_attempt_at, last_error FROM dvcqg_outbox WHERE dossier_id = $1`, [dossierId]);
    if (!row) return { state: 'pending', attempts: 0, lastAttemptAt: null, lastError: 'Chưa có trong hàng đợi: dùng đồng bộ bổ sung (backfill)' };
    return { state: row.state, attempts: row.attempts, lastAttemptAt: row.last_attempt_at?.toISOString() ?? null, lastError: row.last_error };
  }

  async depth(): Promise<OutboxDepth> {
    const [row] = await this.db.query(
      `SELECT count(*) FILTER (WHERE state = 'pending') AS pending, count(*) FILTER (WHERE state = 'refused') AS refused,
              min(dirty_since) FILTER (WHERE state = 'pending') AS oldest
         FROM dvcqg_outbox WHERE state <> 'synced'`,
    );
    const oldest: Date | null = row.oldest;
    return {
      enabled: this.enabled,
      pending: Number(row.pending),
      refused: Number(row.refused),
      oldestPendingSeconds: oldest ? Math.max(0, Math.round((this.clock.now().getTime() - oldest.getTime()) / 1000)) : 0,
    };
  }

  async list(agencyCodes: string[], state: 'pending' | 'refused', page: number, pageSize: number): Promise<{ items: OutboxItem[]; total: number }> {
    const where = `o.state = $1 AND (d.receiving_agency_code = ANY($2) OR d.resolving_agency_code = ANY($2))`;
    const [rows, [count]] = await Promise.all([
      this.db.query(
        `SELECT d.code, o.state, o.attempts, o.dirty_since, o.next_attempt_at, o.last_attempt_at, o.last_error
           FROM dvcqg_outbox o JOIN dossiers d ON d.id = o.dossier_id
          WHERE ${where} ORDER BY o.dirty_since, d.code LIMIT $3 OFFSET $4`,
        [state, agencyCodes, pageSize, (page - 1) * pageSize],
      ),
      this.db.query(`SELECT count(*) AS n FROM dvcqg_outbox o JOIN dossiers d ON d.id = o.dossier_id WHERE ${where}`, [state, agencyCodes]),
    ]);
    return {
      total: Number(count.n),
      items: rows.map((r: Record<string, any>) => ({
        dossierCode: r.code,
        state: r.state,
        attempts: r.attempts,
        dirtySince: r.dirty_since.toISOString(),
        nextAttemptAt: r.state === 'pending' ? r.next_attempt_at.toISOString() : null,
        lastAttemptAt: r.last_attempt_at?.toISOString() ?? null,
        lastError: r.last_error,
      })),
    };
  }

  /** Queues dossiers again, due now (after a portal-side fix, or for dossiers never queued); returns how many. */
  async requeue(dossierIds: string[]): Promise<number> {
    const now = this.clock.now();
    const rows = await this.db.query(
      `INSERT INTO dvcqg_outbox AS o (dossier_id, state, dirty_since, next_attempt_at)
       SELECT id, 'pending', $2, $2 FROM unnest($1::uuid[]) AS id
       ON CONFLICT (dossier_id) DO UPDATE SET state = 'pending', revision = o.revision + 1, attempts = 0, next_attempt_at = $2,
              dirty_since = CASE WHEN o.state = 'pending' THEN o.dirty_since ELSE $2 END
       RETURNING dossier_id`,
      [dossierIds, now],
    );
    return rows.length;
  }

  /** The dossiers received in [from, to) by the given agencies, for a backfill. */
  async receivedBetween(agencyCodes: string[], from: Date, to: Date): Promise<string[]> {
    const rows: { id: string }[] = await this.db.query(
      `SELECT id FROM dossiers WHERE received_at >= $1 AND received_at < $2 AND (receiving_agency_code = ANY($3) OR resolving_agency_code = ANY($3))`,
      [from, to, agencyCodes],
    );
    return rows.map((r) => r.id);
  }
}
