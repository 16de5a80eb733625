// The data's own prose (doubt notes, how an act's dates are derived) is held in kk, ru and en, and every
// interface shows it in the reader's language: no kk or ru rendering is an English sentence.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { defaultDataDir } from '../src/corpus/loader.js';
import { englishSentences, stringsIn } from '../src/i18n/english.js';
import { localize } from '../src/i18n/localize.js';
import { actsOn, regionalListOn, checkCorpus } from '../src/corpus/index.js';
import { corpusForTests, cli } from './support.js';
import { appForTests } from './app-support.js';

const PROSE_KEYS = new Set(['note', 'notes', 'rule', 'what', 'servedBy', 'unit']);

/** Every note, notes entry and rule in a data file, with its path. */
function proseIn(value: unknown, path: string, out: { path: string; value: unknown }[] = []): { path: string; value: unknown }[] {
  if (Array.isArray(value)) value.forEach((v, i) => proseIn(v, `${path}[${i}]`, out));
  else if (value && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) {
      // A unit is prose where it is a criterion's threshold unit (the assumptions' units are not shown).
      // Why a point is not modelled (explain-act) is prose too; the code readings' `why` of ҚР ДСМ-108 are not shown.
      const prose = (PROSE_KEYS.has(k) && (k !== 'unit' || path.endsWith('.threshold'))) || (k === 'why' && path.startsWith('reference/not-modelled.json'));
      if (prose && (typeof v === 'string' || (v && typeof v === 'object' && !Array.isArray(v)))) out.push({ path: `${path}.${k}`, value: v });
      else if (k === 'notes' && Array.isArray(v)) v.forEach((n, i) => out.push({ path: `${path}.notes[${i}]`, value: n }));
      else proseIn(v, `${path}.${k}`, out);
    }
  }
  return out;
}

const files = ['acts', 'reference', 'generated'].flatMap((dir) =>
  readdirSync(join(defaultDataDir(), dir))
    .filter((f) => f.endsWith('.json'))
    .map((f) => `${dir}/${f}`),
);

test('every note and date rule in data/ carries kk, ru and en, and no kk or ru rendering is an English sentence', () => {
  let count = 0;
  for (const file of files) {
    const json = JSON.parse(readFileSync(join(defaultDataDir(), file), 'utf8')) as unknown;
    for (const { path, value } of proseIn(json, file)) {
      count++;
      assert.ok(value && typeof value === 'object', `${path} is English only: ${JSON.stringify(value)}`);
      const p = value as Record<string, string>;
      for (const lang of ['kk', 'ru', 'en']) assert.ok(typeof p[lang] === 'string' && p[lang].trim().length > 0, `${path} has no ${lang}`);
      assert.equal(p.translations, 'unofficial', `${path}: the kk and ru renderings are marked unofficial`);
      for (const lang of ['kk', 'ru'] as const) assert.deepEqual(englishSentences(p[lang]!), [], `${path} (${lang}): ${p[lang]}`);
      if (/[A-Za-z]{2}/.test(p.en!)) {
        assert.notEqual(p.kk, p.en, `${path}: kk is a copy of the English`);
        assert.notEqual(p.ru, p.en, `${path}: ru is a copy of the English`);
      }
    }
  }
  assert.ok(count > 150, `${count} texts found`);
});

/**
 * Strings of a localized answer that are English sentences. Skipped: quotes (Kazakh), the English member
 * of trilingual names, message parameters, point labels (cited through `cite`), INNs (international
 * names) and the `detail` of populations and indications, which the page shows on the English page only.
 */
const SKIP = new Set(['quote', 'clause', 'message', 'ruleMessage', 'noteMessages', 'en', 'point', 'inn', 'detail']);
const english = (value: unknown) => stringsIn(value, '', (k) => SKIP.has(k)).filter((s) => englishSentences(s.text).length > 0);

