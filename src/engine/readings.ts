// Readings over the unknown facts. A rule asks for a fact the request leaves open; the enumerator
// answers with one of its values and, after the run, re-runs the rule under each other value. Only
// facts a rule actually asked for are enumerated (lazily, depth first), up to MAX_READINGS.
// The readings are then combined: the same outcome in every one is the answer; otherwise the answer
// is undetermined, with the questions that settle it, the most decisive first.
import { msg, render, sameText, type Message, type Text } from '../i18n/index.js';
import type { Condition, InterpretationUse, Missing, Package, PackageWhen, Question, Reading, Reason, TraceStep, Verdict } from './decision.js';
import { allOf, authorityOf, factMessage, factWords, readingWords, simplify, whenOf, type When } from './readable.js';
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

function question(e: Engine, leaves: Leaf[], u: Unknown, c: number): { q: Question; score: number } {
  let score = 0;
  const values = u.values.map((value) => {
    const mine = consistent(leaves, c, value);
    const a = agree(mine);
    if (a.outcome !== 'undetermined') score += mine.length;
    const w = factWords(e, u, value);
    return { value, ...a, text: w.text, message: w.message };
  });
  const who = authorityOf(e, u);
  return { q: { field: u.field, kind: u.kind, text: english(u.text), message: u.text, values, ...(who ? { authority: { text: english(who), message: who } } : {}) }, score };
}

/** A reading's facts, in words; an interpretation the project takes by default is named in `interpretations`, not here. */
export function readingOf(e: Engine, l: Leaf, unknowns: Map<string, Unknown>): Reading {
  const facts: Reading['facts'] = [];
  const words: Message[] = [];
  l.assign.forEach((value, id) => {
    const u = unknowns.get(id)!;
    const w = factWords(e, u, value);
    facts.push({ field: u.field, value, text: w.text, message: w.message });
    if (!(u.kind === 'interpretation' && u.default)) words.push(w.message);
  });
  const message = allOf(words) as Message;
  return {
    assumption: english(message),
    message,
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
    const readings = u.values.map((value) => {
      const w = readingWords(e, u, value);
      return { value, ...agree(consistent(leaves, c, value)), default: value === u.default, text: english(w), message: w };
    });
    const m = interpretationMessage(id);
    out.push({ id, source: i.source, used, text: english(m), message: m, readings });
  }
  return out;
}

/** Columns the words leave out: an interpretation the project takes, the same in every reading the answer rests on. */
function hiddenColumns(unknowns: Map<string, Unknown>): boolean[] {
  return [...unknowns.values()].map((u) => u.kind === 'interpretation' && !!u.default);
}

// Reasons and conditions of one answer mostly hold in the same readings: each set is put in words once.
const whenMemo = new WeakMap<Leaf[], { index: Map<Leaf, number>; said: Map<string, When | null>; us: Unknown[]; hide: boolean[]; values: (readonly string[])[] }>();

/** The readings in words: under which of `main` the `some` hold; null where they are all of them. */
function whenIn(e: Engine, some: Leaf[], main: Leaf[], unknowns: Map<string, Unknown>, short?: Message): When | null {
  if (some.length === main.length) return null;
  let memo = whenMemo.get(main);
  if (!memo) {
    const us = [...unknowns.values()];
    whenMemo.set(main, (memo = { index: new Map(main.map((l, i) => [l, i])), said: new Map(), us, hide: hiddenColumns(unknowns), values: us.map((u) => u.values) }));
  }
  const key = some.map((l) => memo.index.get(l)).join(',') + (short ? `|${short.id}` : '');
  const had = memo.said.get(key);
  if (had !== undefined) return had;
  const { us, hide, values } = memo;
  const terms = some.map((l) => l.row!.map((v, c) => (hide[c] ? undefined : v)));
  const when = whenOf(simplify(terms, values), us, (u, v) => factMessage(e, u, v), short);
  memo.said.set(key, when);
  return when;
}

