// Shared by the tests: the corpus loaded once per test process, and a CLI runner.
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { loadCorpus, type Corpus } from '../src/corpus/index.js';

let corpus: Corpus | undefined;
export function corpusForTests(): Corpus {
  corpus ??= loadCorpus();
  return corpus;
}

const BIN = fileURLToPath(new URL('../../bin/kepil.js', import.meta.url));

export function cli(args: string[], input?: string, env: NodeJS.ProcessEnv = {}): { status: number | null; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, [BIN, ...args], { input, encoding: 'utf8', env: { ...process.env, ...env } });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}
