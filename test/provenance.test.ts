import { test } from 'node:test';
import assert from 'node:assert/strict';
import { checkCorpus } from '../src/corpus/check.js';
import { checkProvenance, checkSecondary, parsePrintedCodes } from '../src/corpus/provenance.js';
import { foldForQuote } from '../src/corpus/normalize.js';
import { corpusForTests } from './support.js';

test('every quote occurs in its act’s source text', () => {
  const report = checkCorpus(corpusForTests());
  assert.ok(report.provenance.checked > 500, `only ${report.provenance.checked} citations found`);
  assert.deepEqual(report.provenance.failures, []);
});

test('the fold ignores line breaks, hyphenated breaks and letter-spacing, nothing else', () => {
  assert.equal(foldForQuote('Б у л л а л ы  \nэпидермолиз'), foldForQuote('Буллалы эпидермолиз'));
  assert.equal(foldForQuote('көтералмау-шылық'), foldForQuote('көтералмаушылық'));
  assert.notEqual(foldForQuote('Миртазапин'), foldForQuote('Миртазапам'));
});

test('a quote that is not in the act fails the check', () => {
  const corpus = corpusForTests();
  const act = structuredClone(corpus.acts.get('mangystau-9-112')!);
  if (act.content.kind !== 'regional_list' || !act.content.list) throw new Error('expected a list');
  act.content.list.rows[0]!.items[0]!.source.quote = 'Парацетамол, таблетка';
  const { failures } = checkProvenance([act], corpus.sources);
  assert.equal(failures.length, 1);
  assert.match(failures[0]!.message, /Парацетамол/);
});

test('every public page the data cites is labelled secondary and well formed, and gives the codes its group holds', () => {
  const report = checkCorpus(corpusForTests());
  assert.ok(report.secondary.checked >= 30, `only ${report.secondary.checked} secondary sources found`);
  assert.deepEqual(report.secondary.failures, []);
});

test('a page cited without the secondary label, or with codes it does not print, fails the check', () => {
  const groups = structuredClone(corpusForTests().sociallySignificant.filter((g) => g.id === 'hiv' && g.validFrom === null));
  groups[0]!.icd10 = ['B20-B25'];
  const page = { url: 'https://example.kz/page', title: 'x', excerpt: 'ten characters at least' };
  const { failures } = checkSecondary([{ file: 'f.json', data: { source: page } }], groups, () => null);
  assert.deepEqual(failures.map((f) => f.path).sort(), ['data/reference/socially-significant.json#hiv@start', 'f.json#.source']);
});

test('codes as a page prints them are read with the recorded readings: Cyrillic look-alikes, short ranges, stray spaces', () => {
  assert.deepEqual(parsePrintedCodes('В18.0, К74; С00-97; D00-09, М 31.8'), ['B18.0', 'K74', 'C00-C97', 'D00-D09', 'M31.8']);
  assert.deepEqual(parsePrintedCodes('В55, D56', [{ printed: 'В55', read: 'D55' }]), ['D55', 'D56']);
});

test('ҚР ДСМ-108/2020: the 2020 wording’s codes all come from a page; from 2026 only the group names do, so those codes are unverified', () => {
  const groups = corpusForTests().sociallySignificant;
  const v2020 = groups.filter((g) => g.validTo === '2025-12-31');
  const v2026 = groups.filter((g) => g.validFrom === '2026-01-01');
  assert.equal(v2020.length, 13);
  assert.equal(v2026.length, 11);
  assert.ok(v2020.every((g) => !g.unverified && g.codes.sources.length > 0));
  assert.ok(v2026.every((g) => g.unverified && g.groupSources.length > 0));
  const orphan2020 = v2020.find((g) => g.id === 'orphan')!;
  const orphan2026 = v2026.find((g) => g.id === 'orphan')!;
  assert.equal(orphan2026.premise, 'orphan_codes_2026_from_2020', 'the 2026 orphan codes rest on the named premise');
  assert.deepEqual(orphan2026.icd10, orphan2020.icd10, 'the premise: the 2020 orphan codes stand for the 2026 group');
  assert.deepEqual(v2026.find((g) => g.id === 'cerebrovascular')!.icd10, ['I60-I64'], 'strokes only: not I65–I68, not the I69 sequelae');
});
