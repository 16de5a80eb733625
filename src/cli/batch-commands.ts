// `kepil batch`: a population file in, one answer per row out, over every core; and `kepil synth`,
// the seeded synthetic populations the tests and the bench feed it.
import type { Command } from 'commander';
import { availableParallelism } from 'node:os';
import { createWriteStream, realpathSync, writeFileSync, existsSync } from 'node:fs';
import { once } from 'node:events';
import { stringify as stringifyCsv } from 'csv-stringify/sync';
import { badInput } from '../batch/errors.js';
import { config } from '../config.js';
import { DEFAULT_LANG, isLang, msg, render, type Lang } from '../i18n/index.js';
import { runBatch, formatOf } from '../batch/run.js';
import { summaryJson, type Summary } from '../batch/summary.js';
import { synthRequests } from '../batch/synth.js';
import { allColumns, recordFromRequest } from '../batch/columns.js';
import { dateOption } from './options.js';
import { getCorpus } from './options.js';
import { table } from './render.js';
import { Progress } from './progress.js';

const MAX_WORKERS = 256;
const TABLE_TOP = 20;

/** Exit codes: 0 every row decided, 3 some refused, 2 bad arguments, 130 interrupted. */
export const EXIT_REFUSED = 3;
export const EXIT_INTERRUPTED = 130;

interface BatchOpts {
  in: string;
  out: string;
  summary?: string;
  lang?: string;
  workers?: string;
  date?: string;
  compareDate?: string;
  trace?: boolean;
  quiet?: boolean;
}

function langArg(value: string | undefined): Lang {
  if (value === undefined) return DEFAULT_LANG;
  if (isLang(value)) return value;
  throw badInput('lang', 'cli.batch.badLang', { value }, DEFAULT_LANG);
}

function workersArg(value: string | undefined, lang: Lang): number {
  if (value === undefined) return availableParallelism();
  const n = Number(value);
  if (!/^\d+$/.test(value) || n < 1 || n > MAX_WORKERS) throw badInput('workers', 'cli.batch.workers', { max: MAX_WORKERS }, lang);
  return n;
}

function sameFile(a: string, b: string): boolean {
  try {
    return existsSync(b) && realpathSync(a) === realpathSync(b);
  } catch {
    return false;
  }
}

/** The summary as tables for the terminal, headings in `lang`. */
export function summaryTables(s: Summary, lang: Lang): string {
  const t = (id: string, params?: Record<string, string | number>) => render(msg(id, params), lang);
  const col = (id: string) => t(`cli.batch.col.${id}`);
  const share = (n: number) => (s.rows ? `${((100 * n) / s.rows).toFixed(1)}%` : '—');
  const section = (heading: string, rows: Record<string, unknown>[], columns: string[]) => (rows.length ? `${heading}\n${table(rows, columns)}\n` : '');
  const parts = [
    section(t('cli.batch.summary.outcomes'), Object.entries(s.outcomes).map(([o, n]) => ({ [col('outcome')]: o, [col('rows')]: n, [col('share')]: share(n) })), [col('outcome'), col('rows'), col('share')]),
    section(
      t('cli.batch.summary.counts', { n: TABLE_TOP }),
      s.counts.slice(0, TABLE_TOP).map((c) => ({ [col('outcome')]: c.outcome, [col('package')]: c.package, [col('region')]: c.region, [col('careType')]: c.careType, [col('rows')]: c.rows })),
      [col('outcome'), col('package'), col('region'), col('careType'), col('rows')],
    ),
    section(t('cli.batch.summary.missing'), s.missing.map((m) => ({ [col('kind')]: m.kind, [col('id')]: m.id, [col('rows')]: m.rows })), [col('kind'), col('id'), col('rows')]),
    section(t('cli.batch.summary.cited'), s.cited.map((c) => ({ [col('act')]: c.act, [col('point')]: c.point, [col('rows')]: c.rows })), [col('act'), col('point'), col('rows')]),
    section(t('cli.batch.summary.refused'), s.refusedFields.map((f) => ({ [col('field')]: f.field, [col('rows')]: f.rows })), [col('field'), col('rows')]),
  ];
  if (s.changes && s.compareDate) {
    const side = (x: { outcome: string; package: string | null }) => `${x.outcome}${x.package ? ` (${x.package})` : ''}`;
    parts.push(
      `${t('cli.batch.summary.changes', { date: s.compareDate, rows: s.changes.rows })}\n` +
        (s.changes.transitions.length ? `${table(s.changes.transitions.map((x) => ({ [col('from')]: side(x.from), [col('to')]: side(x.to), [col('rows')]: x.rows })), [col('from'), col('to'), col('rows')])}\n` : ''),
    );
  }
  return parts.filter(Boolean).join('\n');
}

