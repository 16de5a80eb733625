// A validation problem in the user's language, naming the field as the web form labels it.
// Works from zod's issues, whether zod itself reports them or fastify passes them on.
import { msg, type Message } from './message.js';
import { CATALOG, messageOf } from './index.js';

/** What we read from a zod issue (zod's own or fastify's copy of it). */
export interface ZodLikeIssue {
  code: string;
  message: string;
  expected?: unknown;
  values?: unknown[];
  origin?: string;
  minimum?: unknown;
  maximum?: unknown;
  keys?: string[];
  format?: string;
  input?: unknown;
  params?: Record<string, unknown>;
}

/** The field's label id for a request path ("person.dispensary[1]" → field.person.dispensary). */
export function fieldMessage(path: string): Message | string {
  const id = `field.${path.replace(/\[\d+\]/g, '')}`;
  return CATALOG[id] ? msg(id) : path;
}

/** Texts of the schema's own refinements, by their English wording. */
const KNOWN: Record<string, string> = {
  'expected an ISO date YYYY-MM-DD': 'validation.date',
  'not a real calendar date': 'validation.realDate',
  'an ICD-10 code such as I21 or E84.0': 'validation.icd10',
};

function problem(i: ZodLikeIssue): Message {
  const known = KNOWN[i.message];
  if (known) return msg(known);
  // A schema's own message rendered from the catalogue (e.g. the ledger's patientRef rules): its id.
  const rendered = messageOf(i.message);
  if (rendered) return rendered;
  const custom = i.params?.id;
  if (typeof custom === 'string' && custom in CATALOG) {
    const rest = Object.fromEntries(Object.entries(i.params ?? {}).filter(([k, v]) => k !== 'id' && (typeof v === 'string' || typeof v === 'number'))) as Record<string, string | number>;
    return msg(custom, rest);
  }
  const limit = (v: unknown) => (typeof v === 'number' || typeof v === 'bigint' ? Number(v) : String(v));
  switch (i.code) {
    case 'invalid_type':
      if (i.input === undefined && /received undefined/.test(i.message)) return msg('validation.required');
      if (i.input === undefined && !('input' in i) && /received undefined/.test(i.message)) return msg('validation.required');
      return msg('validation.type', { expected: CATALOG[`validation.expected.${String(i.expected)}`] ? msg(`validation.expected.${String(i.expected)}`) : String(i.expected) });
    case 'invalid_value':
      return msg('validation.oneOf', { values: (i.values ?? []).map(String).join(', ') });
    case 'too_small':
      return msg(i.origin === 'string' ? 'validation.tooShort' : i.origin === 'array' ? 'validation.tooFew' : 'validation.tooSmall', { limit: limit(i.minimum) });
    case 'too_big':
      return msg(i.origin === 'string' ? 'validation.tooLong' : i.origin === 'array' ? 'validation.tooMany' : 'validation.tooBig', { limit: limit(i.maximum) });
    case 'unrecognized_keys':
      return msg('validation.unknownKeys', { keys: (i.keys ?? []).join(', ') });
    case 'invalid_format':
      return msg('validation.format');
    default:
      return msg('validation.invalid');
  }
}

/** "{field}: {problem}", with the field as the form labels it. */
export function validationMessage(path: string, i: ZodLikeIssue): Message {
  return msg('validation.issue', { field: fieldMessage(path), problem: problem(i) });
}
