// Outpatient drugs, devices and specialised nutrition: the region's maslikhat supplement first, then
// the national list ҚР ДСМ-75 (p.21, p.52.3 in GVFMC; p.70 in CSHI), which the corpus does not hold.
// Which wording of a region's list is in force, and which items a name refers to, come from the one
// regional-list module (src/corpus/regional.ts).
import type { ListRow } from '../../corpus/schema.js';
import { regionalListOn, findItems, type RowItem } from '../../corpus/regional.js';
import { joined, msg, render, tx, type Message, type Names, type Text } from '../../i18n/index.js';
import { pointNames } from '../../i18n/cite.js';
import { actName, readingWords, rowName } from '../readable.js';
import type { Engine, CompiledList } from '../compile.js';
import type { Condition, Verdict } from '../decision.js';
import type { Facts, Tri } from '../facts.js';
import { isChild, isInfant, missingFact } from '../facts.js';
import type { ListId } from '../request.js';
import type { Rule } from './common.js';
import { covered, firstOf, notCovered, undetermined, condition, listMissing, outsideProgramme, gate, subjectWords } from './common.js';

function presumedNote(e: Engine, act: string, date: string): Text {
  const premise = e.corpus.assumptions.get('publication_window_days');
  return tx('rules.note.presumed', { act: actName(e, act), date, days: e.corpus.presumeDays, premise: premise ? premise.statement : msg('rules.premise') });
}

/** A region as the texts name it, in kk, ru and en (the id stays in the request and in `regionId`). */
const regionName = (e: Engine, id: string): Names => e.corpus.regions.get(id)!.name;

/** Who a regional list is for, in words (its residency groups). */
const residencyWords = (residency: readonly string[]): Text => joined(residency.map((r) => msg(`ids.residency.${r}`)));

/** A population group: its label in kk and ru, its id in English. */
const populationNames = new Map<string, Names>();
const populationName = (category: string): Names => {
  let n = populationNames.get(category);
  if (!n) populationNames.set(category, (n = { kk: render(msg(`population.${category}`), 'kk'), ru: render(msg(`population.${category}`), 'ru'), en: render(msg(`population.${category}`), 'en') }));
  return n;
};

/** A project note written in English only: shown on the English answer, left out of kk and ru. */
const englishOnly = (text: string) => ({ kk: '', ru: '', en: text });

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
function entryVerdict(e: Engine, f: Facts, compiled: CompiledList, { row, item }: RowItem): Verdict {
  const list = compiled.holder.list;
  const region = regionName(e, list.region);
  const what = msg('rules.what', { item: item.nameInAct, region, row: row.id, point: pointNames(row.source.point) });
  const rule = tx('rules.rule.regionalRow', { act: actName(e, compiled.holder.act.id), point: pointNames(row.source.point) });
  // A doubtful layout is a named interpretation (audit F14, F15): the entry holds only under its reading.
  const doubt = item.underReading ?? row.underReading;
  if (doubt && f.reading(doubt.interpretation) !== doubt.value) {
    if (item.underReading) {
      // The reading and its question in the data's own words; the interpretation's key and value stay beside them.
      const reading = f.reading(doubt.interpretation) ?? '';
      const u = e.interpretationUnknown(doubt.interpretation);
      return notCovered(tx('rules.underReadingNot', { reading, interp: doubt.interpretation, question: u.text, readingText: readingWords(e, u, reading), item: item.nameInAct, row: row.id, rowName: rowName(e, row.source) }), item.source, rule);
    }
    return undetermined([{ kind: 'interpretation', id: `interpretation:${doubt.interpretation}`, text: tx('rules.interp.cellsUnknown', { row: row.id, rowName: rowName(e, row.source) }) }], [row.source], rule);
  }
  const ben = list.beneficiaries;
  if (ben) {
    const residency = f.residency();
    if (!residency) return undetermined([missingFact('person.residency', tx('rules.listForOnly', { what, region, regionId: list.region, residency: ben.residency.join(', '), who: residencyWords(ben.residency) }))], [ben.source], rule);
    if (!ben.residency.includes(residency)) return notCovered(tx('rules.listForOnly', { what, region, regionId: list.region, residency: ben.residency.join(', '), who: residencyWords(ben.residency) }), ben.source, rule);
  }
  const diagnosis = f.care.diagnosis;
  const registered = (f.person.dispensary ?? []).filter((c) => matchesRow(compiled, row, c));
  const diseaseText = msg('rules.diseaseCodes', { disease: row.disease, codes: row.icd10.codes.join(', ') });
  if (!diagnosis && registered.length === 0) return undetermined([missingFact('care.diagnosis', tx('rules.fact.listGives', { item: item.nameInAct, disease: diseaseText }))], [row.source], rule);
  if (diagnosis && !matchesRow(compiled, row, diagnosis) && registered.length === 0) {
    return notCovered(tx('rules.notForDiagnosis', { what, disease: diseaseText, code: diagnosis }), row.source, rule);
  }
  const conditions: Condition<Text>[] = [condition('icd.interpretation', tx('rules.cond.icdInterpretation', { disease: row.disease, codes: row.icd10.codes.join(', ') }), row.source, true)];
  const population = item.population ?? row.population;
  const pop = populationCheck(population, f);
  if (pop === false) return notCovered(tx('rules.populationOnly', { what, population: population.text, category: populationName(population.category) }), item.population ? item.source : row.source, rule);
  if (pop === 'unknown') {
    const field = population.category === 'pregnant_or_postpartum' ? 'person.pregnant' : 'person.birthDate';
    return undetermined([missingFact(field, tx('rules.fact.populationFor', { what, population: population.text }))], [row.source], rule);
  }
  if (population.category === 'other' || population.detail) conditions.push(condition('population', population.text, row.source));
  if (population.dispensary === 'required') {
    if (registered.length > 0) conditions.push(condition('person.dispensary', tx('rules.cond.onRegister', { codes: registered.join(', ') }), row.source, true));
    else if (f.person.dispensary === undefined) return undetermined([missingFact('person.dispensary', tx('rules.fact.dispensaryFor', { what, disease: row.disease }))], [row.source], rule);
    else {
      f.use('person.dispensary:false');
      return notCovered(tx('rules.fact.dispensaryFor', { what, disease: diseaseText }), row.source, rule);
    }
  }
  const indication = item.indication ?? row.indication;
  for (const flag of indication?.flags ?? []) {
    if (flag !== 'all_stages') conditions.push(condition(`indication.${flag}`, tx('rules.flag.cond', { flag: msg(`rules.flag.${flag}`), text: indication!.text, detail: englishOnly(indication!.detail ? ` (${indication!.detail})` : '') }), row.source));
  }
  const v = covered('regional', [list.source, row.source, item.source], conditions, rule);
  if (row.note) v.notes.push(tx('rules.note.rowDoubt', { row: row.id, rowName: rowName(e, row.source) }));
  return v;
}

