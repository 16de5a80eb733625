// bench/http: under autocannon, in one run against one server: GET /healthz, POST /bench/echo (a JSON POST
// that does nothing, with the same bodies), POST /bench/answer (the same bodies, each answered with its
// eligibility answer's bytes computed at start, same headers), POST /api/v1/eligibility with a mix of
// requests, and the same with ?explain=true (the trace). For each: req/s, p50/p99 latency, and the
// server's CPU time per request. Goals (issue 17): eligibility ÷ the precomputed-answer route ≥ 0.8,
// eligibility ÷ echo ≥ 0.5, eligibility p99 ≤ 2 × echo p99.
// Run: npm run bench:http   (BENCH_PORT, BENCH_SECONDS, BENCH_CONNECTIONS to change the set-up;
// BENCH_PROFILE=1 adds a CPU profile of echo and eligibility, summed by where the time goes)
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import autocannon from 'autocannon';
import { benchBodies, BODY_HEADER } from './requests.js';
import { summarise, BUCKETS, type Buckets, type CpuProfile } from './profile.js';
import { loadCorpus } from '../src/corpus/index.js';
import { compile, decide, requestSchema } from '../src/engine/index.js';
import { eligibilityResponse } from '../src/api/schemas.js';
import { compiledSerializerCompiler } from '../src/api/serializer.js';
import { decisionServer } from '../src/api/answer.js';
import { eligibilityValidator } from '../src/api/validator.js';

/** profile.ts's buckets, with the eligibility route's own steps named before fastify's (which calls them). */
const HTTP_BUCKETS: Buckets = [
  ...BUCKETS.filter(([name]) => name.startsWith('fastify') === false && name.startsWith('node http') === false),
  ['request: compiled validation (ajv)', (f) => f.url.includes('/src/api/validator') || /^validate\d+$/.test(f.functionName)],
  ['response: localize (texts, citations)', (f) => f.url.includes('/src/i18n/') || f.url.includes('/src/api/answer') || f.url.includes('/src/corpus/citer')],
  ...BUCKETS.filter(([name]) => name.startsWith('fastify') || name.startsWith('node http')),
];

const PORT = Number(process.env.BENCH_PORT ?? 18080);
const SECONDS = Number(process.env.BENCH_SECONDS ?? 10);
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 32);
const serverScript = fileURLToPath(new URL('./http-server.js', import.meta.url));

const server = spawn(process.execPath, [serverScript, String(PORT)], { stdio: ['ignore', 'ignore', 'inherit'] });
const base = `http://127.0.0.1:${PORT}`;
for (let i = 0; ; i++) {
  try {
    if ((await fetch(`${base}/healthz`)).ok) break;
  } catch {
    if (i > 100) throw new Error('the server did not start');
  }
  await new Promise((r) => setTimeout(r, 100));
}

async function serverCpuMicros(): Promise<number> {
  const c = (await (await fetch(`${base}/bench/cpu`)).json()) as { user: number; system: number };
  return c.user + c.system;
}

interface Row {
  title: string;
  rps: number;
  p50: number;
  p99: number;
  cpu: number;
}

async function load(title: string, requests: autocannon.Request[]): Promise<Row> {
  const before = await serverCpuMicros();
  const r = await autocannon({ url: base, connections: CONNECTIONS, duration: SECONDS, requests });
  const cpu = (await serverCpuMicros()) - before;
  if (r.non2xx || r.errors) throw new Error(`${title}: ${r.non2xx} non-2xx, ${r.errors} errors`);
  const row = { title, rps: r.requests.average, p50: r.latency.p50, p99: r.latency.p99, cpu: cpu / r.requests.total };
  console.log(`${title.padEnd(40)} ${row.rps.toFixed(0).padStart(7)} req/s   p50 ${String(row.p50).padStart(3)} ms   p99 ${String(row.p99).padStart(3)} ms   server CPU ${row.cpu.toFixed(1).padStart(6)} µs/req`);
  return row;
}

