// bench/ledger: bookings per second with 16 concurrent clients on PostgreSQL, against pgbench's
// built-in simple-update script with the same client count on the same server, in the same run.
// Also prints the SQLite figure. Run: npm run bench:ledger (needs KEPIL_PG_URL and pgbench).
import { execFileSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { loadCorpus } from '../src/corpus/index.js';
import { openLedgerDb, type LedgerDb } from '../src/ledger/db.js';
import { migrate } from '../src/ledger/migrations.js';
import { Ledger, type BookingInput } from '../src/ledger/ledger.js';
import { rng } from './requests.js';
import { KepilError } from '../src/corpus/issues.js';

const CLIENTS = 16;
const SECONDS = Number(process.env.BENCH_SECONDS ?? 10);
const corpus = loadCorpus();
// Bookable rows with room for a whole run (the fastest engine books ~30k in 10 s): large adult caps, over three years.
const targets = corpus.limits.filter((r) => r.profile !== 'all_profiles' && r.total && r.adults && r.adults > 5000);

async function bookingsPerSecond(store: LedgerDb, clients: number): Promise<number> {
  await migrate(store.db, store.dialect);
  const ledger = new Ledger(store, corpus);
  const actor = { id: 'bench', role: 'admin' as const, region: null };
  const until = Date.now() + SECONDS * 1000;
  let done = 0;
  let refused = 0;
  await Promise.all(
    Array.from({ length: clients }, async (_, c) => {
      const r = rng(c + 1);
      for (let i = 0; Date.now() < until; i++) {
        const t = targets[Math.floor(r() * targets.length)]!;
        try {
          await ledger.book(actor, { region: t.region as BookingInput['region'], profile: t.profile, birthDate: '1975-04-04', admissionDate: `${2026 + (i % 3)}-0${1 + (i % 9)}-15`, patientRef: `bench-${c}-${i}`, idempotencyKey: `bench-${c}-${i}-${randomBytes(4).toString('hex')}` });
          done++;
        } catch (e) {
          // A cap the run has filled: a refusal is not a booking, and the client goes on.
          if (!(e instanceof KepilError && e.code === 'conflict')) throw e;
          refused++;
        }
      }
    }),
  );
  await store.close();
  if (refused) console.log(`  (${refused} refusals at full caps, not counted)`);
  return done / SECONDS;
}

const pgUrl = process.env.KEPIL_PG_URL;
const sqlitePath = join(mkdtempSync(join(tmpdir(), 'kepil-bench-')), 'bench.db');
const sqliteRate = await bookingsPerSecond(openLedgerDb(sqlitePath), CLIENTS);
console.log(`SQLite:     ${sqliteRate.toFixed(0)} bookings/s (${CLIENTS} concurrent clients, ${SECONDS} s, one file, writers serialised; ${targets.length} caps × 3 years)`);

if (!pgUrl) {
  console.log('PostgreSQL: skipped — set KEPIL_PG_URL (e.g. postgres://postgres@127.0.0.1:5432/test)');
} else {
  const schema = `kepil_bench_${randomBytes(4).toString('hex')}`;
  const admin = new pg.Client({ connectionString: pgUrl });
  await admin.connect();
  await admin.query(`create schema ${schema}`);
  const sep = pgUrl.includes('?') ? '&' : '?';
  const ledgerRate = await bookingsPerSecond(openLedgerDb(`${pgUrl}${sep}options=${encodeURIComponent(`-c search_path=${schema}`)}`), CLIENTS);
  await admin.query(`drop schema ${schema} cascade`);
  await admin.query('drop database if exists kepil_pgbench');
  await admin.query('create database kepil_pgbench');
  await admin.end();
  const u = new URL(pgUrl);
  const conn = ['-h', u.hostname, '-p', u.port || '5432', '-U', decodeURIComponent(u.username || 'postgres')];
  execFileSync('pgbench', ['-i', '-q', '-s', '1', ...conn, 'kepil_pgbench'], { stdio: 'ignore' });
  const out = execFileSync('pgbench', ['-b', 'simple-update', '-c', String(CLIENTS), '-j', '2', '-T', String(SECONDS), ...conn, 'kepil_pgbench'], { encoding: 'utf8' });
  const tps = Number(/tps = ([\d.]+)/.exec(out)?.[1] ?? NaN);
  const cleanup = new pg.Client({ connectionString: pgUrl });
  await cleanup.connect();
  await cleanup.query('drop database if exists kepil_pgbench');
  await cleanup.end();
  console.log(`PostgreSQL: ${ledgerRate.toFixed(0)} bookings/s (${CLIENTS} concurrent clients, ${SECONDS} s)`);
  console.log(`pgbench:    ${tps.toFixed(0)} tps (simple-update, ${CLIENTS} clients, same server)`);
  console.log(`ratio bookings/pgbench: ${(ledgerRate / tps).toFixed(2)} (goal ≥ 0.5)`);
}
