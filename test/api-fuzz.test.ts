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

// POST /api/v1/batch reads NDJSON: each body is lines of random, mutated and broken requests.
test('POST /api/v1/batch: 2,000 random NDJSON bodies, never a 5xx; a 200 answers every row, in order', async () => {
  const valid = VALID['/api/v1/eligibility'];
  const line = fc.oneof(
    { weight: 4, arbitrary: body(valid).map((p) => (p && typeof p === 'object' && 'raw' in p ? String((p as { raw: string }).raw).replace(/\n/g, ' ') : JSON.stringify(p ?? null))) },
    { weight: 1, arbitrary: fc.constantFrom('', ' ', '\r', '{', '"\\u0000"', '[]', 'null') },
  );
  await fc.assert(
    fc.asyncProperty(fc.array(line, { maxLength: 30 }), fc.constantFrom('', '?date=2027-01-01', '?compareDate=2019-01-01&lang=ru', '?explain=true&lang=en'), async (rows, query) => {
      const payload = rows.join('\n');
      const res = await app.inject({ method: 'POST', url: `/api/v1/batch${query}`, payload, headers: { 'content-type': 'application/x-ndjson' } });
      assert.ok(res.statusCode < 500, `${res.statusCode} for ${payload.slice(0, 300)}: ${res.body.slice(0, 300)}`);
      if (res.statusCode !== 200) return;
      const out = res.body.split('\n').filter((l) => l !== '').map((l) => JSON.parse(l));
      const expectedRows = payload.split('\n').length - (/\n\s*$/.test(payload) || payload.trim() === '' ? 1 : 0);
      assert.equal(out.length, Math.max(0, expectedRows), payload.slice(0, 300));
      out.forEach((l, i) => assert.equal(l.row, i + 1));
    }),
    { numRuns: 2000, seed: 20261125 },
  );
});

test('POST /api/v1/batch: over the stated row or byte limit is a 413; another media type a 415', async () => {
  const spec = (await app.inject({ method: 'GET', url: '/api/v1/openapi.json' })).json();
  const description: string = spec.paths['/api/v1/batch'].post.description;
  const [, rows, bytes] = description.match(/at most (\d+) rows and (\d+) bytes/) ?? [];
  assert.ok(rows && bytes, description);
  const tooMany = await app.inject({ method: 'POST', url: '/api/v1/batch', payload: '{}\n'.repeat(Number(rows) + 1), headers: { 'content-type': 'application/x-ndjson' } });
  assert.equal(tooMany.statusCode, 413);
  assert.equal(tooMany.json().error.code, 'payload_too_large');
  const atLimit = await app.inject({ method: 'POST', url: '/api/v1/batch', payload: '{}\n'.repeat(Number(rows)), headers: { 'content-type': 'application/x-ndjson' } });
  assert.equal(atLimit.statusCode, 200);
  const tooBig = await app.inject({ method: 'POST', url: '/api/v1/batch', payload: ' '.repeat(Number(bytes) + 1), headers: { 'content-type': 'application/x-ndjson' } });
  assert.equal(tooBig.statusCode, 413);
  const json = await app.inject({ method: 'POST', url: '/api/v1/batch', payload: '{}', headers: { 'content-type': 'application/json' } });
  assert.equal(json.statusCode, 415);
});
