// The HTTP contract: every route declares its answers and errors, the OpenAPI document is valid, its
// examples run, and what is served (through the compiled serializer, which drops what a schema does
// not name) is exactly what the engine and the corpus return.
import { test, describe, after } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import { Validator } from '@seriousme/openapi-schema-validator';
import type { z } from 'zod';
import { decide, entitlements, parseRequest, parseEntitlementsRequest, compareItem, assessCriteria } from '../src/engine/index.js';
import { actsOn, regionalListOn, limits, payments, criteria, search } from '../src/corpus/queries.js';
import { buildApp } from '../src/api/app.js';
import { loadConfig } from '../src/config.js';
import * as S from '../src/api/schemas.js';
import { errorSchema } from '../src/api/responses.js';
import { engineForTests } from './app-support.js';
import { localize } from '../src/i18n/localize.js';
import { DEFAULT_LANG } from '../src/i18n/index.js';
import { citerFor } from '../src/corpus/citer.js';
import { today } from '../src/clock.js';
import { ledgerEngines, ledgerFor } from './ledger-support.js';

const engine = engineForTests();
// The ledger's routes too: the contract covers every route `kepil serve` has.
const [sqlite] = await ledgerEngines();
const { app, close, tokens } = await ledgerFor(sqlite!);
after(close);

const post = (url: string, payload: unknown) => app.inject({ method: 'POST', url, payload: JSON.stringify(payload), headers: { 'content-type': 'application/json' } });
const get = (url: string) => app.inject({ method: 'GET', url: encodeURI(url) });

/** Served exactly as returned: the schema parses it strictly, and nothing was dropped or added. */
const citer = citerFor(engine.corpus);
function assertServed(schema: z.ZodType, served: unknown, direct: unknown, what: string, variant: (localized: unknown) => unknown = (x) => x): void {
  // The citation fields the localizer adds to every {act, point, quote} are checked by the comparison below.
  const bare = JSON.parse(JSON.stringify(served), (k, v) => (k === 'cite' || k === 'clause' || k === 'gist' ? undefined : v));
  const parsed = schema.safeParse(bare);
  assert.ok(parsed.success, `${what}: ${JSON.stringify(parsed.error?.issues.slice(0, 3))}`);
  // The served answer is the direct one as the app's localizer renders it (kk by default, with citations).
  const expected = variant(JSON.parse(JSON.stringify(localize(direct, DEFAULT_LANG, { cite: citer.cite.bind(citer) }))));
  assert.deepEqual(served, expected, what);
}

/**
 * The lean default answer of POST /eligibility (src/api/answer.ts): the whole answer, less every cited
 * point's clause and the gist of those outside the top-level basis (they come with ?explain=true).
 */
function lean(answer: unknown): unknown {
  const strip = (v: unknown, drop: string[] = ['clause', 'gist']): unknown => {
    if (Array.isArray(v)) return v.map((x) => strip(x, drop));
    if (!v || typeof v !== 'object') return v;
    const o = v as Record<string, unknown>;
    const cited = typeof o.act === 'string' && typeof o.point === 'string' && typeof o.quote === 'string';
    return Object.fromEntries(Object.entries(o).filter(([k]) => !(cited && drop.includes(k))).map(([k, x]) => [k, strip(x, drop)]));
  };
  const { basis, ...rest } = answer as Record<string, unknown>;
  const out = strip(rest) as Record<string, unknown>;
  return Object.fromEntries(Object.keys(answer as object).map((k) => [k, k === 'basis' ? strip(basis, ['clause']) : out[k]]));
}

const SCENARIOS = fileURLToPath(new URL('../../test/scenarios/', import.meta.url));
const scenarios = readdirSync(SCENARIOS)
  .filter((f) => f.endsWith('.json'))
  .flatMap((f) => (JSON.parse(readFileSync(join(SCENARIOS, f), 'utf8')) as { scenarios: { name: string; request: unknown }[] }).scenarios);

describe('every golden scenario, served, is the engine’s decision and fits the declared schema', () => {
  test(`${scenarios.length} scenarios, with and without ?explain=true`, async () => {
    assert.ok(scenarios.length >= 80);
    let leaner = 0;
    for (const s of scenarios) {
      const decision = decide(engine, parseRequest(s.request));
      const { trace, ...plain } = decision;
      const res = await post('/api/v1/eligibility', s.request);
      assert.equal(res.statusCode, 200, s.name);
      assert.match(String(res.headers['content-type']), /^application\/json/);
      // The default answer is the lean one (every field of it checked); ?explain=true is the whole one.
      assertServed(S.eligibilityResponse, res.json(), plain, s.name, lean);
      assert.equal('trace' in res.json(), false, `${s.name}: no trace unless asked`);
      // The trace is compared in shape only: the engine's memo of facts makes a repeated request's trace shorter.
      const explained = (await post('/api/v1/eligibility?explain=true', s.request)).json();
      assert.ok(Array.isArray(explained.trace) && explained.trace.length > 0, s.name);
      const { trace: _served, ...untraced } = explained;
      assertServed(S.eligibilityResponse, untraced, plain, `${s.name} (explain)`);
      assertServed(S.decisionSchema, { ...explained }, { ...decision, trace: explained.trace }, `${s.name} (explain, full decision)`);
      if (res.body.length < JSON.stringify(untraced).length) leaner++;
    }
    // The two variants differ where it matters: most answers cite points beyond their basis.
    assert.ok(leaner > scenarios.length / 2, `${leaner} of ${scenarios.length} default answers leaner than explained`);
  });

  test('entitlements for each scenario’s person', async () => {
    for (const s of scenarios) {
      const { date, person } = s.request as { date: string; person: unknown };
      const direct = entitlements(engine, parseEntitlementsRequest({ date, person }));
      const res = await post('/api/v1/entitlements', { date, person });
      assert.equal(res.statusCode, 200, s.name);
      assertServed(S.entitlementsSchema, res.json(), direct, s.name);
    }
  });
});

