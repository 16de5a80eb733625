// What a batch run adds up to: counts by outcome × package × region × care type, the missing facts
// and lists, the cited points, the refused rows, and (with a compare date) the answers that change.
// Each chunk keeps its own tally (plain Maps, which cross worker threads as they are); the main
// thread merges tallies in row order, so an interrupted run's summary covers exactly the rows written.
import type { Issue } from '../corpus/issues.js';

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
