// Deterministic mixed eligibility requests for the benchmarks (a seeded generator, no randomness between runs).
import { rng } from '../src/batch/synth.js';
export { rng };
import { CARE_TYPES, CSHI_GROUP_IDS, REGION_IDS, type EligibilityRequest } from '../src/engine/request.js';

const ITEMS = ['Натрий эноксапарині', 'эноксапарин натрия', 'enoxaparin sodium', 'Ритуксимаб', 'rituximab', 'Канакинумаб', 'Миртазапин', 'Тоцилизумаб', 'paracetamol', 'Глютенсіз печенье', 'Омализумаб', 'insulin glargine'];
const DIAGNOSES = ['I21.0', 'E84.0', 'M08.2', 'G40.9', 'J45.0', 'C50.9', 'F20.0', 'S72.0', 'I10', 'K29.7', 'A15.0', 'D68.0', 'B18.2', 'Q90.9', 'O99.1'];
const RESIDENCY = ['citizen', 'citizen', 'citizen', 'kandas', 'refugee', 'foreign_permanent', 'stateless_permanent', 'foreign_temporary'] as const;

export function mixedRequests(n: number, seed = 42): EligibilityRequest[] {
  const r = rng(seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(r() * xs.length)]!;
  const maybe = <T>(v: T): T | undefined => (r() < 0.8 ? v : undefined);
  const out: EligibilityRequest[] = [];
  for (let i = 0; i < n; i++) {
    const date = pick(['2024-06-01', '2026-05-01', '2026-11-22', '2027-03-01', '2028-01-15']);
    // Born before the request date, so every request is valid.
    const year = 1940 + Math.floor(r() * (Number(date.slice(0, 4)) - 1940));
    const type = pick(CARE_TYPES);
    const diagnosis = pick(DIAGNOSES);
    const sex = pick(['female', 'male'] as const);
    out.push({
      date,
      person: {
        residency: maybe(pick(RESIDENCY)),
        region: pick(REGION_IDS),
        birthDate: maybe(`${year}-0${1 + Math.floor(r() * 9)}-1${Math.floor(r() * 9)}`),
        sex,
        pregnant: sex === 'female' ? maybe(r() < 0.1) : maybe(false),
        employed: maybe(r() < 0.6),
        contributions: maybe(pick(['paid', 'unpaid', 'exempt'] as const)),
        categories: r() < 0.3 ? [pick(CSHI_GROUP_IDS)] : maybe([]),
        dispensary: r() < 0.5 ? [diagnosis] : maybe([]),
        phcAttached: maybe(r() < 0.9),
      },
      care: {
        type,
        form: maybe(pick(['emergency', 'urgent', 'planned'] as const)),
        diagnosis: maybe(diagnosis),
        referral: maybe(r() < 0.5),
        lifeThreatening: maybe(r() < 0.3),
        ...(type === 'outpatient_drug' ? { item: pick(ITEMS) } : {}),
      },
    });
  }
  return out;
}

/** The bodies bench/http sends (its server precomputes their answers from the same list). */
export const benchBodies = (n = 200): string[] => mixedRequests(n).map((r) => JSON.stringify(r));
/** The header naming a bench request's body by its index in benchBodies(). */
export const BODY_HEADER = 'x-bench-body';
