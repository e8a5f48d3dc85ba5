import type { IncomingMessage, ServerResponse } from 'node:http';
import type { FastifyInstance } from 'fastify';
import helmet, { type HelmetOptions } from 'helmet';
import { NO_STORE_DEFAULT } from './no-store';

/** The service-wide policy: helmet's defaults, images also from data: URLs (the QR codes). */
const OPTIONS: HelmetOptions = { contentSecurityPolicy: { useDefaults: true, directives: { 'img-src': ["'self'", 'data:'] } } };

/** The headers helmet sets with these options: the same for every request, so computed once. */
export function helmetHeaders(options: HelmetOptions = OPTIONS): Record<string, string> {
  const headers: Record<string, string> = {};
  const response = {
    setHeader: (name: string, value: unknown) => void (headers[name] = String(value)),
    removeHeader: (name: string) => void delete headers[name],
  };
  helmet(options)({} as IncomingMessage, response as unknown as ServerResponse, () => undefined);
  return headers;
}

/**
 * Helmet's headers and `Cache-Control: no-store` on every answer. Not @fastify/helmet, which builds
 * helmet's middleware anew on every request. A handler that sets its own (the console's and the
 * citizen's pages' CSP, a cacheable answer) replaces them.
 */
export function addSecurityHeaders(fastify: FastifyInstance): void {
  const headers = { ...helmetHeaders(), ...NO_STORE_DEFAULT };
  fastify.addHook('onRequest', (_request, reply, done) => {
    reply.headers(headers);
    done();
  });
}
