// Responses are written by fastify's compiled serializer (fast-json-stringify), not checked at run time:
// each route's zod response schema is turned into JSON Schema once, when the route is registered, and
// compiled into a stringify function. The same JSON Schema is what OpenAPI shows.
// fast-json-stringify writes only the properties a schema names, so the schemas must be complete:
// test/contract.test.ts compares served answers with the engine's own, field for field.
import { z } from 'zod';
import fastJson, { type Schema } from 'fast-json-stringify';
import type { FastifySerializerCompiler } from 'fastify';

type JsonSchema = Record<string, unknown>;

const isZod = (s: unknown): s is z.ZodType => s instanceof z.ZodType;

/**
 * zod's `.nullable()` becomes `anyOf: [X, {type: null}]`. fast-json-stringify would pick an anyOf branch
 * per value by validating against each branch; `type: [X, 'null']` says the same and compiles to a
 * plain null check.
 */
function simplify(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(simplify);
  if (!node || typeof node !== 'object') return node;
  const out: JsonSchema = {};
  for (const [k, v] of Object.entries(node)) out[k] = simplify(v);
  // A citation {act, point, quote} is served with how a person cites it: the localizer (src/i18n/
  // localize.ts) adds cite, clause and gist in the request's language (src/corpus/citer.ts).
  const props = out.properties as Record<string, unknown> | undefined;
  if (props && Object.keys(props).sort().join() === 'act,point,quote') {
    out.properties = { ...props, cite: { type: 'string' }, clause: { type: 'string' }, gist: { type: 'string' } };
  }
  const anyOf = out.anyOf as JsonSchema[] | undefined;
  if (Array.isArray(anyOf) && anyOf.length === 2) {
    const nul = anyOf.findIndex((b) => b.type === 'null' && Object.keys(b).length === 1);
    const other = anyOf[1 - nul];
    if (nul >= 0 && other && typeof other.type === 'string') {
      const { anyOf: _drop, ...rest } = out;
      const merged: JsonSchema = { ...rest, ...other, type: [other.type, 'null'] };
      if (Array.isArray(other.enum)) merged.enum = [...other.enum, null];
      return merged;
    }
  }
  return out;
}

const cache = new WeakMap<z.ZodType, JsonSchema>();

/** The JSON Schema of a response, made once per zod schema. */
export function responseJsonSchema(schema: z.ZodType): JsonSchema {
  let json = cache.get(schema);
  if (!json) {
    const { $schema: _s, ...raw } = z.toJSONSchema(schema, { target: 'draft-7', io: 'output', unrepresentable: 'any', reused: 'inline', cycles: 'ref' }) as JsonSchema;
    json = simplify(raw) as JsonSchema;
    cache.set(schema, json);
  }
  return json;
}

/** zod response schemas (and plain JSON Schema ones) → a compiled fast-json-stringify function. */
export const compiledSerializerCompiler: FastifySerializerCompiler<unknown> = ({ schema }) =>
  fastJson((isZod(schema) ? responseJsonSchema(schema) : schema) as Schema) as (data: unknown) => string;
