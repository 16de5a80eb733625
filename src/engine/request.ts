// The eligibility request: one zod schema for the library, the CLI, the HTTP API and its OpenAPI.
// A field left out is unknown; a field given as false is false.
import { z } from 'zod';
import { isoDate, residency } from '../corpus/schema.js';
import { KepilError, formatPath, issue, type Issue } from '../corpus/issues.js';
import { msg } from '../i18n/message.js';
import { validationMessage, type ZodLikeIssue } from '../i18n/validation.js';

export const REGION_IDS = [
  'abai', 'akmola', 'aktobe', 'almaty_oblast', 'atyrau', 'west_kazakhstan', 'zhambyl', 'zhetisu', 'karaganda', 'kostanay',
  'kyzylorda', 'mangystau', 'pavlodar', 'north_kazakhstan', 'turkistan', 'ulytau', 'east_kazakhstan', 'almaty', 'astana', 'shymkent',
] as const;

export const CSHI_GROUP_IDS = [
  'child', 'non_working_pregnant', 'caring_child_under_3', 'parental_leave', 'disabled_child_carer', 'group1_disability_carer',
  'pensioner', 'prisoner', 'detainee', 'non_working_kandas', 'mother_heroine', 'disabled', 'full_time_student',
  'social_assistance', 'registered_unemployed', 'crisis_welfare',
] as const;

export const CARE_TYPES = [
  'ambulance', 'air_ambulance', 'phc', 'outpatient_specialist', 'day_hospital', 'inpatient', 'rehabilitation', 'palliative',
  'blood', 'pathology', 'transplantation', 'outpatient_drug', 'treatment_abroad',
] as const;

export const SPECIALTIES = [
  'dermatovenereology', 'obstetrics_gynecology', 'dentistry', 'orthodontics', 'orthopaedic_dentistry', 'youth_health',
  'cardiology', 'neurology', 'endocrinology', 'gastroenterology', 'pulmonology', 'rheumatology', 'oncology', 'haematology',
  'nephrology', 'urology', 'ophthalmology', 'otorhinolaryngology', 'surgery', 'traumatology', 'paediatrics', 'psychiatry',
  'infectious_diseases', 'allergology', 'therapy', 'other',
] as const;

/**
 * Lists the acts cite but the corpus does not hold, by the ids `missing` uses. A caller who knows
 * whether the request's diagnosis or item is on one may say so in `care.onList`.
 */
export const LIST_IDS = [
  'dsm-108-orphan-codes', 'dsm-162-2020', 'p34-emergency-list', 'dsm-106-2020', 'dsm-149-2020', 'dsm-75', 'dsm-45-2021',
  'gov-1086-item-2', ...REGION_IDS.map((r) => `regional-list:${r}` as const),
] as const;
export type ListId = (typeof LIST_IDS)[number];

export const icd10Single = z.string().regex(/^[A-Z]\d{2}(\.\d{1,2})?$/, 'an ICD-10 code such as I21 or E84.0');

export const personSchema = z.strictObject({
  residency: residency.optional(),
  region: z.enum(REGION_IDS).optional(),
  birthDate: isoDate.optional(),
  sex: z.enum(['female', 'male']).optional(),
  pregnant: z.boolean().optional(),
  postpartum: z.boolean().optional(),
  employed: z.boolean().optional(),
  contributions: z.enum(['paid', 'unpaid', 'exempt']).optional(),
  categories: z.array(z.enum(CSHI_GROUP_IDS)).max(16).optional(),
  dispensary: z.array(icd10Single).max(50).optional(),
  phcAttached: z.boolean().optional(),
});

