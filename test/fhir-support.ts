// A valid R4 CoverageEligibilityRequest for the tests, with Kepil's extensions.
import { EXT, CARE_TYPE_SYSTEM, ICD10_SYSTEM } from '../src/api/fhir/mapping.js';

export interface FhirOptions {
  careType?: string;
  item?: string;
  diagnosis?: string;
  residency?: string;
  region?: string;
  birthDate?: string;
  referral?: boolean;
  date?: string;
  contributions?: string;
  form?: string;
  onList?: Record<string, boolean>;
}

function itemExtensions(o: FhirOptions): { extension?: unknown[] } {
  const ext = [
    ...(o.referral !== undefined ? [{ url: EXT('referral'), valueBoolean: o.referral }] : []),
    ...(o.form ? [{ url: EXT('care-form'), valueCode: o.form }] : []),
    ...Object.entries(o.onList ?? {}).map(([list, value]) => ({ url: EXT('on-list'), extension: [{ url: 'list', valueCode: list }, { url: 'value', valueBoolean: value }] })),
  ];
  return ext.length ? { extension: ext } : {};
}

export function fhirRequest(o: FhirOptions = {}): Record<string, unknown> {
  const patientExt = [
    { url: EXT('residency'), valueCode: o.residency ?? 'citizen' },
    ...(o.contributions ? [{ url: EXT('contributions'), valueCode: o.contributions }] : []),
    ...(o.diagnosis ? [{ url: EXT('dispensary'), valueCode: o.diagnosis }] : []),
  ];
  return {
    resourceType: 'CoverageEligibilityRequest',
    status: 'active',
    purpose: ['validation'],
    created: o.date ?? '2026-05-01',
    servicedDate: o.date ?? '2026-05-01',
    insurer: { display: 'Social Health Insurance Fund' },
    patient: { reference: '#p1' },
    contained: [
      {
        resourceType: 'Patient',
        id: 'p1',
        birthDate: o.birthDate ?? '2012-03-04',
        gender: 'female',
        address: [{ state: o.region ?? 'mangystau' }],
        extension: patientExt,
      },
    ],
    item: [
      {
        productOrService: { coding: [{ system: CARE_TYPE_SYSTEM, code: o.careType ?? 'outpatient_drug' }], ...(o.item ? { text: o.item } : {}) },
        ...(o.diagnosis ? { diagnosis: [{ diagnosisCodeableConcept: { coding: [{ system: ICD10_SYSTEM, code: o.diagnosis }] } }] } : {}),
        ...itemExtensions(o),
      },
    ],
  };
}
