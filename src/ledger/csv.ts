// CSV for the ledger: usage out, bookings in. RFC 4180 quoting, header row required.
import { parse } from 'csv-parse/sync';
import { KepilError, issue } from '../corpus/issues.js';
import type { UsageRow } from './ledger.js';
import { lmsg } from './text.js';

const cell = (v: unknown): string => {
  const s = v === null || v === undefined ? '' : String(v);
  return /[",\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
};

export const USAGE_COLUMNS = ['region', 'profile', 'cap', 'capChildren', 'capAdults', 'capRural', 'booked', 'admitted', 'used', 'remaining', 'percentUsed'] as const;

export function usageCsv(rows: UsageRow[]): string {
  return [USAGE_COLUMNS.join(','), ...rows.map((r) => USAGE_COLUMNS.map((c) => cell(r[c])).join(','))].join('\n') + '\n';
}

/** The rural values a file may hold, in the languages the registrars write in; anything else is refused. */
const BOOLEANS: Record<string, boolean> = {
  true: true, false: false, '1': true, '0': false, yes: true, no: false,
  иә: true, жоқ: false, да: true, нет: false,
};

/** A strict boolean cell: one of BOOLEANS (any case), or undefined for anything else. Empty is false. */
export function csvBoolean(value: string): boolean | undefined {
  const v = value.trim().toLowerCase();
  return v === '' ? false : BOOLEANS[v];
}

/**
 * Parses CSV text (RFC 4180, via csv-parse) into records keyed by the header, each with the line it
 * starts on. A quote inside an unquoted field, an unterminated quote or a row with more cells than the
 * header is an error naming the line, never a silent merge of rows.
 */
export function parseCsv(text: string): { header: string[]; rows: { line: number; values: Record<string, string> }[] } {
  let records: { record: string[]; info: { lines: number } }[];
  try {
    records = parse(text.replace(/^\uFEFF/, ''), { info: true, skip_empty_lines: true, relax_column_count_less: true, trim: true }) as unknown as typeof records;
  } catch (e) {
    const err = e as { lines?: number; message: string; code?: string };
        // csv-parse's reason is English; its code (e.g. CSV_INVALID_CLOSING_QUOTE) names it in any language.
    const m = lmsg('cli.csv.malformed', { line: err.lines ?? 0, reason: err.code ?? err.message });
    throw new KepilError('bad_request', m, [err.code ? { path: `line ${err.lines ?? 0}`, message: err.code } : issue(`line ${err.lines ?? 0}`, lmsg('cli.csv.malformedShort'))]);
  }
  const [head, ...body] = records;
  const header = (head?.record ?? []).map((h) => h.trim());
  return {
    header,
    // info.lines is the line a record ends on; a quoted field may span lines before it.
    rows: body.map(({ record, info }) => ({ line: info.lines - (record.join('').match(/\n/g)?.length ?? 0), values: Object.fromEntries(header.map((h, j) => [h, (record[j] ?? '').trim()])) })),
  };
}
