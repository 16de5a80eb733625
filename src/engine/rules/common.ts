// Building blocks shared by the rules: verdicts, gates on a package, and combining routes.
import type { Source } from '../../corpus/schema.js';
import type { Condition, Missing, Package, Verdict } from '../decision.js';
import { verdict } from '../decision.js';
import type { Message, Text } from '../../i18n/index.js';
import type { Engine } from '../compile.js';
import type { BoolField, Fact, Facts } from '../facts.js';
import { joined, msg, tx } from '../../i18n/index.js';

export type Rule = (engine: Engine, facts: Facts) => Verdict;

// Whether verdicts record their trace. A decision shows the trace of one reading only, so decide
// turns it off for the other readings and for the remedies: their trace texts would be thrown away.
let tracing = true;

/** Runs `f` with the trace on or off, restoring it after (decide is synchronous). */
export function traced<T>(on: boolean, f: () => T): T {
  const was = tracing;
  tracing = on;
  try {
    return f();
  } finally {
    tracing = was;
  }
}

export function covered(pkg: Package, basis: Source[], conditions: Condition<Text>[] = [], rule: Text = tx('rules.rule.covered')): Verdict {
  const v = verdict('covered', pkg, basis);
  v.conditions = conditions;
  if (tracing) v.trace.push({ rule, result: tx('rules.trace.covered', { pkg: msg(`package.${pkg}`) }), source: basis[0] });
  return v;
}

export function notCovered(text: Text, source: Source | null, rule: Text = tx('rules.rule.notCovered')): Verdict {
  const v = verdict('not_covered', null, source ? [source] : []);
  v.reasons.push({ text, source });
  if (tracing) v.trace.push({ rule, result: tx('rules.trace.notCovered', { reason: text }), ...(source ? { source } : {}) });
  return v;
}

export function undetermined(missing: Missing<Text>[], basis: Source[] = [], rule: Text = tx('rules.rule.undetermined')): Verdict {
  const v = verdict('undetermined', null, basis);
  v.missing = missing;
  if (tracing) v.trace.push({ rule, result: tx('rules.trace.undetermined', { ids: joined(missing.map((m) => m.text), 'semicolon') }) });
  return v;
}

/** A subject inside a list question ("the item"), in the reader's language (issue 16: words, not ids). */
export const subjectWords = (id: string): Message => tx(id);

export const listMissing = (id: string, text: Text): Missing<Text> => ({ kind: 'list', id, text });

export const condition = (id: string, text: Text, source: Source | null, met = false): Condition<Text> => ({ id, text, source, status: met ? 'met' : 'to_verify' });

/** A condition whose text the catalogue holds in kk, ru and en. */
export const conditionOf = (id: string, message: Message, source: Source | null, met = false): Condition<Text> => ({ id, text: message, source, status: met ? 'met' : 'to_verify', message });

// The texts of a gate that depend only on the package: made once (a gate runs in every reading of every request).
const GATE_TEXTS = new Map<Package, { rule: Message; none: Message }>();
function gateTexts(pkg: Package): { rule: Message; none: Message } {
  let t = GATE_TEXTS.get(pkg);
  if (!t) GATE_TEXTS.set(pkg, (t = { rule: tx('rules.rule.hasPackage', { pkg: msg(`package.${pkg}`) }), none: tx('rules.noPackage', { pkg: msg(`package.${pkg}`) }) }));
  return t;
}

/** Runs `then` only for a person the package is for; otherwise says why not, or what is missing. */
export function gate(fact: Fact, pkg: Package, then: () => Verdict): Verdict {
  if (fact.state === true) {
    const v = then();
    if (v.outcome === 'covered') v.basis = [...fact.basis, ...v.basis];
    return v;
  }
  const texts = gateTexts(pkg);
  const rule = tracing ? texts.rule : '';
  if (fact.state === false) return notCovered(fact.note ? tx('rules.noPackageNote', { pkg: msg(`package.${pkg}`), note: fact.note }) : texts.none, fact.basis[0] ?? null, rule);
  return undetermined(fact.missing, fact.basis, rule);
}

/**
 * Tries routes in order: the first that covers wins. Otherwise any undetermined route makes the whole
 * undetermined; only when every route says no is the answer not covered, with all their reasons.
 */
export function firstOf(...routes: (() => Verdict)[]): Verdict {
  // Run in every reading: indexed loops (no iterators), and no list built that the result does not keep.
  const tried: Verdict[] = [];
  for (let r = 0; r < routes.length; r++) {
    const v = routes[r]!();
    if (v.outcome === 'covered') {
      if (tried.length > 0) {
        const trace: Verdict['trace'] = [];
        for (let i = 0; i < tried.length; i++) append(trace, tried[i]!.trace);
        v.trace = trace.concat(v.trace);
      }
      return v;
    }
    tried.push(v);
  }
  let open = false;
  for (let i = 0; i < tried.length; i++) if (tried[i]!.outcome === 'undetermined') open = true;
  const merged = verdict(open ? 'undetermined' : 'not_covered', null);
  // Sources are the corpus's own objects: identity drops the repeats without hashing their quotes.
  // The lists are short (a few routes): arrays, not a Set and a Map built and spread in every reading.
  const basis = merged.basis;
  const missing = merged.missing;
  for (let i = 0; i < tried.length; i++) {
    const t = tried[i]!;
    append(merged.trace, t.trace);
    append(merged.reasons, t.reasons);
    append(merged.notes, t.notes);
    if (!open) append(merged.conditions, t.conditions);
    for (let j = 0; j < t.basis.length; j++) if (!basis.includes(t.basis[j]!)) basis.push(t.basis[j]!);
    // One per id, where it first came, holding the last with that id (as a Map keeps them).
    if (t.outcome === 'undetermined')
      for (let j = 0; j < t.missing.length; j++) {
        const m = t.missing[j]!;
        let k = 0;
        while (k < missing.length && missing[k]!.id !== m.id) k++;
        missing[k] = m;
      }
  }
  return merged;
}

function append<T>(to: T[], xs: readonly T[]): void {
  for (let i = 0; i < xs.length; i++) to.push(xs[i]!);
}

/** The programme's national packages apply only within its period; outside it the answer is open. */
export function outsideProgramme(e: Engine, f: Facts): Verdict | null {
  const { from, to, source } = e.corpus.programme.content.period;
  if (f.date >= from && f.date <= to) return null;
  const v = undetermined([listMissing('programme-for-date', tx('rules.programmeForDate', { date: f.date, from, to }))], [source], tx('rules.rule.programmePeriod'));
  return v;
}

/** A prerequisite fact carried by a boolean field: met, failed (not covered), or missing (asked over its values). */
export function requireFlag(f: Facts, field: BoolField, text: Text, source: Source, onMet: (c: Condition<Text>) => Verdict): Verdict {
  const value = f.flag(field);
  if (value === true) return onMet(condition(field, text, source, true));
  if (value === false) return notCovered(tx('rules.flagNotMet', { text: text, field: tx(`readable.fact.${field}.false`) }), source, text);
  return undetermined([{ kind: 'fact', id: field, field, text }], [source], text);
}
