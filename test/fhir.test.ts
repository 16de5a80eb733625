import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import { createRequire } from 'node:module';
import { Client } from 'fhir-kit-client';
import { appForTests } from './app-support.js';
import { fhirRequest } from './fhir-support.js';
import { EXT } from '../src/api/fhir/mapping.js';

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

test('bad input: 400 with error set, naming where in the FHIR request', async () => {
  const bad = fhirRequest({ region: 'atlantis' });
  const { status, body } = await evaluate(bad);
  assert.equal(status, 400);
  assertValidR4(body);
  assert.equal(body.outcome, 'error');
  assert.match(body.error[0].code.text, /address\[0\]\.state/);
  const notFhir = await evaluate({ resourceType: 'Patient' });
  assert.equal(notFhir.status, 400);
  assertValidR4(notFhir.body);
});

test('a real FHIR client reads the response from POST /fhir/CoverageEligibilityRequest', async () => {
  const client = new Client({ baseUrl: `http://127.0.0.1:${port}/fhir` });
  const response = (await client.create({ resourceType: 'CoverageEligibilityRequest', body: fhirRequest({ careType: 'palliative' }) as never })) as Record<string, any>;
  assert.equal(response.resourceType, 'CoverageEligibilityResponse');
  assert.equal(response.insurance[0].inforce, true);
  assertValidR4(response);
});
