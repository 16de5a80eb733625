import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import { appForTests } from './app-support.js';
import { cli } from './support.js';

const app = await appForTests();
after(() => app.close());

const post = (url: string, payload: unknown, headers: Record<string, string> = { 'content-type': 'application/json' }) =>
  app.inject({ method: 'POST', url, payload: typeof payload === 'string' ? payload : JSON.stringify(payload), headers });

test('POST /api/v1/eligibility returns the engine’s decision', async () => {
  const res = await post('/api/v1/eligibility', { date: '2026-05-01', person: { residency: 'citizen' }, care: { type: 'ambulance' } });
  assert.equal(res.statusCode, 200);
  const d = res.json();
  assert.equal(d.outcome, 'covered');
  assert.equal(d.package, 'gvfmc');
  assert.ok(d.basis.some((b: { point: string }) => b.point.startsWith('p.4')));
  assert.match(d.datasetVersion, /^[0-9a-f]{16}$/);
});

test('a bad request gets a 400 naming each failing field and what it allows', async () => {
  const res = await post('/api/v1/eligibility', { date: '2026-02-30', person: { region: 'atlantis', birthDate: '2030-01-01' }, care: { type: 'magic', diagnosis: 'xyz' } });
  assert.equal(res.statusCode, 400);
  const body = res.json();
  assert.equal(body.error.code, 'bad_request');
  const paths = body.error.issues.map((i: { path: string }) => i.path);
  for (const p of ['date', 'person.region', 'care.type', 'care.diagnosis']) assert.ok(paths.includes(p), `${p} in ${paths.join(', ')}`);
  assert.match(JSON.stringify(body.error.issues.find((i: { path: string }) => i.path === 'person.region')), /abai/);
});

test('a birth date after the request date is a 400 on person.birthDate', async () => {
  const res = await post('/api/v1/eligibility', { date: '2026-05-01', person: { birthDate: '2026-06-01' }, care: { type: 'phc' } });
  assert.equal(res.statusCode, 400);
  assert.deepEqual(res.json().error.issues.map((i: { path: string }) => i.path), ['person.birthDate']);
});

test('unknown route 404, oversized body 413, wrong content type 415, broken JSON 400', async () => {
  assert.equal((await app.inject({ method: 'GET', url: '/api/v1/nothing' })).statusCode, 404);
  assert.equal((await post('/api/v1/eligibility', JSON.stringify({ pad: 'x'.repeat(100_000) }))).statusCode, 413);
  assert.equal((await post('/api/v1/eligibility', 'date=2026', { 'content-type': 'application/x-www-form-urlencoded' })).statusCode, 415);
  const broken = await post('/api/v1/eligibility', '{"date": ');
  assert.equal(broken.statusCode, 400);
  assert.equal(broken.json().error.code, 'bad_request');
});

test('each read route returns the same data as its CLI twin', async () => {
  const pairs: [string, string[]][] = [
    ['/api/v1/acts?date=2026-05-01', ['acts', '--date', '2026-05-01', '--json']],
    ['/api/v1/regional-lists/karaganda?date=2026-05-01', ['regional', '--region', 'karaganda', '--date', '2026-05-01', '--json']],
    ['/api/v1/limits?region=abai&profile=stroke', ['limits', '--region', 'abai', '--profile', 'stroke', '--json']],
    ['/api/v1/payment-methods', ['payments', '--json']],
    ['/api/v1/criteria', ['criteria', '--json']],
    ['/api/v1/search?q=Ритуксимаб', ['search', 'Ритуксимаб', '--json']],
  ];
  for (const [url, args] of pairs) {
    const res = await app.inject({ method: 'GET', url: encodeURI(url) });
    assert.equal(res.statusCode, 200, url);
    assert.deepEqual(res.json(), JSON.parse(cli(args).stdout), url);
  }
});

test('GET /api/v1/compare finds an item across regions under its diseases', async () => {
  const res = await app.inject({ method: 'GET', url: `/api/v1/compare?item=${encodeURIComponent('rituximab')}&date=2024-06-01` });
  assert.equal(res.statusCode, 200);
  const regions = new Set(res.json().regions.map((r: { region: string }) => r.region));
  for (const r of ['mangystau', 'astana']) assert.ok(regions.has(r), r);
  assert.ok(res.json().regionsWithoutList.includes('abai'));
});

test('healthz, version, openapi and the docs page are served', async () => {
  assert.equal((await app.inject({ method: 'GET', url: '/healthz' })).json().status, 'ok');
  const version = (await app.inject({ method: 'GET', url: '/api/v1/version' })).json();
  assert.ok(version.acts.length >= 11);
  const spec = (await app.inject({ method: 'GET', url: '/api/v1/openapi.json' })).json();
  assert.match(spec.openapi, /^3\./);
  const body = spec.paths['/api/v1/eligibility'].post.requestBody.content['application/json'].schema;
  assert.ok(JSON.stringify(body).includes('outpatient_drug'), 'the OpenAPI body schema comes from the request schema');
  assert.equal((await app.inject({ method: 'GET', url: '/docs' })).statusCode < 400, true);
  const page = await app.inject({ method: 'GET', url: '/' });
  assert.equal(page.statusCode, 200);
  assert.match(page.body, /<html/);
});

test('POST /api/v1/criteria/assess says which p.79 criteria hold for measured values', async () => {
  const res = await post('/api/v1/criteria/assess', { region: 'karaganda', measurements: { ambulance_teams: 1.2, doctor_team_share: 22, gp_catchment: 2100, vaccination_coverage: 95 } });
  assert.equal(res.statusCode, 200);
  const byId = Object.fromEntries(res.json().criteria.map((c: { id: string; holds: string }) => [c.id, c.holds]));
  assert.deepEqual([byId.ambulance_teams, byId.doctor_team_share, byId.gp_catchment, byId.vaccination_coverage, byId.palliative_beds], ['yes', 'no', 'no', 'yes', 'undetermined']);
  assert.deepEqual(res.json().summary, { yes: 2, no: 2, undetermined: 5 });
  const bad = await post('/api/v1/criteria/assess', { measurements: { ambulance_teams: -1 } });
  assert.equal(bad.statusCode, 400);
  assert.equal(bad.json().error.issues[0].path, 'measurements.ambulance_teams');
});
