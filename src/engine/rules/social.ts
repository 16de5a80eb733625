// The socially significant diseases decide which package pays; their list is reference data from
// outside the sources, and its orphan-disease codes are not held at all: say so with the answer.
import type { Verdict } from '../decision.js';
import type { Engine } from '../compile.js';
import type { Facts } from '../facts.js';
import { notCovered } from './common.js';

export const ORPHAN_NOTE =
  'Orphan diseases are socially significant under ҚР ДСМ-108/2020, but the corpus does not hold their ICD-10 codes: if this diagnosis is an orphan disease, GVFMC covers it.';

/** The diagnosis is not on the list: this GVFMC route does not apply, with the orphan-code caveat. */
export function orphanGap(e: Engine, f: Facts, point: string): Verdict {
  const v = notCovered(`${f.care.diagnosis} is not a socially significant disease on ${f.date} (ҚР ДСМ-108/2020, reference data outside the sources)`, e.cite(point), 'socially significant disease');
  v.notes.push(ORPHAN_NOTE);
  return v;
}
