// CSV columns are the request's own paths (date, person.birthDate, care.type, ...). Which paths exist and
// which of them are lists or booleans is read from the request's zod schema, so the two never drift.
import { z } from 'zod';
import { personSchema, careSchema } from '../engine/request.js';
import { KepilError } from '../corpus/issues.js';
import { msg, render, type Lang } from '../i18n/index.js';
import { badInput } from './errors.js';

export type CellKind = 'text' | 'boolean' | 'list';

export interface Column {
  /** The header as written, e.g. person.birthDate. */
  name: string;
  /** 'date', or ['person', 'birthDate'], or ['care', 'type']. */
  group: 'date' | 'person' | 'care';
  key: string;
  kind: CellKind;
}

/** A list cell's separator: `M08.2|E84.0`. */
export const LIST_SEPARATOR = '|';

function kindOf(schema: z.ZodType): CellKind {
  let s: z.ZodType = schema;
  while (s instanceof z.ZodOptional) s = s.unwrap() as z.ZodType;
  if (s instanceof z.ZodBoolean) return 'boolean';
  if (s instanceof z.ZodArray) return 'list';
  return 'text';
}

const SHAPES = { person: personSchema.shape, care: careSchema.shape } as const;

/** Every column a CSV may have, in the request's own order. */
export function allColumns(): Column[] {
  const cols: Column[] = [{ name: 'date', group: 'date', key: 'date', kind: 'text' }];
  for (const group of ['person', 'care'] as const) {
    for (const [key, schema] of Object.entries(SHAPES[group])) cols.push({ name: `${group}.${key}`, group, key, kind: kindOf(schema as z.ZodType) });
  }
  return cols;
}

/** The columns a header names; an unknown or repeated column is a bad file, named in the error. */
export function columnsFromHeader(header: string[], lang: Lang): Column[] {
  const known = new Map(allColumns().map((c) => [c.name, c]));
  const seen = new Set<string>();
  const issues = [];
  const cols: Column[] = [];
  for (const [i, raw] of header.entries()) {
    const name = raw.trim();
    const col = known.get(name);
    if (!col) issues.push({ path: `header[${i}]`, message: render(msg('cli.batch.unknownColumn', { name, known: [...known.keys()].join(', ') }), lang) });
    else if (seen.has(name)) issues.push({ path: `header[${i}]`, message: render(msg('cli.batch.repeatedColumn', { name }), lang) });
    else cols.push(col);
    seen.add(name);
  }
  if (issues.length) throw new KepilError('bad_request', render(msg('cli.batch.badHeader'), lang), issues);
  if (!seen.has('care.type')) throw badInput('header', 'cli.batch.noCareType', undefined, lang);
  return cols;
}

/** A cell's value: empty is unknown (left out); lists split on `|`; booleans true/false. Anything else is
 * passed on as text, so the schema names the field that fails. */
function cellValue(kind: CellKind, cell: string): unknown {
  const text = cell.trim();
  if (text === '') return undefined;
  if (kind === 'list') return text.split(LIST_SEPARATOR).map((s) => s.trim()).filter((s) => s !== '');
  if (kind === 'boolean') return text === 'true' ? true : text === 'false' ? false : text;
  return text;
}

/** One CSV record as the object a request is parsed from. */
export function requestFromRecord(columns: Column[], record: string[]): Record<string, unknown> {
  const person: Record<string, unknown> = {};
  const care: Record<string, unknown> = {};
  const out: Record<string, unknown> = { person, care };
  for (let i = 0; i < columns.length; i++) {
    const col = columns[i]!;
    const value = cellValue(col.kind, record[i] ?? '');
    if (value === undefined) continue;
    if (col.group === 'date') out.date = value;
    else (col.group === 'person' ? person : care)[col.key] = value;
  }
  return out;
}

/** A request as a CSV record over `columns` (the inverse of requestFromRecord; an empty list is written as unknown). */
export function recordFromRequest(columns: Column[], request: { date?: string; person?: Record<string, unknown>; care?: Record<string, unknown> }): string[] {
  return columns.map((col) => {
    const v = col.group === 'date' ? request.date : (request[col.group] as Record<string, unknown> | undefined)?.[col.key];
    if (v === undefined || v === null) return '';
    if (Array.isArray(v)) return v.join(LIST_SEPARATOR);
    return String(v);
  });
}
