// Read routes over the corpus: the same data as the CLI twins.
import { z } from 'zod';
import type { FastifyPluginAsync } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { actsOn, regionalListOn, limits, payments, criteria, search } from '../../corpus/queries.js';
import { isoDate } from '../../corpus/schema.js';
import { REGION_IDS, compareItem, assessCriteria, assessmentRequest, type Engine } from '../../engine/index.js';
import { today } from '../../clock.js';
import * as S from '../schemas.js';

const dateQuery = z.strictObject({ date: isoDate.optional().describe('YYYY-MM-DD; default today').meta({ example: '2026-05-01' }) });

export const corpusRoutes = (engine: Engine): FastifyPluginAsync => async (app) => {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const corpus = engine.corpus;

  r.get('/acts', { schema: { tags: ['corpus'], summary: 'Every act and whether it is in force on a date', querystring: dateQuery, response: { 200: S.actsResponse } } }, async (req) => {
    const date = req.query.date ?? today();
    return { date, acts: actsOn(corpus, date) };
  });

  r.get(
    '/regional-lists/:region',
    { schema: { tags: ['corpus'], summary: "A region's supplementary list in force on a date", params: z.strictObject({ region: z.enum(REGION_IDS) }), querystring: dateQuery, response: { 200: S.regionalListResponse } } },
    async (req) => regionalListOn(corpus, req.params.region, req.query.date ?? today()),
  );

  r.get(
    '/limits',
    {
      schema: {
        tags: ['corpus'],
        summary: 'Annex 1: inpatient limit volumes by region and profile',
        querystring: z.strictObject({ region: z.enum(REGION_IDS).optional(), profile: z.string().regex(/^[a-z_]+$/).optional().meta({ example: 'stroke' }) }),
        response: { 200: S.limitsResponse },
      },
    },
    async (req) => limits(corpus, req.query),
  );

  r.get('/payment-methods', { schema: { tags: ['corpus'], summary: 'Annex 2: payment methods', response: { 200: S.paymentsResponse } } }, async () => payments(corpus));
  r.get('/criteria', { schema: { tags: ['corpus'], summary: 'p.79 accessibility criteria and p.4 ambulance norms', response: { 200: S.criteriaResponse } } }, async () => criteria(corpus));
  r.post(
    '/criteria/assess',
    { schema: { tags: ['engine'], summary: "Do the p.79 criteria hold for a region's measured values?", body: assessmentRequest.meta({ example: { region: 'abai', measurements: { ambulance_teams: 1, gp_catchment: 1900, vaccination_coverage: 95 } } }), response: { 200: S.assessmentResponse } } },
    async (req) => assessCriteria(corpus.programme.content.criteria, req.body),
  );

  r.get(
    '/search',
    { schema: { tags: ['corpus'], summary: 'Find diseases, drugs, devices and products across all lists', querystring: z.strictObject({ q: z.string().trim().min(1).max(200).meta({ example: 'Ритуксимаб' }), date: isoDate.optional().describe('YYYY-MM-DD: each hit says whether its list is in force on it; default today') }), response: { 200: S.searchResponse } } },
    async (req) => search(corpus, req.query.q, req.query.date ?? today()),
  );

  r.get(
    '/compare',
    {
      schema: {
        tags: ['corpus'],
        summary: "Which regions' lists give an item, under which diseases and conditions",
        querystring: z.strictObject({ item: z.string().trim().min(1).max(200).meta({ example: 'rituximab' }), date: isoDate.optional() }),
        response: { 200: S.compareResponse },
      },
    },
    async (req) => compareItem(engine, req.query.item, req.query.date ?? today()),
  );

  r.get('/version', { schema: { tags: ['service'], summary: 'The dataset hash and the acts loaded', response: { 200: S.versionResponse } } }, async () => ({
    datasetVersion: corpus.version,
    acts: [...corpus.acts.values()].map((a) => ({ id: a.id, number: a.number, adopted: a.adopted, seed: a.seed })),
  }));
};
