// Faults the service must survive (issue 10): PostgreSQL connections killed mid-run or the server away,
// a read-only or full database, a second SQLite process, a stalled request body, and rate limits.
import { test, after, describe } from 'node:test';
import assert from 'node:assert/strict';
import { connect } from 'node:net';
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { sql } from 'kysely';
import { ledgerEngines, ledgerFor, PG_URL, TEST_SECRET } from './ledger-support.js';
import { appForTests, engineForTests } from './app-support.js';
import { openLedgerDb } from '../src/ledger/db.js';
import { Ledger } from '../src/ledger/ledger.js';
import { ledgerRoutes } from '../src/ledger/routes.js';

const engines = await ledgerEngines();
const json = { 'content-type': 'application/json' };
const STATUS_LOOP = fileURLToPath(new URL('./fixtures/status-loop.js', import.meta.url));
const bookingBody = (i: number, profile = 'therapy') => ({ region: 'almaty', profile, birthDate: '1970-01-01', admissionDate: '2026-06-01', patientRef: `fault-ref-${i}` });

function assertErrorShape(body: string, code: string): void {
  const parsed = JSON.parse(body);
  assert.equal(parsed.error.code, code, body);
  assert.ok(Array.isArray(parsed.error.issues), body);
}

for (const e of engines) {
  describe(`database faults on ${e.name}`, async () => {
    test('a read-only database gets 503 naming it, and writes work again when it is writable', async () => {
      const { app, store, tokens, close } = await ledgerFor(e);
      // SQLite: the connection turned query-only; PostgreSQL: a second server-side read-only connection (as after a failover to a replica).
      const ro =
        e.name === 'sqlite'
          ? { app, close: async () => void (await sql`pragma query_only = off`.execute(store.db)) }
          : await (async () => {
              const roStore = openLedgerDb(e.url.replace(/options=([^&]*)/, (_m, v: string) => `options=${encodeURIComponent(`${decodeURIComponent(v)} -c default_transaction_read_only=on`)}`), undefined, { secret: TEST_SECRET });
              const roApp = await appForTests([ledgerRoutes(new Ledger(roStore, engineForTests().corpus), roStore)]);
              return { app: roApp, close: async () => (await roApp.close(), await roStore.close()) };
            })();
      try {
        if (e.name === 'sqlite') await sql`pragma query_only = on`.execute(store.db);
        const book = (a: typeof app, i: number) => a.inject({ method: 'POST', url: '/api/v1/bookings?lang=en', payload: JSON.stringify(bookingBody(i)), headers: { ...json, authorization: `Bearer ${tokens.admin}` } });
        const res = await book(ro.app, 1);
        assert.equal(res.statusCode, 503, res.body);
        assertErrorShape(res.body, 'unavailable');
        assert.match(res.json().error.message, /read-only/);
        assert.equal(res.headers['retry-after'], '5');
        await ro.close();
        assert.equal((await book(app, 2)).statusCode, 201);
      } finally {
        await close();
      }
    });

    if (e.name === 'sqlite') {
      test('a full disk gets 507 naming it (not "cannot rollback"), nothing is half-written, and the next write after space is freed works', async () => {
        const { app, store, tokens, close } = await ledgerFor(e);
        try {
          const book = (i: number) => app.inject({ method: 'POST', url: '/api/v1/bookings?lang=en', payload: JSON.stringify(bookingBody(i)), headers: { ...json, authorization: `Bearer ${tokens.admin}` } });
          assert.equal((await book(10)).statusCode, 201);
          const count = async () => Number((await sql<{ n: number }>`select count(*) as n from bookings`.execute(store.db)).rows[0]!.n);
          const before = await count();
          // The database may not grow by a page: as if its disk were full.
          const pages = Number((await sql<{ page_count: number }>`pragma page_count`.execute(store.db)).rows[0]!.page_count);
          await sql.raw(`pragma max_page_count = ${pages}`).execute(store.db);
          let full;
          for (let i = 0; i < 400 && !full; i++) {
            const res = await book(100 + i);
            if (res.statusCode !== 201) full = res;
          }
          assert.ok(full, 'the database filled up');
          assert.equal(full.statusCode, 507, full.body);
          assertErrorShape(full.body, 'storage_full');
          assert.match(full.json().error.message, /disk is full/);
          assert.equal(full.json().error.issues[0].message, 'SQLITE_FULL');
          const usage = await store.db.selectFrom('usage').selectAll().where('year', '=', 2026).where('region', '=', 'almaty').where('profile', '=', 'therapy').executeTakeFirstOrThrow();
          assert.equal(Number(usage.total), await count(), 'the usage counter matches the bookings: the refused write left nothing');
          assert.ok((await count()) > before);
          await sql.raw('pragma max_page_count = 1073741823').execute(store.db);
          assert.equal((await book(999)).statusCode, 201);
        } finally {
          await close();
        }
      });

      test('two processes on one SQLite file: status changes never give a 500', async () => {
        const { app, store, tokens, close } = await ledgerFor(e);
        try {
          const ids: string[] = [];
          for (let i = 0; i < 60; i++) {
            const res = await app.inject({ method: 'POST', url: '/api/v1/bookings', payload: JSON.stringify(bookingBody(2000 + i, 'cardiology')), headers: { ...json, authorization: `Bearer ${tokens.admin}` } });
            assert.equal(res.statusCode, 201, res.body);
            ids.push(res.json().booking.id);
          }
          // The other process admits and cancels the same bookings while this one does.
          const child = spawn(process.execPath, [STATUS_LOOP], { env: { ...process.env, KEPIL_STATUS_LOOP_URL: e.url, KEPIL_STATUS_LOOP_IDS: ids.join(',') }, stdio: ['ignore', 'pipe', 'inherit'] });
          const childDone = new Promise<string>((resolve) => {
            let out = '';
            child.stdout.on('data', (d: Buffer) => (out += d.toString()));
            child.on('close', () => resolve(out));
          });
          const codes: number[] = [];
          for (const status of ['admitted', 'cancelled'] as const) {
            const results = await Promise.all(ids.map((id) => app.inject({ method: 'POST', url: `/api/v1/bookings/${id}/status`, payload: JSON.stringify({ status }), headers: { ...json, authorization: `Bearer ${tokens.admin}` } })));
            codes.push(...results.map((r) => r.statusCode));
          }
          const childCodes = (await childDone).trim().split('\n');
          assert.deepEqual([...new Set(codes)].filter((c) => c !== 200 && c !== 409), [], codes.join(','));
          assert.deepEqual([...new Set(childCodes)].filter((c) => c !== 'ok' && c !== 'conflict'), [], childCodes.join(','));
          const rows = await store.db.selectFrom('bookings').select('status').where('id', 'in', ids).execute();
          assert.ok(rows.every((r) => r.status === 'cancelled'), 'every booking ends cancelled');
          const usage = await store.db.selectFrom('usage').selectAll().where('year', '=', 2026).where('region', '=', 'almaty').where('profile', '=', 'cardiology').executeTakeFirstOrThrow();
          assert.equal(Number(usage.total), 0, 'each place released exactly once');
          assert.equal(Number(usage.admitted), 0);
        } finally {
          await close();
        }
      });
    }
  });
}

