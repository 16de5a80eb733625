// Seeded synthetic populations for tests and benches: plausible shares of residency, age, region and
// care type, with some facts left unknown. The ids come from the request schema (regions, care types,
// CSHI groups, residency) and the corpus (regional list rows, their drugs and ICD-10 codes); the
// weights below are illustrative round figures for a test population, not statistics.
import type { Corpus } from '../corpus/index.js';
import { residency as residencySchema } from '../corpus/schema.js';
import { CARE_TYPES, CSHI_GROUP_IDS, REGION_IDS, icd10Single, type Care, type EligibilityRequest, type Person } from '../engine/request.js';

type RegionId = (typeof REGION_IDS)[number];
type CareType = (typeof CARE_TYPES)[number];
type Residency = NonNullable<Person['residency']>;
type Group = (typeof CSHI_GROUP_IDS)[number];

/** A small fast PRNG (mulberry32): the same seed gives the same population. */
export function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

// Residents in millions, rounded; a region not named here counts as an average one (0.8).
const REGION_WEIGHT: Partial<Record<RegionId, number>> = { almaty: 2.2, turkistan: 2.1, almaty_oblast: 1.5, astana: 1.4, shymkent: 1.2, zhambyl: 1.2, karaganda: 1.1, ulytau: 0.2, north_kazakhstan: 0.5 };
const RESIDENCY_WEIGHT: Partial<Record<Residency, number>> = { citizen: 95.5, kandas: 1.5, foreign_permanent: 1.2, foreign_temporary: 1.2, stateless_permanent: 0.4, refugee: 0.2 };
const CARE_WEIGHT: Partial<Record<CareType, number>> = {
  phc: 30, outpatient_specialist: 18, outpatient_drug: 14, ambulance: 8, inpatient: 8, day_hospital: 6,
  rehabilitation: 3, blood: 2, pathology: 2, palliative: 1, air_ambulance: 0.5, transplantation: 0.3, treatment_abroad: 0.2,
};
/** Age bands [from, to] and their shares. */
const AGE_BANDS: [number, number, number][] = [[0, 17, 31], [18, 39, 33], [40, 62, 25], [63, 95, 11]];
/** How often each optional fact is left unknown. */
const UNKNOWN = { residency: 0.05, region: 0.04, birthDate: 0.08, sex: 0.03, employed: 0.15, contributions: 0.2, categories: 0.1, dispensary: 0.15, phcAttached: 0.1, form: 0.2, diagnosis: 0.15, referral: 0.2 };

function weighted<T extends string>(ids: readonly T[], weights: Partial<Record<T, number>>, fallback: number): (r: number) => T {
  const w = ids.map((id) => weights[id] ?? fallback);
  const sum = w.reduce((a, b) => a + b, 0);
  const cum: number[] = [];
  w.reduce((acc, x) => (cum.push((acc + x) / sum), acc + x), 0);
  return (r) => ids[cum.findIndex((c) => r < c)] ?? ids[ids.length - 1]!;
}

/** A single ICD-10 code a list row names (the first code of a range). */
function singleCode(code: string): string | null {
  const first = code.split('-')[0]!;
  return icd10Single.safeParse(first).success ? first : null;
}

interface ListPick {
  region: string;
  diagnosis: string;
  item: string;
}

function listPicks(corpus: Corpus): ListPick[] {
  const out: ListPick[] = [];
  for (const [region, holders] of corpus.listsByRegion) {
    for (const { list } of holders) {
      for (const row of list.rows) {
        const diagnosis = row.icd10.codes.map(singleCode).find((c) => c !== null);
        for (const item of row.items) if (diagnosis && item.named) out.push({ region, diagnosis, item: item.nameInAct });
      }
    }
  }
  return out;
}

function isoDay(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}

export interface SynthOptions {
  rows: number;
  seed: number;
  /** The date every request is for. */
  date: string;
}

/** The population, one request at a time (a generator, so ten million rows need no memory). */
export function* synthRequests(corpus: Corpus, o: SynthOptions): Generator<EligibilityRequest> {
  const r = rng(o.seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(r() * xs.length)]!;
  const known = (share: number) => r() >= share;
  const region = weighted(REGION_IDS, REGION_WEIGHT, 0.8);
  const residency = weighted(residencySchema.options, RESIDENCY_WEIGHT, 0.1);
  const careType = weighted(CARE_TYPES, CARE_WEIGHT, 1);
  const picks = listPicks(corpus);
  const diagnoses = [...new Set(picks.map((p) => p.diagnosis))];
  const day = 86_400_000;
  const asOf = Date.parse(`${o.date}T00:00:00Z`);
  const totalShare = AGE_BANDS.reduce((a, b) => a + b[2], 0);

  for (let i = 0; i < o.rows; i++) {
    let u = r() * totalShare;
    const band = AGE_BANDS.find((b) => (u -= b[2]) < 0) ?? AGE_BANDS[0]!;
    const age = band[0] + Math.floor(r() * (band[1] - band[0] + 1));
    const birth = asOf - age * 365.25 * day - Math.floor(r() * 365) * day;
    const sex = r() < 0.5 ? 'female' : 'male';
    const pregnant = sex === 'female' && age >= 18 && age <= 45 && r() < 0.08;
    const employed = age >= 18 && age < 63 && r() < 0.65;
    const groups: Group[] = [];
    if (age < 18) groups.push('child');
    if (age >= 63) groups.push('pensioner');
    if (pregnant && !employed) groups.push('non_working_pregnant');
    if (r() < 0.03) groups.push(pick(CSHI_GROUP_IDS));
    const type = careType(r());
    const fromList = type === 'outpatient_drug' && picks.length > 0 ? pick(picks) : null;
    const diagnosis = fromList?.diagnosis ?? (diagnoses.length ? pick(diagnoses) : undefined);
    const onRegister = diagnosis !== undefined && (fromList ? r() < 0.7 : r() < 0.25);

    const person: Person = {};
    if (known(UNKNOWN.residency)) person.residency = residency(r());
    if (known(UNKNOWN.region)) person.region = fromList && r() < 0.7 ? (fromList.region as RegionId) : region(r());
    if (known(UNKNOWN.birthDate)) person.birthDate = isoDay(Math.min(birth, asOf));
    if (known(UNKNOWN.sex)) person.sex = sex;
    if (sex === 'female' && known(UNKNOWN.sex)) person.pregnant = pregnant;
    if (known(UNKNOWN.employed)) person.employed = employed;
    if (known(UNKNOWN.contributions)) person.contributions = employed ? (r() < 0.85 ? 'paid' : 'unpaid') : pick(['paid', 'unpaid', 'exempt'] as const);
    if (known(UNKNOWN.categories)) person.categories = [...new Set(groups)];
    if (known(UNKNOWN.dispensary)) person.dispensary = onRegister ? [diagnosis!] : [];
    if (known(UNKNOWN.phcAttached)) person.phcAttached = r() < 0.92;

    const care: Care = { type };
    if (known(UNKNOWN.form)) care.form = type === 'ambulance' || type === 'air_ambulance' ? pick(['emergency', 'urgent'] as const) : r() < 0.7 ? 'planned' : pick(['emergency', 'urgent'] as const);
    if (diagnosis && known(UNKNOWN.diagnosis)) care.diagnosis = diagnosis;
    if (known(UNKNOWN.referral)) care.referral = r() < 0.6;
    if (fromList) care.item = fromList.item;
    yield { date: o.date, person, care };
  }
}
