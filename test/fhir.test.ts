import { test, after, describe } from 'node:test';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import assert from 'node:assert/strict';
import { createRequire } from 'node:module';
import { Client, CapabilityTool } from 'fhir-kit-client';
import { appForTests, engineForTests } from './app-support.js';
import { fhirRequest } from './fhir-support.js';
import { EXT, ON_LIST, PATIENT_EXTENSIONS, ITEM_EXTENSIONS, RESPONSE_EXTENSIONS, REQUEST_PROFILE, toFhirRequest, fromFhir } from '../src/api/fhir/mapping.js';
import { decide, parseRequest, type EligibilityRequest } from '../src/engine/index.js';

const require = createRequire(import.meta.url);
const { Fhir } = require('fhir') as { Fhir: new () => { validate: (r: unknown) => { valid: boolean; messages: { location: string; message: string; severity: string }[] } } };
const validator = new Fhir();

const app = await appForTests();
await app.listen({ host: '127.0.0.1', port: 0 });
const port = (app.server.address() as { port: number }).port;
after(() => app.close());

async function evaluate(body: unknown) {
  const res = await app.inject({ method: 'POST', url: '/fhir/CoverageEligibilityRequest/$evaluate', payload: JSON.stringify(body), headers: { 'content-type': 'application/fhir+json' } });
  return { status: res.statusCode, body: res.json() };
}

function assertValidR4(resource: unknown): void {
  const r = validator.validate(resource);
  const errors = r.messages.filter((m) => m.severity === 'error');
  assert.deepEqual(errors, [], JSON.stringify(errors));
}

test('the request fixture itself is valid R4', () => assertValidR4(fhirRequest({ item: 'x', diagnosis: 'M08.2', referral: true })));

test('covered: insurance.inforce, item not excluded, each cited act and point in an extension', async () => {
  const { status, body } = await evaluate(fhirRequest({ careType: 'ambulance' }));
  assert.equal(status, 200);
  assertValidR4(body);
  assert.equal(body.resourceType, 'CoverageEligibilityResponse');
  assert.equal(body.insurance[0].inforce, true);
  assert.equal(body.insurance[0].item[0].excluded, false);
  const basis = body.insurance[0].item[0].extension.filter((e: { url: string }) => e.url === EXT('basis'));
  assert.ok(basis.some((e: { extension: { url: string; valueString: string }[] }) => e.extension.some((x) => x.url === 'point' && x.valueString.startsWith('p.4'))));
  assert.equal(body.extension.find((e: { url: string }) => e.url === EXT('outcome')).valueCode, 'covered');
});

test('a missing PHC referral: excluded, with authorizationRequired', async () => {
  // The planned form and the list facts are stated (on-list extensions): left out, they are read both ways (issue 8).
  const { body } = await evaluate(fhirRequest({ careType: 'outpatient_specialist', diagnosis: 'K29.7', contributions: 'paid', referral: false, birthDate: '1980-01-01', form: 'planned', onList: { 'dsm-149-2020': false, 'dsm-108-orphan-codes': false } }));
  assertValidR4(body);
  assert.equal(body.insurance[0].item[0].excluded, true);
  assert.equal(body.insurance[0].item[0].authorizationRequired, true);
});

test('undetermined says so: outcome partial and the Kepil outcome extension', async () => {
  const { body } = await evaluate(fhirRequest({ careType: 'treatment_abroad' }));
  assertValidR4(body);
  assert.equal(body.outcome, 'partial');
  assert.equal(body.extension.find((e: { url: string }) => e.url === EXT('outcome')).valueCode, 'undetermined');
  assert.match(body.disposition, /dsm-45/);
});

