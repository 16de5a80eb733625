// The batch pipeline on the main thread: read the input in large blocks cut at row ends, hand the blocks
// to worker threads (one compiled engine each), write their answers back in input order, and tally.
// Memory stays bounded: at most `inFlight` blocks are out at a time and reading waits for the writer.
import { createReadStream, createWriteStream, openSync, statSync, type WriteStream } from 'node:fs';
import { Worker } from 'node:worker_threads';
import { parse as parseCsv } from 'csv-parse/sync';
import { stringify as stringifyCsv } from 'csv-stringify/sync';
import { KepilError } from '../corpus/issues.js';
import type { AnswerOptions } from './answer.js';
import { csvHeader, type Block, type ChunkOut, type ChunkSetup } from './chunk.js';
import { columnsFromHeader, type Column } from './columns.js';
import { hasContent, scanRows, type InputFormat } from './split.js';
import { badInput } from './errors.js';
import type { Lang } from '../i18n/index.js';
import { mergeTally, newTally, type Tally } from './summary.js';
import type { WorkerInit } from './worker.js';

export interface BatchRunOptions {
  input: string;
  output: string;
  workers: number;
  answer: AnswerOptions;
  dataDir: string | undefined;
  /** Called after each block is written: rows so far, input bytes read, input size (null if unknown). */
  onProgress?: (rows: number, bytesRead: number, bytesTotal: number | null) => void;
  /** Resolves when the run should stop early (Ctrl-C): rows already read are finished and written. */
  stop?: Promise<void>;
}

export interface BatchResult {
  rows: number;
  refused: number;
  interrupted: boolean;
  tally: Tally;
  errorsFile: string;
}

/** Bytes read from the input at a time; a block holds the whole rows among them (about a thousand). */
const READ_BYTES = 256 * 1024;
/** A row longer than this is refused without being kept in memory. */
export const MAX_ROW_BYTES = 1024 * 1024;
const BOM = [0xef, 0xbb, 0xbf];

export function formatOf(file: string): InputFormat | null {
  const f = file.toLowerCase();
  if (f.endsWith('.csv')) return 'csv';
  if (f.endsWith('.ndjson') || f.endsWith('.jsonl')) return 'ndjson';
  return null;
}

export const errorsFileFor = (output: string): string => `${output}.errors.ndjson`;

/** A pool of workers that answers blocks and hands the results back in block order. */
class OrderedPool {
  private readonly workers: Worker[] = [];
  private readonly load: number[] = [];
  private readonly ready = new Map<number, ChunkOut>();
  private next = 0;
  private failure: Error | null = null;
  private wake: (() => void) | null = null;

  constructor(count: number, init: WorkerInit, private readonly write: (r: ChunkOut) => void) {
    for (let i = 0; i < count; i++) {
      const w = new Worker(new URL('./worker.js', import.meta.url), { workerData: init });
      w.on('message', (r: ChunkOut) => {
        this.load[i]!--;
        this.ready.set(r.seq, r);
        this.flush();
      });
      w.on('error', (e) => this.fail(e));
      w.on('exit', (code) => code !== 0 && this.fail(new Error(`a batch worker stopped with code ${code}`)));
      this.workers.push(w);
      this.load.push(0);
    }
  }

  /** Blocks sent and not yet written. */
  outstanding(sent: number): number {
    return sent - this.next;
  }

  send(block: Block): void {
    let best = 0;
    for (let i = 1; i < this.load.length; i++) if (this.load[i]! < this.load[best]!) best = i;
    this.load[best]!++;
    this.workers[best]!.postMessage(block, [block.bytes.buffer as ArrayBuffer]);
  }

  /** Throws the error that stopped the run, if any. */
  check(): void {
    if (this.failure) throw this.failure;
  }

  /** Wakes a waiting `settle` (Ctrl-C). */
  interrupt(): void {
    this.wake?.();
  }

