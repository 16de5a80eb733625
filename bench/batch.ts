// bench/batch: the batch pipeline's figures, side by side in one run, on the same synthetic rows.
//   - parallel efficiency: `kepil batch --workers 1` time ÷ default-workers time (goal ≥ 0.8 × cores);
//   - pipeline overhead: single-worker batch rows/s ÷ the in-process decide loop (goal ≥ 0.7), and the
//     share of parsing, validating and writing in one thread (goal ≤ 30 %);
//   - optionally (BENCH_10M=1) a 10-million-row run: time (goal < 90 s) and peak RSS (goal < 1 GB).
// Run: npm run bench:batch   (BENCH_ROWS=1000000 by default; BENCH_10M=1 adds the big run; BENCH_DIR for files;
// BENCH_PROFILE=1 adds a CPU profile of the in-process pipeline, by part and by function)
import { spawn } from 'node:child_process';
import { createWriteStream, mkdtempSync, readFileSync, rmSync, statSync, existsSync, openSync, readSync, closeSync } from 'node:fs';
import { once } from 'node:events';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadCorpus } from '../src/corpus/index.js';
import { compile, decide, parseRequest, type EligibilityRequest } from '../src/engine/index.js';
import { synthRequests } from '../src/batch/synth.js';
import { answerBlock } from '../src/batch/chunk.js';
import { scanRows } from '../src/batch/split.js';
import { mixedRequests } from './requests.js';
import { startProfile, stopProfile, summarise, topFunctions, type Buckets } from './profile.js';

const ROWS = Number(process.env.BENCH_ROWS ?? 1_000_000);
const TEN_M = process.env.BENCH_10M === '1';
const SAMPLE = Math.min(ROWS, 200_000);
const DATE = '2026-05-01';
const dir = process.env.BENCH_DIR ?? mkdtempSync(join(tmpdir(), 'kepil-bench-batch-'));
const BIN = fileURLToPath(new URL('../../bin/kepil.js', import.meta.url));
const corpus = loadCorpus();
const engine = compile(corpus);

async function writeSynth(path: string, rows: number, seed: number): Promise<number> {
  const t0 = performance.now();
  const out = createWriteStream(path);
  let batch: string[] = [];
  for (const r of synthRequests(corpus, { rows, seed, date: DATE })) {
    batch.push(JSON.stringify(r));
    if (batch.length === 8192) {
      if (!out.write(`${batch.join('\n')}\n`)) await once(out, 'drain');
      batch = [];
    }
  }
  if (batch.length) out.write(`${batch.join('\n')}\n`);
  out.end();
  await once(out, 'close');
  return (performance.now() - t0) / 1000;
}

/** The first `n` rows of the file, as bytes (for the in-process figures). */
function head(path: string, n: number): Buffer {
  const fd = openSync(path, 'r');
  const buf = Buffer.alloc(Math.min(statSync(path).size, n * 1024));
  readSync(fd, buf, 0, buf.length, 0);
  closeSync(fd);
  const ends: number[] = [];
  scanRows(buf, 'ndjson', 0, ends);
  return buf.subarray(0, ends[n - 1] ?? ends[ends.length - 1] ?? 0);
}

function rate(rows: number, f: () => void): number {
  f(); // warm-up
  const t0 = performance.now();
  f();
  return rows / ((performance.now() - t0) / 1000);
}

