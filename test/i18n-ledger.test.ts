// The ledger speaks the reader's language: its API errors (401, 403, 409 with what remains, 422, 400 on
// patientRef) in kk and ru by ?lang or Accept-Language, and its CLI commands by --lang (kk by default).
import { test, after, describe } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ledgerEngines, ledgerFor } from './ledger-support.js';
import { engineForTests } from './app-support.js';
import { englishSentences, stringsIn } from '../src/i18n/english.js';
import { cli } from './support.js';

/** Letters Kazakh has and Russian lacks: a kk text uses them, a ru text does not. */
const KAZAKH = /[әғқңөұүһі]/i;

function assertInLanguage(body: string, lang: 'kk' | 'ru', what: string): { code: string; message: string; issues: { path: string; message: string }[] } {
  const { error } = JSON.parse(body) as { error: { code: string; message: string; issues: { path: string; message: string }[] } };
  for (const { path, text } of stringsIn(error)) assert.deepEqual(englishSentences(text), [], `${what} (${lang}) ${path}: ${text}`);
  assert.match(error.message, /[а-яё]/i, `${what} (${lang}) is in Cyrillic: ${error.message}`);
  if (lang === 'kk') assert.match(error.message, KAZAKH, `${what} is Kazakh: ${error.message}`);
  else assert.doesNotMatch(error.message, KAZAKH, `${what} is Russian: ${error.message}`);
  return error;
}

const engines = await ledgerEngines();

for (const e of engines) {
  describe(`ledger errors in kk and ru on ${e.name}`, async () => {
    const { app, store, tokens, close } = await ledgerFor(e);
    after(close);
    const body = { region: 'almaty', profile: 'therapy', birthDate: '1980-01-01', admissionDate: '2026-05-10', patientRef: 'i18n-patient-0001' };
    /** ?lang for kk, Accept-Language for ru: both ways the other routes choose the language. */
    const choose = (lang: 'kk' | 'ru') => (lang === 'kk' ? { query: '?lang=kk', headers: {} } : { query: '', headers: { 'accept-language': 'ru-RU,ru;q=0.9,en;q=0.5' } });
    const book = (lang: 'kk' | 'ru', payload: object, token: string | null, extra: Record<string, string> = {}) =>
      app.inject({
        method: 'POST',
        url: `/api/v1/bookings${choose(lang).query}`,
        payload: JSON.stringify(payload),
        headers: { 'content-type': 'application/json', ...choose(lang).headers, ...(token ? { authorization: `Bearer ${token}` } : {}), ...extra },
      });

    for (const lang of ['kk', 'ru'] as const) {
      test(`401 without or with an unknown token, 403 in another region and for the audit trail (${lang})`, async () => {
        const none = await book(lang, body, null);
        assert.equal(none.statusCode, 401);
        assertInLanguage(none.body, lang, '401 no token');
        const unknown = await book(lang, body, 'kpl_not-a-real-token');
        assert.equal(unknown.statusCode, 401);
        assertInLanguage(unknown.body, lang, '401 unknown token');
        const other = await book(lang, body, tokens.karaganda);
        assert.equal(other.statusCode, 403);
        const err = assertInLanguage(other.body, lang, '403 other region');
        assert.match(err.message, /Алматы/, 'the region by its name');
        const audit = await app.inject({ method: 'GET', url: `/api/v1/audit${choose(lang).query}`, headers: { ...choose(lang).headers, authorization: `Bearer ${tokens.karaganda}` } });
        assert.equal(audit.statusCode, 403);
        assertInLanguage(audit.body, lang, '403 audit');
      });

      test(`409 when the cap is full names what remains (${lang})`, async () => {
        const limit = engineForTests().corpus.limitByKey.get('almaty/neurology')!;
        await store.db
          .insertInto('usage')
          .values({ year: 2027, region: 'almaty', profile: 'neurology', total: limit.total! - 1, children: 0, adults: limit.total! - 1, rural_total: 0, rural_children: 0, rural_adults: 0, admitted: 0 })
          .onConflict((oc) => oc.columns(['year', 'region', 'profile']).doNothing())
          .execute();
        await store.db.updateTable('usage').set({ total: limit.total!, adults: limit.total! }).where('year', '=', 2027).where('region', '=', 'almaty').where('profile', '=', 'neurology').execute();
        const full = await book(lang, { ...body, profile: 'neurology', admissionDate: '2027-03-01', patientRef: `i18n-full-${lang}-01` }, tokens.admin);
        assert.equal(full.statusCode, 409, full.body);
        const err = assertInLanguage(full.body, lang, '409 cap full');
        assert.match(err.message, lang === 'kk' ? /0 қалды/ : /осталось 0/);
        assert.match(err.message, new RegExp(`${limit.total}`));
        assert.match(err.issues[0]!.message, lang === 'kk' ? /қалды 0/ : /осталось 0/);
      });

      test(`422 for an idempotency key reused with another body (${lang})`, async () => {
        const key = `i18n-key-${lang}-0001`;
        const first = await book(lang, { ...body, patientRef: `i18n-idem-${lang}-1` }, tokens.almaty, { 'idempotency-key': key });
        assert.equal(first.statusCode, 201, first.body);
        const other = await book(lang, { ...body, patientRef: `i18n-idem-${lang}-2` }, tokens.almaty, { 'idempotency-key': key });
        assert.equal(other.statusCode, 422, other.body);
        assert.match(assertInLanguage(other.body, lang, '422 idempotency').message, new RegExp(key));
      });

      test(`400 for a patientRef that looks like an IIN, and for a year outside the programme (${lang})`, async () => {
        const iin = await book(lang, { ...body, patientRef: '900101300123' }, tokens.almaty);
        assert.equal(iin.statusCode, 400, iin.body);
        const err = assertInLanguage(iin.body, lang, '400 patientRef');
        const issue = err.issues.find((i) => i.path === 'patientRef');
        assert.ok(issue, iin.body);
        assert.match(issue.message, lang === 'kk' ? /ЖСН/ : /ИИН/);
        const late = await book(lang, { ...body, admissionDate: '2031-01-01' }, tokens.almaty);
        assert.equal(late.statusCode, 400, late.body);
        assertInLanguage(late.body, lang, '400 outside the programme');
      });
    }
  });
}

