// FHIR R4 under /fhir: CoverageEligibilityRequest in, CoverageEligibilityResponse out; GET /fhir/metadata;
// the $evaluate OperationDefinition. Every error under /fhir, parse errors and unknown paths included,
// is an OperationOutcome (the JSON API's error shape, said the FHIR way).
import { z } from 'zod';
import type { FastifyError, FastifyPluginAsync, FastifyReply } from 'fastify';
import { decide, type Engine } from '../../engine/index.js';
import { errorReply, notFoundBody, type errorBody } from '../errors.js';
import { fromFhir, toFhir, toFhirRequest, referralRequired, FhirInputError } from '../fhir/mapping.js';
import { capabilityStatement, evaluateOperation } from '../fhir/capability.js';
import { coverageEligibilityResponseSchema, operationOutcomeResponses, capabilityStatementSchema, operationDefinitionSchema, type KepilOperationOutcome } from '../fhir/resources.js';
import { today } from '../../clock.js';

export const FHIR_JSON = 'application/fhir+json; charset=utf-8';

type IssueCode = KepilOperationOutcome['issue'][number]['code'];

/** Kepil's error code → the FHIR issue type that says the same. */
const ISSUE_CODE: Record<string, IssueCode> = {
  bad_request: 'invalid',
  unauthorized: 'login',
  forbidden: 'forbidden',
  not_found: 'not-found',
  conflict: 'conflict',
  payload_too_large: 'too-long',
  unsupported_media_type: 'not-supported',
  rate_limited: 'throttled',
  timeout: 'timeout',
  internal: 'exception',
};

/** A JSON body that does not parse is a structural error; a FHIR-level one carries its own code. */
function issueCode(err: FastifyError | undefined, code: string): IssueCode {
  if (err instanceof FhirInputError) return err.fhirCode;
  if (err?.code === 'KEPIL_INVALID_JSON') return 'structure';
  if (code === 'bad_request' && (err?.validation || err?.name === 'KepilError')) return 'value';
  return ISSUE_CODE[code] ?? 'exception';
}

export function operationOutcome(body: ReturnType<typeof errorBody>, code: IssueCode): KepilOperationOutcome {
  const { message, issues } = body.error;
  if (issues.length === 0) return { resourceType: 'OperationOutcome', issue: [{ severity: 'error', code, diagnostics: message }] };
  return {
    resourceType: 'OperationOutcome',
    issue: issues.map((i) => ({ severity: 'error', code, diagnostics: i.message === message ? message : `${message}: ${i.message}`, ...(i.path.startsWith('CoverageEligibilityRequest') ? { expression: [i.path] } : {}) })),
  };
}

// Declared here so that they are OperationOutcomes, not the JSON API's error body.
const POST_ERRORS = operationOutcomeResponses(400, 413, 415, 500);
const GET_ERRORS = operationOutcomeResponses(500);

export const fhirRoutes = (engine: Engine): FastifyPluginAsync => async (app) => {
  app.setErrorHandler((err: FastifyError, req, reply) => {
    const { status, body } = errorReply(err, req.log);
    return reply.code(status).type(FHIR_JSON).send(operationOutcome(body, issueCode(err, body.error.code)));
  });
  app.setNotFoundHandler((req, reply) => reply.code(404).type(FHIR_JSON).send(operationOutcome(notFoundBody(req), 'not-found')));

  const evaluate = async (body: unknown, reply: FastifyReply) => {
    const { request, resource } = fromFhir(body);
    const decision = decide(engine, request);
    // A referral is required where the engine says so by id, or where the same request with one is covered.
    const withReferral = decision.outcome !== 'covered' && request.care.referral !== true && decide(engine, { ...request, care: { ...request.care, referral: true } }).outcome === 'covered';
    reply.type(FHIR_JSON);
    return toFhir(decision, request, resource, referralRequired(decision, withReferral), today());
  };
  const schema = {
    tags: ['fhir'],
    body: coverageEligibilityRequestBody,
    response: { 200: coverageEligibilityResponseSchema, ...POST_ERRORS },
  };
  app.post('/CoverageEligibilityRequest/$evaluate', { schema: { ...schema, summary: 'Evaluate an R4 CoverageEligibilityRequest' } }, async (req, reply) => evaluate(req.body, reply));
  app.post('/CoverageEligibilityRequest', { schema: { ...schema, summary: 'The same, for clients that `create` the request' } }, async (req, reply) => evaluate(req.body, reply));

  app.get('/metadata', { schema: { tags: ['fhir'], summary: 'The CapabilityStatement', response: { 200: capabilityStatementSchema, ...GET_ERRORS } } }, async (_req, reply) => {
    reply.type(FHIR_JSON);
    return capabilityStatement(engine.corpus.version);
  });
  app.get(`/OperationDefinition/${evaluateOperation.id}`, { schema: { tags: ['fhir'], summary: 'The $evaluate operation', response: { 200: operationDefinitionSchema, ...GET_ERRORS } } }, async (_req, reply) => {
    reply.type(FHIR_JSON);
    return evaluateOperation;
  });
};

/** The body is read by `fromFhir` (its errors carry FHIRPath expressions), so the schema only documents it. */
const coverageEligibilityRequestBody = z.unknown().meta({
  description: "An R4 CoverageEligibilityRequest with Kepil's extensions (docs/fhir.md)",
  example: toFhirRequest({
    date: '2026-05-01',
    person: { residency: 'citizen', region: 'mangystau', birthDate: '2012-03-04', sex: 'female', dispensary: ['M08.2'] },
    care: { type: 'outpatient_drug', diagnosis: 'M08.2', item: 'Канакинумаб', referral: true },
  }),
});
