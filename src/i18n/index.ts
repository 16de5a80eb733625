// The message catalogue: every id in kk, ru and en, and the one renderer.
import { LANGS, DEFAULT_LANG, type Catalog, type Lang, type Message, type Names, type Params } from './message.js';
import { engineMessages } from './catalog/engine.js';
import { corpusMessages } from './catalog/corpus.js';
import { apiMessages } from './catalog/api.js';
import { cliMessages } from './catalog/cli.js';
import { rulesMessages } from './catalog/rules.js';
import { regionsMessages } from './catalog/regions.js';
import { importerMessages } from './catalog/importer.js';
import { readableMessages } from './catalog/readable.js';
import { idsMessages } from './catalog/ids.js';

export * from './message.js';

export const CATALOG: Catalog = {
  ...engineMessages, ...rulesMessages, ...corpusMessages, ...apiMessages, ...cliMessages,
  ...regionsMessages, ...importerMessages, ...readableMessages, ...idsMessages,
};

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** 2026-11-25 → 25.11.2026, the way dates are written in Kazakhstan. */
export function formatDate(iso: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  return m ? `${m[3]}.${m[2]}.${m[1]}` : iso;
}

/** A trilingual name in `lang`, falling back to the Kazakh (the act's own wording). */
export function pickName(names: Names, lang: Lang): string {
  return (lang === 'kk' ? names.kk : names[lang]) ?? names.kk;
}

/** Each id's template in each language, split once into literal text and parameter names: [text, name, text, …, text]. */
const PARTS: Record<Lang, Map<string, string[]>> = { kk: new Map(), ru: new Map(), en: new Map() };

function partsOf(id: string, lang: Lang): string[] | undefined {
  let parts = PARTS[lang].get(id);
  if (parts === undefined) {
    const entry = CATALOG[id];
    if (!entry) return undefined;
    PARTS[lang].set(id, (parts = entry[lang].split(/\{(\w+)\}/g)));
  }
  return parts;
}

function param(v: Params[string] | undefined, name: string, lang: Lang): string {
  if (v === undefined) return `{${name}}`;
  if (typeof v === 'object') return 'id' in v ? render(v as Message, lang) : pickName(v as Names, lang);
  // Kazakh and Russian readers write dates dd.mm.yyyy; English texts keep ISO dates (as logs and scripts expect).
  return lang !== 'en' && typeof v === 'string' && v.length === 10 && ISO_DATE.test(v) ? formatDate(v) : String(v);
}

/** The message in `lang`; an unknown id renders as the id itself, which the catalogue test forbids. */
// A parameter may itself be a message or a trilingual name: it is rendered in the same language.
export function render(m: Message, lang: Lang): string {
  const parts = partsOf(m.id, lang);
  if (!parts) return m.id;
  let out = parts[0]!;
  for (let i = 1; i < parts.length; i += 2) out += param(m.params?.[parts[i]!], parts[i]!, lang) + parts[i + 1]!;
  return out;
}

/** A text the engine keeps: a message, or a literal value (an age, a code) that reads the same in every language. */
export type Text = Message | string;

/** A text in `lang`. */
export function renderText(text: Text, lang: Lang): string {
  return typeof text === 'string' ? text : render(text, lang);
}

/** The engine's texts are messages, rendered only at the edge. Parameterless ones are shared (never mutate a message). */
export function tx(id: string, params?: Params): Message {
  if (params) return { id, params };
  let m = CONSTANT.get(id);
  if (m === undefined) CONSTANT.set(id, (m = { id }));
  return m;
}

const CONSTANT = new Map<string, Message>();

/** Two texts that read the same: the same literal, or the same id with the same parameters. */
export function sameText(a: Text | Names | number, b: Text | Names | number): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object') return false;
  if ('id' in a || 'id' in b) {
    if (!('id' in a) || !('id' in b) || a.id !== b.id) return false;
    const pa = a.params ?? {};
    const pb = b.params ?? {};
    const keys = Object.keys(pa);
    return keys.length === Object.keys(pb).length && keys.every((k) => k in pb && sameText(pa[k]!, pb[k]!));
  }
  return a.kk === b.kk && a.ru === b.ru && a.en === b.en;
}

