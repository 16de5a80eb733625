// Field descriptions for the OpenAPI document, kept at the API's edge: they are attached to the engine's
// request schemas through zod's registry, so the engine's schemas stay as they are. The keys are checked
// against the request types, so a renamed field fails the build here.
import { z } from 'zod';
import { personSchema, careSchema, type Person, type Care } from '../engine/index.js';

const PERSON: Record<keyof Person, string> = {
  residency: 'citizen, kandas, refugee, foreign_permanent, stateless_permanent or foreign_temporary; left out: unknown',
  region: 'The region of residence (a Kepil region id); it selects the regional list',
  birthDate: 'YYYY-MM-DD; the age on the request date follows from it',
  sex: 'female or male',
  pregnant: 'Pregnant on the request date',
  postpartum: 'In the postpartum period on the request date',
  employed: 'Employed (CSHI contributions are then the employer’s)',
  contributions: 'CSHI contributions: paid, unpaid or exempt',
  categories: 'p.55 groups the state pays CSHI for, where other fields cannot derive them',
  dispensary: 'ICD-10 codes the person is on the dispensary register for',
  phcAttached: 'Attached to a PHC organisation',
};

const CARE: Record<keyof Care, string> = {
  type: 'The kind of care asked about',
  form: 'emergency, urgent or planned',
  purpose: 'treatment, screening, prevention or dynamic_observation',
  specialty: 'The specialist, for outpatient_specialist',
  diagnosis: 'ICD-10 code, e.g. I21 or E84.0',
  diagnosisDate: 'When the diagnosed event happened (for windows such as the first 6 months after an infarction)',
  referral: 'Has a referral (жолдама / направление)',
  lifeThreatening: 'The condition threatens life',
  item: 'The drug, device or product, in kk, ru, en or as INN (for outpatient_drug)',
  onList: 'Whether the diagnosis or item is on a list the corpus does not hold, by list id (e.g. {"dsm-162-2020": true})',
};

function describe<S extends z.ZodObject>(schema: S, texts: Record<string, string>): void {
  for (const [field, text] of Object.entries(texts)) {
    const fieldSchema = schema.shape[field];
    if (fieldSchema) z.globalRegistry.add(fieldSchema as z.ZodType, { ...z.globalRegistry.get(fieldSchema as z.ZodType), description: text });
  }
}

let done = false;
/** Once per process: the registry is global. */
export function describeRequestFields(): void {
  if (done) return;
  done = true;
  describe(personSchema, PERSON);
  describe(careSchema, CARE);
}
