// Readings over the unknown facts. A rule asks for a fact the request leaves open; the enumerator
// answers with one of its values and, after the run, re-runs the rule under each other value. Only
// facts a rule actually asked for are enumerated (lazily, depth first), up to MAX_READINGS.
// The readings are then combined: the same outcome in every one is the answer; otherwise the answer
// is undetermined, with the questions that settle it, the most decisive first.
import { msg, render, sameText, type Message, type Text } from '../i18n/index.js';
import type { Condition, InterpretationUse, Missing, Package, Question, Reading, Reason, Verdict } from './decision.js';
import { verdict } from './decision.js';
import type { Oracle, Unknown } from './facts.js';
import type { Engine } from './compile.js';
import { tx } from '../i18n/index.js';

export const MAX_READINGS = 64;

export interface Leaf {
  /** The value of every unknown asked on this path, by id. */
  assign: Map<string, string>;
  verdict: Verdict;
  /** The outcome and package as one string, set by `combine`. */
  key?: string;
}

const NO_ASKS = new Map<string, string>();

/** Answers each unknown from a fixed prefix, else with its first value, remembering what it added. */
class PathOracle implements Oracle {
  assign: Map<string, string>;
  fresh: Unknown[] | null = null;
  constructor(
    prefix: Map<string, string>,
    private readonly seen: Map<string, Unknown>,
    readonly used: Set<string>,
  ) {
    this.assign = prefix;
  }
  ask(u: Unknown): string | null {
    const v = this.assign.get(u.id);
    if (v !== undefined) return v;
    // Copy on the first fresh ask: the prefix is shared with the stack.
    if (this.fresh === null) {
      this.fresh = [];
      this.assign = new Map(this.assign);
    }
    this.seen.set(u.id, u);
    this.fresh.push(u);
    this.assign.set(u.id, u.values[0]!);
    return u.values[0]!;
  }
}

export interface Enumeration {
  leaves: Leaf[];
  unknowns: Map<string, Unknown>;
  bounded: boolean;
  /** Facts the rules consulted in any reading. */
  used: Set<string>;
}

/** Runs `run` once per reading of the unknowns it asks for. A request with nothing open runs once. */
export function enumerate(run: (oracle: Oracle) => Verdict): Enumeration {
  const unknowns = new Map<string, Unknown>();
  const used = new Set<string>();
  const first = new PathOracle(NO_ASKS, unknowns, used);
  const leaves: Leaf[] = [{ assign: first.assign, verdict: run(first) }];
  if (first.fresh === null) return { leaves, unknowns, bounded: false, used };
  leaves[0]!.assign = first.assign;
  const stack: Map<string, string>[] = [];
  const branch = (prefix: Map<string, string>, fresh: Unknown[]): void => {
    // Each fresh unknown's other values, with the earlier fresh ones at their first value.
    for (let i = fresh.length - 1; i >= 0; i--) {
      const u = fresh[i]!;
      for (let k = u.values.length - 1; k >= 1; k--) {
        const next = new Map(prefix);
        for (let j = 0; j < i; j++) next.set(fresh[j]!.id, fresh[j]!.values[0]!);
        next.set(u.id, u.values[k]!);
        stack.push(next);
      }
    }
  };
  branch(NO_ASKS, first.fresh);
  let bounded = false;
  while (stack.length > 0) {
    if (leaves.length + stack.length > MAX_READINGS) {
      bounded = true;
      break;
    }
    const prefix = stack.pop()!;
    const oracle = new PathOracle(prefix, unknowns, used);
    leaves.push({ assign: oracle.assign, verdict: run(oracle) });
    if (oracle.fresh) {
      leaves[leaves.length - 1]!.assign = oracle.assign;
      branch(prefix, oracle.fresh);
    }
  }
  return { leaves, unknowns, bounded, used };
}

const keyOf = (v: Verdict): string => (v.outcome === 'undetermined' ? 'undetermined' : `${v.outcome}|${v.package}`);
const key = (l: Leaf): string => (l.key ??= keyOf(l.verdict));

