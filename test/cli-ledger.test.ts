import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { cli } from './support.js';

const dir = mkdtempSync(join(tmpdir(), 'kepil-cli-ledger-'));
const env = { KEPIL_SQLITE_PATH: join(dir, 'ledger.db'), KEPIL_DB_URL: '' };
const run = (args: string[], input?: string) => cli(args, input, env);

test('db migrate, token create prints a token once, and a bad role exits 2', () => {
  assert.match(run(['db', 'migrate', '--lang', 'en']).stdout, /migrated sqlite/);
  const t = run(['token', 'create', '--role', 'registrar', '--region', 'karaganda', '--label', 'bureau', '--lang', 'en']);
  assert.equal(t.status, 0, t.stderr);
  assert.match(t.stdout.trim(), /^kpl_[A-Za-z0-9_-]{20,}$/);
  assert.match(t.stderr, /shown once/);
  const bad = run(['token', 'create', '--role', 'king']);
  assert.equal(bad.status, 2);
  assert.equal(JSON.parse(bad.stderr).error.issues[0].path, 'role');
});

test('book, usage (table, JSON, CSV) and cancel from the command line', () => {
  const b = run(['book', '--region', 'karaganda', '--profile', 'urology', '--birth-date', '1970-01-01', '--admission-date', '2026-04-01', '--patient-ref', 'cli-0001', '--json']);
  assert.equal(b.status, 0, b.stderr);
  const { booking } = JSON.parse(b.stdout);
  const usage = JSON.parse(run(['usage', '--region', 'karaganda', '--year', '2026', '--json']).stdout);
  assert.equal(usage.rows.find((r: { profile: string }) => r.profile === 'urology').booked, 1);
  const csv = run(['usage', '--region', 'karaganda', '--year', '2026', '--csv']).stdout;
  assert.match(csv, /^region,profile,cap,/);
  assert.match(run(['usage', '--region', 'karaganda', '--year', '2026']).stdout, /urology/);
  assert.match(run(['cancel', booking.id, '--lang', 'en']).stdout, /cancelled/);
  assert.equal(JSON.parse(run(['usage', '--region', 'karaganda', '--year', '2026', '--json']).stdout).rows.find((r: { profile: string }) => r.profile === 'urology').booked, 0);
  const refused = run(['book', '--region', 'abai', '--profile', 'allergology', '--birth-date', '1970-01-01', '--admission-date', '2026-04-01', '--patient-ref', 'cli-0002']);
  assert.equal(refused.status, 2);
  assert.equal(JSON.parse(refused.stderr).error.issues[0].path, 'profile');
});

