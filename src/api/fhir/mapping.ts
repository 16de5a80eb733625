// FHIR R4 CoverageEligibilityRequest → engine request, and decision → CoverageEligibilityResponse.
// Pure functions; the profile (extensions and code systems) is documented in docs/fhir.md.
import { KepilError, type Issue } from '../../corpus/issues.js';
import type { Decision } from '../../engine/decision.js';
import { parseRequest, type EligibilityRequest } from '../../engine/request.js';

export const BASE = 'https://kepil.kz/fhir';
export const EXT = (name: string): string => `${BASE}/StructureDefinition/${name}`;
export const CARE_TYPE_SYSTEM = `${BASE}/CodeSystem/care-type`;
export const OUTCOME_SYSTEM = `${BASE}/CodeSystem/outcome`;
export const ICD10_SYSTEM = 'http://hl7.org/fhir/sid/icd-10';

type Json = Record<string, unknown>;
interface Extension {
  url: string;
  valueCode?: string;
  valueBoolean?: boolean;
  valueDate?: string;
  valueString?: string;
  extension?: Extension[];
}

const asArray = (v: unknown): unknown[] => (Array.isArray(v) ? v : []);
const obj = (v: unknown): Json => (v && typeof v === 'object' && !Array.isArray(v) ? (v as Json) : {});

function extensions(resource: Json, name: string): Extension[] {
  return asArray(resource.extension).map(obj).filter((e) => e.url === EXT(name)) as unknown as Extension[];
}
function extValue(resource: Json, name: string): unknown {
  const e = extensions(resource, name)[0];
  return e ? (e.valueCode ?? e.valueBoolean ?? e.valueDate ?? e.valueString) : undefined;
}

/** `on-list` item extensions ({list: code, value: boolean}) → care.onList; the engine's schema checks the ids. */
function onListOf(item: Json): Json | undefined {
  const entries = extensions(item, 'on-list').map((e) => {
    const parts = asArray(e.extension).map(obj);
    const list = parts.find((p) => p.url === 'list')?.valueCode;
    const value = parts.find((p) => p.url === 'value')?.valueBoolean;
    return [String(list), value] as const;
  });
  return entries.length ? Object.fromEntries(entries) : undefined;
}

/** Reads the request; FHIR-level problems are collected and thrown once, with FHIRPath-like paths. */
export function fromFhir(resource: unknown): { request: EligibilityRequest; patientRef: string; purpose: string[] } {
  const r = obj(resource);
  const issues: Issue[] = [];
  if (r.resourceType !== 'CoverageEligibilityRequest') issues.push({ path: 'CoverageEligibilityRequest.resourceType', message: 'must be CoverageEligibilityRequest' });
  const patientRef = String(obj(r.patient).reference ?? '');
  const patient = obj(asArray(r.contained).map(obj).find((c) => c.resourceType === 'Patient' && `#${String(c.id)}` === patientRef));
  if (!patient.resourceType) issues.push({ path: 'CoverageEligibilityRequest.patient', message: 'must reference a contained Patient (#id)' });
  const item = obj(asArray(r.item)[0]);
  if (!item.productOrService) issues.push({ path: 'CoverageEligibilityRequest.item[0].productOrService', message: 'the care type is required' });
  if (issues.length) throw new KepilError('bad_request', 'the CoverageEligibilityRequest is invalid', issues);

  const product = obj(item.productOrService);
  const careType = asArray(product.coding).map(obj).find((c) => c.system === CARE_TYPE_SYSTEM)?.code;
  const diagnosis = asArray(item.diagnosis).map(obj).flatMap((d) => asArray(obj(d.diagnosisCodeableConcept).coding).map(obj)).find((c) => c.system === ICD10_SYSTEM)?.code;
  const person: Json = {
    residency: extValue(patient, 'residency'),
    region: obj(asArray(patient.address)[0]).state,
    birthDate: patient.birthDate,
    sex: patient.gender === 'female' || patient.gender === 'male' ? patient.gender : undefined,
    pregnant: extValue(patient, 'pregnant'),
    postpartum: extValue(patient, 'postpartum'),
    employed: extValue(patient, 'employed'),
    contributions: extValue(patient, 'contributions'),
    categories: extensions(patient, 'cshi-category').length ? extensions(patient, 'cshi-category').map((e) => e.valueCode) : undefined,
    dispensary: extensions(patient, 'dispensary').length ? extensions(patient, 'dispensary').map((e) => e.valueCode) : undefined,
    phcAttached: extValue(patient, 'phc-attached'),
  };
  const care: Json = {
    type: careType,
    form: extValue(item, 'care-form'),
    purpose: extValue(item, 'care-purpose'),
    specialty: extValue(item, 'specialty'),
    diagnosis,
    diagnosisDate: extValue(item, 'diagnosis-date'),
    referral: extValue(item, 'referral'),
    lifeThreatening: extValue(item, 'life-threatening'),
    item: typeof product.text === 'string' && product.text.trim() ? product.text : undefined,
    onList: onListOf(item),
  };
  const drop = (o: Json): Json => Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined));
  const date = (r.servicedDate ?? r.created) as unknown;
  try {
    return { request: parseRequest({ date, person: drop(person), care: drop(care) }), patientRef, purpose: asArray(r.purpose).map(String) };
  } catch (e) {
    if (e instanceof KepilError) throw new KepilError('bad_request', e.message, e.issues.map((i) => ({ path: fhirPath(i.path), message: i.message })));
    throw e;
  }
}

