// Issue 10 on both engines: ledger reads behind tokens, idempotency keys per principal and bound to the
// body, patientRef a pseudonym kept only as a keyed hash, token expiry and revocation, headers, and every
// error in the one shape.
import { test, after, describe } from 'node:test';
import assert from 'node:assert/strict';
import { sql } from 'kysely';
import type { InjectOptions } from 'fastify';
import { ledgerEngines, ledgerFor } from './ledger-support.js';
import { createToken, revokeToken, listTokens } from '../src/ledger/auth.js';

const engines = await ledgerEngines();
// The messages this test reads are the English ones (Kazakh is the default).
const json = { 'content-type': 'application/json', 'accept-language': 'en' };
const bearer = (token: string) => ({ authorization: `Bearer ${token}` });

/** The project's one error shape. */
function assertErrorShape(body: string, code: string): void {
  const parsed = JSON.parse(body);
  assert.deepEqual(Object.keys(parsed), ['error'], body);
  assert.equal(parsed.error.code, code, body);
  assert.equal(typeof parsed.error.message, 'string');
  assert.ok(Array.isArray(parsed.error.issues), body);
}

for (const e of engines) {
  describe(`ledger security on ${e.name}`, async () => {
    const { app, store, tokens, close } = await ledgerFor(e);
    after(close);
    const book = (body: Record<string, unknown>, token: string, key?: string) =>
      app.inject({ method: 'POST', url: '/api/v1/bookings?lang=en', payload: JSON.stringify(body), headers: { ...json, ...bearer(token), ...(key ? { 'idempotency-key': key } : {}) } });
    const almatyBody = { region: 'almaty', profile: 'therapy', birthDate: '1980-01-01', admissionDate: '2026-05-10', patientRef: 'alm-patient-0001' };
    const karagandaBody = { region: 'karaganda', profile: 'therapy', birthDate: '1980-01-01', admissionDate: '2026-05-10', patientRef: 'kar-patient-0002' };

    test('anonymous reads of a booking and of the audit get 401; a registrar of another region 403; the audit is for admins', async () => {
      const { booking } = (await book(almatyBody, tokens.almaty)).json();
      for (const url of [`/api/v1/bookings/${booking.id}`, '/api/v1/audit?limit=1000']) {
        const anonymous = await app.inject({ method: 'GET', url });
        assert.equal(anonymous.statusCode, 401, anonymous.body);
        assertErrorShape(anonymous.body, 'unauthorized');
        assert.equal((await app.inject({ method: 'GET', url, headers: bearer('kpl_guess') })).statusCode, 401);
      }
      const crossRegion = await app.inject({ method: 'GET', url: `/api/v1/bookings/${booking.id}`, headers: bearer(tokens.karaganda) });
      assert.equal(crossRegion.statusCode, 403, crossRegion.body);
      assertErrorShape(crossRegion.body, 'forbidden');
      const own = await app.inject({ method: 'GET', url: `/api/v1/bookings/${booking.id}`, headers: bearer(tokens.almaty) });
      assert.equal(own.statusCode, 200, own.body);
      assert.equal(own.json().region, 'almaty');
      assert.equal((await app.inject({ method: 'GET', url: `/api/v1/bookings/${booking.id}`, headers: bearer(tokens.admin) })).statusCode, 200);
      const registrarAudit = await app.inject({ method: 'GET', url: '/api/v1/audit', headers: bearer(tokens.almaty) });
      assert.equal(registrarAudit.statusCode, 403);
      const adminAudit = await app.inject({ method: 'GET', url: '/api/v1/audit?limit=5', headers: bearer(tokens.admin) });
      assert.equal(adminAudit.statusCode, 200);
      assert.ok(adminAudit.json().length >= 1 && adminAudit.json().length <= 5);
      assert.equal((await app.inject({ method: 'GET', url: '/api/v1/audit?limit=1001', headers: bearer(tokens.admin) })).statusCode, 400, 'the list has a maximum limit');
      // The aggregate counts stay public.
      assert.equal((await app.inject({ method: 'GET', url: '/api/v1/usage?region=almaty&year=2026' })).statusCode, 200);
    });

    test('an anonymous write with a bad body gets 401, not the validation details', async () => {
      const res = await app.inject({ method: 'POST', url: '/api/v1/bookings', payload: '{"region":"nowhere"}', headers: json });
      assert.equal(res.statusCode, 401);
      const wrongRegion = await book({ ...almatyBody, profile: 'astrology' }, tokens.karaganda);
      assert.equal(wrongRegion.statusCode, 403, 'a registrar of another region learns the region first');
    });

    test("another principal's idempotency key writes its own booking; the same key with another body is a 422", async () => {
      const key = `shared-key-${e.name}-0001`;
      const first = await book(almatyBody, tokens.almaty, key);
      assert.equal(first.statusCode, 201, first.body);
      const other = await book(karagandaBody, tokens.karaganda, key);
      assert.equal(other.statusCode, 201, `karaganda's booking is written: ${other.body}`);
      assert.notEqual(other.json().booking.id, first.json().booking.id);
      assert.equal(other.json().booking.region, 'karaganda');
      const rows = await store.db.selectFrom('bookings').select(['id', 'region']).where('idempotency_key', '=', key).execute();
      assert.deepEqual(rows.map((r) => r.region).sort(), ['almaty', 'karaganda']);

      const replay = await book(almatyBody, tokens.almaty, key);
      assert.equal(replay.statusCode, 200);
      assert.equal(replay.json().booking.id, first.json().booking.id);
      assert.equal(replay.json().replayed, true);

      const changed = await book({ ...almatyBody, profile: 'cardiology' }, tokens.almaty, key);
      assert.equal(changed.statusCode, 422, changed.body);
      assertErrorShape(changed.body, 'unprocessable');
      assert.match(changed.json().error.message, new RegExp(key));
      assert.equal(changed.json().error.issues[0].path, 'idempotencyKey');
      const inBody = await app.inject({ method: 'POST', url: '/api/v1/bookings', payload: JSON.stringify({ ...almatyBody, patientRef: 'alm-patient-0009', idempotencyKey: key }), headers: { ...json, ...bearer(tokens.almaty) } });
      assert.equal(inBody.statusCode, 422, 'another patient under the same key is refused, not silently dropped');
      assert.equal((await store.db.selectFrom('bookings').select('id').where('idempotency_key', '=', key).execute()).length, 2, 'nothing more written');
    });

    test('patientRef: IIN, phone and e-mail shapes get 400 naming the field; the value is stored only as a keyed hash and never returned', async () => {
      const refused: [string, RegExp][] = [
        ['900101300123', /IIN/],
        ['900101-300-123', /IIN/],
        ['pt_900101300123', /IIN/],
        ['77011234567', /phone/],
        ['8-701-123-45-67', /phone/],
        ['aigerim@example.kz', /e-mail/],
        ['short', /pseudonym/],
        ['Айгерим Нурлановна', /pseudonym/],
      ];
      for (const [ref, reason] of refused) {
        const res = await book({ ...almatyBody, patientRef: ref }, tokens.almaty);
        assert.equal(res.statusCode, 400, `${ref}: ${res.body}`);
        const issue = res.json().error.issues.find((i: { path: string }) => i.path === 'patientRef');
        assert.ok(issue, res.body);
        assert.match(issue.message, reason, ref);
      }
      const ok = await book({ ...almatyBody, patientRef: 'hosp-7-A81x0q' }, tokens.almaty);
      assert.equal(ok.statusCode, 201, ok.body);
      assert.ok(!('patientRef' in ok.json().booking), 'not returned');
      assert.doesNotMatch(ok.body, /hosp-7-A81x0q/);
      const row = await store.db.selectFrom('bookings').select('patient_ref').where('id', '=', ok.json().booking.id).executeTakeFirstOrThrow();
      assert.match(row.patient_ref, /^h1:[A-Za-z0-9_-]{43}$/);
      const read = await app.inject({ method: 'GET', url: `/api/v1/bookings/${ok.json().booking.id}`, headers: bearer(tokens.admin) });
      assert.doesNotMatch(read.body, /hosp-7-A81x0q/);
    });

    test('tokens expire, a revoked token is refused at once, and the last use is recorded', async () => {
      const t = await createToken(store, 'registrar', 'almaty', 'expiring', 90);
      const listed = (await listTokens(store)).find((x) => x.id === t.id)!;
      assert.equal(listed.status, 'active');
      assert.ok(Math.abs(Date.parse(listed.expires_at) - Date.now() - 90 * 86_400_000) < 60_000, 'default 90 days');
      assert.equal(listed.last_used_at, null);
      assert.equal((await book({ ...almatyBody, patientRef: 'alm-patient-0100' }, t.token)).statusCode, 201);
      assert.ok((await listTokens(store)).find((x) => x.id === t.id)!.last_used_at, 'last use recorded');
      await revokeToken(store, t.id);
      const revoked = await book({ ...almatyBody, patientRef: 'alm-patient-0101' }, t.token);
      assert.equal(revoked.statusCode, 401);
      assert.match(revoked.json().error.message, /revoked/);
      const old = await createToken(store, 'admin', null, 'expired');
      await store.db.updateTable('tokens').set({ expires_at: '2020-01-01T00:00:00.000Z' }).where('id', '=', old.id).execute();
      const expired = await app.inject({ method: 'GET', url: '/api/v1/audit?lang=en', headers: bearer(old.token) });
      assert.equal(expired.statusCode, 401);
      assert.match(expired.json().error.message, /expired on 2020-01-01/);
      assert.equal((await listTokens(store)).find((x) => x.id === old.id)!.status, 'expired');
    });

    test('personal data is never cacheable; helmet headers on the page and the API', async () => {
      const { booking } = (await book({ ...almatyBody, patientRef: 'alm-patient-0200' }, tokens.almaty)).json();
      for (const [url, token] of [[`/api/v1/bookings/${booking.id}`, tokens.almaty], ['/api/v1/audit', tokens.admin]] as const) {
        const res = await app.inject({ method: 'GET', url, headers: bearer(token) });
        assert.equal(res.headers['cache-control'], 'no-store', url);
      }
      const posted = await book({ ...almatyBody, patientRef: 'alm-patient-0201' }, tokens.almaty);
      assert.equal(posted.headers['cache-control'], 'no-store');
      for (const url of ['/', '/api/v1/version', '/api/v1/usage?year=2026', `/api/v1/bookings/${booking.id}`]) {
        const res = await app.inject({ method: 'GET', url });
        assert.match(String(res.headers['content-security-policy']), /default-src 'self'/, url);
        assert.match(String(res.headers['content-security-policy']), /frame-ancestors 'self'/, url);
        assert.equal(res.headers['x-content-type-options'], 'nosniff', url);
        assert.equal(res.headers['x-frame-options'], 'SAMEORIGIN', url);
        assert.equal(res.headers['referrer-policy'], 'no-referrer', url);
        assert.equal(res.headers['cross-origin-opener-policy'], 'same-origin', url);
        assert.match(String(res.headers['permissions-policy']), /camera=\(\)/, url);
      }
    });

    test('GET /readyz checks the database; /healthz stays liveness', async () => {
      const ready = await app.inject({ method: 'GET', url: '/readyz' });
      assert.equal(ready.statusCode, 200, ready.body);
      assert.equal(ready.json().status, 'ready');
      assert.equal((await app.inject({ method: 'GET', url: '/healthz' })).statusCode, 200);
    });

    test('the audit detail and the database hold no patientRef as sent', async () => {
      const rows = await store.db.selectFrom('bookings').select('patient_ref').execute();
      assert.ok(rows.length > 0 && rows.every((r) => r.patient_ref.startsWith('h1:')));
      const audit = await store.db.selectFrom('audit').select(sql<string>`detail`.as('detail')).execute();
      assert.ok(audit.every((a) => !/patient/i.test(a.detail)));
    });
  });
}

