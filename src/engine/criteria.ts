// Do the accessibility criteria of p.79 hold for a region? The region's measured values in, one
// verdict per criterion out: holds, fails, or undetermined when the value is not given.
import { z } from 'zod';
import type { ProgrammeContent, Source } from '../corpus/schema.js';
import { REGION_IDS } from './request.js';
import { msg, proseOf, render, type Lang, type Message } from '../i18n/index.js';

type Criterion = ProgrammeContent['criteria'][number];

export const CRITERION_IDS = [
  'ambulance_teams', 'category4_teams', 'doctor_team_share', 'gp_catchment', 'vaccination_coverage',
  'time_to_specialised_treatment', 'palliative_beds', 'dynamic_observation_coverage', 'green_corridor_oncology',
] as const;

/** Values in the criterion's own unit: "per" criteria take the count per that many residents. */
export const assessmentRequest = z.strictObject({
  region: z.enum(REGION_IDS).optional(),
  measurements: z.partialRecord(z.enum(CRITERION_IDS), z.number().finite().nonnegative()),
});
export type AssessmentRequest = z.infer<typeof assessmentRequest>;

export interface CriterionVerdict {
  number: number;
  id: string;
  holds: 'yes' | 'no' | 'undetermined';
  value: number | null;
  threshold: string;
  note?: string;
  message?: Message;
  source: Source;
}

/** The threshold in words in `lang` (the unit is the data's prose in three languages). */
export function thresholdText(t: Criterion['threshold'], lang: Lang = 'en'): string {
  const per = t.per ? msg('criteria.per', { per: t.per }) : '';
  const unit = proseOf(t.unit) ?? t.unit;
  const m = t.comparator === 'range' ? msg('criteria.thresholdRange', { min: t.min!, max: t.max!, unit, per }) : msg('criteria.threshold', { comparator: t.comparator, value: t.value ?? '', unit, per });
  return render(m, lang);
}

/** A note for the answer: its English text and its message (criteria are answered per request, not per reading). */
const noted = (m: Message) => ({ note: render(m, 'en'), message: m });
const inRange = (min: number, max: number) => noted(msg('rules.criteria.inRange', { min, max }));

function judge(c: Criterion, v: number): { holds: boolean; note?: string; message?: Message } {
  const t = c.threshold;
  switch (t.comparator) {
    case '>=':
      return { holds: v >= t.value! };
    case '<=':
      return { holds: v <= t.value! };
    case '==':
      return { holds: v === t.value! };
    case 'range':
      // "does not exceed 1700–2000": above the upper bound fails; inside the range is within what the act allows.
      return { holds: v <= t.max!, ...(v > t.min! && v <= t.max! ? inRange(t.min!, t.max!) : {}) };
  }
}

export function assessCriteria(criteria: Criterion[], request: AssessmentRequest): { region: string | null; criteria: CriterionVerdict[]; summary: { yes: number; no: number; undetermined: number } } {
  const verdicts = criteria.map((c): CriterionVerdict => {
    const value = request.measurements[c.id as (typeof CRITERION_IDS)[number]];
    const base = { number: c.number, id: c.id, threshold: thresholdText(c.threshold), source: c.source, ...(c.note ? { note: c.note } : {}) };
    if (value === undefined) return { ...base, holds: 'undetermined', value: null, ...noted(msg('rules.criteria.noValue', { id: c.id })) };
    const j = judge(c, value);
    return { ...base, holds: j.holds ? 'yes' : 'no', value, ...(j.note ? { note: j.note } : {}) };
  });
  const count = (h: CriterionVerdict['holds']) => verdicts.filter((v) => v.holds === h).length;
  return { region: request.region ?? null, criteria: verdicts, summary: { yes: count('yes'), no: count('no'), undetermined: count('undetermined') } };
}
