import type { INestApplication } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { FastifyAdapter, type NestFastifyApplication } from '@nestjs/platform-fastify';
import { SwaggerModule } from '@nestjs/swagger';
import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import type { DestinationStream } from 'pino';
import { AppModule } from './app.module';
import { uploadLimitsOf } from './attachments';
import type { Clock } from './common/clock';
import { createOpenApiDocument } from './common/openapi/openapi-document';
import { createAppLogger } from './common/logging/app-logger';
import { addRequestId, addRequestLogging } from './common/logging/http-logging';
import { useJsonBodies } from './common/http/json-body';
import { serveDirectly } from './common/http/direct-route';
import { PublicLookupRoute } from './public-lookup';
import { createValidationPipe } from './common/validation';
import type { AppConfig } from './config/app-config';
import { addHttpMetrics } from './metrics';
import { addSecurityHeaders } from './security';
import { MetricsRegistry } from './metrics';

/** JSON and form bodies: the staff API's largest is a calendar year; files come as multipart (their own limit). */
const BODY_LIMIT = 1024 * 1024;

/** Builds the configured HTTP application on Fastify (shared by main.ts, the tests and the benchmarks). */
export async function createHttpApp(
  config: AppConfig & { databaseUrl: string },
  clock?: Clock,
  options: { logStream?: DestinationStream } = {},
): Promise<INestApplication> {
  const logger = config.logLevel === 'silent' ? undefined : createAppLogger(config, options.logStream);
  const adapter = new FastifyAdapter({
    trustProxy: fastifyTrustProxy(config.trustProxy),
    bodyLimit: BODY_LIMIT,
    frameworkErrors: badUrl,
    multipart: { limits: uploadLimitsOf(config) },
    // No Nest middleware anywhere (request id, logging, headers and metrics are Fastify hooks): no middie hook on every request.
    skipMiddie: true,
  });
  const app = await NestFactory.create<NestFastifyApplication>(AppModule.forRoot(config, clock), adapter, {
    logger: logger?.nest ?? false,
    bodyParser: true,
  });
  const fastify = app.getHttpAdapter().getInstance();
  serveDirectly(fastify, [app.get(PublicLookupRoute, { strict: false })]);
  addRequestId(fastify, logger !== undefined);
  if (logger) addRequestLogging(fastify, logger.requests);
  addHttpMetrics(fastify, app.get(MetricsRegistry, { strict: false }));
  useJsonBodies(app, BODY_LIMIT);
  addSecurityHeaders(fastify);
  app.useGlobalPipes(createValidationPipe());
  SwaggerModule.setup('api/docs', app, () => createOpenApiDocument(app, config.publicBaseUrl));
  return app;
}

/** A path that is not valid percent-encoding (Fastify answers it before routing): the API's error format, naming the path. */
function badUrl(error: FastifyError, _request: FastifyRequest, reply: FastifyReply): void {
  const message = error.code === 'FST_ERR_BAD_URL' ? 'The URL path is not valid percent-encoding' : error.message;
  void reply.code(400).send({ statusCode: 400, error: 'Bad Request', message, errors: [{ field: 'path', message }] });
}

/** TRUST_PROXY as Express read it: a hop count trusts that many proxies nearest to the service (Fastify's own number fails closed). */
function fastifyTrustProxy(setting: AppConfig['trustProxy']): boolean | string[] | ((address: string, hop: number) => boolean) {
  if (typeof setting === 'number') return (_address, hop) => hop < setting;
  return setting ?? false;
}
