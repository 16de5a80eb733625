// Everything a person has on a date: their packages, the care each covers for them, and every
// regional list entry they match, with its conditions.
import type { Source, ListRow } from '../corpus/schema.js';
import { regionalListOn } from '../corpus/queries.js';
import type { Engine } from './compile.js';
import type { Condition, Missing } from './decision.js';
import type { EntitlementsRequest } from './request.js';
import { deriveFacts, isChild, type Facts, type Tri } from './facts.js';
import { condition } from './rules/common.js';
import { msg, render, tx, type Message } from '../i18n/index.js';
import { withMessages } from './messages.js';

export interface CareEntitlement {
  type: string;
  package: 'gvfmc' | 'cshi';
  scope: string;
  message: Message;
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
  regional: { region: string | null; state: string; reason: string; message?: Message; entries: RegionalEntitlement[] };
  datasetVersion: string;
}

type Scope = { type: string; pkg: 'gvfmc' | 'cshi'; point: string; scope: Message; when?: (f: Facts, e: Engine) => boolean };

/** Parameter deceased_donor_preparation.package: GVFMC (p.50), CSHI from 1 Jan 2027 (p.51); it has no value before the programme. */
const donorPreparation = (e: Engine, f: Facts) => e.param('deceased_donor_preparation.package', f.date).value;

// Each line is one type of care a package covers, with the point that says so.
const SCOPES: Scope[] = [
  { type: 'ambulance', pkg: 'gvfmc', point: 'gvfmc.ambulance', scope: msg('rules.scope.1') },
  { type: 'air_ambulance', pkg: 'gvfmc', point: 'gvfmc.air_ambulance', scope: msg('rules.scope.2') },
  { type: 'phc', pkg: 'gvfmc', point: 'gvfmc.phc.attachment', scope: msg('rules.scope.3') },
  { type: 'outpatient_specialist', pkg: 'gvfmc', point: 'gvfmc.outpatient.social', scope: msg('rules.scope.4') },
  { type: 'day_hospital', pkg: 'gvfmc', point: 'gvfmc.day_hospital.social', scope: msg('rules.scope.5') },
  { type: 'inpatient', pkg: 'gvfmc', point: 'gvfmc.inpatient.planned_referral', scope: msg('rules.scope.6') },
  { type: 'inpatient', pkg: 'gvfmc', point: 'gvfmc.inpatient.emergency_uninsured', scope: msg('rules.scope.7'), when: (f) => f.cshi.state !== true },
  { type: 'rehabilitation', pkg: 'gvfmc', point: 'gvfmc.rehabilitation', scope: msg('rules.scope.8') },
  { type: 'palliative', pkg: 'gvfmc', point: 'gvfmc.palliative', scope: msg('rules.scope.9') },
  { type: 'blood', pkg: 'gvfmc', point: 'gvfmc.blood', scope: msg('rules.scope.10') },
  { type: 'pathology', pkg: 'gvfmc', point: 'gvfmc.pathology', scope: msg('rules.scope.11') },
  { type: 'transplantation', pkg: 'gvfmc', point: 'gvfmc.transplantation', scope: msg('rules.scope.12') },
  { type: 'outpatient_drug', pkg: 'gvfmc', point: 'gvfmc.drugs.outpatient', scope: msg('rules.scope.13') },
  { type: 'treatment_abroad', pkg: 'gvfmc', point: 'gvfmc.abroad', scope: msg('rules.scope.14'), when: (f) => f.person.residency === 'citizen' },
  { type: 'outpatient_specialist', pkg: 'cshi', point: 'cshi.outpatient.referral', scope: msg('rules.scope.15') },
  { type: 'outpatient_specialist', pkg: 'cshi', point: 'cshi.dental.planned', scope: msg('rules.scope.16'), when: (f) => isChild(f) === true || f.person.pregnant === true },
  { type: 'day_hospital', pkg: 'cshi', point: 'cshi.day_hospital', scope: msg('rules.scope.17') },
  { type: 'inpatient', pkg: 'cshi', point: 'cshi.inpatient.planned', scope: msg('rules.scope.18') },
  { type: 'inpatient', pkg: 'cshi', point: 'cshi.inpatient.emergency', scope: msg('rules.scope.19') },
  { type: 'blood', pkg: 'cshi', point: 'cshi.inpatient.blood', scope: msg('rules.scope.20') },
  { type: 'rehabilitation', pkg: 'cshi', point: 'cshi.rehabilitation', scope: msg('rules.scope.21') },
  { type: 'pathology', pkg: 'cshi', point: 'cshi.pathology', scope: msg('rules.scope.11') },
  { type: 'transplantation', pkg: 'cshi', point: 'cshi.transplantation', scope: msg('rules.scope.22'), when: (f, e) => f.date >= e.corpus.programme.content.period.from && donorPreparation(e, f) === 'cshi' },
  { type: 'outpatient_drug', pkg: 'cshi', point: 'cshi.drugs', scope: msg('rules.scope.23') },
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
    if (row.population.dispensary === 'required') conditions.push(condition('person.dispensary', tx('rules.cond.onRegister', { codes: row.disease }), row.source, onRegister.length > 0));
    if (age === null && pop !== 'all') conditions.push(condition('population', row.population.text, row.source));
    for (const flag of row.indication?.flags ?? []) if (flag !== 'all_stages') conditions.push(condition(`indication.${flag}`, row.indication!.text, row.source));
    out.push({ act, row: row.id, section: row.section, disease: row.disease, items: row.items.map((i) => i.nameInAct), conditions: withMessages(conditions), notes: row.note ? [tx('rules.note.rowDoubt', { row: row.id })] : [] });
  }
  return out;
}

export function entitlements(engine: Engine, request: EntitlementsRequest): Entitlements {
  const f = deriveFacts(engine, request.date, request.person, { type: 'phc' });
  const care: CareEntitlement[] = [];
  for (const s of SCOPES) {
    const has = s.pkg === 'gvfmc' ? f.gvfmc.state : f.cshi.state;
    if (has === false || (s.when && !s.when(f, engine))) continue;
    care.push({ type: s.type, package: s.pkg, scope: render(s.scope, 'en'), message: s.scope, source: engine.cite(s.point), status: has === true ? 'yes' : 'if_package_confirmed' });
  }
  const noRegion = msg('rules.ent.noRegion');
  let regional: Entitlements['regional'] = { region: null, state: 'unknown', reason: render(noRegion, 'en'), message: noRegion, entries: [] };
  if (request.person.region) {
    const list = regionalListOn(engine.corpus, request.person.region, request.date);
    const citizen = !list.list?.beneficiaries || !request.person.residency || list.list.beneficiaries.residency.includes(request.person.residency);
    regional = {
      region: request.person.region,
      state: citizen ? list.state : 'none',
      reason: citizen ? list.reason : tx('rules.ent.listFor', { who: list.list!.beneficiaries!.residency.join(', ') }),
      message: citizen ? list.message : msg('rules.ent.listFor', { who: list.list!.beneficiaries!.residency.join(', ') }),
      entries: list.list && list.act && citizen ? regionalEntries(engine, f, list.list.rows, list.act) : [],
    };
  }
  return {
    date: request.date,
    age: f.age,
    packages: { gvfmc: { state: f.gvfmc.state, basis: f.gvfmc.basis, missing: withMessages(f.gvfmc.missing) }, cshi: { state: f.cshi.state, groups: f.cshi.groups, basis: f.cshi.basis, missing: withMessages(f.cshi.missing) } },
    care,
    regional,
    datasetVersion: engine.corpus.version,
  };
}
