// What a batch run adds up to: counts by outcome × package × region × care type, the missing facts
// and lists, the cited points, the refused rows, and (with a compare date) the answers that change.
// Each chunk keeps its own tally (plain Maps, which cross worker threads as they are); the main
// thread merges tallies in row order, so an interrupted run's summary covers exactly the rows written.
import type { Issue } from '../corpus/issues.js';
import type { Source } from '../corpus/schema.js';
import type { Decision } from '../engine/index.js';

export interface Tally {
  rows: number;
  refused: number;
  outcomes: Map<string, number>;
  /** Key: outcome \t package \t region \t care type ('' for unknown). */
  cross: Map<string, number>;
  /** Key: kind \t id. */
  missing: Map<string, number>;
  /** Key: act \t point. */
  cited: Map<string, number>;
  refusedFields: Map<string, number>;
  changed: number;
  /** Key: from \t to, each `outcome/package` or `refused`. */
  transitions: Map<string, number>;
}

export function newTally(): Tally {
  return { rows: 0, refused: 0, outcomes: new Map(), cross: new Map(), missing: new Map(), cited: new Map(), refusedFields: new Map(), changed: 0, transitions: new Map() };
}

export function bump(map: Map<string, number>, key: string, by = 1): void {
  map.set(key, (map.get(key) ?? 0) + by);
}

export function countRefused(t: Tally, issues: Issue[]): void {
  t.refused++;
  for (const field of new Set(issues.map((i) => i.path))) bump(t.refusedFields, field);
}

type Nested = Map<string, Nested | number>;

function bumpPath(root: Nested, keys: string[]): void {
  let node = root;
  for (let i = 0; i < keys.length - 1; i++) {
    let next = node.get(keys[i]!) as Nested | undefined;
    if (!next) node.set(keys[i]!, (next = new Map()));
    node = next;
  }
  const last = keys[keys.length - 1]!;
  node.set(last, ((node.get(last) as number | undefined) ?? 0) + 1);
}

function flatten(node: Nested, prefix: string, into: Map<string, number>): void {
  for (const [k, v] of node) {
    const key = prefix ? `${prefix}\t${k}` : k;
    if (typeof v === 'number') bump(into, key, v);
    else flatten(v, key, into);
  }
}

/** A block's counts, kept per row without building strings (keys are the engine's own strings and
 * source objects); `tally()` turns them into a Tally once per block. */
export class BlockCounter {
  private readonly base = newTally();
  private readonly cross: Nested = new Map();
  private readonly missing: Nested = new Map();
  private readonly cited = new Map<Source, number>();

  decided(d: Decision, region: string | undefined, careType: string): void {
    this.base.rows++;
    bump(this.base.outcomes, d.outcome);
    bumpPath(this.cross, [d.outcome, d.package ?? '', region ?? '', careType]);
    for (const m of d.missing) bumpPath(this.missing, [m.kind, m.id]);
    for (const b of d.basis) this.cited.set(b, (this.cited.get(b) ?? 0) + 1);
  }

  refused(issues: Issue[]): void {
    this.base.rows++;
    countRefused(this.base, issues);
  }

  changed(from: string, to: string): void {
    this.base.changed++;
    bump(this.base.transitions, `${from}\t${to}`);
  }

  tally(): Tally {
    const t = this.base;
    flatten(this.cross, '', t.cross);
    flatten(this.missing, '', t.missing);
    for (const [b, n] of this.cited) bump(t.cited, `${b.act}\t${b.point}`, n);
    return t;
  }
}

export function mergeTally(into: Tally, from: Tally): void {
  into.rows += from.rows;
  into.refused += from.refused;
  into.changed += from.changed;
  for (const k of ['outcomes', 'cross', 'missing', 'cited', 'refusedFields', 'transitions'] as const) {
    for (const [key, n] of from[k]) bump(into[k], key, n);
  }
}

const TOP = 20;
const byCount = (a: [string, number], b: [string, number]) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1);
const orNull = (s: string | undefined) => (s ? s : null);

/** The answer a transition side names: `covered/gvfmc`, `undetermined/-`, or `refused`. */
function side(s: string): { outcome: string; package: string | null } {
  const [outcome, pkg] = s.split('/');
  return { outcome: outcome!, package: pkg && pkg !== '-' ? pkg : null };
}

export interface SummaryHeader {
  datasetVersion: string;
  input: string;
  /** The date every row was answered on, when --date overrode the rows' own. */
  date: string | null;
  compareDate: string | null;
  interrupted: boolean;
  seconds: number;
}

export function summaryJson(t: Tally, header: SummaryHeader) {
  return {
    ...header,
    rows: t.rows,
    decided: t.rows - t.refused,
    refused: t.refused,
    outcomes: Object.fromEntries([...t.outcomes].sort(byCount)),
    counts: [...t.cross].sort(byCount).map(([k, rows]) => {
      const [outcome, pkg, region, careType] = k.split('\t');
      return { outcome: outcome!, package: orNull(pkg), region: orNull(region), careType: orNull(careType), rows };
    }),
    missing: [...t.missing].sort(byCount).slice(0, TOP).map(([k, rows]) => {
      const [kind, id] = k.split('\t');
      return { kind: kind!, id: id!, rows };
    }),
    cited: [...t.cited].sort(byCount).slice(0, TOP).map(([k, rows]) => {
      const [act, point] = k.split('\t');
      return { act: act!, point: point!, rows };
    }),
    refusedFields: [...t.refusedFields].sort(byCount).map(([field, rows]) => ({ field, rows })),
    changes:
      header.compareDate === null
        ? null
        : {
            rows: t.changed,
            transitions: [...t.transitions].sort(byCount).map(([k, rows]) => {
              const [from, to] = k.split('\t');
              return { from: side(from!), to: side(to!), rows };
            }),
          },
  };
}

export type Summary = ReturnType<typeof summaryJson>;
