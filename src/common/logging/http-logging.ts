import type { FastifyInstance } from 'fastify';
import type { Logger as Pino } from 'pino';
import { requestContext, requestIdFrom } from './request-context';

/**
 * Every request gets an id (the caller's X-Request-Id when sane), returned as X-Request-Id and, when
 * something logs, kept for the lines written while serving it (AsyncLocalStorage has a cost per promise:
 * not paid with LOG_LEVEL=silent).
 */
export function addRequestId(fastify: FastifyInstance, keepForLogs: boolean): void {
  fastify.addHook('onRequest', (request, reply, done) => {
    const id = requestIdFrom(request.headers['x-request-id']);
    (request as { requestId?: string }).requestId = id;
    reply.header('X-Request-Id', id);
    if (keepForLogs) requestContext.run({ reqId: id }, done);
    else done();
  });
}

const pathOf = (url: string | undefined) => (url ?? '').split('?')[0];

/** One line per answered request: method, path without its query string, status, duration and request id. */
export function addRequestLogging(fastify: FastifyInstance, logger: Pino): void {
  fastify.addHook('onResponse', (request, reply, done) => {
    const statusCode = reply.statusCode;
    const line = {
      reqId: (request as { requestId?: string }).requestId,
      req: { method: request.method, path: pathOf(request.url) },
      res: { statusCode },
      responseTime: Math.round(reply.elapsedTime),
    };
    const message = `${request.method} ${line.req.path} ${statusCode}`;
    if (statusCode >= 500) logger.error(line, message);
    else logger.info(line, message);
    done();
  });
}