  /** Waits until something was written, a worker failed, `interrupt` was called, or `extra` (a drain) fired. */
  async settle(extra?: Promise<unknown>): Promise<void> {
    if (this.failure) throw this.failure;
    await Promise.race([new Promise<void>((resolve) => (this.wake = resolve)), ...(extra ? [extra] : [])]);
    if (this.failure) throw this.failure;
  }

  private flush(): void {
    for (let r = this.ready.get(this.next); r; r = this.ready.get(this.next)) {
      this.ready.delete(this.next++);
      this.write(r);
    }
    this.wake?.();
  }

  /** Stops the run with this error (a worker crashed, or an output cannot be written). */
  fail(e: Error): void {
    this.failure ??= e;
    this.wake?.();
  }

  async close(): Promise<void> {
    this.workers.forEach((w) => w.removeAllListeners('exit'));
    await Promise.all(this.workers.map((w) => w.terminate()));
  }
}

/** Reads the CSV header (the first row): the columns, and the bytes after it. */
async function readHeader(first: Buffer, next: () => Promise<Buffer | null>, lang: Lang): Promise<{ columns: Column[]; rest: Buffer }> {
  let buf = first;
  for (;;) {
    const ends: number[] = [];
    scanRows(buf, 'csv', 0, ends);
    const more = ends.length === 0 && buf.length <= MAX_ROW_BYTES ? await next() : null;
    if (more) {
      buf = Buffer.concat([buf, more]);
      continue;
    }
    const cut = ends[0] ?? buf.length;
    if (!hasContent(buf.subarray(0, cut))) throw badInput('in', 'cli.batch.noHeader', undefined, lang);
    const header = (parseCsv(buf.subarray(0, cut).toString('utf8'), { relax_column_count: true }) as string[][])[0] ?? [];
    return { columns: columnsFromHeader(header, lang), rest: buf.subarray(cut) };
  }
}

function stripBom(buf: Buffer): Buffer {
  return buf.length >= 3 && buf[0] === BOM[0] && buf[1] === BOM[1] && buf[2] === BOM[2] ? buf.subarray(3) : buf;
}

/** Opens an output now, so a path that cannot be written is a bad argument before any work. */
function openOutput(path: string, field: string, lang: Lang): WriteStream {
  try {
    return createWriteStream(path, { fd: openSync(path, 'w') });
  } catch (e) {
    throw badInput(field, 'cli.batch.cannotWrite', { file: path, reason: (e as Error).message }, lang);
  }
}

async function closeStream(s: WriteStream): Promise<void> {
  // 'close' follows an error too; the error itself reaches the pool through the stream's listener.
  if (!s.closed) await new Promise<void>((resolve) => s.end(() => resolve()).once('close', () => resolve()));
}

