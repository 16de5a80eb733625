// Readings without repetition (issue 17): each derived fact is derived once per distinct answers and
// shared by the readings of a request (facts.ts, SharedFacts). Over many random requests, the answers
// must be deep-equal to those of the straightforward path, where every reading derives every fact
// afresh (deriveEachTime), including the remedies, questions, readings and trace.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { decide, type EligibilityRequest } from '../src/engine/index.js';
import { deriveEachTime } from '../src/engine/facts.js';
import { CARE_TYPES, CSHI_GROUP_IDS, REGION_IDS } from '../src/engine/request.js';
import { engineForTests } from './app-support.js';
import { mixedRequests } from '../bench/requests.js';

const engine = engineForTests();

const maybe = <T>(a: fc.Arbitrary<T>) => fc.option(a, { nil: undefined, freq: 2 });
const DIAGNOSES = ['I21.0', 'E84.0', 'M08.2', 'G40.9', 'J45.0', 'C50.9', 'F20.0', 'S72.0', 'I10', 'K29.7', 'A15.0', 'A01.0', 'D68.0', 'B18.2', 'Q90.9', 'O99.1', 'E75.2', 'Z00.0'];
const ITEMS = ['Натрий эноксапарині', 'enoxaparin sodium', 'Ритуксимаб', 'Канакинумаб', 'paracetamol', 'Глютенсіз печенье', 'insulin glargine'];

/** Requests that leave any of the facts open, so that the readings branch on them. */
const request: fc.Arbitrary<EligibilityRequest> = fc
  .record({
    date: fc.constantFrom('2024-06-01', '2026-01-01', '2026-05-01', '2026-11-22', '2027-01-01', '2027-03-01', '2028-01-15'),
    type: fc.constantFrom(...CARE_TYPES),
    region: maybe(fc.constantFrom(...REGION_IDS)),
    residency: maybe(fc.constantFrom('citizen', 'kandas', 'refugee', 'foreign_permanent', 'stateless_permanent', 'foreign_temporary' as const)),
    age: maybe(fc.integer({ min: 0, max: 90 })),
    sex: fc.constantFrom('female', 'male' as const),
    pregnant: maybe(fc.boolean()),
    postpartum: maybe(fc.boolean()),
    employed: maybe(fc.boolean()),
    contributions: maybe(fc.constantFrom('paid', 'unpaid', 'exempt' as const)),
    categories: maybe(fc.subarray([...CSHI_GROUP_IDS], { maxLength: 2 })),
    dispensary: fc.boolean(),
    phcAttached: maybe(fc.boolean()),
    form: maybe(fc.constantFrom('emergency', 'urgent', 'planned' as const)),
    diagnosis: maybe(fc.constantFrom(...DIAGNOSES)),
    referral: maybe(fc.boolean()),
    lifeThreatening: maybe(fc.boolean()),
    item: fc.constantFrom(...ITEMS),
  })
  .map((g): EligibilityRequest => ({
    date: g.date,
    person: {
      ...(g.residency ? { residency: g.residency } : {}),
      ...(g.region ? { region: g.region } : {}),
      ...(g.age !== undefined ? { birthDate: `${Number(g.date.slice(0, 4)) - g.age - 1}-06-15` } : {}),
      sex: g.sex,
      ...(g.pregnant !== undefined && g.sex === 'female' ? { pregnant: g.pregnant } : {}),
      ...(g.postpartum !== undefined && g.sex === 'female' ? { postpartum: g.postpartum } : {}),
      ...(g.employed !== undefined ? { employed: g.employed } : {}),
      ...(g.contributions ? { contributions: g.contributions } : {}),
      ...(g.categories ? { categories: g.categories } : {}),
      ...(g.dispensary && g.diagnosis ? { dispensary: [g.diagnosis] } : {}),
      ...(g.phcAttached !== undefined ? { phcAttached: g.phcAttached } : {}),
    } as EligibilityRequest['person'],
    care: {
      type: g.type,
      ...(g.form ? { form: g.form } : {}),
      ...(g.diagnosis ? { diagnosis: g.diagnosis } : {}),
      ...(g.referral !== undefined ? { referral: g.referral } : {}),
      ...(g.lifeThreatening !== undefined ? { lifeThreatening: g.lifeThreatening } : {}),
      ...(g.type === 'outpatient_drug' ? { item: g.item } : {}),
    },
  }));

test('shared derivations answer as every reading deriving every fact afresh, over random requests', () => {
  let branched = 0;
  fc.assert(
    fc.property(request, (r) => {
      const shared = decide(engine, r);
      const fresh = deriveEachTime(() => decide(engine, r));
      assert.deepEqual(shared, fresh);
      if (shared.readings.length > 1) branched++;
    }),
    { numRuns: 3000, seed: 17 },
  );
  // The property is about readings: enough of the requests must branch for it to say something.
  assert.ok(branched > 500, `only ${branched} of 3000 requests were decided over readings`);
});

test('the same over the engine bench mix, with the requests that reach the most readings', () => {
  const requests = mixedRequests(4000, 17);
  let most = 0;
  for (const r of requests) {
    const shared = decide(engine, r);
    assert.deepEqual(shared, deriveEachTime(() => decide(engine, r)));
    most = Math.max(most, shared.readings.length);
  }
  assert.ok(most >= 12, `the mix reached at most ${most} readings`);
});
