// The unofficial ru/en gists of cited points: every point the engine cites has one, each points at a
// cited point, and each is held to the act's text: it names no number the point does not (years,
// order numbers, ages), and it drops none of the point's years and order numbers.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { collectCitations } from '../src/corpus/provenance.js';
import { citerFor } from '../src/corpus/citer.js';
import { corpusForTests } from './support.js';

const numbers = (text: string): Set<string> => new Set([...text.matchAll(/\d+/g)].map((m) => String(Number(m[0]))));
/** Order numbers ("ҚР ДСМ-108/2020") and the dates a point takes effect ("2027 жылғы 1 қаңтардан"): what a gist may not drop. */
const material = (text: string): Set<string> => new Set([...text.matchAll(/(?:ДСМ\s*-\s*(\d+))|(?:(20\d\d) жылғы 1 қаңтардан)/g)].map((m) => String(Number(m[1] ?? m[2]))));

test('every programme point the engine cites has a gist in ru and en', () => {
  const corpus = corpusForTests();
  const p = corpus.programme.content;
  const cited = [...Object.values(p.points), ...p.cshiStatePaidGroups.map((g) => g.source), ...p.cshiServices.map((s) => s.source), ...p.entitlements.map((e) => e.source)];
  const missing = [...new Set(cited.filter((s) => s.act === corpus.programme.id && !/^p\.79\./.test(s.point)).map((s) => s.point))].filter((pt) => !corpus.gists.has(`${corpus.programme.id}|${pt}`));
  assert.deepEqual(missing, []);
});

test('each gist is of a point the data cites, and is held to that point’s text', () => {
  const corpus = corpusForTests();
  const citer = citerFor(corpus);
  const citations = collectCitations([...corpus.acts.values()], 'acts');
  const problems: string[] = [];
  for (const [key, gist] of corpus.gists) {
    const [act, point] = key.split('|') as [string, string];
    const sources = citations.filter((c) => c.source.act === act && c.source.point === point).map((c) => c.source);
    assert.ok(sources.length > 0, `${key}: no citation of this point in the data`);
    const text = sources.map((s) => citer.cite(s, 'kk').clause ?? s.quote).join(' ');
    const inText = numbers(text);
    for (const lang of ['ru', 'en'] as const) {
      const g = gist[lang];
      assert.ok(g.length >= 10 && g.length <= 500, `${key} (${lang}) is not a short gist`);
      for (const n of numbers(g)) if (!inText.has(n)) problems.push(`${key} (${lang}) names ${n}, which the point's text does not`);
      for (const n of material(text)) if (!numbers(g).has(n)) problems.push(`${key} (${lang}) drops ${n} of the point's text`);
    }
  }
  assert.deepEqual(problems, []);
});
