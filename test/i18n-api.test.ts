// Every text an answer carries comes in the language asked for: the CLI's --lang, HTTP's ?lang= then
// Accept-Language, FHIR's `language`; kk by default. Ids, codes and act quotes are allowed.
import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import { appForTests } from './app-support.js';
import { cli } from './support.js';
import { englishSentences, stringsIn } from '../src/i18n/english.js';
import { fhirRequest } from './fhir-support.js';

const app = await appForTests();
after(() => app.close());

/** Fields that hold ids, codes, dates, data names in all three languages, or the act's own words. */
const NOT_TEXT = new Set(['message', 'ruleMessage', 'noteMessages', 'id', 'field', 'act', 'point', 'quote', 'clause', 'kind', 'datasetVersion', 'value', 'facts', 'assumption', 'outcome', 'package', 'status', 'state', 'date', 'disease', 'names', 'name', 'en', 'nameInAct', 'inn', 'form', 'region', 'row', 'section', 'pending', 'rule_en', 'rule', 'type', 'category', 'detail', 'note', 'icd10', 'codes', 'items', 'item', 'title', 'issuer', 'url']);

/** The English runs in an answer's text fields. `rule` (the data's own English account of a date) is left out. */
function english(answer: unknown): string[] {
  return stringsIn(answer, '', (k) => NOT_TEXT.has(k)).filter((s) => englishSentences(s.text).length > 0).map((s) => `${s.path}: ${s.text}`);
}

const REQUESTS = {
  child: { date: '2026-11-25', person: { residency: 'citizen', region: 'almaty', birthDate: '2019-06-15' }, care: { type: 'inpatient', form: 'planned', diagnosis: 'J18.9' } },
  adult: { date: '2026-11-25', person: { residency: 'citizen', region: 'astana', birthDate: '1988-04-02', sex: 'male', employed: false, contributions: 'unpaid' }, care: { type: 'inpatient', form: 'planned', specialty: 'surgery', diagnosis: 'K40.9', referral: true } },
  karaganda: { date: '2026-11-25', person: { residency: 'citizen', region: 'karaganda', birthDate: '1985-03-10', dispensary: ['L40.0'] }, care: { type: 'outpatient_drug', diagnosis: 'L40.0', item: 'Секукинумаб' } },
  in2027: { date: '2027-03-01', person: { residency: 'citizen', birthDate: '1980-05-05', contributions: 'unpaid', categories: [] }, care: { type: 'inpatient', form: 'emergency', diagnosis: 'I21.0' } },
  foreigner: { date: '2026-03-02', person: { residency: 'foreign_temporary' }, care: { type: 'treatment_abroad' } },
  nodrug: { date: '2026-11-25', person: { residency: 'citizen', region: 'abai', birthDate: '1970-01-01' }, care: { type: 'outpatient_drug', diagnosis: 'E11.9', item: 'инсулин' } },
};

test('POST /api/v1/eligibility?lang=kk and ?lang=ru: every text field in that language', async () => {
  for (const lang of ['kk', 'ru']) {
    for (const [name, req] of Object.entries(REQUESTS)) {
      const res = await app.inject({ method: 'POST', url: `/api/v1/eligibility?lang=${lang}`, payload: req });
      assert.equal(res.statusCode, 200, `${name}: ${res.body}`);
      assert.equal(res.headers['content-language'], lang);
      const d = res.json();
      assert.deepEqual(english(d), [], `${name} (${lang})`);
      // The decision keeps the ids beside the texts.
      for (const r of d.reasons) assert.ok(r.message?.id, `${name}: a reason without its message id: ${r.text}`);
      for (const m of d.missing) assert.ok(m.message?.id, `${name}: a missing fact without its message id: ${m.text}`);
      for (const b of d.basis) assert.ok(typeof b.cite === 'string' && b.cite.length > 0);
    }
  }
});