test('an undetermined answer lists its questions in the disposition; on-list settles one', async () => {
  // In English (FHIR's `language`): the default is Kazakh.
  const open = await evaluate({ ...fhirRequest({ careType: 'outpatient_specialist', diagnosis: 'I10', contributions: 'paid', referral: false, birthDate: '1980-01-01', form: 'planned', onList: { 'dsm-108-orphan-codes': false } }), language: 'en' });
  assertValidR4(open.body);
  assert.equal(open.body.outcome, 'partial');
  assert.match(open.body.disposition, /question care\.onList\.dsm-149-2020: true → covered \(cshi\), false → not_covered/);
  const stated = await evaluate(fhirRequest({ careType: 'outpatient_specialist', diagnosis: 'I10', contributions: 'paid', referral: false, birthDate: '1980-01-01', form: 'planned', onList: { 'dsm-108-orphan-codes': false, 'dsm-149-2020': true } }));
  assert.equal(stated.body.extension.find((e: { url: string }) => e.url === EXT('outcome')).valueCode, 'covered');
});

test('bad input: 400 OperationOutcome, issue code value, expression a FHIRPath to the element', async () => {
  const { status, body } = await evaluate(fhirRequest({ region: 'atlantis' }));
  assert.equal(status, 400);
  assertValidR4(body);
  assert.equal(body.resourceType, 'OperationOutcome');
  const issue = body.issue.find((i: { expression?: string[] }) => i.expression?.some((e) => e.endsWith('address[0].state')));
  assert.ok(issue, JSON.stringify(body));
  assert.equal(issue.code, 'value');
  assert.equal(issue.expression[0], 'CoverageEligibilityRequest.contained.ofType(Patient).address[0].state');
});

test('every error under /fhir is an OperationOutcome with its issue code', async () => {
  const post = (payload: string, type: string) => app.inject({ method: 'POST', url: '/fhir/CoverageEligibilityRequest/$evaluate', payload, headers: { 'content-type': type } });
  const cases: [string, Promise<{ statusCode: number; headers: Record<string, unknown>; json: () => any }>, number, string][] = [
    ['broken JSON', post('{"resourceType": ', 'application/fhir+json'), 400, 'structure'],
    ['not a CoverageEligibilityRequest', post(JSON.stringify({ resourceType: 'Patient' }), 'application/fhir+json'), 400, 'structure'],
    ['no contained Patient, no item', post(JSON.stringify({ resourceType: 'CoverageEligibilityRequest' }), 'application/json'), 400, 'required'],
    ['a date that is not a date', post(JSON.stringify(fhirRequest({ date: '2026-02-30' })), 'application/fhir+json'), 400, 'value'],
    ['too large', post(JSON.stringify({ pad: 'x'.repeat(100_000) }), 'application/fhir+json'), 413, 'too-long'],
    ['not JSON', post('resourceType=Patient', 'application/x-www-form-urlencoded'), 415, 'not-supported'],
    ['unknown path', app.inject({ method: 'GET', url: '/fhir/Patient/1' }), 404, 'not-found'],
  ];
  for (const [name, pending, status, code] of cases) {
    const res = await pending;
    assert.equal(res.statusCode, status, name);
    assert.match(String(res.headers['content-type']), /^application\/fhir\+json/, name);
    const body = res.json();
    assertValidR4(body);
    assert.equal(body.resourceType, 'OperationOutcome', name);
    assert.ok(body.issue.length > 0 && body.issue.every((i: { code: string; severity: string }) => i.code === code && i.severity === 'error'), `${name}: ${JSON.stringify(body)}`);
  }
  const missing = (await post(JSON.stringify({ resourceType: 'CoverageEligibilityRequest' }), 'application/json')).json();
  assert.deepEqual(missing.issue.map((i: { expression: string[] }) => i.expression[0]).sort(), ['CoverageEligibilityRequest.item[0].productOrService', 'CoverageEligibilityRequest.patient']);
});