if (PG_URL) {
  const pgEngine = engines.find((x) => x.name === 'postgres')!;

  test('PostgreSQL backends terminated mid-run: the process survives, the next requests succeed, nothing acknowledged is lost', async () => {
    // Only this test's connections are terminated: they carry an application_name of their own.
    const appName = `kepil_fault_${randomBytes(6).toString('hex')}`;
    const poolErrors: Error[] = [];
    const { app, store, tokens, close } = await ledgerFor(pgEngine, { applicationName: appName, onPoolError: (err) => poolErrors.push(err) });
    const admin = new pg.Client({ connectionString: PG_URL });
    await admin.connect();
    try {
      const acked: string[] = [];
      const statuses: number[] = [];
      let n = 0;
      const bookOne = async () => {
        const res = await app.inject({ method: 'POST', url: '/api/v1/bookings', payload: JSON.stringify(bookingBody(5000 + n++)), headers: { ...json, authorization: `Bearer ${tokens.admin}` } });
        statuses.push(res.statusCode);
        if (res.statusCode === 201) acked.push(res.json().booking.id);
        else assertErrorShape(res.body, 'unavailable');
      };
      // 8 clients book while the backends are terminated twice, once mid-load and once while idle.
      let running = true;
      const clients = Array.from({ length: 8 }, async () => {
        while (running) await bookOne();
      });
      await new Promise((r) => setTimeout(r, 400));
      const killed = await admin.query('select pg_terminate_backend(pid) from pg_stat_activity where application_name = $1', [appName]);
      assert.ok(killed.rowCount! > 0, 'some backends were terminated');
      await new Promise((r) => setTimeout(r, 400));
      running = false;
      await Promise.all(clients);
      await admin.query('select pg_terminate_backend(pid) from pg_stat_activity where application_name = $1', [appName]);
      await new Promise((r) => setTimeout(r, 200));
      // Recovery without a restart.
      for (let i = 0; i < 5; i++) await bookOne();
      assert.deepEqual(statuses.slice(-5), [201, 201, 201, 201, 201], statuses.join(','));
      assert.ok(statuses.every((s) => s === 201 || s === 503), `only 201 or 503: ${[...new Set(statuses)]}`);
      assert.ok(poolErrors.length > 0, 'the idle clients’ errors reached the handler');
      assert.equal((await app.inject({ method: 'GET', url: '/readyz' })).statusCode, 200);
      const stored = new Set((await store.db.selectFrom('bookings').select('id').where('id', 'in', acked).execute()).map((r) => r.id));
      assert.equal(stored.size, acked.length, 'every acknowledged booking is stored');
    } finally {
      await admin.end();
      await close();
    }
  });

  test('PostgreSQL unreachable: 503 in the error shape, quickly, and /readyz says not ready', async () => {
    const { app, close } = await ledgerFor({ name: 'postgres', url: 'postgres://postgres@127.0.0.1:1/none' }).catch(() => ({ app: undefined, close: async () => {} }));
    // Migration cannot run against an absent server; the routes are built over a store that is away.
    assert.equal(app, undefined, 'opening a ledger on an absent server fails at start, as serve does');
    await close();
    const away = openLedgerDb('postgres://postgres@127.0.0.1:1/none', undefined, { secret: 'x'.repeat(32) });
    const down = await appForTests([ledgerRoutes(new Ledger(away, engineForTests().corpus), away)], { readiness: away.ping });
    try {
      const started = Date.now();
      const usage = await down.inject({ method: 'GET', url: '/api/v1/usage?year=2026' });
      assert.equal(usage.statusCode, 503, usage.body);
      assertErrorShape(usage.body, 'unavailable');
      assert.ok(Date.now() - started < 5000);
      const ready = await down.inject({ method: 'GET', url: '/readyz' });
      assert.equal(ready.statusCode, 503);
      assertErrorShape(ready.body, 'unavailable');
      assert.equal((await down.inject({ method: 'GET', url: '/healthz' })).statusCode, 200, 'liveness does not depend on the database');
    } finally {
      await down.close();
      await away.close();
    }
  });
}

