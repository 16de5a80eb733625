// Outpatient drugs, devices and specialised nutrition: the region's maslikhat supplement first, then
// the national list ҚР ДСМ-75 (p.21, p.52.3 in GVFMC; p.70 in CSHI), which the corpus does not hold.
import type { ListRow } from '../../corpus/schema.js';
import { listStatus } from '../../corpus/queries.js';
import { nameKey } from '../../corpus/match.js';
import type { Engine, CompiledList, ItemEntry } from '../compile.js';
import type { Condition, Verdict } from '../decision.js';
import type { Facts, Tri } from '../facts.js';
import { ageIs, missingFact } from '../facts.js';
import type { Rule } from './common.js';
import { covered, firstOf, notCovered, undetermined, condition, listMissing, outsideProgramme } from './common.js';

function presumedNote(e: Engine, act: string, date: string): string {
  const premise = e.corpus.assumptions.get('publication_window_days');
  return `${act} is taken as in force on ${date}: its publication date is not in the sources, and ${date} is more than ${e.corpus.presumeDays} days past its earliest possible date (${premise ? premise.statement.en : 'a project premise'})`;
}

const FLAG_TEXT: Record<string, string> = {
  refractory: 'refractory to conventional therapy',
  active_phase: 'in the active phase',
  intolerance: 'individual intolerance of the usual drug',
  stage_threshold: 'the stage or degree the list names',
  other: 'the indication the list names',
};

function populationCheck(row: ListRow, f: Facts): Tri {
  switch (row.population.category) {
    case 'all':
    case 'other':
      return true;
    case 'children_under_18':
      return ageIs(f, (a) => a < 18);
    case 'adults':
      return ageIs(f, (a) => a >= 18);
    case 'infants_under_1':
      return ageIs(f, (a) => a < 1);
    case 'pregnant_or_postpartum':
      if (f.person.pregnant || f.person.postpartum) return true;
      return f.person.pregnant === false && f.person.postpartum === false ? false : 'unknown';
  }
}

function matchesRow(compiled: CompiledList, row: ListRow, code: string): boolean {
  return compiled.byDiagnosis.get(code).includes(row);
}

/** One list entry: the disease, the population, dispensary registration, then the indication. */
function entryVerdict(f: Facts, compiled: CompiledList, { row, item }: ItemEntry): Verdict {
  const list = compiled.holder.list;
  const what = `${item.nameInAct} (${list.region}, ${row.id})`;
  const rule = `regional list ${compiled.holder.act.id}, ${row.source.point}`;
  const ben = list.beneficiaries;
  if (ben) {
    if (!f.person.residency) return undetermined([missingFact('person.residency', `${list.region}'s list is for ${ben.residency.join(', ')}`)], [ben.source], rule);
    if (!ben.residency.includes(f.person.residency)) return notCovered(`${list.region}'s list is for ${ben.residency.join(', ')} only`, ben.source, rule);
  }
  const diagnosis = f.care.diagnosis;
  const registered = (f.person.dispensary ?? []).filter((c) => matchesRow(compiled, row, c));
  const diseaseText = `${row.disease.kk} (${row.icd10.codes.join(', ')})`;
  if (!diagnosis && registered.length === 0) return undetermined([missingFact('care.diagnosis', `the list gives ${item.nameInAct} for ${diseaseText}`)], [row.source], rule);
  if (diagnosis && !matchesRow(compiled, row, diagnosis) && registered.length === 0) {
    return notCovered(`the list gives ${what} for ${diseaseText}, not for ${diagnosis}`, row.source, rule);
  }
  const conditions: Condition[] = [condition('icd.interpretation', `the disease "${row.disease.kk}" read as ICD-10 ${row.icd10.codes.join(', ')} (the project's interpretation)`, row.source, true)];
  const pop = populationCheck(row, f);
  if (pop === false) return notCovered(`${what} is for the population "${row.population.text}" (${row.population.category})`, row.source, rule);
  if (pop === 'unknown') {
    const field = row.population.category === 'pregnant_or_postpartum' ? 'person.pregnant' : 'person.birthDate';
    return undetermined([missingFact(field, `${what} is for "${row.population.text}"`)], [row.source], rule);
  }
  if (row.population.category === 'other' || row.population.detail) conditions.push(condition('population', row.population.detail ?? row.population.text, row.source));
  if (row.population.dispensary === 'required') {
    if (registered.length > 0) conditions.push(condition('person.dispensary', `on the dispensary register for ${registered.join(', ')}`, row.source, true));
    else if (f.person.dispensary === undefined) return undetermined([missingFact('person.dispensary', `${what} is for patients on the dispensary register for ${row.disease.kk}`)], [row.source], rule);
    else return notCovered(`${what} is for patients on the dispensary register for ${diseaseText}`, row.source, rule);
  }
  for (const flag of row.indication?.flags ?? []) {
    if (flag !== 'all_stages') conditions.push(condition(`indication.${flag}`, `${FLAG_TEXT[flag]}: "${row.indication!.text}"${row.indication!.detail ? ` (${row.indication!.detail})` : ''}`, row.source));
  }
  const v = covered('regional', [list.source, row.source, item.source], conditions, rule);
  if (row.note) v.notes.push(`${row.id}: ${row.note}`);
  return v;
}

