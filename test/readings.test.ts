// Readings over the unknown facts (issue 8 §1): answering the questions one by one reaches a
// determinate answer or only what an authority settles; the bound is said; stated list facts show.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { decide, parseRequest, type EligibilityRequest } from '../src/engine/index.js';
import type { Question } from '../src/engine/decision.js';
import { MAX_READINGS } from '../src/engine/readings.js';
import { actsOn } from '../src/corpus/index.js';
import { engineForTests } from './app-support.js';
import { corpusForTests } from './support.js';

type Req = EligibilityRequest;

/** Puts a question's first value into the request, as a person answering it would; null if only an authority can. */
function answer(r: Req, q: Question): Req | null {
  const v = q.values[0]!.value;
  const next = structuredClone(r) as Req & { care: { onList?: Record<string, boolean> } };
  if (q.field.startsWith('care.onList.')) {
    next.care.onList = { ...(next.care.onList ?? {}), [q.field.slice('care.onList.'.length)]: v === 'true' };
    return next;
  }
  const [head, key] = q.field.split('.') as ['person' | 'care', string];
  const target = (head === 'person' ? next.person : next.care) as Record<string, unknown>;
  switch (q.field) {
    case 'person.birthDate':
      target.birthDate = v === 'under_18' || v === 'true' ? `${Number(r.date.slice(0, 4)) - (v === 'true' ? 0 : 10)}-01-01` : '1980-01-01';
      if (target.birthDate! > r.date) target.birthDate = r.date;
      return next;
    case 'person.residency':
      target.residency = v.split('|')[0];
      return next;
    case 'person.categories':
      target.categories = v === 'none' ? [] : ['pensioner'];
      return next;
    case 'care.diagnosis':
      target.diagnosis = v === 'socially_significant' || v === 'true' ? 'C50.9' : 'K29.7';
      return next;
    case 'care.diagnosisDate':
      target.diagnosisDate = v === 'true' ? r.date : `${Number(r.date.slice(0, 4)) - 3}-01-01`;
      return next;
    default:
      if (q.kind !== 'fact' || !(head === 'person' || head === 'care')) return null;
      target[key] = v === 'true' ? true : v === 'false' ? false : v;
      return next;
  }
}

const cases = (() => {
  // The legal audit's 58 requests (../shared/reviews/legal-audit-cases.json, copied as a fixture).
  const file = fileURLToPath(new URL('../../test/fixtures/legal-audit-cases.json', import.meta.url));
  const d = JSON.parse(readFileSync(file, 'utf8')) as { cases: { id: string; req: unknown }[]; cases2: { id: string; req: unknown }[] };
  return [...d.cases, ...d.cases2];
})();

const scenarioRequests = (): { id: string; req: unknown }[] => {
  const dir = fileURLToPath(new URL('../../test/scenarios/', import.meta.url));
  const file = `${dir}legal-audit.json`;
  const { scenarios } = JSON.parse(readFileSync(file, 'utf8')) as { scenarios: { name: string; request: unknown }[] };
  return scenarios.map((s) => ({ id: s.name, req: s.request }));
};

test('answering the questions one by one reaches a determinate answer, or only what an authority settles', () => {
  const engine = engineForTests();
  let walked = 0;
  for (const c of [...cases, ...scenarioRequests()]) {
    let r = parseRequest(c.req);
    for (let step = 0; step < 20; step++) {
      const d = decide(engine, r);
      if (d.outcome !== 'undetermined' || d.questions.length === 0) break;
      // Each value's outcome is what the readings with that value give.
      for (const q of d.questions) assert.ok(q.values.length >= 2 || q.kind === 'interpretation', `${c.id}: ${q.field}`);
      const answerable = d.questions.map((q) => answer(r, q)).find((x) => x !== null);
      if (!answerable) {
        assert.ok(d.questions.every((q) => q.kind === 'interpretation' || q.field.startsWith('publication:')), `${c.id}: only an authority's questions remain: ${d.questions.map((q) => q.field)}`);
        break;
      }
      const before = d.readings.length;
      r = parseRequest(answerable);
      const after = decide(engine, r);
      assert.ok(after.outcome !== 'undetermined' || after.readings.length <= before || after.questions.length > 0, `${c.id}: an answer narrows the readings`);
      walked++;
      assert.ok(step < 19, `${c.id}: the questions do not end`);
    }
  }
  assert.ok(walked > 10, `walked ${walked} answers`);
});

test('what the person knows is asked first, then readings of a text, then lists; within each, the most decisive first', () => {
  const engine = engineForTests();
  const rank = { fact: 0, interpretation: 1, list: 2 } as const;
  let lists = 0;
  for (const c of cases) {
    const d = decide(engine, parseRequest(c.req));
    // A fact the person knows (age, work, a referral) comes before a list only an authority holds (issue 16 §4).
    for (let i = 1; i < d.questions.length; i++) assert.ok(rank[d.questions[i - 1]!.kind] <= rank[d.questions[i]!.kind], `${c.id}: ${d.questions.map((q) => q.kind)}`);
    // A list's question says who holds it.
    for (const q of d.questions) if (q.kind === 'list') (lists++, assert.ok(q.authority && /Kepil/.test(q.authority.text), `${c.id}: ${q.field} says who holds it`));
    const settled = (q: Question) => q.values.filter((v) => v.outcome !== 'undetermined').length;
    // Within a kind the order is by readings settled; a first question never settles no value while a later one of its kind does.
    for (const kind of ['fact', 'interpretation', 'list'] as const) {
      const qs = d.questions.filter((q) => q.kind === kind);
      if (qs.length >= 2 && settled(qs[0]!) === 0) assert.ok(qs.every((q) => settled(q) === 0), `${c.id}: ${JSON.stringify(qs.map((q) => [q.field, settled(q)]))}`);
    }
  }
  assert.ok(lists > 0, 'some audit request asks a list');
});

