// POST /api/v1/batch: NDJSON requests in, NDJSON answers streamed back, line i for row i; the same
// answers as `kepil batch` (one block at a time, yielding to other requests between blocks).
import { Readable } from 'node:stream';
import { setImmediate as yieldToLoop } from 'node:timers/promises';
import { z } from 'zod';
import type { FastifyPluginAsync } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { Engine } from '../../engine/index.js';
import { isoDate } from '../../corpus/schema.js';
import { DEFAULT_LANG, LANGS, msg, render } from '../../i18n/index.js';
import { batchLineSchema } from '../../batch/answer.js';
import { answerBlock, type ChunkSetup } from '../../batch/chunk.js';
import { scanRows, hasContent } from '../../batch/split.js';
import { errorBody } from '../errors.js';
import { errorResponse, errorResponses } from '../responses.js';

export const NDJSON = 'application/x-ndjson';
/** The route's full path (the app's 100-continue check gives it the batch body limit). */
export const BATCH_PATH = '/api/v1/batch';
/** Rows answered between two yields to the event loop. */
const BLOCK_ROWS = 512;

const EXAMPLE_ROWS = [
  { date: '2026-05-01', person: { residency: 'citizen', region: 'astana', birthDate: '1980-03-04', contributions: 'paid' }, care: { type: 'outpatient_specialist', diagnosis: 'I10', referral: true } },
  { date: '2026-05-01', person: { residency: 'citizen', region: 'karaganda', birthDate: '2015-06-01' }, care: { type: 'inpatient', form: 'emergency' } },
];

export interface BatchLimits {
  maxRows: number;
  maxBytes: number;
}

/** The row ends of a body: every newline, plus a last row without one. */
function rowEnds(body: Buffer): number[] {
  const ends: number[] = [];
  scanRows(body, 'ndjson', 0, ends);
  const last = ends[ends.length - 1] ?? 0;
  if (hasContent(body, last)) ends.push(body.length);
  return ends;
}

async function* answers(engine: Engine, setup: ChunkSetup, body: Buffer, ends: number[]): AsyncGenerator<string> {
  let start = 0;
  for (let i = 0; i < ends.length; i += BLOCK_ROWS) {
    const rows = Math.min(BLOCK_ROWS, ends.length - i);
    const end = ends[i + rows - 1]!;
    yield answerBlock(engine, setup, { seq: i, firstRow: i + 1, rows, bytes: body.subarray(start, end) }).out;
    start = end;
    await yieldToLoop();
  }
}

export const batchRoutes = (engine: Engine, limits: BatchLimits): FastifyPluginAsync => async (app) => {
  // Only this route reads NDJSON; the body is kept as bytes, up to the stated limit.
  app.addContentTypeParser(NDJSON, { parseAs: 'string', bodyLimit: limits.maxBytes }, (_req, body, done) => done(null, body));
  const r = app.withTypeProvider<ZodTypeProvider>();
  r.post(
    '/batch',
    {
      schema: {
        tags: ['engine'],
        summary: 'Many eligibility requests at once (NDJSON in, NDJSON out)',
        description:
          `One eligibility request per line (Content-Type: ${NDJSON}); the answer streams back as NDJSON, line i answering row i. ` +
          `A row that is not a valid request is answered with \`refused\` and its failing fields; it does not stop the others. ` +
          `Limits: at most ${limits.maxRows} rows and ${limits.maxBytes} bytes per body; over either the answer is 413. ` +
          'Larger files: `kepil batch`.',
        consumes: [NDJSON],
        produces: [NDJSON],
        querystring: z.strictObject({
          date: isoDate.optional().describe("answer every row on this date instead of the row's own"),
          compareDate: isoDate.optional().describe('answer every row on this date too; lines whose answer differs carry `compare`'),
          explain: z.enum(['true', 'false']).optional().describe("include the engine's trace in each line"),
          lang: z.enum(LANGS).optional().describe('the language of texts in the answers (default kk)'),
        }),
        body: z
          .string()
          .describe(`NDJSON: one request per line, at most ${limits.maxRows} rows and ${limits.maxBytes} bytes`)
          .meta({ example: EXAMPLE_ROWS.map((r) => JSON.stringify(r)).join('\n') }),
        response: {
          200: batchLineSchema.describe(`NDJSON (${NDJSON}): one such object per line, in row order`),
          ...errorResponses(400, 415),
          413: errorResponse(413).describe(`more than ${limits.maxRows} rows or ${limits.maxBytes} bytes`),
        },
      },
      // Another media type would reach the body schema as parsed JSON; name the one this route reads instead.
      preValidation: async (req, reply) => {
        if (req.headers['content-type']?.split(';')[0]?.trim().toLowerCase() !== NDJSON) {
          return reply.code(415).send(errorBody('unsupported_media_type', `this route reads ${NDJSON}`, [{ path: 'content-type', message: NDJSON }]));
        }
      },
    },
    async (req, reply) => {
      const lang = req.query.lang ?? DEFAULT_LANG;
      const body = Buffer.from(req.body, 'utf8');
      const ends = rowEnds(body);
      if (ends.length > limits.maxRows) {
        const message = render(msg('api.batch.tooManyRows', { max: limits.maxRows }), lang);
        return reply.code(413).send(errorBody('payload_too_large', message, [{ path: '(body)', message }]));
      }
      const setup: ChunkSetup = { input: 'ndjson', output: 'ndjson', columns: null, answer: { date: req.query.date, compareDate: req.query.compareDate, trace: req.query.explain === 'true', lang } };
      // A stream skips the serializer; the 200 schema above states what each of its lines is.
      const stream = Readable.from(answers(engine, setup, body, ends));
      return reply.type(NDJSON).header('x-kepil-rows', String(ends.length)).send(stream as never);
    },
  );
};
