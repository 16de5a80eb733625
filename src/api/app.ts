// The HTTP app as a plugin-built instance: `server.ts` only starts it, so tests use app.inject().
import Fastify, { type FastifyInstance, type FastifyServerOptions } from 'fastify';
import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import fastifyStatic from '@fastify/static';
import { fileURLToPath } from 'node:url';
import { jsonSchemaTransform } from 'fastify-type-provider-zod';
import { validatorCompiler } from './validator.js';
import { isLocalized } from './answer.js';
import type { Engine } from '../engine/index.js';
import { config } from '../config.js';
import { registerErrorHandling, clientErrorHandler, frameworkErrors, errorBody } from './errors.js';
import { guardCorpusReads, limitsFromConfig, registerProtection, serverTimeouts, type ServiceLimits } from './limits.js';
import { text } from '../ledger/text.js';
import { compiledSerializerCompiler } from './serializer.js';
import { declareStandardErrors, errorResponses } from './responses.js';
import { healthResponse, readyResponse } from './schemas.js';
import { describeRequestFields } from './field-docs.js';
import { registerLanguage } from './lang.js';
import { localize } from '../i18n/localize.js';
import { chooseLang } from '../i18n/index.js';
import { citerFor } from '../corpus/citer.js';
import { corpusRoutes } from './routes/corpus.js';
import { eligibilityRoutes } from './routes/eligibility.js';
import { fhirRoutes } from './routes/fhir.js';
import { batchRoutes, BATCH_PATH } from './routes/batch.js';
import { referenceRoutes } from './routes/reference.js';

export interface AppOptions {
  engine: Engine;
  logger?: FastifyServerOptions['logger'];
  /** Extra routes (the ledger) registered under /api/v1. */
  plugins?: ((app: FastifyInstance) => Promise<void>)[];
  /** The largest body accepted, in bytes (KEPIL_BODY_LIMIT). */
  bodyLimit?: number;
  /** Timeouts and rate limits; default from src/config.ts. Tests and benchmarks pass their own. */
  limits?: Partial<ServiceLimits>;
  /** GET /readyz: throws when a dependency (the ledger's database) does not answer. */
  readiness?: () => Promise<void>;
}

/**
 * What the request log may never contain: the token, and patientRef wherever it appears. Bodies are not
 * logged at all; this is the second line.
 */
export const LOG_REDACT = { paths: ['req.headers.authorization', 'req.headers.cookie', '*.patientRef', '*.*.patientRef', 'patientRef'], censor: '[redacted]' };

/** Search terms can name a disease or a drug: the request log keeps that they were asked, not what. */
const redactTerms = (url: string) => url.replace(/([?&](?:q|item)=)[^&]*/g, '$1[redacted]');

/** The pino options `kepil serve` uses: KEPIL_LOG_LEVEL, with redaction. */
export function serviceLogger(level: string = config().KEPIL_LOG_LEVEL): FastifyServerOptions['logger'] {
  return {
    level,
    redact: LOG_REDACT,
    serializers: {
      req: (req: { method: string; url: string; host?: string; ip?: string; socket?: { remotePort?: number } }) => ({
        method: req.method,
        url: typeof req.url === 'string' ? redactTerms(req.url) : undefined,
        host: req.host,
        remoteAddress: req.ip,
        remotePort: req.socket?.remotePort,
      }),
    },
  };
}

const PUBLIC_DIR = fileURLToPath(new URL('../../../public/', import.meta.url));

