import type { INestApplication } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { DocumentBuilder, SwaggerModule } from '@nestjs/swagger';
import type { NestExpressApplication } from '@nestjs/platform-express';
import helmet from 'helmet';
import { AppModule } from './app.module';
import type { Clock } from './common/clock';
import { QuietLogger } from './common/quiet-logger';
import { createValidationPipe } from './common/validation';
import type { AppConfig } from './config/app-config';

/** Builds the configured HTTP application (shared by main.ts and the tests). */
export async function createHttpApp(config: AppConfig & { databaseUrl: string }, clock?: Clock): Promise<INestApplication> {
  const app = await NestFactory.create<NestExpressApplication>(AppModule.forRoot(config, clock), {
    logger: config.logLevel === 'silent' ? false : new QuietLogger({ logLevels: ['error', 'warn', 'log'] }),
    bodyParser: true,
  });
  app.disable('x-powered-by');
  app.set('trust proxy', config.trustProxy ?? false);
  app.use(helmet({ contentSecurityPolicy: { useDefaults: true, directives: { 'img-src': ["'self'", 'data:'] } } }));
  app.useGlobalPipes(createValidationPipe());
  const openApi = new DocumentBuilder()
    .setTitle('motcua API')
    .setDescription('One-stop-shop counter: intake, calendar, documents, tracking, apologies, reports, public look-up.')
    .setVersion('1')
    .addBearerAuth()
    .build();
  SwaggerModule.setup('api/docs', app, () => SwaggerModule.createDocument(app, openApi));
  return app;
}
