// One error shape for every client error: {error: {code, message, issues: [{path, message}]}}.
// Client errors keep their message; server errors are logged and hidden.
import type { FastifyBaseLogger, FastifyError, FastifyInstance, FastifyRequest } from 'fastify';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';
import { KepilError, type Issue } from '../corpus/issues.js';

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
  return { error: { code, message, issues } };
}

function validationIssues(err: FastifyError): Issue[] {
  return (err.validation ?? []).map((v) => {
    const where = err.validationContext ?? 'body';
    const path = v.instancePath.replace(/^\//, '').replace(/\/(\d+)(?=\/|$)/g, '[$1]').replace(/\//g, '.');
    return { path: path || where, message: v.message ?? 'invalid' };
  });
}

/** The status and body for a thrown error: client errors keep their message, server errors are hidden. */
export function errorReply(err: FastifyError, log: FastifyBaseLogger): { status: number; body: ReturnType<typeof errorBody> } {
  if (err instanceof KepilError) {
    const status = ERROR_STATUS[err.code] ?? 500;
    if (status >= 500) log.error({ err }, 'kepil error');
    return { status, body: errorBody(status >= 500 ? 'internal' : err.code, status >= 500 ? 'internal error' : err.message, status >= 500 ? [] : err.issues) };
  }
  if (hasZodFastifySchemaValidationErrors(err) || err.validation) {
    return { status: 400, body: errorBody('bad_request', 'the request is invalid', validationIssues(err)) };
  }
  if (err.code === 'FST_ERR_CTP_BODY_TOO_LARGE') return { status: 413, body: errorBody('payload_too_large', err.message, [{ path: '(body)', message: err.message }]) };
  if (err.code === 'FST_ERR_CTP_INVALID_MEDIA_TYPE') return { status: 415, body: errorBody('unsupported_media_type', err.message, [{ path: 'content-type', message: 'application/json' }]) };
  const status = err.statusCode ?? 500;
  if (status >= 400 && status < 500) {
    return { status, body: errorBody('bad_request', err.message, [{ path: '(body)', message: err.message }]) };
  }
  log.error({ err }, 'unhandled error');
  return { status: 500, body: errorBody('internal', 'internal error') };
}

export const notFoundBody = (req: FastifyRequest) => errorBody('not_found', `no route ${req.method} ${req.url.split('?')[0]}`);

export function registerErrorHandling(app: FastifyInstance): void {
  app.setErrorHandler((err: FastifyError, req, reply) => {
    const { status, body } = errorReply(err, req.log);
    return reply.code(status).send(body);
  });
  app.setNotFoundHandler((req, reply) => reply.code(404).send(notFoundBody(req)));
}
