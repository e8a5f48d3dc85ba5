import type { Registry } from 'prom-client';
import { PlainCounter, PlainHistogram } from './plain-metrics';

const BUCKETS = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10];

/**
 * The HTTP request counter and duration histogram, as plain numbers (plain-metrics.ts): prom-client's
 * own per-request label handling was a tenth of the public look-up's CPU.
 */
export class HttpRequestStats {
  private readonly requests = new PlainCounter('motcua_http_requests_total', 'HTTP requests by method, route pattern and status code.', ['method', 'route', 'status']);
  private readonly duration = new PlainHistogram('motcua_http_request_duration_seconds', 'HTTP request duration by method and route pattern.', ['method', 'route'], BUCKETS);

  record(method: string, route: string, statusCode: number, seconds: number): void {
    this.requests.inc({ method, route, status: String(statusCode) });
    this.duration.observe({ method, route }, seconds);
  }

  registerIn(registry: Registry): void {
    this.requests.registerIn(registry);
    this.duration.registerIn(registry);
  }
}
