// Everything a person has on a date: their packages, the care each covers for them, and every
// regional list entry they match, with its conditions.
import type { Source, ListRow } from '../corpus/schema.js';
import { regionalListOn } from '../corpus/queries.js';
import type { Engine } from './compile.js';
import type { Condition, Missing } from './decision.js';
import type { EntitlementsRequest } from './request.js';
import { deriveFacts, isChild, type Facts, type Tri } from './facts.js';
import { condition } from './rules/common.js';

export interface CareEntitlement {
  type: string;
  package: 'gvfmc' | 'cshi';
  scope: string;
  source: Source;
  status: 'yes' | 'if_package_confirmed';
}

export interface RegionalEntitlement {
  act: string;
  row: string;
  section: ListRow['section'];
  disease: ListRow['disease'];
  items: string[];
  conditions: Condition[];
  notes: string[];
}

export interface Entitlements {
  date: string;
  age: number | null;
  packages: { gvfmc: { state: Tri; basis: Source[]; missing: Missing[] }; cshi: { state: Tri; groups: string[]; basis: Source[]; missing: Missing[] } };
  care: CareEntitlement[];
  regional: { region: string | null; state: string; reason: string; entries: RegionalEntitlement[] };
  datasetVersion: string;
}

type Scope = { type: string; pkg: 'gvfmc' | 'cshi'; point: string; scope: string; when?: (f: Facts, e: Engine) => boolean };

/** Parameter deceased_donor_preparation.package: GVFMC (p.50), CSHI from 1 Jan 2027 (p.51). */
const donorPreparation = (e: Engine, f: Facts) => e.param('deceased_donor_preparation.package', f.date).value;

// Each line is one type of care a package covers, with the point that says so.
const SCOPES: Scope[] = [
  { type: 'ambulance', pkg: 'gvfmc', point: 'gvfmc.ambulance', scope: 'ambulance, emergency and urgent' },
  { type: 'air_ambulance', pkg: 'gvfmc', point: 'gvfmc.air_ambulance', scope: 'air ambulance' },
  { type: 'phc', pkg: 'gvfmc', point: 'gvfmc.phc.attachment', scope: 'primary health care, with attachment at the place of residence (none needed in an emergency)' },
  { type: 'outpatient_specialist', pkg: 'gvfmc', point: 'gvfmc.outpatient.social', scope: 'specialists for socially significant diseases, injuries, poisoning and urgent states; screening' },
  { type: 'day_hospital', pkg: 'gvfmc', point: 'gvfmc.day_hospital.social', scope: 'day hospital for socially significant diseases' },
  { type: 'inpatient', pkg: 'gvfmc', point: 'gvfmc.inpatient.planned_referral', scope: 'planned inpatient care by referral for the GVFMC (socially significant) diseases — the structural reading of p.33.3, which names no disease (interpretation p33.3); infectious diseases of ҚР ДСМ-162/2020 (p.33.2)' },
  { type: 'inpatient', pkg: 'gvfmc', point: 'gvfmc.inpatient.emergency_uninsured', scope: 'emergency inpatient care while outside CSHI (from 2027 only life-threatening conditions and a list, p.34)', when: (f) => f.cshi.state !== true },
  { type: 'rehabilitation', pkg: 'gvfmc', point: 'gvfmc.rehabilitation', scope: 'rehabilitation within the treatment of the main disease' },
  { type: 'palliative', pkg: 'gvfmc', point: 'gvfmc.palliative', scope: 'palliative care' },
  { type: 'blood', pkg: 'gvfmc', point: 'gvfmc.blood', scope: 'blood and its components during specialised care' },
  { type: 'pathology', pkg: 'gvfmc', point: 'gvfmc.pathology', scope: 'pathological-anatomical diagnosis' },
  { type: 'transplantation', pkg: 'gvfmc', point: 'gvfmc.transplantation', scope: 'organ and tissue transplantation (p.50); from 2027 the deceased donor\'s preparation is CSHI (p.51, interpretation p51)' },
  { type: 'outpatient_drug', pkg: 'gvfmc', point: 'gvfmc.drugs.outpatient', scope: 'outpatient drugs and devices of the national list ҚР ДСМ-75 (not in the corpus)' },
  { type: 'treatment_abroad', pkg: 'gvfmc', point: 'gvfmc.abroad', scope: 'treatment abroad, for citizens, by the lists of ҚР ДСМ-45', when: (f) => f.person.residency === 'citizen' },
  { type: 'outpatient_specialist', pkg: 'cshi', point: 'cshi.outpatient.referral', scope: 'specialists by PHC referral, or without one in the cases of p.59' },
  { type: 'outpatient_specialist', pkg: 'cshi', point: 'cshi.dental.planned', scope: 'planned dental care (not orthodontic or orthopaedic)', when: (f) => isChild(f) === true || f.person.pregnant === true },
  { type: 'day_hospital', pkg: 'cshi', point: 'cshi.day_hospital', scope: 'day hospital, except for GVFMC diseases' },
  { type: 'inpatient', pkg: 'cshi', point: 'cshi.inpatient.planned', scope: 'planned inpatient care by a PHC referral (p.20), except for GVFMC diseases' },
  { type: 'inpatient', pkg: 'cshi', point: 'cshi.inpatient.emergency', scope: 'emergency inpatient care, except for GVFMC diseases, by the ICD-10 list of diseases for round-the-clock care (regardless of it for children, pregnant and postpartum women and people over 65)' },
  { type: 'blood', pkg: 'cshi', point: 'cshi.inpatient.blood', scope: 'blood and its components within inpatient care' },
  { type: 'rehabilitation', pkg: 'cshi', point: 'cshi.rehabilitation', scope: 'rehabilitation, stages II–III' },
  { type: 'pathology', pkg: 'cshi', point: 'cshi.pathology', scope: 'pathological-anatomical diagnosis' },
  { type: 'transplantation', pkg: 'cshi', point: 'cshi.transplantation', scope: 'the deceased donor\'s preparation (p.51) and transplantation (p.69), from 2027', when: (f, e) => donorPreparation(e, f) === 'cshi' },
  { type: 'outpatient_drug', pkg: 'cshi', point: 'cshi.drugs', scope: 'outpatient drugs of the national list ҚР ДСМ-75 (not in the corpus)' },
];