test('import-bookings reports each row, applies the good ones whole and the bad ones not at all', () => {
  const file = join(dir, 'bookings.csv');
  writeFileSync(
    file,
    [
      'region,profile,birthDate,admissionDate,rural,patientRef,idempotencyKey',
      'karaganda,cardiology,1960-01-01,2026-05-01,false,imp-0001,import-key-0001',
      'karaganda,paediatrics,2015-01-01,2026-05-01,true,imp-0002,import-key-0002',
      'karaganda,astrology,1960-01-01,2026-05-01,false,imp-0003,import-key-0003',
      'karaganda,cardiology,1960-01-01,2031-05-01,false,imp-0004,import-key-0004',
      '"karaganda","cardiology","1960-01-01","2026-05-02","no","imp-0005","import-key-0005"',
    ].join('\n'),
  );
  const r = run(['import-bookings', file, '--json']);
  assert.equal(r.status, 1, 'a file with refused rows exits 1');
  const report = JSON.parse(r.stdout);
  assert.deepEqual([report.rows, report.booked, report.failed], [5, 3, 2]);
  assert.deepEqual(report.report.filter((x: { ok: boolean }) => !x.ok).map((x: { line: number }) => x.line), [4, 5]);
  assert.match(r.stderr, /\[#+\] 5\/5/);
  // Re-importing the same file books nothing twice.
  const again = JSON.parse(run(['import-bookings', file, '--json']).stdout);
  assert.ok(again.report.filter((x: { ok: boolean }) => x.ok).every((x: { replayed: boolean }) => x.replayed));
  const cardiology = JSON.parse(run(['usage', '--region', 'karaganda', '--year', '2026', '--json']).stdout).rows.find((x: { profile: string }) => x.profile === 'cardiology');
  assert.equal(cardiology.booked, 2);
  const paediatrics = JSON.parse(run(['usage', '--region', 'karaganda', '--year', '2026', '--json']).stdout).rows.find((x: { profile: string }) => x.profile === 'paediatrics');
  assert.equal(paediatrics.booked, 1);
  const missing = join(dir, 'bad.csv');
  writeFileSync(missing, 'region,profile\nkaraganda,cardiology\n');
  const bad = run(['import-bookings', missing, '--lang', 'en']);
  assert.equal(bad.status, 2);
  assert.match(JSON.parse(bad.stderr).error.message, /lacks columns: birthDate, admissionDate, patientRef/);
});

test('import-bookings: a stray quote refuses the file naming the line and books nothing; rural values are strict; rows read and booked are reported', () => {
  const head = 'region,profile,birthDate,admissionDate,rural,patientRef,idempotencyKey';
  const stray = join(dir, 'stray.csv');
  writeFileSync(stray, [head, 'karaganda,surgery,1960-01-01,2026-07-01,false,csv-ok-0001,csv-key-0001', 'karaganda,surgery,1960-01-01,2026-07-01,false,csv"stray,csv-key-0002', 'karaganda,surgery,1960-01-01,2026-07-01,false,csv-after-1,csv-key-0003', 'karaganda,surgery,1960-01-01,2026-07-01,false,csv-after-2,csv-key-0004'].join('\n'));
  const surgery = () => JSON.parse(run(['usage', '--region', 'karaganda', '--year', '2026', '--json']).stdout).rows.find((x: { profile: string }) => x.profile === 'surgery').booked;
  const before = surgery();
  const r = run(['import-bookings', stray, '--json', '--lang', 'en']);
  assert.equal(r.status, 2, r.stderr);
  const err = JSON.parse(r.stderr).error;
  assert.match(err.message, /malformed at line 3/);
  assert.equal(err.issues[0].path, 'line 3');
  assert.equal(surgery(), before, 'nothing booked from a malformed file');

  const unterminated = join(dir, 'unterminated.csv');
  writeFileSync(unterminated, [head, 'karaganda,surgery,1960-01-01,2026-07-01,false,"csv-open-0001,csv-key-0010', 'karaganda,surgery,1960-01-01,2026-07-01,false,csv-open-0002,csv-key-0011'].join('\n'));
  assert.equal(run(['import-bookings', unterminated]).status, 2);

  const extra = join(dir, 'extra.csv');
  writeFileSync(extra, `${head},rurall\nkaraganda,surgery,1960-01-01,2026-07-01,false,csv-extra-01,csv-key-0020,yes\n`);
  const extraRun = run(['import-bookings', extra, '--lang', 'en']);
  assert.equal(extraRun.status, 2);
  assert.match(JSON.parse(extraRun.stderr).error.message, /unknown columns: rurall/);

  const rural = join(dir, 'rural.csv');
  const values = ['true', 'FALSE', '1', '0', 'yes', 'No', 'иә', 'жоқ', 'да', 'НЕТ', 'Y', 'on', 'rural'];
  writeFileSync(rural, [head, ...values.map((v, i) => `karaganda,surgery,1960-01-01,2026-07-02,${v},csv-rural-${String(i).padStart(3, '0')},csv-rural-key-${i}`)].join('\n'));
  const report = JSON.parse(run(['import-bookings', rural, '--json', '--lang', 'en']).stdout);
  assert.equal(report.rowsRead, values.length);
  assert.equal(report.booked, 10);
  assert.equal(report.failed, 3);
  const refused = report.report.filter((x: { ok: boolean }) => !x.ok);
  assert.deepEqual(refused.map((x: { line: number }) => x.line), [12, 13, 14], 'refused with the row number');
  assert.ok(refused.every((x: { error: { issues: { path: string }[] } }) => x.error.issues[0]!.path === 'rural'));
  assert.match(refused[0].error.message, /line 12: rural must be one of/);
  const text = run(['import-bookings', rural, '--lang', 'en']).stdout;
  assert.match(text, /13 rows read, 10 booked, 3 refused/);
});

test('token list shows expiry, last use and status without the token; revoke takes effect and is listed', () => {
  const created = run(['token', 'create', '--role', 'admin', '--label', 'auditor', '--days', '30', '--lang', 'en']);
  assert.equal(created.status, 0, created.stderr);
  const secret = created.stdout.trim();
  const id = /token ([0-9a-f-]{36})/.exec(created.stderr)![1]!;
  assert.match(created.stderr, /valid until \d{4}-\d{2}-\d{2}/);
  const list = JSON.parse(run(['token', 'list', '--json']).stdout);
  const mine = list.find((t: { id: string }) => t.id === id);
  assert.equal(mine.status, 'active');
  assert.equal(mine.label, 'auditor');
  assert.ok(Math.abs(Date.parse(mine.expires_at) - Date.now() - 30 * 86_400_000) < 120_000);
  assert.ok(!JSON.stringify(list).includes(secret), 'the token itself is never listed');
  assert.match(run(['token', 'list', '--lang', 'en']).stdout, /auditor .*active/);
  const revoked = run(['token', 'revoke', id, '--lang', 'en']);
  assert.equal(revoked.status, 0, revoked.stderr);
  assert.match(revoked.stdout, /revoked/);
  assert.equal(JSON.parse(run(['token', 'list', '--json']).stdout).find((t: { id: string }) => t.id === id).status, 'revoked');
  const again = run(['token', 'revoke', id]);
  assert.equal(again.status, 1, 'already revoked: a conflict, not an input error');
  assert.equal(JSON.parse(again.stderr).error.code, 'conflict');
  const unknown = run(['token', 'revoke', '00000000-0000-4000-8000-000000000000']);
  assert.equal(unknown.status, 1);
  assert.equal(JSON.parse(unknown.stderr).error.code, 'not_found');
  assert.equal(run(['token', 'create', '--role', 'admin', '--days', '0']).status, 2);
});