/** Rows that give "a drug", "medical devices" or "products" for the diagnosis without naming them. */
function unnamedRoute(e: Engine, compiled: CompiledList, f: Facts, found: number): Verdict {
  const rule = tx('rules.rule.regional', { act: actName(e, compiled.holder.act.id) });
  const region = regionName(e, compiled.holder.list.region);
  const rows = f.care.diagnosis ? compiled.byDiagnosis.get(f.care.diagnosis).filter((row) => row.items.some((i) => !i.named)) : [];
  if (rows.length === 0) {
    // An item found on the list but not for this person: the entries' own reasons say why (F21).
    if (found > 0) return notCovered(tx('rules.noEntryApplies', { region, item: f.care.item ?? '' }), compiled.holder.list.source, rule);
    return notCovered(tx('rules.notOnRegional', { item: f.care.item ?? '', region, actId: compiled.holder.act.id, act: actName(e, compiled.holder.act.id) }), compiled.holder.list.source, rule);
  }
  const v = undetermined(
    rows.map((row) => ({ kind: 'list' as const, id: `unnamed-item:${row.id}`, text: tx('rules.list.unnamed', { row: row.id, rowName: rowName(e, row.source), kinds: row.items.filter((i) => !i.named).map((i) => i.nameInAct).join(', '), disease: row.disease, item: f.care.item ?? '' }) })),
    rows.map((row) => row.source),
    rule,
  );
  v.notes.push(...rows.filter((r) => r.note).map((r) => tx('rules.note.rowDoubt', { row: r.id, rowName: rowName(e, r.source) })));
  return v;
}

function regionalRoute(e: Engine, f: Facts, compiled: CompiledList): Verdict {
  if (!f.care.item) return undetermined([missingFact('care.item', tx('rules.fact.item'))]);
  const entries = findItems(compiled.holder.list, f.care.item, compiled.byItem);
  return firstOf(...entries.map((entry) => () => entryVerdict(e, f, compiled, entry)), () => unnamedRoute(e, compiled, f, entries.length));
}

/** A region's list the corpus does not hold: whether the item is on it is a list fact (`regional-list:<region>`). */
function unheldListRoute(e: Engine, f: Facts, region: string, reason: Text): Verdict {
  const id = `regional-list:${region}` as ListId;
  const name = regionName(e, region);
  const rule = tx('rules.rule.regionalNotHeld', { region: name });
  const listed = f.onList(id, f.care.item ?? subjectWords('rules.theItem'));
  if (listed === 'unknown') return undetermined([listMissing(id, tx('rules.list.regionalNotHeld', { region: name, date: f.date, reason: reason }))], [], rule);
  if (!listed) return notCovered(tx('rules.notOnUnheld', { item: f.care.item ?? msg('rules.theItem'), region: name, date: f.date }), null, rule);
  const v = verdict(e, region);
  v.conditions.push(condition(`onList.${id}`, tx('rules.cond.onUnheld', { region: name, date: f.date }), null));
  return v;
}

