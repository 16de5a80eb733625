// Outpatient drugs, devices and specialised nutrition: the region's maslikhat supplement first, then
// the national list ҚР ДСМ-75 (p.21, p.52.3 in GVFMC; p.70 in CSHI), which the corpus does not hold.
// Which wording of a region's list is in force, and which items a name refers to, come from the one
// regional-list module (src/corpus/regional.ts).
import type { ListRow } from '../../corpus/schema.js';
import { regionalListOn, findItems, type RowItem } from '../../corpus/regional.js';
import { msg } from '../../i18n/index.js';
import type { Engine, CompiledList } from '../compile.js';
import type { Condition, Verdict } from '../decision.js';
import type { Facts, Tri } from '../facts.js';
import { isChild, isInfant, missingFact } from '../facts.js';
import type { ListId } from '../request.js';
import type { Rule } from './common.js';
import { covered, firstOf, notCovered, notCoveredBecause, undetermined, condition, conditionOf, listMissing, outsideProgramme, gate } from './common.js';

// Messages without parameters, made once.
const M_CONDITION_DSM75_CATEGORY = msg('engine.condition.dsm75_category');

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

function populationCheck(population: ListRow['population'], f: Facts): Tri {
  switch (population.category) {
    case 'all':
    case 'other':
      return true;
    case 'children_under_18':
      return isChild(f);
    case 'adults': {
      const child = isChild(f);
      return child === 'unknown' ? child : !child;
    }
    case 'infants_under_1':
      return isInfant(f);
    case 'pregnant_or_postpartum': {
      const pregnant = f.flag('person.pregnant');
      if (pregnant === true) return true;
      const postpartum = f.flag('person.postpartum');
      if (postpartum === true) return true;
      return pregnant === false && postpartum === false ? false : 'unknown';
    }
  }
}

function matchesRow(compiled: CompiledList, row: ListRow, code: string): boolean {
  return compiled.byDiagnosis.get(code).includes(row);
}

/** One list entry: the reading it holds under, who the list is for, the disease, the population, registration, the indication. */
function entryVerdict(f: Facts, compiled: CompiledList, { row, item }: RowItem): Verdict {
  const list = compiled.holder.list;
  const what = `${item.nameInAct} (${list.region}, ${row.id})`;
  const rule = `regional list ${compiled.holder.act.id}, ${row.source.point}`;
  // A doubtful layout is a named interpretation (audit F14, F15): the entry holds only under its reading.
  const doubt = item.underReading ?? row.underReading;
  if (doubt && f.reading(doubt.interpretation) !== doubt.value) {
    if (item.underReading) return notCovered(`under the reading '${f.reading(doubt.interpretation)}' of ${doubt.interpretation}, ${item.nameInAct} is not in ${row.id}`, item.source, rule);
    return undetermined([{ kind: 'interpretation', id: `interpretation:${doubt.interpretation}`, text: `under this reading the cells of ${row.id} are not known` }], [row.source], rule);
  }
  const ben = list.beneficiaries;
  if (ben) {
    const residency = f.residency();
    if (!residency) return undetermined([missingFact('person.residency', `${list.region}'s list is for ${ben.residency.join(', ')}`)], [ben.source], rule);
    if (!ben.residency.includes(residency)) return notCoveredBecause(msg('engine.reason.list_beneficiaries', { item: what, region: list.region, residency: ben.residency.join(', ') }), ben.source, rule);
  }
  const diagnosis = f.care.diagnosis;
  const registered = (f.person.dispensary ?? []).filter((c) => matchesRow(compiled, row, c));
  const diseaseText = `${row.disease.kk} (${row.icd10.codes.join(', ')})`;
  if (!diagnosis && registered.length === 0) return undetermined([missingFact('care.diagnosis', `the list gives ${item.nameInAct} for ${diseaseText}`)], [row.source], rule);
  if (diagnosis && !matchesRow(compiled, row, diagnosis) && registered.length === 0) {
    return notCovered(`${what} is on the list for ${diseaseText}, not for ${diagnosis}`, row.source, rule);
  }
  const conditions: Condition[] = [condition('icd.interpretation', `the disease "${row.disease.kk}" read as ICD-10 ${row.icd10.codes.join(', ')} (the project's interpretation)`, row.source, true)];
  const population = item.population ?? row.population;
  const pop = populationCheck(population, f);
  if (pop === false) return notCoveredBecause(msg('engine.reason.list_population', { item: what, population: population.text, category: population.category }), item.population ? item.source : row.source, rule);
  if (pop === 'unknown') {
    const field = population.category === 'pregnant_or_postpartum' ? 'person.pregnant' : 'person.birthDate';
    return undetermined([missingFact(field, `${what} is for "${population.text}"`)], [row.source], rule);
  }
  if (population.category === 'other' || population.detail) conditions.push(condition('population', population.detail ?? population.text, row.source));
  if (population.dispensary === 'required') {
    if (registered.length > 0) conditions.push(condition('person.dispensary', `on the dispensary register for ${registered.join(', ')}`, row.source, true));
    else if (f.person.dispensary === undefined) return undetermined([missingFact('person.dispensary', `${what} is for patients on the dispensary register for ${row.disease.kk}`)], [row.source], rule);
    else {
      f.use('person.dispensary:false');
      return notCovered(`${what} is for patients on the dispensary register for ${diseaseText}`, row.source, rule);
    }
  }
  const indication = item.indication ?? row.indication;
  for (const flag of indication?.flags ?? []) {
    if (flag !== 'all_stages') conditions.push(condition(`indication.${flag}`, `${FLAG_TEXT[flag]}: "${indication!.text}"${indication!.detail ? ` (${indication!.detail})` : ''}`, row.source));
  }
  const v = covered('regional', [list.source, row.source, item.source], conditions, rule);
  if (row.note) v.notes.push(`${row.id}: ${row.note}`);
  return v;
}

