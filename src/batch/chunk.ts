// A block of whole input rows in, its output lines and error lines out. The worker threads and the
// HTTP route both answer through here, so they give the same lines.
import { parse as parseCsv } from 'csv-parse/sync';
import { stringify as stringifyCsv } from 'csv-stringify/sync';
import type { Engine } from '../engine/index.js';
import { msg, render } from '../i18n/index.js';
import { answerRow, refuse, serializeLine, type AnswerOptions, type BatchLine } from './answer.js';
import { requestFromRecord, LIST_SEPARATOR, type Column } from './columns.js';
import { scanRows, type InputFormat } from './split.js';
import { BlockCounter, type Tally } from './summary.js';

export interface ChunkSetup {
  input: InputFormat;
  output: InputFormat;
  /** The CSV header's columns (CSV input only). */
  columns: Column[] | null;
  answer: AnswerOptions;
}

export interface Block {
  seq: number;
  /** The row number of the block's first row. */
  firstRow: number;
  /** How many rows the block holds (counted by the splitter). */
  rows: number;
  bytes: Uint8Array;
  /** The block is one row longer than the reader keeps in memory: refused without being read. */
  tooLong?: number;
}

export interface ChunkOut {
  seq: number;
  rows: number;
  refused: number;
  /** The output lines, each ending in a newline. */
  out: string;
  /** The FILE.errors.ndjson lines. */
  errors: string;
  tally: Tally;
}

const decoder = new TextDecoder();

/** The input rows of a block as values to validate, or the issue that makes a row unreadable. */
type RowInput = { value: unknown } | { issue: string };

/** An NDJSON line as the value to validate, or the issue that makes it unreadable. */
function jsonRow(line: string, lang: AnswerOptions['lang']): RowInput {
  try {
    return { value: JSON.parse(line) };
  } catch (e) {
    // The parser quotes the row's text in its message; that text may be someone's health data, so it is cut.
    const reason = (e as Error).message.replace(/, ".*" is not valid JSON$/s, '').replace(/^Unexpected token '.*?'/s, 'Unexpected token');
    return { issue: render(line.trim() === '' ? msg('cli.batch.emptyRow') : msg('cli.batch.badJson', { reason }), lang) };
  }
}

function recordRow(columns: Column[], record: string[], lang: AnswerOptions['lang']): RowInput {
  if (record.length === 1 && record[0]!.trim() === '' && columns.length > 1) return { issue: render(msg('cli.batch.emptyRow'), lang) };
  if (record.length !== columns.length) return { issue: render(msg('cli.batch.cellCount', { cells: record.length, columns: columns.length }), lang) };
  return { value: requestFromRecord(columns, record) };
}

const CSV_OPTIONS = { relax_column_count: true, skip_empty_lines: false } as const;

function csvRows(bytes: Uint8Array, rows: number, columns: Column[], lang: AnswerOptions['lang']): RowInput[] {
  try {
    const records = parseCsv(decoder.decode(bytes), CSV_OPTIONS) as string[][];
    if (records.length === rows) return records.map((r) => recordRow(columns, r, lang));
  } catch {
    // A malformed row somewhere in the block: parse row by row below, so only that row is refused.
  }
  const ends: number[] = [];
  scanRows(bytes, 'csv', 0, ends);
  if (ends.length < rows) ends.push(bytes.length);
  const out: RowInput[] = [];
  let start = 0;
  for (const end of ends.slice(0, rows)) {
    try {
      const records = parseCsv(decoder.decode(bytes.subarray(start, end)), CSV_OPTIONS) as string[][];
      out.push(records.length === 1 ? recordRow(columns, records[0]!, lang) : { issue: render(msg('cli.batch.emptyRow'), lang) });
    } catch (e) {
      out.push({ issue: render(msg('cli.batch.badCsv', { reason: (e as Error).message }), lang) });
    }
    start = end;
  }
  return out;
}

/** The CSV output's header, for these options. */
export function csvHeader(opts: AnswerOptions): string[] {
  return ['row', 'outcome', 'package', 'basis', 'missing', 'questions', 'refused', ...(opts.compareDate ? ['compare.date', 'compare.outcome', 'compare.package'] : []), ...(opts.trace ? ['trace'] : [])];
}

const questionText = (q: unknown): string => (typeof q === 'string' ? q : q && typeof q === 'object' && 'text' in q && typeof q.text === 'string' ? q.text : JSON.stringify(q));

function csvRecord(line: BatchLine, opts: AnswerOptions): (string | number)[] {
  const list = (xs: string[] | undefined) => (xs ?? []).join(LIST_SEPARATOR);
  const rec: (string | number)[] = [
    line.row,
    line.outcome ?? '',
    line.package ?? '',
    list(line.basis?.map((b) => `${b.act} ${b.point}`)),
    list(line.missing),
    list(line.questions?.map(questionText)),
    list(line.refused?.map((i) => `${i.path}: ${i.message}`)),
  ];
  if (opts.compareDate) rec.push(line.compare?.date ?? '', line.compare?.outcome ?? (line.compare?.refused ? 'refused' : ''), line.compare?.package ?? '');
  if (opts.trace) rec.push(line.trace ? JSON.stringify(line.trace) : '');
  return rec;
}

/** Answers every row of a block: each row is parsed, answered and written in one pass. */
export function answerBlock(engine: Engine, setup: ChunkSetup, block: Block): ChunkOut {
  const opts = setup.answer;
  const lang = opts.lang;
  const counter = new BlockCounter();
  const csvOut = setup.output === 'csv';
  const out: string[] = [];
  const csvLines: (string | number)[][] = [];
  const errors: string[] = [];
  const answer = (row: number, input: RowInput) => {
    const r = 'issue' in input ? refuse(row, [{ path: '(row)', message: input.issue }], counter) : answerRow(engine, opts, row, input.value, counter);
    if (csvOut) csvLines.push(csvRecord(r.line, opts));
    else out.push(serializeLine(r.line));
    if (r.refusal) errors.push(JSON.stringify(r.refusal));
  };
  if (block.tooLong) answer(block.firstRow, { issue: render(msg('cli.batch.rowTooLong', { bytes: block.tooLong }), lang) });
  else if (setup.input === 'csv') csvRows(block.bytes, block.rows, setup.columns ?? [], lang).forEach((input, i) => answer(block.firstRow + i, input));
  else {
    // Each line decoded on its own: an all-ASCII line stays a one-byte string, which JSON.parse reads faster.
    const bytes = Buffer.from(block.bytes.buffer, block.bytes.byteOffset, block.bytes.length);
    let start = 0;
    for (let i = 0; i < block.rows; i++) {
      const nl = bytes.indexOf(10, start);
      const end = nl === -1 ? bytes.length : nl;
      answer(block.firstRow + i, jsonRow(bytes.toString('utf8', start, end), lang));
      start = end + 1;
    }
  }
  const rows = csvOut ? csvLines.length : out.length;
  const text = csvOut ? stringifyCsv(csvLines) : out.length ? `${out.join('\n')}\n` : '';
  return { seq: block.seq, rows, refused: errors.length, out: text, errors: errors.length ? `${errors.join('\n')}\n` : '', tally: counter.tally() };
}
