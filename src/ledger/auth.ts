// Bearer tokens: shown once at creation, stored as SHA-256 hashes, carrying a role and a region. They
// expire (KEPIL_TOKEN_DAYS, default 90), can be revoked (at once: every request reads the row), and
// record when they were last used.
import { createHash, randomBytes, randomUUID } from 'node:crypto';
import { KepilError, issue } from '../corpus/issues.js';
import type { Message } from '../i18n/index.js';
import { config } from '../config.js';
import type { LedgerDb } from './db.js';
import type { Actor } from './ledger.js';
import type { TokensTable } from './tables.js';
import { lmsg } from './text.js';

// The token carries 192 random bits, so an unsalted hash is enough: nothing can be guessed from it.
const hash = (token: string) => createHash('sha256').update(token).digest('hex');
const DAY = 86_400_000;
/** last_used_at is written at most this often per token, so a busy token does not write on every request. */
const LAST_USED_RESOLUTION = 60_000;

export type TokenInfo = Omit<TokensTable, 'hash'> & { status: 'active' | 'expired' | 'revoked' };

export async function createToken(
  store: LedgerDb,
  role: 'registrar' | 'admin',
  region: string | null,
  label: string,
  days: number = config().KEPIL_TOKEN_DAYS,
): Promise<{ id: string; token: string; expiresAt: string }> {
  if (role === 'registrar' && !region) throw new KepilError('bad_request', lmsg('api.token.registrarRegion'), [issue('region', lmsg('api.token.regionRequired'))]);
  if (role === 'admin' && region) throw new KepilError('bad_request', lmsg('api.token.adminAllRegions'), [issue('region', lmsg('api.token.regionNotAllowed'))]);
  const id = randomUUID();
  const token = `kpl_${randomBytes(24).toString('base64url')}`;
  const now = Date.now();
  const expiresAt = new Date(now + days * DAY).toISOString();
  await store.db
    .insertInto('tokens')
    .values({ id, hash: hash(token), role, region, label, created_at: new Date(now).toISOString(), expires_at: expiresAt, last_used_at: null, revoked_at: null })
    .execute();
  return { id, token, expiresAt };
}

const unauthorized = (m: Message) => new KepilError('unauthorized', m, [issue('authorization', m)]);

/** The actor behind an Authorization header, or a 401: missing, unknown, expired or revoked. */
export async function authenticate(store: LedgerDb, header: string | undefined): Promise<Actor> {
  const m = /^Bearer\s+(\S+)$/i.exec(header ?? '');
  if (!m) throw unauthorized(lmsg('api.token.required'));
  const row = await store.db.selectFrom('tokens').selectAll().where('hash', '=', hash(m[1]!)).executeTakeFirst();
  if (!row) throw unauthorized(lmsg('api.token.unknown'));
  if (row.revoked_at) throw unauthorized(lmsg('api.token.revoked', { date: row.revoked_at.slice(0, 10) }));
  const now = new Date();
  if (row.expires_at && row.expires_at <= now.toISOString()) throw unauthorized(lmsg('api.token.expired', { date: row.expires_at.slice(0, 10) }));
  if (!row.last_used_at || now.getTime() - Date.parse(row.last_used_at) >= LAST_USED_RESOLUTION) {
    // Best effort: a read-only or busy database still lets a valid token read.
    await store.db.updateTable('tokens').set({ last_used_at: now.toISOString() }).where('id', '=', row.id).execute().catch(() => undefined);
  }
  return { id: `token:${row.id}`, role: row.role, region: row.region };
}

export async function listTokens(store: LedgerDb): Promise<TokenInfo[]> {
  const now = new Date().toISOString();
  const rows = await store.db.selectFrom('tokens').select(['id', 'role', 'region', 'label', 'created_at', 'expires_at', 'last_used_at', 'revoked_at']).orderBy('created_at').execute();
  return rows.map((r) => ({ ...r, status: r.revoked_at ? 'revoked' : r.expires_at <= now ? 'expired' : 'active' }));
}

/** Revokes a token by id; the next request with it gets 401. */
export async function revokeToken(store: LedgerDb, id: string): Promise<TokenInfo> {
  const found = (await listTokens(store)).find((t) => t.id === id);
  if (!found) throw new KepilError('not_found', lmsg('cli.token.unknown', { id }), [{ path: 'id', message: 'kepil token list' }]);
  if (found.revoked_at) throw new KepilError('conflict', lmsg('cli.token.alreadyRevoked', { id, date: found.revoked_at.slice(0, 10) }), [issue('id', lmsg('token.status.revoked'))]);
  const at = new Date().toISOString();
  await store.db.updateTable('tokens').set({ revoked_at: at }).where('id', '=', id).execute();
  return { ...found, revoked_at: at, status: 'revoked' };
}
