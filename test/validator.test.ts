// The compiled request validator (src/api/validator.ts) against zod, the schema's source: over random
// requests near the schema's edges it accepts exactly what zod accepts, gives the same value, and a refusal served over HTTP names the same fields with the same messages as zod's.
import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { CARE_TYPES, CSHI_GROUP_IDS, LIST_IDS, REGION_IDS, SPECIALTIES, zodIssues } from '../src/engine/index.js';
import { eligibilityValidator, entitlementsValidator, type CompiledValidator } from '../src/api/validator.js';
import { appForTests } from './app-support.js';

const app = await appForTests();
after(() => app.close());

/** A value of the field's kind most of the time, and now and then one zod must refuse. */
const odd = fc.oneof(fc.constant(null), fc.integer(), fc.boolean(), fc.constant(''), fc.string(), fc.array(fc.string(), { maxLength: 2 }), fc.constant({}));
const or = <T>(good: fc.Arbitrary<T>) => fc.oneof({ arbitrary: good, weight: 40 }, { arbitrary: odd, weight: 1 });
const pick = <T>(xs: readonly T[]) => fc.constantFrom(...xs);
/** One of the schema's values, or now and then one it does not allow. */
const oneOf = <T>(xs: readonly T[], bad: string) => fc.oneof({ arbitrary: pick(xs), weight: 30 }, { arbitrary: fc.constant(bad), weight: 1 });

// Dates at the edges: real ones, 29 Feb in leap and other years, day 31 of short months, month 13, a bad shape.
const isoDay = (from: string, to: string) => fc.date({ min: new Date(from), max: new Date(to), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10));
const edgeDate = fc.oneof(
  fc.tuple(fc.integer({ min: 1900, max: 2030 }), fc.integer({ min: 0, max: 13 }), fc.integer({ min: 0, max: 32 })).map(([y, m, d]) => `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`),
  pick(['2024-02-29', '2025-02-29', '2000-02-29', '1900-02-29', '2026-04-31', '2026-05-01', '2026-5-1', ' 2026-05-01', '2026-05-01T00:00', '２０２６-05-01']),
);
const dateIn = (from: string, to: string) => or(fc.oneof({ arbitrary: isoDay(from, to), weight: 6 }, { arbitrary: edgeDate, weight: 1 }));
const date = dateIn('2020-01-01', '2030-12-31');
const pastDate = dateIn('1930-01-01', '2021-12-31');
const icd = or(fc.oneof({ arbitrary: fc.stringMatching(/^[A-Z]\d{2}(\.\d{1,2})?$/), weight: 8 }, { arbitrary: pick(['I21', 'E84.0', 'i21', 'I2', 'I21.', 'I21.123', 'II1', 'I21.0\n']), weight: 1 }));
// Items at the trim and length edges, surrogate pairs and lone surrogates included (zod counts code points).
const item = or(
  fc.oneof(
    pick(['Ритуксимаб', ' rituximab ', '   ', '', '\t\n', 'x'.repeat(200), 'x'.repeat(201), ` ${'x'.repeat(200)} `, '😀'.repeat(100), '😀'.repeat(101), 'a'.repeat(199) + '😀', '\ud83d'.repeat(201), '\ude00\ud83d'.repeat(100), `${'😀'.repeat(100)}\ud83d`, '\u00a0a\u00a0', '\ufeffa']),
    fc.string({ maxLength: 220, unit: 'grapheme' }),
    fc.string({ minLength: 1, maxLength: 30 }),
  ),
);
const extra = fc.dictionary(pick(['pad', 'lang', 'patientRef', '__proto__x', 'constructor']), fc.string(), { maxKeys: 1 });
const maybe = (rate: number) => fc.double({ min: 0, max: 1, noNaN: true }).map((x) => x < rate);

function record<T extends Record<string, fc.Arbitrary<unknown>>>(fields: T, required: string[] = []): fc.Arbitrary<Record<string, unknown>> {
  const optional = Object.keys(fields).filter((k) => !required.includes(k));
  return fc.tuple(fc.record(fields, { requiredKeys: required as never[] }), fc.oneof({ arbitrary: fc.constant({}), weight: 9 }, { arbitrary: extra, weight: 1 }), maybe(0.1), fc.shuffledSubarray(optional)).map(([r, more, shuffle, order]) => {
    const base = { ...r, ...more };
    // Keys in another order now and then (zod's output keeps the schema's order; the value must still agree).
    if (!shuffle) return base;
    const out: Record<string, unknown> = {};
    for (const k of [...order, ...Object.keys(base)]) if (k in base) out[k] = base[k];
    return out;
  });
}

