// Property: no body, random or mutated from a valid one, makes any POST route answer 5xx.
import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { fhirRequest } from './fhir-support.js';
import { ledgerEngines, ledgerFor } from './ledger-support.js';

// The app with the ledger on SQLite, so that its write routes are fuzzed too (with a valid token).
const [sqlite] = await ledgerEngines();
const { app, tokens, close } = await ledgerFor(sqlite!);
after(close);

const VALID: Record<string, unknown> = {
  '/api/v1/eligibility': { date: '2026-05-01', person: { residency: 'citizen', region: 'mangystau', birthDate: '2012-03-04', dispensary: ['M08.2'] }, care: { type: 'outpatient_drug', item: 'Тоцилизумаб', diagnosis: 'M08.2' } },
  '/api/v1/entitlements': { date: '2026-05-01', person: { residency: 'kandas', region: 'astana', employed: false } },
  '/fhir/CoverageEligibilityRequest/$evaluate': fhirRequest(),
  '/fhir/CoverageEligibilityRequest': fhirRequest(),
  '/api/v1/criteria/assess': { region: 'abai', measurements: { ambulance_teams: 1.1, gp_catchment: 1800 } },
  '/api/v1/bookings': { region: 'karaganda', profile: 'surgery', birthDate: '1970-01-01', admissionDate: '2026-04-01', patientRef: 'fuzz-0001', rural: true },
  '/api/v1/bookings/00000000-0000-4000-8000-000000000000/status': { status: 'admitted' },
};

type J = unknown;
/** Replaces, deletes or adds a value at a random path of a JSON value. */
function mutate(value: J, path: number[], replacement: J, op: number): J {
  if (path.length === 0 || value === null || typeof value !== 'object') return op === 0 ? undefined : replacement;
  const [head, ...rest] = path;
  const clone: Record<string, J> | J[] = Array.isArray(value) ? [...value] : { ...(value as Record<string, J>) };
  const keys = Object.keys(clone);
  if (keys.length === 0) return replacement;
  const key = keys[head! % keys.length]!;
  const next = mutate((clone as Record<string, J>)[key], rest, replacement, op);
  if (next === undefined && !Array.isArray(clone)) delete (clone as Record<string, J>)[key];
  else (clone as Record<string, J>)[key] = next;
  if (op === 2 && !Array.isArray(clone)) (clone as Record<string, J>)[`extra${head}`] = replacement;
  return clone;
}

const body = (valid: J) =>
  fc.oneof(
    { weight: 1, arbitrary: fc.jsonValue() },
    { weight: 4, arbitrary: fc.tuple(fc.array(fc.nat(), { maxLength: 5 }), fc.jsonValue({ maxDepth: 2 }), fc.nat(2)).map(([p, r, op]) => mutate(valid, p, r, op)) },
    { weight: 1, arbitrary: fc.string().map((s) => ({ raw: s })) },
  );

for (const [url, valid] of Object.entries(VALID)) {
  test(`POST ${url}: 5,000 random and mutated bodies, never a 5xx`, async () => {
    let seen = 0;
    await fc.assert(
      fc.asyncProperty(body(valid), async (payload) => {
        const raw = payload && typeof payload === 'object' && 'raw' in payload ? String((payload as { raw: string }).raw) : JSON.stringify(payload ?? null);
        const res = await app.inject({ method: 'POST', url, payload: raw, headers: { 'content-type': 'application/json', authorization: `Bearer ${tokens.admin}` } });
        seen++;
        assert.ok(res.statusCode < 500, `${res.statusCode} for ${raw.slice(0, 300)}: ${res.body.slice(0, 300)}`);
      }),
      { numRuns: 5000, seed: 20261122 },
    );
    assert.equal(seen, 5000);
  });
}
