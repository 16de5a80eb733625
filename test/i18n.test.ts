// The message catalogue: every id in kk, ru and en with the same placeholders; no English in kk or ru;
// citations as a person writes them; the language chosen from a header.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { fileURLToPath } from 'node:url';
import { CATALOG, LANGS, placeholders, render, msg, fromAcceptLanguage, chooseLang } from '../src/i18n/index.js';
import { englishSentences } from '../src/i18n/english.js';
import { pointLabel, unknownSegments } from '../src/i18n/cite.js';
import { collectCitations } from '../src/corpus/provenance.js';
import { corpusForTests } from './support.js';

test('every message id exists in kk, ru and en, with the same placeholders', () => {
  assert.ok(Object.keys(CATALOG).length > 100);
  for (const [id, entry] of Object.entries(CATALOG)) {
    for (const lang of LANGS) assert.ok(typeof entry[lang] === 'string' && entry[lang].trim().length > 0, `${id} has no ${lang} text`);
    const en = placeholders(entry.en);
    assert.deepEqual(placeholders(entry.kk), en, `${id}: kk placeholders differ from en`);
    assert.deepEqual(placeholders(entry.ru), en, `${id}: ru placeholders differ from en`);
  }
});

test('no kk or ru text in the catalogue is an English sentence', () => {
  for (const [id, entry] of Object.entries(CATALOG)) {
    for (const lang of ['kk', 'ru'] as const) {
      const text = entry[lang].replace(/\{\w+\}/g, ' ');
      assert.deepEqual(englishSentences(text), [], `${id} (${lang}): ${entry[lang]}`);
    }
  }
});

test('the English detector finds prose and allows ids and codes', () => {
  assert.deepEqual(englishSentences('the person does not have CSHI'), ['the person does not have CSHI']);
  assert.deepEqual(englishSentences('Тізім dsm-162-2020, p34-emergency-list, care.referral, K40.9, ICD-10 I21'), []);
  assert.deepEqual(englishSentences('Тоцилизумаб (Tocilizumab)'), []);
  assert.deepEqual(englishSentences('тізімнен таңдаңыз (ambulance, air_ambulance, phc, outpatient_specialist, inpatient)'), []);
  assert.deepEqual(englishSentences('Көмек түрі: the care type is required'), ['the care type is required']);
});

test('a nested message and a trilingual name render in the same language', () => {
  const m = msg('list.none', { reason: msg('validity.programme', { from: '2026-01-01', to: '2028-12-31' }) });
  assert.match(render(m, 'ru'), /Программа действует с 01\.01\.2026 по 31\.12\.2028/);
  assert.match(render(msg('list.notInCorpus', { region: { kk: 'Абай облысы', ru: 'Абайская область', en: 'Abai Region' } }), 'kk'), /Абай облысы/);
});

test('every point label in the data reads as a person cites it, in each language', () => {
  const corpus = corpusForTests();
  const points = new Set(collectCitations([...corpus.acts.values()], 'acts').map((c) => c.source.point));
  assert.ok(points.size > 100);
  for (const p of points) assert.deepEqual(unknownSegments(p), [], `point label '${p}' has segments the grammar does not know`);
  assert.equal(pointLabel('p.33.4', 'kk'), '33-тармақ, 4) тармақша');
  assert.equal(pointLabel('p.33.4', 'ru'), 'п. 33, пп. 4)');
  assert.equal(pointLabel('annex 1, section 2, row 3', 'kk'), '1-қосымша, 2-бөлім, 3-жол');
  for (const p of points) for (const lang of ['kk', 'ru'] as const) assert.deepEqual(englishSentences(pointLabel(p, lang)), [], `${p} in ${lang}`);
});

test('request fields are named as the web form labels them', async () => {
  const page = (await import(fileURLToPath(new URL('../../public/i18n.js', import.meta.url)))) as { STRINGS: Record<string, Record<string, string>> };
  const fields = ['date', 'residency', 'region', 'birthDate', 'sex', 'pregnant', 'postpartum', 'employed', 'contributions', 'phcAttached', 'categories', 'type', 'form', 'purpose', 'specialty', 'diagnosisDate', 'referral', 'lifeThreatening', 'item'];
  for (const f of fields) {
    const id = f === 'date' ? 'field.date' : Object.keys(CATALOG).find((k) => k.endsWith(`.${f}`) && k.startsWith('field.') && k !== 'field.item')!;
    for (const lang of LANGS) assert.equal(CATALOG[id]![lang], page.STRINGS[lang]![`f.${f}`], `${id} (${lang}) differs from the form's label`);
  }
});

test('the language: an explicit choice, then Accept-Language (q-values), then kk', () => {
  assert.equal(fromAcceptLanguage('ru-RU,ru;q=0.9,en;q=0.8'), 'ru');
  assert.equal(fromAcceptLanguage('de-DE,en;q=0.5,kk;q=0.7'), 'kk');
  assert.equal(fromAcceptLanguage('de'), undefined);
  assert.equal(chooseLang(undefined, 'en-GB'), 'en');
  assert.equal(chooseLang('ru', 'en'), 'ru');
  assert.equal(chooseLang(undefined, undefined), 'kk');
  assert.equal(chooseLang('kz', undefined), 'kk');
});
