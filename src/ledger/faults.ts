// Database faults named for what they are. A lost, frozen, busy, read-only or full database is not a
// bug in the request: the client gets 503 (retry later) or 507 (disk full) in the one error shape, and
// the log says the cause, not a generic "internal error".
import { KepilError } from '../corpus/issues.js';
import { lmsg, type TextId } from './text.js';

/** PostgreSQL SQLSTATEs and Node/driver codes of a database that is away, with the message each gets. */
const PG_STATES: [RegExp, TextId][] = [
  [/^53100$/, 'api.db.diskFull'],
  [/^25006$/, 'api.db.readOnly'],
  [/^57014$/, 'api.db.timeout'], // statement_timeout
  [/^(08...|57P0[1-4]|53300|53000|3D000|28000|28P01)$/, 'api.db.unavailable'], // connection lost, shut down, too many connections
];
const SQLITE_CODES: [RegExp, TextId][] = [
  [/^SQLITE_FULL/, 'api.db.diskFull'],
  [/^SQLITE_(READONLY|CANTOPEN)/, 'api.db.readOnly'],
  [/^SQLITE_(BUSY|LOCKED)/, 'api.db.busy'],
  [/^SQLITE_IOERR/, 'api.db.unavailable'],
];
const NODE_CODES = /^(ECONNREFUSED|ECONNRESET|EPIPE|ETIMEDOUT|EHOSTUNREACH|ENOTFOUND|EAI_AGAIN)$/;
const DRIVER_MESSAGES: [RegExp, TextId][] = [
  [/timeout exceeded when trying to connect|Query read timeout|Connection terminated due to connection timeout/i, 'api.db.timeout'],
  [/Connection terminated|Client has encountered a connection error|Cannot use a pool after calling end/i, 'api.db.unavailable'],
];

/** The KepilError for a database fault, or undefined when `err` is something else. */
export function dbFault(err: unknown): KepilError | undefined {
  if (!(err instanceof Error) || err instanceof KepilError) return undefined;
  const code = String((err as { code?: unknown }).code ?? '');
  const id =
    (err.constructor.name === 'SqliteError' ? SQLITE_CODES.find(([re]) => re.test(code))?.[1] : undefined) ??
    (/^[0-9A-Z]{5}$/.test(code) ? PG_STATES.find(([re]) => re.test(code))?.[1] : undefined) ??
    (NODE_CODES.test(code) ? 'api.db.unavailable' : undefined) ??
    DRIVER_MESSAGES.find(([re]) => re.test(err.message))?.[1];
  if (!id) return undefined;
  const status = id === 'api.db.diskFull' ? 'storage_full' : 'unavailable';
  // The client sees the kind and the code; the log (errors.ts) gets the driver's own error as the cause.
  return Object.assign(new KepilError(status, lmsg(id), [{ path: '(database)', message: code || err.name }]), { cause: err });
}
