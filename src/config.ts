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
  /** POST /api/v1/batch: the most rows and bytes one body may hold (413 over them). */
  KEPIL_BATCH_MAX_ROWS: z.coerce.number().int().min(1).max(1_000_000).default(10_000),
  KEPIL_BATCH_MAX_BYTES: z.coerce.number().int().min(1024).max(256 * 1024 * 1024).default(4 * 1024 * 1024),
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
