// Law parameters: the dates and thresholds rules read, each value keyed by the date it starts and
// cited (OpenFisca's parameters). Gathered from every data file once, read through `paramAt` only.
import type { RawCorpus } from './loader.js';
import type { Parameter, ParameterValue, PremiseRef, SecondarySource, Source } from './schema.js';
import { KepilError, type Issue } from './issues.js';

export interface ParameterEntry {
  key: string;
  parameter: Parameter;
  /** The data file that holds it, for messages and for `explain-act`. */
  file: string;
}

export type ParameterTable = Map<string, ParameterEntry>;

/** The value a parameter has on a date, with the citation that sets it. */
export interface ParamValue<T = ParameterValue['value']> {
  key: string;
  value: T;
  /** The date this value holds from (null: a definition with no start date). */
  from: string | null;
  source: Source | SecondarySource | PremiseRef;
  note?: string;
}

/** Every parameter of every act and reference file; a key defined twice is refused. */
export function collectParameters(raw: RawCorpus): ParameterTable {
  const table: ParameterTable = new Map();
  const issues: Issue[] = [];
  const add = (file: string, params: Record<string, Parameter> | undefined): void => {
    for (const [key, parameter] of Object.entries(params ?? {})) {
      const other = table.get(key);
      if (other) issues.push({ path: `${file}#parameters.${key}`, message: `parameter '${key}' is also defined in ${other.file}` });
      else table.set(key, { key, parameter, file });
    }
  };
  for (const act of raw.acts) add(`data/acts/${act.id}.json`, act.parameters);
  for (const ref of raw.reference) {
    if ((ref.table === 'assumptions' || ref.table === 'socially_significant') && ref.parameters) add(`data/reference/${ref.table}`, ref.parameters);
  }
  if (issues.length) throw new KepilError('corpus_invalid', `${issues.length} parameter${issues.length === 1 ? ' is' : 's are'} defined twice`, issues);
  return table;
}

/**
 * The value of `key` on `date`: the last value whose `from` is on or before the date. A date before
 * the first value is outside what the data models, and an error (as in Catala), never a default.
 */
export function paramAt(table: ParameterTable, key: string, date: string): ParamValue {
  const entry = table.get(key);
  if (!entry) throw new KepilError('corpus_incomplete', `the corpus has no parameter '${key}'`);
  let found: ParameterValue | undefined;
  for (const v of entry.parameter.values) if (v.from === null || v.from <= date) found = v;
  if (!found) throw new KepilError('corpus_incomplete', `parameter '${key}' has no value on ${date} (its first value is from ${entry.parameter.values[0]!.from})`);
  return { key, value: found.value, from: found.from, source: found.source, ...(found.note ? { note: found.note } : {}) };
}

/**
 * The same lookup, compiled once: each parameter's values built as ParamValue objects up front, so a
 * decision (made in microseconds, many times per request under readings) allocates nothing.
 */
export function compileParameters(table: ParameterTable): { param: (key: string, date: string) => ParamValue; num: (key: string, date: string) => ParamValue<number> } {
  const compiled = new Map([...table.keys()].map((key) => [key, table.get(key)!.parameter.values.map((v) => ({ from: v.from, view: { key, value: v.value, from: v.from, source: v.source, ...(v.note ? { note: v.note } : {}) } as ParamValue }))]));
  const param = (key: string, date: string): ParamValue => {
    const values = compiled.get(key);
    if (!values) return paramAt(table, key, date); // throws the accessor's own error
    let found: ParamValue | undefined;
    for (const v of values) if (v.from === null || v.from <= date) found = v.view;
    return found ?? paramAt(table, key, date);
  };
  const num = (key: string, date: string): ParamValue<number> => {
    const p = param(key, date);
    return typeof p.value === 'number' ? (p as ParamValue<number>) : numberAt(table, key, date);
  };
  return { param, num };
}

/** The same, for a value that must be a number (an age, a number of days or months). */
export function numberAt(table: ParameterTable, key: string, date: string): ParamValue<number> {
  const p = paramAt(table, key, date);
  if (typeof p.value !== 'number') throw new KepilError('corpus_incomplete', `parameter '${key}' on ${date} is ${JSON.stringify(p.value)}, not a number`);
  return p as ParamValue<number>;
}

export const isPremise = (s: ParamValue['source']): s is PremiseRef => 'premise' in s;
export const isSecondary = (s: ParamValue['source']): s is SecondarySource => 'kind' in s && s.kind === 'secondary';