export const careSchema = z.strictObject({
  type: z.enum(CARE_TYPES),
  form: z.enum(['emergency', 'urgent', 'planned']).optional(),
  purpose: z.enum(['treatment', 'screening', 'prevention', 'dynamic_observation']).optional(),
  specialty: z.enum(SPECIALTIES).optional(),
  diagnosis: icd10Single.optional(),
  /** When the diagnosed event happened (for "first 6 months after a myocardial infarction"). */
  diagnosisDate: isoDate.optional(),
  referral: z.boolean().optional(),
  lifeThreatening: z.boolean().optional(),
  item: z.string().trim().min(1).max(200).optional(),
  /** What the requester knows about a list the corpus does not hold: is the diagnosis (or item) on it? */
  onList: z.partialRecord(z.enum(LIST_IDS), z.boolean()).optional(),
});

/** A rule across fields of a request that parsed: the issue it raises, or undefined. */
type CrossFieldRule = (r: { date: string; person: Person; care?: Care }) => { path: string[]; message: string; params: Record<string, unknown> } | undefined;

const birthAfterDate: CrossFieldRule = (r) =>
  r.person.birthDate && r.person.birthDate > r.date ? { path: ['person', 'birthDate'], message: `the birth date is after the request date ${r.date}`, params: { id: 'validation.birthAfterDate', date: r.date } } : undefined;
const diagnosisAfterDate: CrossFieldRule = (r) =>
  r.care?.diagnosisDate && r.care.diagnosisDate > r.date ? { path: ['care', 'diagnosisDate'], message: `the diagnosis date is after the request date ${r.date}`, params: { id: 'validation.diagnosisAfterDate', date: r.date } } : undefined;
const pregnantMale: CrossFieldRule = (r) => (r.person.pregnant && r.person.sex === 'male' ? { path: ['person', 'pregnant'], message: 'pregnant is true for sex male', params: { id: 'validation.pregnantMale' } } : undefined);

/** The rules JSON Schema cannot state; the compiled validator (src/api/validator.ts) applies the same ones. */
export const ELIGIBILITY_RULES: readonly CrossFieldRule[] = [birthAfterDate, diagnosisAfterDate, pregnantMale];
export const ENTITLEMENTS_RULES: readonly CrossFieldRule[] = [birthAfterDate];

const refineWith = (rules: readonly CrossFieldRule[]) => (r: { date: string; person: Person; care?: Care }, ctx: z.RefinementCtx) => {
  for (const rule of rules) {
    const found = rule(r);
    if (found) ctx.addIssue({ code: 'custom', ...found });
  }
};

export const requestSchema = z
  .strictObject({
    date: isoDate,
    person: personSchema,
    care: careSchema,
  })
  .superRefine(refineWith(ELIGIBILITY_RULES));

/** Entitlements take a person and a date, no care. */
export const entitlementsRequestSchema = z.strictObject({ date: isoDate, person: personSchema }).superRefine(refineWith(ENTITLEMENTS_RULES));

export type EligibilityRequest = z.infer<typeof requestSchema>;
export type EntitlementsRequest = z.infer<typeof entitlementsRequestSchema>;
export type Person = z.infer<typeof personSchema>;
export type Care = z.infer<typeof careSchema>;

/** Collects every failing field, then throws once. */
export function zodIssues(error: z.ZodError): Issue[] {
  // One issue per field: a date that fails its pattern is not also said to be an unreal date.
  const seen = new Set<string>();
  return error.issues.flatMap((i) => {
    const path = formatPath(i.path) || '(body)';
    if (seen.has(path)) return [];
    seen.add(path);
    return [issue(path, validationMessage(path, i as unknown as ZodLikeIssue))];
  });
}

export function parseWith<S extends z.ZodType>(schema: S, input: unknown): z.infer<S> {
  const r = schema.safeParse(input);
  if (!r.success) throw new KepilError('bad_request', msg('error.invalidRequest'), zodIssues(r.error));
  return r.data;
}

export const parseRequest = (input: unknown): EligibilityRequest => parseWith(requestSchema, input);
export const parseEntitlementsRequest = (input: unknown): EntitlementsRequest => parseWith(entitlementsRequestSchema, input);
