// Batch I/O: each line is written by the compiled serializer exactly as JSON.stringify writes it (so the
// output's bytes do not depend on which wrote them), for every kind of line: answered, refused, with a
// compare date and with the trace; and rows are validated by the compiled validator with zod's verdicts.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { corpusForTests } from './support.js';
import { engineForTests } from './app-support.js';
import { requestSchema } from '../src/engine/index.js';
import { synthRequests } from '../src/batch/synth.js';
import { answerRow, serializeLine } from '../src/batch/answer.js';
import { BlockCounter } from '../src/batch/summary.js';

const rows: unknown[] = [...synthRequests(corpusForTests(), { rows: 400, seed: 5, date: '2026-05-01' })];
// Rows zod refuses: a bad date, an unknown field, a birth after the date, not an object at all.
rows.push({ date: '2026-02-30', person: {}, care: { type: 'phc' } }, { date: '2026-05-01', person: { x: 1 }, care: { type: 'phc' } }, { date: '2026-05-01', person: { birthDate: '2027-01-01' }, care: { type: 'phc' } }, [1, 2], 'text', null);

test('every kind of batch line is written byte for byte as JSON.stringify writes it', () => {
  const engine = engineForTests();
  const kinds = new Set<string>();
  for (const opts of [{ trace: false, lang: 'kk' as const }, { trace: true, lang: 'ru' as const, compareDate: '2019-01-01' }, { trace: false, lang: 'en' as const, date: '2024-06-01', compareDate: '2026-11-25' }]) {
    rows.forEach((row, i) => {
      const { line } = answerRow(engine, opts, i + 1, row, new BlockCounter());
      for (const k of Object.keys(line)) kinds.add(k);
      assert.equal(serializeLine(line), JSON.stringify(line), `row ${i + 1}`);
    });
  }
  // Every field of the line schema was written at least once.
  assert.deepEqual([...kinds].sort(), ['basis', 'compare', 'missing', 'outcome', 'package', 'questions', 'refused', 'row', 'trace']);
});

test('a row is refused exactly when zod refuses it, naming the same fields', () => {
  const engine = engineForTests();
  rows.forEach((row, i) => {
    const { line } = answerRow(engine, { trace: false, lang: 'en' }, i + 1, row, new BlockCounter());
    const zod = requestSchema.safeParse(row);
    assert.equal(line.refused === undefined, zod.success, `row ${i + 1}`);
    if (!zod.success) assert.ok(line.refused!.length > 0 && line.refused!.every((x) => zod.error.issues.some((z) => x.path === '(row)' || x.path.startsWith(String(z.path[0])))), JSON.stringify(line.refused));
  });
});
