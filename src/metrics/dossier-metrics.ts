import { BeforeApplicationShutdown, Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { Gauge } from 'prom-client';
import { Clock } from '../common/clock';
import { DossierChangeListener } from '../database/dossier-change-listener';
import { classifyFinished } from '../domain/on-time';
import { DossierMetricsQueries, type EventRow } from './dossier-metrics.queries';
import { MetricsRegistry } from './metrics-registry';
import { PlainCounter, PlainHistogram } from './plain-metrics';

/** Processing time buckets, in calendar days from receipt to resolution. */
export const PROCESSING_DAYS_BUCKETS = [0.25, 0.5, 1, 2, 3, 5, 7, 10, 15, 20, 30, 45, 60, 90];

/** A sequence number left out of a batch may belong to a transaction not committed yet: looked for again this long. */
const GAP_RETRY_MS = 10 * 60_000;
const BATCH = 5_000;

/** dossiers.status of a dossier still being processed. */
const OPEN_STATUSES = [1, 2, 4, 5, 6];


/**
 * Dossier metrics. Counters follow the append-only audit trail: at the first scrape the history is
 * counted in one aggregate, then every scrape reads only the events after the last one seen (and any
 * sequence gap still open, in case its transaction commits late). Gauges of pending and overdue
 * dossiers per agency come from the open dossiers kept in memory (agency, appointment), read whole at
 * the first scrape and then only for the dossiers whose events were counted or whose change was
 * NOTIFYed since the previous scrape: a scrape scans no table. Counters restart from the database
 * totals when the process restarts, as Prometheus counters may.
 */
@Injectable()
export class DossierMetrics implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly received: PlainCounter<'agency' | 'channel'>;
  private readonly resolved: PlainCounter<'agency' | 'channel' | 'class'>;
  private readonly processingDays: PlainHistogram<'agency'>;
  private readonly pending: Gauge<'agency'>;
  private readonly overdue: Gauge<'agency'>;
  private lastId: number | null = null;
  private readonly gaps = new Map<number, number>();
  private running: Promise<void> = Promise.resolve();
  private queued: Promise<void> | null = null;
  /** Open dossiers by id: resolving agency and current appointment (ms). */
  private readonly open = new Map<string, { agency: string; due: number }>();
  private readonly dirty = new Set<string>();
  private reloadOpen = true;

  constructor(
    private readonly db: DossierMetricsQueries,
    registry: MetricsRegistry,
    private readonly changes: DossierChangeListener,
    private readonly clock: Clock,
  ) {
    changes.subscribe((change) => {
      if (change.all) this.reloadOpen = true;
      else for (const id of change.ids) this.dirty.add(id);
    });
    const registers = [registry.registry];
    this.received = new PlainCounter('motcua_dossiers_received_total', 'Dossiers received, by resolving agency and channel (direct, online, postal).', ['agency', 'channel']).registerIn(registry.registry);
    this.resolved = new PlainCounter(
      'motcua_dossiers_resolved_total',
      'Dossiers resolved, by resolving agency, channel and class against the original appointment (early, on_time, late).',
      ['agency', 'channel', 'class'],
    ).registerIn(registry.registry);
    this.processingDays = new PlainHistogram(
      'motcua_dossier_processing_days',
      'Calendar days from receipt to resolution of resolved dossiers, by resolving agency.',
      ['agency'],
      PROCESSING_DAYS_BUCKETS,
    ).registerIn(registry.registry);
    this.pending = new Gauge({ name: 'motcua_dossiers_pending', help: 'Dossiers still being processed (statuses 1, 2, 4, 5, 6), by resolving agency.', labelNames: ['agency'], registers });
    this.overdue = new Gauge({ name: 'motcua_dossiers_overdue', help: 'Pending dossiers past their current appointment, by resolving agency.', labelNames: ['agency'], registers });
  }

  /** The history is counted when the service starts, not by the first scrape (seconds at a million dossiers). */
  onApplicationBootstrap(): void {
    this.refresh(this.clock.now()).catch((error: unknown) => new Logger('DossierMetrics').warn(`history not counted at start: ${String(error)}`));
  }

  async beforeApplicationShutdown(): Promise<void> {
    await this.running;
  }

  /**
   * Brings the counters and gauges up to date, one update at a time: scrapes arriving while one runs
   * share the single update queued after it (a crowd of scrapers costs two updates, not one each).
   */
  refresh(now: Date): Promise<void> {
    if (this.queued) return this.queued;
    const next = this.running.then(() => {
      this.queued = null;
      return this.update(now);
    });
    this.queued = next;
    this.running = next.catch(() => undefined);
    return next;
  }

  private async update(now: Date): Promise<void> {
    if (this.lastId === null) await this.countHistory();
    else await this.countNewEvents(now.getTime());
    await this.updateGauges(now);
  }

  /** Events after `after` counted in one aggregate: at the start, and when a bulk load left more than a batch behind. */
  private async countHistory(after = 0): Promise<void> {
    const upto = await this.db.lastEventId();
    const rows = await this.db.history(after, upto, PROCESSING_DAYS_BUCKETS);
    for (const row of rows) {
      const n = Number(row.n);
      if (row.type === 'received') {
        this.received.inc({ agency: row.agency, channel: row.channel }, n);
        continue;
      }
      this.resolved.inc({ agency: row.agency, channel: row.channel, class: row.class ?? 'on_time' }, n);
      // Every dossier of a bucket gets the bucket's average: the bucket counts and the sum stay exact.
      this.processingDays.observe({ agency: row.agency }, Math.max(0, row.days ?? 0), n);
    }
    this.lastId = upto;
  }

  private async countNewEvents(nowMs: number): Promise<void> {
    const rows = await this.db.eventsAfter(this.lastId as number, [...this.gaps.keys()], BATCH);
    let previous = this.lastId as number;
    for (const row of rows) {
      const id = Number(row.id);
      if (this.gaps.delete(id)) {
        this.count(row);
        continue;
      }
      for (let missing = previous + 1; missing < id; missing++) this.gaps.set(missing, nowMs);
      previous = id;
      this.count(row);
    }
    this.lastId = previous;
    for (const [id, since] of this.gaps) if (nowMs - since > GAP_RETRY_MS) this.gaps.delete(id);
    if (rows.length < BATCH) return;
    // More than a batch behind (an import, a restore, a generated history): the rest in one
    // aggregate, and the open dossiers read again whole instead of by id.
    this.reloadOpen = true;
    await this.countHistory(this.lastId);
  }

  private count(row: EventRow): void {
    this.dirty.add(row.dossier_id);
    if (row.type === 'received') {
      this.received.inc({ agency: row.agency, channel: row.channel });
    } else if (row.type === 'resolved') {
      const at = new Date(row.occurred_at);
      this.resolved.inc({ agency: row.agency, channel: row.channel, class: classifyFinished(at, new Date(row.due)) });
      this.processingDays.observe({ agency: row.agency }, Math.max(0, (at.getTime() - new Date(row.received_at).getTime()) / 86_400_000));
    }
  }

  private async updateGauges(now: Date): Promise<void> {
    await this.refreshOpenDossiers();
    const agencies = await this.db.agencyCodes();
    const pending = new Map<string, number>(agencies.map((code) => [code, 0]));
    const overdue = new Map<string, number>(agencies.map((code) => [code, 0]));
    const nowMs = now.getTime();
    for (const { agency, due } of this.open.values()) {
      pending.set(agency, (pending.get(agency) ?? 0) + 1);
      if (due < nowMs) overdue.set(agency, (overdue.get(agency) ?? 0) + 1);
    }
    this.pending.reset();
    this.overdue.reset();
    for (const [agency, n] of pending) this.pending.set({ agency }, n);
    for (const [agency, n] of overdue) this.overdue.set({ agency }, n);
  }

  /** All open dossiers after a restart, a bulk change or while changes may go unheard; otherwise only the changed ones. */
  private async refreshOpenDossiers(): Promise<void> {
    if (this.reloadOpen || !this.changes.connected) {
      this.reloadOpen = false;
      this.dirty.clear();
      const rows = await this.db.openDossiers(OPEN_STATUSES);
      this.open.clear();
      for (const row of rows) this.open.set(row.id, { agency: row.agency, due: new Date(row.due).getTime() });
      return;
    }
    if (this.dirty.size === 0) return;
    const ids = [...this.dirty];
    this.dirty.clear();
    const rows = await this.db.dossiersById(ids);
    for (const id of ids) this.open.delete(id);
    for (const row of rows) {
      if (OPEN_STATUSES.includes(Number(row.status))) this.open.set(row.id, { agency: row.agency, due: new Date(row.due).getTime() });
    }
  }
}