test('every error comes in the one shape: unknown route, bad JSON, wrong media type, an overlong parameter, a wrong method (405 with Allow), a loose year', async () => {
  const [sqlite] = engines;
  const { app, close } = await ledgerFor(sqlite!);
  try {
    const cases: [InjectOptions, number, string][] = [
      [{ method: 'GET', url: '/no/such/page' }, 404, 'not_found'],
      [{ method: 'POST', url: '/api/v1/eligibility', payload: '{"date":', headers: json }, 400, 'bad_request'],
      [{ method: 'POST', url: '/api/v1/eligibility', payload: 'x', headers: { 'content-type': 'text/plain' } }, 415, 'unsupported_media_type'],
      [{ method: 'GET', url: `/api/v1/regional-lists/${'a'.repeat(200)}` }, 414, 'uri_too_long'],
      [{ method: 'GET', url: '/api/v1/bookings/%E0%A4%A' }, 400, 'bad_request'],
      [{ method: 'POST', url: '/api/v1/eligibility', payload: 'x'.repeat(70_000), headers: json }, 413, 'payload_too_large'],
      [{ method: 'GET', url: '/api/v1/eligibility' }, 405, 'method_not_allowed'],
      [{ method: 'DELETE', url: '/api/v1/audit' }, 405, 'method_not_allowed'],
      [{ method: 'GET', url: '/api/v1/usage?year=0x7EA' }, 400, 'bad_request'],
      [{ method: 'GET', url: '/api/v1/usage?year=2026e0' }, 400, 'bad_request'],
      [{ method: 'GET', url: '/api/v1/usage?year=' }, 400, 'bad_request'],
    ];
    for (const [request, status, code] of cases) {
      const res = await app.inject(request);
      assert.equal(res.statusCode, status, `${JSON.stringify(request).slice(0, 80)}: ${res.body}`);
      assertErrorShape(res.body, code);
      if (status === 405) assert.match(String(res.headers.allow), /^(POST|GET, HEAD)$/);
    }
  } finally {
    await close();
  }
});

