// The server bench/http loads: the same app as `kepil serve` (buildApp over the compiled corpus), plus
// bench-only routes:
// - POST /bench/echo takes the same JSON bodies and answers {ok: true}: what any JSON POST costs on this
//   machine, the ceiling for the eligibility route;
// - POST /bench/answer takes the same bodies and sends each one's eligibility answer, computed once at
//   start (the bytes POST /api/v1/eligibility sends for it, with the same headers): what the HTTP side
//   of an answer that size costs, without deciding, localising or serialising anything;
// - GET /bench/cpu answers the process's CPU time, so the bench can divide it by the requests served.
//   On a shared machine that figure (CPU µs per request) is steadier than requests per second;
// - POST /bench/profile/start and /bench/profile/stop: a CPU profile of what is served in between.
// Each bench request names its body by index in the x-bench-body header (sent to every route alike).
import assert from 'node:assert/strict';
import { loadCorpus } from '../src/corpus/index.js';
import { compile } from '../src/engine/index.js';
import { buildApp } from '../src/api/app.js';
import { startProfile, stopProfile } from './profile.js';
import { benchBodies, BODY_HEADER } from './requests.js';

const port = Number(process.argv[2] ?? 18080);
// 32 connections from one address for 10 s: the rate limits stay on the path (their cost is measured)
// but are set high enough never to refuse; the defaults (src/config.ts) are per minute.
const app = await buildApp({ engine: compile(loadCorpus()), limits: { perAddress: 1e9, corpus: 1e9, perToken: 1e9 } });
app.post('/bench/echo', async (req) => ({ ok: typeof req.body === 'object' }));
const answers: { bytes: Buffer; headers: Record<string, string> }[] = [];
app.post('/bench/answer', async (req, reply) => {
  const answer = answers[Number(req.headers[BODY_HEADER])];
  if (!answer || typeof req.body !== 'object') return reply.code(400).send({ ok: false });
  return reply.headers(answer.headers).send(answer.bytes);
});
app.get('/bench/cpu', async () => process.cpuUsage());
app.post('/bench/profile/start', async () => {
  await startProfile();
  return { ok: true };
});
app.post('/bench/profile/stop', async () => stopProfile());

// Each body's answer, as the eligibility route serves it; the baseline must send the same headers.
const bodies = benchBodies();
for (const [i, body] of bodies.entries()) {
  const headers = { 'content-type': 'application/json', [BODY_HEADER]: String(i) };
  const served = await app.inject({ method: 'POST', url: '/api/v1/eligibility', payload: body, headers });
  assert.equal(served.statusCode, 200, served.body);
  // The route's own headers (the app's hooks add the rest to both routes alike).
  const own = Object.entries(served.headers).filter(([k]) => !['date', 'content-length', 'connection'].includes(k) && !k.startsWith('x-ratelimit'));
  answers.push({ bytes: served.rawPayload, headers: Object.fromEntries(own.map(([k, v]) => [k, String(v)])) });
  if (i === 0) {
    const baseline = await app.inject({ method: 'POST', url: '/bench/answer', payload: body, headers });
    assert.deepEqual(baseline.rawPayload, served.rawPayload);
    const same = (h: Record<string, unknown>) => Object.entries(h).filter(([k]) => k !== 'date').sort();
    assert.deepEqual(same(baseline.headers), same(served.headers), 'the baseline sends the same headers');
  }
}
await app.listen({ host: '127.0.0.1', port });
process.once('SIGTERM', () => void app.close().then(() => process.exit(0)));
