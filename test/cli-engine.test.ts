import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { cli } from './support.js';

const enoxaparin = (item: string) => ({
  date: '2026-05-01',
  person: { residency: 'citizen', region: 'mangystau', sex: 'female', birthDate: '1994-02-01', postpartum: true, dispensary: ['D68.5'] },
  care: { type: 'outpatient_drug', diagnosis: 'D68.5', item },
});

test('kepil check reads stdin and prints the decision JSON', () => {
  const r = cli(['check'], JSON.stringify(enoxaparin('Натрий эноксапарині')));
  assert.equal(r.status, 0, r.stderr);
  const d = JSON.parse(r.stdout);
  assert.equal(d.outcome, 'covered');
  assert.equal(d.package, 'regional');
  assert.ok(d.basis.some((b: { act: string; point: string }) => b.act === 'mangystau-9-112' && b.point.includes('row 4')));
  assert.equal('trace' in d, false, 'the trace only with --explain, as the API gives it only with ?explain=true');
});

test('an item matches across kk, ru, en, case, word order and letter-spacing', () => {
  for (const item of ['Натрий эноксапарині', 'эноксапарин натрия', 'enoxaparin sodium', 'ЭНОКСАПАРИН  натрия', 'Н а т р и й  эноксапарині']) {
    const d = JSON.parse(cli(['check'], JSON.stringify(enoxaparin(item))).stdout);
    assert.equal(d.outcome, 'covered', item);
  }
});

test('kepil check --file --explain prints a readable summary with the cited points', () => {
  const dir = mkdtempSync(join(tmpdir(), 'kepil-cli-'));
  const file = join(dir, 'req.json');
  writeFileSync(file, JSON.stringify({ date: '2026-05-01', person: { residency: 'citizen', birthDate: '1980-01-01', contributions: 'paid' }, care: { type: 'outpatient_specialist', form: 'planned', diagnosis: 'K29.7', referral: false, onList: { 'dsm-149-2020': false, 'dsm-108-orphan-codes': false } } }));
  const r = cli(['check', '--file', file, '--explain', '--lang', 'en']);
  assert.equal(r.status, 0, r.stderr);
  assert.match(r.stdout, /^Outcome: Not free/);
  assert.match(r.stdout, /Would be covered:\n {2}with a referral.*: CSHI/);
  assert.match(r.stdout, /Trace:/);
});

test('invalid input exits 2 with a JSON error naming each field, and no stack trace', () => {
  const cases: [unknown, string][] = [
    [{ date: '2026-05-01', person: { region: 'narnia' }, care: { type: 'phc' } }, 'person.region'],
    [{ date: '2026-05-01', person: {}, care: { type: 'massage' } }, 'care.type'],
    [{ date: '2026-05-01', person: {}, care: { type: 'phc', diagnosis: 'flu' } }, 'care.diagnosis'],
    [{ date: '2026-02-29', person: {}, care: { type: 'phc' } }, 'date'],
    [{ date: '2026-05-01', person: { birthDate: '2027-01-01' }, care: { type: 'phc' } }, 'person.birthDate'],
  ];
  for (const [req, path] of cases) {
    const r = cli(['check'], JSON.stringify(req));
    assert.equal(r.status, 2, `${path}: ${r.stderr}`);
    const err = JSON.parse(r.stderr).error;
    assert.ok(err.issues.some((i: { path: string }) => i.path === path), `${path} in ${r.stderr}`);
    assert.doesNotMatch(r.stderr, /\n\s+at /);
  }
  const broken = cli(['check'], '{"date":');
  assert.equal(broken.status, 2);
  assert.equal(JSON.parse(broken.stderr).error.code, 'bad_request');
});

test('kepil entitlements lists the packages, the care they cover, and the regional entries the person matches', () => {
  const r = cli(['entitlements'], JSON.stringify({ date: '2026-05-01', person: { residency: 'citizen', region: 'mangystau', birthDate: '2015-06-01', dispensary: ['E84.0'] } }));
  assert.equal(r.status, 0, r.stderr);
  const e = JSON.parse(r.stdout);
  assert.equal(e.packages.gvfmc.state, true);
  assert.equal(e.packages.cshi.state, true);
  assert.deepEqual(e.packages.cshi.groups, ['child']);
  assert.ok(e.care.some((c: { type: string; package: string }) => c.type === 'outpatient_specialist' && c.package === 'cshi'));
  assert.deepEqual(e.regional.entries.map((x: { row: string }) => x.row).sort(), ['mangystau-drugs-8', 'mangystau-nutrition-3']);
  const explain = cli(['entitlements', '--explain', '--lang', 'en'], JSON.stringify({ date: '2026-05-01', person: { residency: 'citizen', region: 'mangystau', birthDate: '2015-06-01', dispensary: ['E84.0'] } }));
  assert.match(explain.stdout, /CSHI: yes \(state pays for: children\)/);
});

test('kepil serve answers, then stops cleanly on SIGTERM', async () => {
  const bin = fileURLToPath(new URL('../../bin/kepil.js', import.meta.url));
  const dir = mkdtempSync(join(tmpdir(), 'kepil-serve-'));
  const child = spawn(process.execPath, [bin, 'serve', '--port', '0', '--quiet'], { env: { ...process.env, KEPIL_SQLITE_PATH: join(dir, 'k.db'), KEPIL_DB_URL: '' }, stdio: ['ignore', 'pipe', 'pipe'] });
  let log = '';
  child.stdout.on('data', (c: Buffer) => (log += c.toString()));
  child.stderr.on('data', (c: Buffer) => (log += c.toString()));
  const started = Date.now();
  let port: number | null = null;
  while (port === null && Date.now() - started < 20_000) {
    await new Promise((r) => setTimeout(r, 100));
    const m = /listening on http:\/\/127\.0\.0\.1:(\d+)\//.exec(log);
    if (m) port = Number(m[1]);
  }
  assert.ok(port, `the server did not start: ${log}`);
  const health = await fetch(`http://127.0.0.1:${port}/healthz`);
  assert.equal(health.status, 200);
  const exit = new Promise<number | null>((r) => child.once('exit', (code) => r(code)));
  child.kill('SIGTERM');
  assert.equal(await exit, 0);
});

test('a bad KEPIL_* setting exits 2 with a JSON error naming the variable, no stack trace', () => {
  const r = cli(['serve', '--port', '0'], undefined, { KEPIL_BODY_LIMIT: 'lots' });
  assert.equal(r.status, 2);
  const err = JSON.parse(r.stderr).error;
  assert.equal(err.issues[0].path, 'KEPIL_BODY_LIMIT');
  assert.doesNotMatch(r.stderr, /\bat .*\.js:\d+/);
});
