import { Inject, Injectable } from '@nestjs/common';
import { Clock } from '../common/clock';
import { APP_CONFIG, AppConfig } from '../config/app-config';
import { DossierRepository } from '../dossiers';
import { DvcqgOutboxRepository } from './dvcqg-outbox.repository';

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

/** Reads and steers the outbox for staff: per dossier, in total, the list of what waits or was refused, resend and backfill. */
@Injectable()
export class DvcqgOutboxStatus {
  constructor(
    private readonly outbox: DvcqgOutboxRepository,
    private readonly dossiers: DossierRepository,
    private readonly clock: Clock,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  get enabled(): boolean {
    return this.config.dvcqg !== undefined;
  }

  async ofDossier(dossierId: string): Promise<DossierSync> {
    if (!this.enabled) return { state: 'off', attempts: 0, lastAttemptAt: null, lastError: null };
    const row = await this.outbox.ofDossier(dossierId);
    if (!row) return { state: 'pending', attempts: 0, lastAttemptAt: null, lastError: 'Chưa có trong hàng đợi: dùng đồng bộ bổ sung (backfill)' };
    return { state: row.state, attempts: row.attempts, lastAttemptAt: row.last_attempt_at?.toISOString() ?? null, lastError: row.last_error };
  }

  async depth(): Promise<OutboxDepth> {
    const { pending, refused, oldest } = await this.outbox.depth();
    return {
      enabled: this.enabled,
      pending,
      refused,
      oldestPendingSeconds: oldest ? Math.max(0, Math.round((this.clock.now().getTime() - oldest.getTime()) / 1000)) : 0,
    };
  }

  async list(agencyCodes: string[], state: 'pending' | 'refused', page: number, pageSize: number): Promise<{ items: OutboxItem[]; total: number }> {
    const { rows, total } = await this.outbox.list(agencyCodes, state, page, pageSize);
    return {
      total,
      items: rows.map((r) => ({
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
  requeue(dossierIds: string[]): Promise<number> {
    return this.outbox.requeue(dossierIds, this.clock.now());
  }

  /** The dossiers received in [from, to) by the given agencies, for a backfill. */
  receivedBetween(agencyCodes: string[], from: Date, to: Date): Promise<string[]> {
    return this.dossiers.idsReceivedBetween(agencyCodes, from, to);
  }
}
