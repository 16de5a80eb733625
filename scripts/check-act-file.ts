// For data maintainers: validates act files (schema and quotes) without needing the rest of the corpus.
// Usage: node dist/scripts/check-act-file.js data/acts/a.json [data/acts/b.json ...]
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { act, draftAct, type Act } from '../src/corpus/schema.js';
import { formatPath } from '../src/corpus/issues.js';
import { checkProvenance } from '../src/corpus/provenance.js';

const dataDir = 'data';
const sources = new Map<string, string>();
for (const f of readdirSync(join(dataDir, 'sources'))) sources.set(f, readFileSync(join(dataDir, 'sources', f), 'utf8'));
const all: Act[] = [];
for (const f of readdirSync(join(dataDir, 'acts')).filter((f) => f.endsWith('.json'))) {
  const r = act.safeParse(JSON.parse(readFileSync(join(dataDir, 'acts', f), 'utf8')));
  if (r.success) all.push(r.data);
}
let bad = 0;
for (const file of process.argv.slice(2)) {
  const json = JSON.parse(readFileSync(file, 'utf8')) as { needsReview?: unknown[] };
  // A draft from `kepil act import`: its shape and quotes are checked, and its open entries listed.
  if (Array.isArray(json.needsReview) && json.needsReview.length > 0) {
    const draft = draftAct.safeParse(json);
    if (!draft.success) for (const i of draft.error.issues) console.log(`SCHEMA ${file}#${formatPath(i.path)}: ${i.message}`);
    else {
      const { checked, failures } = checkProvenance([draft.data as unknown as Act], sources);
      for (const f of failures) console.log(`QUOTE ${f.path}: ${f.message}`);
      console.log(`${file}: draft, ${checked} citations checked, ${failures.length} failing`);
    }
    for (const e of json.needsReview as { row: string | null; path: string; what: string; line: number; quote: string }[]) console.log(`REVIEW ${e.row ?? e.path}: ${e.what} (line ${e.line}) "${e.quote}"`);
    console.log(`${file}: ${json.needsReview.length} entries to settle; the corpus will not load it until needsReview is empty`);
    bad++;
    continue;
  }
  const parsed = act.safeParse(json);
  if (!parsed.success) {
    for (const i of parsed.error.issues) console.log(`SCHEMA ${file}#${formatPath(i.path)}: ${i.message}`);
    bad++;
    continue;
  }
  const others = all.filter((a) => a.id !== parsed.data.id);
  const { checked, failures } = checkProvenance([parsed.data, ...others].filter((a, i) => i === 0 || a.seed), sources);
  const mine = failures.filter((f) => f.path.startsWith(`data/acts/${parsed.data.id}.json`));
  for (const f of mine) console.log(`QUOTE ${f.path}: ${f.message}`);
  console.log(`${file}: schema ok, ${checked} citations checked across loaded acts, ${mine.length} failing in this file`);
  if (mine.length) bad++;
}
process.exit(bad ? 1 : 0);
