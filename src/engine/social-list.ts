// ҚР ДСМ-108/2020 compiled for lookups: one ICD index per wording, the codes whose membership the
// held sources leave open (a page cut short), and the caveats an answer that used the list must carry.
import type { Corpus } from '../corpus/corpus.js';
import type { SociallySignificantGroup } from '../corpus/schema.js';
import { IcdIndex, IcdSet } from './icd.js';

export interface SocialWording {
  from: string | null;
  to: string | null;
  index: IcdIndex<SociallySignificantGroup>;
  /** Codes in no held group that may still be in the order (the tail a page cut off). */
  gap: IcdSet;
  /** What an answer that found the code in no group rests on: unverified code sets and premises. */
  absentCaveats: string[];
}

export interface CompiledSocial {
  social: SocialWording[];
  /** Per group, the sentence the trace shows. */
  socialNotes: Map<SociallySignificantGroup, string>;
  /** Per group, the notes an answer that used it must carry (unverified codes, a premise). */
  socialCaveats: Map<SociallySignificantGroup, string[]>;
}

function premiseNote(corpus: Corpus, id: string, group: SociallySignificantGroup): string {
  const premise = corpus.assumptions.get(id);
  return `premise '${id}': ${premise?.statement.en ?? 'a project premise'} (group '${group.name.en}' of ҚР ДСМ-108/2020)`;
}

function caveats(corpus: Corpus, g: SociallySignificantGroup): string[] {
  const out: string[] = [];
  if (g.unverified) out.push(`unverified: no source the project holds gives the ICD-10 codes of the group '${g.name.en}' of ҚР ДСМ-108/2020 from ${g.validFrom ?? 'its start'}; the codes used are the project's reading`);
  if (g.premise) out.push(premiseNote(corpus, g.premise, g));
  return out;
}

export function compileSocial(corpus: Corpus): CompiledSocial {
  const versions = new Map<string, SociallySignificantGroup[]>();
  for (const g of corpus.sociallySignificant) {
    const key = `${g.validFrom ?? ''}|${g.validTo ?? ''}`;
    versions.set(key, [...(versions.get(key) ?? []), g]);
  }
  const socialCaveats = new Map(corpus.sociallySignificant.map((g) => [g, caveats(corpus, g)]));
  const social = [...versions.entries()].map(([key, groups]): SocialWording => {
    const [from, to] = key.split('|');
    const index = new IcdIndex<SociallySignificantGroup>();
    for (const g of groups) index.add(g.icd10, g);
    return {
      from: from || null,
      to: to || null,
      index,
      gap: new IcdSet(groups.flatMap((g) => g.codes.truncated?.unknown ?? [])),
      // "Not on the list" is as sure as the least sure code set of the wording.
      absentCaveats: [...new Set(groups.flatMap((g) => socialCaveats.get(g)!))],
    };
  });
  const socialNotes = new Map(
    corpus.sociallySignificant.map((g) => {
      const from = g.codes.sources[0];
      const basis = from ? `codes from a secondary page: ${from.url}` : 'its ICD-10 codes are unverified: no source the project holds gives them';
      return [g, `the diagnosis is in the group '${g.name.en}' of ҚР ДСМ-108/2020 — reference data from outside the sources (${basis})${g.premise ? `; rests on premise '${g.premise}'` : ''}`];
    }),
  );
  return { social, socialNotes, socialCaveats };
}
