import { test } from 'node:test';
import assert from 'node:assert/strict';
import { cli } from './support.js';

test('kepil acts --date --json lists every act with its status', () => {
  const r = cli(['acts', '--date', '2026-05-01', '--json']);
  assert.equal(r.status, 0, r.stderr);
  const out = JSON.parse(r.stdout);
  const astana = out.acts.find((a: { id: string }) => a.id === 'astana-162-20-viii');
  assert.equal(astana.inForce.state, 'no');
  assert.ok(out.acts.some((a: { id: string; inForce: { state: string } }) => a.id === 'programme-2026-2028' && a.inForce.state === 'yes'));
});

test('kepil acts prints a readable table without --json', () => {
  const r = cli(['acts', '--date', '2024-04-20', '--lang', 'en']);
  assert.equal(r.status, 0, r.stderr);
  assert.match(r.stdout, /astana-162-20-viii .* uncertain \(presumed\) \[2024-04-09 … 2024-06-08\)/);
  // kk by default: the same table with Kazakh headers and states
  const kk = cli(['acts', '--date', '2024-04-20']);
  assert.match(kk.stdout, /astana-162-20-viii .* белгісіз \(болжам бойынша\)/);
});

test('kepil regional shows the list in force, and after a repeal a list not in the corpus (audit F13)', () => {
  const m = JSON.parse(cli(['regional', '--region', 'mangystau', '--date', '2026-05-01', '--json']).stdout);
  assert.equal(m.state, 'in_force');
  assert.equal(m.list.rows.length, 20);
  const a = cli(['regional', '--region', 'astana', '--date', '2026-05-01', '--lang', 'en']);
  assert.equal(a.status, 0);
  // The sources prove only that 162/20-VIII was repealed, not that Astana has no list (F13).
  // Its standing names the repeal and its date (presumed: the repealing decision's publication date is not in the sources).
  assert.match(a.stdout, /Astana city on 2026-05-01: the list \(Astana City Maslikhat, decision No\. 162\/20-VIII of 29\.03\.2024\) is taken as repealed from no earlier than 2024-10-06 \(Astana City Maslikhat, decision No\. 221\/27-VIII of 25\.09\.2024\)/);
  assert.match(a.stdout, /the project’s publication-window premise\); Kepil holds no later list/);
  assert.match(a.stdout, /whether Astana City Maslikhat, decision No\. 221\/27-VIII of 25\.09\.2024 or a later decision adopted a new list is not in the sources/);
});

test('kepil limits returns the agreed JSON shape', () => {
  const rows = JSON.parse(cli(['limits', '--region', 'almaty', '--profile', 'gynaecology', '--json']).stdout);
  assert.deepEqual(rows, [
    { region: 'almaty', profile: 'gynaecology', profileName: { kk: 'Гинекология', ru: 'Гинекология', en: 'Gynaecology' }, total: 16377, children: 155, adults: 16223, ruralTotal: null, ruralChildren: null, ruralAdults: null },
  ]);
});

test('kepil payments and criteria print annex 2 and p.79 with p.4', () => {
  const pay = JSON.parse(cli(['payments', '--json']).stdout);
  assert.equal(pay.length, 15);
  const crit = JSON.parse(cli(['criteria', '--json']).stdout);
  assert.equal(crit.criteria.length, 9);
  assert.deepEqual(crit.ambulanceNorms.filter((n: { maxArrivalMinutes: number | null }) => n.maxArrivalMinutes).map((n: { maxArrivalMinutes: number }) => n.maxArrivalMinutes), [10, 15, 30]);
});

test('kepil search finds a drug in any language and word order', () => {
  for (const q of ['Натрий эноксапарині', 'эноксапарин натрия', 'enoxaparin sodium']) {
    const hits = JSON.parse(cli(['search', q, '--json']).stdout);
    assert.ok(hits.some((h: { row: string }) => h.row === 'mangystau-drugs-4'), q);
  }
});

test('bad arguments exit 2 with a JSON error naming the field', () => {
  for (const [args, field] of [
    [['acts', '--date', '2026-02-30'], 'date'],
    [['regional', '--region', 'atlantis'], 'region'],
    [['limits', '--profile', 'magic'], 'profile'],
    [['regional'], 'argv'],
    [['no-such-command'], 'argv'],
  ] as const) {
    const r = cli([...args]);
    assert.equal(r.status, 2, `${args.join(' ')}: ${r.stderr}`);
    const err = JSON.parse(r.stderr).error;
    assert.equal(err.issues[0].path, field);
    assert.doesNotMatch(r.stderr, /at .*\.js:\d+/);
  }
});

test('kepil corpus check passes on the committed corpus and lists doubts and inconsistencies', () => {
  const r = cli(['corpus', 'check', '--lang', 'en']);
  assert.equal(r.status, 0, r.stdout);
  assert.match(r.stdout, /Provenance: \d+ quotes checked, 0 not found/);
  assert.match(r.stdout, /10 000 мың/);
  assert.match(r.stdout, /all-profiles/);
  assert.match(r.stdout, /Doubts recorded in the data: [1-9]/);
});
