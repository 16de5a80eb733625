// What POST /eligibility serves, in the request's language.
// The lean default: every cited point says where it is (act, point, the verbatim quote, and `cite`, the
// point as a person cites it); the answer's own ground, the top-level `basis`, also carries on ru and en
// each point's short gist in the reader's language. The whole clause of each point (kk, up to 700
// characters) and the gists of the points cited elsewhere (reasons, conditions, readings, wouldCover,
// interpretations) repeat what a reader looks up once, and were most of the answer's bytes: they come
// with ?explain=true, with the trace. No field changes its meaning: it is there with the same value, or
// not there.
import type { Engine } from '../engine/index.js';
import type { Decision } from '../engine/index.js';
import { citerFor, sourceMemo } from '../corpus/citer.js';
import type { Source } from '../corpus/schema.js';
import { localize, localizeFields } from '../i18n/localize.js';
import type { Lang } from '../i18n/index.js';

/** Payloads already in the request's language: app.ts's localizing hook passes them as they are. */
const LOCALIZED = new WeakSet<object>();
export const isLocalized = (payload: unknown): boolean => typeof payload === 'object' && payload !== null && LOCALIZED.has(payload);
export function markLocalized<T extends object>(payload: T): T {
  LOCALIZED.add(payload);
  return payload;
}

type Cite = (source: Source, lang: Lang) => object;

/** The citation fields of a point, made once per point and language (they do not depend on the request). */
function citations(engine: Engine): { full: Cite; basis: Cite; lean: Cite } {
  const citer = citerFor(engine.corpus);
  type Fields = { full: object; basis: object; lean: object };
  const entry = sourceMemo<Partial<Record<Lang, Fields>>>(() => ({}));
  const get = (s: Source, lang: Lang): Fields => {
    const e = entry(s);
    let c = e[lang];
    if (!c) {
      const full = citer.cite(s, lang);
      e[lang] = c = { full, basis: full.gist === undefined ? { cite: full.cite } : { cite: full.cite, gist: full.gist }, lean: { cite: full.cite } };
    }
    return c;
  };
  return { full: (s, lang) => get(s, lang).full, basis: (s, lang) => get(s, lang).basis, lean: (s, lang) => get(s, lang).lean };
}

export type ServedDecision = Omit<Decision, 'trace'> & { trace?: Decision['trace'] };

/** The decision as served: lean by default, whole with `explain` (the trace, every point's clause and gist). */
export function decisionServer(engine: Engine): (decision: Decision, lang: Lang, explain: boolean) => ServedDecision {
  const { full, basis, lean } = citations(engine);
  return (decision, lang, explain) => {
    if (explain) {
      const { trace, ...rest } = decision;
      return markLocalized(localize({ ...rest, trace }, lang, { cite: full }));
    }
    // Without reading the trace: the decision renders it only when it is read.
    return markLocalized(localizeFields(decision, lang, { cite: lean }, { basis: { cite: basis } }, 'trace'));
  };
}
