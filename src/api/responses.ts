// The error body every route may answer with, as a zod schema, and the statuses a route declares for it.
// The shape is errors.ts's `errorBody`: {error: {code, message, issues: [{path, message}]}}.
import { z } from 'zod';
import type { RouteOptions } from 'fastify';
import type { errorBody } from './errors.js';

export const issueSchema = z.strictObject({
  path: z.string().describe('The failing field, e.g. person.birthDate, or (body) / content-type'),
  message: z.string(),
});

export const errorSchema = z.strictObject({
  error: z.strictObject({
    code: z.string().describe('A stable code: bad_request, unauthorized, forbidden, not_found, conflict, payload_too_large, unsupported_media_type, internal, …'),
    message: z.string(),
    issues: z.array(issueSchema),
  }),
});

/** What each error status means for a Kepil route: the OpenAPI response description. */
export const ERROR_DESCRIPTIONS: Record<number, string> = {
  400: 'The request is invalid: error.issues names each failing field and what it allows',
  401: 'No valid bearer token',
  403: 'The token does not allow this',
  404: 'Not found',
  405: 'The path exists under other methods (Allow names them)',
  409: 'Conflict with the current state',
  413: 'The body is larger than the limit',
  415: 'The body is not application/json',
  422: 'The idempotency key was used before with another body',
  429: 'Too many requests',
  500: 'Internal error: logged on the server, not described here',
  503: 'The database does not answer now (Retry-After)',
};

const described = new Map<number, z.ZodType>();
/** The error schema described for `status`; one instance per status, so it is compiled once. */
export function errorResponse(status: number): z.ZodType {
  let s = described.get(status);
  if (!s) {
    s = errorSchema.describe(ERROR_DESCRIPTIONS[status] ?? 'Error');
    described.set(status, s);
  }
  return s;
}

/** `{400: error, 404: error, …}` for a route's `response`. */
export function errorResponses<S extends number>(...statuses: S[]): Record<S, z.ZodType> {
  return Object.fromEntries(statuses.map((s) => [s, errorResponse(s)])) as Record<S, z.ZodType>;
}

const BODY_METHODS = new Set(['POST', 'PUT', 'PATCH']);

/**
 * An onRoute hook: a route that declares its responses also gets the errors any route of its kind can
 * answer: 400 when it validates input, 413 and 415 when it takes a body, 429 (the per-address rate
 * limit) and 500 always. A route's own declaration of a status wins.
 */
export function declareStandardErrors(route: RouteOptions): void {
  const schema = route.schema as { response?: Record<string, unknown>; body?: unknown; querystring?: unknown; params?: unknown } | undefined;
  if (!schema?.response) return;
  const methods = Array.isArray(route.method) ? route.method : [route.method];
  const statuses = [429, 500];
  if (schema.body || schema.querystring || schema.params) statuses.push(400);
  if (methods.some((m) => BODY_METHODS.has(m))) statuses.push(400, 413, 415);
  for (const status of statuses) schema.response[status] ??= errorResponse(status);
}

// errors.ts builds the body; the schema must name exactly what it builds, or the serializer would drop it.
type Exact<A, B> = (<T>() => T extends A ? 1 : 2) extends <T>() => T extends B ? 1 : 2 ? true : false;
type Expect<T extends true> = T;
export type Checks = [Expect<Exact<z.output<typeof errorSchema>, ReturnType<typeof errorBody>>>];
