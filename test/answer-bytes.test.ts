// Every byte served for the golden scenarios and bench bodies (HTTP plain and ?explain=true, the CLI's
// `check` JSON and --explain text, batch lines with and without --trace; kk, ru, en) is what
// test/fixtures/answer-bytes.json recorded: work on the answer's path must not change an output byte.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { answerBytes } from './answer-bytes-support.js';

const file = fileURLToPath(new URL('../../test/fixtures/answer-bytes.json', import.meta.url));

test('the served bytes are the recorded ones, for every channel, language and variant', async () => {
  const expected = JSON.parse(readFileSync(file, 'utf8')) as Record<string, string>;
  const actual = await answerBytes();
  assert.ok(Object.keys(expected).length > 5000, 'the fixture covers the requests');
  const differ = Object.keys(expected).filter((k) => actual[k] !== expected[k]);
  const extra = Object.keys(actual).filter((k) => !(k in expected));
  assert.deepEqual({ differ: differ.slice(0, 20), count: differ.length, extra: extra.slice(0, 20) }, { differ: [], count: 0, extra: [] });
});
