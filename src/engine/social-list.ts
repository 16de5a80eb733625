// ҚР ДСМ-108/2020 compiled for lookups: one ICD index per wording, the codes whose membership the
// held sources leave open (a page cut short), and the notes an answer that used the list must carry:
// code sets no source gives (unverified), and the premise the 2026 orphan codes rest on.
import type { Corpus } from '../corpus/corpus.js';
import type { SociallySignificantGroup } from '../corpus/schema.js';
import { tx } from '../i18n/index.js';
import { IcdIndex, IcdSet } from './icd.js';

export interface SocialWording {
  from: string | null;
  to: string | null;
  index: IcdIndex<SociallySignificantGroup>;
  /** Codes in no held group that may still be in the order (the tail a page cut off). */
  gap: IcdSet;
  /** The notes of an answer that found its code in no group: "not on the list" is as sure as the least sure code set. */
  absentCaveats: readonly string[];
}

export interface CompiledSocial {
  social: SocialWording[];
  /** Per group, the sentence the trace shows. */
  socialNotes: Map<SociallySignificantGroup, string>;
  /** Per group, the notes an answer that used it must carry (unverified codes, a premise). */
  socialCaveats: Map<SociallySignificantGroup, readonly string[]>;
}

// Notes are rendered once, here, in the engine's note language (answers are made in microseconds).
// Texts are kept in English with their message recoverable (tx), so every interface can render them in kk, ru or en.
const en = tx;

function premiseNote(corpus: Corpus, id: string): string {
  return corpus.assumptions.has(id) ? en('engine.note.premise', { premise: id, statement: corpus.assumptions.get(id)!.statement }) : en('engine.note.premise', { premise: id, statement: id });
}

function groupCaveats(corpus: Corpus, g: SociallySignificantGroup): string[] {
  return [
    ...(g.unverified ? [en('engine.note.dsm108_unverified_group', { group: g.name, from: g.validFrom ?? '—' })] : []),
    ...(g.premise ? [premiseNote(corpus, g.premise)] : []),
  ];
}

function wording(corpus: Corpus, from: string | null, to: string | null, groups: SociallySignificantGroup[]): SocialWording {
  const index = new IcdIndex<SociallySignificantGroup>();
  for (const g of groups) index.add(g.icd10, g);
  const unverified = groups.filter((g) => g.unverified).map((g) => g.name.en);
  const premises = [...new Set(groups.flatMap((g) => (g.premise ? [g.premise] : [])))].map((p) => premiseNote(corpus, p));
  // Built once per wording: an answer shares the array (answers are made in microseconds, many per request).
  const absentCaveats = Object.freeze([...(unverified.length ? [en('engine.note.dsm108_unverified_absent', { from: from ?? '—', count: unverified.length })] : []), ...premises]);
  return {
    from,
    to,
    index,
    gap: new IcdSet(groups.flatMap((g) => g.codes.truncated?.unknown ?? [])),
    absentCaveats,
  };
}

export function compileSocial(corpus: Corpus): CompiledSocial {
  const versions = new Map<string, SociallySignificantGroup[]>();
  for (const g of corpus.sociallySignificant) {
    const key = `${g.validFrom ?? ''}|${g.validTo ?? ''}`;
    versions.set(key, [...(versions.get(key) ?? []), g]);
  }
  const social = [...versions.entries()].map(([key, groups]) => {
    const [from, to] = key.split('|');
    return wording(corpus, from || null, to || null, groups);
  });
  const socialNotes = new Map(
    corpus.sociallySignificant.map((g) => {
      const page = g.codes.sources[0];
      const basis = page ? `codes from a secondary page: ${page.url}` : 'its ICD-10 codes are unverified: no source the project holds gives them';
      return [g, `the diagnosis is in the group '${g.name.en}' of ҚР ДСМ-108/2020 — reference data from outside the sources (${basis})${g.premise ? `; rests on premise '${g.premise}'` : ''}`];
    }),
  );
  return { social, socialNotes, socialCaveats: new Map(corpus.sociallySignificant.map((g) => [g, groupCaveats(corpus, g)])) };
}
