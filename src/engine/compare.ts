// Which regions' lists give this drug, device or product on a date, under which diseases and conditions.
import { listStatus, findItems } from '../corpus/regional.js';
import type { ListRow } from '../corpus/schema.js';
import type { Engine } from './compile.js';

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

export function compareItem(engine: Engine, item: string, date: string): { item: string; date: string; regions: CompareEntry[]; regionsWithoutList: string[] } {
  const regions: CompareEntry[] = [];
  for (const [region, lists] of engine.lists) {
    for (const compiled of lists) {
      const s = listStatus(engine.corpus, compiled.holder, date);
      if (s.state === 'no') continue;
      for (const { row, item: it } of findItems(compiled.holder.list, item, compiled.byItem)) {
        regions.push({
          region,
          act: compiled.holder.act.id,
          status: s.state === 'yes' ? (s.presumed ? 'in_force_presumed' : 'in_force') : 'uncertain',
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
  }
  const withList = new Set(engine.lists.keys());
  return { item, date, regions, regionsWithoutList: [...engine.corpus.regions.keys()].filter((r) => !withList.has(r)) };
}
