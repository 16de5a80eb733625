// bench/http: POST /api/v1/eligibility with a mix of requests for 10 s under autocannon, against the
// same server's trivial /healthz with the same concurrency, in the same run. Goal: ratio ≥ 0.7.
// It also loads POST /bench/echo with the same bodies: what a JSON POST costs before any work.
// Run: npm run bench:http
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import autocannon from 'autocannon';
import { mixedRequests } from './requests.js';

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

async function load(title: string, requests: autocannon.Request[]): Promise<autocannon.Result> {
  const result = await autocannon({ url: base, connections: CONNECTIONS, duration: SECONDS, requests });
  console.log(`${title.padEnd(28)} ${result.requests.average.toFixed(0)} req/s   p50 ${result.latency.p50} ms   p99 ${result.latency.p99} ms   non-2xx ${result.non2xx}`);
  return result;
}

try {
  const bodies = mixedRequests(200).map((r) => JSON.stringify(r));
  const post = (path: string) => bodies.map((body) => ({ method: 'POST' as const, path, headers: { 'content-type': 'application/json' }, body }));
  const eligibility = await load('POST /api/v1/eligibility', post('/api/v1/eligibility'));
  const trivial = await load('GET /healthz (trivial)', [{ method: 'GET', path: '/healthz' }]);
  const echo = await load('POST /bench/echo (same bodies)', post('/bench/echo'));
  console.log(`ratio eligibility/trivial: ${(eligibility.requests.average / trivial.requests.average).toFixed(2)} (goal ≥ 0.7; ${CONNECTIONS} connections, ${SECONDS} s each)`);
  console.log(`ratio echo/trivial:        ${(echo.requests.average / trivial.requests.average).toFixed(2)} (a JSON POST that does nothing: the ceiling on this machine)`);
} finally {
  server.kill('SIGTERM');
}
