// GET /reference: the values a form offers (regions, p.55 groups, care types, years, ICD-10 names,
// list items), from the same sources the request schema and the data use, so the page keeps no copy.
import type { FastifyPluginAsync } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { Engine } from '../../engine/index.js';
import { referenceData } from '../../engine/reference.js';
import { referenceResponse } from '../schemas.js';

export const referenceRoutes = (engine: Engine): FastifyPluginAsync => async (app) => {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const data = referenceData(engine);
  r.get('/reference', { schema: { tags: ['corpus'], summary: 'Regions, p.55 groups, care types, years, ICD-10 names and list items for a form', response: { 200: referenceResponse } } }, async () => data);
};
