// Building blocks shared by the rules: verdicts, gates on a package, and combining routes.
import type { Source } from '../../corpus/schema.js';
import type { Condition, Missing, Package, Verdict } from '../decision.js';
import { verdict } from '../decision.js';
import type { Message } from '../../i18n/index.js';
import { english } from '../readings.js';
import type { Engine } from '../compile.js';
import type { BoolField, Fact, Facts } from '../facts.js';

export type Rule = (engine: Engine, facts: Facts) => Verdict;

export function covered(pkg: Package, basis: Source[], conditions: Condition[] = [], rule = 'covered'): Verdict {
  const v = verdict('covered', pkg, basis);
  v.conditions = conditions;
  v.trace.push({ rule, result: `covered by ${pkg}`, source: basis[0] });
  return v;
}

export function notCovered(text: string, source: Source | null, rule = 'not covered'): Verdict {
  const v = verdict('not_covered', null, source ? [source] : []);
  v.reasons.push({ text, source });
  v.trace.push({ rule, result: `not covered: ${text}`, ...(source ? { source } : {}) });
  return v;
}

/** Not covered, for a reason the catalogue holds in kk, ru and en (the text is its English). */
export function notCoveredBecause(message: Message, source: Source | null, rule = 'not covered'): Verdict {
  const v = notCovered(english(message), source, rule);
  v.reasons[0]!.message = message;
  return v;
}

export function undetermined(missing: Missing[], basis: Source[] = [], rule = 'undetermined'): Verdict {
  const v = verdict('undetermined', null, basis);
  v.missing = missing;
  v.trace.push({ rule, result: `undetermined: needs ${missing.map((m) => m.id).join(', ')}` });
  return v;
}

export const listMissing = (id: string, text: string): Missing => ({ kind: 'list', id, text });

export const condition = (id: string, text: string, source: Source | null, met = false): Condition => ({ id, text, source, status: met ? 'met' : 'to_verify' });

/** A condition whose text the catalogue holds in kk, ru and en. */
export const conditionOf = (id: string, message: Message, source: Source | null, met = false): Condition => ({ id, text: english(message), source, status: met ? 'met' : 'to_verify', message });

/** Runs `then` only for a person the package is for; otherwise says why not, or what is missing. */
export function gate(fact: Fact, pkg: Package, then: () => Verdict): Verdict {
  if (fact.state === true) {
    const v = then();
    if (v.outcome === 'covered') v.basis = [...fact.basis, ...v.basis];
    return v;
  }
  if (fact.state === false) return notCovered(`the person does not have ${pkg === 'gvfmc' ? 'GVFMC' : 'CSHI'}${fact.note ? ` (${fact.note})` : ''}`, fact.basis[0] ?? null, `has ${pkg}`);
  return undetermined(fact.missing, fact.basis, `has ${pkg}`);
}

/**
 * Tries routes in order: the first that covers wins. Otherwise any undetermined route makes the whole
 * undetermined; only when every route says no is the answer not covered, with all their reasons.
 */
export function firstOf(...routes: (() => Verdict)[]): Verdict {
  // Run in every reading: plain loops, and no list built that the result does not keep.
  const tried: Verdict[] = [];
  for (const route of routes) {
    const v = route();
    if (v.outcome === 'covered') {
      if (tried.length > 0) {
        const trace: Verdict['trace'] = [];
        for (const t of tried) trace.push(...t.trace);
        v.trace = trace.concat(v.trace);
      }
      return v;
    }
    tried.push(v);
  }
  const open = tried.some((t) => t.outcome === 'undetermined');
  const merged = verdict(open ? 'undetermined' : 'not_covered', null);
  // Sources are the corpus's own objects: identity drops the repeats without hashing their quotes.
  const basis = new Set<Source>();
  const missing = new Map<string, Missing>();
  for (const t of tried) {
    merged.trace.push(...t.trace);
    merged.reasons.push(...t.reasons);
    merged.notes.push(...t.notes);
    if (!open) merged.conditions.push(...t.conditions);
    for (const b of t.basis) basis.add(b);
    if (t.outcome === 'undetermined') for (const m of t.missing) missing.set(m.id, m);
  }
  merged.missing = [...missing.values()];
  merged.basis = [...basis];
  return merged;
}

/** The programme's national packages apply only within its period; outside it the answer is open. */
export function outsideProgramme(e: Engine, f: Facts): Verdict | null {
  const { from, to, source } = e.corpus.programme.content.period;
  if (f.date >= from && f.date <= to) return null;
  const v = undetermined([listMissing('programme-for-date', `the programme of guarantees in force on ${f.date}, which the corpus does not hold (it holds ${from} to ${to})`)], [source], 'programme period');
  return v;
}

/** A prerequisite fact carried by a boolean field: met, failed (not covered), or missing (asked over its values). */
export function requireFlag(f: Facts, field: BoolField, text: string, source: Source, onMet: (c: Condition) => Verdict): Verdict {
  const value = f.flag(field);
  if (value === true) return onMet(condition(field, text, source, true));
  if (value === false) return notCovered(`${text}: not met (${field} is false)`, source, text);
  return undetermined([{ kind: 'fact', id: field, field, text }], [source], text);
}
