// One error shape for every client error: {error: {code, message, issues: [{path, message}]}}.
// Client errors keep their message, in the request's language; server errors are logged and hidden.
import type { FastifyError, FastifyInstance } from 'fastify';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';
import { KepilError, type Issue } from '../corpus/issues.js';
import { msg, render, type Lang, type Message } from '../i18n/index.js';
import { validationMessage, type ZodLikeIssue } from '../i18n/validation.js';

/** Stable codes, with the HTTP status each maps to. */
export const ERROR_STATUS: Record<string, number> = {
  bad_request: 400,
  unauthorized: 401,
  forbidden: 403,
  not_found: 404,
  conflict: 409,
  payload_too_large: 413,
  unsupported_media_type: 415,
  internal: 500,
};

export function errorBody(code: string, message: string, issues: Issue[] = []) {
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

function validationIssues(err: FastifyError): { path: string; m: Message }[] {
  return firstPerPath((err.validation ?? []).map((v) => {
    const where = err.validationContext ?? 'body';
    const path = v.instancePath.replace(/^\//, '').replace(/\/(\d+)(?=\/|$)/g, '[$1]').replace(/\//g, '.') || where;
    const issue = { ...(v.params as Record<string, unknown>), code: v.keyword, message: v.message ?? 'invalid' } as ZodLikeIssue;
    return { path, m: validationMessage(path, issue) };
  }));
}

export function registerErrorHandling(app: FastifyInstance): void {
  app.setErrorHandler((err: FastifyError, req, reply) => {
    const lang = req.lang;
    if (err instanceof KepilError) {
      const status = ERROR_STATUS[err.code] ?? 500;
      if (status >= 500) {
        req.log.error({ err }, 'kepil error');
        return reply.code(status).send(localBody('internal', lang, msg('error.internal')));
      }
      return reply.code(status).send({ error: err.toJSON(lang) });
    }
    if (hasZodFastifySchemaValidationErrors(err) || err.validation) {
      return reply.code(400).send(localBody('bad_request', lang, msg('error.invalidRequest'), validationIssues(err)));
    }
    if (err.code === 'FST_ERR_CTP_BODY_TOO_LARGE') {
      const m = msg('error.tooLarge', { limit: app.initialConfig.bodyLimit ?? 0 });
      return reply.code(413).send(localBody('payload_too_large', lang, m, [{ path: '(body)', m }]));
    }
    if (err.code === 'FST_ERR_CTP_INVALID_MEDIA_TYPE') return reply.code(415).send(localBody('unsupported_media_type', lang, msg('error.mediaType'), [{ path: 'content-type', m: msg('error.mediaType') }]));
    if ((err as { invalidJson?: boolean }).invalidJson) return reply.code(400).send(localBody('bad_request', lang, msg('error.invalidJson'), [{ path: '(body)', m: msg('error.jsonObject') }]));
    const status = err.statusCode ?? 500;
    if (status >= 400 && status < 500) {
      return reply.code(status).send(errorBody('bad_request', err.message, [{ path: '(body)', message: err.message }]));
    }
    req.log.error({ err }, 'unhandled error');
    return reply.code(500).send(localBody('internal', lang, msg('error.internal')));
  });
  app.setNotFoundHandler((req, reply) => reply.code(404).send(localBody('not_found', req.lang, msg('error.notFound', { route: `${req.method} ${req.url.split('?')[0]}` }))));
}
