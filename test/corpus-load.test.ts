import { test } from 'node:test';
import assert from 'node:assert/strict';
import { cpSync, mkdtempSync, readFileSync, writeFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadRawCorpus, defaultDataDir } from '../src/corpus/loader.js';
import { KepilError } from '../src/corpus/issues.js';
import { corpusForTests, cli } from './support.js';

test('every data file validates against the schema', () => {
  const corpus = corpusForTests();
  assert.ok(corpus.acts.size >= 11, `expected at least 11 acts, got ${corpus.acts.size}`);
  assert.match(corpus.version, /^[0-9a-f]{16}$/);
});

test('an invalid file is refused with a message naming the file and the path inside it', () => {
  const dir = mkdtempSync(join(tmpdir(), 'kepil-data-'));
  try {
    cpSync(defaultDataDir(), dir, { recursive: true });
    const file = join(dir, 'acts', 'mangystau-9-112.json');
    const act = JSON.parse(readFileSync(file, 'utf8'));
    act.content.list.rows[2].population.category = 'everyone';
    delete act.content.list.rows[4].source.quote;
    writeFileSync(file, JSON.stringify(act));
    assert.throws(
      () => loadRawCorpus(dir),
      (e: unknown) => {
        assert.ok(e instanceof KepilError);
        const paths = e.issues.map((i) => i.path);
        assert.ok(paths.includes('data/acts/mangystau-9-112.json#content.list.rows[2].population.category'), paths.join('\n'));
        assert.ok(paths.includes('data/acts/mangystau-9-112.json#content.list.rows[4].source.quote'), paths.join('\n'));
        return true;
      },
    );
    const r = cli(['corpus', 'check', '--data', dir]);
    assert.equal(r.status, 1);
    assert.match(r.stdout, /mangystau-9-112\.json#content\.list\.rows\[2\]\.population\.category/);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('a file that is not JSON is refused by name', () => {
  const dir = mkdtempSync(join(tmpdir(), 'kepil-data-'));
  try {
    cpSync(defaultDataDir(), dir, { recursive: true });
    writeFileSync(join(dir, 'reference', 'regions.json'), '{ "table": "regions", ');
    assert.throws(() => loadRawCorpus(dir), (e: unknown) => e instanceof KepilError && e.issues.some((i) => i.path === 'data/reference/regions.json' && /not valid JSON/.test(i.message)));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
