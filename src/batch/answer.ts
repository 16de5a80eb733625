// One row in, one output line out: the same parse and decide as `kepil check`, trimmed to what a
// population file needs (outcome, package, the points cited, the missing ids, the questions).
import { z } from 'zod';
import { decide, requestSchema, zodIssues, type Decision, type Engine } from '../engine/index.js';
import { eligibilityValidator } from '../api/validator.js';
import { compiledSerializerCompiler } from '../api/serializer.js';
import type { Issue } from '../corpus/issues.js';
import { render, type Lang } from '../i18n/index.js';
import { localize } from '../i18n/localize.js';
import type { BlockCounter } from './summary.js';

export interface AnswerOptions {
  /** Overrides every row's date. */
  date?: string;
  /** Answers every row on this date too, and reports when the answer differs. */
  compareDate?: string;
  trace: boolean;
  lang: Lang;
}

const point = z.object({ act: z.string(), point: z.string() });
const issue = z.object({ path: z.string(), message: z.string() });
const outcome = z.enum(['covered', 'not_covered', 'undetermined']);
const pkg = z.enum(['gvfmc', 'cshi', 'regional']).nullable();

/** One output line; its schema is stated in the OpenAPI of POST /api/v1/batch. */
export const batchLineSchema = z
  .object({
    row: z.number().int().min(1).describe('the input row this line answers (1 = the first data row)'),
    outcome: outcome.optional(),
    package: pkg.optional(),
    basis: z.array(point).optional().describe('the points that decided it'),
    missing: z.array(z.string()).optional().describe('ids of the facts and lists the answer waits for'),
    questions: z.array(z.unknown()).optional().describe("the engine's questions, texts in the requested language"),
    compare: z
      .object({ date: z.string(), outcome: outcome.optional(), package: pkg.optional(), refused: z.array(issue).optional() })
      .optional()
      .describe('only with a compare date, and only when the answer on that date differs'),
    trace: z.array(z.unknown()).optional(),
    refused: z.array(issue).optional().describe('a row that is not a valid request: each failing field'),
  })
  .describe('one line of the NDJSON answer');

export type BatchLine = z.infer<typeof batchLineSchema>;

/** A row the schema refused: the line for the output, and the line for FILE.errors.ndjson. */
export interface Refusal {
  row: number;
  field: string;
  issues: Issue[];
}

type Parsed = { ok: true; request: z.infer<typeof requestSchema> } | { ok: false; issues: Issue[] };

/** Writes a line as JSON.stringify would (the line's keys are set in the schema's order), compiled once. */
export const serializeLine = compiledSerializerCompiler({ schema: batchLineSchema, method: 'POST', url: '/batch', httpStatus: '200' }) as (line: BatchLine) => string;

function parseRow(input: unknown, date: string | undefined, lang: Lang): Parsed {
  const value = date !== undefined && input !== null && typeof input === 'object' && !Array.isArray(input) ? { ...(input as object), date } : input;
  // The compiled validator (the HTTP API's) accepts a valid row; a refused one is zod's, which names each field.
  const request = eligibilityValidator.accept(value);
  if (request) return { ok: true, request };
  const r = requestSchema.safeParse(value);
  if (r.success) return { ok: true, request: r.data };
  // Each issue's text in the chosen language; a row that is not an object fails as a whole (the row, not an HTTP body).
  return { ok: false, issues: zodIssues(r.error).map((i) => ({ path: i.path === '(body)' ? '(row)' : i.path, message: i.msg ? render(i.msg, lang) : i.message })) };
}

const answerKey = (d: Decision | null) => (d ? `${d.outcome}/${d.package ?? '-'}` : 'refused');

/** Answers one row (`input` is the parsed JSON, or the CSV record as an object) and counts it in `tally`. */
export function answerRow(engine: Engine, opts: AnswerOptions, row: number, input: unknown, counter: BlockCounter): { line: BatchLine; refusal?: Refusal } {
  const parsed = parseRow(input, opts.date, opts.lang);
  if (!parsed.ok) return refuse(row, parsed.issues, counter);
  const { request } = parsed;
  const d = decide(engine, request);
  const line: BatchLine = { row, outcome: d.outcome, package: d.package, basis: d.basis.map((b) => ({ act: b.act, point: b.point })), missing: d.missing.map((m) => m.id) };
  // `questions` arrives with the engine's readings over unknown facts; pass it on when it is there.
  const questions = (d as Decision & { questions?: unknown }).questions;
  // Texts in the chosen language, the message ids kept beside them (the project's one localizer).
  if (Array.isArray(questions)) line.questions = localize(questions, opts.lang);

  counter.decided(d, request.person.region, request.care.type);

  if (opts.compareDate !== undefined) {
    const other = parseRow(input, opts.compareDate, opts.lang);
    const d2 = other.ok ? decide(engine, other.request) : null;
    if (answerKey(d) !== answerKey(d2)) {
      counter.changed(answerKey(d), answerKey(d2));
      line.compare = d2 ? { date: opts.compareDate, outcome: d2.outcome, package: d2.package } : { date: opts.compareDate, refused: other.ok ? [] : other.issues };
    }
  }
  // After compare: the line's keys in the schema's order, so the compiled serializer writes what JSON.stringify would.
  if (opts.trace) line.trace = localize(d.trace, opts.lang);
  return { line };
}

export function refuse(row: number, issues: Issue[], counter: BlockCounter): { line: BatchLine; refusal: Refusal } {
  counter.refused(issues);
  return { line: { row, refused: issues }, refusal: { row, field: issues[0]?.path ?? '(row)', issues } };
}
