// POST /eligibility and /entitlements: the engine's request in, its decision out.
// The trace (how the answer was made) and the clauses of the cited points (and the gists beyond the
// answer's basis) are sent only with ?explain=true: most clients never read them (answer.ts).
import { z } from 'zod';
import type { FastifyPluginAsync } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { decide, entitlements, requestSchema, entitlementsRequestSchema, type Engine } from '../../engine/index.js';
import { eligibilityResponse, entitlementsSchema } from '../schemas.js';
import { decisionServer } from '../answer.js';
import { eligibilityValidator, entitlementsValidator, validateWith } from '../validator.js';

const EXAMPLE_DATE = '2026-05-01';

// Both bodies are validated by the compiled validator (validator.ts); zod names the fields of a refusal.
const eligibilityBody = validateWith(requestSchema.meta({
  example: {
    date: EXAMPLE_DATE,
    person: { residency: 'citizen', region: 'astana', birthDate: '1980-03-04', sex: 'female', contributions: 'paid' },
    care: { type: 'outpatient_specialist', specialty: 'cardiology', diagnosis: 'I10', referral: true },
  },
}), eligibilityValidator);
const entitlementsBody = validateWith(entitlementsRequestSchema.meta({
  example: { date: EXAMPLE_DATE, person: { residency: 'citizen', region: 'mangystau', birthDate: '2012-03-04', sex: 'female', dispensary: ['M08.2'] } },
}), entitlementsValidator);

const explainQuery = z.strictObject({
  explain: z
    .enum(['true', 'false'])
    .optional()
    .describe('true: the whole answer: the trace (how the answer was made, rule by rule), and the clause and gist of every cited point. By default each cited point carries act, point, quote and cite, and (ru, en) the top-level basis its gist'),
});

export const eligibilityRoutes = (engine: Engine): FastifyPluginAsync => async (app) => {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const serve = decisionServer(engine);
  r.post(
    '/eligibility',
    {
      schema: {
        tags: ['engine'],
        summary: 'Is this care, drug or device free for this person on this date?',
        querystring: explainQuery,
        body: eligibilityBody,
        response: { 200: eligibilityResponse },
      },
    },
    async (req) => serve(decide(engine, req.body), req.lang, req.query.explain === 'true'),
  );
  r.post(
    '/entitlements',
    { schema: { tags: ['engine'], summary: 'Everything a person has on a date', body: entitlementsBody, response: { 200: entitlementsSchema } } },
    async (req) => entitlements(engine, req.body),
  );
};
