/** The metrics module's public surface: other modules import only from here (eslint boundaries). */
export { MetricsRegistry } from './metrics-registry';
export { addHttpMetrics } from './http-metrics';