try {
  const bodies = benchBodies();
  const post = (path: string) => bodies.map((body, i) => ({ method: 'POST' as const, path, headers: { 'content-type': 'application/json', [BODY_HEADER]: String(i) }, body }));
  console.log(`bench/http: ${CONNECTIONS} connections, ${SECONDS} s per route, one server, ${bodies.length} request bodies`);
  // Warm up every route first, so none is measured while the JIT is still compiling it.
  const sizes = await answerSizes(bodies);
  console.log(`answer bytes (default, kk): median ${sizes.median}, mean ${sizes.mean.toFixed(0)}, largest ${sizes.max}; with ?explain=true: median ${sizes.explainMedian}, mean ${sizes.explainMean.toFixed(0)}; request bodies: median ${sizes.requestMedian}`);
  for (const path of ['/bench/echo', '/bench/answer', '/api/v1/eligibility', '/api/v1/eligibility?explain=true']) {
    await autocannon({ url: base, connections: CONNECTIONS, duration: 1, requests: post(path) });
  }
  const health = await load('GET /healthz', [{ method: 'GET', path: '/healthz' }]);
  const echo = await load('POST /bench/echo (same bodies)', post('/bench/echo'));
  const answer = await load('POST /bench/answer (precomputed bytes)', post('/bench/answer'));
  const elig = await load('POST /api/v1/eligibility', post('/api/v1/eligibility'));
  const explain = await load('POST /api/v1/eligibility?explain=true', post('/api/v1/eligibility?explain=true'));
  const f = (x: number) => x.toFixed(2);
  console.log(`eligibility ÷ precomputed answer, req/s: ${f(elig.rps / answer.rps)}   (goal ≥ 0.8)`);
  console.log(`eligibility ÷ echo, req/s:       ${f(elig.rps / echo.rps)}   (goal ≥ 0.5)`);
  console.log(`eligibility p99 ÷ echo p99:      ${f(elig.p99 / Math.max(echo.p99, 1))}   (goal ≤ 2)`);
  console.log(`precomputed ÷ echo, req/s:       ${f(answer.rps / echo.rps)}   (what the answer's size alone costs over HTTP)`);
  console.log(`echo ÷ eligibility, CPU/request: ${f(echo.cpu / elig.cpu)}   (the req/s ratio without the load generator's share of the machine)`);
  console.log(`precomputed ÷ eligibility, CPU/request: ${f(answer.cpu / elig.cpu)}`);
  // Where eligibility's server CPU beyond echo's goes: sending the answer's bytes, or making them.
  const beyond = elig.cpu - echo.cpu;
  const size = answer.cpu - echo.cpu;
  console.log(`eligibility's CPU beyond echo: ${f(beyond)} µs/req = the answer's size ${f(size)} (${f((100 * size) / Math.max(beyond, 1e-9))} %) + making the answer ${f(beyond - size)} (${f((100 * (beyond - size)) / Math.max(beyond, 1e-9))} %)`);
  console.log(`explain ÷ plain, req/s:          ${f(explain.rps / elig.rps)}`);
  console.log(`echo ÷ healthz, req/s:           ${f(echo.rps / health.rps)}`);
  // The route's own work, in this process over the same bodies: what no HTTP tuning can remove.
  const own = ownWork(bodies);
  const budget = echo.cpu * (1 / 0.8 - 1);
  console.log(`\nthe eligibility route's own work, CPU µs per request in a loop (no HTTP): JSON.parse ${f(own.parse)}, compiled validation ${f(own.validate)} (zod's: ${f(own.zod)}), decide ${f(own.decide)}, localize (lean answer) ${f(own.localize)}, serializer ${f(own.serialize)}; beyond what echo does: ${f(own.validate + own.decide + own.localize + own.serialize)}`);
  console.log(`budget for eligibility ÷ echo ≥ 0.8: ${f(budget)} µs per request over echo's ${f(echo.cpu)} (echo parses the same JSON too)`);
  if (process.env.BENCH_PROFILE) {
    console.log('\nwhere the server time goes, µs per request (CPU profile, wall-clock samples):');
    const profiles: Record<string, { bucket: string; usPerRequest: number }[]> = {};
    for (const [title, path] of [['echo', '/bench/echo'], ['precomputed', '/bench/answer'], ['eligibility', '/api/v1/eligibility']] as const) {
      await fetch(`${base}/bench/profile/start`, { method: 'POST' });
      const r = await autocannon({ url: base, connections: CONNECTIONS, duration: SECONDS, requests: post(path) });
      const profile = (await (await fetch(`${base}/bench/profile/stop`, { method: 'POST' })).json()) as CpuProfile;
      profiles[title] = summarise(profile, r.requests.total, HTTP_BUCKETS);
    }
    const buckets = [...new Set(Object.values(profiles).flatMap((p) => p.map((b) => b.bucket)))];
    const us = (title: string, bucket: string) => profiles[title]!.find((b) => b.bucket === bucket)?.usPerRequest ?? 0;
    console.log(`${'bucket'.padEnd(68)} ${'echo'.padStart(8)} ${'precomputed'.padStart(12)} ${'eligibility'.padStart(12)}`);
    for (const b of buckets) console.log(`${b.padEnd(68)} ${us('echo', b).toFixed(1).padStart(8)} ${us('precomputed', b).toFixed(1).padStart(12)} ${us('eligibility', b).toFixed(1).padStart(12)}`);
  }
} finally {
  server.kill('SIGTERM');
}

