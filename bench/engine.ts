// bench/engine: decisions per second on 100k mixed requests, against a JSON.parse + JSON.stringify
// round trip of the same requests and decisions, in the same run. Goals: ratio ≥ 1, p99 < 50 µs.
// It also reports the share of undetermined answers in the mix (issue 8: 45.0 % on main at 491d136,
// before readings over the unknown facts), and how many answers rest on readings.
// Run: npm run bench:engine (BENCH_PROFILE=1 adds a CPU profile of the decide loop: self time by
// function, and the share in the engine, rendering, GC)
import { loadCorpus } from '../src/corpus/index.js';
import { compile, decide, type Decision } from '../src/engine/index.js';
import { mixedRequests } from './requests.js';
import { startProfile, stopProfile, summarise, topFunctions, type Buckets } from './profile.js';

// Where decide's time goes, by the first frame from the leaf up that one of these recognises.
const ENGINE_BUCKETS: Buckets = [
  ['garbage collection', (f) => f.functionName === '(garbage collector)'],
  ['i18n: rendering texts (src/i18n)', (f) => f.url.includes('/src/i18n/')],
  ['engine: readings (enumerate, combine)', (f) => f.url.includes('/src/engine/readings.')],
  ['engine: finish (messages.ts)', (f) => f.url.includes('/src/engine/messages.')],
  ['engine: facts', (f) => f.url.includes('/src/engine/facts.')],
  ['engine: rules', (f) => f.url.includes('/src/engine/rules/')],
  ['engine: other (decide, next steps, lookups)', (f) => f.url.includes('/src/engine/')],
];

const N = Number(process.env.BENCH_N ?? 100_000);
const engine = compile(loadCorpus());
const requests = mixedRequests(N);
const texts = requests.map((r) => JSON.stringify(r));

function percentile(sorted: Float64Array, p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))]!;
}

// Warm up both paths so the JIT has seen them.
const warm: Decision[] = [];
for (let i = 0; i < 5000; i++) warm.push(decide(engine, requests[i % N]!));
for (let i = 0; i < 5000; i++) JSON.stringify(JSON.parse(texts[i % N]!)) + JSON.stringify(warm[i % warm.length]);

// Throughput first, with no timer inside the loop; then each decision timed on its own for p50/p99.
const decisions: Decision[] = new Array(N);
let t0 = process.hrtime.bigint();
for (let i = 0; i < N; i++) decisions[i] = decide(engine, requests[i]!);
const decideNs = Number(process.hrtime.bigint() - t0);
const perDecision = new Float64Array(N);
for (let i = 0; i < N; i++) {
  const s = process.hrtime.bigint();
  decide(engine, requests[i]!);
  perDecision[i] = Number(process.hrtime.bigint() - s) / 1000;
}

let sink = 0;
t0 = process.hrtime.bigint();
for (let i = 0; i < N; i++) {
  const req = JSON.parse(texts[i]!);
  sink += JSON.stringify(req).length + JSON.stringify(decisions[i]).length;
}
const roundTripNs = Number(process.hrtime.bigint() - t0);

perDecision.sort();
const decideRate = N / (decideNs / 1e9);
const roundTripRate = N / (roundTripNs / 1e9);
const outcomes = decisions.reduce<Record<string, number>>((acc, d) => ((acc[d.outcome] = (acc[d.outcome] ?? 0) + 1), acc), {});
const share = (n: number) => `${((100 * n) / N).toFixed(1)} %`;
const withReadings = decisions.filter((d) => d.readings.length > 1).length;
const bounded = decisions.filter((d) => d.missing.some((m) => m.id === 'readings-bound')).length;
console.log(`requests: ${N} mixed (${JSON.stringify(outcomes)})`);
console.log(`undetermined share:     ${share(outcomes.undetermined ?? 0)} (main before issue 8: 45.0 %)`);
console.log(`decided over readings:  ${share(withReadings)} of answers; bound of readings reached: ${share(bounded)}`);
console.log(`decide:                 ${decideRate.toFixed(0)} decisions/s   p50 ${percentile(perDecision, 0.5).toFixed(1)} µs   p99 ${percentile(perDecision, 0.99).toFixed(1)} µs`);
console.log(`JSON parse+stringify:   ${roundTripRate.toFixed(0)} round trips/s (request in, decision out)`);
console.log(`ratio decide/round-trip: ${(decideRate / roundTripRate).toFixed(2)} (goal ≥ 1)`);
if (sink === 0) console.log('');

if (process.env.BENCH_PROFILE === '1') {
  // A separate pass, so the profiler's own cost is in neither figure above.
  await startProfile();
  for (let i = 0; i < N; i++) decide(engine, requests[i]!);
  const profile = await stopProfile();
  const us = (x: number) => x.toFixed(2).padStart(7);
  console.log(`\nprofile of decide (${N} requests), µs per request:`);
  const buckets = summarise(profile, N, ENGINE_BUCKETS);
  for (const b of buckets) console.log(`  ${us(b.usPerRequest)}  ${b.bucket}`);
  console.log('self time by function:');
  for (const t of topFunctions(profile, N)) console.log(`  ${us(t.usPerRequest)}  ${(100 * t.share).toFixed(1).padStart(5)} %  ${t.fn}`);
}