test('a client that stalls its body is cut off within the timeout while other clients are served', async () => {
  const app = await appForTests([], { limits: { requestTimeoutMs: 1500, headersTimeoutMs: 1000 } });
  await app.listen({ host: '127.0.0.1', port: 0 });
  after(() => app.close());
  const { port } = app.server.address() as { port: number };
  const started = Date.now();
  const stalled = Array.from({ length: 20 }, () => {
    const socket = connect(port, '127.0.0.1');
    let answer = '';
    socket.on('data', (d) => (answer += d.toString()));
    socket.write('POST /api/v1/eligibility HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: 60000\r\n\r\n{');
    return new Promise<{ ms: number; answer: string }>((resolve) => socket.on('close', () => resolve({ ms: Date.now() - started, answer })));
  });
  // Meanwhile others are answered at once.
  for (let i = 0; i < 10; i++) {
    const t0 = Date.now();
    const res = await fetch(`http://127.0.0.1:${port}/healthz`);
    assert.equal(res.status, 200);
    assert.ok(Date.now() - t0 < 1000);
    await new Promise((r) => setTimeout(r, 50));
  }
  const closed = await Promise.all(stalled);
  for (const c of closed) {
    assert.ok(c.ms < 4000, `cut after ${c.ms} ms`);
    assert.match(c.answer, /^HTTP\/1\.1 408/);
    assert.equal(JSON.parse(c.answer.slice(c.answer.indexOf('\r\n\r\n') + 4)).error.code, 'request_timeout');
  }
});

