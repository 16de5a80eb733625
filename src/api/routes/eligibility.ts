// POST /eligibility and /entitlements: the engine's request in, its decision out.
import type { FastifyPluginAsync } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { decide, entitlements, requestSchema, entitlementsRequestSchema, type Engine } from '../../engine/index.js';

export const eligibilityRoutes = (engine: Engine): FastifyPluginAsync => async (app) => {
  const r = app.withTypeProvider<ZodTypeProvider>();
  r.post('/eligibility', { schema: { tags: ['engine'], summary: 'Is this care, drug or device free for this person on this date?', body: requestSchema } }, async (req) => decide(engine, req.body));
  r.post('/entitlements', { schema: { tags: ['engine'], summary: 'Everything a person has on a date', body: entitlementsRequestSchema } }, async (req) => entitlements(engine, req.body));
};
