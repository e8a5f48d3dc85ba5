import { Injectable } from '@nestjs/common';
import { Counter, Gauge } from 'prom-client';
import { MetricsRegistry } from '../metrics/metrics-registry';
import { DvcqgOutboxStatus, type OutboxDepth } from './outbox-status';

/** /metrics: outbox depth, age of the oldest pending change, refused dossiers, and calls to the portal by endpoint and result. */
@Injectable()
export class DvcqgMetrics {
  private readonly calls: Counter<'endpoint' | 'result'>;
  private readonly records: Counter<'endpoint' | 'result'>;

  constructor(registry: MetricsRegistry, status: DvcqgOutboxStatus) {
    const registers = [registry.registry];
    this.calls = new Counter({ name: 'motcua_dvcqg_calls_total', help: 'Calls to the national portal (DVCQG) by endpoint (add, update, progress) and result (accepted, already_exists, refused, transient).', labelNames: ['endpoint', 'result'], registers });
    this.records = new Counter({ name: 'motcua_dvcqg_records_total', help: 'Records and progress rows sent to DVCQG, by endpoint and result of their call.', labelNames: ['endpoint', 'result'], registers });
    // The first gauge reads the outbox once per scrape; the next two, serialised after it, reuse that reading.
    let last: OutboxDepth | null = null;
    new Gauge({
      name: 'motcua_dvcqg_outbox_depth',
      help: 'Dossiers whose latest change waits to be delivered to DVCQG (state pending).',
      registers,
      async collect() {
        last = await status.depth();
        this.set(last.pending);
      },
    });
    new Gauge({ name: 'motcua_dvcqg_outbox_oldest_seconds', help: 'Age of the oldest change waiting for DVCQG, in seconds.', registers, collect() { this.set(last?.oldestPendingSeconds ?? 0); } });
    new Gauge({ name: 'motcua_dvcqg_refused', help: 'Dossiers whose record the portal refused (data errors waiting for a fix or a resend).', registers, collect() { this.set(last?.refused ?? 0); } });
  }

  counted(endpoint: string, result: string, rows: number): void {
    this.calls.inc({ endpoint, result });
    this.records.inc({ endpoint, result }, rows);
  }
}