test('authorizationRequired comes from ids (the referral condition, fact, question or remedy), not from text', async () => {
  // Covered with a referral, so the referral is what the answer turns on.
  const withReferral = await evaluate(fhirRequest({ careType: 'outpatient_specialist', diagnosis: 'K29.7', contributions: 'paid', referral: true, birthDate: '1980-01-01' }));
  assert.equal(withReferral.body.insurance[0].item[0].authorizationRequired, true);
  // Ambulance needs no referral.
  const ambulance = await evaluate(fhirRequest({ careType: 'ambulance' }));
  assert.equal(ambulance.body.insurance[0].item[0].authorizationRequired, false);
});

test('GET /fhir/metadata: a CapabilityStatement with $evaluate and the profile, read by a FHIR client', async () => {
  const client = new Client({ baseUrl: `http://127.0.0.1:${port}/fhir` });
  const cs = (await client.capabilityStatement()) as Record<string, any>;
  assertValidR4(cs);
  assert.equal(cs.resourceType, 'CapabilityStatement');
  assert.equal(cs.fhirVersion, '4.0.1');
  const tool = new CapabilityTool(cs as never);
  assert.ok(tool.resourceCan('CoverageEligibilityRequest', 'create'));
  assert.ok(tool.supportFor({ resourceType: 'CoverageEligibilityRequest', capabilityType: 'operation', where: { name: 'evaluate' } }));
  const resource = cs.rest[0].resource[0];
  assert.deepEqual(resource.supportedProfile, [REQUEST_PROFILE]);
  // The operation's definition resolves on this server.
  const def = resource.operation[0].definition as string;
  const opDef = (await client.request(`OperationDefinition/${def.split('/').pop()}`)) as Record<string, any>;
  assertValidR4(opDef);
  assert.equal(opDef.url, def);
  assert.equal(opDef.code, 'evaluate');
});

test('a FHIR client calls $evaluate and reads the answer', async () => {
  const client = new Client({ baseUrl: `http://127.0.0.1:${port}/fhir` });
  const response = (await client.operation({ name: '$evaluate', resourceType: 'CoverageEligibilityRequest', method: 'POST', input: fhirRequest({ careType: 'ambulance' }) as never })) as Record<string, any>;
  assertValidR4(response);
  assert.equal(response.resourceType, 'CoverageEligibilityResponse');
  assert.equal(readKepilExtensions(response).outcome, 'covered');
});

/** How a client reads Kepil's response extensions back: outcome, dataset-version, basis. */
function readKepilExtensions(r: Record<string, any>) {
  const ext = (list: { url: string }[] | undefined, name: string) => (list ?? []).filter((e) => e.url === EXT(name)) as Record<string, any>[];
  return {
    outcome: ext(r.extension, 'outcome')[0]?.valueCode,
    datasetVersion: ext(r.extension, 'dataset-version')[0]?.valueString,
    basis: ext(r.insurance[0].item[0].extension, 'basis').map((b) => Object.fromEntries(b.extension.map((x: { url: string; valueString: string }) => [x.url, x.valueString]))),
  };
}

