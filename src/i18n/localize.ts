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

function walk(value: Json, lang: Lang, opts: LocalizeOptions): Json {
  if (Array.isArray(value)) return value.map((v) => walk(v, lang, opts));
  if (!value || typeof value !== 'object') return value;
  const o = value as Record<string, unknown>;
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(o)) {
    // A message's own parameters are kept as they are: they are data for other systems.
    out[k] = k === 'message' || k === 'ruleMessage' || k === 'noteMessages' ? v : PROSE_KEYS.has(k) && (typeof v === 'string' || Array.isArray(v)) && !(Array.isArray(v) && v.some((x) => typeof x !== 'string')) ? prose(v, lang) : walk(v, lang, opts);
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
