// Opens the ledger's database (SQLite by default, PostgreSQL with KEPIL_DB_URL) and migrates it.
import type { FastifyInstance } from 'fastify';
import type { Engine } from '../engine/index.js';
import { openLedgerDb, type LedgerDb } from '../ledger/db.js';
import { migrate } from '../ledger/migrations.js';
import { Ledger } from '../ledger/ledger.js';
import { ledgerRoutes } from '../ledger/routes.js';

export async function openLedger(engine: Engine): Promise<{ ledger: Ledger; store: LedgerDb }> {
  const store = openLedgerDb();
  await migrate(store.db, store.dialect);
  return { ledger: new Ledger(store, engine.corpus), store };
}

export async function ledgerPlugin(engine: Engine): Promise<{ plugin: (app: FastifyInstance) => Promise<void>; close: () => Promise<void>; location: string }> {
  const { ledger, store } = await openLedger(engine);
  return { plugin: ledgerRoutes(ledger, store), close: store.close, location: `${store.dialect.name} ${store.location}` };
}