/** Rows that give "a drug", "medical devices" or "products" for the diagnosis without naming them. */
function unnamedRoute(compiled: CompiledList, f: Facts, found: number): Verdict {
  const rule = `regional list ${compiled.holder.act.id}`;
  const rows = f.care.diagnosis ? compiled.byDiagnosis.get(f.care.diagnosis).filter((row) => row.items.some((i) => !i.named)) : [];
  if (rows.length === 0) {
    // An item found on the list but not for this person: the entries' own reasons say why (F21).
    if (found > 0) return notCoveredBecause(msg('engine.reason.list_no_entry_applies', { region: compiled.holder.list.region, item: f.care.item ?? '' }), compiled.holder.list.source, rule);
    return notCovered(`'${f.care.item}' is not on ${compiled.holder.list.region}'s supplementary list (${compiled.holder.act.id})`, compiled.holder.list.source, rule);
  }
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
  const entries = findItems(compiled.holder.list, f.care.item, compiled.byItem);
  return firstOf(...entries.map((entry) => () => entryVerdict(f, compiled, entry)), () => unnamedRoute(compiled, f, entries.length));
}

/** A region's list the corpus does not hold: whether the item is on it is a list fact (`regional-list:<region>`). */
function unheldListRoute(e: Engine, f: Facts, region: string, reason: string): Verdict {
  const id = `regional-list:${region}` as ListId;
  const listed = f.onList(id, f.care.item ?? 'the item');
  if (listed === 'unknown') return undetermined([listMissing(id, `the wording of ${region}'s list in force on ${f.date}, which the corpus does not hold: ${reason}`)], [], `regional list ${region} (not held)`);
  if (!listed) return notCoveredBecause(msg('engine.reason.unheld_list_off', { item: f.care.item ?? '—', region, date: f.date }), null, `regional list ${region} (not held)`);
  const v = verdict(e, region);
  v.conditions.push(conditionOf(`onList.${id}`, msg('engine.condition.unheld_list', { region, date: f.date }), null));
  return v;
}

function verdict(e: Engine, region: string): Verdict {
  const v = covered('regional', [e.cite('gvfmc.drugs.outpatient')], [], `regional list ${region} (not held)`);
  v.notes.push(`The regional supplement is paid from the local budget under the region's maslikhat decision; the corpus does not hold the wording for ${region} on this date.`);
  return v;
}

