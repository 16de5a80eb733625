// The message catalogue: every id in kk, ru and en, and the one renderer.
import { LANGS, DEFAULT_LANG, type Catalog, type Lang, type Message, type Names, type Params } from './message.js';
import { engineMessages } from './catalog/engine.js';
import { corpusMessages } from './catalog/corpus.js';
import { apiMessages } from './catalog/api.js';
import { cliMessages } from './catalog/cli.js';
import { rulesMessages } from './catalog/rules.js';

export * from './message.js';

export const CATALOG: Catalog = { ...engineMessages, ...rulesMessages, ...corpusMessages, ...apiMessages, ...cliMessages };

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

/** A template split once into literal text and parameter names: [text, name, text, name, …, text]. */
const COMPILED = new Map<string, string[]>();

function compiled(template: string): string[] {
  let parts = COMPILED.get(template);
  if (!parts) {
    parts = template.split(/\{(\w+)\}/g);
    COMPILED.set(template, parts);
  }
  return parts;
}

function param(v: Params[string] | undefined, name: string, lang: Lang): string {
  if (v === undefined) return `{${name}}`;
  if (typeof v === 'object') return 'id' in v ? render(v as Message, lang) : pickName(v as Names, lang);
  // Kazakh and Russian readers write dates dd.mm.yyyy; English texts keep ISO dates (as logs and scripts expect).
  return lang !== 'en' && typeof v === 'string' && v.length === 10 && ISO_DATE.test(v) ? formatDate(v) : String(v);
}

/** A parameter may itself be a message or a trilingual name: it is rendered in the same language. */
function fill(template: string, params: Params | undefined, lang: Lang): string {
  const parts = compiled(template);
  if (parts.length === 1) return template;
  let out = parts[0]!;
  for (let i = 1; i < parts.length; i += 2) out += param(params?.[parts[i]!], parts[i]!, lang) + parts[i + 1]!;
  return out;
}

/**
 * English renderings seen, by text: a layer that keeps its texts as English strings (the engine's
 * rules, for speed and simplicity) gets each text's id and parameters back with `messageOf`. Bounded:
 * past the cap it starts afresh (a text then simply stays without its id until rendered again).
 */
// Two generations: when the newer fills up it becomes the older one, so a text rendered moments ago
// (in the same decision) is never forgotten, and memory stays bounded.
let ENGLISH = new Map<string, Message>();
let ENGLISH_OLD = new Map<string, Message>();
const ENGLISH_CAP = 20_000;

// English texts with parameters, by structure: the engine makes the same text in every reading of a
// decision, so the id and parameters (nested messages included) are looked up in a tree of maps, one
// step per id, name and value (no key string to build), and the same string comes back (its hash is
// then known to the maps and sets that dedupe texts). Bounded: past the cap it starts afresh.
type TextNode = Map<unknown, unknown>;
const TEXT = Symbol('text');
const NESTED = Symbol('nested');
const TEXTS_CAP = 20_000;
let texts: TextNode = new Map();
let textCount = 0;
let cursor: TextNode = texts;

function stepTo(key: unknown): void {
  let next = cursor.get(key) as TextNode | undefined;
  if (!next) cursor.set(key, (next = new Map()));
  cursor = next;
}

function walk(m: Message): void {
  stepTo(m.id);
  for (const name in m.params) {
    stepTo(name);
    const v = m.params[name];
    if (typeof v === 'object' && v !== null && 'id' in v) {
      stepTo(NESTED);
      walk(v as Message);
      stepTo(NESTED);
    } else stepTo(v);
  }
}

function englishWithParams(m: Message, template: string): string {
  if (textCount >= TEXTS_CAP) (texts = new Map()), (textCount = 0);
  cursor = texts;
  walk(m);
  const node = cursor;
  let text = node.get(TEXT) as string | undefined;
  if (text === undefined) {
    text = fill(template, m.params, 'en');
    node.set(TEXT, text);
    textCount++;
  }
  return text;
}

/** The message in `lang`; an unknown id renders as the id itself, which the catalogue test forbids. */
export function render(m: Message, lang: Lang): string {
  const entry = CATALOG[m.id];
  if (!entry) return m.id;
  const text = lang === 'en' && m.params ? englishWithParams(m, entry.en) : fill(entry[lang], m.params, lang);
  if (lang === 'en' && !m.params) {
    // Parameterless texts are a fixed, small set: kept for good (schemas render theirs once, at load).
    CONSTANT_MESSAGE.set(text, m);
  } else if (lang === 'en') {
    if (ENGLISH.size >= ENGLISH_CAP) {
      ENGLISH_OLD = ENGLISH;
      ENGLISH = new Map();
    }
    ENGLISH.set(text, m);
  }
  return text;
}

/** The message an English text was rendered from, if it was (the data's own prose included). */
export function messageOf(text: string): Message | undefined {
  return ENGLISH.get(text) ?? ENGLISH_OLD.get(text) ?? CONSTANT_MESSAGE.get(text) ?? PROSE.get(text);
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

/** A text as the engine keeps it: rendered in English, its id recoverable with messageOf. */
export function tx(id: string, params?: Params): string {
  if (params) return render({ id, params }, 'en');
  // A text without parameters is always the same string: rendered once.
  let text = CONSTANT.get(id);
  if (text === undefined) {
    text = render({ id }, 'en');
    CONSTANT.set(id, text);
    CONSTANT_MESSAGE.set(text, { id });
  }
  return text;
}

const CONSTANT = new Map<string, string>();
/** Parameterless texts, kept for good (a fixed, small set): their id is never forgotten. */
const CONSTANT_MESSAGE = new Map<string, Message>();

/** A text as a parameter of another message: its own message where it has one, so it renders in the same language. */
export function nested(text: string): Message | string {
  return messageOf(text) ?? text;
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

/** Texts joined into one parameter, each rendered in the message's language: "a, b, c" or "a; b". */
export function joined(texts: string[], sep: 'comma' | 'semicolon' = 'comma'): Message | string {
  if (texts.length === 0) return '';
  const [first, ...rest] = texts;
  if (rest.length === 0) return nested(first!);
  return { id: `join.${sep}`, params: { a: nested(first!), b: joined(rest, sep) } };
}