test('logs: authorization and patientRef are redacted, bodies and tokens never written', async () => {
  const { Writable } = await import('node:stream');
  const { serviceLogger, buildApp } = await import('../src/api/app.js');
  const { engineForTests, TEST_LIMITS } = await import('./app-support.js');
  const lines: string[] = [];
  const stream = new Writable({ write: (chunk, _enc, done) => (lines.push(String(chunk)), done()) });
  const app = await buildApp({ engine: engineForTests(), logger: { ...(serviceLogger('info') as object), stream }, limits: TEST_LIMITS });
  try {
    await app.inject({ method: 'POST', url: '/api/v1/eligibility', payload: JSON.stringify({ patientRef: 'secret-ref-001' }), headers: { ...json, authorization: 'Bearer kpl_secret_token_value' } });
    app.log.info({ req: { headers: { authorization: 'Bearer kpl_secret_token_value' } }, booking: { patientRef: 'secret-ref-002' }, patientRef: 'secret-ref-003' }, 'probe');
    await app.inject({ method: 'GET', url: '/api/v1/search?q=insulin-glargine-probe' });
    const all = lines.join('');
    assert.ok(lines.length >= 3, all);
    assert.doesNotMatch(all, /kpl_secret_token_value|secret-ref-00|insulin-glargine-probe/);
    assert.match(all, /search\?q=\[redacted\]/);
    assert.match(all, /\[redacted\]/);
  } finally {
    await app.close();
  }
});

