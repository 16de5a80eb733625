// The ledger on both engines: a fresh SQLite file, or a fresh PostgreSQL schema per test file.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { after } from 'node:test';
import { openLedgerDb, type LedgerDb, type LedgerDbOptions } from '../src/ledger/db.js';
import type { AppOptions } from '../src/api/app.js';
import { migrate } from '../src/ledger/migrations.js';
import { Ledger } from '../src/ledger/ledger.js';
import { ledgerRoutes } from '../src/ledger/routes.js';
import { createToken } from '../src/ledger/auth.js';
import { appForTests, engineForTests } from './app-support.js';

export const PG_URL = process.env.KEPIL_PG_URL;

export interface Engines {
  name: 'sqlite' | 'postgres';
  /** The URL a second process uses to reach the same store. */
  url: string;
}

/** The engines to run on: SQLite always; PostgreSQL when KEPIL_PG_URL is set (loudly skipped otherwise). */
export async function ledgerEngines(): Promise<Engines[]> {
  const dir = mkdtempSync(join(tmpdir(), 'kepil-ledger-'));
  const out: Engines[] = [{ name: 'sqlite', url: join(dir, 'ledger.db') }];
  if (!PG_URL) {
    console.warn('\n*** KEPIL_PG_URL is not set: the PostgreSQL ledger tests are SKIPPED. Set it (CI does) to run them. ***\n');
    return out;
  }
  const schema = `kepil_t_${randomBytes(6).toString('hex')}`;
  const client = new pg.Client({ connectionString: PG_URL });
  await client.connect();
  await client.query(`create schema ${schema}`);
  await client.end();
  const sep = PG_URL.includes('?') ? '&' : '?';
  out.push({ name: 'postgres', url: `${PG_URL}${sep}options=${encodeURIComponent(`-c search_path=${schema}`)}` });
  // Each test file works in a schema of its own, dropped when the process ends.
  after(async () => {
    const c = new pg.Client({ connectionString: PG_URL });
    await c.connect();
    await c.query(`drop schema if exists ${schema} cascade`);
    await c.end();
  });
  return out;
}

/** The HMAC key of the test ledgers (a server would use KEPIL_SECRET or a generated one). */
export const TEST_SECRET = 'test-secret-0123456789abcdef0123456789';

export async function ledgerFor(e: Engines, options: LedgerDbOptions & { app?: Omit<AppOptions, 'engine' | 'plugins'> } = {}) {
  const store: LedgerDb = openLedgerDb(e.url, undefined, { secret: TEST_SECRET, ...options });
  await migrate(store.db, store.dialect);
  const ledger = new Ledger(store, engineForTests().corpus);
  const app = await appForTests([ledgerRoutes(ledger, store)], { readiness: store.ping, ...options.app });
  const admin = await createToken(store, 'admin', null, 'test admin');
  const karaganda = await createToken(store, 'registrar', 'karaganda', 'test registrar');
  const almaty = await createToken(store, 'registrar', 'almaty', 'test registrar');
  const close = async () => {
    await app.close();
    await store.close();
  };
  return { store, ledger, app, tokens: { admin: admin.token, karaganda: karaganda.token, almaty: almaty.token }, close };
}
