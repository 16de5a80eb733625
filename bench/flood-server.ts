// The server bench/flood loads: the app with the ledger on a fresh SQLite file. argv: port, then the
// corpus limit per address per minute (0 = none). The per-address and per-token limits are set out of
// the way, so the figure isolates the corpus reads' own limit. Prints an admin token on stdout.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadCorpus } from '../src/corpus/index.js';
import { compile } from '../src/engine/index.js';
import { buildApp } from '../src/api/app.js';
import { openLedgerDb } from '../src/ledger/db.js';
import { migrate } from '../src/ledger/migrations.js';
import { Ledger } from '../src/ledger/ledger.js';
import { ledgerRoutes } from '../src/ledger/routes.js';
import { createToken } from '../src/ledger/auth.js';

const port = Number(process.argv[2] ?? 18090);
const corpusLimit = Number(process.argv[3] ?? 600);
const engine = compile(loadCorpus());
const store = openLedgerDb(join(mkdtempSync(join(tmpdir(), 'kepil-flood-')), 'flood.db'));
await migrate(store.db, store.dialect);
const app = await buildApp({ engine, plugins: [ledgerRoutes(new Ledger(store, engine.corpus), store)], limits: { perAddress: 1e9, perToken: 1e9, corpus: corpusLimit } });
await app.listen({ host: '127.0.0.1', port });
process.stdout.write(`${(await createToken(store, 'admin', null, 'bench')).token}\n`);
process.once('SIGTERM', () => void app.close().then(() => store.close()).then(() => process.exit(0)));