/** Rows that give "a drug", "medical devices" or "products" for the diagnosis without naming them. */
function unnamedRoute(compiled: CompiledList, f: Facts): Verdict {
  const rule = `regional list ${compiled.holder.act.id}`;
  const rows = f.care.diagnosis ? compiled.byDiagnosis.get(f.care.diagnosis).filter((row) => row.items.some((i) => !i.named)) : [];
  if (rows.length === 0) return notCovered(`'${f.care.item}' is not on ${compiled.holder.list.region}'s supplementary list (${compiled.holder.act.id})`, compiled.holder.list.source, rule);
  const v = undetermined(
    rows.map((row) => ({ kind: 'list' as const, id: `unnamed-item:${row.id}`, text: `${row.id} gives ${row.items.filter((i) => !i.named).map((i) => i.kind).join(', ')} for ${row.disease.kk} without naming them; whether '${f.care.item}' is one of them is not in the text` })),
    rows.map((row) => row.source),
    rule,
  );
  v.notes.push(...rows.filter((r) => r.note).map((r) => `${r.id}: ${r.note}`));
  return v;
}

function regionalRoute(f: Facts, compiled: CompiledList): Verdict {
  if (!f.care.item) return undetermined([missingFact('care.item', 'the drug, device or product asked about')]);
  const entries = compiled.byItem.get(nameKey(f.care.item)) ?? [];
  return firstOf(...entries.map((entry) => () => entryVerdict(f, compiled, entry)), () => unnamedRoute(compiled, f));
}

/** The national list: GVFMC (p.21, p.52.3) or CSHI (p.70) — either way ҚР ДСМ-75 decides. */
function nationalRoute(e: Engine, f: Facts): Verdict {
  const outside = outsideProgramme(e, f);
  if (outside) return outside;
  const basis = [e.cite('gvfmc.phc.dsm75'), e.cite('gvfmc.drugs.outpatient'), e.cite('cshi.drugs')];
  if (f.gvfmc.state === false && f.cshi.state === false) return notCovered('the person has neither GVFMC nor CSHI', f.gvfmc.basis[0] ?? null, 'national list ҚР ДСМ-75');
  return undetermined([listMissing('dsm-75', 'the national list of free outpatient drugs and devices (ҚР ДСМ-75), which the corpus does not hold')], basis, 'national list ҚР ДСМ-75 (p.21, p.52.3, p.70)');
}

export const outpatientDrug: Rule = (e, f) => {
  const national = () => nationalRoute(e, f);
  const region = f.person.region;
  if (!region) {
    const v = national();
    if (v.outcome === 'undetermined') v.missing.unshift(missingFact('person.region', "the region's supplementary list applies by region"));
    return v;
  }
  const lists = e.lists.get(region) ?? [];
  const judged = lists.map((l) => ({ l, s: listStatus(e.corpus, l.holder, f.date) }));
  const inForce = judged.find((j) => j.s.state === 'yes');
  if (inForce) {
    const v = firstOf(() => regionalRoute(f, inForce.l), national);
    if (inForce.s.presumed) v.notes.push(presumedNote(e, inForce.l.holder.act.id, f.date));
    return v;
  }
  const uncertain = judged.find((j) => j.s.state === 'uncertain');
  if (uncertain) {
    const withList = firstOf(() => regionalRoute(f, uncertain.l), national);
    const without = national();
    const act = uncertain.l.holder.act.id;
    const pending = uncertain.s.pending ?? act;
    withList.readings = [
      { assumption: `the list of ${act} applies on ${f.date}`, outcome: withList.outcome, package: withList.package },
      { assumption: `the list of ${act} does not apply on ${f.date}`, outcome: without.outcome, package: without.package },
    ];
    if (withList.outcome === without.outcome && withList.package === without.package) return withList;
    const v = undetermined([{ kind: 'fact', id: `publication:${pending}`, text: `the first official publication date of ${pending}, which the sources do not give: ${uncertain.s.reason}` }], withList.basis, `regional list ${act} (in force uncertain)`);
    v.readings = withList.readings;
    v.conditions = withList.conditions;
    v.trace = [...withList.trace, ...v.trace];
    return v;
  }
  const v = national();
  const reason = lists.length === 0 ? `the corpus holds no supplementary list for ${region}` : `${region}'s list is not in force on ${f.date}: ${judged[0]!.s.reason}`;
  v.trace.unshift({ rule: 'regional supplementary list', result: reason });
  const repealed = lists.length > 0 && judged.every((j) => j.s.state === 'no') && f.date >= lists[0]!.holder.list.effective.earliest;
  if (v.outcome === 'undetermined' && !repealed) {
    v.missing.push(listMissing(`regional-list:${region}`, lists.length === 0 ? `${region}'s maslikhat supplementary list, which the corpus does not hold` : `the wording of ${region}'s list in force on ${f.date}, which the corpus does not hold`));
  }
  return v;
};

