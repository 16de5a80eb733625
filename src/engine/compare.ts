// Which regions' lists give this drug, device or product on a date, under which diseases and conditions;
// and for every region, what its list says: found, not found, no list in force, or list wording not held.
import { findItems, listStanding, type ListStanding } from '../corpus/regional.js';
import type { ListRow } from '../corpus/schema.js';
import type { Engine } from './compile.js';
import { msg, render, type Message } from '../i18n/index.js';

export interface CompareEntry {
  region: string;
  act: string;
  status: string;
  row: string;
  section: ListRow['section'];
  disease: ListRow['disease'];
  icd10: string[];
  population: ListRow['population'];
  indication: ListRow['indication'];
  item: { nameInAct: string; inn: string | null; form: string | null };
  note?: string;
}

/** One region's answer: its list has the item, has not, is not in force, or its wording is not held. */
export interface RegionCoverage {
  region: string;
  state: 'found' | 'not_found' | 'no_list' | 'not_held';
  act: string | null;
  list: ListStanding | null;
  message: Message;
  text: string;
}

export function compareItem(engine: Engine, item: string, date: string): { item: string; date: string; regions: CompareEntry[]; coverage: RegionCoverage[]; regionsWithoutList: string[] } {
  const regions: CompareEntry[] = [];
  const coverage: RegionCoverage[] = [];
  for (const region of engine.corpus.regions.keys()) {
    const lists = engine.lists.get(region) ?? [];
    const judged = lists.map((compiled) => ({ compiled, s: listStanding(engine.corpus, compiled.holder, date) }));
    const live = judged.filter((j) => j.s.state === 'in_force' || j.s.state === 'in_force_presumed' || j.s.state === 'uncertain');
    let found = 0;
    for (const { compiled, s } of live) {
      for (const { row, item: it } of findItems(compiled.holder.list, item, compiled.byItem)) {
        found++;
        regions.push({
          region,
          act: compiled.holder.act.id,
          status: s.state,
          row: row.id,
          section: row.section,
          disease: row.disease,
          icd10: row.icd10.codes,
          population: row.population,
          indication: row.indication,
          item: { nameInAct: it.nameInAct, inn: it.inn, form: it.form },
          ...(row.note ? { note: row.note } : {}),
        });
      }
    }
    const first = live[0] ?? judged[0];
    // A repealed list whose successor the sources do not hold leaves the region's list unknown (F13): "not held".
    const state: RegionCoverage['state'] = found ? 'found' : live.length ? 'not_found' : 'not_held';
    const m = msg(`compare.${state}`);
    coverage.push({ region, state, act: first?.compiled.holder.act.id ?? null, list: first?.s ?? null, message: m, text: render(m, 'en') });
  }
  const withList = new Set(coverage.filter((c) => c.state === 'found' || c.state === 'not_found').map((c) => c.region));
  return { item, date, regions, coverage, regionsWithoutList: [...engine.corpus.regions.keys()].filter((r) => !withList.has(r)) };
}
