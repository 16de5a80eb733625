// The published text as the importer reads it: lines numbered as the file numbers them, page
// furniture blanked (not removed, so line numbers stay the file's), and blocks of lines between blank
// lines. A PDF-to-text export puts each table cell in its own block; two or more blank lines mark a
// page break, where cells of one row can spill into the next (../shared/docs/domain.md).
import { KepilError, issue } from '../issues.js';
import { msg } from '../../i18n/index.js';
import { unspace } from '../match.js';

export type TextLang = 'kk' | 'ru';

export interface Block {
  /** 1-based line of the block's first line. */
  line: number;
  lines: string[];
  /** Two or more blank lines (a page break) precede the block. */
  afterBreak: boolean;
}

export interface ImportText {
  lines: string[];
  lang: TextLang;
}

/** A bad input: exit 2 with the line it failed on (0 where it is the whole file). */
export function importError(id: string, line: number, params: Record<string, string | number> = {}): KepilError {
  const m = msg(id, { where: line > 0 ? msg('import.where.line', { line }) : msg('import.where.file'), ...params });
  return new KepilError('bad_request', m, [issue(line > 0 ? `line ${line}` : 'file', m)]);
}

// Page furniture an export repeats on every page: page numbers, the portal's address and print date.
const FURNITURE = [
  /^\s*(?:стр\.?|страница|бет)\s*\d+(?:\s*(?:из|\/)\s*\d+)?\s*$/i,
  /^\s*\d+\s*(?:\/|из)\s*\d+\s*$/,
  /^\s*https?:\/\/\S+\s*$/i,
  /^\s*(?:ИПС|ИС|АҚЖ)\s+«?(?:Әділет|Әдiлет|Адилет)»?.*$/i,
  /^\s*(?:Дата печати|Басып шығару күні)\b.*$/i,
];

const KAZAKH_LETTERS = /[әғқңөұүһі]/giu;

/** Refuses an empty or binary file; returns the text's lines with page furniture blanked. */
export function readImportText(bytes: Uint8Array): ImportText {
  if (bytes.length === 0) throw importError('import.error.empty', 0);
  const nul = bytes.indexOf(0);
  if (nul >= 0) throw importError('import.error.binary', lineAt(bytes, nul));
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw importError('import.error.binary', 0);
  }
  text = text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  if (text.trim().length === 0) throw importError('import.error.empty', 0);
  const lines = text.split('\n').map((l) => (FURNITURE.some((re) => re.test(l)) ? '' : l.replace(/\u00a0/g, ' ')));
  const kazakh = (text.match(KAZAKH_LETTERS) ?? []).length;
  const letters = (text.match(/\p{L}/gu) ?? []).length;
  return { lines, lang: kazakh > letters / 200 ? 'kk' : 'ru' };
}

function lineAt(bytes: Uint8Array, offset: number): number {
  let n = 1;
  for (let i = 0; i < offset; i++) if (bytes[i] === 10) n++;
  return n;
}

/** The blocks of lines [from, to) (0-based indices), split at blank lines. */
export function blocksOf(lines: string[], from: number, to: number): Block[] {
  const out: Block[] = [];
  let blank = 0;
  let cur: Block | undefined;
  for (let i = from; i < to; i++) {
    const l = lines[i]!;
    if (l.trim() === '') {
      if (cur) out.push(cur);
      cur = undefined;
      blank++;
      continue;
    }
    if (!cur) cur = { line: i + 1, lines: [], afterBreak: blank >= 2 };
    cur.lines.push(l);
    blank = 0;
  }
  if (cur) out.push(cur);
  return out;
}

/**
 * A cell's text as a reader would print it: lines joined, letter-spacing ("Б у л л а л ы") and
 * broken words ("тромбоцитопениялы / қ", "көтералмау-шылық") mended. Used for values; quotes keep
 * the printed text, which the corpus check folds the same way.
 */
export function cellText(raw: string, lang: TextLang): string {
  let s = raw;
  // A word cut at a line end with its last letter on the next line (Kazakh texts only: Russian has
  // one-letter words).
  if (lang === 'kk') s = s.replace(/(\p{Ll})\n(\p{Ll})(?=[,.;)]|\s(?!\p{L}(?:\s|$))|$)/gu, '$1$2');
  s = s.replace(/\s*\n\s*/g, ' ').replace(/[ \t]+/g, ' ').trim();
  s = unspace(s);
  // A hyphen left by a line break inside a word: a suffix after it (Трахеостомия-лық), or a lower-case word.
  if (lang === 'kk') s = s.replace(/(?<=(?:^|[\s(])(\p{L})\p{L}*)-(\p{Ll}+)/gu, (m, first: string, after: string, offset: number, all: string) => {
    const before = all.slice(0, offset).split(/[\s(]/).pop() ?? '';
    const lowerWord = first === first.toLowerCase();
    return (lowerWord && !/\d/.test(before)) || (after.length <= 4 && before.length >= 6) ? after : m;
  });
  return s.replace(/\(\s+/g, '(').replace(/\s+\)/g, ')').replace(/\s+,/g, ',').trim();
}

/** The printed text of a cell, on one line: what a quote holds. */
export function quoteText(raw: string): string {
  return raw.replace(/\s+/g, ' ').trim();
}