const person = or(
  record({
    residency: or(oneOf(['citizen', 'kandas', 'refugee', 'foreign_permanent', 'stateless_permanent', 'foreign_temporary'], 'martian')),
    region: or(oneOf(REGION_IDS, 'atlantis')),
    birthDate: pastDate,
    sex: or(oneOf(['female', 'male'], 'other')),
    pregnant: or(fc.boolean()),
    postpartum: or(fc.boolean()),
    employed: or(fc.boolean()),
    contributions: or(pick(['paid', 'unpaid', 'exempt'])),
    categories: or(fc.array(or(pick(CSHI_GROUP_IDS)), { maxLength: 17 })),
    dispensary: or(fc.oneof({ arbitrary: fc.array(icd, { maxLength: 3 }), weight: 10 }, { arbitrary: fc.array(pick(['I10', 'E84.0']), { minLength: 49, maxLength: 51 }), weight: 1 })),
    phcAttached: or(fc.boolean()),
  }),
);
const care = or(
  record(
    {
      type: or(oneOf(CARE_TYPES, 'magic')),
      form: or(pick(['emergency', 'urgent', 'planned'])),
      purpose: or(pick(['treatment', 'screening', 'prevention', 'dynamic_observation'])),
      specialty: or(pick(SPECIALTIES)),
      diagnosis: icd,
      diagnosisDate: pastDate,
      referral: or(fc.boolean()),
      lifeThreatening: or(fc.boolean()),
      item,
      onList: or(fc.dictionary(or(pick([...LIST_IDS, 'unknown-list'])) as fc.Arbitrary<string>, or(fc.boolean()), { maxKeys: 3 })),
    },
    ['type'],
  ),
);
const eligibility = fc.oneof({ arbitrary: record({ date, person, care }, ['date', 'person', 'care']), weight: 20 }, { arbitrary: record({ date, person, care }), weight: 1 }, { arbitrary: odd, weight: 1 });
const entitlementsReq = fc.oneof({ arbitrary: record({ date, person }, ['date', 'person']), weight: 20 }, { arbitrary: record({ date, person, care }, ['date', 'person']), weight: 1 }, { arbitrary: odd, weight: 1 });

function agrees<T>(v: CompiledValidator<T>, input: unknown): void {
  // zod first: the compiled validator finishes its input in place (a trimmed item).
  const zod = v.schema.safeParse(input);
  const compiled = v.accept(structuredClone(input));
  assert.equal(compiled !== undefined, zod.success, `compiled ${compiled !== undefined ? 'accepts' : 'refuses'}, zod ${zod.success ? 'accepts' : `refuses (${JSON.stringify(zod.error?.issues.slice(0, 2))})`}: ${JSON.stringify(input)}`);
  // The same value (zod's keys in the schema's order, the compiled one's in the input's).
  if (zod.success) assert.deepEqual(compiled, zod.data);
}

test('the compiled validator accepts exactly what zod accepts, with the same value (eligibility)', () => {
  let accepted = 0;
  fc.assert(
    fc.property(eligibility, (input) => {
      agrees(eligibilityValidator, input);
      if (eligibilityValidator.accept(structuredClone(input))) accepted++;
    }),
    { numRuns: 4000, seed: 17 },
  );
  // Both sides of the edge are exercised, not only refusals.
  assert.ok(accepted > 400, `${accepted} accepted`);
});

test('the compiled validator accepts exactly what zod accepts (entitlements)', () => {
  fc.assert(fc.property(entitlementsReq, (input) => agrees(entitlementsValidator, input)), { numRuns: 2000, seed: 17 });
});

test('each cross-field rule, and the refined fields, refuse in both', () => {
  const base = { date: '2026-05-01', person: { sex: 'female' }, care: { type: 'phc' } };
  const cases: unknown[] = [
    base,
    { ...base, person: { birthDate: '2026-05-02' } },
    { ...base, person: { birthDate: '2026-05-01' } },
    { ...base, care: { type: 'phc', diagnosisDate: '2026-06-01' } },
    { ...base, person: { sex: 'male', pregnant: true } },
    { ...base, person: { sex: 'male', pregnant: false } },
    { ...base, date: '2026-02-29' },
    { ...base, date: '2028-02-29' },
    { ...base, care: { type: 'outpatient_drug', item: '  ' } },
    { ...base, care: { type: 'outpatient_drug', item: ` ${'a'.repeat(200)} ` } },
    { ...base, care: { type: 'phc', onList: { 'dsm-75': true, nope: true } } },
    { ...base, care: { type: 'outpatient_drug', item: '😀'.repeat(200) } },
    { ...base, care: { type: 'outpatient_drug', item: '😀'.repeat(201) } },
  ];
  const verdicts = cases.map((c) => eligibilityValidator.accept(structuredClone(c)) !== undefined);
  assert.deepEqual(verdicts, [true, false, true, false, false, true, false, true, false, true, false, true, false]);
  for (const c of cases) agrees(eligibilityValidator, c);
  assert.equal((eligibilityValidator.accept({ ...base, care: { type: 'outpatient_drug', item: ' x ' } }) as { care: { item: string } }).care.item, 'x', 'trimmed as zod trims');
});

test('a refusal over HTTP names the same fields with the same messages as zod’s issues', async () => {
  await fc.assert(
    fc.asyncProperty(eligibility, async (input) => {
      const zod = eligibilityValidator.schema.safeParse(input);
      if (zod.success) return;
      const res = await app.inject({ method: 'POST', url: '/api/v1/eligibility?lang=en', payload: JSON.stringify(input), headers: { 'content-type': 'application/json' } });
      assert.equal(res.statusCode, 400, res.body);
      const served = (res.json() as { error: { issues: { path: string; message: string }[] } }).error.issues;
      // A body that is not an object at all is named `body` over HTTP (errors.ts), `(body)` by zodIssues.
      const expected = zodIssues(zod.error).map((i) => ({ path: i.path === '(body)' ? 'body' : i.path, message: i.message }));
      assert.deepEqual(served.map((i) => i.path), expected.map((i) => i.path));
      const fields = (xs: { path: string; message: string }[]) => xs.filter((i) => i.path !== 'body').map((i) => i.message);
      assert.deepEqual(fields(served), fields(expected));
    }),
    { numRuns: 300, seed: 17 },
  );
});
