import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { defaultDataDir } from '../src/corpus/loader.js';
import { buildAnnex1File } from '../src/corpus/annex1-file.js';
import { annex1Inconsistencies } from '../src/corpus/check.js';
import { limits } from '../src/corpus/queries.js';
import { corpusForTests } from './support.js';

const dataDir = defaultDataDir();
const read = (rel: string) => readFileSync(join(dataDir, rel), 'utf8');

test('the committed annex 1 data is exactly what the extraction script makes from the act', () => {
  const { file, problems } = buildAnnex1File(dataDir, read);
  assert.deepEqual(problems, []);
  assert.deepEqual(JSON.parse(read('generated/annex1-limits.json')), JSON.parse(JSON.stringify(file)), 'stale: run `npm run extract:annex1`');
});

test('annex 1 has 20 regions × (35 profiles + the all-profiles row)', () => {
  const rows = corpusForTests().limits;
  assert.equal(rows.length, 20 * 36);
});

test('figures with spaces as thousands separators are read back as published', () => {
  const [abai] = limits(corpusForTests(), { region: 'abai', profile: 'all_profiles' });
  assert.deepEqual(
    [abai!.total, abai!.children, abai!.adults, abai!.ruralTotal, abai!.ruralChildren, abai!.ruralAdults],
    [85472, 18552, 66920, 22810, 5000, 17810],
  );
  const [almatyGyn] = limits(corpusForTests(), { region: 'almaty', profile: 'gynaecology' });
  assert.deepEqual([almatyGyn!.total, almatyGyn!.children, almatyGyn!.adults], [16377, 155, 16223]);
  assert.equal(almatyGyn!.profileName.kk, 'Гинекология');
});

test('a * is null, and cities have null rural columns', () => {
  const [allergy] = limits(corpusForTests(), { region: 'abai', profile: 'allergology' });
  assert.deepEqual([allergy!.total, allergy!.children, allergy!.adults, allergy!.ruralTotal], [null, null, null, null]);
  for (const r of limits(corpusForTests(), { region: 'shymkent' })) assert.deepEqual([r.ruralTotal, r.ruralChildren, r.ruralAdults], [null, null, null]);
});

test('Astana’s unseparated figures ("3620", "12034") are read', () => {
  const [haem] = limits(corpusForTests(), { region: 'astana', profile: 'haematology' });
  assert.deepEqual([haem!.total, haem!.children, haem!.adults], [4482, 862, 3620]);
});

test('the act’s own inconsistencies are kept as published and reported', () => {
  const rows = corpusForTests().limits;
  const [purulent] = limits(corpusForTests(), { region: 'abai', profile: 'purulent_surgery' });
  assert.deepEqual([purulent!.total, purulent!.children, purulent!.adults], [1329, 306, 1024]);
  const report = annex1Inconsistencies(rows);
  assert.ok(report.some((l) => l.includes('abai/purulent_surgery: total 1329 ≠ children 306 + adults 1024')));
  assert.ok(report.some((l) => /annex 1 akmola: all-profiles adults .* \(by 3\)/.test(l)));
});

test('a row the export prints short keeps its unknown columns null, with a note', () => {
  const row = corpusForTests().limits.find((r) => r.region === 'pavlodar' && r.profile === 'thoracic_surgery')!;
  assert.equal(row.total, 0);
  assert.equal(row.ruralAdults, null);
  assert.match(row.note!, /prints 4 of 6 figures/);
});
