// Renders an answer in one language. Engine and corpus results carry their texts as message ids
// (`message` beside the text field); this walk renders each text in `lang`, keeps the id and its
// parameters, and lets a citation say where it points as a person would cite it.
import { isMessage, messageOf, proseOf, render, type Lang, type Message } from './index.js';

/** The text field a `message` renders, in order of precedence. */
const TEXT_KEYS = ['text', 'reason', 'change', 'assumption', 'result', 'note', 'scope'] as const;

type Json = unknown;

/**
 * Fields whose texts are the data's own prose (doubt notes, date rules, held in three languages) or
 * English texts the corpus rendered from a message (the act's inconsistencies): rendered in `lang`.
 */
const PROSE_KEYS = new Set(['note', 'notes', 'rule', 'what', 'servedBy', 'unit', 'threshold', 'notModelled', 'why', 'inconsistencies']);

function prose(v: unknown, lang: Lang): unknown {
  if (typeof v === 'string') {
    const m = proseOf(v) ?? messageOf(v);
    return m ? render(m, lang) : v;
  }
  return Array.isArray(v) ? v.map((x) => prose(x, lang)) : v;
}

export interface LocalizeOptions {
  /** Adds citation fields ({cite, clause, gist}) to each {act, point, quote}. */
  cite?: (source: { act: string; point: string; quote: string }, lang: Lang) => object;
}

function isSource(o: Record<string, unknown>): o is { act: string; point: string; quote: string } {
  return typeof o.act === 'string' && typeof o.point === 'string' && typeof o.quote === 'string';
}

export function localize<T>(value: T, lang: Lang, opts: LocalizeOptions = {}): T {
  return walk(value, lang, opts) as T;
}

/**
 * `localize`, with the top-level fields named in `byField` localized with their own options (the
 * lean answer's `basis` carries more citation fields than the rest): one walk, where localizing the
 * whole and then a field again walked that field twice. The same result, key for key. `omit` is a
 * top-level field left out, and not read (a lean answer's trace, which a decision renders when read).
 */
export function localizeFields<T extends object, K extends string = never>(value: T, lang: Lang, opts: LocalizeOptions, byField: Record<string, LocalizeOptions>, omit?: K): Omit<T, K> {
  return walk(value, lang, opts, byField, omit) as Omit<T, K>;
}

// Keys whose value is kept as it is (a message's own parameters are data for other systems), and keys
// whose string or string-list value is the data's prose.
const KEEP = 1;
const PROSE = 2;
const KIND = new Map<string, number>([['message', KEEP], ['ruleMessage', KEEP], ['noteMessages', KEEP], ...[...PROSE_KEYS].map((k) => [k, PROSE] as [string, number])]);

const allStrings = (v: unknown[]): boolean => {
  for (let i = 0; i < v.length; i++) if (typeof v[i] !== 'string') return false;
  return true;
};

function walk(value: Json, lang: Lang, opts: LocalizeOptions, byField?: Record<string, LocalizeOptions>, omit?: string): Json {
  if (Array.isArray(value)) {
    const out = new Array<unknown>(value.length);
    for (let i = 0; i < value.length; i++) out[i] = walk(value[i], lang, opts);
    return out;
  }
  if (!value || typeof value !== 'object') return value;
  const o = value as Record<string, unknown>;
  const out: Record<string, unknown> = {};
  // Own keys in order, as Object.entries gives them (the objects walked are plain data).
  for (const k of Object.keys(o)) {
    if (k === omit) continue;
    const v = o[k];
    const kind = KIND.get(k);
    if (kind === KEEP) out[k] = v;
    else if (kind === PROSE && (typeof v === 'string' || (Array.isArray(v) && allStrings(v)))) out[k] = prose(v, lang);
    else out[k] = walk(v, lang, byField?.[k] ?? opts);
  }
  if (isMessage(o.message)) {
    const key = TEXT_KEYS.find((k) => typeof o[k] === 'string');
    if (key) out[key] = render(o.message, lang);
  }
  if (isMessage(o.ruleMessage) && typeof o.rule === 'string') out.rule = render(o.ruleMessage, lang);
  if (Array.isArray(o.notes) && Array.isArray(o.noteMessages)) {
    const notes = o.notes as string[];
    out.notes = (o.noteMessages as (Message | null)[]).map((m, i) => (m ? render(m, lang) : notes[i]));
  }
  if (opts.cite && isSource(o)) Object.assign(out, opts.cite(o, lang));
  return out;
}
