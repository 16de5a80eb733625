// What the engine answers. Every outcome carries the points that decided it.
import type { Source } from '../corpus/schema.js';
import type { NextStep } from './next-steps.js';
import type { Message, Text } from '../i18n/index.js';
import type { FactWords, When } from './readable.js';
export type { FactWords, When };

export type Outcome = 'covered' | 'not_covered' | 'undetermined';
export type Package = 'gvfmc' | 'cshi' | 'regional';

// Inside the engine a text is a message (`Text`), rendered only when the decision is finished
// (messages.ts): the items below take the text's type as a parameter, a string in a Decision.

export interface Condition<T extends Text = string> {
  id: string;
  text: T;
  /** met: the request proves it; to_verify: the request cannot express it (a stage, a referral's validity). */
  status: 'met' | 'to_verify';
  source: Source | null;
  /** The text as a catalogue message (kk, ru, en), where the engine has one. */
  message?: Message;
  /** Where it holds in some readings only: under which (absent where it holds in every one). */
  when?: When;
}

export interface Missing<T extends Text = string> {
  kind: 'fact' | 'list' | 'interpretation';
  id: string;
  /** For a fact: the request field that would settle it. */
  field?: string;
  text: T;
  message?: Message;
}

export interface TraceStep<T extends Text = string> {
  rule: T;
  result: T;
  source?: Source;
  message?: Message;
  ruleMessage?: Message;
}

export interface Reason<T extends Text = string> {
  text: T;
  source: Source | null;
  message?: Message;
  /** Where it holds in some readings only: under which (absent where it holds in every one). */
  when?: When;
}

export interface WouldCover {
  change: string;
  message: Message;
  package: Package | null;
  basis: Source[];
}

export interface Reading {
  /** The fact values of this reading, in words (English); `facts` has them as data. */
  assumption: string;
  /** `assumption` as a message, rendered in the reader's language. */
  message?: Message;
  /** Each fact by field and value, with the statement it makes in words. */
  facts: FactWords[];
  outcome: Outcome;
  package: Package | null;
  basis: Source[];
}

/** A question whose answer narrows an undetermined decision: what each value of the fact would give. */
export interface Question {
  field: string;
  kind: 'fact' | 'list' | 'interpretation';
  text: string;
  message: Message;
  /** Each value, with the statement it makes in words. */
  values: { value: string; outcome: Outcome; package: Package | null; text: string; message: Message }[];
  /** Where only an authority can answer it (a list the corpus does not hold, a reading of a text): who, in words. */
  authority?: { text: string; message: Message };
}

/** A reading of an open text the decision rests on, with what the other readings would give. */
export interface InterpretationUse {
  id: string;
  source: Source;
  /** The reading the answer used; null when the answer is undetermined between them. */
  used: string | null;
  text: string;
  message: Message;
  readings: { value: string; outcome: Outcome; package: Package | null; default: boolean; text: string; message: Message }[];
}

/** Where every reading is covered but in different packages: each package with the readings that give it. */
export interface PackageWhen {
  package: Package | null;
  when: When;
}

export interface Decision {
  outcome: Outcome;
  package: Package | null;
  basis: Source[];
  conditions: Condition[];
  missing: Missing[];
  /** For not_covered: the reasons that decided it. */
  reasons: Reason[];
  /** For not_covered: what would make it covered. */
  wouldCover: WouldCover[];
  /** Where the answer depends on facts the request leaves open: the answer under each reading of them. */
  readings: Reading[];
  /** For undetermined: the questions that would settle it, the most decisive first. */
  questions: Question[];
  /** Readings of open texts (named in the data) the answer rests on. */
  interpretations: InterpretationUse[];
  /** Covered in every reading but not in one package: which package under which facts. */
  packages?: PackageWhen[];
  /** Doubts the data records about the rows used. */
  notes: string[];
  /** Each note's message id and parameters (null where a note has none), in the order of `notes`. */
  noteMessages?: (Message | null)[];
  trace: TraceStep[];
  /** What to do next under the verdict (a referral, dispensary registration, CSHI, a prescription, who decides a list). */
  nextSteps?: NextStep[];
  datasetVersion: string;
}

/** A verdict under construction: rules add to it, with texts as messages; `finish` renders them and fills in the version. */
export interface Verdict extends Omit<Decision, 'datasetVersion' | 'conditions' | 'missing' | 'reasons' | 'notes' | 'noteMessages' | 'trace'> {
  conditions: Condition<Text>[];
  missing: Missing<Text>[];
  reasons: Reason<Text>[];
  notes: Text[];
  trace: TraceStep<Text>[];
}

// The fields only the readings and the remedies fill: shared and frozen until replaced (a verdict
// is made per route and per reading, so four fewer arrays each).
const NONE: never[] = Object.freeze([]) as unknown as never[];

export function verdict(outcome: Outcome, pkg: Package | null, basis: Source[] = []): Verdict {
  return { outcome, package: pkg, basis, conditions: [], missing: [], reasons: [], wouldCover: NONE, readings: NONE, questions: NONE, interpretations: NONE, notes: [], trace: [] };
}