test('rate limits: 429 with Retry-After after the per-address, corpus and per-token limits', async () => {
  const [sqlite] = engines;
  const { app, tokens, close } = await ledgerFor(sqlite!, { app: { limits: { perAddress: 30, corpus: 5, perToken: 3, windowMs: 60_000 } } });
  try {
    const search = await Promise.all(Array.from({ length: 7 }, () => app.inject({ method: 'GET', url: '/api/v1/search?q=insulin' })));
    assert.deepEqual(search.map((r) => r.statusCode), [200, 200, 200, 200, 200, 429, 429]);
    const refused = search[5]!;
    assert.ok(Number(refused.headers['retry-after']) > 0);
    assertErrorShape(refused.body, 'too_many_requests');
    // Bookings are not held back by the corpus flood.
    const audit = (token: string) => app.inject({ method: 'GET', url: '/api/v1/audit', headers: { authorization: `Bearer ${token}` } });
    assert.deepEqual((await Promise.all([1, 2, 3, 4].map(() => audit(tokens.admin)))).map((r) => r.statusCode), [200, 200, 200, 429], 'per token');
    assert.equal((await audit(tokens.karaganda)).statusCode, 403, 'another token has its own budget');
    let last;
    for (let i = 0; i < 30; i++) last = await app.inject({ method: 'GET', url: '/healthz' });
    assert.equal(last!.statusCode, 429, 'per address, on every route');
    assert.ok(Number(last!.headers['retry-after']) > 0);
    assertErrorShape(last!.body, 'too_many_requests');
    const other = await app.inject({ method: 'GET', url: '/healthz', remoteAddress: '10.1.2.3' });
    assert.equal(other.statusCode, 200, 'another address is served');
  } finally {
    await close();
  }
});

test("Node's own refusals come in the one shape: oversized headers (431), a malformed request line (400), a too-large body announced with Expect (413 before 100 Continue)", async () => {
  const app = await appForTests();
  await app.listen({ host: '127.0.0.1', port: 0 });
  after(() => app.close());
  const { port } = app.server.address() as { port: number };
  const raw = (request: string) =>
    new Promise<string>((resolve) => {
      const socket = connect(port, '127.0.0.1');
      let answer = '';
      socket.on('data', (d) => (answer += d.toString()));
      socket.on('close', () => resolve(answer));
      socket.on('error', () => resolve(answer));
      socket.write(request);
    });
  for (const [request, status, code] of [
    [`GET /healthz HTTP/1.1\r\nHost: x\r\nX-Big: ${'a'.repeat(20_000)}\r\n\r\n`, 431, 'headers_too_large'],
    ['NOT A REQUEST\r\n\r\n', 400, 'bad_request'],
    ['GET /docs/static/../../../package.json HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n', 403, 'forbidden'],
    ['POST /api/v1/eligibility HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nExpect: 100-continue\r\nContent-Length: 50000000\r\n\r\n', 413, 'payload_too_large'],
  ] as const) {
    const answer = await raw(request);
    assert.match(answer, new RegExp(`^HTTP/1.1 ${status} `), answer);
    assert.equal(JSON.parse(answer.slice(answer.indexOf('\r\n\r\n') + 4)).error.code, code);
  }
});
