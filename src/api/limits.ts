// What keeps one client from taking the service from the others: HTTP timeouts, rate limits (per client
// address, per API token, and a tighter one on the corpus reads) and a small cache for those reads. All
// of it comes from src/config.ts; buildApp takes explicit values, so tests and benchmarks set their own.
import type { ServerOptions } from 'node:http';
import type { FastifyInstance, FastifyReply, FastifyRequest, FastifyServerOptions } from 'fastify';
import rateLimit from '@fastify/rate-limit';
import helmet from 'helmet';
import { config } from '../config.js';
import { KepilError } from '../corpus/issues.js';
import type { Actor } from '../ledger/ledger.js';
import { lmsg } from '../ledger/text.js';

declare module 'fastify' {
  interface FastifyRequest {
    /** The token's principal, set by the ledger's authentication before validation. */
    actor: Actor | null;
  }
}

export interface ServiceLimits {
  /** Requests per window per client address, on every route; 0 turns it off. */
  perAddress: number;
  /** Requests per window per address on the corpus reads (search, limits, compare…), on top of perAddress. */
  corpus: number;
  /** Requests per window per API token, on top of perAddress. */
  perToken: number;
  windowMs: number;
  /** The whole request must arrive within this (a stalled body is cut); the headers within headersTimeoutMs. */
  requestTimeoutMs: number;
  headersTimeoutMs: number;
  keepAliveTimeoutMs: number;
}

export function limitsFromConfig(): ServiceLimits {
  const c = config();
  return {
    perAddress: c.KEPIL_RATE_LIMIT_ADDRESS,
    corpus: c.KEPIL_RATE_LIMIT_CORPUS,
    perToken: c.KEPIL_RATE_LIMIT_TOKEN,
    windowMs: 60_000,
    requestTimeoutMs: c.KEPIL_REQUEST_TIMEOUT_MS,
    headersTimeoutMs: c.KEPIL_HEADERS_TIMEOUT_MS,
    keepAliveTimeoutMs: c.KEPIL_KEEPALIVE_TIMEOUT_MS,
  };
}

/** Fastify's server options for the timeouts. Node checks them every `connectionsCheckingInterval`. */
export function serverTimeouts(l: ServiceLimits): Pick<FastifyServerOptions, 'requestTimeout' | 'connectionTimeout' | 'keepAliveTimeout'> & { http: ServerOptions } {
  return {
    requestTimeout: l.requestTimeoutMs,
    // Idle sockets (no bytes at all) are closed too.
    connectionTimeout: l.requestTimeoutMs * 2,
    keepAliveTimeout: l.keepAliveTimeoutMs,
    http: { headersTimeout: Math.min(l.headersTimeoutMs, l.requestTimeoutMs), connectionsCheckingInterval: Math.max(100, Math.min(1000, l.requestTimeoutMs / 4)) },
  };
}

/**
 * The rate limiter's in-memory store: a fixed window per key, at most MAX_KEYS keys (oldest out). The
 * plugin's own LocalStore hands every caller the same mutable counter, so requests that overlap read
 * each other's increments and are all refused together; this one answers with a snapshot.
 */
class WindowStore {
  private static readonly MAX_KEYS = 50_000;
  private readonly counts = new Map<string, { current: number; start: number }>();

  incr(key: string, cb: (err: Error | null, res: { current: number; ttl: number }) => void, timeWindow: number): void {
    const now = Date.now();
    let entry = this.counts.get(key);
    if (!entry || entry.start + timeWindow <= now) {
      this.counts.delete(key);
      entry = { current: 0, start: now };
      if (this.counts.size >= WindowStore.MAX_KEYS) this.counts.delete(this.counts.keys().next().value!);
      this.counts.set(key, entry);
    }
    entry.current++;
    cb(null, { current: entry.current, ttl: entry.start + timeWindow - now });
  }

  read(key: string, cb: (err: Error | null, res: { current: number; ttl: number }) => void, timeWindow: number): void {
    const entry = this.counts.get(key);
    const live = entry && entry.start + timeWindow > Date.now();
    cb(null, live ? { current: entry.current, ttl: entry.start + timeWindow - Date.now() } : { current: 0, ttl: 0 });
  }

  child(): WindowStore {
    return new WindowStore();
  }
}

const tooMany = (seconds: number) => new KepilError('too_many_requests', lmsg('api.rateLimited', { seconds }), [{ path: '(rate)', message: `retry-after ${seconds}` }]);

