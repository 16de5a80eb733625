// The socially significant diseases decide which package pays; their list is reference data from
// outside the sources. Whether a code off the held list is an orphan disease is a list fact the
// facts module asks for (readings over `dsm-108-orphan-codes`).
import type { Source } from '../../corpus/schema.js';
import type { Verdict } from '../decision.js';
import type { Engine } from '../compile.js';
import type { Facts } from '../facts.js';
import type { ListId } from '../request.js';
import { gate, notCovered, undetermined } from './common.js';
import { IcdSet } from '../icd.js';
import { msg, tx } from '../../i18n/index.js';

/** GVFMC for a socially significant disease. */
export function socialRoute(e: Engine, f: Facts, point: string, then: () => Verdict): Verdict {
  const s = f.social;
  const rule = tx('rules.rule.social');
  if (s.state === 'unknown') return undetermined(s.missing, [e.cite(point)], rule);
  if (s.state === true) return then();
  const code = f.care.diagnosis ?? msg('rules.theDiagnosis');
  return notCovered(s.note ? tx('rules.notSocialNote', { code, date: f.date, note: s.note }) : tx('rules.notSocial', { code, date: f.date }), e.cite(point), rule);
}

/** The same, for a person who must first have GVFMC. */
export function gvfmcSocialRoute(e: Engine, f: Facts, point: string, then: () => Verdict): Verdict {
  return gate(f.gvfmc, 'gvfmc', () => socialRoute(e, f, point, then));
}

// Project assumption (audit F9): the ҚР ДСМ-162/2020 list of infectious diseases is looked for in
// ICD-10 chapter I (A00–B99) only.
export const INFECTIOUS = new IcdSet(['A00-B99']);

/** Is the diagnosis an infectious disease on the ҚР ДСМ-162/2020 list (p.33.2), which the corpus does not hold? */
export function onInfectiousList(f: Facts): boolean | 'unknown' {
  if (!f.care.diagnosis || !INFECTIOUS.has(f.care.diagnosis)) return false;
  return f.onList('dsm-162-2020' satisfies ListId, f.care.diagnosis);
}

/**
 * CSHI leaves the treatment of GVFMC diseases out (p.56.2–56.4): a socially significant diagnosis,
 * and for inpatient care an infectious disease on the ҚР ДСМ-162/2020 list (p.33.2), are not CSHI's.
 */
export function notGvfmcDisease(e: Engine, f: Facts, exclusion: Source, then: () => Verdict, infectious = false): Verdict {
  const rule = tx('rules.rule.cshiExcludes');
  if (f.social.state === true) return notCovered(tx('rules.socialInGvfmc', { code: f.care.diagnosis ?? msg('rules.theDiagnosis') }), exclusion, rule);
  if (f.social.state === 'unknown') return undetermined(f.social.missing, [exclusion], rule);
  if (infectious) {
    const listed = onInfectiousList(f);
    if (listed === true) return notCovered(tx('rules.infectiousInGvfmc', { code: f.care.diagnosis! }), exclusion, rule);
    if (listed === 'unknown') return undetermined([{ kind: 'list', id: 'dsm-162-2020', text: tx('rules.list.dsm162') }], [exclusion, e.cite('gvfmc.inpatient.infectious')], rule);
  }
  return then();
}

