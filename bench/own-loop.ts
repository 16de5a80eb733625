// bench/own-loop: the eligibility route's own steps over bench/http's bodies in one process, for a CPU
// profile by function (node --cpu-prof dist/bench/own-loop.js). STEP=decide|serve|serialize|all.
import { benchBodies } from './requests.js';
import { loadCorpus } from '../src/corpus/index.js';
import { compile, decide, requestSchema } from '../src/engine/index.js';
import { eligibilityResponse } from '../src/api/schemas.js';
import { compiledSerializerCompiler } from '../src/api/serializer.js';
import { decisionServer } from '../src/api/answer.js';

const engine = compile(loadCorpus());
const serve = decisionServer(engine);
const serialize = compiledSerializerCompiler({ schema: eligibilityResponse, method: 'POST', url: '/api/v1/eligibility', httpStatus: '200' }) as (d: unknown) => string;
const requests = benchBodies().map((b) => requestSchema.parse(JSON.parse(b)));
const decisions = requests.map((r) => decide(engine, r));
const served = decisions.map((d) => serve(d, 'kk', false));
const step = process.env.STEP ?? 'all';
const n = Number(process.env.N ?? 30_000);
const t0 = performance.now();
let sink = 0;
for (let i = 0; i < n; i++) {
  const k = i % requests.length;
  if (step === 'decide') sink += decide(engine, requests[k]!).basis.length;
  else if (step === 'serve') sink += Object.keys(serve(decisions[k]!, 'kk', false)).length;
  else if (step === 'serialize') sink += serialize(served[k]!).length;
  else sink += serialize(serve(decide(engine, requests[k]!), 'kk', false)).length;
}
console.log(`${step}: ${(((performance.now() - t0) * 1000) / n).toFixed(1)} µs per request (${sink})`);