function dedupe<T>(xs: T[], k: (x: T) => string): T[] {
  return [...new Map(xs.map((x) => [k(x), x])).values()];
}

/** The common outcome of a set of leaves, or undetermined. */
function agree(leaves: Leaf[]): { outcome: Verdict['outcome']; package: Package | null } {
  const first = leaves[0];
  if (!first || leaves.some((l) => key(l) !== key(first))) {
    if (first && first.verdict.outcome !== 'undetermined' && leaves.every((l) => l.verdict.outcome === first.verdict.outcome)) return { outcome: first.verdict.outcome, package: null };
    return { outcome: 'undetermined', package: null };
  }
  return { outcome: first.verdict.outcome, package: first.verdict.package };
}

const consistent = (leaves: Leaf[], id: string, value: string): Leaf[] => leaves.filter((l) => (l.assign.get(id) ?? value) === value);

function compatible(a: Leaf, b: Leaf, except: string): boolean {
  let ok = true;
  a.assign.forEach((v, id) => {
    if (ok && id !== except) {
      const w = b.assign.get(id);
      if (w !== undefined && w !== v) ok = false;
    }
  });
  return ok;
}

/** A fact matters if two readings that differ only in it (on what both asked) end differently. */
function relevant(leaves: Leaf[], id: string): boolean {
  // Quick answers first: one result in all readings, or a fact asked in only one value.
  if (leaves.every((l) => key(l) === key(leaves[0]!))) return false;
  for (let i = 0; i < leaves.length; i++) {
    const a = leaves[i]!;
    const va = a.assign.get(id);
    if (va === undefined) continue;
    for (let j = i + 1; j < leaves.length; j++) {
      const b = leaves[j]!;
      const vb = b.assign.get(id);
      if (vb === undefined || vb === va || key(a) === key(b)) continue;
      if (compatible(a, b, id)) return true;
    }
  }
  return false;
}

function question(leaves: Leaf[], u: Unknown): { q: Question; score: number } {
  let score = 0;
  const values = u.values.map((value) => {
    const mine = consistent(leaves, u.id, value);
    const a = agree(mine);
    if (a.outcome !== 'undetermined') score += mine.length;
    return { value, ...a };
  });
  return { q: { field: u.field, kind: u.kind, text: english(u.text), message: u.text, values }, score };
}

export function readingOf(l: Leaf, unknowns: Map<string, Unknown>): Reading {
  const facts = [...l.assign].map(([id, value]) => ({ field: unknowns.get(id)?.field ?? id, value }));
  return {
    assumption: facts.map((x) => `${x.field} = ${x.value}`).join('; '),
    facts,
    outcome: l.verdict.outcome,
    package: l.verdict.package,
    basis: l.verdict.basis,
  };
}

/** Is this reading one of an interpretation the project does not take by default? */
function alternative(l: Leaf, unknowns: Map<string, Unknown>): boolean {
  for (const [id, v] of l.assign) {
    const u = unknowns.get(id)!;
    if (u.kind === 'interpretation' && u.default && u.default !== v) return true;
  }
  return false;
}

// Rendered once per message object: most of the readings' texts have no parameters.
const rendered = new WeakMap<Message, string>();
export function english(m: Message): string {
  let t = rendered.get(m);
  if (t === undefined) rendered.set(m, (t = render(m, 'en')));
  return t;
}
const interpMessages = new Map<string, Message>();
const interpretationMessage = (id: string): Message => {
  let m = interpMessages.get(id);
  if (!m) interpMessages.set(id, (m = msg(`engine.interp.${id}`)));
  return m;
};

