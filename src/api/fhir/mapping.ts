// FHIR R4 CoverageEligibilityRequest → engine request, and decision → CoverageEligibilityResponse.
// Pure functions over the R4 types of @medplum/fhirtypes; the profile (extensions and code systems) is
// documented in docs/fhir.md, and each extension is declared once in the tables below.
import type { CodeableConcept, Coding, CoverageEligibilityRequest, CoverageEligibilityRequestItem, Extension, Patient, Resource } from '@medplum/fhirtypes';
import { KepilError, type Issue } from '../../corpus/issues.js';
import type { Decision } from '../../engine/decision.js';
import { parseRequest, type EligibilityRequest, type Person, type Care } from '../../engine/request.js';
import type { KepilEligibilityResponse } from './resources.js';
import { t, type Lang } from '../../i18n/index.js';

export const BASE = 'https://kepil.kz/fhir';
export const EXT = (name: string): string => `${BASE}/StructureDefinition/${name}`;
export const CARE_TYPE_SYSTEM = `${BASE}/CodeSystem/care-type`;
export const ICD10_SYSTEM = 'http://hl7.org/fhir/sid/icd-10';
/** The profile a request may claim in meta.profile, and the one the CapabilityStatement names. */
export const REQUEST_PROFILE = `${BASE}/StructureDefinition/kepil-coverage-eligibility-request`;

type ValueKey = 'valueCode' | 'valueBoolean' | 'valueDate';

/** One extension Kepil defines on a request: where it sits, its value type, the engine field it carries. */
export interface RequestExtension<F extends string> {
  name: string;
  field: F;
  value: ValueKey;
  /** Repeats: one extension per array element. */
  repeats?: boolean;
}

export const PATIENT_EXTENSIONS: RequestExtension<keyof Person>[] = [
  { name: 'residency', field: 'residency', value: 'valueCode' },
  { name: 'pregnant', field: 'pregnant', value: 'valueBoolean' },
  { name: 'postpartum', field: 'postpartum', value: 'valueBoolean' },
  { name: 'employed', field: 'employed', value: 'valueBoolean' },
  { name: 'phc-attached', field: 'phcAttached', value: 'valueBoolean' },
  { name: 'contributions', field: 'contributions', value: 'valueCode' },
  { name: 'cshi-category', field: 'categories', value: 'valueCode', repeats: true },
  { name: 'dispensary', field: 'dispensary', value: 'valueCode', repeats: true },
];

export const ITEM_EXTENSIONS: RequestExtension<keyof Care>[] = [
  { name: 'care-form', field: 'form', value: 'valueCode' },
  { name: 'care-purpose', field: 'purpose', value: 'valueCode' },
  { name: 'specialty', field: 'specialty', value: 'valueCode' },
  { name: 'referral', field: 'referral', value: 'valueBoolean' },
  { name: 'life-threatening', field: 'lifeThreatening', value: 'valueBoolean' },
  { name: 'diagnosis-date', field: 'diagnosisDate', value: 'valueDate' },
];

/** `on-list` (repeats, on the item): sub-extensions `list` (valueCode) and `value` (valueBoolean) → care.onList. */
export const ON_LIST = 'on-list';

/** The extensions Kepil puts on a response. */
export const RESPONSE_EXTENSIONS = ['outcome', 'dataset-version', 'basis'] as const;

/** A FHIR-level problem, with the OperationOutcome issue code that names its kind. */
export class FhirInputError extends KepilError {
  constructor(
    message: string,
    issues: Issue[],
    readonly fhirCode: 'structure' | 'required' | 'value',
  ) {
    super('bad_request', message, issues);
  }
}

const isObject = (v: unknown): v is Record<string, unknown> => !!v && typeof v === 'object' && !Array.isArray(v);
/** The input is untrusted JSON typed as FHIR: an array element is read only where it is an object. */
const list = <T>(v: T[] | undefined): T[] => (Array.isArray(v) ? v.filter(isObject) : []);

function readExtensions<F extends string>(on: { extension?: Extension[] }, table: RequestExtension<F>[]): Partial<Record<F, unknown>> {
  const out: Partial<Record<F, unknown>> = {};
  for (const def of table) {
    const values = list(on.extension).filter((e) => e.url === EXT(def.name)).map((e) => e[def.value]);
    if (values.length) out[def.field] = def.repeats ? values : values[0];
  }
  return out;
}

