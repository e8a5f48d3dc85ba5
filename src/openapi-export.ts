import 'reflect-metadata';
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { NestFactory } from '@nestjs/core';
import { FastifyAdapter } from '@nestjs/platform-fastify';
import { AppModule } from './app.module';
import { createOpenApiDocument } from './common/openapi/openapi-document';

/**
 * Writes the OpenAPI document without a database: Nest's preview mode builds the module graph and
 * routes but instantiates no provider, so nothing connects. Usage: node dist/src/openapi-export.js OUT
 */
export async function exportOpenApiDocument(publicBaseUrl = 'https://motcua.example.gov.vn'): Promise<object> {
  const config = { port: 0, databaseUrl: 'postgres://unused@127.0.0.1:1/unused', dataDir: '', embeddedPort: 0, publicBaseUrl, seedDemo: false, tokenTtlMinutes: 1, logLevel: 'silent' as const };
  const app = await NestFactory.create(AppModule.forRoot(config), new FastifyAdapter(), { preview: true, logger: false });
  try {
    return createOpenApiDocument(app, publicBaseUrl);
  } finally {
    await app.close();
  }
}

if (require.main === module) {
  const out = process.argv[2];
  if (!out) throw new Error('Usage: node dist/src/openapi-export.js OUT.json');
  exportOpenApiDocument()
    .then((document) => {
      mkdirSync(dirname(out), { recursive: true });
      writeFileSync(out, `${JSON.stringify(document, null, 2)}\n`);
    })
    .catch((error) => {
      console.error(error);
      process.exit(1);
    });
}
