// The server bench/http loads: the same app as `kepil serve` (buildApp over the compiled corpus), plus
// two bench-only routes:
// - POST /bench/echo takes the same JSON bodies and answers {ok: true}: what any JSON POST costs on this
//   machine, the ceiling for the eligibility route;
// - GET /bench/cpu answers the process's CPU time, so the bench can divide it by the requests served.
//   On a shared machine that figure (CPU µs per request) is steadier than requests per second;
// - POST /bench/profile/start and /bench/profile/stop: a CPU profile of what is served in between.
import { loadCorpus } from '../src/corpus/index.js';
import { compile } from '../src/engine/index.js';
import { buildApp } from '../src/api/app.js';
import { startProfile, stopProfile } from './profile.js';

const port = Number(process.argv[2] ?? 18080);
// 32 connections from one address for 10 s: the rate limits stay on the path (their cost is measured)
// but are set high enough never to refuse; the defaults (src/config.ts) are per minute.
const app = await buildApp({ engine: compile(loadCorpus()), limits: { perAddress: 1e9, corpus: 1e9, perToken: 1e9 } });
app.post('/bench/echo', async (req) => ({ ok: typeof req.body === 'object' }));
app.get('/bench/cpu', async () => process.cpuUsage());
app.post('/bench/profile/start', async () => {
  await startProfile();
  return { ok: true };
});
app.post('/bench/profile/stop', async () => stopProfile());
await app.listen({ host: '127.0.0.1', port });
process.once('SIGTERM', () => void app.close().then(() => process.exit(0)));
