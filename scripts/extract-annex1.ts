// Regenerates data/generated/annex1-limits.json from the programme's text.
// Usage: npm run extract:annex1 (test/annex1.test.ts fails when the committed file is stale).
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { defaultDataDir } from '../src/corpus/loader.js';
import { buildAnnex1File } from '../src/corpus/annex1-file.js';

const dataDir = defaultDataDir();
const { file, problems } = buildAnnex1File(dataDir, (rel) => readFileSync(join(dataDir, rel), 'utf8'));
writeFileSync(join(dataDir, 'generated', 'annex1-limits.json'), `${JSON.stringify(file, null, 2)}\n`);
console.log(`annex 1: ${file.rows.length} rows written to data/generated/annex1-limits.json`);
for (const r of file.rows.filter((r) => r.note)) console.log(`  doubt: ${r.region}/${r.profile}: ${typeof r.note === "string" ? r.note : r.note!.en}`);
for (const p of problems) console.log(`  problem: ${p}`);
process.exit(problems.length ? 1 : 0);
