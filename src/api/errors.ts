// One error shape for every client error: {error: {code, message, issues: [{path, message}]}}.
// Client errors keep their message, in the request's language; server errors are logged and hidden.
import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest, FastifyServerOptions } from 'fastify';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';
import type { Socket } from 'node:net';
import { STATUS_CODES } from 'node:http';
import { KepilError, type Issue } from '../corpus/issues.js';
import { dbFault } from '../ledger/faults.js';
import { text } from '../ledger/text.js';
import { DEFAULT_LANG, chooseLang, msg, render, type Lang, type Message } from '../i18n/index.js';
import { validationMessage, type ZodLikeIssue } from '../i18n/validation.js';

/** Stable codes, with the HTTP status each maps to. */
export const ERROR_STATUS: Record<string, number> = {
  bad_request: 400,
  unauthorized: 401,
  forbidden: 403,
  not_found: 404,
  method_not_allowed: 405,
  request_timeout: 408,
  conflict: 409,
  payload_too_large: 413,
  uri_too_long: 414,
  unsupported_media_type: 415,
  unprocessable: 422,
  too_many_requests: 429,
  headers_too_large: 431,
  internal: 500,
  unavailable: 503,
  storage_full: 507,
};
/** The code of a status that came without one (Fastify's and Node's own errors). */
const CODE_OF_STATUS = new Map(Object.entries(ERROR_STATUS).map(([code, status]) => [status, code]));

export function errorBody(code: string, message: string, issues: Issue[] = []) {
  // Only path and message: an issue's message id (msg) is for rendering, not for the wire.
  return { error: { code, message, issues: issues.map(({ path, message: m }) => ({ path, message: m })) } };
}

/** The same body from message ids, rendered in `lang`. */
function localBody(code: string, lang: Lang, m: Message, issues: { path: string; m: Message }[] = []) {
  return errorBody(code, render(m, lang), issues.map((i) => ({ path: i.path, message: render(i.m, lang) })));
}

/** One issue per field: a date that fails its pattern is not also said to be an unreal date (review L6). */
function firstPerPath<T extends { path: string }>(issues: T[]): T[] {
  const seen = new Set<string>();
  return issues.filter((i) => !seen.has(i.path) && seen.add(i.path));
}