/** The national list: GVFMC (p.21, p.52.3) or CSHI (p.70) — either way ҚР ДСМ-75 decides. */
function nationalRoute(e: Engine, f: Facts): Verdict {
  const outside = outsideProgramme(e, f);
  if (outside) return outside;
  const basis = [e.cite('gvfmc.phc.dsm75'), e.cite('gvfmc.drugs.outpatient'), e.cite('cshi.drugs')];
  if (f.gvfmc.state === false && f.cshi.state === false) return notCovered('the person has neither GVFMC nor CSHI', f.gvfmc.basis[0] ?? null, 'national list ҚР ДСМ-75');
  const listed = f.onList('dsm-75', f.care.item ?? 'the item');
  if (listed === 'unknown') return undetermined([listMissing('dsm-75', 'the national list of free outpatient drugs and devices (ҚР ДСМ-75), which the corpus does not hold')], basis, 'national list ҚР ДСМ-75 (p.21, p.52.3, p.70)');
  if (!listed) {
    const v = notCoveredBecause(msg('engine.reason.dsm75_off', { item: f.care.item ?? '—' }), basis[0]!, 'national list ҚР ДСМ-75');
    v.basis = basis;
    return v;
  }
  const onList = conditionOf('dsm75.category', M_CONDITION_DSM75_CATEGORY, e.cite('gvfmc.phc.dsm75'));
  return firstOf(
    () => gate(f.gvfmc, 'gvfmc', () => covered('gvfmc', [e.cite('gvfmc.phc.dsm75'), e.cite('gvfmc.drugs.outpatient')], [onList], 'national list ҚР ДСМ-75 in GVFMC (p.21, p.52.3)')),
    () => gate(f.cshi, 'cshi', () => covered('cshi', [e.cite('cshi.drugs')], [onList], 'national list ҚР ДСМ-75 in CSHI (p.70)')),
  );
}

// The list state per region and date, remembered: a request's readings ask it once per reading.
const states = new WeakMap<Engine, Map<string, ReturnType<typeof regionalListOn>>>();
function listOn(e: Engine, region: string, date: string): ReturnType<typeof regionalListOn> {
  let memo = states.get(e);
  if (!memo) states.set(e, (memo = new Map()));
  const key = `${region}|${date}`;
  let s = memo.get(key);
  if (!s) {
    if (memo.size > 10_000) memo.clear();
    memo.set(key, (s = regionalListOn(e.corpus, region, date)));
  }
  return s;
}

const PUBLICATION = (act: string, reason: string) => ({ id: `publication:${act}`, kind: 'fact' as const, field: `publication:${act}`, values: ['true', 'false'] as const, text: msg('engine.q.publication', { act, reason }) });

export const outpatientDrug: Rule = (e, f) => {
  const national = () => nationalRoute(e, f);
  const region = f.person.region;
  if (!region) {
    const v = national();
    if (v.outcome !== 'covered') {
      const open = undetermined([missingFact('person.region', "the region's supplementary list applies by region"), ...v.missing], v.basis, 'regional supplementary list');
      open.reasons = v.reasons;
      return open;
    }
    return v;
  }
  const state = listOn(e, region, f.date);
  const compiled = (e.lists.get(region) ?? []).find((l) => l.holder.act.id === state.act);
  const heldRoute = () => firstOf(() => regionalRoute(f, compiled!), national);
  const unheld = (reason: string) => firstOf(() => unheldListRoute(e, f, region, reason), national);
  if (state.state === 'in_force' && compiled) {
    const v = heldRoute();
    if (state.status?.presumed) v.notes.push(presumedNote(e, compiled.holder.act.id, f.date));
    return v;
  }
  if (state.state === 'uncertain' && compiled) {
    // Entry into force unknown on the date: one more unknown of the readings (its publication date).
    const pending = state.pending ?? compiled.holder.act.id;
    const inForce = f.ask(PUBLICATION(pending, state.reason));
    if (inForce === null) return undetermined([{ kind: 'fact', id: `publication:${pending}`, text: `the first official publication date of ${pending}, which the sources do not give: ${state.reason}` }], [compiled.holder.list.source]);
    return inForce === 'true' ? heldRoute() : unheld(`before ${pending} took effect, the wording then in force is not held`);
  }
  const v = unheld(state.reason);
  v.trace.unshift({ rule: 'regional supplementary list', result: state.reason });
  return v;
};
