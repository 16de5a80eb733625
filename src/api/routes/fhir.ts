// FHIR R4: CoverageEligibilityRequest in, CoverageEligibilityResponse out (errors included, with 400).
import type { FastifyPluginAsync } from 'fastify';
import { KepilError } from '../../corpus/issues.js';
import { decide, type Engine } from '../../engine/index.js';
import { fromFhir, toFhir, fhirError } from '../fhir/mapping.js';
import { today } from '../../clock.js';

export const fhirRoutes = (engine: Engine): FastifyPluginAsync => async (app) => {
  const evaluate = async (body: unknown, reply: import('fastify').FastifyReply) => {
    reply.header('content-type', 'application/fhir+json; charset=utf-8');
    try {
      const { request, patientRef, purpose } = fromFhir(body);
      return toFhir(decide(engine, request), body as Record<string, unknown>, patientRef, purpose, today());
    } catch (e) {
      if (e instanceof KepilError && e.code === 'bad_request') return reply.code(400).send(fhirError(e.issues, today()));
      throw e;
    }
  };
  const schema = { tags: ['fhir'], summary: 'Evaluate an R4 CoverageEligibilityRequest' };
  app.post('/CoverageEligibilityRequest/$evaluate', { schema }, async (req, reply) => evaluate(req.body, reply));
  app.post('/CoverageEligibilityRequest', { schema }, async (req, reply) => evaluate(req.body, reply));
};