/** Validation problems in the user's language, naming the field as the web form labels it. */
function validationIssues(err: FastifyError): { path: string; m: Message }[] {
  return firstPerPath(
    (err.validation ?? []).map((v) => {
      const where = err.validationContext ?? 'body';
      const path = v.instancePath.replace(/^\//, '').replace(/\/(\d+)(?=\/|$)/g, '[$1]').replace(/\//g, '.') || where;
      const issue = { ...(v.params as Record<string, unknown>), code: v.keyword, message: v.message ?? 'invalid' } as ZodLikeIssue;
      return { path, m: validationMessage(path, issue) };
    }),
  );
}

export interface ErrorReply {
  status: number;
  body: ReturnType<typeof errorBody>;
  headers?: Record<string, string>;
}

/** The status, body and headers for a thrown error, in the request's language: client errors keep their message, server errors are hidden. */
export function errorReply(thrown: FastifyError, req: FastifyRequest): ErrorReply {
  // A database that is away, busy, read-only or full is named as such (503/507), not a bare 500.
  const err = (dbFault(thrown) ?? thrown) as FastifyError;
  const lang = req.lang;
  if (err instanceof KepilError) {
    const status = ERROR_STATUS[err.code] ?? 500;
    if (status === 503 || status === 507) {
      req.log.warn({ err: err.cause ?? err }, err.message);
      return { status, body: { error: err.toJSON(lang) }, headers: { 'retry-after': '5' } };
    }
    if (status >= 500) {
      req.log.error({ err }, 'kepil error');
      return { status, body: localBody('internal', lang, msg('error.internal')) };
    }
    const { code, message, issues } = err.toJSON(lang);
    return { status, body: errorBody(code, message, issues) };
  }
  if (hasZodFastifySchemaValidationErrors(err) || err.validation) {
    return { status: 400, body: localBody('bad_request', lang, msg('error.invalidRequest'), validationIssues(err)) };
  }
  if ((err as { invalidJson?: boolean }).invalidJson) return { status: 400, body: localBody('bad_request', lang, msg('error.invalidJson'), [{ path: '(body)', m: msg('error.jsonObject') }]) };
  if (err.code === 'FST_ERR_CTP_BODY_TOO_LARGE') return { status: 413, body: errorBody('payload_too_large', err.message, [{ path: '(body)', message: err.message }]) };
  if (err.code === 'FST_ERR_CTP_INVALID_MEDIA_TYPE') return { status: 415, body: errorBody('unsupported_media_type', err.message, [{ path: 'content-type', message: 'application/json' }]) };
  const status = err.statusCode ?? 500;
  if (status >= 400 && status < 500) {
    return { status, body: errorBody(CODE_OF_STATUS.get(status) ?? 'bad_request', err.message, [{ path: '(request)', message: err.message }]) };
  }
  req.log.error({ err }, 'unhandled error');
  return { status: 500, body: localBody('internal', lang, msg('error.internal')) };
}

/** Each app's routes (keyed by its HTTP server, which its plugins share), for 405 and its Allow header. */
const ROUTES = new WeakMap<object, { pattern: RegExp; methods: string[] }[]>();

/** No route matched: a 405 with Allow where the path exists under other methods, else a 404. */
export function unmatchedReply(req: FastifyRequest): ErrorReply {
  const path = req.url.split('?')[0]!;
  const routes = ROUTES.get(req.server.server) ?? [];
  const allowed = [...new Set(routes.filter((r) => r.pattern.test(path)).flatMap((r) => r.methods))];
  if (allowed.length) {
    const message = text('api.http.methodNotAllowed', req.lang, { method: req.method, path, allowed: allowed.join(', ') });
    return { status: 405, body: errorBody('method_not_allowed', message, [{ path: '(method)', message: allowed.join(', ') }]), headers: { allow: allowed.join(', ') } };
  }
  return { status: 404, body: localBody('not_found', req.lang, msg('error.notFound', { route: `${req.method} ${path}` })) };
}

const send = (reply: FastifyReply, r: ErrorReply) => reply.code(r.status).headers(r.headers ?? {}).send(r.body);

export function registerErrorHandling(app: FastifyInstance): void {
  app.setErrorHandler((err: FastifyError, req, reply) => send(reply, errorReply(err, req)));
  const routes: { pattern: RegExp; methods: string[] }[] = [];
  ROUTES.set(app.server, routes);
  app.addHook('onRoute', (r) => {
    const escaped = r.url.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\\\*/g, '.*').replace(/:[^/]+/g, '[^/]+');
    routes.push({ pattern: new RegExp(`^${escaped}/?$`), methods: ([] as string[]).concat(r.method) });
  });
  app.setNotFoundHandler((req, reply) => send(reply, unmatchedReply(req)));
}

/**
 * Errors Node's HTTP parser raises before Fastify sees a request (timeouts, oversized headers, a bad
 * request line), in the one shape. Passed to Fastify as `clientErrorHandler`.
 */
export function clientErrorHandler(err: NodeJS.ErrnoException, socket: Socket): void {
  if (err.code === 'ECONNRESET' || socket.destroyed) return;
  if (!socket.writable) return void socket.destroy();
  const [status, code, id] =
    err.code === 'ERR_HTTP_REQUEST_TIMEOUT'
      ? ([408, 'request_timeout', 'api.http.timeout'] as const)
      : err.code === 'HPE_HEADER_OVERFLOW'
        ? ([431, 'headers_too_large', 'api.http.headersTooLarge'] as const)
        : ([400, 'bad_request', 'api.http.malformed'] as const);
  // Node's parser answers before any request exists: no ?lang or Accept-Language to read, so the default language.
  const body = JSON.stringify(errorBody(code, text(id, DEFAULT_LANG), [{ path: '(request)', message: err.code ?? 'client error' }]));
  socket.write(`HTTP/1.1 ${status} ${STATUS_CODES[status]}\r\nContent-Type: application/json; charset=utf-8\r\nContent-Length: ${Buffer.byteLength(body)}\r\nCache-Control: no-store\r\nConnection: close\r\n\r\n${body}`);
  socket.destroy();
}

/** Errors of Fastify's router before a route runs (a bad %-encoding, an overlong path parameter). */
export const frameworkErrors: NonNullable<FastifyServerOptions['frameworkErrors']> = (err, req, reply) => {
  const tooLong = err.code === 'FST_ERR_MAX_PARAM_LENGTH';
  (reply as unknown as FastifyReply).code(tooLong ? 414 : 400).send(errorBody(tooLong ? 'uri_too_long' : 'bad_request', text(tooLong ? 'api.http.uriTooLong' : 'api.http.badUrl', chooseLang(undefined, req.headers['accept-language'])), [{ path: '(url)', message: err.code }]));
};
