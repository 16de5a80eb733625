// What a citation shows a reader: the act and point as a person cites them, the Kazakh clause in full,
// and on ru/en an unofficial gist of the point. Built once per corpus.
import type { Corpus } from './corpus.js';
import type { Source } from './schema.js';
import { ClauseFinder } from './clause.js';
import { citeLabel } from '../i18n/cite.js';
import { LANGS, type Lang } from '../i18n/index.js';

export interface CitedSource extends Source {
  /** "Бағдарлама, 33-тармақ, 4) тармақша". */
  cite: string;
  /** The whole clause the quote sits in, verbatim (kk), where longer than the quote. */
  clause?: string;
  /** On ru and en: a short unofficial gist of the point. */
  gist?: string;
}

export interface Citer {
  /** The citation fields of `source` in `lang` (one shared object per source and language: never mutate it). */
  cite(source: Source, lang: Lang): CitedSource;
}

const citers = new WeakMap<Corpus, Citer>();

/**
 * A citation's `cite`, `clause` and `gist` do not depend on the request: each is made once per source
 * and language, the programme's points when the citer is made (once per corpus), any other source the
 * first time it is cited, and answers point at them.
 */
export function citerFor(corpus: Corpus): Citer {
  let c = citers.get(corpus);
  if (c) return c;
  const textOf = (actId: string) => {
    const seed = corpus.acts.get(actId)?.seed;
    return seed ? corpus.sources.get(seed) : undefined;
  };
  const finder = new ClauseFinder(textOf);
  const make = (source: Source, lang: Lang): CitedSource => {
    const clause = finder.clause(source.act, source.quote);
    const gist = lang === 'kk' ? undefined : corpus.gists.get(`${source.act}|${source.point}`)?.[lang];
    return {
      ...source,
      cite: citeLabel(corpus.acts.get(source.act), source.act, source.point, lang),
      ...(clause !== source.quote ? { clause } : {}),
      ...(gist ? { gist } : {}),
    };
  };
  const entry = sourceMemo<Partial<Record<Lang, CitedSource>>>(() => ({}));
  c = {
    cite(source, lang) {
      const e = entry(source);
      return (e[lang] ??= make(source, lang));
    },
  };
  for (const point of Object.values(corpus.programme.content.points)) for (const lang of LANGS) c.cite(point, lang);
  citers.set(corpus, c);
  return c;
}

/** An entry per cited point: by the source object (the corpus's own, shared by every answer), else by its text (a copy). */
export function sourceMemo<E>(make: () => E): (source: Source) => E {
  const bySource = new WeakMap<Source, E>();
  const byText = new Map<string, E>();
  return (source) => {
    let e = bySource.get(source);
    if (e !== undefined) return e;
    const key = `${source.act}\u0000${source.point}\u0000${source.quote}`;
    e = byText.get(key);
    if (e === undefined) {
      if (byText.size > 50_000) byText.clear();
      byText.set(key, (e = make()));
    }
    bySource.set(source, e);
    return e;
  };
}
