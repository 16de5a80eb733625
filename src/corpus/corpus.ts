// The corpus in memory: validated acts and tables, indexed once at load. Pure (no I/O).
import type { Act, Assumption, RegionalSearchRow, NotModelled, CshiListContent, Icd10Entry, LimitRow, Profile, ProgrammeContent, Region, RegionalList, SociallySignificantGroup, ReferenceFile } from './schema.js';
import type { RawCorpus } from './loader.js';
import { KepilError } from './issues.js';
import { ALL_PROFILES } from './annex1.js';
import { collectParameters, numberAt, type ParameterTable } from './parameters.js';

export interface ListHolder {
  /** The act whose text carries the list (an amending act, or the base act itself). */
  act: Act;
  list: RegionalList;
}

export interface Corpus {
  version: string;
  acts: Map<string, Act>;
  regions: Map<string, Region>;
  profiles: Map<string, Profile>;
  programme: Act & { content: ProgrammeContent };
  cshiList: Act & { content: CshiListContent };
  listsByRegion: Map<string, ListHolder[]>;
  /** What the web search found for each region (data/reference/regional-search.json): pages, never lists. */
  regionalSearch: Map<string, RegionalSearchRow>;
  /** The search's date and corpus, said with every "no list held". */
  regionalSearchDate: string | null;
  limits: LimitRow[];
  limitByKey: Map<string, LimitRow>;
  icd10: Map<string, Icd10Entry>;
  sociallySignificant: SociallySignificantGroup[];
  socialProvenance: Extract<ReferenceFile, { table: 'socially_significant' }>['provenance'] | null;
  assumptions: Map<string, Assumption>;
  /** Days after an open window's earliest bound past which an act is presumed in effect (parameter publication.window_days). */
  presumeDays: number;
  /** Every dated, cited parameter, by key: read with `paramAt`. */
  parameters: ParameterTable;
  /** The acts' points no rule reads, with why (data/reference/not-modelled.json). */
  notModelled: NotModelled[];
  sources: Map<string, string>;
  /** Unofficial ru/en gists of cited points, by `act|point`. */
  gists: Map<string, { ru: string; en: string }>;
}

export const PROGRAMME_ID = 'programme-2026-2028';
export const CSHI_LIST_ID = 'gov-421-2019';

/** The parameter that bounds an open publication window (see docs/data-format.md). */
export const PUBLICATION_WINDOW = 'publication.window_days';

/** Every premise a parameter value or a group names must be in assumptions.json. */
function checkPremises(parameters: ParameterTable, groups: { id: string; premise?: string }[], assumptions: Map<string, Assumption>): void {
  const named = [
    ...[...parameters.values()].flatMap((e) => e.parameter.values.flatMap((v) => ('premise' in v.source ? [{ at: `${e.file}#parameters.${e.key}`, id: v.source.premise }] : []))),
    ...groups.flatMap((g) => (g.premise ? [{ at: `data/reference/socially-significant.json#${g.id}`, id: g.premise }] : [])),
  ];
  const unknown = named.filter((n) => !assumptions.has(n.id));
  if (unknown.length) throw new KepilError('corpus_invalid', 'data names premises that assumptions.json does not hold', unknown.map((n) => ({ path: n.at, message: `no premise '${n.id}'` })));
}

export const limitKey = (region: string, profile: string): string => `${region}/${profile}`;

function table<T extends ReferenceFile['table']>(raw: RawCorpus, name: T): Extract<ReferenceFile, { table: T }> | undefined {
  return raw.reference.find((r): r is Extract<ReferenceFile, { table: T }> => r.table === name);
}

function required<T>(value: T | undefined, what: string): T {
  if (value === undefined) throw new KepilError('corpus_incomplete', `the corpus has no ${what}`);
  return value;
}

export function buildCorpus(raw: RawCorpus): Corpus {
  const acts = new Map(raw.acts.map((a) => [a.id, a]));
  const programme = required(acts.get(PROGRAMME_ID), `act ${PROGRAMME_ID}`);
  const cshiList = required(acts.get(CSHI_LIST_ID), `act ${CSHI_LIST_ID}`);
  if (programme.content.kind !== 'programme' || cshiList.content.kind !== 'cshi_list') {
    throw new KepilError('corpus_incomplete', 'the programme or the CSHI list has the wrong content kind');
  }
  const listsByRegion = new Map<string, ListHolder[]>();
  for (const act of raw.acts) {
    if (act.content.kind === 'regional_list' && act.content.list) {
      const list = act.content.list;
      listsByRegion.set(list.region, [...(listsByRegion.get(list.region) ?? []), { act, list }]);
    }
  }
  const regions = new Map(required(table(raw, 'regions'), 'regions table').rows.map((r) => [r.id, r]));
  const search = table(raw, 'regional_search');
  const regionalSearch = new Map((search?.rows ?? []).map((r) => [r.region, r]));
  // One row for each region: a region the record leaves out would be answered with no word on what was looked for.
  if (search && (regionalSearch.size !== regions.size || [...regionalSearch.keys()].some((r) => !regions.has(r)))) {
    throw new KepilError('corpus_invalid', 'regional-search.json must have exactly one row for each region', [{ path: 'data/reference/regional-search.json#rows', message: `regions: ${[...regionalSearch.keys()].join(', ')}` }]);
  }
  const assumptions = new Map((table(raw, 'assumptions')?.rows ?? []).map((a) => [a.id, a]));
  const social = table(raw, 'socially_significant');
  const parameters = collectParameters(raw);
  checkPremises(parameters, social?.rows ?? [], assumptions);
  // A group's event window is read once, at the date its wording starts (or ends, for the first wording).
  const sociallySignificant = (social?.rows ?? []).map((g) => ({
    ...g,
    eventWindowMonths: g.eventWindow ? numberAt(parameters, g.eventWindow, g.validFrom ?? g.validTo ?? '0000-01-01').value : null,
  }));
  return {
    version: raw.version,
    acts,
    regions,
    regionalSearch,
    regionalSearchDate: search?.searched ?? null,
    profiles: new Map(required(table(raw, 'profiles'), 'profiles table').rows.map((p) => [p.id, p])),
    programme: programme as Corpus['programme'],
    cshiList: cshiList as Corpus['cshiList'],
    listsByRegion,
    limits: raw.annex1.rows,
    limitByKey: new Map(raw.annex1.rows.map((r) => [limitKey(r.region, r.profile), r])),
    icd10: new Map((table(raw, 'icd10')?.rows ?? []).map((e) => [e.code, e])),
    sociallySignificant,
    socialProvenance: social?.provenance ?? null,
    assumptions,
    // The one value every date check needs: a corpus without it is refused here.
    presumeDays: numberAt(parameters, PUBLICATION_WINDOW, '9999-12-31').value,
    parameters,
    notModelled: table(raw, 'not_modelled')?.rows ?? [],
    sources: raw.sources,
    gists: new Map((table(raw, 'gists')?.rows ?? []).map((g) => [`${g.act}|${g.point}`, { ru: g.ru, en: g.en }])),
  };
}

export { ALL_PROFILES };
