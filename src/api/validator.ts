// Request validation compiled once at start: ajv, compiled from the zod schema's own JSON Schema (zod
// stays the single source), checks what JSON Schema states (types, enums, patterns, unknown keys, list
// sizes); the few string fields zod refines further (a real calendar date, an item trimmed to 1–200
// characters) are checked by their own zod field schema while the value is copied, and the request's
// cross-field rules are the same functions zod's superRefine runs (src/engine/request.ts).
// A request this refuses is handed to zod, so a refusal names the same fields with the same messages.
// test/validator.test.ts checks over random requests that it accepts exactly what zod accepts, with the
// same output (key order included), and refuses with the same issues.
import { z } from 'zod';
import { Ajv, type ValidateFunction } from 'ajv';
import type { FastifySchemaCompiler } from 'fastify';
import { validatorCompiler as zodValidatorCompiler } from 'fastify-type-provider-zod';
import { requestSchema, entitlementsRequestSchema, ELIGIBILITY_RULES, ENTITLEMENTS_RULES, type EligibilityRequest, type EntitlementsRequest } from '../engine/index.js';

type Rule = (typeof ELIGIBILITY_RULES)[number];
type Json = Record<string, unknown>;

/** Copies a valid value in the schema's key order (as zod's output is); returns FAIL where a refined field fails. */
type Copier = (v: unknown) => unknown;
const FAIL = Symbol('refused');

/** A string zod checks beyond a regex (a refine, a trim, a length, which ajv counts in code points, zod in UTF-16 units). */
function refinedString(s: z.ZodString): boolean {
  const checks = (s._zod.def.checks ?? []) as { _zod: { def: { check: string; format?: string } } }[];
  return checks.some((c) => !(c._zod.def.check === 'string_format' && c._zod.def.format === 'regex'));
}

function copier(schema: z.ZodType): Copier {
  if (schema instanceof z.ZodOptional) return copier(schema.unwrap() as z.ZodType);
  if (schema instanceof z.ZodObject) {
    const fields = Object.entries(schema.shape as Record<string, z.ZodType>).map(([k, s]) => [k, copier(s)] as const);
    return (v) => {
      const o = v as Json;
      const out: Json = {};
      for (const [k, copy] of fields) {
        if (o[k] === undefined) continue;
        const x = copy(o[k]);
        if (x === FAIL) return FAIL;
        out[k] = x;
      }
      return out;
    };
  }
  if (schema instanceof z.ZodArray) {
    const copy = copier(schema.element as z.ZodType);
    return (v) => {
      const xs = v as unknown[];
      const out = new Array<unknown>(xs.length);
      for (let i = 0; i < xs.length; i++) if ((out[i] = copy(xs[i])) === FAIL) return FAIL;
      return out;
    };
  }
  if (schema instanceof z.ZodRecord) {
    const copy = copier(schema._zod.def.valueType as z.ZodType);
    return (v) => {
      const out: Json = {};
      for (const [k, x] of Object.entries(v as Json)) if ((out[k] = copy(x)) === FAIL) return FAIL;
      return out;
    };
  }
  if (schema instanceof z.ZodString && refinedString(schema)) {
    return (v) => {
      const r = schema.safeParse(v);
      return r.success ? r.data : FAIL;
    };
  }
  if (schema instanceof z.ZodString || schema instanceof z.ZodEnum || schema instanceof z.ZodBoolean) return (v) => v;
  // A kind this compiler does not know: refuse to build rather than guess what zod would do.
  throw new Error(`compiled validation: no copier for ${schema.constructor.name}`);
}

/** Lengths are checked by zod's field schemas (copier): ajv would count code points, not UTF-16 units. */
function withoutLengths(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(withoutLengths);
  if (!node || typeof node !== 'object') return node;
  const out: Json = {};
  for (const [k, v] of Object.entries(node)) if (!((k === 'minLength' || k === 'maxLength') && (node as Json).type === 'string')) out[k] = withoutLengths(v);
  return out;
}

const ajv = new Ajv({ strict: false, allErrors: false, validateFormats: false, unicodeRegExp: false, allowUnionTypes: true });

export interface CompiledValidator<T> {
  /** The parsed request (a copy, as zod gives it), or undefined when the request is refused. */
  accept(input: unknown): T | undefined;
  /** zod's own verdict: the output, or the error naming each failing field. */
  readonly schema: z.ZodType<T>;
}

export function compileValidator<T>(schema: z.ZodType<T>, rules: readonly Rule[]): CompiledValidator<T> {
  const { $schema: _s, ...json } = z.toJSONSchema(schema, { target: 'draft-7', io: 'input', unrepresentable: 'throw' }) as Json;
  const check: ValidateFunction = ajv.compile(withoutLengths(json) as Json);
  const copy = copier(schema);
  return {
    schema,
    accept(input) {
      if (!check(input)) return undefined;
      const out = copy(input);
      if (out === FAIL) return undefined;
      for (const rule of rules) if (rule(out as Parameters<Rule>[0])) return undefined;
      return out as T;
    },
  };
}

export const eligibilityValidator: CompiledValidator<EligibilityRequest> = compileValidator(requestSchema, ELIGIBILITY_RULES);
export const entitlementsValidator: CompiledValidator<EntitlementsRequest> = compileValidator(entitlementsRequestSchema, ENTITLEMENTS_RULES);

/** Route body schemas validated by a compiled validator (the rest by zod, through the type provider). */
const compiled = new WeakMap<z.ZodType, CompiledValidator<unknown>>();
/** `schema` (a route's body, e.g. requestSchema.meta({...})) is validated by `validator`. */
export function validateWith<S extends z.ZodType>(schema: S, validator: CompiledValidator<unknown>): S {
  compiled.set(schema, validator);
  return schema;
}

/** Fastify's validator compiler: compiled where registered, zod elsewhere; a refusal is always zod's. */
export const validatorCompiler: FastifySchemaCompiler<z.ZodType> = (route) => {
  const zod = zodValidatorCompiler(route);
  const fast = compiled.get(route.schema);
  if (!fast) return zod;
  return (data: unknown) => {
    const value = fast.accept(data);
    return value === undefined ? zod(data) : { value };
  };
};