function verdict(e: Engine, region: string): Verdict {
  const name = regionName(e, region);
  const v = covered('regional', [e.cite('gvfmc.drugs.outpatient')], [], tx('rules.rule.regionalNotHeld', { region: name }));
  v.notes.push(tx('rules.note.regionalBudget', { region: name }));
  return v;
}

/** The national list: GVFMC (p.21, p.52.3) or CSHI (p.70) — either way ҚР ДСМ-75 decides. */
function nationalRoute(e: Engine, f: Facts): Verdict {
  const outside = outsideProgramme(e, f);
  if (outside) return outside;
  const basis = [e.cite('gvfmc.phc.dsm75'), e.cite('gvfmc.drugs.outpatient'), e.cite('cshi.drugs')];
  if (f.gvfmc.state === false && f.cshi.state === false) return notCovered(tx('rules.neitherPackage'), f.gvfmc.basis[0] ?? null, tx('rules.rule.dsm75'));
  const listed = f.onList('dsm-75', f.care.item ?? subjectWords('rules.theItem'));
  if (listed === 'unknown') return undetermined([listMissing('dsm-75', tx('rules.list.dsm75'))], basis, tx('rules.rule.dsm75points'));
  if (!listed) {
    const v = notCovered(tx('rules.notOnDsm75', { item: f.care.item ?? msg('rules.theItem') }), basis[0]!, tx('rules.rule.dsm75'));
    v.basis = basis;
    return v;
  }
  const onList = condition('dsm75.category', tx('rules.cond.dsm75category'), e.cite('gvfmc.phc.dsm75'));
  return firstOf(
    () => gate(f.gvfmc, 'gvfmc', () => covered('gvfmc', [e.cite('gvfmc.phc.dsm75'), e.cite('gvfmc.drugs.outpatient')], [onList], tx('rules.rule.dsm75gvfmc'))),
    () => gate(f.cshi, 'cshi', () => covered('cshi', [e.cite('cshi.drugs')], [onList], tx('rules.rule.dsm75cshi'))),
  );
}

// The list state per region and date, remembered: a request's readings ask it once per reading.
const states = new WeakMap<Engine, Map<string, Map<string, ReturnType<typeof regionalListOn>>>>();
function listOn(e: Engine, region: string, date: string): ReturnType<typeof regionalListOn> {
  let memo = states.get(e);
  if (!memo) states.set(e, (memo = new Map()));
  // By region, then date: no key string built per reading.
  let byDate = memo.get(region);
  if (!byDate) memo.set(region, (byDate = new Map()));
  let s = byDate.get(date);
  if (!s) {
    if (byDate.size > 10_000) byDate.clear();
    byDate.set(date, (s = regionalListOn(e.corpus, region, date)));
  }
  return s;
}

const PUBLICATION = (e: Engine, act: string, reason: Message) => ({ id: `publication:${act}`, kind: 'fact' as const, field: `publication:${act}`, values: ['true', 'false'] as const, text: msg('engine.q.publication', { act: actName(e, act), actId: act, reason }) });

export const outpatientDrug: Rule = (e, f) => {
  const national = () => nationalRoute(e, f);
  const region = f.person.region;
  if (!region) {
    const v = national();
    if (v.outcome !== 'covered') {
      const open = undetermined([missingFact('person.region', tx('rules.fact.region')), ...v.missing], v.basis, tx('rules.rule.regionalList'));
      open.reasons = v.reasons;
      return open;
    }
    return v;
  }
  const state = listOn(e, region, f.date);
  const compiled = (e.lists.get(region) ?? []).find((l) => l.holder.act.id === state.act);
  const heldRoute = () => firstOf(() => regionalRoute(e, f, compiled!), national);
  const unheld = (reason: Text) => firstOf(() => unheldListRoute(e, f, region, reason), national);
  if (state.state === 'in_force' && compiled) {
    const v = heldRoute();
    if (state.status?.presumed) v.notes.push(presumedNote(e, compiled.holder.act.id, f.date));
    return v;
  }
  if (state.state === 'uncertain' && compiled) {
    // Entry into force unknown on the date: one more unknown of the readings (its publication date).
    const pending = state.pending ?? compiled.holder.act.id;
    const inForce = f.ask(PUBLICATION(e, pending, state.message));
    if (inForce === null) return undetermined([{ kind: 'fact', id: `publication:${pending}`, text: tx('rules.fact.publication', { act: actName(e, pending), actId: pending, reason: state.message }) }], [compiled.holder.list.source]);
    return inForce === 'true' ? heldRoute() : unheld(tx('rules.beforePending', { act: actName(e, pending), actId: pending }));
  }
  const v = unheld(state.message);
  v.trace.unshift({ rule: tx('rules.rule.regionalList'), result: state.message });
  // The region's standing, said with the answer: repealed from D, or no list held (and the pages found).
  v.notes.push(tx('rules.note.regionStanding', { date: f.date, standing: state.standing.message }));
  return v;
};
