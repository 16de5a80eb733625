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
  /** The same values as a row by column (see `tabulate`), undefined where this reading did not ask. */
  row?: (string | undefined)[];
}

const NO_ASKS = new Map<string, string>();

/** A copy of a reading's values (by forEach: a Map built from an iterable allocates per entry). */
function copyOf(m: Map<string, string>): Map<string, string> {
  const out = new Map<string, string>();
  m.forEach((v, k) => out.set(k, v));
  return out;
}

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
      this.assign = copyOf(this.assign);
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
  /** Ended early by `enough`: the leaves are not all the readings. */
  stopped?: boolean;
}

/**
 * Runs `run` once per reading of the unknowns it asks for. A request with nothing open runs once.
 * `enough` may end the enumeration early, at a reading that already settles what the caller needs.
 */
export function enumerate(run: (oracle: Oracle) => Verdict, enough?: (l: Leaf, unknowns: Map<string, Unknown>) => boolean): Enumeration {
  const unknowns = new Map<string, Unknown>();
  const used = new Set<string>();
  const first = new PathOracle(NO_ASKS, unknowns, used);
  const leaves: Leaf[] = [{ assign: first.assign, verdict: run(first) }];
  if (first.fresh === null) return { leaves, unknowns, bounded: false, used };
  leaves[0]!.assign = first.assign;
  if (enough?.(leaves[0]!, unknowns)) return { leaves, unknowns, bounded: false, used, stopped: true };
  const stack: Map<string, string>[] = [];
  const branch = (prefix: Map<string, string>, fresh: Unknown[]): void => {
    // Each fresh unknown's other values, with the earlier fresh ones at their first value.
    for (let i = fresh.length - 1; i >= 0; i--) {
      const u = fresh[i]!;
      for (let k = u.values.length - 1; k >= 1; k--) {
        const next = copyOf(prefix);
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
    const leaf: Leaf = { assign: oracle.assign, verdict: run(oracle) };
    leaves.push(leaf);
    if (oracle.fresh) {
      leaf.assign = oracle.assign;
      branch(prefix, oracle.fresh);
    }
    if (enough?.(leaf, unknowns)) return { leaves, unknowns, bounded, used, stopped: true };
  }
  return { leaves, unknowns, bounded, used };
}

/** Do two readings end alike: the same outcome and, unless undetermined, the same package? */
const same = (a: Leaf, b: Leaf): boolean => a.verdict.outcome === b.verdict.outcome && (a.verdict.outcome === 'undetermined' || a.verdict.package === b.verdict.package);

/** One of each key, where it first appears, holding the last with that key (as a Map keeps them). */
function dedupe<T>(xs: T[], k: (x: T) => string): T[] {
  const m = new Map<string, T>();
  for (const x of xs) m.set(k(x), x);
  return [...m.values()];
}

/** The distinct members of the verdicts' lists, in order of first appearance. */
function unionOf<T>(vs: Verdict[], list: (v: Verdict) => T[]): T[] {
  if (vs.length === 1) return [...new Set(list(vs[0]!))];
  const set = new Set<T>();
  for (const v of vs) for (const x of list(v)) set.add(x);
  return [...set];
}

/** The common outcome of a set of leaves, or undetermined. */
function agree(leaves: Leaf[]): { outcome: Verdict['outcome']; package: Package | null } {
  const first = leaves[0];
  if (!first || leaves.some((l) => !same(l, first))) {
    if (first && first.verdict.outcome !== 'undetermined' && leaves.every((l) => l.verdict.outcome === first.verdict.outcome)) return { outcome: first.verdict.outcome, package: null };
    return { outcome: 'undetermined', package: null };
  }
  return { outcome: first.verdict.outcome, package: first.verdict.package };
}

/**
 * Gives each reading its values as a row, one column per unknown (in the order first asked), and
 * returns the columns. Combine compares readings many times over; arrays make that cheap.
 */
function tabulate(leaves: Leaf[], unknowns: Map<string, Unknown>): Map<string, number> {
  const col = new Map<string, number>();
  for (const id of unknowns.keys()) col.set(id, col.size);
  for (const l of leaves) {
    const row = new Array<string | undefined>(col.size).fill(undefined);
    l.assign.forEach((v, id) => {
      row[col.get(id)!] = v;
    });
    l.row = row;
  }
  return col;
}

/** The readings that hold under this value of a column (or did not ask it). */
const consistent = (leaves: Leaf[], c: number, value: string): Leaf[] =>
  leaves.filter((l) => {
    const v = l.row![c];
    return v === undefined || v === value;
  });

/**
 * The columns that matter: a fact matters if two readings that differ only in it (on what both
 * asked) end differently. One pass over the pairs finds them all.
 */
function relevantColumns(leaves: Leaf[], n: number): boolean[] {
  const out = new Array<boolean>(n).fill(false);
  for (let i = 0; i < leaves.length; i++) {
    const a = leaves[i]!;
    for (let j = i + 1; j < leaves.length; j++) {
      const b = leaves[j]!;
      if (same(a, b)) continue;
      // The one column both asked and answered differently, if there is exactly one.
      let only = -1;
      for (let c = 0; c < n; c++) {
        const va = a.row![c];
        const vb = b.row![c];
        if (va === undefined || vb === undefined || va === vb) continue;
        if (only !== -1) {
          only = -2;
          break;
        }
        only = c;
      }
      if (only >= 0) out[only] = true;
    }
  }
  return out;
}

function question(leaves: Leaf[], u: Unknown, c: number): { q: Question; score: number } {
  let score = 0;
  const values = u.values.map((value) => {
    const mine = consistent(leaves, c, value);
    const a = agree(mine);
    if (a.outcome !== 'undetermined') score += mine.length;
    return { value, ...a };
  });
  return { q: { field: u.field, kind: u.kind, text: english(u.text), message: u.text, values }, score };
}

export function readingOf(l: Leaf, unknowns: Map<string, Unknown>): Reading {
  const facts: Reading['facts'] = [];
  let assumption = '';
  l.assign.forEach((value, id) => {
    const field = unknowns.get(id)?.field ?? id;
    assumption += `${facts.length ? '; ' : ''}${field} = ${value}`;
    facts.push({ field, value });
  });
  return {
    assumption,
    facts,
    outcome: l.verdict.outcome,
    package: l.verdict.package,
    basis: l.verdict.basis,
  };
}

/** Is this reading one of an interpretation the project does not take by default? */
export function alternative(l: Leaf, unknowns: Map<string, Unknown>): boolean {
  for (const [id, v] of l.assign) {
    const u = unknowns.get(id)!;
    if (u.kind === 'interpretation' && u.default && u.default !== v) return true;
  }
  return false;
}

// Rendered once per message object: most of the readings' texts have no parameters. One with
// parameters goes through render each time, which finds a text it made before (i18n) and records
// the text's message for `messageOf`, as every rendering must.
const rendered = new WeakMap<Message, string>();
export function english(m: Message): string {
  if (m.params) return render(m, 'en');
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
  let c = -1;
  for (const u of unknowns.values()) {
    c++;
    if (u.kind !== 'interpretation') continue;
    const id = u.id.slice('interpretation:'.length);
    const i = e.interpretations.get(id)!;
    const used = u.default ?? (outcome === 'undetermined' ? null : (main.find((l) => l.row![c] !== undefined)?.row![c] ?? null));
    const readings = u.values.map((value) => ({ value, ...agree(consistent(leaves, c, value)), default: value === u.default }));
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

/** The verdicts' reasons that read the same, once: the last of them, where the first stood (no concatenated list). */
function uniqueReasons(vs: Verdict[]): Reason<Text>[] {
  const out: Reason<Text>[] = [];
  for (const v of vs) for (const r of v.reasons) {
    const i = out.findIndex((o) => sameText(o.text, r.text));
    if (i < 0) out.push(r);
    else out[i] = r;
  }
  return out;
}

/** The readings the answer rests on: all but those of an interpretation the project does not take. */
function mainReadings(leaves: Leaf[], unknowns: Map<string, Unknown>): Leaf[] {
  for (const u of unknowns.values()) if (u.kind === 'interpretation' && u.default) return leaves.filter((l) => !alternative(l, unknowns));
  return leaves;
}

/** `mainReadings` over the rows `tabulate` made. */
function mainRows(leaves: Leaf[], unknowns: Map<string, Unknown>): Leaf[] {
  const defaults: [number, string][] = [];
  let c = 0;
  for (const u of unknowns.values()) {
    if (u.kind === 'interpretation' && u.default) defaults.push([c, u.default]);
    c++;
  }
  if (defaults.length === 0) return leaves;
  return leaves.filter((l) => !defaults.some(([i, d]) => l.row![i] !== undefined && l.row![i] !== d));
}

/** Only the outcome, package and basis of the readings: what a remedy needs to know. */
export function outcomeOf({ leaves, unknowns, bounded }: Enumeration): { outcome: Verdict['outcome']; package: Package | null; basis: Verdict['basis'] } {
  const main = mainReadings(leaves, unknowns);
  const a = agree(main);
  if (bounded || a.outcome === 'undetermined') return { outcome: 'undetermined', package: null, basis: [] };
  return { ...a, basis: unionOf(main.map((l) => l.verdict), (x) => x.basis) };
}

/**
 * What a remedy needs: the package and basis when every reading is covered, else null. It stops at
 * the first reading the answer rests on that is not covered, since the answer cannot then be covered.
 */
export function coveredIn(run: (oracle: Oracle) => Verdict): { package: Package | null; basis: Verdict['basis'] } | null {
  const e = enumerate(run, (l, unknowns) => l.verdict.outcome !== 'covered' && !alternative(l, unknowns));
  if (e.stopped) return null;
  const o = outcomeOf(e);
  return o.outcome === 'covered' ? { package: o.package, basis: o.basis } : null;
}

/** One verdict from the readings. */
export function combine(e: Engine, { leaves, unknowns, bounded }: Enumeration): Verdict {
  const col = tabulate(leaves, unknowns);
  const main = mainRows(leaves, unknowns);
  const a = agree(main);
  const outcome = bounded ? 'undetermined' : a.outcome;
  const all = main.map((l) => l.verdict);
  // Sources are shared objects from the compiled corpus: identity is enough to drop repeats.
  const v = verdict(outcome, bounded ? null : a.package, unionOf(all, (x) => x.basis));
  v.notes = unionOf(all, (x) => x.notes);
  v.readings = main.map((l) => readingOf(l, unknowns));
  v.interpretations = interpretationUses(e, leaves, main, unknowns, outcome);
  v.trace = [...main[0]!.verdict.trace, { rule: tx('rules.rule.readings'), result: tx(bounded ? 'rules.trace.readingsBound' : 'rules.trace.readings', { count: main.length, n: unknowns.size, outcome: msg(`outcome.${outcome}`) }) }];
  if (outcome !== 'undetermined') {
    v.conditions = uniqueConditions(all.flatMap((x) => x.conditions));
    v.reasons = uniqueReasons(all);
    return v;
  }
  v.reasons = uniqueReasons(all);
  const missing: Missing<Text>[] = [];
  for (const x of all) if (x.outcome === 'undetermined') for (const m of x.missing) missing.push(m);
  const matters = relevantColumns(main, col.size);
  const asked = [...unknowns.values()].filter((u) => !(u.kind === 'interpretation' && u.default) && matters[col.get(u.id)!]);
  const scored = asked.map((u) => question(main, u, col.get(u.id)!)).sort((x, y) => y.score - x.score);
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
