import type { Registry } from 'prom-client';
import { PlainCounter, PlainHistogram, type HistogramSeries } from './plain-metrics';

const BUCKETS = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10];

/**
 * The HTTP request counter and duration histogram, as plain numbers (plain-metrics.ts): prom-client's
 * own per-request label handling was a tenth of the public look-up's CPU.
 */
export class HttpRequestStats {
  private readonly requests = new PlainCounter('motcua_http_requests_total', 'HTTP requests by method, route pattern and status code.', ['method', 'route', 'status']);
  private readonly duration = new PlainHistogram('motcua_http_request_duration_seconds', 'HTTP request duration by method and route pattern.', ['method', 'route'], BUCKETS);

  /** Route pattern → method → status: the two series, found without building a key per request. */
  private readonly series = new Map<string, Map<string, Map<number, { count: { value: number }; time: HistogramSeries<'method' | 'route'> }>>>();

  record(method: string, route: string, statusCode: number, seconds: number): void {
    let methods = this.series.get(route);
    if (!methods) this.series.set(route, (methods = new Map()));
    let statuses = methods.get(method);
    if (!statuses) methods.set(method, (statuses = new Map()));
    let both = statuses.get(statusCode);
    if (!both) {
      both = { count: this.requests.child({ method, route, status: String(statusCode) }), time: this.duration.child({ method, route }) };
      statuses.set(statusCode, both);
    }
    both.count.value++;
    this.duration.observeIn(both.time, seconds);
  }

  registerIn(registry: Registry): void {
    this.requests.registerIn(registry);
    this.duration.registerIn(registry);
  }
}
