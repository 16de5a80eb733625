// The FHIR resources Kepil serves, as zod schemas of exactly the elements it writes. The serializer
// compiles them and OpenAPI shows them; each one's type is checked against the R4 types of
// @medplum/fhirtypes (see `Checks`), so what Kepil declares is valid FHIR by construction.
import { z } from 'zod';
import type { CapabilityStatement, CoverageEligibilityResponse, OperationDefinition, OperationOutcome } from '@medplum/fhirtypes';

const ref = z.strictObject({ display: z.string() });
const leafExtension = z.strictObject({ url: z.string(), valueString: z.string().optional(), valueCode: z.string().optional() });
const extension = leafExtension.extend({ extension: z.array(leafExtension).optional() });
const coding = z.strictObject({ system: z.string(), code: z.string() });

export const coverageEligibilityResponseSchema = z
  .strictObject({
    resourceType: z.literal('CoverageEligibilityResponse'),
    language: z.string().describe('kk, ru or en: the language of the texts'),
    status: z.literal('active'),
    purpose: z.array(z.enum(['auth-requirements', 'benefits', 'discovery', 'validation'])),
    patient: ref,
    created: z.string(),
    request: ref,
    outcome: z.enum(['complete', 'partial']).describe('partial when Kepil answers undetermined'),
    disposition: z.string(),
    insurer: ref,
    extension: z.array(extension).describe('outcome (covered / not_covered / undetermined) and dataset-version'),
    insurance: z.array(
      z.strictObject({
        coverage: ref,
        inforce: z.boolean(),
        item: z.array(
          z.strictObject({
            extension: z.array(extension).optional().describe('basis: one per cited point, with act, point and quote'),
            productOrService: z.strictObject({ coding: z.array(coding), text: z.string().optional() }),
            excluded: z.boolean(),
            description: z.string(),
            authorizationRequired: z.boolean().describe('A referral is what the answer turns on'),
          }),
        ),
      }),
    ),
  })
  .describe('The answer as an R4 CoverageEligibilityResponse (profile: docs/fhir.md)');
export type KepilEligibilityResponse = z.output<typeof coverageEligibilityResponseSchema>;

/** The issue-type codes Kepil uses (http://hl7.org/fhir/issue-type). */
export const ISSUE_CODES = ['structure', 'required', 'value', 'invalid', 'login', 'forbidden', 'not-found', 'conflict', 'too-long', 'not-supported', 'throttled', 'timeout', 'exception'] as const;

export const operationOutcomeSchema = z.strictObject({
  resourceType: z.literal('OperationOutcome'),
  issue: z.array(
    z.strictObject({
      severity: z.enum(['fatal', 'error', 'warning', 'information']),
      code: z.enum(ISSUE_CODES),
      diagnostics: z.string(),
      expression: z.array(z.string()).optional().describe('FHIRPath of the failing element'),
    }),
  ),
});
export type KepilOperationOutcome = z.output<typeof operationOutcomeSchema>;

const FHIR_ERROR_DESCRIPTIONS: Record<number, string> = {
  400: 'OperationOutcome: the body is not JSON (structure), lacks an element (required) or has an invalid value (value); expression names it',
  401: 'OperationOutcome (login)',
  403: 'OperationOutcome (forbidden)',
  404: 'OperationOutcome (not-found)',
  413: 'OperationOutcome (too-long): the body is larger than the limit',
  415: 'OperationOutcome (not-supported): the body is not application/fhir+json or application/json',
  429: 'OperationOutcome (throttled): too many requests; Retry-After says when to try again',
  500: 'OperationOutcome (exception)',
};

/** `{400: OperationOutcome, …}` for a FHIR route's `response`, described per status. */
export function operationOutcomeResponses(...statuses: number[]): Record<number, z.ZodType> {
  return Object.fromEntries(statuses.map((s) => [s, operationOutcomeSchema.describe(FHIR_ERROR_DESCRIPTIONS[s] ?? 'OperationOutcome')]));
}

const operationParameter = z.strictObject({
  name: z.string(),
  use: z.enum(['in', 'out']),
  min: z.number(),
  max: z.string(),
  type: z.literal('Resource'),
  documentation: z.string(),
});

export const operationDefinitionSchema = z.strictObject({
  resourceType: z.literal('OperationDefinition'),
  id: z.string(),
  url: z.string(),
  name: z.string(),
  title: z.string(),
  status: z.literal('active'),
  kind: z.literal('operation'),
  description: z.string(),
  affectsState: z.boolean(),
  code: z.string(),
  resource: z.array(z.literal('CoverageEligibilityRequest')),
  system: z.boolean(),
  type: z.boolean(),
  instance: z.boolean(),
  parameter: z.array(operationParameter),
}).describe('The $evaluate OperationDefinition');

export const capabilityStatementSchema = z
  .strictObject({
    resourceType: z.literal('CapabilityStatement'),
    status: z.literal('active'),
    date: z.string(),
    kind: z.literal('instance'),
    software: z.strictObject({ name: z.string(), version: z.string() }),
    implementation: z.strictObject({ description: z.string() }),
    fhirVersion: z.literal('4.0.1'),
    format: z.array(z.string()),
    rest: z.array(
      z.strictObject({
        mode: z.literal('server'),
        documentation: z.string(),
        resource: z.array(
          z.strictObject({
            type: z.literal('CoverageEligibilityRequest'),
            supportedProfile: z.array(z.string()),
            documentation: z.string(),
            interaction: z.array(z.strictObject({ code: z.literal('create'), documentation: z.string() })),
            operation: z.array(z.strictObject({ name: z.string(), definition: z.string(), documentation: z.string() })),
          }),
        ),
      }),
    ),
  })
  .describe('What this server does: the $evaluate operation and the request profile');

// --- each schema's type is an R4 resource of @medplum/fhirtypes ---
type Expect<T extends true> = T;
type Fits<A, B> = [A] extends [B] ? true : false;
export type Checks = [
  Expect<Fits<KepilEligibilityResponse, CoverageEligibilityResponse>>,
  Expect<Fits<KepilOperationOutcome, OperationOutcome>>,
  Expect<Fits<z.output<typeof operationDefinitionSchema>, OperationDefinition>>,
  Expect<Fits<z.output<typeof capabilityStatementSchema>, CapabilityStatement>>,
];
