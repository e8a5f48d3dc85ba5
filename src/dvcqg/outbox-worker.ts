import { Inject, Injectable, Logger } from '@nestjs/common';
import { Clock } from '../common/clock';
import { APP_CONFIG, AppConfig, DvcqgSettings } from '../config/app-config';
import { chunks, hoSoRecord, progressRow, type PortalRecord, type PortalVerdict } from '../domain/dvcqg';
import { retryDelaySeconds } from '../notifications';
import { DossierSnapshots, type ProgressItem } from './dossier-snapshots.queries';
import { DvcqgMetrics } from './dvcqg-metrics';
import { DvcqgOutboxRepository, type ClaimedDossier } from './dvcqg-outbox.repository';
import { PortalClient, type PortalEndpoint } from './portal-client';

/** How long a claimed dossier is reserved for the instance sending it; if that instance dies, another sends it after this. */
export const LEASE_SECONDS = 120;
export const BATCH = 200;
/** Batches in flight at once in a drain: while one waits for the portal, another reads or writes the database. */
const LANES = 3;
const PROGRESS_CHUNK = 10;
const PROGRESS_LANES = 4;
const SINGLE_CONCURRENCY = 8;

type Claimed = ClaimedDossier;

type Result = 'synced' | 'refused' | 'transient';

interface Outcome {
  result: Result;
  error: string | null;
  added: boolean;
  progressEventId: number;
}

export interface BatchResult {
  claimed: number;
  synced: number;
  refused: number;
  transient: number;
}

/**
 * Delivers the DVCQG outbox. A run claims due dossiers (FOR UPDATE SKIP LOCKED, then a lease, so two
 * instances never send one dossier at the same time), builds each record from the dossier's current
 * state, adds new ones (an add answered "đã tồn tại" is sent to update), updates known ones, then
 * sends the audit events not yet sent as progress rows, in order, ten a call. A batch the portal
 * refuses is split into single records, so one bad record does not hold the others back.
 * Transient failures (5xx, timeouts, connection errors) back off exponentially up to the configured
 * cap; refusals keep the portal's message and wait for a change or an administrator's resend.
 * A dossier changed while it was being sent (its revision moved) stays pending and goes again.
 */
@Injectable()
export class DvcqgOutboxWorker {
  private readonly logger = new Logger('DvcqgSync');
  private readonly client: PortalClient | null;
  private readonly settings: DvcqgSettings | undefined;

  constructor(
    private readonly outbox: DvcqgOutboxRepository,
    private readonly snapshots: DossierSnapshots,
    private readonly metrics: DvcqgMetrics,
    private readonly clock: Clock,
    @Inject(APP_CONFIG) config: AppConfig,
  ) {
    this.settings = config.dvcqg;
    this.client = config.dvcqg ? new PortalClient(config.dvcqg) : null;
  }

  get enabled(): boolean {
    return this.client !== null;
  }

  /**
   * Runs batches until no due dossier is left; returns the totals. A few batches run at once (each
   * claims its own dossiers, so a dossier is still sent by one lane at a time, in order).
   */
  async drain(): Promise<BatchResult> {
    const total: BatchResult = { claimed: 0, synced: 0, refused: 0, transient: 0 };
    const lane = async () => {
      for (;;) {
        const batch = await this.runBatch();
        for (const key of Object.keys(total) as (keyof BatchResult)[]) total[key] += batch[key];
        if (batch.claimed < BATCH) return;
      }
    };
    await Promise.all(Array.from({ length: LANES }, lane));
    return total;
  }

  async runBatch(limit = BATCH): Promise<BatchResult> {
    const result: BatchResult = { claimed: 0, synced: 0, refused: 0, transient: 0 };
    if (!this.client) return result;
    const claimed = await this.claim(limit);
    result.claimed = claimed.length;
    if (claimed.length === 0) return result;
    const outcomes = await this.deliver(claimed);
    await this.finish(claimed, outcomes);
    for (const o of outcomes.values()) result[o.result]++;
    return result;
  }

  private claim(limit: number): Promise<Claimed[]> {
    return this.outbox.claim(this.clock.now(), limit, LEASE_SECONDS);
  }

  private async deliver(claimed: Claimed[]): Promise<Map<string, Outcome>> {
    const ids = claimed.map((c) => c.dossier_id);
    const snapshots = await this.snapshots.load(ids);
    const outcomes = new Map<string, Outcome>();
    const records = new Map<string, PortalRecord>();
    for (const c of claimed) {
      const snapshot = snapshots.get(c.dossier_id);
      if (snapshot) records.set(c.dossier_id, hoSoRecord(snapshot));
      else outcomes.set(c.dossier_id, { result: 'refused', error: 'Không tìm thấy hồ sơ', added: c.added, progressEventId: 0 });
    }
    const known = claimed.filter((c) => records.has(c.dossier_id));
    const addVerdicts = await this.sendRecords('add', known.filter((c) => !c.added).map((c) => c.dossier_id), records);
    const toUpdate = known.filter((c) => c.added || addVerdicts.get(c.dossier_id)?.kind === 'already_exists').map((c) => c.dossier_id);
    const updateVerdicts = await this.sendRecords('update', toUpdate, records);
    const accepted: string[] = [];
    for (const c of known) {
      const verdict = updateVerdicts.get(c.dossier_id) ?? (addVerdicts.get(c.dossier_id) as PortalVerdict);
      if (verdict.kind === 'accepted') accepted.push(c.dossier_id);
      else outcomes.set(c.dossier_id, failed(verdict, c.added || addVerdicts.get(c.dossier_id)?.kind === 'already_exists', 'HoSo'));
    }
    const progress = await this.sendProgress(accepted);
    for (const id of accepted) outcomes.set(id, progress.get(id) ?? { result: 'synced', error: null, added: true, progressEventId: 0 });
    return outcomes;
  }

