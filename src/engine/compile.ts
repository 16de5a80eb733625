// Precompiles the corpus once at load, so that a decision looks things up and never scans a list.
import type { Corpus, ListHolder } from '../corpus/corpus.js';
import type { Interpretation, ListItem, ListRow, ProgrammeContent, SociallySignificantGroup, Source } from '../corpus/schema.js';
import { msg } from '../i18n/index.js';
import type { Unknown } from './facts.js';
import { KepilError } from '../corpus/issues.js';
import { nameKey } from '../corpus/match.js';
import { IcdIndex } from './icd.js';
import { compileSocial, type SocialWording } from './social-list.js';
import { REQUIRED_POINTS, REQUIRED_SERVICES, REQUIRED_PARAMETERS, REQUIRED_INTERPRETATIONS } from './registry.js';
import { compileParameters, type ParamValue } from '../corpus/parameters.js';
import { REGION_IDS } from './request.js';

export interface ItemEntry {
  holder: ListHolder;
  row: ListRow;
  item: ListItem;
}

export interface CompiledList {
  holder: ListHolder;
  byItem: Map<string, ItemEntry[]>;
  byDiagnosis: IcdIndex<ListRow>;
}

export interface Engine {
  corpus: Corpus;
  /** Points of the programme by key, checked present at compile time. */
  cite: (key: string) => Source;
  lists: Map<string, CompiledList[]>;
  /** The socially significant groups in force on a date, indexed by ICD-10, with the codes the held sources leave open (`gap`). */
  social: SocialWording[];
  /** The named readings of open texts, from every act, by id. */
  interpretations: Map<string, Interpretation & { act: string }>;
  /** The unknown an interpretation is enumerated as. */
  interpretationUnknown: (id: string) => Unknown;
  /** Per group, the sentence an answer shows (built once: answers are made in microseconds). */
  socialNotes: Map<SociallySignificantGroup, string>;
  /** Per group, the notes every answer that used it carries (unverified codes, a premise). */
  socialCaveats: Map<SociallySignificantGroup, readonly string[]>;
  /** p.3 by residency. */
  entitlements: Map<string, ProgrammeContent['entitlements'][number]>;
  /** What p.56 says CSHI covers, by sub-point id (p56.1 … p56.7), checked present at compile time. */
  cshiService: (id: string) => Source;
  /** A dated, cited parameter on a date (the one accessor rules use; presence checked at compile time). */
  param: (key: string, date: string) => ParamValue;
  /** The same, for a number (an age, a number of months). */
  num: (key: string, date: string) => ParamValue<number>;
  /** p.55 groups by id. */
  cshiGroups: Map<string, ProgrammeContent['cshiStatePaidGroups'][number]>;
}

const unknownService = (id: string): never => {
  throw new KepilError('internal', `no CSHI service '${id}' in the programme's data`);
};

const unknownInterpretation = (id: string): never => {
  throw new KepilError('internal', `no interpretation '${id}' in the data`);
};

/** Keys for every name of the item, also without strengths ("Декспантенол 5%" answers to "декспантенол"). */
function itemKeys(item: ListItem): string[] {
  const names = [item.nameInAct, item.inn, item.names?.ru, item.names?.en].filter((n): n is string => !!n);
  const keys = names.flatMap((n) => [nameKey(n), nameKey(n.replace(/\S*\d\S*/g, ' '))]);
  return [...new Set(keys.filter((k) => k.length > 0))];
}

function compileList(holder: ListHolder): CompiledList {
  const byItem = new Map<string, ItemEntry[]>();
  const byDiagnosis = new IcdIndex<ListRow>();
  for (const row of holder.list.rows) {
    byDiagnosis.add(row.icd10.codes, row);
    for (const item of row.items) {
      if (!item.named) continue;
      for (const key of itemKeys(item)) byItem.set(key, [...(byItem.get(key) ?? []), { holder, row, item }]);
    }
  }
  return { holder, byItem, byDiagnosis };
}

export function compile(corpus: Corpus): Engine {
  const points = corpus.programme.content.points;
  const absent = REQUIRED_POINTS.filter((k) => !points[k]);
  if (absent.length) throw new KepilError('corpus_incomplete', `the programme's data lacks points the rules cite: ${absent.join(', ')}`);
  const absentParams = REQUIRED_PARAMETERS.filter((k) => !corpus.parameters.has(k));
  if (absentParams.length) throw new KepilError('corpus_incomplete', `the data lacks parameters the rules read: ${absentParams.join(', ')}`);
  const regions = [...corpus.regions.keys()];
  if (regions.join() !== REGION_IDS.join()) throw new KepilError('corpus_incomplete', 'the regions table and the request schema disagree');

  const lists = new Map<string, CompiledList[]>();
  for (const [region, holders] of corpus.listsByRegion) lists.set(region, holders.map(compileList));

  const { social, socialNotes, socialCaveats } = compileSocial(corpus);
  const programme = corpus.programme.content;
  const services = new Map(programme.cshiServices.map((x) => [x.id, x.source]));
  const absentServices = REQUIRED_SERVICES.filter((id) => !services.has(id));
  if (absentServices.length) throw new KepilError('corpus_incomplete', `the programme's data lacks CSHI services the rules cite: ${absentServices.join(', ')}`);
  const interpretations = new Map<string, Interpretation & { act: string }>();
  for (const act of corpus.acts.values()) {
    const held = act.content.kind === 'programme' || act.content.kind === 'regional_list' ? act.content.interpretations : [];
    for (const i of held) {
      if (interpretations.has(i.id)) throw new KepilError('corpus_invalid', `interpretation '${i.id}' is defined twice`);
      if (i.default !== null && !i.readings.some((r) => r.value === i.default)) throw new KepilError('corpus_invalid', `interpretation '${i.id}': default '${i.default}' is not one of its readings`);
      interpretations.set(i.id, { ...i, act: act.id });
    }
  }
  const absentReadings = REQUIRED_INTERPRETATIONS.filter((id) => !interpretations.has(id));
  if (absentReadings.length) throw new KepilError('corpus_incomplete', `the data lacks interpretations the rules ask for: ${absentReadings.join(', ')}`);
  const unknowns = new Map<string, Unknown>(
    [...interpretations.values()].map((i) => [i.id, { id: `interpretation:${i.id}`, kind: 'interpretation', field: `interpretation:${i.id}`, values: i.readings.map((r) => r.value), text: msg(`engine.interp.${i.id}`), default: i.default }]),
  );
  return {
    corpus,
    interpretations,
    interpretationUnknown: (id) => unknowns.get(id) ?? unknownInterpretation(id),
    socialNotes,
    socialCaveats,
    entitlements: new Map(programme.entitlements.map((x) => [x.residency, x])),
    cshiService: (id) => services.get(id) ?? unknownService(id),
    cshiGroups: new Map(programme.cshiStatePaidGroups.map((g) => [g.id, g])),
    ...compileParameters(corpus.parameters),
    cite: (key) => {
      const s = points[key];
      if (!s) throw new KepilError('internal', `no point '${key}' in the programme's data`);
      return s;
    },
    lists,
    social,
  };
}
