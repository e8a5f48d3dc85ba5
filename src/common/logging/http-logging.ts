import type { RequestHandler } from 'express';
import pinoHttp from 'pino-http';
import type { Logger as Pino } from 'pino';
import { requestContext, requestIdFrom } from './request-context';

/**
 * Every request gets an id (the caller's X-Request-Id when sane), returned as X-Request-Id and, when
 * something logs, kept for the lines written while serving it (AsyncLocalStorage has a cost per promise:
 * not paid with LOG_LEVEL=silent).
 */
export function requestId(keepForLogs: boolean): RequestHandler {
  return (req, res, next) => {
    const id = requestIdFrom(req.headers['x-request-id']);
    (req as { id?: string }).id = id;
    res.setHeader('X-Request-Id', id);
    if (keepForLogs) requestContext.run({ reqId: id }, next);
    else next();
  };
}

const pathOf = (url: string | undefined) => (url ?? '').split('?')[0];

/** One line per answered request: method, path without its query string, status, duration and request id. */
export function requestLogging(logger: Pino): RequestHandler {
  return pinoHttp({
    logger,
    genReqId: (req) => String((req as { id?: string }).id),
    customAttributeKeys: { reqId: 'reqId' },
    serializers: {
      req: (req: { method: string; url: string }) => ({ method: req.method, path: pathOf(req.url) }),
      res: (res: { statusCode: number }) => ({ statusCode: res.statusCode }),
    },
    wrapSerializers: false,
    quietReqLogger: true,
    customLogLevel: (_req, res, error) => (error || res.statusCode >= 500 ? 'error' : 'info'),
    customSuccessMessage: (req, res) => `${req.method} ${pathOf(req.url)} ${res.statusCode}`,
    customErrorMessage: (req, res) => `${req.method} ${pathOf(req.url)} ${res.statusCode}`,
  }) as unknown as RequestHandler;
}
