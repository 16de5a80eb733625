// The engine keeps every text as a message (id + parameters) and renders nothing while it decides.
// Finishing a decision renders each text once, in English, and keeps its message beside it, so other
// systems can map the ids and the interfaces can render them in kk, ru or en (src/i18n/localize.ts).
import { render, renderText, type Message, type Text } from '../i18n/index.js';
import type { Source } from '../corpus/schema.js';
import type { Condition, Decision, Missing, Reason, TraceStep, Verdict } from './decision.js';

const en = (t: Text): string => renderText(t, 'en');

/** An item with its text rendered and its message kept (a new object: items are shared between readings). */
export function withMessage<T extends { text: Text; message?: Message }>(o: T): Omit<T, 'text'> & { text: string; message?: Message } {
  const t = o.text;
  return typeof t === 'string' ? (o as T & { text: string }) : { ...o, text: render(t, 'en'), message: t };
}

// Written out rather than spread: a decision's trace has the most texts, and a literal keeps one shape.
function step(s: TraceStep<Text>): TraceStep {
  const out: TraceStep = { rule: en(s.rule), result: en(s.result) };
  if ('source' in s) out.source = s.source;
  if (typeof s.result !== 'string') out.message = s.result;
  if (typeof s.rule !== 'string') out.ruleMessage = s.rule;
  return out;
}

/** The verdict as a decision: texts rendered in English beside their messages; repeated notes and points shown once. */
export function finish(v: Verdict, extra: Pick<Decision, 'nextSteps' | 'datasetVersion'>): Decision {
  // Notes read the same when their English does (readings and routes repeat them).
  const notes: string[] = [];
  const noteMessages: (Message | null)[] = [];
  for (const n of v.notes) {
    const text = en(n);
    if (notes.includes(text)) continue;
    notes.push(text);
    noteMessages.push(typeof n === 'string' ? null : n);
  }
  // The same point cited twice (a row and its item share it) is shown once. Compared field by field, not
  // by a joined key: the quotes are long, and the sources are mostly the same objects.
  const basis: Source[] = [];
  for (const b of v.basis) if (!basis.some((o) => o === b || (o.act === b.act && o.point === b.point && o.quote === b.quote))) basis.push(b);
  // Written out in the verdict's key order (see `verdict`), which the answers keep.
  return {
    outcome: v.outcome,
    package: v.package,
    basis,
    conditions: v.conditions.map(withMessage) as Condition[],
    missing: v.missing.map(withMessage) as Missing[],
    reasons: v.reasons.map(withMessage) as Reason[],
    wouldCover: v.wouldCover,
    readings: v.readings,
    questions: v.questions,
    interpretations: v.interpretations,
    ...(v.packages ? { packages: v.packages } : {}),
    notes,
    trace: v.trace.map(step),
    nextSteps: extra.nextSteps,
    datasetVersion: extra.datasetVersion,
    noteMessages,
  };
}

/** Items with a `text`, each rendered in English beside its message. */
export function withMessages<T extends { text: Text; message?: Message }>(xs: T[]): (Omit<T, 'text'> & { text: string; message?: Message })[] {
  return xs.map(withMessage);
}

export type { Message };
