// CSV for the ledger: usage out, bookings in. RFC 4180 quoting, header row required.
import type { UsageRow } from './ledger.js';

const cell = (v: unknown): string => {
  const s = v === null || v === undefined ? '' : String(v);
  return /[",\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
};

export const USAGE_COLUMNS = ['region', 'profile', 'cap', 'capChildren', 'capAdults', 'capRural', 'booked', 'admitted', 'used', 'remaining', 'percentUsed'] as const;

export function usageCsv(rows: UsageRow[]): string {
  return [USAGE_COLUMNS.join(','), ...rows.map((r) => USAGE_COLUMNS.map((c) => cell(r[c])).join(','))].join('\n') + '\n';
}

/** Parses CSV text into records keyed by the header. */
export function parseCsv(text: string): { header: string[]; rows: { line: number; values: Record<string, string> }[] } {
  const records: string[][] = [];
  const lines: number[] = [];
  let field = '';
  let record: string[] = [];
  let quoted = false;
  let line = 1;
  let start = 1;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else {
        if (ch === '\n') line++;
        field += ch;
      }
    } else if (ch === '"') quoted = true;
    else if (ch === ',') {
      record.push(field);
      field = '';
    } else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && text[i + 1] === '\n') i++;
      record.push(field);
      if (record.some((f) => f !== '')) {
        records.push(record);
        lines.push(start);
      }
      record = [];
      field = '';
      line++;
      start = line;
    } else field += ch;
  }
  record.push(field);
  if (record.some((f) => f !== '')) {
    records.push(record);
    lines.push(start);
  }
  const [header = [], ...body] = records;
  return {
    header: header.map((h) => h.trim()),
    rows: body.map((values, i) => ({ line: lines[i + 1]!, values: Object.fromEntries(header.map((h, j) => [h.trim(), (values[j] ?? '').trim()])) })),
  };
}