/** Items of the readings that read alike, once each, with the readings that hold them. */
function gather<T>(leaves: Leaf[], list: (v: Verdict) => T[], alike: (a: T, b: T) => boolean): { item: T; in: Leaf[] }[] {
  const out: { item: T; in: Leaf[] }[] = [];
  for (const l of leaves)
    for (const x of list(l.verdict)) {
      const o = out.find((g) => alike(g.item, x));
      if (!o) out.push({ item: x, in: [l] });
      else {
        // The last of them, where the first stood (as the answers had it).
        o.item = x;
        if (!o.in.includes(l)) o.in.push(l);
      }
    }
  return out;
}

/** Conditions by id, and by text only where two share an id; each with the readings it holds in. */
function uniqueConditions(e: Engine, main: Leaf[], unknowns: Map<string, Unknown>): Condition<Text>[] {
  const alike = (o: Condition<Text>, c: Condition<Text>) => o.id === c.id && (sameText(o.text, c.text) || o.message === c.message);
  return gather(main, (v) => v.conditions, alike).map((g) => withWhen(g.item, whenIn(e, g.in, main, unknowns)));
}

/** The reasons that read the same, once, each with the readings it holds in: only those of readings that are not covered. */
function uniqueReasons(e: Engine, main: Leaf[], unknowns: Map<string, Unknown>): Reason<Text>[] {
  const notCovered = main.some((l) => l.verdict.outcome !== 'covered') ? main.filter((l) => l.verdict.outcome !== 'covered') : main;
  // A reason of every reading that is not free is said so, shortly; its readings stay in the data.
  const every = tx('readable.inEveryNotFree');
  return gather(notCovered, (v) => v.reasons, (a, b) => sameText(a.text, b.text)).map((g) => withWhen(g.item, whenIn(e, g.in, main, unknowns, g.in.length === notCovered.length ? every : undefined)));
}

const withWhen = <T extends object>(x: T, when: When | null): T => (when ? { ...x, when } : x);

/** Covered in every reading, in more than one package: each package with the readings that give it. */
function packagesIn(e: Engine, main: Leaf[], unknowns: Map<string, Unknown>): PackageWhen[] {
  const by = new Map<Package | null, Leaf[]>();
  for (const l of main) by.set(l.verdict.package, [...(by.get(l.verdict.package) ?? []), l]);
  return [...by].map(([pkg, ls]) => ({ package: pkg, when: whenIn(e, ls, main, unknowns)! }));
}

/** The trace follows one reading: a step before it says which, in words. */
const traceHeads = new WeakMap<Verdict, TraceStep<Text>>();
export const traceHead = (v: Verdict): TraceStep<Text> | undefined => traceHeads.get(v);

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
  v.readings = main.map((l) => readingOf(e, l, unknowns));
  v.interpretations = interpretationUses(e, leaves, main, unknowns, outcome);
  v.trace = [...main[0]!.verdict.trace, { rule: tx('rules.rule.readings'), result: tx(bounded ? 'rules.trace.readingsBound' : 'rules.trace.readings', { count: main.length, n: unknowns.size, outcome: msg(`outcome.${outcome}`) }) }];
  const shown = v.readings[0];
  if (shown && main.length > 1) traceHeads.set(v, { rule: tx('readable.trace.reading'), result: shown.message! });
  if (outcome !== 'undetermined') {
    v.conditions = uniqueConditions(e, main, unknowns);
    v.reasons = uniqueReasons(e, main, unknowns);
    if (outcome === 'covered' && !bounded && v.package === null && main.length > 1) v.packages = packagesIn(e, main, unknowns);
    return v;
  }
  v.reasons = uniqueReasons(e, main, unknowns);
  const missing: Missing<Text>[] = [];
  for (const x of all) if (x.outcome === 'undetermined') for (const m of x.missing) missing.push(m);
  const matters = relevantColumns(main, col.size);
  const asked = [...unknowns.values()].filter((u) => !(u.kind === 'interpretation' && u.default) && matters[col.get(u.id)!]);
  // What the person knows (age, work, a referral) before a reading of a text, and that before a list only an authority holds.
  const rank = { fact: 0, interpretation: 1, list: 2 } as const;
  const scored = asked.map((u) => ({ ...question(e, main, u, col.get(u.id)!), rank: rank[u.kind] })).sort((x, y) => x.rank - y.rank || y.score - x.score);
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
