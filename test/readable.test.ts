// Answers that read true (issue 16): no readable answer holds an internal id, in any language, for
// any golden scenario; undetermined answers say under which reading each reason holds.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { decide, parseRequest } from '../src/engine/index.js';
import { localize } from '../src/i18n/localize.js';
import { citerFor } from '../src/corpus/citer.js';
import { explainDecision } from '../src/cli/engine-commands.js';
import { LANGS } from '../src/i18n/index.js';
import { engineForTests } from './app-support.js';

const dir = fileURLToPath(new URL('../../test/scenarios/', import.meta.url));
const scenarios = readdirSync(dir)
  .filter((f) => f.endsWith('.json'))
  .flatMap((f) => (JSON.parse(readFileSync(dir + f, 'utf8')) as { scenarios: { name: string; request: unknown }[] }).scenarios.map((s) => ({ file: f, ...s })));

/** What a reader must never see: a snake_case id, a request path, an interpretation key. */
export const INTERNAL_ID = /\b[a-z]+_[a-z_]+\b|\b(?:person|care)\.[A-Za-z]|interpretation:/;

export function internalIds(text: string): string[] {
  const g = new RegExp(INTERNAL_ID.source, 'g');
  return [...new Set(text.match(g) ?? [])];
}

test('no readable answer holds an internal id, in kk, ru or en, for any golden scenario', () => {
  const engine = engineForTests();
  const citer = citerFor(engine.corpus);
  assert.ok(scenarios.length > 200);
  const found: string[] = [];
  for (const s of scenarios) {
    const d = decide(engine, parseRequest(s.request));
    for (const lang of LANGS) {
      const text = explainDecision(localize(d, lang, { cite: (x, l) => citer.cite(x, l) }), lang);
      const ids = internalIds(text);
      if (ids.length) found.push(`${s.file} › ${s.name} [${lang}]: ${ids.join(', ')}`);
    }
  }
  assert.deepEqual(found, []);
});