/** Security headers, no-store on everything but the static page and corpus reads, and the rate limits. */
export async function registerProtection(app: FastifyInstance, limits: ServiceLimits): Promise<void> {
  // helmet's middleware, built once. (@fastify/helmet builds it anew for every request, which halved the
  // throughput of a trivial route on the bench; the headers are the same.)
  const securityHeaders = helmet({
    contentSecurityPolicy: {
      useDefaults: true,
      // The page is served over plain HTTP on a local port too; HSTS and upgrades belong to the TLS proxy.
      directives: { 'upgrade-insecure-requests': null, 'script-src': ["'self'"], 'style-src': ["'self'"], 'connect-src': ["'self'"] },
    },
    strictTransportSecurity: false,
  });
  // Personal data (bookings, audit, eligibility requests) must not be kept by any cache on the way:
  // no-store on every API answer, set up front; only the corpus reads relax it (guardCorpusReads).
  app.addHook('onRequest', (req, reply, done) => {
    // The page uses no camera, microphone, location or payment: say so (helmet leaves this header out).
    reply.header('permissions-policy', PERMISSIONS_POLICY);
    if (!isStaticPage(req.url)) reply.header('cache-control', 'no-store');
    securityHeaders(req.raw, reply.raw, (err) => done(err as Error | undefined));
  });
  app.decorateRequest('actor', null);
  await app.register(rateLimit, {
    global: limits.perAddress > 0,
    max: limits.perAddress || 1,
    timeWindow: limits.windowMs,
    store: WindowStore as never,
    // Only a refusal carries headers (Retry-After and the limit): three fewer headers on every answer.
    addHeadersOnExceeding: { 'x-ratelimit-limit': false, 'x-ratelimit-remaining': false, 'x-ratelimit-reset': false },
    onExceeded: (req) => req.log.warn({ ip: req.ip }, 'rate limit reached (address)'),
    errorResponseBuilder: (_req, ctx) => tooMany(Math.ceil(ctx.ttl / 1000)),
  });
  if (limits.perToken > 0) {
    const check = app.createRateLimit({ max: limits.perToken, timeWindow: limits.windowMs, keyGenerator: (req) => req.actor?.id ?? '' });
    // After the ledger's authentication (onRequest) and before validation, so bad bodies count too.
    app.addHook('preValidation', async (req, reply) => {
      if (req.actor) await enforce(await check(req), reply, () => req.log.warn({ actor: req.actor?.id }, 'rate limit reached (token)'));
    });
  }
}

async function enforce(r: { isAllowed: boolean; isExceeded?: boolean; ttlInSeconds?: number }, reply: FastifyReply, log: () => void): Promise<void> {
  if (r.isAllowed || !r.isExceeded) return;
  log();
  reply.header('retry-after', String(r.ttlInSeconds ?? 1));
  throw tooMany(r.ttlInSeconds ?? 1);
}

const PERMISSIONS_POLICY = 'camera=(), microphone=(), geolocation=(), payment=(), usb=(), interest-cohort=()';

/** The web page's files (public/), which @fastify/static gives their own Cache-Control. */
const isStaticPage = (url: string) => !(url.startsWith('/api/') || url.startsWith('/fhir') || url.startsWith('/healthz') || url.startsWith('/readyz'));

const CACHE_TTL_MS = 60_000;
const CACHE_BYTES = 32 * 1024 * 1024;

/**
 * The corpus reads are pure functions of the URL and the dataset, and some are costly (/search rebuilds
 * its haystack, /limits is 186 KB): a separate, tighter per-address limit, and a small cache of
 * answered GETs, so a flood of them cannot starve bookings.
 */
export function guardCorpusReads(scope: FastifyInstance, limits: ServiceLimits): void {
  if (limits.corpus > 0) {
    const check = scope.createRateLimit({ max: limits.corpus, timeWindow: limits.windowMs });
    scope.addHook('onRequest', async (req, reply) => enforce(await check(req), reply, () => req.log.warn({ ip: req.ip }, 'rate limit reached (corpus)')));
  }
  const cache = new Map<string, { at: number; type: string; body: string }>();
  let bytes = 0;
  // The answer may depend on the language and the format asked for, so they are part of the key.
  const keyOf = (req: FastifyRequest) => `${req.url}\n${req.headers['accept-language'] ?? ''}\n${req.headers.accept ?? ''}`;
  const PUBLIC = { 'cache-control': 'public, max-age=60', vary: 'accept, accept-language' };
  scope.addHook('onRequest', async (req, reply) => {
    if (req.method !== 'GET') return;
    const hit = cache.get(keyOf(req));
    if (!hit || Date.now() - hit.at > CACHE_TTL_MS) return;
    return reply.headers(PUBLIC).header('content-type', hit.type).send(hit.body);
  });
  scope.addHook('onSend', async (req, reply, payload) => {
    if (req.method !== 'GET' || reply.statusCode !== 200 || typeof payload !== 'string') return payload;
    reply.headers(PUBLIC);
    const key = keyOf(req);
    const old = cache.get(key);
    if (old && Date.now() - old.at <= CACHE_TTL_MS) return payload;
    if (old) bytes -= old.body.length;
    cache.delete(key);
    // Oldest first out (a Map keeps insertion order).
    for (const [key, entry] of cache) {
      if (bytes + payload.length <= CACHE_BYTES) break;
      cache.delete(key);
      bytes -= entry.body.length;
    }
    if (payload.length <= CACHE_BYTES) {
      cache.set(key, { at: Date.now(), type: String(reply.getHeader('content-type') ?? 'application/json; charset=utf-8'), body: payload });
      bytes += payload.length;
    }
    return payload;
  });
}
