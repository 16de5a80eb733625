// A cited quote extended to the whole clause it sits in, verbatim from the act's text. Quotes in the
// data are short fragments a test can find; a reader needs the clause ("…, 4) …;"), not a fragment.
import { foldForQuote } from './normalize.js';

const MAX_CLAUSE = 700;

/** The text folded as foldForQuote folds it, with each kept character's index in the original. */
function foldWithIndex(text: string): { folded: string; at: number[] } {
  const at: number[] = [];
  let folded = '';
  const src = text.normalize('NFC');
  for (let i = 0; i < src.length; i++) {
    const f = foldForQuote(src[i]!);
    for (const ch of f) {
      folded += ch;
      at.push(i);
    }
  }
  return { folded, at };
}

/** A clause ends at ";" or at a sentence's "." (not "33.4"), or at a blank line. */
function isEnd(text: string, i: number): boolean {
  const c = text[i];
  const next = text[i + 1] ?? '\n';
  if (c === ';') return true;
  if (c === '.' || c === ':') return /\s/.test(next) && !/\d/.test(text[i - 1] ?? '');
  return c === '\n' && next === '\n';
}

/** A clause starts after an end, or at a numbered item ("62. ", "4) ") on its own line. */
function startBefore(text: string, from: number): number {
  for (let i = from - 1; i >= 0; i--) {
    if (isEnd(text, i)) return i + 1;
    if (text[i] === '\n' && /^\s*\d+(\.\d+)*[.)]\s/.test(text.slice(i + 1, i + 12))) return i + 1;
  }
  return 0;
}

function endAfter(text: string, from: number): number {
  for (let i = from; i < text.length; i++) if (isEnd(text, i)) return i + 1;
  return text.length;
}

/** Joins the export's broken lines and hyphenated words. */
function tidy(s: string): string {
  return s.replace(/(\p{L})-\s*\n\s*(\p{L})/gu, '$1$2').replace(/\s+/g, ' ').trim();
}

export class ClauseFinder {
  private readonly cache = new Map<string, { folded: string; at: number[]; text: string }>();
  private readonly memo = new Map<string, string>();

  constructor(private readonly textOf: (act: string) => string | undefined) {}

  /** The whole clause around `quote` in `act`'s text; the quote itself where it cannot be placed. */
  clause(act: string, quote: string): string {
    const key = `${act}\u0000${quote}`;
    const hit = this.memo.get(key);
    if (hit !== undefined) return hit;
    const result = this.find(act, quote);
    this.memo.set(key, result);
    return result;
  }

  private find(act: string, quote: string): string {
    let entry = this.cache.get(act);
    if (!entry) {
      const text = this.textOf(act);
      if (text === undefined) return quote;
      entry = { ...foldWithIndex(text), text: text.normalize('NFC') };
      this.cache.set(act, entry);
    }
    const q = foldForQuote(quote);
    const pos = q ? entry.folded.indexOf(q) : -1;
    if (pos < 0) return quote;
    const from = entry.at[pos]!;
    const to = entry.at[pos + q.length - 1]! + 1;
    const start = startBefore(entry.text, from);
    const end = endAfter(entry.text, to);
    const clause = tidy(entry.text.slice(start, end));
    if (clause.length > MAX_CLAUSE || clause.length < quote.length) return quote;
    return clause;
  }
}
