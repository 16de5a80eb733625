// Texts a user sees are message ids with parameters; the interfaces render them in kk, ru or en.
// The engine and the corpus never build a sentence: they return a Message, so a caller can map the
// id and a renderer can choose the language.
export const LANGS = ['kk', 'ru', 'en'] as const;
export type Lang = (typeof LANGS)[number];
export const DEFAULT_LANG: Lang = 'kk';

/** A name the data holds in the three languages (a region, a disease): rendered in the message's language. */
export type Names = { kk: string; ru?: string | null; en?: string | null };

/** A parameter is a value, a name in three languages, or a nested message rendered in the same language. */
export type Params = Record<string, string | number | Message | Names>;

export interface Message {
  id: string;
  params?: Params;
}

/** One entry of a catalogue: the same text in the three languages, with `{name}` placeholders. */
export type Entry = Record<Lang, string>;
export type Catalog = Record<string, Entry>;

export function msg(id: string, params?: Params): Message {
  return params ? { id, params } : { id };
}

export function isMessage(v: unknown): v is Message {
  return typeof v === 'object' && v !== null && typeof (v as Message).id === 'string';
}
