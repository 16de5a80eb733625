// Opens the ledger's database (SQLite by default, PostgreSQL with KEPIL_DB_URL) and migrates it.
import type { FastifyInstance } from 'fastify';
import type { Engine } from '../engine/index.js';
import { openLedgerDb, type LedgerDb, type LedgerDbOptions } from '../ledger/db.js';
import { migrate } from '../ledger/migrations.js';
import { Ledger } from '../ledger/ledger.js';
import { ledgerRoutes } from '../ledger/routes.js';

export async function openLedger(engine: Engine, options: LedgerDbOptions = {}): Promise<{ ledger: Ledger; store: LedgerDb }> {
  const store = openLedgerDb(undefined, undefined, options);
  await migrate(store.db, store.dialect);
  const ledger = new Ledger(store, engine.corpus);
  // Bookings written before patientRef was hashed are hashed now (a no-op once done).
  await ledger.pseudonymiseStoredRefs();
  return { ledger, store };
}

export async function ledgerPlugin(
  engine: Engine,
  options: LedgerDbOptions = {},
): Promise<{ plugin: (app: FastifyInstance) => Promise<void>; close: () => Promise<void>; ready: () => Promise<void>; location: string }> {
  const { ledger, store } = await openLedger(engine, options);
  return { plugin: ledgerRoutes(ledger, store), close: store.close, ready: store.ping, location: `${store.dialect.name} ${store.location}` };
}
