// Which regions' lists give this drug, device or product on a date, under which diseases and conditions;
// and for every region, what its list says: found, not found, no list in force, or list wording not held.
import { findItems, listStanding, regionStanding, type ListStanding, type RegionStanding } from '../corpus/regional.js';
import type { ListRow } from '../corpus/schema.js';
import type { Engine } from './compile.js';
import { msg, render, type Lang, type Message, type Names } from '../i18n/index.js';
import { pointNames } from '../i18n/cite.js';

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

/**
 * One region's answer: its list in force has the item or has not; its list was repealed (and held the
 * item or not) or is not yet in force; the wording in force is not held; or no list is held at all.
 * 'no_list' is kept for compatibility and not produced.
 */
export interface RegionCoverage {
  region: string;
  state: 'found' | 'not_found' | 'no_list' | 'not_held' | 'repealed' | 'not_yet' | 'no_list_held';
  act: string | null;
  list: ListStanding | null;
  /** The region's standing on the date, as `kepil regional` names it. */
  standing: RegionStanding;
  /** Rows of a list no longer in force that held the item (repealed). */
  formerRows?: string[];
  message: Message;
  text: string;
}

/** Rows as a person cites them ("annex, section 1, row 5"), joined in each language. */
function rowsNamed(points: string[]): Names {
  const names = points.map(pointNames);
  const join = (lang: Lang) => names.map((n) => n[lang]).join(', ');
  return { kk: join('kk'), ru: join('ru'), en: join('en') };
}

function coverageMessage(state: RegionCoverage['state'], standing: RegionStanding, list: ListStanding | null, formerPoints: string[]): Message {
  if (state === 'no_list_held') return msg('compare.no_list_held');
  if (state === 'repealed') return formerPoints.length ? msg('compare.repealed_found', { rows: rowsNamed(formerPoints), standing: standing.message }) : msg('compare.repealed', { standing: standing.message });
  if (state === 'not_yet') return msg('compare.not_yet', { standing: standing.message });
  return list ? msg('compare.with', { state: msg(`compare.${state}`), standing: list.message }) : msg(`compare.${state}`);
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
    const standing = regionStanding(engine.corpus, region, date);
    const first = live[0] ?? judged.find((j) => j.compiled.holder.act.id === standing.act) ?? judged[0];
    // A repealed list whose successor the sources do not hold: named repealed, with the rows that held the item (F13).
    const state: RegionCoverage['state'] = found
      ? 'found'
      : live.length
        ? 'not_found'
        : standing.state === 'repealed' || standing.state === 'not_yet' || standing.state === 'no_list_held'
          ? standing.state
          : 'not_held';
    const former = state === 'repealed' && first ? findItems(first.compiled.holder.list, item, first.compiled.byItem).map((h) => h.row) : [];
    const formerRows = former.map((r) => r.id);
    const m = coverageMessage(state, standing, first?.s ?? null, [...new Map(former.map((r) => [r.id, r.source.point])).values()]);
    coverage.push({
      region,
      state,
      act: first?.compiled.holder.act.id ?? null,
      list: first?.s ?? null,
      standing,
      ...(formerRows.length ? { formerRows: [...new Set(formerRows)] } : {}),
      message: m,
      text: render(m, 'en'),
    });
  }
  const withList = new Set(coverage.filter((c) => c.state === 'found' || c.state === 'not_found').map((c) => c.region));
  return { item, date, regions, coverage, regionsWithoutList: [...engine.corpus.regions.keys()].filter((r) => !withList.has(r)) };
}
