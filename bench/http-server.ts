// The server bench/http loads: the same app as `kepil serve` (buildApp over the compiled corpus), plus
// one bench-only route, POST /bench/echo, which takes the same JSON bodies and answers {ok: true}. It
// measures what any JSON POST costs on this machine, the ceiling for the eligibility route.
import { loadCorpus } from '../src/corpus/index.js';
import { compile } from '../src/engine/index.js';
import { buildApp } from '../src/api/app.js';

const port = Number(process.argv[2] ?? 18080);
// 32 connections from one address for 10 s: the rate limits stay on the path (their cost is measured)
// but are set high enough never to refuse; the defaults (src/config.ts) are per minute.
const app = await buildApp({ engine: compile(loadCorpus()), limits: { perAddress: 1e9, corpus: 1e9, perToken: 1e9 } });
app.post('/bench/echo', async (req) => ({ ok: typeof req.body === 'object' }));
await app.listen({ host: '127.0.0.1', port });
process.once('SIGTERM', () => void app.close().then(() => process.exit(0)));
