// Where rows end in a block of input bytes. The main thread only cuts blocks at row ends and counts
// rows (so each block knows its first row number); the workers parse. For CSV a newline inside a
// quoted cell does not end a row: by RFC 4180 a quote inside a quoted cell is doubled, so the count of
// quotes before a newline tells whether it is inside quotes.
const NL = 10;
const QUOTE = 34;

export type InputFormat = 'ndjson' | 'csv';

export interface Scan {
  /** Row ends found (each a newline outside quotes). */
  rows: number;
  /** Index just after the last row end, or 0 when there is none. */
  end: number;
  /** Whether the bytes after `end` start inside a quoted cell. */
  inQuote: boolean;
}

/** Scans `buf` from `from`, starting outside quotes; `ends`, when given, receives each row end's index + 1. */
export function scanRows(buf: Uint8Array, format: InputFormat, from = 0, ends?: number[]): Scan {
  let rows = 0;
  let end = 0;
  // Fast path: NDJSON, or CSV without a single quote, needs only the native newline search.
  if (format === 'ndjson' || buf.indexOf(QUOTE, from) === -1) {
    for (let i = buf.indexOf(NL, from); i !== -1; i = buf.indexOf(NL, i + 1)) {
      rows++;
      end = i + 1;
      ends?.push(end);
    }
    return { rows, end, inQuote: false };
  }
  let inQuote = false;
  for (let i = from; i < buf.length; i++) {
    const b = buf[i];
    if (b === QUOTE) inQuote = !inQuote;
    else if (b === NL && !inQuote) {
      rows++;
      end = i + 1;
      ends?.push(end);
    }
  }
  return { rows, end, inQuote };
}

/** Whether the bytes hold anything but whitespace (a last row without a final newline). */
export function hasContent(buf: Uint8Array, from = 0): boolean {
  for (let i = from; i < buf.length; i++) {
    const b = buf[i];
    if (b !== 32 && b !== 9 && b !== 10 && b !== 13) return true;
  }
  return false;
}
