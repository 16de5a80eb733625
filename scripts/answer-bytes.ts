// Writes test/fixtures/answer-bytes.json: the sha256 of every byte Kepil serves for the golden scenarios
// and bench bodies (see test/answer-bytes-support.ts). Run: npx tsc -p tsconfig.json && node dist/scripts/answer-bytes.js
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { answerBytes } from '../test/answer-bytes-support.js';

const file = fileURLToPath(new URL('../../test/fixtures/answer-bytes.json', import.meta.url));
const bytes = await answerBytes();
writeFileSync(file, `${JSON.stringify(bytes, null, 1)}\n`);
console.log(`${Object.keys(bytes).length} hashes written to ${file}`);
