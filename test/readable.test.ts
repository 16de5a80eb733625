// Answers that read true (issue 16): no readable answer holds an internal id, in any language, for
// any golden scenario; undetermined answers say under which reading each reason holds.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { decide, parseRequest } from '../src/engine/index.js';
import { localize } from '../src/i18n/localize.js';
import { citerFor } from '../src/corpus/citer.js';
import { explainDecision } from '../src/cli/engine-commands.js';
import { LANGS } from '../src/i18n/index.js';
import { simplify } from '../src/engine/readable.js';
import { engineForTests } from './app-support.js';
// What a reader must never see: an id (snake or kebab, with digits), a dotted key, a request path, a region's id.
import { internalIds } from './internal-id.js';

const dir = fileURLToPath(new URL('../../test/scenarios/', import.meta.url));
const scenarios = readdirSync(dir)
  .filter((f) => f.endsWith('.json'))
  .flatMap((f) => (JSON.parse(readFileSync(dir + f, 'utf8')) as { scenarios: { name: string; request: unknown }[] }).scenarios.map((s) => ({ file: f, ...s })));


test('the internal-id pattern finds the ids answers used to show, and not the codes and numbers a person reads', () => {
  const ids = [
    'karaganda-drugs-13', 'karaganda-devices-1', 'astana-drugs-29', 'karaganda-307', 'astana-162-20-viii', 'dsm-149-2020', 'gov-1086-item-2',
    'dsm-108-orphan-codes', 'p34-emergency-list', 'unnamed-item:karaganda-devices-1', 'regional-list:abai', 'row_13', 'children_under_18',
    'mangystau-9-112.macitentan', 'p33.3', 'person.residency', 'interpretation:p33.3', "karaganda's list", 'for citizen only',
  ];
  for (const id of ids) assert.ok(internalIds(`the text holds ${id} here`).length > 0, id);
  const words = [
    'ICD-10 A15–A19, M05-M06, C00-C97, D00-D09, S00–T98', 'ҚР ДСМ-162/2020, ҚР ДСМ-75, № 162/20-VIII', 'Programme, p. 33, subp. 4); p.55; p.33.3',
    '2026-05-01, 29.03.2024', 'Karaganda Region’s list is for citizens of Kazakhstan only', 'the person is a citizen, a kandas, a refugee',
  ];
  for (const w of words) assert.deepEqual(internalIds(w), [], w);
});

test('no readable answer holds an internal id, in kk, ru or en, for any golden scenario', () => {
  const engine = engineForTests();
  const citer = citerFor(engine.corpus);
  assert.ok(scenarios.length > 200);
  const found: string[] = [];
  for (const s of scenarios) {
    const d = decide(engine, parseRequest(s.request));
    for (const lang of LANGS) {
      const text = explainDecision(localize(d, lang, { cite: (x, l) => citer.cite(x, l) }), lang);
      assert.ok(text.length > 0);
      const ids = internalIds(text);
      if (ids.length) found.push(`${s.file} › ${s.name} [${lang}]: ${ids.join(', ')}`);
    }
  }
  assert.deepEqual(found, []);
});

// The new user's request of the issue: planned surgery for gallstones, contributions and p.55 groups unknown.
const GALLSTONES = { date: '2026-05-01', person: { residency: 'citizen', birthDate: '1980-03-15' }, care: { type: 'inpatient', diagnosis: 'K80.2', form: 'planned' } };

test('an undetermined answer states no reason as fact that holds in only some readings', () => {
  const d = decide(engineForTests(), parseRequest(GALLSTONES));
  assert.equal(d.outcome, 'undetermined');
  const notFree = d.readings.filter((r) => r.outcome !== 'covered');
  assert.ok(notFree.length >= 2 && notFree.length < d.readings.length);
  // "no CSHI" holds only where contributions are unpaid and no p.55 group holds: said so, in words and as data.
  const noCshi = d.reasons.find((r) => r.message?.id === 'rules.noPackageNote' || /does not have CSHI/.test(r.text));
  assert.ok(noCshi?.when, JSON.stringify(d.reasons.map((r) => [r.text, r.when?.text])));
  for (const set of noCshi.when.readings) {
    assert.ok(set.some((f) => f.field === 'person.contributions' && f.value === 'unpaid'), JSON.stringify(noCshi.when));
    assert.ok(set.some((f) => f.field === 'person.categories' && f.value === 'none'), JSON.stringify(noCshi.when));
  }
  assert.match(noCshi.when.text, /^if CSHI contributions are not paid and the person is in none of the p\.55 groups/);
  // Every reason holds in some reading that is not free, and only there.
  for (const r of d.reasons) {
    assert.ok(r.when, `${r.text}: every reading is not free?`);
    for (const set of r.when.readings) assert.ok(notFree.some((x) => set.every((f) => x.facts.some((g) => g.field === f.field && g.value === f.value))), `${r.text}: ${JSON.stringify(set)}`);
  }
  // The trace says which reading it follows before it follows it.
  assert.equal(d.trace[0]!.ruleMessage?.id, 'readable.trace.reading');
  assert.equal(d.trace[0]!.result, d.readings[0]!.assumption);
});

