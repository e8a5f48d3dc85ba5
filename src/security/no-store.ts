import type { FastifyInstance } from 'fastify';

/**
 * Staff answers carry personal data (names, identity numbers, phones): no cache, shared or the
 * browser's, may keep them. A handler that knows better (the console's static files, the public
 * look-up's revalidated answer) sets its own Cache-Control, which this default leaves alone.
 * A Fastify hook rather than a Nest interceptor: no per-request observable chain.
 */
export function addNoStore(fastify: FastifyInstance): void {
  fastify.addHook('onSend', (_request, reply, payload, done) => {
    if (!reply.hasHeader('cache-control')) reply.header('cache-control', 'no-store');
    done(null, payload);
  });
}
