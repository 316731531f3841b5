import type { INestApplication } from '@nestjs/common';
import { DocumentBuilder, SwaggerModule, type OpenAPIObject } from '@nestjs/swagger';
import { APP_VERSION } from '../common/app-version.js';
import { LIVENESS_OPERATION, LIVENESS_PATH, LIVENESS_SCHEMA } from '../health/index.js';
import { API_PREFIX, documentAsV1 } from './api-version.js';

/**
 * Swagger UI at /docs and the OpenAPI 3 document at /docs-json. The document is built on the first
 * request for it (then kept), not at start-up: scanning every controller and DTO is about 0.1 s of
 * CPU before the app could listen, for a page most instances never serve.
 */
export function setUpSwagger(app: INestApplication): void {
  SwaggerModule.setup('docs', app, () => openApiDocument(app), {
    jsonDocumentUrl: 'docs-json',
    yamlDocumentUrl: 'docs-yaml',
    customSiteTitle: 'MedChat API',
    swaggerOptions: { persistAuthorization: true },
  });
}

function openApiDocument(app: INestApplication): OpenAPIObject {
  const config = new DocumentBuilder()
    .setTitle('MedChat API')
    .setDescription(
      'Medical consultation chatbot: sign in, chat by text, voice or photo, and read your conversation history. ' +
        'Errors are RFC 9457 application/problem+json with a human-readable `detail`.',
    )
    .setVersion(APP_VERSION)
    .addBearerAuth({ type: 'http', scheme: 'bearer', bearerFormat: 'JWT' }, 'bearer')
    .build();
  const generated = SwaggerModule.createDocument(app, config);
  // The liveness probe is a plain Fastify route (see liveness-route.ts): no controller lists it.
  generated.paths[`${API_PREFIX}${LIVENESS_PATH}`] = { get: LIVENESS_OPERATION };
  generated.components = {
    ...generated.components,
    schemas: { ...generated.components?.schemas, [LIVENESS_SCHEMA.name]: LIVENESS_SCHEMA.schema },
  };
  return documentAsV1(generated);
}
