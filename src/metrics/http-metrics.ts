import type { FastifyInstance } from 'fastify';
import type { MetricsRegistry } from './metrics-registry';

/**
 * Counts and times every HTTP request when its response is finished, labelled with the route pattern
 * (e.g. /api/v1/dossiers/:code, never the dossier code itself) so the label set stays small.
 * Requests that matched no route are labelled "unmatched".
 */
export function addHttpMetrics(fastify: FastifyInstance, metrics: MetricsRegistry): void {
  fastify.addHook('onResponse', (request, reply, done) => {
    const route = request.is404 ? undefined : request.routeOptions.url;
    const labels = { method: request.method, route: route ?? 'unmatched' };
    metrics.httpRequests.inc({ ...labels, status: String(reply.statusCode) });
    metrics.httpDuration.observe(labels, reply.elapsedTime / 1000);
    done();
  });
}
