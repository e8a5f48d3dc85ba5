import { Injectable } from '@nestjs/common';
import { Registry, collectDefaultMetrics } from 'prom-client';
import { HttpRequestStats } from './http-request-stats';

/**
 * The service's own Prometheus registry (never prom-client's global one, so several application
 * instances in one process, as in the tests, do not collide), with the process metrics and the HTTP
 * request metrics.
 */
@Injectable()
export class MetricsRegistry {
  readonly registry = new Registry();
  readonly http = new HttpRequestStats();

  constructor() {
    collectDefaultMetrics({ register: this.registry, prefix: 'motcua_' });
    this.http.registerIn(this.registry);
  }
}