test('no language asked: Kazakh; Accept-Language picks ru; ?lang= wins over the header; a bad ?lang= is a 400 naming it', async () => {
  const kk = await app.inject({ method: 'POST', url: '/api/v1/eligibility', payload: REQUESTS.adult });
  assert.equal(kk.headers['content-language'], 'kk');
  assert.match(kk.json().basis[0].cite, /^Бағдарлама, \d+-тармақ/);
  const ru = await app.inject({ method: 'POST', url: '/api/v1/eligibility', payload: REQUESTS.adult, headers: { 'accept-language': 'ru-RU,ru;q=0.9,en;q=0.8' } });
  assert.match(ru.json().basis[0].cite, /^Программа, п\. \d+/);
  assert.ok(ru.json().basis.some((b: { gist?: string }) => b.gist), 'a gist on ru');
  const en = await app.inject({ method: 'POST', url: '/api/v1/eligibility?lang=en', payload: REQUESTS.adult, headers: { 'accept-language': 'ru' } });
  assert.match(en.json().basis[0].cite, /^Programme, p\. \d+/);
  const bad = await app.inject({ method: 'GET', url: '/api/v1/acts?lang=de' });
  assert.equal(bad.statusCode, 400);
  assert.equal(bad.json().error.issues[0].path, 'lang');
  const acts = await app.inject({ method: 'GET', url: '/api/v1/acts?date=2026-05-01&lang=ru' });
  assert.equal(acts.statusCode, 200, 'the routes’ strict queries accept lang');
  assert.deepEqual(english(acts.json().acts.map((a: { inForce: unknown }) => a.inForce)), []);
});

test('validation errors in the user’s language, naming the field as the form labels it', async () => {
  const res = await app.inject({ method: 'POST', url: '/api/v1/eligibility?lang=kk', payload: { date: '2026-13-40', person: { birthDate: '2030-01-01' }, care: { type: 'teleport' } } });
  assert.equal(res.statusCode, 400);
  const e = res.json().error;
  assert.equal(e.message, 'Сұрауда қате бар');
  const type = e.issues.find((i: { path: string }) => i.path === 'care.type');
  assert.match(type.message, /^Көмек түрі: тізімнен таңдаңыз/);
  assert.equal(e.issues.filter((i: { path: string }) => i.path === 'date').length, 1, 'one issue per field');
  assert.deepEqual(e.issues.map((i: { message: string }) => englishSentences(i.message)).flat(), []);
  const ru = await app.inject({ method: 'POST', url: '/api/v1/eligibility?lang=ru', payload: { date: '2026-05-01', person: { birthDate: '2030-01-01' }, care: { type: 'phc' } } });
  assert.match(ru.json().error.issues[0].message, /^Дата рождения: дата рождения позже даты оказания помощи \(01\.05\.2026\)/);
});

test('FHIR answers in the request’s language', async () => {
  const body = { ...fhirRequest({ careType: 'ambulance' }), language: 'ru' };
  const res = await app.inject({ method: 'POST', url: '/fhir/CoverageEligibilityRequest/$evaluate', payload: body, headers: { 'content-type': 'application/fhir+json' } });
  assert.equal(res.statusCode, 200);
  const r = res.json();
  assert.equal(r.language, 'ru');
  assert.match(r.disposition, /^Бесплатно/);
  assert.match(r.insurer.display, /ГОБМП/);
});

test('npx kepil check --lang ru: every text field in Russian; kk by default; --version', () => {
  for (const [name, req] of Object.entries(REQUESTS)) {
    const r = cli(['check', '--lang', 'ru'], JSON.stringify(req));
    assert.equal(r.status, 0, r.stderr);
    assert.deepEqual(english(JSON.parse(r.stdout)), [], name);
  }
  const kk = JSON.parse(cli(['check'], JSON.stringify(REQUESTS.child)).stdout);
  assert.match(kk.basis[0].cite, /^Бағдарлама/);
  const json = cli(['check', '--json', '--lang', 'en'], JSON.stringify(REQUESTS.child));
  assert.equal(json.status, 0, 'check takes --json');
  const err = cli(['check', '--lang', 'ru'], JSON.stringify({ date: '2026-05-01', person: {}, care: { type: 'magic' } }));
  assert.equal(err.status, 2);
  assert.match(JSON.parse(err.stderr).error.issues[0].message, /^Вид помощи: /);
  assert.match(cli(['--version']).stdout, /^\d+\.\d+\.\d+/);
});
