// `kepil act import`: a maslikhat decision's published text → a draft act file. Pure: the caller
// reads the file and writes the draft; nothing here touches the disk.
import type { Region, ReviewEntry } from '../schema.js';
import { readImportText, blocksOf, quoteText, cellText, importError } from './text.js';
import { Doc, readHeader, readRepealed } from './header.js';
import { findAnnexes, readAnnex, type Annex } from './annex.js';
import { buildDraft } from './draft.js';

export { actIdFor } from './draft.js';
export type { Annex, ParsedRow } from './annex.js';

export interface ImportOptions {
  regions: Region[];
  /** The region id, where the text's issuer does not name it plainly. */
  region?: string;
  /** The source file's name under data/sources/. */
  seed: string;
  /** Act ids the corpus already holds. */
  knownActs: ReadonlySet<string>;
}

export interface ImportResult {
  /** The draft act file's content. */
  act: Record<string, unknown> & { id: string };
  review: ReviewEntry[];
  /** The annex the list was read from. */
  annex: Annex | null;
  lang: 'kk' | 'ru';
}

export function importAct(bytes: Uint8Array, opts: ImportOptions): ImportResult {
  const text = readImportText(bytes);
  const doc = new Doc(text.lines, text.lang);
  const header = readHeader(doc, opts.regions, opts.region);
  const markers = findAnnexes(doc);
  const endOf = (k: number): number => {
    const next = markers[k + 1];
    if (!next) return doc.lines.length;
    // The next annex's address block ("… мәслихатының … шешіміне") sits just above its marker.
    let end = next.markerLine;
    while (end > markers[k]!.markerLine + 1 && !/^\s*$/.test(doc.lines[end - 1]!) && end > next.markerLine - 6) end--;
    return end;
  };
  let annex: Annex | null = null;
  let lastError: unknown = null;
  for (let k = 0; k < markers.length && !annex; k++) {
    if (header.repealsAnnex && markers[k]!.number === header.repealsAnnex) continue;
    try {
      annex = readAnnex(doc, markers[k]!, endOf(k));
    } catch (e) {
      lastError = e;
    }
  }
  if (!annex) {
    if (lastError) throw lastError;
    throw importError('import.error.noAnnex', header.decision.line);
  }
  if (annex.rows.length === 0) throw importError('import.error.unaligned', annex.heading.line);
  let repealsText: { text: string; offset: number } | null = null;
  if (header.repealsAnnex) {
    const k = markers.findIndex((m) => m.number === header.repealsAnnex);
    if (k >= 0) {
      const from = markers[k]!.markerLine + 1;
      const offset = doc.lines.slice(0, from).reduce((n, l) => n + l.length + 1, 0);
      repealsText = { text: doc.lines.slice(from, endOf(k)).join('\n'), offset };
    }
  }
  const first = blocksOf(doc.lines, 0, doc.lines.length)[0]!;
  const titleRaw = first.lines.join('\n');
  const title = { value: cellText(titleRaw, text.lang), quote: quoteText(titleRaw), line: first.line };
  const { act, review } = buildDraft({ header, annex, repealed: readRepealed(doc, header, repealsText), lang: text.lang, seed: opts.seed, title, knownActs: opts.knownActs });
  return { act: act as ImportResult['act'], review, annex, lang: text.lang };
}