function writeExtensions<F extends string>(from: Partial<Record<F, unknown>>, table: RequestExtension<F>[]): Extension[] {
  return table.flatMap((def) => {
    const v = from[def.field];
    if (v === undefined) return [];
    return (def.repeats ? (v as unknown[]) : [v]).map((value) => ({ url: EXT(def.name), [def.value]: value }) as Extension);
  });
}

const isPatient = (r: Resource, ref: string): r is Patient => r.resourceType === 'Patient' && `#${r.id}` === ref;

/** `on-list` extensions → care.onList ({list id: boolean}); the engine's schema checks the ids. */
function readOnList(item: { extension?: Extension[] }): Record<string, unknown> | undefined {
  const entries = list(item.extension)
    .filter((e) => e.url === EXT(ON_LIST))
    .map((e) => {
      const parts = list(e.extension);
      return [String(parts.find((p) => p.url === 'list')?.valueCode), parts.find((p) => p.url === 'value')?.valueBoolean] as const;
    });
  return entries.length ? Object.fromEntries(entries) : undefined;
}

function writeOnList(onList: Care['onList']): Extension[] {
  return Object.entries(onList ?? {}).map(([id, value]) => ({ url: EXT(ON_LIST), extension: [{ url: 'list', valueCode: id }, { url: 'value', valueBoolean: value }] }));
}

/** Reads the request; FHIR-level problems are collected and thrown once, with FHIRPath expressions. */
export function fromFhir(body: unknown): { request: EligibilityRequest; resource: CoverageEligibilityRequest } {
  if (!isObject(body) || body.resourceType !== 'CoverageEligibilityRequest') {
    throw new FhirInputError('the body is not a CoverageEligibilityRequest', [{ path: 'CoverageEligibilityRequest.resourceType', message: 'must be CoverageEligibilityRequest' }], 'structure');
  }
  const r = body as unknown as CoverageEligibilityRequest;
  const issues: Issue[] = [];
  const patientRef = isObject(r.patient) && typeof r.patient.reference === 'string' ? r.patient.reference : '';
  const patient = list(r.contained).find((c) => isPatient(c, patientRef));
  if (!patient) issues.push({ path: 'CoverageEligibilityRequest.patient', message: 'must reference a contained Patient (#id)' });
  const item: CoverageEligibilityRequestItem | undefined = Array.isArray(r.item) && isObject(r.item[0]) ? r.item[0] : undefined;
  if (!isObject(item?.productOrService)) issues.push({ path: 'CoverageEligibilityRequest.item[0].productOrService', message: 'the care type is required' });
  if (issues.length || !patient || !item) throw new FhirInputError('the CoverageEligibilityRequest is invalid', issues, 'required');

  const codings = (c: CodeableConcept | undefined): Coding[] => (isObject(c) ? list((c as CodeableConcept).coding) : []);
  const diagnosis = list(item.diagnosis).flatMap((d) => codings(d.diagnosisCodeableConcept)).find((c) => c.system === ICD10_SYSTEM)?.code;
  const text = item.productOrService?.text;
  const person = {
    region: list(patient.address)[0]?.state,
    birthDate: patient.birthDate,
    sex: patient.gender === 'female' || patient.gender === 'male' ? patient.gender : undefined,
    ...readExtensions(patient, PATIENT_EXTENSIONS),
  };
  const care = {
    type: codings(item.productOrService).find((c) => c.system === CARE_TYPE_SYSTEM)?.code,
    diagnosis,
    item: typeof text === 'string' && text.trim() ? text : undefined,
    onList: readOnList(item),
    ...readExtensions(item, ITEM_EXTENSIONS),
  };
  const defined = (o: Record<string, unknown>) => Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined));
  try {
    return { request: parseRequest({ date: r.servicedDate ?? r.created, person: defined(person), care: defined(care) }), resource: r };
  } catch (e) {
    if (e instanceof KepilError) throw new FhirInputError(e.message, e.issues.map((i) => ({ path: fhirPath(i.path), message: i.message })), 'value');
    throw e;
  }
}

