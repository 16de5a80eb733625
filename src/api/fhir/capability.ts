// What the FHIR endpoint declares about itself: the CapabilityStatement (GET /fhir/metadata) and the
// $evaluate OperationDefinition it points to.
import { z } from 'zod';
import { BASE, REQUEST_PROFILE } from './mapping.js';
import type { capabilityStatementSchema, operationDefinitionSchema } from './resources.js';

export const evaluateOperation: z.output<typeof operationDefinitionSchema> = {
  resourceType: 'OperationDefinition',
  id: 'CoverageEligibilityRequest-evaluate',
  url: `${BASE}/OperationDefinition/CoverageEligibilityRequest-evaluate`,
  name: 'Evaluate',
  title: 'Evaluate a CoverageEligibilityRequest against GVFMC, CSHI and the regional lists',
  status: 'active',
  kind: 'operation',
  description: 'Answers whether the care, drug or device is free for the person on the date, citing act, point and quote. Nothing is stored.',
  affectsState: false,
  code: 'evaluate',
  resource: ['CoverageEligibilityRequest'],
  system: false,
  type: true,
  instance: false,
  parameter: [
    { name: 'resource', use: 'in', min: 1, max: '1', type: 'Resource', documentation: `A CoverageEligibilityRequest (profile ${REQUEST_PROFILE})` },
    { name: 'return', use: 'out', min: 1, max: '1', type: 'Resource', documentation: 'A CoverageEligibilityResponse; an OperationOutcome on error' },
  ],
};

/** `datasetVersion` is the corpus hash; the statement's date is the software's, not the request's. */
export function capabilityStatement(datasetVersion: string): z.output<typeof capabilityStatementSchema> {
  return {
    resourceType: 'CapabilityStatement',
    status: 'active',
    date: '2026-11-25',
    kind: 'instance',
    software: { name: 'Kepil', version: datasetVersion },
    implementation: { description: "Kazakhstan's guaranteed medical care (GVFMC and CSHI) as dated, cited rules" },
    fhirVersion: '4.0.1',
    format: ['application/fhir+json', 'application/json'],
    rest: [
      {
        mode: 'server',
        documentation: 'Stateless: each request is answered from the acts in force on its date. Errors are OperationOutcome resources.',
        resource: [
          {
            type: 'CoverageEligibilityRequest',
            supportedProfile: [REQUEST_PROFILE],
            documentation: 'The profile and its extensions: docs/fhir.md',
            interaction: [{ code: 'create', documentation: 'The same as $evaluate: the response is returned, nothing is stored' }],
            operation: [{ name: 'evaluate', definition: evaluateOperation.url, documentation: 'POST /fhir/CoverageEligibilityRequest/$evaluate' }],
          },
        ],
      },
    ],
  };
}