test('every corpus route serves exactly its query’s answer, in its schema', async () => {
  const c = engine.corpus;
  const cases: [string, z.ZodType, unknown][] = [
    ['/api/v1/acts?date=2026-05-01', S.actsResponse, { date: '2026-05-01', acts: actsOn(c, '2026-05-01') }],
    ['/api/v1/acts?date=2024-01-10', S.actsResponse, { date: '2024-01-10', acts: actsOn(c, '2024-01-10') }],
    ['/api/v1/limits', S.limitsResponse, limits(c)],
    ['/api/v1/payment-methods', S.paymentsResponse, payments(c)],
    ['/api/v1/criteria', S.criteriaResponse, criteria(c)],
    ['/api/v1/search?q=Ритуксимаб', S.searchResponse, search(c, 'Ритуксимаб', today())],
    ['/api/v1/search?q=эноксапарин', S.searchResponse, search(c, 'эноксапарин', today())],
    ['/api/v1/compare?item=rituximab&date=2024-06-01', S.compareResponse, compareItem(engine, 'rituximab', '2024-06-01')],
    ['/api/v1/version', S.versionResponse, { datasetVersion: c.version, acts: [...c.acts.values()].map((a) => ({ id: a.id, number: a.number, adopted: a.adopted, seed: a.seed })) }],
    ['/healthz', S.healthResponse, { status: 'ok', datasetVersion: c.version }],
  ];
  for (const region of c.regions.keys()) {
    for (const date of ['2024-06-01', '2026-05-01']) cases.push([`/api/v1/regional-lists/${region}?date=${date}`, S.regionalListResponse, regionalListOn(c, region, date)]);
  }
  for (const [url, schema, direct] of cases) {
    const res = await get(url);
    assert.equal(res.statusCode, 200, url);
    assertServed(schema, res.json(), direct, url);
  }
  const measurements = { ambulance_teams: 1, gp_catchment: 1900, vaccination_coverage: 0.5 };
  const assessed = await post('/api/v1/criteria/assess', { region: 'abai', measurements });
  assertServed(S.assessmentResponse, assessed.json(), assessCriteria(c.programme.content.criteria, { region: 'abai', measurements }), 'criteria/assess');
});

test('errors are served in the one error shape, whole', async () => {
  const bad = await post('/api/v1/eligibility', { date: '2026-02-30', person: { region: 'atlantis' }, care: { type: 'magic' } });
  assert.equal(bad.statusCode, 400);
  assert.ok(errorSchema.safeParse(bad.json()).success, bad.body);
  assert.equal(bad.json().error.code, 'bad_request');
  assert.ok(bad.json().error.issues.length >= 3);
  for (const [res, status] of [
    [await get('/api/v1/search?q=!!!'), 400],
    [await get('/api/v1/regional-lists/atlantis'), 400],
    [await get('/api/v1/bookings/00000000-0000-4000-8000-000000000000'), 401],
    [await app.inject({ method: 'GET', url: '/api/v1/bookings/00000000-0000-4000-8000-000000000000', headers: { authorization: `Bearer ${tokens.admin}` } }), 404],
    [await app.inject({ method: 'DELETE', url: '/api/v1/eligibility' }), 405],
    [await app.inject({ method: 'POST', url: '/api/v1/bookings', payload: JSON.stringify({ region: 'abai' }), headers: { 'content-type': 'application/json', authorization: `Bearer ${tokens.admin}` } }), 400],
  ] as const) {
    assert.equal(res.statusCode, status, res.body);
    assert.ok(errorSchema.safeParse(res.json()).success, res.body);
  }
});

const spec = (await get('/api/v1/openapi.json')).json();
const operations = Object.entries(spec.paths as Record<string, Record<string, { responses: Record<string, { description: string; content?: Record<string, { schema?: unknown }> }>; requestBody?: { content: Record<string, { schema: { example?: unknown } }> }; parameters?: { name: string; in: string; required?: boolean; schema?: { example?: unknown; enum?: unknown[] } }[] }>>).flatMap(([path, ops]) =>
  Object.entries(ops).map(([method, op]) => ({ path, method, op })),
);