test('readings, questions and interpretations carry their values in words beside the ids', () => {
  const d = decide(engineForTests(), parseRequest(GALLSTONES));
  for (const r of d.readings) {
    for (const f of r.facts) assert.ok(f.text && f.message && internalIds(f.text).length === 0, JSON.stringify(f));
    assert.ok(!/ = |person\.|care\./.test(r.assumption), r.assumption);
  }
  const contributions = d.questions.find((q) => q.field === 'person.contributions')!;
  assert.deepEqual(contributions.values.map((v) => v.value), ['paid', 'unpaid']);
  assert.deepEqual(contributions.values.map((v) => v.text), ['CSHI contributions are paid (or the person is exempt)', 'CSHI contributions are not paid']);
  const ru = localize(d, 'ru');
  assert.equal(ru.questions.find((q) => q.field === 'person.contributions')!.values[1]!.text, 'взносы ОСМС не уплачены');
  const p33 = d.interpretations.find((i) => i.id === 'p33.3')!;
  assert.ok(p33.readings.every((r) => r.text.length > 20 && internalIds(r.text).length === 0), JSON.stringify(p33.readings));
});

test('covered in every reading but in two packages: the answer says which package under which facts', () => {
  // An adult of unknown insurance, emergency admission 2026: p.62 if insured, p.33.4 if not.
  const d = decide(engineForTests(), parseRequest({ date: '2026-05-01', person: { residency: 'citizen', birthDate: '1980-03-15', pregnant: false }, care: { type: 'inpatient', form: 'emergency', diagnosis: 'K35.8' } }));
  assert.equal(d.outcome, 'covered');
  assert.equal(d.package, null);
  const by = new Map((d.packages ?? []).map((p) => [p.package, p.when]));
  assert.deepEqual([...by.keys()].sort(), ['cshi', 'gvfmc']);
  assert.ok(by.get('gvfmc')!.readings.every((set) => set.some((f) => f.field === 'person.contributions' && f.value === 'unpaid')), JSON.stringify(by.get('gvfmc')));
  assert.ok(by.get('cshi')!.readings.some((set) => set.some((f) => f.field === 'person.contributions' && f.value === 'paid')), JSON.stringify(by.get('cshi')));
  const text = explainDecision(localize(d, 'kk'), 'kk');
  assert.match(text, /Қай пакетте:\n {2}МӘМС — егер /);
});

test('a fact the person knows is asked before a list only an authority holds, which says who holds it', () => {
  // An uninsured adult's infectious admission (A09.0): ҚР ДСМ-162/2020 is not held, the referral is open.
  const d = decide(engineForTests(), parseRequest({ date: '2026-05-01', person: { residency: 'citizen', birthDate: '1980-01-01', contributions: 'paid' }, care: { type: 'inpatient', form: 'planned', diagnosis: 'A09.0' } }));
  assert.equal(d.outcome, 'undetermined');
  const kinds = d.questions.map((q) => q.kind);
  assert.ok(kinds.includes('list') && kinds.includes('fact'), JSON.stringify(d.questions.map((q) => q.field)));
  assert.ok(kinds.indexOf('fact') < kinds.indexOf('list'), JSON.stringify(kinds));
  const list = d.questions.find((q) => q.kind === 'list')!;
  assert.match(list.authority!.text, /ҚР ДСМ-162\/2020.*Kepil does not hold it/);
  assert.match(explainDecision(localize(d, 'ru'), 'ru'), /Министерство здравоохранения\), в Kepil его нет/);
});

test('simplify merges readings that take every value of a fact, and keeps the rest exact', () => {
  const values = [['paid', 'unpaid'], ['none', 'group'], ['true', 'false']];
  // unpaid∧none∧true ∨ unpaid∧none∧false → unpaid∧none
  assert.deepEqual(simplify([['unpaid', 'none', 'true'], ['unpaid', 'none', 'false']], values), [['unpaid', 'none', undefined]]);
  // paid (never asked further) ∨ unpaid∧group → kept apart: paid covers no group reading
  assert.deepEqual(simplify([['paid', undefined, undefined], ['unpaid', 'group', undefined]], values), [['paid', undefined, undefined], ['unpaid', 'group', undefined]]);
  // everything → one empty term (holds in every reading)
  assert.deepEqual(simplify([['paid', undefined, undefined], ['unpaid', 'none', undefined], ['unpaid', 'group', undefined]], values), [[undefined, undefined, undefined]]);
});