async function batch(o: BatchOpts): Promise<void> {
  const lang = langArg(o.lang);
  const workers = workersArg(o.workers, lang);
  const date = o.date === undefined ? undefined : dateOption(o.date, 'date');
  const compareDate = o.compareDate === undefined ? undefined : dateOption(o.compareDate, 'compare-date');
  if (!formatOf(o.in)) throw badInput('in', 'cli.batch.badExtension', { option: 'in' }, lang);
  if (!formatOf(o.out)) throw badInput('out', 'cli.batch.badExtension', { option: 'out' }, lang);
  if (!existsSync(o.in)) throw badInput('in', 'cli.batch.cannotRead', { file: o.in, reason: 'ENOENT' }, lang);
  if (sameFile(o.in, o.out)) throw badInput('out', 'cli.batch.sameFile', undefined, lang);
  const corpus = getCorpus();

  // Ctrl-C: stop reading, finish and write the rows already read, then exit 130; a second Ctrl-C exits at once.
  let onSignal: () => void = () => {};
  const stop = new Promise<void>((resolve) => (onSignal = resolve));
  const handler = () => {
    process.off('SIGINT', handler);
    process.once('SIGINT', () => process.exit(EXIT_INTERRUPTED));
    onSignal();
  };
  process.on('SIGINT', handler);

  const progress = new Progress(lang, !o.quiet && process.stderr.isTTY === true);
  const started = performance.now();
  let result;
  try {
    result = await runBatch({
      input: o.in,
      output: o.out,
      workers,
      answer: { date, compareDate, trace: o.trace === true, lang },
      dataDir: config().KEPIL_DATA_DIR,
      onProgress: (rows, read, total) => progress.update(rows, read, total),
      stop,
    });
  } finally {
    process.off('SIGINT', handler);
    progress.done();
  }
  const seconds = (performance.now() - started) / 1000;
  const summary = summaryJson(result.tally, { datasetVersion: corpus.version, input: o.in, date: date ?? null, compareDate: compareDate ?? null, interrupted: result.interrupted, seconds: Number(seconds.toFixed(3)) });
  if (o.summary) writeFileSync(o.summary, `${JSON.stringify(summary, null, 2)}\n`);
  process.stdout.write(summaryTables(summary, lang));
  if (!o.quiet) {
    const t = (id: string, params?: Record<string, string | number>) => render(msg(id, params), lang);
    const lines = [t('cli.batch.done', { rows: result.rows, seconds: seconds.toFixed(1), rate: Math.round(result.rows / Math.max(seconds, 1e-3)), decided: result.rows - result.refused, refused: result.refused })];
    if (result.refused) lines.push(t('cli.batch.errorsAt', { file: result.errorsFile }));
    if (result.interrupted) lines.push(t('cli.batch.interrupted', { rows: result.rows }));
    process.stderr.write(`${lines.join('\n')}\n`);
  }
  process.exitCode = result.interrupted ? EXIT_INTERRUPTED : result.refused ? EXIT_REFUSED : 0;
}

interface SynthOpts {
  rows: string;
  seed: string;
  lang?: string;
  date?: string;
  out?: string;
}

function countArg(value: string, path: string, lang: Lang): number {
  if (!/^\d+$/.test(value) || !Number.isSafeInteger(Number(value))) throw badInput(path, 'cli.synth.count', { option: path, value }, lang);
  return Number(value);
}

async function synth(o: SynthOpts): Promise<void> {
  const lang = langArg(o.lang);
  const rows = countArg(o.rows, 'rows', lang);
  const seed = countArg(o.seed, 'seed', lang);
  const date = dateOption(o.date, 'date');
  const format = o.out ? formatOf(o.out) : 'ndjson';
  if (!format) throw badInput('out', 'cli.batch.badExtension', { option: 'out' }, lang);
  const sink = o.out ? createWriteStream(o.out) : process.stdout;
  const columns = allColumns();
  if (format === 'csv') sink.write(stringifyCsv([columns.map((c) => c.name)]));
  // Rows are written in batches, waiting for the sink when it asks (bounded memory at any size).
  let batch: string[] = [];
  const flush = async () => {
    const text = format === 'csv' ? stringifyCsv(batch as unknown as string[][]) : batch.join('');
    batch = [];
    if (!sink.write(text)) await once(sink, 'drain');
  };
  for (const request of synthRequests(getCorpus(), { rows, seed, date })) {
    (batch as unknown[]).push(format === 'csv' ? recordFromRequest(columns, request) : `${JSON.stringify(request)}\n`);
    if (batch.length === 4096) await flush();
  }
  if (batch.length) await flush();
  if (sink !== process.stdout) {
    sink.end();
    await once(sink, 'close');
  }
}

export function registerBatchCommands(program: Command, run: (fn: () => void | Promise<void>) => Promise<void>): void {
  program
    .command('batch')
    .description('answer a whole population file (NDJSON or CSV, by extension), one answer per row, on every core')
    .requiredOption('--in <file>', 'the requests: .ndjson/.jsonl (one request per line) or .csv (columns are request paths, lists split on |, empty = unknown)')
    .requiredOption('--out <file>', 'the answers, line i for row i (.ndjson/.jsonl or .csv); refused rows also go to FILE.errors.ndjson')
    .option('--summary <file>', 'write the summary as JSON')
    .option('--lang <lang>', 'kk, ru or en: the language of texts in the output, the progress and the summary', DEFAULT_LANG)
    .option('--workers <n>', 'worker threads (default: one per core)')
    .option('--date <date>', "answer every row on this date instead of the row's own")
    .option('--compare-date <date>', 'answer every row on this date too, and count the rows whose answer changes')
    .option('--trace', "include the engine's trace in each answer")
    .option('--quiet', 'no progress bar or closing lines on stderr')
    .action((o: BatchOpts) => run(() => batch(o)));
  program
    .command('synth')
    .description('write a seeded synthetic population (NDJSON, or CSV with --out FILE.csv) for tests and benches')
    .requiredOption('--rows <n>', 'how many requests')
    .requiredOption('--seed <s>', 'the seed: the same seed gives the same rows')
    .option('--date <date>', 'the date of every request (default: today)')
    .option('--out <file>', 'write to a file instead of stdout')
    .option('--lang <lang>', 'kk, ru or en: the language of error messages', DEFAULT_LANG)
    .action((o: SynthOpts) => run(() => synth(o)));
}
