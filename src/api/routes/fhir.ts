// FHIR R4 under /fhir: CoverageEligibilityRequest in, CoverageEligibilityResponse out; GET /fhir/metadata;
// the $evaluate OperationDefinition. Every error under /fhir, parse errors and unknown paths included,
// is an OperationOutcome (the JSON API's error shape, said the FHIR way).
import { z } from 'zod';
import type { FastifyError, FastifyPluginAsync, FastifyReply } from 'fastify';
import { decide, type Engine } from '../../engine/index.js';
import { KepilError } from '../../corpus/issues.js';
import { errorReply, unmatchedReply, type ErrorReply, type errorBody } from '../errors.js';
import { fromFhir, toFhir, toFhirRequest, FhirInputError } from '../fhir/mapping.js';
import { capabilityStatement, evaluateOperation } from '../fhir/capability.js';
import { coverageEligibilityResponseSchema, operationOutcomeResponses, capabilityStatementSchema, operationDefinitionSchema, type KepilOperationOutcome } from '../fhir/resources.js';
import { today } from '../../clock.js';
import { localize } from '../../i18n/localize.js';
import { parseLang, type Lang } from '../../i18n/index.js';
import { citerFor } from '../../corpus/citer.js';

export const FHIR_JSON = 'application/fhir+json; charset=utf-8';

type IssueCode = KepilOperationOutcome['issue'][number]['code'];

/** The HTTP status of an error → the FHIR issue type (http://hl7.org/fhir/issue-type) that says the same. */
const ISSUE_CODE: Record<number, IssueCode> = {
  400: 'invalid',
  401: 'login',
  403: 'forbidden',
  404: 'not-found',
  405: 'not-supported',
  409: 'conflict',
  413: 'too-long',
  415: 'not-supported',
  429: 'throttled',
  504: 'timeout',
};

/** A body that is not JSON is a structural error; a FHIR-level one carries its own code; a field's value is a value error. */
function issueCode(err: FastifyError, status: number): IssueCode {
  if (err instanceof FhirInputError) return err.fhirCode;
  if (err.code === 'KEPIL_INVALID_JSON') return 'structure';
  if (status === 400 && (err.validation || err instanceof KepilError)) return 'value';
  return ISSUE_CODE[status] ?? 'exception';
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
const POST_ERRORS = operationOutcomeResponses(400, 413, 415, 429, 500);
const GET_ERRORS = operationOutcomeResponses(429, 500);

export const fhirRoutes = (engine: Engine): FastifyPluginAsync => async (app) => {
  const send = (reply: FastifyReply, r: ErrorReply, code: IssueCode) => reply.code(r.status).headers(r.headers ?? {}).type(FHIR_JSON).send(operationOutcome(r.body, code));
  app.setErrorHandler((err: FastifyError, req, reply) => {
    const r = errorReply(err, req);
    return send(reply, r, issueCode(err, r.status));
  });
  app.setNotFoundHandler((req, reply) => {
    const r = unmatchedReply(req);
    return send(reply, r, ISSUE_CODE[r.status] ?? 'not-found');
  });

  const citer = citerFor(engine.corpus);
  const cite = citer.cite.bind(citer);
  const evaluate = async (body: unknown, reply: FastifyReply, headerLang: Lang) => {
    reply.type(FHIR_JSON);
    // FHIR names the language in the resource itself (Resource.language); ?lang= and the header come next.
    const stated = body && typeof body === 'object' ? (body as { language?: unknown }).language : undefined;
    const lang = (typeof stated === 'string' && parseLang(stated)) || headerLang;
    reply.header('content-language', lang);
    const { request, resource } = fromFhir(body);
    return toFhir(localize(decide(engine, request), lang, { cite }), request, resource, today(), lang);
  };
  const schema = {
    tags: ['fhir'],
    body: coverageEligibilityRequestBody,
    response: { 200: coverageEligibilityResponseSchema, ...POST_ERRORS },
  };
  app.post('/CoverageEligibilityRequest/$evaluate', { schema: { ...schema, summary: 'Evaluate an R4 CoverageEligibilityRequest' } }, async (req, reply) => evaluate(req.body, reply, req.lang));
  app.post('/CoverageEligibilityRequest', { schema: { ...schema, summary: 'The same, for clients that `create` the request' } }, async (req, reply) => evaluate(req.body, reply, req.lang));

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