for (const e of engines) {
  test(`upgrading a ledger from before issue 10 on ${e.name}: rows kept, patientRefs hashed, tokens given an expiry, keys per principal`, async () => {
    const { openLedgerDb } = await import('../src/ledger/db.js');
    const { migrate } = await import('../src/ledger/migrations.js');
    const { Ledger } = await import('../src/ledger/ledger.js');
    const { engineForTests } = await import('./app-support.js');
    const { TEST_SECRET } = await import('./ledger-support.js');
    // A fresh store of its own (SQLite: another file; PostgreSQL: the test's schema is already migrated, so a second one).
    let url = e.name === 'sqlite' ? e.url.replace(/ledger\.db$/, 'upgrade.db') : e.url;
    let dropSchema: (() => Promise<void>) | undefined;
    if (e.name === 'postgres') {
      const pgmod = (await import('pg')).default;
      const schema = `kepil_t_up_${Math.random().toString(16).slice(2, 10)}`;
      const c = new pgmod.Client({ connectionString: process.env.KEPIL_PG_URL });
      await c.connect();
      await c.query(`create schema ${schema}`);
      await c.end();
      url = url.replace(/options=([^&]*)/, () => `options=${encodeURIComponent(`-c search_path=${schema}`)}`);
      dropSchema = async () => {
        const d = new pgmod.Client({ connectionString: process.env.KEPIL_PG_URL });
        await d.connect();
        await d.query(`drop schema ${schema} cascade`);
        await d.end();
      };
    }
    const store = openLedgerDb(url, undefined, { secret: TEST_SECRET });
    try {
      await migrate(store.db, store.dialect, '2026-11-22-001-ledger');
      const at = new Date().toISOString();
      const legacy = { year: 2026, region: 'almaty', profile: 'therapy', age_group: 'adult', rural: 0, admission_date: '2026-06-01', status: 'booked', created_by: 'token:old', created_at: at, updated_at: at };
      await (store.db as never as import('kysely').Kysely<any>).insertInto('bookings').values([
        { ...legacy, id: '00000000-0000-4000-8000-000000000001', patient_ref: '900101300123', idempotency_key: 'legacy-key-01' },
        { ...legacy, id: '00000000-0000-4000-8000-000000000002', patient_ref: 'tel:77011234567', idempotency_key: 'legacy-key-02' },
      ]).execute();
      await (store.db as never as import('kysely').Kysely<any>).insertInto('tokens').values({ id: 'old', hash: 'x'.repeat(64), role: 'admin', region: null, label: 'old', created_at: at }).execute();
      await migrate(store.db, store.dialect);
      const ledger = new Ledger(store, engineForTests().corpus);
      assert.equal(await ledger.pseudonymiseStoredRefs(), 2);
      assert.equal(await ledger.pseudonymiseStoredRefs(), 0, 'once');
      const rows = await store.db.selectFrom('bookings').select(['id', 'patient_ref', 'idempotency_key']).orderBy('id').execute();
      assert.equal(rows.length, 2);
      assert.ok(rows.every((r) => r.patient_ref.startsWith('h1:') && !/900101300123|7701/.test(r.patient_ref)));
      assert.deepEqual(rows.map((r) => r.idempotency_key), ['legacy-key-01', 'legacy-key-02']);
      const token = await store.db.selectFrom('tokens').select('expires_at').where('id', '=', 'old').executeTakeFirstOrThrow();
      assert.ok(Date.parse(token.expires_at) > Date.now());
      // The old key now belongs to its principal only: another one books under it.
      const other = await ledger.book({ id: 'token:new', role: 'admin', region: null }, { region: 'almaty', profile: 'therapy', birthDate: '1970-01-01', admissionDate: '2026-06-01', patientRef: 'upgrade-ref-01', idempotencyKey: 'legacy-key-01' });
      assert.equal(other.replayed, false);
    } finally {
      await store.close();
      await dropSchema?.();
    }
  });
}
