// The exact bytes Kepil serves for a fixed set of requests: the golden scenarios and bench/http's bodies,
// in kk, ru and en, with and without explain, over HTTP (app.inject), the CLI's `check` (JSON and
// --explain text, made as the command makes them) and batch output lines (with and without --trace).
// One sha256 per (channel, language, variant, request). test/answer-bytes.test.ts compares them with
// test/fixtures/answer-bytes.json, which scripts/answer-bytes.ts writes (run it only where the bytes are
// meant to change). Performance work on the answer's path must keep every byte.
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import { decide, parseRequest, type Decision } from '../src/engine/index.js';
import { localize } from '../src/i18n/localize.js';
import { citerFor } from '../src/corpus/citer.js';
import { explainDecision } from '../src/cli/engine-commands.js';
import { answerBlock } from '../src/batch/chunk.js';
import { benchBodies } from '../bench/requests.js';
import { appForTests, engineForTests } from './app-support.js';
import type { Lang } from '../src/i18n/index.js';

const LANGS: Lang[] = ['kk', 'ru', 'en'];
const DIR = fileURLToPath(new URL('../../test/scenarios/', import.meta.url));

/** The requests: every golden scenario's (by file and name), then bench/http's 200 bodies. */
export function requests(): { name: string; body: string }[] {
  const out: { name: string; body: string }[] = [];
  for (const file of readdirSync(DIR).filter((f) => f.endsWith('.json')).sort()) {
    const { scenarios } = JSON.parse(readFileSync(join(DIR, file), 'utf8')) as { scenarios: { name: string; request: unknown }[] };
    scenarios.forEach((s, i) => out.push({ name: `${file}#${i} ${s.name}`, body: JSON.stringify(s.request) }));
  }
  benchBodies().forEach((body, i) => out.push({ name: `bench#${i}`, body }));
  return out;
}

const sha = (s: string): string => createHash('sha256').update(s).digest('hex');

/** key → sha256 of the bytes, for every channel, language and variant. */
export async function answerBytes(): Promise<Record<string, string>> {
  const engine = engineForTests();
  const app = await appForTests();
  const citer = citerFor(engine.corpus);
  const out: Record<string, string> = {};
  const reqs = requests();
  try {
    for (const lang of LANGS) {
      for (const explain of [false, true]) {
        for (const r of reqs) {
          const res = await app.inject({ method: 'POST', url: `/api/v1/eligibility?lang=${lang}${explain ? '&explain=true' : ''}`, payload: r.body, headers: { 'content-type': 'application/json' } });
          out[`http ${lang} ${explain ? 'explain' : 'plain'} ${r.name}`] = sha(`${res.statusCode}\n${res.headers['content-type']}\n${res.body}`);
        }
      }
      // The CLI's `check`: the JSON answer (no trace) and the --explain text, as engine-commands.ts makes them.
      for (const r of reqs) {
        let d: Decision;
        try {
          d = decide(engine, parseRequest(JSON.parse(r.body)));
        } catch (e) {
          out[`cli ${lang} refused ${r.name}`] = sha(String(e));
          continue;
        }
        const local = localize(d, lang, { cite: (s, l) => citer.cite(s, l) });
        const { trace: _t, ...json } = local;
        out[`cli ${lang} json ${r.name}`] = sha(`${JSON.stringify(json, null, 2)}\n`);
        out[`cli ${lang} explain ${r.name}`] = sha(`${explainDecision(local, lang)}\n`);
      }
      // Batch: one NDJSON block of every request, with and without --trace.
      const bytes = new TextEncoder().encode(`${reqs.map((r) => r.body).join('\n')}\n`);
      for (const trace of [false, true]) {
        const block = answerBlock(engine, { input: 'ndjson', output: 'ndjson', columns: null, answer: { trace, lang } }, { seq: 0, firstRow: 1, rows: reqs.length, bytes });
        block.out.split('\n').forEach((line, i) => (out[`batch ${lang} ${trace ? 'trace' : 'plain'} line ${i + 1}`] = sha(line)));
        out[`batch ${lang} ${trace ? 'trace' : 'plain'} errors`] = sha(block.errors);
        out[`batch ${lang} ${trace ? 'trace' : 'plain'} tally`] = sha(JSON.stringify(block.tally));
      }
    }
  } finally {
    await app.close();
  }
  return out;
}