/** The request a client would send for an engine request: the inverse of `fromFhir`. */
export function toFhirRequest(req: EligibilityRequest, created = req.date): CoverageEligibilityRequest {
  const { region, birthDate, sex, ...personExt } = req.person;
  const { type, diagnosis, item, onList, ...careExt } = req.care;
  const patient: Patient = {
    resourceType: 'Patient',
    id: 'p1',
    ...(birthDate ? { birthDate } : {}),
    ...(sex ? { gender: sex } : {}),
    ...(region ? { address: [{ state: region }] } : {}),
  };
  const pExt = writeExtensions(personExt, PATIENT_EXTENSIONS);
  if (pExt.length) patient.extension = pExt;
  const iExt = [...writeExtensions(careExt, ITEM_EXTENSIONS), ...writeOnList(onList)];
  return {
    resourceType: 'CoverageEligibilityRequest',
    status: 'active',
    purpose: ['validation'],
    created,
    servicedDate: req.date,
    insurer: { display: 'Kepil' },
    patient: { reference: '#p1' },
    contained: [patient],
    item: [
      {
        productOrService: { coding: [{ system: CARE_TYPE_SYSTEM, code: type }], ...(item ? { text: item } : {}) },
        ...(diagnosis ? { diagnosis: [{ diagnosisCodeableConcept: { coding: [{ system: ICD10_SYSTEM, code: diagnosis }] } }] } : {}),
        ...(iExt.length ? { extension: iExt } : {}),
      },
    ],
  };
}

/** Maps an engine field path to a FHIRPath expression on the request. */
export function fhirPath(path: string): string {
  const [head, field = ''] = path.split('.');
  const ext = (table: RequestExtension<string>[]) => {
    const def = table.find((d) => d.field === field);
    return def ? `extension('${EXT(def.name)}')` : field;
  };
  if (path === 'date') return 'CoverageEligibilityRequest.servicedDate';
  if (head === 'person') {
    const core: Record<string, string> = { region: 'address[0].state', birthDate: 'birthDate', sex: 'gender' };
    return `CoverageEligibilityRequest.contained.ofType(Patient).${core[field] ?? ext(PATIENT_EXTENSIONS)}`;
  }
  if (head === 'care') {
    const core: Record<string, string> = { type: 'productOrService', diagnosis: 'diagnosis[0]', item: 'productOrService.text', onList: `extension('${EXT(ON_LIST)}')` };
    return `CoverageEligibilityRequest.item[0].${core[field] ?? ext(ITEM_EXTENSIONS)}`;
  }
  return `CoverageEligibilityRequest.${path}`;
}

const packageName = (pkg: string, lang: Lang): string => t(`package.${pkg}.long`, lang);

/** The condition, fact and question id the engine uses for a referral (жолдама / направление). */
export const REFERRAL_ID = 'care.referral';
/** The message id of the engine's remedy "with a referral". */
export const REFERRAL_REMEDY = 'engine.remedy.referral';

/**
 * Is a referral what the answer turns on? Read from ids only: a condition, a missing fact or a question
 * on `care.referral`, or the engine's remedy "with a referral" among what would make it covered.
 */
export function referralRequired(d: Decision): boolean {
  return (
    d.conditions.some((c) => c.id === REFERRAL_ID) ||
    d.missing.some((m) => m.id === REFERRAL_ID || m.field === REFERRAL_ID) ||
    d.questions.some((q) => q.field === REFERRAL_ID) ||
    d.wouldCover.some((w) => w.message.id === REFERRAL_REMEDY)
  );
}

type Purpose = KepilEligibilityResponse['purpose'][number];
const PURPOSES: readonly Purpose[] = ['auth-requirements', 'benefits', 'discovery', 'validation'];

/** `decision` is already in `lang` (localized); the response names its language (Resource.language). */
export function toFhir(decision: Decision, req: EligibilityRequest, resource: CoverageEligibilityRequest, created: string, lang: Lang): KepilEligibilityResponse {
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
  const purpose = Array.isArray(resource.purpose) ? resource.purpose.filter((p): p is Purpose => PURPOSES.includes(p)) : [];
  const ref = resource.patient?.reference;
  return {
    resourceType: 'CoverageEligibilityResponse',
    language: lang,
    status: 'active',
    purpose: purpose.length ? purpose : ['benefits'],
    patient: { display: typeof ref === 'string' && ref ? ref : 'patient' },
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
            productOrService: { coding: [{ system: CARE_TYPE_SYSTEM, code: req.care.type }], ...(req.care.item ? { text: req.care.item } : {}) },
            excluded: decision.outcome === 'not_covered',
            description: disposition,
            authorizationRequired: referralRequired(decision),
          },
        ],
      },
    ],
  };
}
