import { Logger } from '@nestjs/common';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { errorBodyLogged } from '../errors/http-error.filter';

/**
 * A route a Nest controller declares (routing, OpenAPI, @Public) but the HTTP app serves straight
 * from Fastify, without Nest's per-request pipeline of guards, pipes, interceptors and filters:
 * for public routes that take raw strings and must answer near the speed of a bare server (the
 * citizen's look-up). The global hooks (request id, security headers, metrics) still run; errors
 * leave in the API's one error format.
 */
export interface DirectRoute {
  readonly method: 'GET';
  readonly url: string;
  handle(request: FastifyRequest, reply: FastifyReply): Promise<void>;
}

const logger = new Logger('HttpError');

/** Replaces the handler Nest registers for each route (call before the app's init); the app refuses to start if one was never declared. */
export function serveDirectly(fastify: FastifyInstance, routes: DirectRoute[]): void {
  const pending = new Map(routes.map((route) => [`${route.method} ${route.url}`, route]));
  fastify.addHook('onRoute', (options) => {
    const methods = Array.isArray(options.method) ? options.method : [options.method];
    const route = methods.length === 1 ? pending.get(`${methods[0]} ${options.url}`) : undefined;
    if (!route) return;
    pending.delete(`${route.method} ${route.url}`);
    options.handler = async (request, reply) => {
      try {
        await route.handle(request, reply);
      } catch (error) {
        const body = errorBodyLogged(error, request, logger);
        await reply.code(body.statusCode).send(body);
      }
    };
  });
  fastify.addHook('onReady', async () => {
    if (pending.size > 0) throw new Error(`No controller declares ${[...pending.keys()].join(', ')}: cannot serve it directly`);
  });
}
