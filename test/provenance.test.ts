import { test } from 'node:test';
import assert from 'node:assert/strict';
import { checkCorpus } from '../src/corpus/check.js';
import { checkProvenance } from '../src/corpus/provenance.js';
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
