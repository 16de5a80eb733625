// Which caps of annex 1 a booking counts against, and whether one more place fits. Pure.
import type { LimitRow } from '../corpus/schema.js';
import type { AgeGroup, UsageTable } from './tables.js';

export type CapName = 'total' | 'children' | 'adults' | 'ruralTotal' | 'ruralChildren' | 'ruralAdults';
export type UsageColumn = 'total' | 'children' | 'adults' | 'rural_total' | 'rural_children' | 'rural_adults';

export const USAGE_COLUMN: Record<CapName, UsageColumn> = {
  total: 'total',
  children: 'children',
  adults: 'adults',
  ruralTotal: 'rural_total',
  ruralChildren: 'rural_children',
  ruralAdults: 'rural_adults',
};

/** The caps a booking of this age group (and rurality) draws on. */
export function applicableCaps(ageGroup: AgeGroup, rural: boolean): CapName[] {
  const age: CapName = ageGroup === 'child' ? 'children' : 'adults';
  return rural ? ['total', age, 'ruralTotal', ageGroup === 'child' ? 'ruralChildren' : 'ruralAdults'] : ['total', age];
}

export interface CapRefusal {
  cap: CapName;
  limit: number;
  used: number;
  remaining: number;
}

/** The first cap that one more booking would exceed, or null when it fits. Null caps are refused earlier. */
export function exceededCap(limit: LimitRow, usage: Pick<UsageTable, UsageColumn>, caps: CapName[]): CapRefusal | null {
  for (const cap of caps) {
    const max = limit[cap];
    const used = usage[USAGE_COLUMN[cap]];
    if (max === null || used + 1 > max) return { cap, limit: max ?? 0, used, remaining: Math.max(0, (max ?? 0) - used) };
  }
  return null;
}

/** Which applicable caps the act leaves as `*` (no bed fund) or unknown. */
export function nullCaps(limit: LimitRow, caps: CapName[]): CapName[] {
  return caps.filter((c) => limit[c] === null);
}
