// The generated annex 1 file, built the same way by the script and by the test that checks it.
import { referenceFile, type Annex1File, type Profile, type Region } from './schema.js';
import { extractAnnex1, ALL_PROFILES } from './annex1.js';

export const PROGRAMME_ACT = 'programme-2026-2028';
export const PROGRAMME_SEED = '003_818f68c881cbfe56.txt';

function table<T>(read: (rel: string) => string, rel: string): T[] {
  return referenceFile.parse(JSON.parse(read(rel))).rows as T[];
}

/** `read` takes a path relative to data/. */
export function buildAnnex1File(_dataDir: string, read: (rel: string) => string): { file: Annex1File; problems: string[] } {
  const regions = table<Region>(read, 'reference/regions.json');
  const profiles = table<Profile>(read, 'reference/profiles.json');
  const { rows, problems } = extractAnnex1(read(`sources/${PROGRAMME_SEED}`), regions, profiles);
  return {
    file: {
      act: PROGRAMME_ACT,
      point: 'annex 1',
      generatedBy: 'scripts/extract-annex1.ts',
      allProfilesId: ALL_PROFILES,
      rows,
    },
    problems,
  };
}