function interpretationUses(e: Engine, leaves: Leaf[], main: Leaf[], unknowns: Map<string, Unknown>, outcome: Verdict['outcome']): InterpretationUse[] {
  const out: InterpretationUse[] = [];
  for (const u of unknowns.values()) {
    if (u.kind !== 'interpretation') continue;
    const id = u.id.slice('interpretation:'.length);
    const i = e.interpretations.get(id)!;
    const used = u.default ?? (outcome === 'undetermined' ? null : (main.find((l) => l.assign.has(u.id))?.assign.get(u.id) ?? null));
    const readings = u.values.map((value) => ({ value, ...agree(consistent(leaves, u.id, value)), default: value === u.default }));
    const m = interpretationMessage(id);
    out.push({ id, source: i.source, used, text: english(m), message: m, readings });
  }
  return out;
}

/** Conditions by id, and by text only where two share an id. */
function uniqueConditions(cs: Condition<Text>[]): Condition<Text>[] {
  const out: Condition<Text>[] = [];
  for (const c of cs) if (!out.some((o) => o.id === c.id && (sameText(o.text, c.text) || o.message === c.message))) out.push(c);
  return out;
}

/** Reasons that read the same, once: the last of them, where the first stood. */
function uniqueReasons(rs: Reason<Text>[]): Reason<Text>[] {
  const out: Reason<Text>[] = [];
  for (const r of rs) {
    const i = out.findIndex((o) => sameText(o.text, r.text));
    if (i < 0) out.push(r);
    else out[i] = r;
  }
  return out;
}

/** Only the outcome, package and basis of the readings: what a remedy needs to know. */
export function outcomeOf({ leaves, unknowns, bounded }: Enumeration): { outcome: Verdict['outcome']; package: Package | null; basis: Verdict['basis'] } {
  const main = leaves.filter((l) => !alternative(l, unknowns));
  const a = agree(main);
  if (bounded || a.outcome === 'undetermined') return { outcome: 'undetermined', package: null, basis: [] };
  return { ...a, basis: [...new Set(main.flatMap((l) => l.verdict.basis))] };
}

/** One verdict from the readings. */
export function combine(e: Engine, { leaves, unknowns, bounded }: Enumeration): Verdict {
  const main = leaves.filter((l) => !alternative(l, unknowns));
  const a = agree(main);
  const outcome = bounded ? 'undetermined' : a.outcome;
  const all = main.map((l) => l.verdict);
  // Sources are shared objects from the compiled corpus: identity is enough to drop repeats.
  const v = verdict(outcome, bounded ? null : a.package, [...new Set(all.flatMap((x) => x.basis))]);
  v.notes = [...new Set(all.flatMap((x) => x.notes))];
  v.readings = main.map((l) => readingOf(l, unknowns));
  v.interpretations = interpretationUses(e, leaves, main, unknowns, outcome);
  v.trace = [...main[0]!.verdict.trace, { rule: tx('rules.rule.readings'), result: tx(bounded ? 'rules.trace.readingsBound' : 'rules.trace.readings', { count: main.length, n: unknowns.size, outcome: msg(`outcome.${outcome}`) }) }];
  if (outcome !== 'undetermined') {
    v.conditions = uniqueConditions(all.flatMap((x) => x.conditions));
    v.reasons = uniqueReasons(all.flatMap((x) => x.reasons));
    return v;
  }
  v.reasons = uniqueReasons(all.flatMap((x) => x.reasons));
  const missing: Missing<Text>[] = all.filter((x) => x.outcome === 'undetermined').flatMap((x) => x.missing);
  const asked = [...unknowns.values()].filter((u) => !(u.kind === 'interpretation' && u.default) && relevant(main, u.id));
  const scored = asked.map((u) => question(main, u)).sort((x, y) => y.score - x.score);
  v.questions = scored.map((s) => s.q);
  for (const u of asked) missing.push({ kind: u.kind, id: u.id, ...(u.kind !== 'interpretation' && !u.id.includes(':') ? { field: u.field } : {}), text: u.text });
  if (bounded) {
    const m = msg('engine.readings.bound', { max: MAX_READINGS });
    missing.push({ kind: 'fact', id: 'readings-bound', text: m });
    v.notes.push(m);
  }
  v.missing = dedupe(missing, (m) => m.id);
  return v;
}