test('too many open facts: undetermined, saying the bound was reached', () => {
  // Nothing known but the type of care: residency, insurance, form, diagnosis, referral … all open.
  const r = parseRequest({ date: '2027-05-01', person: {}, care: { type: 'inpatient' } });
  const d = decide(engineForTests(), r);
  assert.equal(d.outcome, 'undetermined');
  assert.equal(d.package, null);
  assert.ok(d.readings.length <= MAX_READINGS);
  assert.ok(d.missing.some((m) => m.id === 'readings-bound'), JSON.stringify(d.missing.map((m) => m.id)));
  assert.ok(d.notes.some((n) => n.includes(String(MAX_READINGS))));
});

test('a list fact stated by the requester decides its reading and is shown as stated', () => {
  const base = { date: '2026-05-01', person: { residency: 'citizen', birthDate: '1970-01-01', contributions: 'paid' }, care: { type: 'outpatient_specialist', form: 'planned', diagnosis: 'I10', referral: false, onList: { 'dsm-108-orphan-codes': false } } };
  const open = decide(engineForTests(), parseRequest(base));
  assert.equal(open.outcome, 'undetermined');
  assert.equal(open.questions[0]!.field, 'care.onList.dsm-149-2020');
  const stated = decide(engineForTests(), parseRequest({ ...base, care: { ...base.care, onList: { ...base.care.onList, 'dsm-149-2020': true } } }));
  assert.equal(stated.outcome, 'covered');
  assert.equal(stated.package, 'cshi');
  // The list by its name (issue 16); its id stays in the condition's id.
  assert.ok(stated.notes.some((n) => n.includes('ҚР ДСМ-149/2020') && n.includes('stated by the requester')), JSON.stringify(stated.notes));
  assert.ok(stated.conditions.some((c) => c.id === 'onList.dsm-149-2020' && c.status === 'met'));
});

test('an unknown list id in care.onList is a 4xx naming the field', () => {
  assert.throws(() => parseRequest({ date: '2026-05-01', person: {}, care: { type: 'phc', onList: { 'no-such-list': true } } }), (e: Error & { issues?: { path: string }[] }) => !!e.issues?.some((i) => i.path.startsWith('care.onList')));
});

test('an uninsured adult hears "with CSHI contributions paid" for an undetermined answer too', () => {
  // Q85.1 lies in the orphan codes the public page cuts off (after Q78.0): the answer stays open on that list.
  const d = decide(engineForTests(), parseRequest({ date: '2026-05-01', person: { residency: 'citizen', birthDate: '1980-01-01', sex: 'male', employed: true, contributions: 'unpaid', categories: [] }, care: { type: 'inpatient', form: 'planned', diagnosis: 'Q85.1', referral: true } }));
  assert.equal(d.outcome, 'undetermined');
  assert.ok(d.wouldCover.some((w) => w.change.includes('contributions paid')), JSON.stringify(d.wouldCover));
});

test('a p.55 group given in categories is checked against its own conditions, and the reason says so', () => {
  const d = decide(engineForTests(), parseRequest({ date: '2026-05-01', person: { residency: 'citizen', birthDate: '1990-01-01', employed: true, contributions: 'unpaid', categories: ['caring_child_under_3'] }, care: { type: 'outpatient_specialist', specialty: 'dentistry', form: 'planned' } }));
  assert.equal(d.outcome, 'not_covered');
  // The group by its name in the act (issue 16: words, not ids), and why it does not hold.
  assert.ok(d.reasons.some((r) => r.text.includes('raising a child (children) under three') && r.text.includes('non-working') && r.text.includes('the person works')), JSON.stringify(d.reasons));
});

test('decree 1086: the publication premise does not close its window (audit F20)', () => {
  const act = actsOn(corpusForTests(), '2026-05-01').find((a) => a.id === 'gov-1086-2025')!;
  assert.equal(act.inForce.state, 'uncertain');
  assert.equal(act.inForce.presumed, false);
});

test('every named interpretation and question has its text in kk, ru and en', async () => {
  const { CATALOG } = await import('../src/i18n/index.js');
  for (const id of engineForTests().interpretations.keys()) {
    const entry = CATALOG[`engine.interp.${id}`];
    assert.ok(entry && entry.kk && entry.ru && entry.en, `engine.interp.${id}`);
  }
  const d = decide(engineForTests(), parseRequest({ date: '2027-05-01', person: {}, care: { type: 'inpatient' } }));
  for (const q of d.questions) assert.ok(CATALOG[q.message.id], q.message.id);
});