test('regional lists, acts and corpus check render the data’s notes and date rules in kk and ru', () => {
  const corpus = corpusForTests();
  for (const lang of ['kk', 'ru'] as const) {
    const karaganda = localize(regionalListOn(corpus, 'karaganda', '2026-06-01'), lang);
    assert.ok(karaganda.notes.length > 0);
    for (const n of karaganda.notes) assert.deepEqual(englishSentences(n.note), [], `${n.row} (${lang}): ${n.note}`);
    const mangystau = localize(regionalListOn(corpus, 'mangystau', '2026-06-01'), lang);
    const rowNotes = (mangystau.list?.rows ?? []).filter((r) => r.note).map((r) => r.note!);
    assert.ok(rowNotes.length > 0);
    for (const n of rowNotes) assert.deepEqual(englishSentences(n), [], `${lang}: ${n}`);
    const acts = localize(actsOn(corpus, '2026-06-01'), lang);
    const rules = stringsIn(acts).filter((s) => /\.rule$/.test(s.path));
    assert.ok(rules.length > 0, 'the acts carry their date rules');
    for (const r of rules) assert.deepEqual(englishSentences(r.text), [], `${r.path} (${lang}): ${r.text}`);
    const report = localize(checkCorpus(corpus), lang);
    for (const d of report.doubts) assert.deepEqual(englishSentences(d.note), [], `${d.where} (${lang}): ${d.note}`);
    for (const i of report.inconsistencies) assert.deepEqual(englishSentences(i), [], `${lang}: ${i}`);
  }
  // English stays English.
  assert.match(localize(regionalListOn(corpus, 'karaganda', '2026-06-01'), 'en').notes[0]!.note, /The published text does not name the drug/);
});

test('kepil regional, criteria and corpus check print the data’s prose in the chosen language', () => {
  const criteria = cli(['criteria', '--lang', 'ru']);
  assert.equal(criteria.status, 0, criteria.stderr);
  assert.match(criteria.stdout, /коек паллиативной помощи на 100000 жителей/);
  assert.deepEqual(englishSentences(criteria.stdout), [], criteria.stdout);
  const ru = cli(['regional', '--region', 'mangystau', '--date', '2026-06-01', '--lang', 'ru']);
  assert.equal(ru.status, 0, ru.stderr);
  assert.match(ru.stdout, /Сомнительная вёрстка/);
  assert.deepEqual(englishSentences(ru.stdout), [], ru.stdout);
  const act = cli(['explain-act', 'gov-421-2019', '--lang', 'ru']);
  assert.equal(act.status, 0, act.stderr);
  assert.match(act.stdout, /Утверждает перечень ОСМС/);
  const kk = cli(['corpus', 'check']);
  assert.equal(kk.status, 0, kk.stdout);
  assert.match(kk.stdout, /Деректерде жазылған күмәндер: [1-9]/);
  assert.deepEqual(englishSentences(kk.stdout), []);
});

test('the API’s regional list (the page’s lists tab) gives its doubts in the request’s language', async () => {
  const app = await appForTests();
  try {
    for (const lang of ['kk', 'ru'] as const) {
      const res = await app.inject({ method: 'GET', url: `/api/v1/regional-lists/mangystau?date=2026-06-01&lang=${lang}` });
      assert.equal(res.statusCode, 200, res.body);
      const body = res.json();
      assert.ok(body.notes.length > 0);
      assert.deepEqual(english(body), [], lang);
    }
    const criteria = await app.inject({ method: 'GET', url: '/api/v1/criteria?lang=kk' });
    assert.equal(criteria.statusCode, 200, criteria.body);
    assert.deepEqual(english(criteria.json()), []);
    const acts = await app.inject({ method: 'GET', url: '/api/v1/acts?date=2026-06-01', headers: { 'accept-language': 'ru' } });
    assert.equal(acts.statusCode, 200, acts.body);
    assert.deepEqual(english(acts.json()), []);
  } finally {
    await app.close();
  }
});
