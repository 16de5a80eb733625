// The message catalogue: every id in kk, ru and en, and the one renderer.
import { LANGS, type Catalog, type Lang, type Message, type Params } from './message.js';
import { engineMessages } from './catalog/engine.js';
import { corpusMessages } from './catalog/corpus.js';
import { apiMessages } from './catalog/api.js';
import { cliMessages } from './catalog/cli.js';

export * from './message.js';

export const CATALOG: Catalog = { ...engineMessages, ...corpusMessages, ...apiMessages, ...cliMessages };

function fill(template: string, params: Params | undefined): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (params && name in params ? String(params[name]) : whole));
}

/** The message in `lang`; an unknown id renders as the id itself, which the catalogue test forbids. */
export function render(m: Message, lang: Lang): string {
  const entry = CATALOG[m.id];
  return entry ? fill(entry[lang], m.params) : m.id;
}

export function isLang(value: unknown): value is Lang {
  return typeof value === 'string' && (LANGS as readonly string[]).includes(value);
}
