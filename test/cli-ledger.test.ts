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
  assert.match(run(['db', 'migrate']).stdout, /migrated sqlite/);
  const t = run(['token', 'create', '--role', 'registrar', '--region', 'karaganda', '--label', 'bureau']);
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
  assert.match(run(['cancel', booking.id]).stdout, /cancelled/);
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
  const bad = run(['import-bookings', missing]);
  assert.equal(bad.status, 2);
  assert.match(JSON.parse(bad.stderr).error.message, /lacks columns: birthDate, admissionDate, patientRef/);
});