test('the OpenAPI document validates (@seriousme/openapi-schema-validator)', async () => {
  const result = await new Validator().validate(spec);
  assert.equal(result.valid, true, JSON.stringify(result.errors, null, 1)?.slice(0, 2000));
  assert.ok(operations.length >= 20, `${operations.length} operations`);
});

test('every operation documents its answer and each error status, with a schema for each', () => {
  for (const { path, method, op } of operations) {
    const where = `${method.toUpperCase()} ${path}`;
    const statuses = Object.keys(op.responses);
    assert.ok(statuses.some((s) => s === '200' || s === '201'), `${where}: a 2xx answer (${statuses})`);
    assert.ok(statuses.includes('500'), `${where}: 500`);
    if (op.requestBody || op.parameters?.length) assert.ok(statuses.includes('400'), `${where}: 400`);
    assert.ok(statuses.includes('429'), `${where}: 429 (the per-address rate limit)`);
    if (op.requestBody) for (const s of ['413', '415']) assert.ok(statuses.includes(s), `${where}: ${s}`);
    for (const [status, r] of Object.entries(op.responses)) {
      assert.notEqual(r.description, 'Default Response', `${where} ${status}: described`);
      const schemas = Object.values(r.content ?? {}).map((c) => c.schema);
      assert.ok(schemas.length > 0 && schemas.every((s) => s && Object.keys(s).length > 0), `${where} ${status}: a schema`);
    }
  }
});

test('the examples Swagger UI offers run as they are', async () => {
  let tried = 0;
  for (const { path, method, op } of operations) {
    const params = op.parameters ?? [];
    // An operation with a required parameter that has neither an example nor a choice cannot be tried as is.
    if (params.some((p) => p.required && p.schema?.example === undefined && !p.schema?.enum)) continue;
    let url = path;
    const query: string[] = [];
    for (const p of params) {
      const value = p.schema?.example ?? p.schema?.enum?.[0];
      if (p.in === 'path') url = url.replace(`{${p.name}}`, String(value));
      else if (p.in === 'query' && p.schema?.example !== undefined) query.push(`${p.name}=${encodeURIComponent(String(value))}`);
    }
    if (query.length) url += `?${query.join('&')}`;
    const [mediaType, media] = op.requestBody ? Object.entries(op.requestBody.content)[0] ?? [] : [];
    const body = media?.schema.example;
    if (op.requestBody && body === undefined) assert.fail(`${method.toUpperCase()} ${path}: the request body has an example`);
    // The body goes in the media type the operation declares (JSON, or NDJSON for the batch); writes need the admin's token.
    const json = mediaType === undefined || mediaType.endsWith('json') && !mediaType.includes('ndjson');
    const payload = body === undefined ? undefined : json ? JSON.stringify(body) : String(body);
    const headers = { ...(body === undefined ? {} : { 'content-type': mediaType ?? 'application/json' }), ...(op.responses['401'] ? { authorization: `Bearer ${tokens.admin}` } : {}) };
    const res = await app.inject({ method: method.toUpperCase() as 'GET', url, headers, ...(payload === undefined ? {} : { payload }) });
    assert.ok(res.statusCode < 300, `${method.toUpperCase()} ${url}: ${res.statusCode} ${res.body.slice(0, 300)}`);
    tried++;
  }
  assert.ok(tried >= 15, `${tried} operations tried`);
});

test('no process.env in src/ outside src/config.ts', () => {
  const root = fileURLToPath(new URL('../../src/', import.meta.url));
  const files = readdirSync(root, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.ts'));
  const readers = files.filter((f) => f !== 'config.ts' && /process\.env/.test(readFileSync(join(root, f), 'utf8')));
  assert.deepEqual(readers, []);
});

test('the body limit is a validated setting (KEPIL_BODY_LIMIT)', async () => {
  assert.equal(loadConfig({}).KEPIL_BODY_LIMIT, 64 * 1024);
  assert.equal(loadConfig({ KEPIL_BODY_LIMIT: '2048' }).KEPIL_BODY_LIMIT, 2048);
  assert.throws(() => loadConfig({ KEPIL_BODY_LIMIT: 'lots' }), /KEPIL_BODY_LIMIT/);
  const small = await buildApp({ engine, bodyLimit: 2048 });
  const body = JSON.stringify({ date: '2026-05-01', person: { residency: 'citizen' }, care: { type: 'ambulance', item: 'x'.repeat(150) } });
  const ok = await small.inject({ method: 'POST', url: '/api/v1/eligibility', payload: body, headers: { 'content-type': 'application/json' } });
  assert.equal(ok.statusCode, 200);
  const big = await small.inject({ method: 'POST', url: '/api/v1/eligibility', payload: JSON.stringify({ pad: 'x'.repeat(3000) }), headers: { 'content-type': 'application/json' } });
  assert.equal(big.statusCode, 413);
  assert.equal(big.json().error.code, 'payload_too_large');
  assert.ok(errorSchema.safeParse(big.json()).success, big.body);
  await small.close();
});