/** Maps an engine field path back to where it sits in the FHIR request. */
function fhirPath(path: string): string {
  const [head, field] = path.split('.');
  if (path === 'date') return 'CoverageEligibilityRequest.servicedDate';
  if (head === 'person') {
    const core: Record<string, string> = { region: 'address[0].state', birthDate: 'birthDate', sex: 'gender' };
    return `CoverageEligibilityRequest.contained[Patient].${core[field ?? ''] ?? `extension(${field})`}`;
  }
  if (head === 'care') {
    const core: Record<string, string> = { type: 'productOrService', diagnosis: 'diagnosis[0]', item: 'productOrService.text' };
    return `CoverageEligibilityRequest.item[0].${core[field ?? ''] ?? `extension(${field})`}`;
  }
  return `CoverageEligibilityRequest.${path}`;
}

const PACKAGE_NAME: Record<string, string> = {
  gvfmc: 'GVFMC — guaranteed volume of free medical care (ТМККК)',
  cshi: 'CSHI — compulsory social health insurance (МӘМС)',
  regional: 'Regional supplement to GVFMC (maslikhat decision, local budget)',
};

export function toFhir(decision: Decision, req: Json, patientRef: string, purpose: string[], created: string): Json {
  const item = obj(asArray(req.item)[0]);
  const needsReferral = decision.conditions.some((c) => c.id === 'care.referral') || decision.missing.some((m) => m.id === 'care.referral') || decision.wouldCover.some((w) => w.change.includes('referral'));
  const basisExt = decision.basis.map((b) => ({
    url: EXT('basis'),
    extension: [
      { url: 'act', valueString: b.act },
      { url: 'point', valueString: b.point },
      { url: 'quote', valueString: b.quote },
    ],
  }));
  const disposition = [
    `${decision.outcome}${decision.package ? ` (${decision.package})` : ''}`,
    ...decision.reasons.map((r) => r.text),
    ...decision.missing.map((m) => `missing ${m.kind} ${m.id}: ${m.text}`),
    ...decision.questions.map((q) => `question ${q.field}: ${q.values.map((v) => `${v.value} → ${v.outcome}${v.package ? ` (${v.package})` : ''}`).join(', ')}`),
  ].join('; ');
  return {
    resourceType: 'CoverageEligibilityResponse',
    status: 'active',
    purpose: purpose.length ? purpose : ['benefits'],
    patient: { display: patientRef || 'patient' },
    created,
    request: { display: 'CoverageEligibilityRequest' },
    outcome: decision.outcome === 'undetermined' ? 'partial' : 'complete',
    disposition,
    insurer: { display: decision.package ? PACKAGE_NAME[decision.package] : 'Kepil' },
    extension: [
      { url: EXT('outcome'), valueCode: decision.outcome },
      { url: EXT('dataset-version'), valueString: decision.datasetVersion },
    ],
    insurance: [
      {
        coverage: { display: decision.package ? PACKAGE_NAME[decision.package] : 'undetermined' },
        inforce: decision.outcome === 'covered',
        item: [
          {
            ...(basisExt.length ? { extension: basisExt } : {}),
            productOrService: item.productOrService ?? { text: 'care' },
            excluded: decision.outcome === 'not_covered',
            description: disposition,
            authorizationRequired: needsReferral,
          },
        ],
      },
    ],
  };
}

/** An error response: the same shape as every other error, as FHIR says it. */
export function fhirError(issues: Issue[], created: string): Json {
  return {
    resourceType: 'CoverageEligibilityResponse',
    status: 'active',
    purpose: ['benefits'],
    patient: { display: 'unknown' },
    created,
    request: { display: 'CoverageEligibilityRequest' },
    outcome: 'error',
    disposition: issues.map((i) => `${i.path}: ${i.message}`).join('; '),
    insurer: { display: 'Kepil' },
    error: issues.map((i) => ({ code: { coding: [{ system: `${BASE}/CodeSystem/error`, code: 'invalid' }], text: `${i.path}: ${i.message}` } })),
  };
}
