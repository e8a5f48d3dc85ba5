import type { FastifyInstance } from 'fastify';
import type { MetricsRegistry } from './metrics-registry';

/**
 * Counts and times every HTTP request when its response is finished, labelled with the route pattern
 * (e.g. /api/v1/dossiers/:code, never the dossier code itself) so the label set stays small.
 * Requests that matched no route are labelled "unmatched".
 */
export function addHttpMetrics(fastify: FastifyInstance, metrics: MetricsRegistry): void {
  fastify.addHook('onResponse', (request, reply, done) => {
    const route = request.is404 ? 'unmatched' : (request.routeOptions.url ?? 'unmatched');
    metrics.http.record(request.method, route, reply.statusCode, reply.elapsedTime / 1000);
    done();
  });
}
