import type { INestApplication } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { SwaggerModule } from '@nestjs/swagger';
import type { NestExpressApplication } from '@nestjs/platform-express';
import type { DestinationStream } from 'pino';
import helmet from 'helmet';
import { AppModule } from './app.module';
import type { Clock } from './common/clock';
import { createOpenApiDocument } from './common/openapi/openapi-document';
import { createAppLogger } from './common/logging/app-logger';
import { requestId, requestLogging } from './common/logging/http-logging';
import { createValidationPipe } from './common/validation';
import type { AppConfig } from './config/app-config';

/** Builds the configured HTTP application (shared by main.ts and the tests). */
export async function createHttpApp(
  config: AppConfig & { databaseUrl: string },
  clock?: Clock,
  options: { logStream?: DestinationStream } = {},
): Promise<INestApplication> {
  const logger = config.logLevel === 'silent' ? undefined : createAppLogger(config, options.logStream);
  const app = await NestFactory.create<NestExpressApplication>(AppModule.forRoot(config, clock), {
    logger: logger?.nest ?? false,
    bodyParser: true,
  });
  app.use(requestId(logger !== undefined));
  if (logger) app.use(requestLogging(logger.pino));
  app.disable('x-powered-by');
  app.set('trust proxy', config.trustProxy ?? false);
  app.use(helmet({ contentSecurityPolicy: { useDefaults: true, directives: { 'img-src': ["'self'", 'data:'] } } }));
  app.useGlobalPipes(createValidationPipe());
  SwaggerModule.setup('api/docs', app, () => createOpenApiDocument(app, config.publicBaseUrl));
  return app;
}
