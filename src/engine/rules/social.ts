// The socially significant diseases decide which package pays; their list is reference data from
// outside the sources, and its orphan-disease codes are not held at all.
import type { Source } from '../../corpus/schema.js';
import type { Verdict } from '../decision.js';
import type { Engine } from '../compile.js';
import type { Facts } from '../facts.js';
import { gate, notCovered, undetermined, listMissing } from './common.js';

export const ORPHAN_NOTE =
  'Orphan diseases are socially significant under ҚР ДСМ-108/2020, but the corpus does not hold their ICD-10 codes: if this diagnosis is an orphan disease, GVFMC covers it.';

/**
 * GVFMC for a socially significant disease. A diagnosis off the held list may still be an orphan
 * disease, whose codes the corpus lacks: where the route would then cover, the answer stays open.
 */
export function socialRoute(e: Engine, f: Facts, point: string, then: () => Verdict): Verdict {
  if (f.social.state === 'unknown') return undetermined(f.social.missing, [e.cite(point)], 'socially significant disease');
  if (f.social.state === true) return then();
  if (!f.social.orphanGap) return notCovered(`${f.care.diagnosis} is not a socially significant disease on ${f.date}${f.social.note ? `: ${f.social.note}` : ''}`, e.cite(point), 'socially significant disease');
  const ifOrphan = then();
  if (ifOrphan.outcome === 'covered') {
    const v = undetermined([listMissing('dsm-108-orphan-codes', `whether ${f.care.diagnosis} is an orphan disease (ҚР ДСМ-108/2020): the corpus does not hold the orphan diseases' ICD-10 codes`)], [e.cite(point)], 'socially significant disease');
    v.readings.push({ assumption: `${f.care.diagnosis} is an orphan disease`, outcome: 'covered', package: 'gvfmc' }, { assumption: `${f.care.diagnosis} is not an orphan disease`, outcome: 'not_covered', package: null });
    v.notes.push(ORPHAN_NOTE);
    return v;
  }
  // Even as an orphan disease the route would not cover (e.g. no referral): the gap does not matter.
  const v = notCovered(`${f.care.diagnosis} is not a socially significant disease on ${f.date} (ҚР ДСМ-108/2020, reference data outside the sources)`, e.cite(point), 'socially significant disease');
  v.reasons.push(...ifOrphan.reasons);
  return v;
}

/** The same, for a person who must first have GVFMC. */
export function gvfmcSocialRoute(e: Engine, f: Facts, point: string, then: () => Verdict): Verdict {
  return gate(f.gvfmc, 'gvfmc', () => socialRoute(e, f, point, then));
}

/** CSHI leaves the treatment of GVFMC diseases out (p.56.2–56.4): a socially significant diagnosis is not CSHI's. */
export function notGvfmcDisease(f: Facts, exclusion: Source, then: () => Verdict): Verdict {
  if (f.social.state === true) return notCovered(`${f.care.diagnosis} is a socially significant disease, treated in GVFMC, which CSHI leaves out`, exclusion, 'CSHI excludes GVFMC diseases');
  if (f.social.state === 'unknown') return undetermined(f.social.missing, [exclusion], 'CSHI excludes GVFMC diseases');
  return then();
}