/** Runs `kepil batch` as a user would; peak RSS is the child's VmHWM, read from /proc while it runs. */
async function batchRun(input: string, workers: number | null): Promise<{ seconds: number; rssMb: number | null }> {
  const args = [BIN, 'batch', '--in', input, '--out', join(dir, 'out.ndjson'), '--quiet', ...(workers ? ['--workers', String(workers)] : [])];
  const t0 = performance.now();
  const child = spawn(process.execPath, args, { stdio: ['ignore', 'ignore', 'inherit'] });
  let hwm: number | null = null;
  const poll = setInterval(() => {
    try {
      const m = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${child.pid}/status`, 'utf8'));
      if (m) hwm = Number(m[1]) / 1024;
    } catch {
      // the child has just exited, or /proc is not there (not Linux)
    }
  }, 100);
  const [code] = (await once(child, 'exit')) as [number | null];
  clearInterval(poll);
  if (code !== 0) throw new Error(`kepil batch exited with ${code}`);
  return { seconds: (performance.now() - t0) / 1000, rssMb: hwm };
}

const f = (n: number, d = 0) => n.toLocaleString('en', { maximumFractionDigits: d, minimumFractionDigits: d });
const cores = availableParallelism();
const input = join(dir, `synth-${ROWS}.ndjson`);
if (!existsSync(input)) console.log(`synth: ${f(ROWS)} rows written in ${f(await writeSynth(input, ROWS, 1), 1)} s (${input})`);

// In-process, one thread, on the first rows of the same file.
const sample = head(input, SAMPLE);
const requests: EligibilityRequest[] = sample.toString('utf8').trimEnd().split('\n').map((l) => parseRequest(JSON.parse(l)));
const decideRate = rate(requests.length, () => requests.forEach((r) => decide(engine, r)));
const mixed = mixedRequests(requests.length);
const engineBenchRate = rate(mixed.length, () => mixed.forEach((r) => decide(engine, r)));
const blocks: { bytes: Uint8Array; rows: number }[] = [];
for (let start = 0; start < sample.length; ) {
  const scan = scanRows(sample.subarray(start, start + 256 * 1024), 'ndjson');
  blocks.push({ bytes: sample.subarray(start, start + scan.end), rows: scan.rows });
  start += scan.end;
}
const setup = { input: 'ndjson', output: 'ndjson', columns: null, answer: { trace: false, lang: 'en' } } as const;
const pipelineRate = rate(requests.length, () => blocks.forEach((b, seq) => answerBlock(engine, setup, { seq, firstRow: 1, rows: b.rows, bytes: b.bytes })));

if (process.env.BENCH_PROFILE) {
  // Where one thread's time goes in the pipeline (the same blocks as the figure above).
  const buckets: Buckets = [
    ['garbage collection', (f) => f.functionName === '(garbage collector)'],
    ['engine: decide', (f) => f.url.includes('/src/engine/')],
    ['localize (texts in the language asked)', (f) => f.url.includes('/src/i18n/')],
    ['validation: compiled (ajv + copy)', (f) => f.url.includes('/src/api/validator') || /^validate\d+$/.test(f.functionName)],
    ['validation: zod', (f) => f.url.includes('/zod/')],
    ['write: serializer', (f) => f.url.includes('fast-json-stringify') || (f.functionName === 'stringify' && f.url === '') || f.url.includes('csv-stringify')],
    ['read: JSON.parse, CSV parse', (f) => (f.functionName === 'parse' && f.url === '') || f.url.includes('csv-parse')],
    ['batch: rows, tally', (f) => f.url.includes('/src/batch/')],
  ];
  await startProfile();
  blocks.forEach((b, seq) => answerBlock(engine, setup, { seq, firstRow: 1, rows: b.rows, bytes: b.bytes }));
  const profile = await stopProfile();
  console.log(`\nwhere one thread's pipeline time goes, µs per row (CPU profile of ${f(requests.length)} rows):`);
  for (const b of summarise(profile, requests.length, buckets)) console.log(`  ${b.bucket.padEnd(44)} ${b.usPerRequest.toFixed(2).padStart(7)}`);
  console.log('  costliest functions (self time, µs per row):');
  for (const t of topFunctions(profile, requests.length, 15)) console.log(`    ${t.usPerRequest.toFixed(2).padStart(6)}  ${(100 * t.share).toFixed(1).padStart(5)} %  ${t.fn}`);
}

// The CLI, on the whole file: one worker, then one per core.
const one = await batchRun(input, 1);
const all = await batchRun(input, null);
const oneRate = ROWS / one.seconds;
const rss = (mb: number | null) => (mb === null ? 'n/a' : `${f(mb)} MB`);

console.log(`\nbench/batch: ${f(ROWS)} synthetic rows (NDJSON, ${f(statSync(input).size / 1e6)} MB), ${cores} cores`);
console.log(`  in-process decide loop, same rows (${f(requests.length)}):      ${f(decideRate)} rows/s`);
console.log(`  in-process decide loop, bench/engine's mixed requests:  ${f(engineBenchRate)} rows/s (reference)`);
console.log(`  in-process parse+validate+decide+format, one thread:   ${f(pipelineRate)} rows/s`);
console.log(`  kepil batch --workers 1:   ${f(one.seconds, 1)} s  ${f(oneRate)} rows/s  peak RSS ${rss(one.rssMb)}`);
console.log(`  kepil batch (${cores} workers):  ${f(all.seconds, 1)} s  ${f(ROWS / all.seconds)} rows/s  peak RSS ${rss(all.rssMb)}`);
console.log(`  parallel efficiency (workers 1 time ÷ ${cores} workers time): ${f(one.seconds / all.seconds, 2)}   goal ≥ ${f(0.8 * cores, 1)}`);
console.log(`  pipeline ratio (batch --workers 1 ÷ decide loop):       ${f(oneRate / decideRate, 2)}   goal ≥ 0.70`);
console.log(`  parse, validate and write share in one thread:          ${f(100 * (1 - pipelineRate / decideRate))} %   goal ≤ 30 %`);

if (TEN_M) {
  const big = join(dir, 'synth-10000000.ndjson');
  if (!existsSync(big)) console.log(`synth: 10,000,000 rows written in ${f(await writeSynth(big, 10_000_000, 2), 1)} s`);
  const ten = await batchRun(big, null);
  console.log(`  10M rows (${cores} workers): ${f(ten.seconds, 1)} s   goal < 90 s;   peak RSS ${rss(ten.rssMb)}   goal < 1 GB`);
} else {
  console.log('  10M rows: skipped (BENCH_10M=1 runs it; best on a quiet machine)');
}
if (!process.env.BENCH_DIR) rmSync(dir, { recursive: true, force: true });
