// The HTTP app as a plugin-built instance: `server.ts` only starts it, so tests use app.inject().
import Fastify, { type FastifyInstance, type FastifyServerOptions } from 'fastify';
import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import fastifyStatic from '@fastify/static';
import { fileURLToPath } from 'node:url';
import { validatorCompiler, jsonSchemaTransform } from 'fastify-type-provider-zod';
import type { Engine } from '../engine/index.js';
import { config } from '../config.js';
import { registerErrorHandling } from './errors.js';
import { compiledSerializerCompiler } from './serializer.js';
import { declareStandardErrors } from './responses.js';
import { healthResponse } from './schemas.js';
import { describeRequestFields } from './field-docs.js';
import { corpusRoutes } from './routes/corpus.js';
import { eligibilityRoutes } from './routes/eligibility.js';
import { fhirRoutes } from './routes/fhir.js';

export interface AppOptions {
  engine: Engine;
  logger?: FastifyServerOptions['logger'];
  /** Extra routes (the ledger) registered under /api/v1. */
  plugins?: ((app: FastifyInstance) => Promise<void>)[];
  /** The largest body accepted, in bytes (KEPIL_BODY_LIMIT). */
  bodyLimit?: number;
}

const PUBLIC_DIR = fileURLToPath(new URL('../../../public/', import.meta.url));

export async function buildApp({ engine, logger = false, plugins = [], bodyLimit = config().KEPIL_BODY_LIMIT }: AppOptions): Promise<FastifyInstance> {
  const app = Fastify({ logger, bodyLimit });
  app.setValidatorCompiler(validatorCompiler);
  // Any route that declares zod `response` schemas is serialised by a compiled fast-json-stringify
  // function (serializer.ts) and documents the errors every route of its kind can answer.
  app.setSerializerCompiler(compiledSerializerCompiler);
  app.addHook('onRoute', declareStandardErrors);
  registerErrorHandling(app);
  // Only JSON (and FHIR JSON) bodies are accepted; anything else is a 415.
  app.removeAllContentTypeParsers();
  app.addContentTypeParser(['application/json', 'application/fhir+json'], { parseAs: 'string', bodyLimit }, (_req, body, done) => {
    try {
      done(null, body === '' ? undefined : JSON.parse(body as string));
    } catch (e) {
      done(Object.assign(new Error(`the body is not valid JSON: ${(e as Error).message}`), { statusCode: 400, code: 'KEPIL_INVALID_JSON' }), undefined);
    }
  });
  app.addContentTypeParser('*', (_req, _payload, done) => done(Object.assign(new Error('only application/json bodies are accepted'), { statusCode: 415, code: 'FST_ERR_CTP_INVALID_MEDIA_TYPE' }), undefined));

  describeRequestFields();
  await app.register(swagger, {
    openapi: {
      info: { title: 'Kepil API', description: "Kazakhstan's guaranteed medical care (GVFMC and CSHI) as dated, cited rules", version: '1.0.0' },
      tags: [{ name: 'engine' }, { name: 'corpus' }, { name: 'ledger' }, { name: 'fhir' }, { name: 'service' }],
      components: { securitySchemes: { bearerAuth: { type: 'http', scheme: 'bearer' } } },
    },
    transform: jsonSchemaTransform,
  });
  await app.register(swaggerUi, { routePrefix: '/docs', theme: { title: 'Kepil API' } });

  app.get('/healthz', { schema: { tags: ['service'], summary: 'Liveness', response: { 200: healthResponse } } }, async () => ({ status: 'ok' as const, datasetVersion: engine.corpus.version }));
  app.get('/api/v1/openapi.json', { schema: { hide: true } }, async () => app.swagger());
  await app.register(corpusRoutes(engine), { prefix: '/api/v1' });
  await app.register(eligibilityRoutes(engine), { prefix: '/api/v1' });
  await app.register(fhirRoutes(engine), { prefix: '/fhir' });
  for (const plugin of plugins) await app.register(async (scope) => plugin(scope), { prefix: '/api/v1' });
  await app.register(fastifyStatic, { root: PUBLIC_DIR, prefix: '/', index: ['index.html'], wildcard: false });
  return app;
}
