// FHIR R4 CoverageEligibilityRequest → engine request, and decision → CoverageEligibilityResponse.
// Pure functions; the profile (extensions and code systems) is documented in docs/fhir.md.
import { KepilError, issue, type Issue } from '../../corpus/issues.js';
import { msg, t, type Lang } from '../../i18n/index.js';
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
  if (r.resourceType !== 'CoverageEligibilityRequest') issues.push(issue('CoverageEligibilityRequest.resourceType', msg('error.fhirResourceType')));
  const patientRef = String(obj(r.patient).reference ?? '');
  const patient = obj(asArray(r.contained).map(obj).find((c) => c.resourceType === 'Patient' && `#${String(c.id)}` === patientRef));
  if (!patient.resourceType) issues.push(issue('CoverageEligibilityRequest.patient', msg('error.fhirPatient')));
  const item = obj(asArray(r.item)[0]);
  if (!item.productOrService) issues.push(issue('CoverageEligibilityRequest.item[0].productOrService', msg('error.fhirCareType')));
  if (issues.length) throw new KepilError('bad_request', msg('error.fhirInvalid'), issues);

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
    if (e instanceof KepilError) throw new KepilError('bad_request', e.msg ?? e.message, e.issues.map((i) => ({ ...i, path: fhirPath(i.path) })));
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

const packageName = (pkg: string, lang: Lang): string => t(`package.${pkg}.long`, lang);

export function toFhir(decision: Decision, req: Json, patientRef: string, purpose: string[], created: string, lang: Lang = 'en'): Json {
  const item = obj(asArray(req.item)[0]);
  const needsReferral = decision.conditions.some((c) => c.id === 'care.referral') || decision.missing.some((m) => m.id === 'care.referral') || decision.wouldCover.some((w) => w.message?.id === 'engine.remedy.referral' || w.change.includes('referral'));
  const basisExt = decision.basis.map((b) => ({
    url: EXT('basis'),
    extension: [
      { url: 'act', valueString: b.act },
      { url: 'point', valueString: b.point },
      { url: 'quote', valueString: b.quote },
    ],
  }));
  const disposition = [
    `${t(`outcome.${decision.outcome}`, lang)}${decision.package ? ` (${t(`package.${decision.package}`, lang)})` : ''}`,
    ...decision.reasons.map((r) => r.text),
    ...decision.missing.map((m) => t('fhir.missing', lang, { id: m.id, text: m.text })),
    // The values and outcomes as codes: a system reading the disposition maps them.
    ...decision.questions.map((q) => t('fhir.question', lang, { field: q.field, values: q.values.map((v) => `${v.value} → ${v.outcome}${v.package ? ` (${v.package})` : ''}`).join(', ') })),
  ].join('; ');
  return {
    resourceType: 'CoverageEligibilityResponse',
    language: lang,
    status: 'active',
    purpose: purpose.length ? purpose : ['benefits'],
    patient: { display: patientRef || 'patient' },
    created,
    request: { display: 'CoverageEligibilityRequest' },
    outcome: decision.outcome === 'undetermined' ? 'partial' : 'complete',
    disposition,
    insurer: { display: decision.package ? packageName(decision.package, lang) : 'Kepil' },
    extension: [
      { url: EXT('outcome'), valueCode: decision.outcome },
      { url: EXT('dataset-version'), valueString: decision.datasetVersion },
    ],
    insurance: [
      {
        coverage: { display: decision.package ? packageName(decision.package, lang) : t('outcome.undetermined', lang) },
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
export function fhirError(issues: Issue[], created: string, lang: Lang = 'en'): Json {
  return {
    resourceType: 'CoverageEligibilityResponse',
    language: lang,
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
