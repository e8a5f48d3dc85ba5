import type { INestApplication } from '@nestjs/common';
import { DocumentBuilder, OpenAPIObject, SwaggerModule } from '@nestjs/swagger';

const METHODS = ['get', 'put', 'post', 'delete', 'patch', 'head', 'options'] as const;

/** The OpenAPI document of /api/docs-json (also written by `npm run lint:openapi`, src/openapi-export.ts). */
export function createOpenApiDocument(app: INestApplication, publicBaseUrl: string): OpenAPIObject {
  const config = new DocumentBuilder()
    .setTitle('motcua API')
    .setDescription('One-stop-shop counter: intake, calendar, documents, tracking, apologies, reports, public look-up.')
    .setVersion('1')
    .setLicense('MIT', 'https://opensource.org/licenses/MIT')
    .addServer(publicBaseUrl, 'This service (PUBLIC_BASE_URL)')
    .addBearerAuth()
    .build();
  return declarePublicOperations(SwaggerModule.createDocument(app, config));
}

/**
 * Staff operations carry `bearer` (ApiBearerAuth on their controllers); the others are the public ones
 * (@Public: login, health, the citizen's pages), which say so with an empty requirement.
 */
function declarePublicOperations(document: OpenAPIObject): OpenAPIObject {
  for (const path of Object.values(document.paths)) {
    for (const method of METHODS) {
      const operation = path[method];
      if (operation && !operation.security) operation.security = [];
    }
  }
  return document;
}