describe('each extension Kepil defines round-trips', () => {
  const base: EligibilityRequest = { date: '2026-05-01', person: {}, care: { type: 'outpatient_drug' } };
  const samples: Record<string, unknown> = {
    residency: 'kandas', pregnant: true, postpartum: false, employed: true, phcAttached: true, contributions: 'exempt',
    categories: ['pensioner', 'disabled'], dispensary: ['M08.2', 'E84.0'],
    form: 'planned', purpose: 'treatment', specialty: 'cardiology', referral: false, lifeThreatening: true, diagnosisDate: '2026-04-01',
    onList: { 'dsm-162-2020': true, 'p34-emergency-list': false },
  };
  for (const [on, table] of [['person', PATIENT_EXTENSIONS], ['care', ITEM_EXTENSIONS]] as const) {
    for (const def of table) {
      test(`${def.name} (${on}.${def.field}, ${def.value})`, () => {
        const value = samples[def.field];
        assert.ok(value !== undefined, `a sample value for ${def.field}`);
        const req = { ...base, [on]: { ...base[on], [def.field]: value } } as EligibilityRequest;
        const fhir = toFhirRequest(req);
        assertValidR4(fhir);
        const holder = (on === 'person' ? fhir.contained![0] : fhir.item![0]) as { extension?: Record<string, unknown>[] };
        const written = (holder.extension ?? []).filter((e) => e.url === EXT(def.name));
        assert.equal(written.length, Array.isArray(value) ? value.length : 1);
        assert.ok(written.every((e) => def.value in e));
        assert.deepEqual(fromFhir(JSON.parse(JSON.stringify(fhir))).request, parseRequest(req));
      });
    }
  }

  test(`${ON_LIST} (care.onList, sub-extensions list and value)`, () => {
    const req = parseRequest({ ...base, care: { ...base.care, onList: samples.onList } });
    const fhir = toFhirRequest(req);
    assertValidR4(fhir);
    const written = (fhir.item![0]!.extension ?? []).filter((e) => e.url === EXT(ON_LIST));
    assert.equal(written.length, 2);
    assert.ok(written.every((e) => e.extension?.some((x) => x.url === 'list' && x.valueCode) && e.extension.some((x) => x.url === 'value' && typeof x.valueBoolean === 'boolean')));
    assert.deepEqual(fromFhir(JSON.parse(JSON.stringify(fhir))).request, req);
  });

  test('a request with every field set round-trips', () => {
    const person = Object.fromEntries(PATIENT_EXTENSIONS.map((d) => [d.field, samples[d.field]]));
    const care = Object.fromEntries(ITEM_EXTENSIONS.map((d) => [d.field, samples[d.field]]));
    const req = parseRequest({ date: '2026-05-01', person: { ...person, region: 'astana', birthDate: '1950-01-02', sex: 'female' }, care: { ...care, onList: samples.onList, type: 'inpatient', diagnosis: 'I21.0', item: 'x' } });
    assert.deepEqual(fromFhir(toFhirRequest(req)).request, req);
  });

  test('the response extensions (outcome, dataset-version, basis) read back as the decision', async () => {
    const req = parseRequest({ date: '2026-05-01', person: { residency: 'citizen' }, care: { type: 'ambulance' } });
    const { body } = await evaluate(toFhirRequest(req));
    const d = decide(engineForTests(), req);
    assert.deepEqual(readKepilExtensions(body), { outcome: d.outcome, datasetVersion: d.datasetVersion, basis: d.basis });
    const used = new Set([...body.extension, ...body.insurance[0].item[0].extension].map((e: { url: string }) => e.url));
    assert.deepEqual([...used].sort(), RESPONSE_EXTENSIONS.map(EXT).sort());
  });

  test('docs/fhir.md names exactly the extensions the code defines', () => {
    const doc = readFileSync(fileURLToPath(new URL('../../docs/fhir.md', import.meta.url)), 'utf8');
    const table = doc.slice(doc.indexOf('## Extensions'), doc.indexOf('## Response'));
    const documented = [...table.matchAll(/^\| `([a-z-]+)` \|/gm)].map((m) => m[1]!);
    const defined = [...PATIENT_EXTENSIONS, ...ITEM_EXTENSIONS].map((d) => d.name).concat(ON_LIST, RESPONSE_EXTENSIONS);
    assert.deepEqual(documented.sort(), defined.sort());
  });
});

test('a real FHIR client reads the response from POST /fhir/CoverageEligibilityRequest', async () => {
  const client = new Client({ baseUrl: `http://127.0.0.1:${port}/fhir` });
  const response = (await client.create({ resourceType: 'CoverageEligibilityRequest', body: fhirRequest({ careType: 'palliative' }) as never })) as Record<string, any>;
  assert.equal(response.resourceType, 'CoverageEligibilityResponse');
  assert.equal(response.insurance[0].inforce, true);
  assertValidR4(response);
});