  /** One call for the whole list; when the portal refuses it, each record alone, to find which one it refuses. */
  private async sendRecords(endpoint: PortalEndpoint, ids: string[], records: Map<string, PortalRecord>): Promise<Map<string, PortalVerdict>> {
    const verdicts = new Map<string, PortalVerdict>();
    if (ids.length === 0) return verdicts;
    const verdict = await this.call(endpoint, ids.map((id) => records.get(id) as PortalRecord));
    if (verdict.kind === 'accepted' || verdict.kind === 'transient' || ids.length === 1) {
      for (const id of ids) verdicts.set(id, verdict);
      return verdicts;
    }
    await forEachLimited(ids, SINGLE_CONCURRENCY, async (id) => {
      verdicts.set(id, await this.call(endpoint, [records.get(id) as PortalRecord]));
    });
    return verdicts;
  }

  /**
   * Progress rows of the accepted dossiers, in event order, at most ten a call; a dossier stops at its
   * first failed row. The dossiers are split into a few groups sent side by side: each dossier's rows
   * stay in one group, so they still arrive in order.
   */
  private async sendProgress(ids: string[]): Promise<Map<string, Outcome>> {
    const outcomes = new Map<string, Outcome>(ids.map((id) => [id, { result: 'synced', error: null, added: true, progressEventId: 0 }]));
    if (ids.length === 0) return outcomes;
    const group = new Map(ids.map((id, i) => [id, i % PROGRESS_LANES]));
    const lanes: ProgressItem[][] = Array.from({ length: PROGRESS_LANES }, () => []);
    for (const item of await this.snapshots.progress(ids)) lanes[group.get(item.dossierId) as number].push(item);
    await Promise.all(lanes.map((queue) => this.sendProgressLane(queue, outcomes)));
    return outcomes;
  }

  private async sendProgressLane(queue: ProgressItem[], outcomes: Map<string, Outcome>): Promise<void> {
    const fail = (item: ProgressItem, verdict: PortalVerdict) => outcomes.set(item.dossierId, { ...failed(verdict, true, 'TienTrinh'), progressEventId: outcomes.get(item.dossierId)!.progressEventId });
    const advance = (items: ProgressItem[]) => items.forEach((i) => (outcomes.get(i.dossierId)!.progressEventId = i.eventId));
    while (queue.length > 0) {
      const [chunk] = chunks(queue, PROGRESS_CHUNK);
      queue = queue.slice(chunk.length);
      const verdict = await this.call('progress', chunk.map((i) => progressRow(i.row)));
      if (verdict.kind === 'accepted') advance(chunk);
      else if (verdict.kind === 'transient' || chunk.length === 1) chunk.forEach((i) => fail(i, verdict));
      else {
        for (const item of chunk) {
          if (outcomes.get(item.dossierId)!.result !== 'synced') continue;
          const single = await this.call('progress', [progressRow(item.row)]);
          if (single.kind === 'accepted') advance([item]);
          else fail(item, single);
        }
      }
      queue = queue.filter((i) => outcomes.get(i.dossierId)!.result === 'synced');
    }
  }

  private async call(endpoint: PortalEndpoint, rows: PortalRecord[]): Promise<PortalVerdict> {
    const verdict = await (this.client as PortalClient).post(endpoint, rows);
    this.metrics.counted(endpoint, verdict.kind, rows.length);
    if (verdict.kind !== 'accepted' && verdict.kind !== 'already_exists') this.logger.warn(`DVCQG ${endpoint} (${rows.length}): ${verdict.kind}: ${verdict.message}`);
    return verdict;
  }

  private async finish(claimed: Claimed[], outcomes: Map<string, Outcome>): Promise<void> {
    const now = this.clock.now();
    const settings = this.settings as DvcqgSettings;
    const rows = claimed.map((c) => {
      const o = outcomes.get(c.dossier_id) as Outcome;
      const delay = retryDelaySeconds(c.attempts, settings.retryBaseSeconds ?? 5, settings.retryMaxSeconds);
      return { ...o, id: c.dossier_id, revision: c.revision, nextAt: new Date(now.getTime() + delay * 1000) };
    });
    await this.outbox.finish(rows, now);
  }
}

function failed(verdict: PortalVerdict, added: boolean, what: string): Outcome {
  const message = verdict.kind === 'accepted' ? null : `${what}: ${verdict.message}`.slice(0, 1000);
  return { result: verdict.kind === 'transient' ? 'transient' : 'refused', error: message, added, progressEventId: 0 };
}

async function forEachLimited<T>(items: T[], limit: number, work: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  const lanes = Array.from({ length: Math.min(limit, items.length) }, async () => {
    while (next < items.length) await work(items[next++]);
  });
  await Promise.all(lanes);
}