test('ledger CLI: kk by default, ru and en on --lang, errors included', () => {
  const dir = mkdtempSync(join(tmpdir(), 'kepil-cli-i18n-'));
  const run = (args: string[]) => cli(args, undefined, { KEPIL_SQLITE_PATH: join(dir, 'ledger.db'), KEPIL_DB_URL: '' });
  const kk = run(['db', 'migrate']);
  assert.equal(kk.status, 0, kk.stderr);
  assert.match(kk.stdout, /дерекқоры жаңартылды/);
  assert.match(run(['db', 'migrate', '--lang', 'ru']).stdout, /миграции применены/);
  const book = ['book', '--region', 'karaganda', '--profile', 'urology', '--birth-date', '1970-01-01', '--admission-date', '2026-04-01', '--patient-ref', 'cli-i18n-01'];
  const booked = run(book);
  assert.equal(booked.status, 0, booked.stderr);
  assert.match(booked.stdout, /^жазылды: .*Қарағанды облысы.*ересек/);
  assert.match(run([...book, '--lang', 'ru']).stdout, /^записано: .*Карагандинская область.*взрослый/);
  for (const lang of ['kk', 'ru'] as const) {
    const usage = run(['usage', '--region', 'karaganda', '--year', '2026', '--lang', lang]).stdout;
    assert.deepEqual(englishSentences(usage), [], usage);
    const refused = run(['book', '--region', 'abai', '--profile', 'allergology', '--birth-date', '1970-01-01', '--admission-date', '2026-04-01', '--patient-ref', 'cli-i18n-02', '--lang', lang]);
    assert.equal(refused.status, 2);
    assertInLanguage(refused.stderr, lang, 'CLI no cap');
    const unknown = run(['token', 'revoke', '00000000-0000-4000-8000-000000000000', '--lang', lang]);
    assertInLanguage(unknown.stderr, lang, 'CLI unknown token');
    const csv = join(dir, `missing-${lang}.csv`);
    writeFileSync(csv, 'region,profile\nkaraganda,cardiology\n');
    assertInLanguage(run(['import-bookings', csv, '--lang', lang]).stderr, lang, 'CLI CSV columns');
    const year = run(['usage', '--year', '20x6', '--lang', lang]);
    assert.equal(year.status, 2);
    assertInLanguage(year.stderr, lang, 'CLI year');
  }
  const list = run(['token', 'list', '--lang', 'ru']).stdout;
  assert.match(list, /роль/);
});
