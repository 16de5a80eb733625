// The ledger on SQLite and on PostgreSQL: caps, races, idempotency, crashes, access and audit.
import { test, after, describe } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { sql } from 'kysely';
import { ledgerEngines, ledgerFor } from './ledger-support.js';
import { engineForTests } from './app-support.js';

const engines = await ledgerEngines();
const LOOP = fileURLToPath(new URL('./fixtures/book-loop.js', import.meta.url));

for (const e of engines) {
  describe(`ledger on ${e.name}`, async () => {
    const { app, store, tokens, close } = await ledgerFor(e);
    after(close);
    // English asked for explicitly: some tests match the English wording (test/i18n-ledger.test.ts covers kk and ru).
    const book = (body: Record<string, unknown>, token: string | null = tokens.admin, headers: Record<string, string> = {}) =>
      app.inject({ method: 'POST', url: '/api/v1/bookings?lang=en', payload: JSON.stringify(body), headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}), ...headers } });
    const adult = { region: 'karaganda', profile: 'cardiology', birthDate: '1960-05-05', admissionDate: '2026-03-10', patientRef: 'pt-000001' };
    const counts = async () => ({
      bookings: Number((await store.db.selectFrom('bookings').select(sql<number>`count(*)`.as('n')).executeTakeFirstOrThrow()).n),
      audit: Number((await store.db.selectFrom('audit').select(sql<number>`count(*)`.as('n')).executeTakeFirstOrThrow()).n),
    });
    const cap = (region: string, profile: string) => engineForTests().corpus.limitByKey.get(`${region}/${profile}`)!;
    /** Fills a cap to `remaining` places short of full, as if earlier bookings had taken them. */
    const fill = async (year: number, region: string, profile: string, column: 'total' | 'children' | 'adults', value: number) => {
      await store.db.insertInto('usage').values({ year, region, profile, total: 0, children: 0, adults: 0, rural_total: 0, rural_children: 0, rural_adults: 0, admitted: 0 }).onConflict((oc) => oc.columns(['year', 'region', 'profile']).doNothing()).execute();
      await store.db.updateTable('usage').set({ [column]: value }).where('year', '=', year).where('region', '=', region).where('profile', '=', profile).execute();
    };

    test('a booking is recorded with the age group derived on the admission date, and counted in usage', async () => {
      const res = await book({ ...adult, birthDate: '2008-03-11', patientRef: 'pt-child-1' });
      assert.equal(res.statusCode, 201, res.body);
      assert.equal(res.json().booking.ageGroup, 'child', '17 on 10 Mar 2026, 18 the next day');
      const usage = (await app.inject({ method: 'GET', url: '/api/v1/usage?region=karaganda&year=2026' })).json();
      const row = usage.rows.find((r: { profile: string }) => r.profile === 'cardiology');
      assert.equal(row.cap, cap('karaganda', 'cardiology').total);
      assert.equal(row.booked, 1);
      assert.equal(row.remaining, row.cap - 1);
    });

    test('50 clients race for the last 10 places: exactly 10 succeed, the rest get 409', async () => {
      const limit = cap('karaganda', 'neurology');
      await fill(2027, 'karaganda', 'neurology', 'total', limit.total! - 10);
      const results = await Promise.all(Array.from({ length: 50 }, (_, i) => book({ ...adult, profile: 'neurology', admissionDate: '2027-02-01', patientRef: `pt-race-${i}` })));
      const codes = results.map((r) => r.statusCode);
      assert.equal(codes.filter((c) => c === 201).length, 10, codes.join(','));
      assert.equal(codes.filter((c) => c === 409).length, 40);
      const refusal = results.find((r) => r.statusCode === 409)!.json();
      assert.equal(refusal.error.code, 'conflict');
      assert.match(refusal.error.message, /total cap .* full: .* 0 remaining/);
      const usage = (await app.inject({ method: 'GET', url: '/api/v1/usage?region=karaganda&year=2027' })).json();
      assert.equal(usage.rows.find((r: { profile: string }) => r.profile === 'neurology').remaining, 0);
    });

    test('the children cap refuses a child when only adult places are left', async () => {
      const limit = cap('karaganda', 'traumatology');
      await fill(2028, 'karaganda', 'traumatology', 'children', limit.children!);
      const res = await book({ ...adult, profile: 'traumatology', admissionDate: '2028-05-01', birthDate: '2020-01-01', patientRef: 'pt-child-2' });
      assert.equal(res.statusCode, 409);
      assert.equal(res.json().error.issues[0].path, 'children');
      assert.equal((await book({ ...adult, profile: 'traumatology', admissionDate: '2028-05-01', patientRef: 'pt-adult-2' })).statusCode, 201);
    });

    test('the same idempotency key sent 20 times at once books once', async () => {
      const results = await Promise.all(Array.from({ length: 20 }, () => book({ ...adult, patientRef: 'pt-idem-01' }, tokens.admin, { 'idempotency-key': 'idem-key-000001' })));
      assert.ok(results.every((r) => r.statusCode === 201 || r.statusCode === 200), results.map((r) => r.statusCode).join(','));
      assert.equal(new Set(results.map((r) => r.json().booking.id)).size, 1);
      assert.equal(results.filter((r) => r.statusCode === 201).length, 1);
      const n = await store.db.selectFrom('bookings').select(sql<number>`count(*)`.as('n')).where('idempotency_key', '=', 'idem-key-000001').executeTakeFirstOrThrow();
      assert.equal(Number(n.n), 1);
    });

    test('a cancellation releases its place, and every status change is kept in the history and the audit', async () => {
      const before = (await app.inject({ method: 'GET', url: '/api/v1/usage?region=karaganda&year=2026' })).json().rows.find((r: { profile: string }) => r.profile === 'urology');
      const { booking } = (await book({ ...adult, profile: 'urology', patientRef: 'pt-cancel' })).json();
      const admitted = await app.inject({ method: 'POST', url: `/api/v1/bookings/${booking.id}/status`, payload: JSON.stringify({ status: 'admitted' }), headers: { 'content-type': 'application/json', authorization: `Bearer ${tokens.karaganda}` } });
      assert.equal(admitted.statusCode, 200, admitted.body);
      const cancelled = await app.inject({ method: 'POST', url: `/api/v1/bookings/${booking.id}/cancel`, headers: { authorization: `Bearer ${tokens.karaganda}` } });
      assert.equal(cancelled.statusCode, 200, cancelled.body);
      const again = await app.inject({ method: 'POST', url: `/api/v1/bookings/${booking.id}/cancel`, headers: { authorization: `Bearer ${tokens.admin}` } });
      assert.equal(again.statusCode, 409);
      const after = (await app.inject({ method: 'GET', url: '/api/v1/usage?region=karaganda&year=2026' })).json().rows.find((r: { profile: string }) => r.profile === 'urology');
      assert.equal(after.remaining, before.remaining);
      const history = (await app.inject({ method: 'GET', url: `/api/v1/bookings/${booking.id}`, headers: { authorization: `Bearer ${tokens.karaganda}` } })).json().history.map((h: { to: string }) => h.to);
      assert.deepEqual(history, ['booked', 'admitted', 'cancelled']);
      const audit = await store.db.selectFrom('audit').selectAll().where('booking_id', '=', booking.id).orderBy('id').execute();
      assert.deepEqual(audit.map((a) => [a.before_status, a.after_status]), [[null, 'booked'], ['booked', 'admitted'], ['admitted', 'cancelled']]);
      assert.ok(audit.every((a) => a.dataset_version === engineForTests().corpus.version && a.actor.startsWith('token:')));
      // The audit is read-only: other methods are refused with 405 and the methods it has.
      for (const method of ['PUT', 'PATCH', 'DELETE'] as const) {
        const res = await app.inject({ method, url: '/api/v1/audit' });
        assert.equal(res.statusCode, 405);
        assert.equal(res.headers.allow, 'GET, HEAD');
      }
    });

    test('bad input gets 400 (or 401/403 for tokens), and nothing is written', async () => {
      const start = await counts();
      const cases: [Record<string, unknown>, string | null, number, string][] = [
        [{ ...adult, region: 'atlantis' }, tokens.admin, 400, 'region'],
        [{ ...adult, profile: 'astrology' }, tokens.admin, 400, 'profile'],
        [{ ...adult, profile: 'allergology', region: 'abai' }, tokens.admin, 400, 'profile'],
        [{ ...adult, admissionDate: '2029-01-10' }, tokens.admin, 400, 'admissionDate'],
        [{ ...adult, year: 2025, admissionDate: '2025-06-01' }, tokens.admin, 400, 'year'],
        [{ ...adult, admissionDate: '2026-13-01' }, tokens.admin, 400, 'admissionDate'],
        [{ ...adult, patientRef: 'Aigerim Nurlanovna' }, tokens.admin, 400, 'patientRef'],
        [{ ...adult, region: 'almaty', rural: true }, tokens.admin, 400, 'rural'],
        [adult, null, 401, 'authorization'],
        [adult, 'kpl_not-a-real-token', 401, 'authorization'],
        [{ ...adult, region: 'astana' }, tokens.karaganda, 403, 'region'],
      ];
      for (const [body, token, status, path] of cases) {
        const res = await book(body, token);
        assert.equal(res.statusCode, status, `${JSON.stringify(body)}: ${res.body}`);
        assert.ok(res.json().error.issues.some((i: { path: string }) => i.path === path), `${path} in ${res.body}`);
      }
      assert.deepEqual(await counts(), start);
    });

    test('usage has a country view and a CSV export', async () => {
      const country = (await app.inject({ method: 'GET', url: '/api/v1/usage?year=2026' })).json();
      assert.equal(country.region, 'country');
      const cardio = country.rows.find((r: { profile: string }) => r.profile === 'cardiology');
      const sum = [...engineForTests().corpus.regions.keys()].reduce((s, r) => s + (cap(r, 'cardiology').total ?? 0), 0);
      assert.equal(cardio.cap, sum);
      const csv = await app.inject({ method: 'GET', url: '/api/v1/usage?region=karaganda&year=2026&format=csv' });
      assert.match(String(csv.headers['content-type']), /text\/csv/);
      assert.match(csv.body.split('\n')[0]!, /^region,profile,cap,/);
      assert.equal(csv.body.trim().split('\n').length, 36);
    });

    test('a process killed mid-load loses no acknowledged booking and doubles none', async () => {
      const child = spawn(process.execPath, [LOOP], { env: { ...process.env, KEPIL_BOOK_LOOP_URL: e.url }, stdio: ['ignore', 'pipe', 'inherit'] });
      const acked: string[] = [];
      let buffer = '';
      await new Promise<void>((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error(`only ${acked.length} bookings acknowledged in 30 s`)), 30_000);
        child.stdout.on('data', (chunk: Buffer) => {
          buffer += chunk.toString();
          const lines = buffer.split('\n');
          buffer = lines.pop()!;
          acked.push(...lines.filter(Boolean));
          if (acked.length >= 40) {
            clearTimeout(timer);
            child.kill('SIGKILL');
            resolve();
          }
        });
        child.on('exit', (code, signal) => signal !== 'SIGKILL' && reject(new Error(`the loop exited early: ${code}`)));
      });
      await new Promise((r) => child.once('close', r));
      // After the restart: a fresh connection sees every acknowledged booking exactly once.
      const { store: reopened, close: closeReopened } = await ledgerFor(e);
      try {
        const rows = await reopened.db.selectFrom('bookings').select(['id', 'idempotency_key']).where('created_by', '=', 'crash-test').execute();
        const ids = new Set(rows.map((r) => r.id));
        for (const id of acked) assert.ok(ids.has(id), `acknowledged booking ${id} lost`);
        assert.equal(new Set(rows.map((r) => r.idempotency_key)).size, rows.length);
        const usage = await reopened.db.selectFrom('usage').selectAll().where('year', '=', 2026).where('region', '=', 'almaty').where('profile', '=', 'therapy').executeTakeFirstOrThrow();
        assert.equal(Number(usage.total), rows.length, 'the usage counter matches the bookings');
      } finally {
        await closeReopened();
      }
    });
  });
}