export async function buildApp({ engine, logger = false, plugins = [], bodyLimit = config().KEPIL_BODY_LIMIT, limits: given = {}, readiness }: AppOptions): Promise<FastifyInstance> {
  const limits: ServiceLimits = { ...limitsFromConfig(), ...given };
  const app = Fastify({ logger, bodyLimit, trustProxy: config().KEPIL_TRUST_PROXY, ...serverTimeouts(limits), clientErrorHandler, frameworkErrors });
  app.setValidatorCompiler(validatorCompiler);
  // Any route that declares zod `response` schemas is serialised by a compiled fast-json-stringify
  // function (serializer.ts) and documents the errors every route of its kind can answer.
  app.setSerializerCompiler(compiledSerializerCompiler);
  app.addHook('onRoute', declareStandardErrors);
  registerLanguage(app);
  registerErrorHandling(app);
  // Every JSON answer in the request's language, with citations as a person reads them.
  const citer = citerFor(engine.corpus);
  const cite = citer.cite.bind(citer);
  // A route that served its answer in the language already (answer.ts) is passed as it is.
  app.addHook('preSerialization', async (req, _reply, payload) => (isLocalized(payload) || req.url.startsWith('/api/v1/openapi') || req.url.startsWith('/docs') ? payload : localize(payload, req.lang, { cite })));
  // Only JSON (and FHIR JSON) bodies are accepted; anything else is a 415.
  app.removeAllContentTypeParsers();
  app.addContentTypeParser(['application/json', 'application/fhir+json'], { parseAs: 'string', bodyLimit }, (_req, body, done) => {
    try {
      done(null, body === '' ? undefined : JSON.parse(body as string));
    } catch (e) {
      done(Object.assign(new Error(`the body is not valid JSON: ${(e as Error).message}`), { statusCode: 400, code: 'KEPIL_INVALID_JSON', invalidJson: true }), undefined);
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

  await registerProtection(app, limits);
  // `Expect: 100-continue` with a body over the limit: refuse before inviting the client to send it.
  const batchLimits = { maxRows: config().KEPIL_BATCH_MAX_ROWS, maxBytes: config().KEPIL_BATCH_MAX_BYTES };
  app.server.on('checkContinue', (req, res) => {
    // POST /api/v1/batch reads larger bodies than the JSON routes.
    const limit = req.url?.split('?')[0] === BATCH_PATH ? batchLimits.maxBytes : bodyLimit;
    if (Number(req.headers['content-length'] ?? 0) <= limit) {
      res.writeContinue();
      return void app.server.emit('request', req, res);
    }
    // Answered before Fastify parses the request: the language comes from ?lang or Accept-Language here.
    const lang = chooseLang(new URLSearchParams((req.url ?? '').split('?')[1] ?? '').get('lang') ?? undefined, req.headers['accept-language']);
    const message = text('api.http.bodyTooLarge', lang, { limit });
    const body = JSON.stringify(errorBody('payload_too_large', message, [{ path: '(body)', message: `content-length ${req.headers['content-length']}` }]));
    res.writeHead(413, { 'content-type': 'application/json; charset=utf-8', 'content-length': Buffer.byteLength(body), 'cache-control': 'no-store', connection: 'close' }).end(body);
  });

  app.get('/healthz', { schema: { tags: ['service'], summary: 'Liveness: the process answers (no dependency is checked)', response: { 200: healthResponse } } }, async () => ({ status: 'ok' as const, datasetVersion: engine.corpus.version }));
  app.get('/readyz', { schema: { tags: ['service'], summary: 'Readiness: the ledger database answers (503 when it does not)', response: { 200: readyResponse, ...errorResponses(503) } } }, async (req, reply) => {
    try {
      await readiness?.();
    } catch (err) {
      req.log.warn({ err }, 'not ready');
      return reply.code(503).header('retry-after', '5').send(errorBody('unavailable', text('api.notReady', req.lang), [{ path: '(database)', message: String((err as { code?: unknown }).code ?? (err as Error).name) }]));
    }
    return { status: 'ready' as const, datasetVersion: engine.corpus.version };
  });
  app.get('/api/v1/openapi.json', { schema: { hide: true } }, async () => app.swagger());
  await app.register(
    async (scope) => {
      guardCorpusReads(scope, limits);
      await scope.register(corpusRoutes(engine));
    },
    { prefix: '/api/v1' },
  );
  await app.register(eligibilityRoutes(engine), { prefix: '/api/v1' });
  await app.register(batchRoutes(engine, batchLimits), { prefix: '/api/v1' });
  await app.register(referenceRoutes(engine), { prefix: '/api/v1' });
  await app.register(fhirRoutes(engine), { prefix: '/fhir' });
  for (const plugin of plugins) await app.register(async (scope) => plugin(scope), { prefix: '/api/v1' });
  await app.register(fastifyStatic, { root: PUBLIC_DIR, prefix: '/', index: ['index.html'], wildcard: false });
  return app;
}