export async function runBatch(o: BatchRunOptions): Promise<BatchResult> {
  const lang = o.answer.lang;
  const input = formatOf(o.input);
  const output = formatOf(o.output);
  if (!input || !output) throw badInput(input ? 'out' : 'in', 'cli.batch.badExtension', { option: input ? 'out' : 'in' }, lang);
  let total: number | null = null;
  try {
    const st = statSync(o.input);
    total = st.isFile() ? st.size : null;
  } catch (e) {
    throw badInput('in', 'cli.batch.cannotRead', { file: o.input, reason: (e as Error).message }, lang);
  }

  const stream = createReadStream(o.input, { highWaterMark: READ_BYTES });
  const chunks = stream[Symbol.asyncIterator]() as AsyncIterator<Buffer>;
  let bytesRead = 0;
  const next = async (): Promise<Buffer | null> => {
    const r = await chunks.next();
    if (r.done) return null;
    bytesRead += r.value.length;
    return r.value;
  };
  // The first bytes: a BOM is dropped; a CSV's header gives the columns before any output is opened.
  let pending: Buffer;
  let columns: Column[] | null = null;
  try {
    pending = stripBom((await next()) ?? Buffer.alloc(0));
    if (input === 'csv') ({ columns, rest: pending } = await readHeader(pending, next, lang));
  } catch (e) {
    stream.destroy();
    if (e instanceof KepilError) throw e;
    throw badInput('in', 'cli.batch.cannotRead', { file: o.input, reason: (e as Error).message }, lang);
  }

  const setup: ChunkSetup = { input, output, columns, answer: o.answer };
  const out = openOutput(o.output, 'out', lang);
  const errorsFile = errorsFileFor(o.output);
  const errors = openOutput(errorsFile, 'out', lang);
  if (output === 'csv') out.write(stringifyCsv([csvHeader(o.answer)]));

  const tally = newTally();
  let written = 0;
  let refused = 0;
  const pool = new OrderedPool(o.workers, { dataDir: o.dataDir, setup }, (r) => {
    out.write(r.out);
    if (r.errors) errors.write(r.errors);
    mergeTally(tally, r.tally);
    written += r.rows;
    refused += r.refused;
    o.onProgress?.(written, bytesRead, total);
  });

  for (const s of [out, errors]) s.on('error', (e) => pool.fail(e));
  let stopped = false;
  void o.stop?.then(() => {
    stopped = true;
    pool.interrupt();
  });
  let drain: Promise<unknown> | null = null;
  let seq = 0;
  let nextRow = 1;
  const inFlight = o.workers * 4;
  const send = async (bytes: Uint8Array, rows: number, tooLong?: number): Promise<void> => {
    while (!stopped && (pool.outstanding(seq) >= inFlight || out.writableNeedDrain)) {
      // Never rejects: a write error reaches the pool through the stream's error listener.
      if (out.writableNeedDrain) drain ??= new Promise<void>((resolve) => out.once('drain', () => ((drain = null), resolve())));
      await pool.settle(out.writableNeedDrain ? drain! : undefined);
    }
    if (stopped) return;
    // A copy of its own, so the block's memory moves to the worker instead of being cloned.
    pool.send({ seq: seq++, firstRow: nextRow, rows, bytes: new Uint8Array(bytes), ...(tooLong ? { tooLong } : {}) });
    nextRow += rows;
  };

  /** Sends the whole rows in `pending` (all of it at the end); an over-long row is skipped to its newline. */
  let skipping = 0;
  const feed = async (chunk: Buffer | null): Promise<void> => {
    if (chunk?.length) pending = pending.length ? Buffer.concat([pending, chunk]) : chunk;
    if (skipping) {
      const nl = pending.indexOf(10);
      if (nl === -1 && chunk) {
        skipping += pending.length;
        pending = Buffer.alloc(0);
        return;
      }
      await send(new Uint8Array(0), 1, skipping + (nl === -1 ? pending.length : nl));
      pending = nl === -1 ? Buffer.alloc(0) : pending.subarray(nl + 1);
      skipping = 0;
    }
    const scan = scanRows(pending, input);
    if (scan.rows > 0) {
      await send(pending.subarray(0, scan.end), scan.rows);
      pending = pending.subarray(scan.end);
    }
    if (!chunk) {
      if (hasContent(pending)) await send(pending, 1);
      pending = Buffer.alloc(0);
    } else if (pending.length > MAX_ROW_BYTES) {
      skipping = pending.length;
      pending = Buffer.alloc(0);
    }
  };

  try {
    await feed(Buffer.alloc(0));
    // Reads are short, so Ctrl-C is seen between two reads or while waiting for a worker.
    while (!stopped) {
      const chunk = await next();
      if (stopped) break;
      await feed(chunk);
      if (chunk === null) break;
    }
    // Whatever was sent is finished and written, so the output ends with a whole row.
    while (pool.outstanding(seq) > 0) await pool.settle();
  } finally {
    stream.destroy();
    await pool.close();
    await Promise.all([closeStream(out), closeStream(errors)]);
  }
  pool.check();
  return { rows: written, refused, interrupted: stopped, tally, errorsFile };
}