function regionalEntries(engine: Engine, f: Facts, rows: ListRow[], act: string): RegionalEntitlement[] {
  const compiled = engine.lists.get(f.person.region!)?.find((l) => l.holder.act.id === act);
  const registered = f.person.dispensary;
  const out: RegionalEntitlement[] = [];
  for (const row of rows) {
    const pop = row.population.category;
    const age = f.age;
    const [child, infant] = [f.childAgeUnder, f.infantAgeUnder];
    if (age !== null && ((pop === 'children_under_18' && age >= child) || (pop === 'adults' && age < child) || (pop === 'infants_under_1' && age >= infant))) continue;
    if (pop === 'pregnant_or_postpartum' && f.person.pregnant === false && f.person.postpartum === false) continue;
    const onRegister = registered?.filter((c) => compiled?.byDiagnosis.get(c).includes(row)) ?? [];
    // Without a diagnosis on the register for this row, the person matches it only if the request is silent.
    if (registered !== undefined && onRegister.length === 0) continue;
    const conditions: Condition[] = [];
    if (row.population.dispensary === 'required') conditions.push(condition('person.dispensary', `on the dispensary register for ${row.disease.kk}`, row.source, onRegister.length > 0));
    if (age === null && pop !== 'all') conditions.push(condition('population', row.population.text, row.source));
    for (const flag of row.indication?.flags ?? []) if (flag !== 'all_stages') conditions.push(condition(`indication.${flag}`, row.indication!.text, row.source));
    out.push({ act, row: row.id, section: row.section, disease: row.disease, items: row.items.map((i) => i.nameInAct), conditions, notes: row.note ? [row.note] : [] });
  }
  return out;
}

export function entitlements(engine: Engine, request: EntitlementsRequest): Entitlements {
  const f = deriveFacts(engine, request.date, request.person, { type: 'phc' });
  const care: CareEntitlement[] = [];
  for (const s of SCOPES) {
    const has = s.pkg === 'gvfmc' ? f.gvfmc.state : f.cshi.state;
    if (has === false || (s.when && !s.when(f, engine))) continue;
    care.push({ type: s.type, package: s.pkg, scope: s.scope, source: engine.cite(s.point), status: has === true ? 'yes' : 'if_package_confirmed' });
  }
  let regional: Entitlements['regional'] = { region: null, state: 'unknown', reason: 'no person.region given', entries: [] };
  if (request.person.region) {
    const list = regionalListOn(engine.corpus, request.person.region, request.date);
    const citizen = !list.list?.beneficiaries || !request.person.residency || list.list.beneficiaries.residency.includes(request.person.residency);
    regional = {
      region: request.person.region,
      state: citizen ? list.state : 'none',
      reason: citizen ? list.reason : `the list is for ${list.list!.beneficiaries!.residency.join(', ')} only`,
      entries: list.list && list.act && citizen ? regionalEntries(engine, f, list.list.rows, list.act) : [],
    };
  }
  return {
    date: request.date,
    age: f.age,
    packages: { gvfmc: { state: f.gvfmc.state, basis: f.gvfmc.basis, missing: f.gvfmc.missing }, cshi: { state: f.cshi.state, groups: f.cshi.groups, basis: f.cshi.basis, missing: f.cshi.missing } },
    care,
    regional,
    datasetVersion: engine.corpus.version,
  };
}
