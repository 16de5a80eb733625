// What a citation shows a reader: the act and point as a person cites them, the Kazakh clause in full,
// and on ru/en an unofficial gist of the point. Built once per corpus.
import type { Corpus } from './corpus.js';
import type { Source } from './schema.js';
import { ClauseFinder } from './clause.js';
import { citeLabel } from '../i18n/cite.js';
import type { Lang } from '../i18n/index.js';

export interface CitedSource extends Source {
  /** "Бағдарлама, 33-тармақ, 4) тармақша". */
  cite: string;
  /** The whole clause the quote sits in, verbatim (kk), where longer than the quote. */
  clause?: string;
  /** On ru and en: a short unofficial gist of the point. */
  gist?: string;
}

export interface Citer {
  cite(source: Source, lang: Lang): CitedSource;
}

const citers = new WeakMap<Corpus, Citer>();

export function citerFor(corpus: Corpus): Citer {
  let c = citers.get(corpus);
  if (c) return c;
  const textOf = (actId: string) => {
    const seed = corpus.acts.get(actId)?.seed;
    return seed ? corpus.sources.get(seed) : undefined;
  };
  const finder = new ClauseFinder(textOf);
  c = {
    cite(source, lang) {
      const clause = finder.clause(source.act, source.quote);
      const gist = lang === 'kk' ? undefined : corpus.gists.get(`${source.act}|${source.point}`)?.[lang];
      return {
        ...source,
        cite: citeLabel(corpus.acts.get(source.act), source.act, source.point, lang),
        ...(clause !== source.quote ? { clause } : {}),
        ...(gist ? { gist } : {}),
      };
    },
  };
  citers.set(corpus, c);
  return c;
}
