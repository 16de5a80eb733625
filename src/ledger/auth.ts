// Bearer tokens: shown once at creation, stored as SHA-256 hashes, carrying a role and a region.
import { createHash, randomBytes, randomUUID } from 'node:crypto';
import { KepilError } from '../corpus/issues.js';
import type { LedgerDb } from './db.js';
import type { Actor } from './ledger.js';

const hash = (token: string) => createHash('sha256').update(token).digest('hex');

export async function createToken(store: LedgerDb, role: 'registrar' | 'admin', region: string | null, label: string): Promise<{ id: string; token: string }> {
  if (role === 'registrar' && !region) throw new KepilError('bad_request', 'a registrar token needs a region', [{ path: 'region', message: 'required for role registrar' }]);
  if (role === 'admin' && region) throw new KepilError('bad_request', 'an admin token is for all regions', [{ path: 'region', message: 'not allowed for role admin' }]);
  const id = randomUUID();
  const token = `kpl_${randomBytes(24).toString('base64url')}`;
  await store.db.insertInto('tokens').values({ id, hash: hash(token), role, region, label, created_at: new Date().toISOString() }).execute();
  return { id, token };
}

/** The actor behind an Authorization header, or a 401. */
export async function authenticate(store: LedgerDb, header: string | undefined): Promise<Actor> {
  const m = /^Bearer\s+(\S+)$/i.exec(header ?? '');
  if (!m) throw new KepilError('unauthorized', 'a bearer token is required for writes', [{ path: 'authorization', message: 'Authorization: Bearer <token>' }]);
  const row = await store.db.selectFrom('tokens').selectAll().where('hash', '=', hash(m[1]!)).executeTakeFirst();
  if (!row) throw new KepilError('unauthorized', 'unknown token', [{ path: 'authorization', message: 'the token is not known' }]);
  return { id: `token:${row.id}`, role: row.role, region: row.region };
}
