// The reference data a client needs to build a request: each value set from the schema's own enums,
// each name from the data. Built once per engine.
import type { Engine } from './compile.js';
import { CARE_TYPES, CSHI_GROUP_IDS, REGION_IDS, SPECIALTIES, personSchema, careSchema } from './request.js';
import { residency } from '../corpus/schema.js';

const options = (schema: { options: readonly string[] }): string[] => [...schema.options];

export function referenceData(engine: Engine) {
  const { corpus } = engine;
  const p = corpus.programme.content;
  const groups = new Map(p.cshiStatePaidGroups.map((g) => [g.id, g]));
  const years: number[] = [];
  for (let y = Number(p.period.from.slice(0, 4)); y <= Number(p.period.to.slice(0, 4)); y++) years.push(y);
  const items = new Map<string, { name: string; names: { ru: string | null; en: string | null }; inn: string | null; regions: string[] }>();
  for (const [region, holders] of corpus.listsByRegion) {
    for (const { list } of holders) {
      for (const row of list.rows) {
        for (const it of row.items) {
          if (!it.named) continue;
          const e = items.get(it.nameInAct) ?? { name: it.nameInAct, names: { ru: it.names?.ru ?? null, en: it.names?.en ?? null }, inn: it.inn, regions: [] };
          if (!e.regions.includes(region)) e.regions.push(region);
          items.set(it.nameInAct, e);
        }
      }
    }
  }
  return {
    datasetVersion: corpus.version,
    regions: REGION_IDS.map((id) => ({ id, kind: corpus.regions.get(id)!.kind, name: corpus.regions.get(id)!.name })),
    groups: CSHI_GROUP_IDS.map((id) => ({ id, name: groups.get(id)?.name ?? null, source: groups.get(id)?.source ?? null })),
    careTypes: [...CARE_TYPES],
    residency: options(residency),
    sex: options(personSchema.shape.sex.unwrap()),
    contributions: options(personSchema.shape.contributions.unwrap()),
    forms: options(careSchema.shape.form.unwrap()),
    purposes: options(careSchema.shape.purpose.unwrap()),
    specialties: [...SPECIALTIES],
    years,
    period: { from: p.period.from, to: p.period.to },
    /** ICD-10 names for every code the corpus uses; ru/en from the classification, kk the project's own (unverified). */
    icd10: [...corpus.icd10.values()].map((e) => ({ code: e.code, name: { kk: e.name.kk ?? null, ru: e.name.ru, en: e.name.en }, verified: false })),
    items: [...items.values()].sort((a, b) => a.name.localeCompare(b.name, 'kk')),
  };
}
