// The generated annex 1 file, built the same way by the script and by the test that checks it.
import type { z } from 'zod';
import { referenceFile, type annex1File, type Profile, type Region } from './schema.js';
import { messageOf, render } from '../i18n/index.js';
import { extractAnnex1, ALL_PROFILES } from './annex1.js';

export const PROGRAMME_ACT = 'programme-2026-2028';
export const PROGRAMME_SEED = '003_818f68c881cbfe56.txt';

function table<T>(read: (rel: string) => string, rel: string): T[] {
  return referenceFile.parse(JSON.parse(read(rel))).rows as T[];
}

/** `read` takes a path relative to data/. */
/** A row's doubt in the three languages, as the file keeps the data's prose (the extraction writes it in English). */
function prose(note: string): { en: string; kk: string; ru: string; translations: 'unofficial' } {
  const m = messageOf(note);
  return { en: note, kk: m ? render(m, 'kk') : note, ru: m ? render(m, 'ru') : note, translations: 'unofficial' };
}

export function buildAnnex1File(_dataDir: string, read: (rel: string) => string): { file: z.input<typeof annex1File>; problems: string[] } {
  const regions = table<Region>(read, 'reference/regions.json');
  const profiles = table<Profile>(read, 'reference/profiles.json');
  const { rows, problems } = extractAnnex1(read(`sources/${PROGRAMME_SEED}`), regions, profiles);
  return {
    file: {
      act: PROGRAMME_ACT,
      point: 'annex 1',
      generatedBy: 'scripts/extract-annex1.ts',
      allProfilesId: ALL_PROFILES,
      rows: rows.map(({ note, ...r }) => (note ? { ...r, note: prose(note) } : r)),
    },
    problems,
  };
}
