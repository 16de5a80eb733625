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
  if (typeof t === 'string') return o as T & { text: string };
  // As `{ ...o, text, message }`, key for key in the same order; a spread over the many shapes of
  // items is the slow, generic path.
  const out: Record<string, unknown> = {};
  for (const k in o) out[k] = o[k];
  out.text = render(t, 'en');
  out.message = t;
  return out as Omit<T, 'text'> & { text: string; message?: Message };
}

// A trace step whose texts have no parameters reads the same in every answer (most of the facts'
// steps: "has GVFMC (p.3)": "yes"): rendered once and shared by the answers, which only read it.
// Looked up by the texts' own strings (a message's id, a short literal), then by the source object.
type ByText<T> = { m: Map<string, T>; s: Map<string, T> };
type BySource = Map<TraceStep['source'] | typeof NO_SOURCE, TraceStep>;
const NO_SOURCE = Symbol('no source');
const STEPS: ByText<ByText<BySource>> = { m: new Map(), s: new Map() };
let cachedSteps = 0;

/** The map a text is found in, and its key there; null for a text with parameters (or a long literal). */
function slot<T>(by: ByText<T>, t: Text): [Map<string, T>, string] | null {
  if (typeof t === 'string') return t.length <= 16 ? [by.s, t] : null;
  return t.params ? null : [by.m, t.id];
}

function step(s: TraceStep<Text>): TraceStep {
  const r = slot(STEPS, s.rule);
  if (r === null || slot(STEPS, s.result) === null) return renderStep(s);
  let byResult = r[0].get(r[1]);
  if (!byResult) r[0].set(r[1], (byResult = { m: new Map(), s: new Map() }));
  const [map, key] = slot(byResult, s.result)!;
  let bySource = map.get(key);
  if (!bySource) map.set(key, (bySource = new Map()));
  const src = 'source' in s ? s.source : NO_SOURCE;
  let out = bySource.get(src);
  if (!out) {
    // Bounded: the texts are the catalogue's and the sources the corpus's, but literals vary.
    if (++cachedSteps > 50_000) {
      STEPS.m.clear();
      STEPS.s.clear();
      cachedSteps = 0;
    }
    bySource.set(src, (out = renderStep(s)));
  }
  return out;
}

/** Shared empty lists for an answer's empty fields (answers are read, never changed). */
const EMPTY: never[] = Object.freeze([]) as unknown as never[];

// Written out rather than spread: a decision's trace has the most texts, and a literal keeps one shape.
function renderStep(s: TraceStep<Text>): TraceStep {
  const out: TraceStep = { rule: en(s.rule), result: en(s.result) };
  if ('source' in s) out.source = s.source;
  if (typeof s.result !== 'string') out.message = s.result;
  if (typeof s.rule !== 'string') out.ruleMessage = s.rule;
  return out;
}

/** The verdict as a decision: texts rendered in English beside their messages; repeated notes and points shown once. */
export function finish(v: Verdict, extra: Pick<Decision, 'nextSteps' | 'datasetVersion'>): Decision {
  // Notes read the same when their English does (readings and routes repeat them).
  let notes: string[] = EMPTY;
  let noteMessages: (Message | null)[] = EMPTY;
  if (v.notes.length) {
    notes = [];
    noteMessages = [];
  }
  for (const n of v.notes) {
    const text = en(n);
    if (notes.includes(text)) continue;
    notes.push(text);
    noteMessages.push(typeof n === 'string' ? null : n);
  }
  // The same point cited twice (a row and its item share it) is shown once. Compared field by field, not
  // by a joined key: the quotes are long, and the sources are mostly the same objects.
  const basis: Source[] = v.basis.length ? [] : EMPTY;
  for (const b of v.basis) if (!basis.some((o) => o === b || (o.act === b.act && o.point === b.point && o.quote === b.quote))) basis.push(b);
  const conditions = v.conditions.length ? (v.conditions.map(withMessage) as Condition[]) : EMPTY;
  const missing = v.missing.length ? (v.missing.map(withMessage) as Missing[]) : EMPTY;
  const reasons = v.reasons.length ? (v.reasons.map(withMessage) as Reason[]) : EMPTY;
  // Written out in the verdict's key order (see `verdict`), which the answers keep; one literal with
  // `packages` and one without (a conditional spread in a literal is the slow, generic path).
  const d = (v.packages
    ? { outcome: v.outcome, package: v.package, basis, conditions, missing, reasons, wouldCover: v.wouldCover, readings: v.readings, questions: v.questions, interpretations: v.interpretations, packages: v.packages, notes }
    : { outcome: v.outcome, package: v.package, basis, conditions, missing, reasons, wouldCover: v.wouldCover, readings: v.readings, questions: v.questions, interpretations: v.interpretations, notes }) as unknown as Decision;
  // The trace is rendered when it is first read: the default answers (HTTP without ?explain, batch
  // lines without --trace) never read it. Its steps are the verdict's, which nothing changes once
  // finished. One getter shared by every decision (a getter per object would make each a dictionary).
  Object.defineProperty(d, STEPS_OF, { value: v.trace, writable: true });
  Object.defineProperty(d, 'trace', TRACE);
  d.nextSteps = extra.nextSteps;
  d.datasetVersion = extra.datasetVersion;
  d.noteMessages = noteMessages;
  return d;
}

// A decision's trace steps as the verdict left them, then as rendered (not enumerable: not part of the answer).
const STEPS_OF = Symbol('trace steps');
const TRACE: PropertyDescriptor = {
  enumerable: true,
  configurable: true,
  get(this: Decision & { [STEPS_OF]: TraceStep<Text>[] | TraceStep[] }): TraceStep[] {
    const raw = this[STEPS_OF] as TraceStep<Text>[];
    if (RENDERED.has(raw)) return raw as TraceStep[];
    const rendered = raw.map(step);
    RENDERED.add(rendered);
    this[STEPS_OF] = rendered;
    return rendered;
  },
};
const RENDERED = new WeakSet<object>();

/** Items with a `text`, each rendered in English beside its message. */
export function withMessages<T extends { text: Text; message?: Message }>(xs: T[]): (Omit<T, 'text'> & { text: string; message?: Message })[] {
  return xs.map(withMessage);
}

export type { Message };
