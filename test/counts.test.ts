import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { ListRow } from '../src/corpus/schema.js';
import { corpusForTests } from './support.js';

function rowsOf(actId: string): ListRow[] {
  const act = corpusForTests().acts.get(actId);
  assert.ok(act, `act ${actId} missing`);
  assert.equal(act.content.kind, 'regional_list');
  if (act.content.kind !== 'regional_list' || !act.content.list) throw new Error('no list');
  return act.content.list.rows;
}

const bySection = (rows: ListRow[], section: ListRow['section']) => rows.filter((r) => r.section === section);

test('Mangystau annex 1 as restated: 15 drug rows, 2 device rows, 3 nutrition rows', () => {
  const rows = rowsOf('mangystau-9-112');
  assert.equal(bySection(rows, 'drugs').length, 15);
  assert.equal(bySection(rows, 'devices').length, 2);
  assert.equal(bySection(rows, 'nutrition').length, 3);
});

test('Karaganda annex 1 as restated in 2025: 23 drug items and the device item; annex 2 repeals 12 decisions', () => {
  const rows = rowsOf('karaganda-34');
  assert.equal(bySection(rows, 'drugs').length, 23);
  assert.equal(bySection(rows, 'devices').length, 1);
  const act = corpusForTests().acts.get('karaganda-34')!;
  assert.equal(act.content.kind === 'regional_list' && act.content.repeals.length, 12);
});

test('Karaganda items 7–11 name no drug, and none is invented', () => {
  const rows = bySection(rowsOf('karaganda-34'), 'drugs');
  for (const n of ['7', '8', '9', '10', '11']) {
    const row = rows.find((r) => r.number === n)!;
    assert.ok(row.items.every((i) => !i.named && i.inn === null), `row ${n}`);
    assert.match(row.items[0]!.names!.en, /not named/);
  }
  for (const row of rows.filter((r) => !['7', '8', '9', '10', '11'].includes(r.number))) assert.ok(row.items.every((i) => i.named), `row ${row.number}`);
});

test('Astana: 43 drug rows, 3 device rows, 7 nutrition rows', () => {
  const rows = rowsOf('astana-162-20-viii');
  assert.equal(bySection(rows, 'drugs').length, 43);
  assert.equal(bySection(rows, 'devices').length, 3);
  assert.equal(bySection(rows, 'nutrition').length, 7);
});

test('rows are numbered 1..n in each section, and ids are unique', () => {
  for (const id of ['mangystau-9-112', 'karaganda-34', 'astana-162-20-viii']) {
    const rows = rowsOf(id);
    for (const section of ['drugs', 'devices', 'nutrition'] as const) {
      const numbers = bySection(rows, section).map((r) => r.number);
      assert.deepEqual(numbers, numbers.map((_, i) => String(i + 1)), `${id} ${section}`);
    }
    assert.equal(new Set(rows.map((r) => r.id)).size, rows.length);
  }
});

test('the programme: 16 state-paid CSHI groups, 9 criteria, 14 numbered payment rows plus the foreign-specialists block', () => {
  const p = corpusForTests().programme.content;
  assert.deepEqual(p.cshiStatePaidGroups.map((g) => g.number), Array.from({ length: 16 }, (_, i) => i + 1));
  assert.deepEqual(
    p.cshiStatePaidGroups.map((g) => g.id),
    ['child', 'non_working_pregnant', 'caring_child_under_3', 'parental_leave', 'disabled_child_carer', 'group1_disability_carer', 'pensioner', 'prisoner', 'detainee', 'non_working_kandas', 'mother_heroine', 'disabled', 'full_time_student', 'social_assistance', 'registered_unemployed', 'crisis_welfare'],
  );
  assert.equal(p.criteria.length, 9);
  assert.deepEqual(p.paymentMethods.filter((m) => m.number !== null).map((m) => m.number), Array.from({ length: 14 }, (_, i) => i + 1));
  assert.equal(p.paymentMethods.filter((m) => m.number === null).length, 1);
  assert.equal(p.selfReferral.length, 6);
  assert.equal(p.cshiServices.length, 7);
});

test('every act the sources name as amending, restating or repealing them has a file', () => {
  const ids = [...corpusForTests().acts.keys()];
  for (const id of ['mangystau-37-446', 'karaganda-34-2023', 'karaganda-307', 'astana-221-27-viii', 'gov-1086-2025']) assert.ok(ids.includes(id), id);
  for (const act of corpusForTests().acts.values()) {
    for (const link of [...act.life.amendedBy, ...act.life.restatedBy, ...act.life.amends, ...(act.life.repealedBy ? [act.life.repealedBy] : [])]) {
      assert.ok(ids.includes(link.act), `${act.id} links to ${link.act}, which has no file`);
    }
  }
});

test('reference tables: 20 regions with the agreed ids, 35 profiles', () => {
  const c = corpusForTests();
  assert.deepEqual(
    [...c.regions.keys()],
    'abai akmola aktobe almaty_oblast atyrau west_kazakhstan zhambyl zhetisu karaganda kostanay kyzylorda mangystau pavlodar north_kazakhstan turkistan ulytau east_kazakhstan almaty astana shymkent'.split(' '),
  );
  assert.equal(c.profiles.size, 35);
});

test('every ICD-10 code used by a list row has a name in the reference table', () => {
  const c = corpusForTests();
  for (const holders of c.listsByRegion.values()) {
    for (const { list } of holders) {
      for (const row of list.rows) for (const code of row.icd10.codes) assert.ok(c.icd10.has(code), `${row.id}: ${code} has no entry in data/reference/icd10.json`);
    }
  }
});

test('the socially significant diseases are labelled as reference data from outside the sources, unverified', () => {
  const c = corpusForTests();
  assert.equal(c.socialProvenance?.status, 'reference_data_outside_sources');
  assert.equal(c.socialProvenance?.verifiedAgainstSources, false);
  assert.ok(c.sociallySignificant.every((g) => g.icd10.length > 0));
});