/** The served answers' sizes in bytes, default and explained, over the bench's bodies. */
async function answerSizes(bodies: string[]): Promise<{ median: number; mean: number; max: number; explainMedian: number; explainMean: number; requestMedian: number }> {
  const sizes = async (path: string) => {
    const out: number[] = [];
    for (const body of bodies) out.push((await (await fetch(`${base}${path}`, { method: 'POST', headers: { 'content-type': 'application/json' }, body })).arrayBuffer()).byteLength);
    return out.sort((a, b) => a - b);
  };
  const plain = await sizes('/api/v1/eligibility');
  const explained = await sizes('/api/v1/eligibility?explain=true');
  const median = (xs: number[]) => xs[Math.floor(xs.length / 2)]!;
  const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
  return { median: median(plain), mean: mean(plain), max: plain[plain.length - 1]!, explainMedian: median(explained), explainMean: mean(explained), requestMedian: median(bodies.map((b) => Buffer.byteLength(b)).sort((a, b) => a - b)) };
}

/** CPU µs per request of each step of POST /eligibility, in a loop over the bench's bodies. */
function ownWork(bodies: string[]): { parse: number; zod: number; validate: number; decide: number; localize: number; serialize: number } {
  const engine = compile(loadCorpus());
  const serve = decisionServer(engine);
  const serialize = compiledSerializerCompiler({ schema: eligibilityResponse, method: 'POST', url: '/api/v1/eligibility', httpStatus: '200' }) as (d: unknown) => string;
  const objects = bodies.map((b) => JSON.parse(b) as unknown);
  const requests = objects.map((o) => requestSchema.parse(o));
  const decisions = requests.map((r) => decide(engine, r));
  const served = decisions.map((d) => serve(d, 'kk', false));
  const n = 20_000;
  const cpu = (step: (i: number) => unknown): number => {
    for (let i = 0; i < 2_000; i++) step(i);
    const start = process.cpuUsage();
    for (let i = 0; i < n; i++) step(i);
    const used = process.cpuUsage(start);
    return (used.user + used.system) / n;
  };
  const at = <T>(xs: T[], i: number): T => xs[i % xs.length]!;
  return {
    parse: cpu((i) => JSON.parse(at(bodies, i))),
    zod: cpu((i) => requestSchema.safeParse(at(objects, i))),
    validate: cpu((i) => eligibilityValidator.accept(at(objects, i))),
    decide: cpu((i) => decide(engine, at(requests, i))),
    localize: cpu((i) => serve(at(decisions, i), 'kk', false)),
    serialize: cpu((i) => serialize(at(served, i))),
  };
}
