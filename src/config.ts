// The one place the process environment is read. Every setting is validated here, so a bad value
// stops the process at start with the variable's name, not later in a request.
import { z } from 'zod';
import { KepilError } from './corpus/issues.js';

const port = z.coerce.number().int().min(0).max(65535);

/** Each key is the environment variable it comes from; defaults are the embedded set-up's. */
const ConfigSchema = z.object({
  KEPIL_HOST: z.string().min(1).default('127.0.0.1'),
  KEPIL_PORT: port.default(8080),
  /** postgres://… selects PostgreSQL; unset (or a file path) selects SQLite. */
  KEPIL_DB_URL: z.string().optional(),
  KEPIL_SQLITE_PATH: z.string().min(1).default('kepil.db'),
  KEPIL_PG_POOL: z.coerce.number().int().min(1).max(1000).default(20),
  KEPIL_DATA_DIR: z.string().optional(),
  /** The largest request body the API accepts, in bytes; larger ones get a 413. */
  KEPIL_BODY_LIMIT: z.coerce.number().int().min(1024).max(16 * 1024 * 1024).default(64 * 1024),
  /** POST /api/v1/batch: the most rows and bytes one body may hold (413 over them). */
  KEPIL_BATCH_MAX_ROWS: z.coerce.number().int().min(1).max(1_000_000).default(10_000),
  KEPIL_BATCH_MAX_BYTES: z.coerce.number().int().min(1024).max(256 * 1024 * 1024).default(4 * 1024 * 1024),
  /** The key of the HMACs over patientRef and request bodies; at least 32 characters. Unset: generated once and kept with the ledger (docs/privacy.md). */
  KEPIL_SECRET: z.string().min(32).optional(),
  /** pino level; the README's table gives the one for each environment. */
  KEPIL_LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  /** Days a new API token is valid. */
  KEPIL_TOKEN_DAYS: z.coerce.number().int().min(1).max(3650).default(90),
  /** PostgreSQL: how long to wait for a connection, and for one statement, before answering 503. */
  KEPIL_DB_CONNECT_TIMEOUT_MS: z.coerce.number().int().min(100).default(5000),
  KEPIL_DB_STATEMENT_TIMEOUT_MS: z.coerce.number().int().min(100).default(10000),
  /** SQLite: how long a write waits for another process's lock before answering 503. */
  KEPIL_SQLITE_BUSY_TIMEOUT_MS: z.coerce.number().int().min(0).default(5000),
  /** HTTP: the whole request (headers and body) must arrive within this; the headers within the next. */
  KEPIL_REQUEST_TIMEOUT_MS: z.coerce.number().int().min(100).default(10000),
  KEPIL_HEADERS_TIMEOUT_MS: z.coerce.number().int().min(100).default(5000),
  KEPIL_KEEPALIVE_TIMEOUT_MS: z.coerce.number().int().min(100).default(5000),
  /** Requests per minute: per client address (all routes), per address on corpus reads, per API token. 0 turns one off. */
  KEPIL_RATE_LIMIT_ADDRESS: z.coerce.number().int().min(0).default(3000),
  KEPIL_RATE_LIMIT_CORPUS: z.coerce.number().int().min(0).default(600),
  KEPIL_RATE_LIMIT_TOKEN: z.coerce.number().int().min(0).default(1200),
  /** Behind a reverse proxy: trust its X-Forwarded-For, so the per-address limit sees the client. */
  KEPIL_TRUST_PROXY: z.enum(['true', 'false']).default('false').transform((v) => v === 'true'),
});

export type Config = z.infer<typeof ConfigSchema>;

/** Reads and validates `env`; empty strings count as unset. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const present = Object.fromEntries(Object.entries(env).filter(([k, v]) => k.startsWith('KEPIL_') && v !== ''));
  const r = ConfigSchema.safeParse(present);
  if (!r.success) {
    const issues = r.error.issues.map((i) => ({ path: i.path.join('.'), message: i.message }));
    throw new KepilError('bad_request', `invalid configuration: ${issues.map((i) => i.path).join(', ')}`, issues);
  }
  return r.data;
}

let cached: Config | undefined;
/** The process's configuration, read once. */
export function config(): Config {
  cached ??= loadConfig();
  return cached;
}
