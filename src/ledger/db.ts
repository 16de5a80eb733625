// One code path, two engines. Every difference between SQLite and PostgreSQL is a named flag here.
import { Kysely, SqliteDialect, PostgresDialect, type ColumnDefinitionBuilder } from 'kysely';
import Database from 'better-sqlite3';
import pg from 'pg';
import { resolve } from 'node:path';
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
  close: () => Promise<void>;
}

const SQLITE: LedgerDialect = { name: 'sqlite', dataModifyingCte: false, serialId: (c) => c.primaryKey().autoIncrement(), serialType: 'integer' };
const POSTGRES: LedgerDialect = { name: 'postgres', dataModifyingCte: true, serialId: (c) => c.primaryKey(), serialType: 'serial' };

export function defaultSqlitePath(): string {
  return resolve(config().KEPIL_SQLITE_PATH);
}

/** PostgreSQL when `url` (or KEPIL_DB_URL) is postgres://…; otherwise the SQLite file. */
export function openLedgerDb(url = config().KEPIL_DB_URL, sqlitePath = defaultSqlitePath()): LedgerDb {
  if (url && /^postgres(ql)?:\/\//.test(url)) {
    const pool = new pg.Pool({ connectionString: url, max: config().KEPIL_PG_POOL });
    const db = new Kysely<LedgerSchema>({ dialect: new PostgresDialect({ pool }) });
    return { db, dialect: POSTGRES, location: url.replace(/\/\/[^@/]*@/, '//'), close: () => db.destroy() };
  }
  const file = url && !url.includes('://') ? resolve(url) : sqlitePath;
  const sqlite = new Database(file);
  // WAL with full sync: an acknowledged booking survives a killed process.
  sqlite.pragma('journal_mode = WAL');
  sqlite.pragma('synchronous = FULL');
  sqlite.pragma('busy_timeout = 10000');
  sqlite.pragma('foreign_keys = ON');
  const db = new Kysely<LedgerSchema>({ dialect: new SqliteDialect({ database: sqlite }) });
  return { db, dialect: SQLITE, location: file, close: () => db.destroy() };
}