/**
 * English texts a layer must pass on as strings (a zod refinement's message), by text: `schemaText`
 * renders one and remembers its message, so `messageOf` gives it back for the language the request asks.
 */
const SCHEMA_TEXTS = new Map<string, Message>();

export function schemaText(m: Message): string {
  const text = render(m, 'en');
  if (SCHEMA_TEXTS.size >= 10_000) SCHEMA_TEXTS.clear();
  SCHEMA_TEXTS.set(text, m);
  return text;
}

/** The message a schema text or a text of the data was rendered from, if it was. */
export function messageOf(text: string): Message | undefined {
  return SCHEMA_TEXTS.get(text) ?? PROSE.get(text);
}

/**
 * The data's own prose (doubt notes, date rules): the data holds each text in en, kk and ru (the kk and
 * ru unofficial). The corpus keeps the English text, as the engine keeps its own; each is registered
 * here when the data loads, so `messageOf` and `localize` render it in the reader's language.
 */
const PROSE = new Map<string, Message>();

export interface Prose {
  en: string;
  kk: string;
  ru: string;
}

/** Registers a text of the data in its three languages; returns the English text the corpus keeps. */
export function registerProse(p: Prose): string {
  PROSE.set(p.en, { id: 'data.prose', params: { text: { kk: p.kk, ru: p.ru, en: p.en } } });
  return p.en;
}

/** The data's prose as a message, if `text` is one (undefined for anything else). */
export function proseOf(text: string): Message | undefined {
  return PROSE.get(text);
}

/** Texts joined into one parameter, each rendered in the message's language: "a, b, c" or "a; b". */
export function joined(texts: Text[], sep: 'comma' | 'semicolon' = 'comma'): Text {
  if (texts.length === 0) return '';
  const [first, ...rest] = texts;
  if (rest.length === 0) return first!;
  return { id: `join.${sep}`, params: { a: first!, b: joined(rest, sep) } };
}

/** A message id's text in `lang` (shorthand for render(msg(id, params), lang)). */
export function t(id: string, lang: Lang, params?: Params): string {
  return render(params ? { id, params } : { id }, lang);
}

export function isLang(value: unknown): value is Lang {
  return typeof value === 'string' && (LANGS as readonly string[]).includes(value);
}

/** The placeholders a template uses, sorted: the catalogue test compares them across languages. */
export function placeholders(template: string): string[] {
  return [...new Set([...template.matchAll(/\{(\w+)\}/g)].map((m) => m[1]!))].sort();
}

/** "kz" is the country code people often type for Kazakh. */
export function parseLang(tag: string): Lang | undefined {
  const base = tag.trim().toLowerCase().split(/[-_]/)[0];
  if (base === 'kz') return 'kk';
  return isLang(base) ? base : undefined;
}

/** The best of kk/ru/en in an Accept-Language header (q-values honoured); undefined when none fits. */
export function fromAcceptLanguage(header: string | undefined): Lang | undefined {
  if (!header) return undefined;
  const ranked = header
    .split(',')
    .map((part, i) => {
      const [tag = '', ...attrs] = part.split(';');
      const q = attrs.map((a) => a.trim()).find((a) => a.startsWith('q='));
      return { lang: parseLang(tag), q: q ? Number(q.slice(2)) : 1, i };
    })
    .filter((r): r is { lang: Lang; q: number; i: number } => r.lang !== undefined && Number.isFinite(r.q) && r.q > 0)
    .sort((a, b) => b.q - a.q || a.i - b.i);
  return ranked[0]?.lang;
}

/** The request's language: an explicit choice first, then the header, then kk. */
export function chooseLang(explicit: string | undefined, acceptLanguage?: string): Lang {
  if (explicit !== undefined) {
    const l = parseLang(explicit);
    if (l) return l;
  }
  return fromAcceptLanguage(acceptLanguage) ?? DEFAULT_LANG;
}
