import { Injectable } from '@nestjs/common';
import { Counter, Gauge } from 'prom-client';
import { MetricsRegistry } from '../metrics';
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
    // Without sync nothing drains the outbox: its depth is every dossier, counted at each scrape
    // (half a second at 1M dossiers) to say nothing. The gauges exist when sync is on.
    if (!status.enabled) return;
    // The three gauges are collected together at a scrape: they share one reading of the outbox.
    let reading: Promise<OutboxDepth> | null = null;
    const read = () => {
      if (!reading) reading = status.depth().finally(() => setImmediate(() => (reading = null)));
      return reading;
    };
    const gauge = (name: string, help: string, value: (d: OutboxDepth) => number) =>
      new Gauge({
        name,
        help,
        registers,
        async collect() {
          this.set(value(await read()));
        },
      });
    gauge('motcua_dvcqg_outbox_depth', 'Dossiers whose latest change waits to be delivered to DVCQG (state pending).', (d) => d.pending);
    gauge('motcua_dvcqg_outbox_oldest_seconds', 'Age of the oldest change waiting for DVCQG, in seconds.', (d) => d.oldestPendingSeconds);
    gauge('motcua_dvcqg_refused', 'Dossiers whose record the portal refused (data errors waiting for a fix or a resend).', (d) => d.refused);
  }

  counted(endpoint: string, result: string, rows: number): void {
    this.calls.inc({ endpoint, result });
    this.records.inc({ endpoint, result }, rows);
  }
}
