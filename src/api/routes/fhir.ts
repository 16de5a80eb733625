// FHIR R4: CoverageEligibilityRequest in, CoverageEligibilityResponse out (errors included, with 400).
import type { FastifyPluginAsync } from 'fastify';
import { KepilError } from '../../corpus/issues.js';
import { decide, type Engine } from '../../engine/index.js';
import { fromFhir, toFhir, fhirError } from '../fhir/mapping.js';
import { today } from '../../clock.js';
import { localize } from '../../i18n/localize.js';
import { parseLang, type Lang } from '../../i18n/index.js';
import { citerFor } from '../../corpus/citer.js';

export const fhirRoutes = (engine: Engine): FastifyPluginAsync => async (app) => {
  const citer = citerFor(engine.corpus);
  const cite = citer.cite.bind(citer);
  const evaluate = async (body: unknown, reply: import('fastify').FastifyReply, headerLang: Lang) => {
    reply.header('content-type', 'application/fhir+json; charset=utf-8');
    // FHIR names the language in the resource itself (Resource.language); ?lang= and the header come next.
    const stated = body && typeof body === 'object' ? (body as { language?: unknown }).language : undefined;
    const lang = (typeof stated === 'string' && parseLang(stated)) || headerLang;
    reply.header('content-language', lang);
    try {
      const { request, patientRef, purpose } = fromFhir(body);
      return toFhir(localize(decide(engine, request), lang, { cite }), body as Record<string, unknown>, patientRef, purpose, today(), lang);
    } catch (e) {
      if (e instanceof KepilError && e.code === 'bad_request') return reply.code(400).send(fhirError(e.toJSON(lang).issues, today(), lang));
      throw e;
    }
  };
  const schema = { tags: ['fhir'], summary: 'Evaluate an R4 CoverageEligibilityRequest' };
  app.post('/CoverageEligibilityRequest/$evaluate', { schema }, async (req, reply) => evaluate(req.body, reply, req.lang));
  app.post('/CoverageEligibilityRequest', { schema }, async (req, reply) => evaluate(req.body, reply, req.lang));
};
