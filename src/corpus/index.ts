// The corpus module's public face: load once, then ask.
import { loadRawCorpus, defaultDataDir } from './loader.js';
import { buildCorpus, type Corpus } from './corpus.js';

export function loadCorpus(dataDir = defaultDataDir()): Corpus {
  return buildCorpus(loadRawCorpus(dataDir));
}

export type { Corpus } from './corpus.js';
export { KepilError, type Issue } from './issues.js';
export * from './queries.js';
export { checkCorpus } from './check.js';
export { actInForce, reached, type DateStatus } from './validity.js';
