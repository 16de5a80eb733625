// Request validation compiled once at start: ajv, compiled from the zod schema's own JSON Schema (zod
// stays the single source), checks what JSON Schema states (types, enums, patterns, unknown keys, list
// sizes); the few string fields zod refines further (a real calendar date, an item trimmed to 1–200
// characters) are checked by their own zod checks, in place, and the request's
// cross-field rules are the same functions zod's superRefine runs (src/engine/request.ts).
// A request this refuses is handed to zod, so a refusal names the same fields with the same messages.
// test/validator.test.ts checks over random requests that it accepts exactly what zod accepts, with the
// same value, and refuses with the same issues.
import { z } from 'zod';
import { Ajv, type ValidateFunction } from 'ajv';
import type { FastifySchemaCompiler } from 'fastify';
import { validatorCompiler as zodValidatorCompiler } from 'fastify-type-provider-zod';
import { requestSchema, entitlementsRequestSchema, ELIGIBILITY_RULES, ENTITLEMENTS_RULES, type EligibilityRequest, type EntitlementsRequest } from '../engine/index.js';

type Rule = (typeof ELIGIBILITY_RULES)[number];
type Json = Record<string, unknown>;

/**
 * Finishes a value ajv has passed, in place: runs the checks ajv cannot (a refined string) and writes a
 * transformed value back (a trimmed item); returns FAIL where one fails. The request is the parsed JSON,
 * the route's own; it is not copied (zod copies it, in the schema's key order, which nothing reads).
 */
type Finisher = (v: unknown) => unknown;
const FAIL = Symbol('refused');

/** A string zod checks beyond a regex: a refine, a trim, a length (checked on the trimmed value, as zod does). */
function refinedString(s: z.ZodString): boolean {
  const checks = (s._zod.def.checks ?? []) as { _zod: { def: { check: string; format?: string } } }[];
  return checks.some((c) => !(c._zod.def.check === 'string_format' && c._zod.def.format === 'regex'));
}

/** A string's length as zod measures it: in code points (a surrogate pair counts once, a lone surrogate once). */
function codePoints(v: string): number {
  let n = v.length;
  for (let i = 0; i < v.length - 1; i++) {
    if ((v.charCodeAt(i) & 0xfc00) === 0xd800 && (v.charCodeAt(i + 1) & 0xfc00) === 0xdc00) {
      n--;
      i++;
    }
  }
  return n;
}

interface CheckDef {
  check: string;
  format?: string;
  pattern?: RegExp;
  fn?: (v: string) => unknown;
  tx?: (v: string) => string;
  minimum?: number;
  maximum?: number;
}

/**
 * A refined string's zod checks, run in zod's order on a string ajv has passed: a regex, a refine
 * function, an overwrite (trim), a length in UTF-16 units as zod counts. A kind not listed stops the build.
 */
function stringChecks(s: z.ZodString): Finisher {
  const steps = ((s._zod.def.checks ?? []) as unknown as { _zod: { def: CheckDef } }[]).map(({ _zod: { def: c } }): ((v: string) => string | typeof FAIL) => {
    if (c.check === 'string_format' && c.format === 'regex' && c.pattern) {
      const re = c.pattern;
      return (v) => ((re.lastIndex = 0), re.test(v) ? v : FAIL);
    }
    if (c.check === 'custom' && c.fn) {
      const fn = c.fn;
      return (v) => (fn(v) ? v : FAIL);
    }
    if (c.check === 'overwrite' && c.tx) return c.tx;
    if (c.check === 'min_length' && c.minimum !== undefined) {
      const min = c.minimum;
      return (v) => (codePoints(v) >= min ? v : FAIL);
    }
    if (c.check === 'max_length' && c.maximum !== undefined) {
      const max = c.maximum;
      return (v) => (codePoints(v) <= max ? v : FAIL);
    }
    throw new Error(`compiled validation: no check for ${c.check}`);
  });
  return (v) => {
    let x: string | typeof FAIL = v as string;
    for (const step of steps) if ((x = step(x)) === FAIL) return FAIL;
    return x;
  };
}

/** A value ajv has checked whole, kept as it is. */
const same: Finisher = (v) => v;

function finisher(schema: z.ZodType): Finisher {
  if (schema instanceof z.ZodOptional) return finisher(schema.unwrap() as z.ZodType);
  if (schema instanceof z.ZodObject) {
    const fields = Object.entries(schema.shape as Record<string, z.ZodType>)
      .map(([k, s]) => [k, finisher(s)] as const)
      .filter(([, c]) => c !== same);
    const keys = fields.map(([k]) => k);
    const finish = fields.map(([, c]) => c);
    return (v) => {
      const o = v as Json;
      for (let i = 0; i < keys.length; i++) {
        const k = keys[i]!;
        const x = o[k];
        if (x === undefined) continue;
        const y = finish[i]!(x);
        if (y === FAIL) return FAIL;
        if (y !== x) o[k] = y;
      }
      return o;
    };
  }
  if (schema instanceof z.ZodArray) {
    const finish = finisher(schema.element as z.ZodType);
    if (finish === same) return same;
    return (v) => {
      const xs = v as unknown[];
      for (let i = 0; i < xs.length; i++) {
        const y = finish(xs[i]);
        if (y === FAIL) return FAIL;
        xs[i] = y;
      }
      return xs;
    };
  }
  if (schema instanceof z.ZodRecord) {
    const finish = finisher(schema._zod.def.valueType as z.ZodType);
    if (finish === same) return same;
    return (v) => {
      const o = v as Json;
      for (const k of Object.keys(o)) {
        const y = finish(o[k]);
        if (y === FAIL) return FAIL;
        o[k] = y;
      }
      return o;
    };
  }
  if (schema instanceof z.ZodString && refinedString(schema)) return stringChecks(schema);
  if (schema instanceof z.ZodString || schema instanceof z.ZodEnum || schema instanceof z.ZodBoolean) return same;
  // A kind this compiler does not know: refuse to build rather than guess what zod would do.
  throw new Error(`compiled validation: no finisher for ${schema.constructor.name}`);
}

/** Lengths are checked by the finisher after zod's trim, as zod checks them; ajv would check the untrimmed value. */
function withoutLengths(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(withoutLengths);
  if (!node || typeof node !== 'object') return node;
  const out: Json = {};
  for (const [k, v] of Object.entries(node)) if (!((k === 'minLength' || k === 'maxLength') && (node as Json).type === 'string')) out[k] = withoutLengths(v);
  return out;
}

const ajv = new Ajv({ strict: false, allErrors: false, validateFormats: false, unicodeRegExp: false, allowUnionTypes: true });

export interface CompiledValidator<T> {
  /** The parsed request (the input itself, finished in place: zod's value, keys in the input's order), or undefined when it is refused. */
  accept(input: unknown): T | undefined;
  /** zod's own verdict: the output, or the error naming each failing field. */
  readonly schema: z.ZodType<T>;
}

export function compileValidator<T>(schema: z.ZodType<T>, rules: readonly Rule[]): CompiledValidator<T> {
  const { $schema: _s, ...json } = z.toJSONSchema(schema, { target: 'draft-7', io: 'input', unrepresentable: 'throw' }) as Json;
  const check: ValidateFunction = ajv.compile(withoutLengths(json) as Json);
  const finish = finisher(schema);
  return {
    schema,
    accept(input) {
      if (!check(input)) return undefined;
      const out = finish(input);
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
