// What the engine answers. Every outcome carries the points that decided it.
import type { Source } from '../corpus/schema.js';
import type { NextStep } from './next-steps.js';

export type Outcome = 'covered' | 'not_covered' | 'undetermined';
export type Package = 'gvfmc' | 'cshi' | 'regional';

export interface Condition {
  id: string;
  text: string;
  /** met: the request proves it; to_verify: the request cannot express it (a stage, a referral's validity). */
  status: 'met' | 'to_verify';
  source: Source | null;
}

export interface Missing {
  kind: 'fact' | 'list';
  id: string;
  /** For a fact: the request field that would settle it. */
  field?: string;
  text: string;
}

export interface TraceStep {
  rule: string;
  result: string;
  source?: Source;
}

export interface WouldCover {
  change: string;
  package: Package | null;
  basis: Source[];
}

export interface Reading {
  assumption: string;
  outcome: Outcome;
  package: Package | null;
}

export interface Decision {
  outcome: Outcome;
  package: Package | null;
  basis: Source[];
  conditions: Condition[];
  missing: Missing[];
  /** For not_covered: the reasons that decided it. */
  reasons: { text: string; source: Source | null }[];
  /** For not_covered: what would make it covered. */
  wouldCover: WouldCover[];
  /** Where an act's entry into force is uncertain on the date: the answer under each reading. */
  readings: Reading[];
  /** Doubts the data records about the rows used. */
  notes: string[];
  trace: TraceStep[];
  /** What to do next under the verdict (a referral, dispensary registration, CSHI, a prescription, who decides a list). */
  nextSteps?: NextStep[];
  datasetVersion: string;
}

/** A verdict under construction: rules add to it; `finish` fills in the version. */
export type Verdict = Omit<Decision, 'datasetVersion'>;

export function verdict(outcome: Outcome, pkg: Package | null, basis: Source[] = []): Verdict {
  return { outcome, package: pkg, basis, conditions: [], missing: [], reasons: [], wouldCover: [], readings: [], notes: [], trace: [] };
}
