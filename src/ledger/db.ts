// One code path, two engines. Every difference between SQLite and PostgreSQL is a named flag here.
import { Kysely, SqliteDialect, PostgresDialect, sql, type ColumnDefinitionBuilder } from 'kysely';
import Database from 'better-sqlite3';
import pg from 'pg';
import { resolve } from 'node:path';
import { randomBytes } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import type { LedgerSchema } from './tables.js';
import { config } from '../config.js';

export interface LedgerDialect {
  name: 'sqlite' | 'postgres';
  /** PostgreSQL runs INSERT/UPDATE inside WITH, so a booking is one statement; SQLite needs a transaction of three. */
  dataModifyingCte: boolean;
  /** How an auto-numbered primary key is declared. */
  serialId: (col: ColumnDefinitionBuilder) => ColumnDefinitionBuilder;
  serialType: 'integer' | 'serial';
}

export interface LedgerDb {
  db: Kysely<LedgerSchema>;
  dialect: LedgerDialect;
  /** Where the data lives, without credentials. */
  location: string;
  /**
   * Runs `fn` in one write transaction. SQLite takes the write lock first (BEGIN IMMEDIATE), so a
   * read-then-write never fails half-way on another process's lock; a failed rollback never hides the
   * error that caused it (a full disk, say).
   */
  write: <T>(fn: (trx: Kysely<LedgerSchema>) => Promise<T>) => Promise<T>;
  /** A trivial query: throws when the database does not answer (GET /readyz). */
  ping: () => Promise<void>;
  /** The HMAC key (docs/privacy.md): KEPIL_SECRET, else generated once and kept with the ledger. */
  secret: () => Promise<string>;
  close: () => Promise<void>;
}

export interface LedgerDbOptions {
  /** Overrides KEPIL_SECRET (tests, bench). */
  secret?: string;
  /** PostgreSQL application_name, so an operator (or a test) can find this process's connections. */
  applicationName?: string;
  /** Called with errors of idle pooled connections (a restarted or failed-over server), which are otherwise fatal. */
  onPoolError?: (err: Error) => void;
}

const SQLITE: LedgerDialect = { name: 'sqlite', dataModifyingCte: false, serialId: (c) => c.primaryKey().autoIncrement(), serialType: 'integer' };
const POSTGRES: LedgerDialect = { name: 'postgres', dataModifyingCte: true, serialId: (c) => c.primaryKey(), serialType: 'serial' };

export function defaultSqlitePath(): string {
  return resolve(config().KEPIL_SQLITE_PATH);
}

const newSecret = () => randomBytes(32).toString('base64url');

/** PostgreSQL when `url` (or KEPIL_DB_URL) is postgres://…; otherwise the SQLite file. */
export function openLedgerDb(url = config().KEPIL_DB_URL, sqlitePath = defaultSqlitePath(), options: LedgerDbOptions = {}): LedgerDb {
  const configured = options.secret ?? config().KEPIL_SECRET;
  if (url && /^postgres(ql)?:\/\//.test(url)) return openPostgres(url, configured, options);
  return openSqlite(url && !url.includes('://') ? resolve(url) : sqlitePath, configured);
}

function openPostgres(url: string, configured: string | undefined, options: LedgerDbOptions): LedgerDb {
  const c = config();
  const pool = new pg.Pool({
    connectionString: url,
    max: c.KEPIL_PG_POOL,
    connectionTimeoutMillis: c.KEPIL_DB_CONNECT_TIMEOUT_MS,
    // Server-side limits, so a hung statement or an abandoned transaction frees its locks; the client-side
    // query_timeout also covers a server that does not answer at all (frozen, partitioned).
    statement_timeout: c.KEPIL_DB_STATEMENT_TIMEOUT_MS,
    idle_in_transaction_session_timeout: c.KEPIL_DB_STATEMENT_TIMEOUT_MS,
    query_timeout: c.KEPIL_DB_STATEMENT_TIMEOUT_MS + 1000,
    application_name: options.applicationName ?? 'kepil',
  });
  // Without a listener, an idle client's error (server restart, pg_terminate_backend) kills the process.
  // pg-pool has already dropped that client; the next query opens a fresh one.
  // The same for a client that is checked out but between queries (inside a transaction, say): its
  // error goes to the query that uses it next, and to the log, never to an unhandled 'error' event.
  const onError = options.onPoolError ?? (() => {});
  pool.on('error', onError);
  pool.on('connect', (client) => client.on('error', onError));
  const db = new Kysely<LedgerSchema>({ dialect: new PostgresDialect({ pool }) });
  let secret: Promise<string> | undefined;
  return {
    db,
    dialect: POSTGRES,
    location: url.replace(/\/\/[^@/]*@/, '//'),
    write: (fn) => db.transaction().execute(fn),
    ping: async () => void (await sql`select 1`.execute(db)),
    // Generated once by the first process and kept in the ledger's own table (see docs/privacy.md).
    secret: () =>
      (secret ??= configured
        ? Promise.resolve(configured)
        : (async () => {
            await db.insertInto('kepil_secret').values({ id: 1, value: newSecret() }).onConflict((oc) => oc.column('id').doNothing()).execute();
            return (await db.selectFrom('kepil_secret').select('value').where('id', '=', 1).executeTakeFirstOrThrow()).value;
          })().catch((e: unknown) => {
            // The database was away: ask again next time rather than keep the failure.
            secret = undefined;
            throw e;
          })),
    close: () => db.destroy(),
  };
}

function openSqlite(file: string, configured: string | undefined): LedgerDb {
  const sqlite = new Database(file);
  // WAL with full sync: an acknowledged booking survives a killed process.
  sqlite.pragma('journal_mode = WAL');
  sqlite.pragma('synchronous = FULL');
  // How long a write waits for another process's lock; then SQLITE_BUSY, answered as 503.
  sqlite.pragma(`busy_timeout = ${config().KEPIL_SQLITE_BUSY_TIMEOUT_MS}`);
  sqlite.pragma('foreign_keys = ON');
  const db = new Kysely<LedgerSchema>({ dialect: new SqliteDialect({ database: sqlite }) });
  let secret: string | undefined;
  return {
    db,
    dialect: SQLITE,
    location: file,
    write: (fn) =>
      db.connection().execute(async (conn) => {
        await sql`begin immediate`.execute(conn);
        try {
          const result = await fn(conn);
          await sql`commit`.execute(conn);
          return result;
        } catch (e) {
          // After SQLITE_FULL (and some other errors) SQLite has rolled back already.
          if (sqlite.inTransaction) sqlite.exec('rollback');
          throw e;
        }
      }),
    ping: async () => void sqlite.prepare('select 1').get(),
    secret: async () => (secret ??= configured ?? sqliteSecret(`${file}.secret`)),
    close: () => db.destroy(),
  };
}

/** The embedded set-up's key: a file beside the database, created once, readable by its owner only. */
function sqliteSecret(path: string): string {
  try {
    return readFileSync(path, 'utf8').trim();
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== 'ENOENT') throw e;
  }
  try {
    writeFileSync(path, `${newSecret()}\n`, { mode: 0o600, flag: 'wx' });
  } catch (e) {
    // Another process created it first: use theirs.
    if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
  }
  return readFileSync(path, 'utf8').trim();
}
