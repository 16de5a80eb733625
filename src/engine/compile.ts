// Precompiles the corpus once at load, so that a decision looks things up and never scans a list.
import type { Corpus, ListHolder } from '../corpus/corpus.js';
import type { Interpretation, ListItem, ListRow, ProgrammeContent, SociallySignificantGroup, Source } from '../corpus/schema.js';
import { msg } from '../i18n/index.js';
import type { Unknown } from './facts.js';
import { KepilError } from '../corpus/issues.js';
import { nameKey } from '../corpus/match.js';
import { IcdIndex } from './icd.js';
import { REGION_IDS } from './request.js';
import { tx, type Message } from '../i18n/index.js';

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
  /** The socially significant groups in force on a date, indexed by ICD-10; `orphanGap` when the orphan group's codes are not held. */
  social: { from: string | null; to: string | null; index: IcdIndex<SociallySignificantGroup>; orphanGap: boolean }[];
  /** The named readings of open texts, from every act, by id. */
  interpretations: Map<string, Interpretation & { act: string }>;
  /** The unknown an interpretation is enumerated as. */
  interpretationUnknown: (id: string) => Unknown;
  /** Per group, the sentence an answer shows (built once: answers are made in microseconds). */
  socialNotes: Map<SociallySignificantGroup, Message>;
  /** p.3 by residency. */
  entitlements: Map<string, ProgrammeContent['entitlements'][number]>;
  /** What p.56 says CSHI covers, by sub-point id (p56.1 … p56.7), checked present at compile time. */
  cshiService: (id: string) => Source;
  /** p.55 groups by id. */
  cshiGroups: Map<string, ProgrammeContent['cshiStatePaidGroups'][number]>;
}

/** Every programme point the rules cite. A corpus without one of them is refused at load. */
export const REQUIRED_POINTS = [
  'gvfmc.entitled', 'gvfmc.ambulance', 'gvfmc.air_ambulance', 'gvfmc.phc', 'gvfmc.phc.attachment', 'gvfmc.phc.dsm75',
  'gvfmc.outpatient.social', 'gvfmc.outpatient.injury_urgent', 'gvfmc.outpatient.screening', 'gvfmc.outpatient.no_referral',
  'gvfmc.day_hospital.social', 'gvfmc.inpatient.infectious', 'gvfmc.inpatient.planned_referral', 'gvfmc.inpatient.emergency_uninsured',
  'gvfmc.inpatient.2027_restriction', 'gvfmc.rehabilitation', 'gvfmc.palliative', 'gvfmc.blood', 'gvfmc.pathology',
  'gvfmc.transplantation', 'cshi.transplantation_2027', 'gvfmc.drugs.outpatient', 'gvfmc.abroad', 'cshi.entitled', 'cshi.state_paid',
  'cshi.outpatient.referral', 'cshi.outpatient.dynamic_observation', 'cshi.dental.emergency', 'cshi.dental.planned', 'cshi.self_referral',
  'cshi.day_hospital', 'cshi.inpatient.planned', 'cshi.inpatient.emergency', 'cshi.inpatient.emergency_regardless', 'cshi.rehabilitation',
  'cshi.pathology', 'cshi.transplantation', 'cshi.drugs', 'cshi.inpatient.blood', 'gvfmc.phc.2026', 'gvfmc.phc.2027',
  'gvfmc.phc.planned_hospitalisation',
] as const;

/** Keys for every name of the item, also without strengths ("Декспантенол 5%" answers to "декспантенол"). */
/** The p.56 sub-points whose exclusions the rules cite. */
const REQUIRED_SERVICES = ['p56.2', 'p56.3', 'p56.4'];

const unknownService = (id: string): never => {
  throw new KepilError('internal', `no CSHI service '${id}' in the programme's data`);
};

const unknownInterpretation = (id: string): never => {
  throw new KepilError('internal', `no interpretation '${id}' in the data`);
};

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
  const regions = [...corpus.regions.keys()];
  if (regions.join() !== REGION_IDS.join()) throw new KepilError('corpus_incomplete', 'the regions table and the request schema disagree');

  const lists = new Map<string, CompiledList[]>();
  for (const [region, holders] of corpus.listsByRegion) lists.set(region, holders.map(compileList));

  const versions = new Map<string, SociallySignificantGroup[]>();
  for (const g of corpus.sociallySignificant) {
    const key = `${g.validFrom ?? ''}|${g.validTo ?? ''}`;
    versions.set(key, [...(versions.get(key) ?? []), g]);
  }
  const social = [...versions.entries()].map(([key, groups]) => {
    const [from, to] = key.split('|');
    const index = new IcdIndex<SociallySignificantGroup>();
    for (const g of groups) index.add(g.icd10, g);
    return { from: from || null, to: to || null, index, orphanGap: !groups.some((g) => g.id.includes('orphan')) };
  });

  const socialNotes = new Map(
    corpus.sociallySignificant.map((g) => [
      g,
      tx(g.codesVerified ? 'rules.social.group' : 'rules.social.groupUnverified', { group: g.name }),
    ]),
  );
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
  const unknowns = new Map<string, Unknown>(
    [...interpretations.values()].map((i) => [i.id, { id: `interpretation:${i.id}`, kind: 'interpretation', field: `interpretation:${i.id}`, values: i.readings.map((r) => r.value), text: msg(`engine.interp.${i.id}`), default: i.default }]),
  );
  return {
    corpus,
    interpretations,
    interpretationUnknown: (id) => unknowns.get(id) ?? unknownInterpretation(id),
    socialNotes,
    entitlements: new Map(programme.entitlements.map((x) => [x.residency, x])),
    cshiService: (id) => services.get(id) ?? unknownService(id),
    cshiGroups: new Map(programme.cshiStatePaidGroups.map((g) => [g.id, g])),
    cite: (key) => {
      const s = points[key];
      if (!s) throw new KepilError('internal', `no point '${key}' in the programme's data`);
      return s;
    },
    lists,
    social,
  };
}
