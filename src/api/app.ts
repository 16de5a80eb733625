// The HTTP app as a plugin-built instance: `server.ts` only starts it, so tests use app.inject().
import Fastify, { type FastifyInstance, type FastifyServerOptions } from 'fastify';
import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import fastifyStatic from '@fastify/static';
import { fileURLToPath } from 'node:url';
import { serializerCompiler, validatorCompiler, jsonSchemaTransform } from 'fastify-type-provider-zod';
import type { Engine } from '../engine/index.js';
import { registerErrorHandling } from './errors.js';
import { corpusRoutes } from './routes/corpus.js';
import { eligibilityRoutes } from './routes/eligibility.js';
import { fhirRoutes } from './routes/fhir.js';
import { batchRoutes } from './routes/batch.js';
import { config } from '../config.js';

export interface AppOptions {
  engine: Engine;
  logger?: FastifyServerOptions['logger'];
  /** Extra routes (the ledger) registered under /api/v1. */
  plugins?: ((app: FastifyInstance) => Promise<void>)[];
}

export const BODY_LIMIT = 64 * 1024;
const PUBLIC_DIR = fileURLToPath(new URL('../../../public/', import.meta.url));

export async function buildApp({ engine, logger = false, plugins = [] }: AppOptions): Promise<FastifyInstance> {
  const app = Fastify({ logger, bodyLimit: BODY_LIMIT });
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  registerErrorHandling(app);
  // Only JSON (and FHIR JSON) bodies are accepted; anything else is a 415.
  app.removeAllContentTypeParsers();
  app.addContentTypeParser(['application/json', 'application/fhir+json'], { parseAs: 'string', bodyLimit: BODY_LIMIT }, (_req, body, done) => {
    try {
      done(null, body === '' ? undefined : JSON.parse(body as string));
    } catch (e) {
      done(Object.assign(new Error(`the body is not valid JSON: ${(e as Error).message}`), { statusCode: 400 }), undefined);
    }
  });
  app.addContentTypeParser('*', (_req, _payload, done) => done(Object.assign(new Error('only application/json bodies are accepted'), { statusCode: 415, code: 'FST_ERR_CTP_INVALID_MEDIA_TYPE' }), undefined));

  await app.register(swagger, {
    openapi: {
      info: { title: 'Kepil API', description: "Kazakhstan's guaranteed medical care (GVFMC and CSHI) as dated, cited rules", version: '1.0.0' },
      tags: [{ name: 'engine' }, { name: 'corpus' }, { name: 'ledger' }, { name: 'fhir' }, { name: 'service' }],
      components: { securitySchemes: { bearerAuth: { type: 'http', scheme: 'bearer' } } },
    },
    transform: jsonSchemaTransform,
  });
  await app.register(swaggerUi, { routePrefix: '/docs' });

  app.get('/healthz', { schema: { tags: ['service'], summary: 'Liveness' } }, async () => ({ status: 'ok', datasetVersion: engine.corpus.version }));
  app.get('/api/v1/openapi.json', { schema: { hide: true } }, async () => app.swagger());
  await app.register(corpusRoutes(engine), { prefix: '/api/v1' });
  await app.register(eligibilityRoutes(engine), { prefix: '/api/v1' });
  await app.register(batchRoutes(engine, { maxRows: config().KEPIL_BATCH_MAX_ROWS, maxBytes: config().KEPIL_BATCH_MAX_BYTES }), { prefix: '/api/v1' });
  await app.register(fhirRoutes(engine), { prefix: '/fhir' });
  for (const plugin of plugins) await app.register(async (scope) => plugin(scope), { prefix: '/api/v1' });
  await app.register(fastifyStatic, { root: PUBLIC_DIR, prefix: '/', index: ['index.html'], wildcard: false });
  return app;
}
