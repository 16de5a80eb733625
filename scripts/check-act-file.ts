// For data maintainers: validates act files (schema and quotes) without needing the rest of the corpus.
// Usage: node dist/scripts/check-act-file.js data/acts/a.json [data/acts/b.json ...]
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { act, type Act } from '../src/corpus/schema.js';
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
  const parsed = act.safeParse(JSON.parse(readFileSync(file, 'utf8')));
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
