// bench/flood: bookings per second (4 connections) alone, and under an anonymous flood of /search with
// 200 distinct terms (64 connections, so the corpus cache does not absorb it), against a server without
// the corpus limit and one with it (KEPIL_RATE_LIMIT_CORPUS's default, 600/min per address), in the same run.
// The flood comes from another client address (X-Forwarded-For with KEPIL_TRUST_PROXY=true).
// Run: npm run bench:flood
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import autocannon from 'autocannon';
import { loadCorpus } from '../src/corpus/index.js';

const PORT = Number(process.env.BENCH_PORT ?? 18090);
const SECONDS = Number(process.env.BENCH_SECONDS ?? 8);
const serverScript = fileURLToPath(new URL('./flood-server.js', import.meta.url));
const corpus = loadCorpus();
const targets = corpus.limits.filter((r) => r.profile !== 'all_profiles' && r.total && r.adults && r.adults > 5000);
const TERMS = [...new Set(corpus.limits.map((r) => r.profile))].flatMap((p) => [p.slice(0, 3), p.slice(0, 5), p]).slice(0, 200);

async function start(corpusLimit: number): Promise<{ token: string; stop: () => void }> {
  const server = spawn(process.execPath, [serverScript, String(PORT), String(corpusLimit)], { stdio: ['ignore', 'pipe', 'inherit'], env: { ...process.env, KEPIL_TRUST_PROXY: 'true' } });
  const token = await new Promise<string>((resolve) => server.stdout.once('data', (d: Buffer) => resolve(d.toString().trim())));
  return { token, stop: () => server.kill('SIGTERM') };
}

function bookings(token: string, duration: number) {
  const requests = targets.flatMap((t, i) =>
    [2026, 2027, 2028].map((y) => ({
      method: 'POST' as const,
      path: '/api/v1/bookings',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}`, 'x-forwarded-for': '10.0.0.1' },
      body: JSON.stringify({ region: t.region, profile: t.profile, birthDate: '1975-04-04', admissionDate: `${y}-0${1 + (i % 9)}-15`, patientRef: `flood-bench-${i}` }),
    })),
  );
  return autocannon({ url: `http://127.0.0.1:${PORT}`, connections: 4, duration, requests });
}

function flood(duration: number) {
  const requests = TERMS.map((q) => ({ method: 'GET' as const, path: `/api/v1/search?q=${encodeURIComponent(q)}`, headers: { 'x-forwarded-for': '10.0.0.66' } }));
  return autocannon({ url: `http://127.0.0.1:${PORT}`, connections: 64, duration, requests });
}

for (const [label, limit] of [['no corpus limit', 0], ['corpus limit 600/min', 600]] as const) {
  const { token, stop } = await start(limit);
  try {
    const alone = await bookings(token, SECONDS);
    const [flooded, floodResult] = await Promise.all([bookings(token, SECONDS), flood(SECONDS)]);
    const ratio = flooded.requests.average / alone.requests.average;
    console.log(
      `${label.padEnd(22)} bookings alone ${alone.requests.average.toFixed(0)}/s (p99 ${alone.latency.p99} ms); under flood ${flooded.requests.average.toFixed(0)}/s (p99 ${flooded.latency.p99} ms), ratio ${ratio.toFixed(2)}; flood answered ${floodResult['2xx']} × 2xx, ${floodResult.non2xx} refused`,
    );
  } finally {
    stop();
    await new Promise((r) => setTimeout(r, 500));
  }
}
