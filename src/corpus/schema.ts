// The shape of every file under data/. One zod schema is the single source of truth:
// the loader validates with it, and the types below are inferred from it.
import { z } from 'zod';
import { registerProse } from '../i18n/index.js';

/** A real calendar date: month 1–12, and a day that month has (29 Feb only in leap years). */
export function isCalendarDate(s: string): boolean {
  const y = Number(s.slice(0, 4));
  const m = Number(s.slice(5, 7));
  const d = Number(s.slice(8, 10));
  if (m < 1 || m > 12 || d < 1) return false;
  const leap = (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
  return d <= [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][m - 1]!;
}

export const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'expected an ISO date YYYY-MM-DD')
  .refine(isCalendarDate, 'not a real calendar date')
  // For OpenAPI: without `format` Swagger UI makes its example up from the regex ("5995-74-51").
  .meta({ format: 'date', example: '2026-05-01' });

export const actId = z.string().regex(/^[a-z0-9][a-z0-9-]*$/, 'act ids are kebab-case');

/** A citation: the act, its point, and a short verbatim fragment a reader can find in the act's text. */
export const source = z.strictObject({
  act: actId,
  point: z.string().min(1),
  quote: z.string().min(3),
});

/**
 * A public page that gives what the acts cite but do not contain (a list of another order). Always
 * labelled secondary: it is not the act. `excerpt` is copied verbatim from the page (whitespace as the
 * page shows it), so a reader can find it there.
 */
export const secondarySource = z.strictObject({
  kind: z.literal('secondary'),
  url: z.string().regex(/^https?:\/\/[^\s/]+\.[^\s]+$/, 'an http(s) address'),
  title: z.string().min(1),
  excerpt: z.string().min(10, 'an excerpt of at least 10 characters'),
  /** The page's date, where it shows one. */
  published: isoDate.optional(),
});

/**
 * A decision's own text on the official legal portal (adilet.zan.kz): primary, as the seeds are.
 * Any other site is a `secondarySource`. Both are a page Kepil saved under data/sources/.
 */
export const primarySource = z.strictObject({
  kind: z.literal('primary'),
  url: z.string().regex(/^https?:\/\/(www\.)?adilet\.zan\.kz\/\S+$/, 'the official legal portal (adilet.zan.kz)'),
  title: z.string().min(1),
  excerpt: z.string().min(10, 'an excerpt of at least 10 characters'),
});

/** A public page: the official portal's text of a decision (primary), or another site (secondary). */
export const webSource = z.discriminatedUnion('kind', [primarySource, secondarySource]);

/**
 * English prose of the data (a doubt note, how a date is derived) with the project's kk and ru
 * renderings, unofficial. The corpus keeps the English text (as the engine keeps its own texts); the
 * renderings are registered so every interface shows the text in the reader's language (src/i18n).
 */
export const proseText = z.strictObject({ en: z.string().min(1), kk: z.string().min(1), ru: z.string().min(1), translations: z.literal('unofficial') });
/**
 * Data files hold `proseText`; a served answer holds the rendered string, and the API's response schemas
 * reuse these schemas, so a string is accepted too. test/i18n-data.test.ts fails on any text in data/
 * that is a bare string (English only).
 */
export const prose = z.union([proseText.transform((p) => registerProse(p)), z.string().min(1)]);

/** A value that rests on a project premise (data/reference/assumptions.json), not on a text. */
export const premiseRef = z.strictObject({ premise: z.string().regex(/^[a-z0-9_]+$/) });

/** One dated value of a parameter, OpenFisca style: it holds from `from` until the next value's `from`. */
export const parameterValue = z.strictObject({
  /** null: a definition with no start date, valid on any date. */
  from: isoDate.nullable(),
  /** null repeals the parameter from `from` on. */
  value: z.union([z.number(), z.string().min(1), z.boolean()]).nullable(),
  source: z.union([source, secondarySource, premiseRef]),
  /** A reading of the text the value rests on. Shown by `kepil corpus check` and `explain-act`. */
  note: prose.optional(),
});

export const parameterKey = z.string().regex(/^[a-z0-9_]+(\.[a-z0-9_]+)+$/, 'parameter keys are dotted snake_case');

/** A date or threshold a rule reads, with its values in time. Rules read it through `paramAt` only. */
export const parameter = z
  .strictObject({
    description: z.string().min(1),
    unit: z.enum(['date', 'years', 'months', 'days', 'package', 'scope']),
    values: z.array(parameterValue).min(1),
  })
  .superRefine((p, ctx) => {
    p.values.forEach((v, i) => {
      if (v.from === null && i > 0) ctx.addIssue({ code: 'custom', path: ['values', i, 'from'], message: 'only the first value may have no start date' });
      const prev = p.values[i - 1]?.from;
      if (i > 0 && v.from !== null && prev != null && v.from <= prev) ctx.addIssue({ code: 'custom', path: ['values', i, 'from'], message: 'values must be in ascending order of `from`' });
    });
  });

export const parameters = z.record(parameterKey, parameter);

/** The act's own wording (kk) with translations made by the project, never official. */
export const trilingual = z.strictObject({
  kk: z.string().min(1),
  ru: z.string().min(1).nullable(),
  en: z.string().min(1).nullable(),
  translations: z.literal('unofficial'),
});


export const names = z.strictObject({ kk: z.string().min(1), ru: z.string().min(1), en: z.string().min(1) });

/**
 * A date the act gives. `exact` when the sources give it; otherwise a window:
 * `earliest` is a bound the sources prove, `latest` is null unless they prove one too.
 */
export const effective = z.strictObject({
  exact: isoDate.nullable(),
  earliest: isoDate,
  latest: isoDate.nullable(),
  rule: prose,
  source: source.nullable(),
  note: prose.optional(),
  /** False where the rule is not "N days after publication", so the publication premise cannot close the window (audit F20). */
  presumable: z.boolean().optional(),
});

export const actLink = z.strictObject({
  act: actId,
  what: prose,
  effective: effective.nullable(),
  source: source.nullable(),
});

export const icd10Code = z
  .string()
  .regex(/^[A-Z]\d{2}(\.\d{1,2})?(-[A-Z]\d{2}(\.\d{1,2})?)?$/, 'an ICD-10 code (A00, A00.1) or range (A00-B99)');

export const icd10Mapping = z.strictObject({
  codes: z.array(icd10Code).min(1),
  basis: z.literal('project_interpretation'),
  note: prose.optional(),
});

export const populationCategory = z.enum([
  'all',
  'children_under_18',
  'adults',
  'pregnant_or_postpartum',
  'infants_under_1',
  'other',
]);

export const population = z.strictObject({
  category: populationCategory,
  /** 'required' where the act names dispensary registration; 'not_stated' where it is silent. */
  dispensary: z.enum(['required', 'not_stated']),
  text: z.string().min(1),
  /** What 'other' means, or what else limits the group (e.g. birth weight). */
  detail: z.string().optional(),
});

export const indicationFlag = z.enum([
  'all_stages',
  'refractory',
  'active_phase',
  'intolerance',
  'stage_threshold',
  'other',
]);

export const indication = z.strictObject({
  text: z.string().min(1),
  flags: z.array(indicationFlag).min(1),
  detail: z.string().optional(),
});

/**
 * A named reading of an open text: the text (its quote), the readings the project computes, and the
 * one it takes by default (null: none, so where the readings differ the answer is undetermined).
 */
export const interpretation = z.strictObject({
  id: z.string().regex(/^[a-z0-9_.-]+$/),
  point: z.string().min(1),
  source,
  readings: z.array(z.strictObject({ value: z.string().regex(/^[a-z0-9_]+$/), note: prose })).min(1),
  default: z.string().nullable(),
  note: prose,
});

/** An entry that holds only under one reading of an open text (a doubtful layout, audit F14/F15). */
export const underReading = z.strictObject({ interpretation: z.string(), value: z.string() });

export const itemKind = z.enum(['drug', 'device', 'nutrition']);

export const listItem = z.strictObject({
  kind: itemKind,
  /** The name as the act prints it, with export artefacts (letter-spacing, broken hyphens) removed. */
  nameInAct: z.string().min(1),
  /** False where the act names no product (Karaganda items 7–11). */
  named: z.boolean(),
  inn: z.string().min(1).nullable(),
  names: z.strictObject({ ru: z.string().min(1), en: z.string().min(1), translations: z.literal('unofficial') }).nullable(),
  form: z.string().min(1).nullable(),
  source,
  /** Where a row's cells differ per item (Astana row 23: lacosamide for adults only). */
  population: population.optional(),
  indication: indication.optional(),
  /** The item is in this row only under this reading. */
  underReading: underReading.optional(),
});

export const listSection = z.enum(['drugs', 'devices', 'nutrition']);

export const listRow = z.strictObject({
  id: z.string().regex(/^[a-z0-9-]+$/),
  section: listSection,
  /** The row's number as printed in its section. */
  number: z.string().min(1),
  disease: trilingual,
  icd10: icd10Mapping,
  population,
  indication: indication.nullable(),
  items: z.array(listItem).min(1),
  source,
  /** Doubt about how the export's scrambled layout was read. Shown to users. */
  note: prose.optional(),
  /** The row's cells as held apply only under this reading; under the others they are not known. */
  underReading: underReading.optional(),
});

export const repealedAct = z.strictObject({
  number: z.string().min(1),
  issuer: z.string().min(1),
  adopted: isoDate,
  title: z.string().min(1),
  registration: z.strictObject({ number: z.string(), date: isoDate.nullable() }).nullable(),
  source,
  note: prose.optional(),
});

export const regionalList = z.strictObject({
  region: z.string(),
  /** The act whose annex the list is (for an amending act, the act it amends). */
  annexOf: actId,
  title: trilingual,
  /** When this wording of the list applies: the effective date of the restatement. */
  effective,
  rows: z.array(listRow).min(1),
  source,
  /** Who the list is for, as its title says (e.g. citizens registered in the region). */
  beneficiaries: z
    .strictObject({
      residency: z.array(z.enum(['citizen', 'kandas', 'refugee', 'foreign_permanent', 'stateless_permanent', 'foreign_temporary'])).min(1),
      /** How the person must be tied to the region; 'not_stated' where the act names citizens only. */
      tie: z.enum(['registered', 'permanently_resident', 'not_stated']),
      source,
    })
    .optional(),
});

// --- the programme ---

export const residency = z.enum([
  'citizen',
  'kandas',
  'refugee',
  'foreign_permanent',
  'stateless_permanent',
  'foreign_temporary',
]);

export const entitlement = z.strictObject({
  residency,
  gvfmc: z.boolean(),
  source,
  note: prose.optional(),
});

export const cshiGroup = z.strictObject({
  number: z.number().int().min(1).max(16),
  id: z.string().regex(/^[a-z0-9_]+$/),
  name: names,
  /** Which request fields derive the group, if any. */
  derivedFrom: z.string().nullable(),
  source,
});

export const coveredService = z.strictObject({
  id: z.string().regex(/^[a-z0-9_.]+$/),
  name: names,
  source,
  effective: effective.optional(),
  note: prose.optional(),
});

export const selfReferral = z.strictObject({
  number: z.number().int(),
  id: z.string().regex(/^[a-z0-9_]+$/),
  name: names,
  source,
});

export const ambulanceNorm = z.strictObject({
  urgencyCategory: z.number().int().min(1).max(4),
  maxArrivalMinutes: z.number().int().positive().nullable(),
  servedBy: prose,
  source,
});

export const criterion = z.strictObject({
  number: z.number().int().min(1).max(9),
  id: z.string().regex(/^[a-z0-9_]+$/),
  name: names,
  /** The threshold as a machine can compare it. */
  threshold: z.strictObject({
    comparator: z.enum(['>=', '<=', '==', 'range']),
    value: z.number().nullable(),
    min: z.number().nullable().optional(),
    max: z.number().nullable().optional(),
    unit: prose,
    per: z.number().nullable().optional(),
  }),
  source,
  note: prose.optional(),
});

export const paymentMethod = z.strictObject({
  number: z.number().int().nullable(),
  direction: names,
  methods: z.array(z.strictObject({ kk: z.string().min(1), ru: z.string().nullable(), en: z.string().nullable() })).min(1),
  source,
  note: prose.optional(),
});

export const programmeContent = z.strictObject({
  kind: z.literal('programme'),
  period: z.strictObject({ from: isoDate, to: isoDate, source }),
  entitlements: z.array(entitlement).min(1),
  cshiEligibility: z.strictObject({ source, note: prose.optional() }),
  cshiStatePaidGroups: z.array(cshiGroup).length(16),
  cshiServices: z.array(coveredService).min(1),
  selfReferral: z.array(selfReferral).min(1),
  ambulanceNorms: z.array(ambulanceNorm).min(1),
  criteria: z.array(criterion).length(9),
  paymentMethods: z.array(paymentMethod).min(1),
  interpretations: z.array(interpretation).default([]),
  /** Every other cited point the engine relies on, by key. */
  points: z.record(z.string(), source),
});

export const cshiListContent = z.strictObject({
  kind: z.literal('cshi_list'),
  services: z.array(coveredService).min(1),
  points: z.record(z.string(), source),
});

export const regionalContent = z.strictObject({
  kind: z.literal('regional_list'),
  list: regionalList.nullable(),
  repeals: z.array(repealedAct),
  interpretations: z.array(interpretation).default([]),
});

export const metadataOnly = z.strictObject({ kind: z.literal('metadata_only'), reason: z.string() });

export const actKind = z.enum(['government_decree', 'maslikhat_decision', 'order', 'law']);

export const act = z.strictObject({
  id: actId,
  issuer: names,
  kind: actKind,
  number: z.string().min(1),
  title: trilingual,
  adopted: isoDate,
  registration: z.strictObject({ number: z.string().min(1), date: isoDate }).nullable(),
  /** The file under data/sources/ the act's text comes from; null for an act known only by reference. */
  seed: z.string().nullable(),
  /** Where the seed's text was published, when it is a saved web page: its excerpt must be in the seed. */
  publishedAt: webSource.optional(),
  region: z.string().nullable(),
  entryIntoForce: effective,
  life: z.strictObject({
    inForceTo: effective.nullable(),
    restatedBy: z.array(actLink),
    amendedBy: z.array(actLink),
    repealedBy: actLink.nullable(),
    amends: z.array(actLink),
  }),
  content: z.discriminatedUnion('kind', [programmeContent, cshiListContent, regionalContent, metadataOnly]),
  notes: z.array(prose),
  /** Dates and thresholds the act sets that rules read, keyed by start date. */
  parameters: parameters.optional(),
});

// --- reference tables ---

export const region = z.strictObject({
  id: z.string().regex(/^[a-z_]+$/),
  kind: z.enum(['oblast', 'city']),
  name: names,
  /** The heading the programme's annex 1 gives the region. */
  annex1Heading: z.string().min(1),
});

export const profile = z.strictObject({
  id: z.string().regex(/^[a-z_]+$/),
  name: names,
  /** The name as annex 1 prints it, after joining the export's broken lines. */
  annex1Name: z.string().min(1),
});

export const icd10Entry = z.strictObject({
  code: icd10Code,
  /** ru and en from the standard classification; kk written by the project (unverified, labelled so). */
  name: z.strictObject({ kk: z.string().min(1).optional(), ru: z.string().min(1), en: z.string().min(1) }),
});

/** A short unofficial gist of a cited point, for readers of ru and en (the act's own text is kk). */
export const gist = z.strictObject({
  act: actId,
  point: z.string().min(1),
  ru: z.string().min(1),
  en: z.string().min(1),
});

export const sourcedOutside = z.strictObject({
  act: z.string().min(1),
  status: z.literal('reference_data_outside_sources'),
  verifiedAgainstSources: z.literal(false),
  basis: z.string().min(1),
});

/** How the project read a code the page prints oddly (a Cyrillic letter, a stray space). */
export const codeReading = z.strictObject({ printed: z.string().min(1), read: icd10Code, why: z.string().min(1) });

/** A group's ICD-10 codes as its sources give them. */
export const groupCodes = z.strictObject({
  /** The codes exactly as the page prints them; null where no page gives them. */
  printed: z.string().min(1).nullable(),
  sources: z.array(secondarySource),
  readings: z.array(codeReading).optional(),
  /** Where the page's list is cut short: the codes after `after` are unknown, read as within `unknown`. */
  truncated: z.strictObject({ after: icd10Code, unknown: z.array(icd10Code).min(1), note: prose }).optional(),
});

export const sociallySignificantGroup = z
  .strictObject({
    id: z.string().regex(/^[a-z_]+$/),
    name: names,
    icd10: z.array(icd10Code).min(1),
    validFrom: isoDate.nullable(),
    validTo: isoDate.nullable(),
    /** The parameter that limits the group in time after the event ("first 6 months"), if any. */
    eventWindow: parameterKey.nullable(),
    /** True when no source gives the codes: every answer that uses the group says so. */
    unverified: z.boolean(),
    /** The project premise (assumptions.json) the codes rest on, if any: answers name it. */
    premise: z.string().regex(/^[a-z0-9_]+$/).optional(),
    codes: groupCodes,
    /** Pages that list the group in this wording of the order. */
    groupSources: z.array(secondarySource),
    note: prose.optional(),
  })
  .superRefine((g, ctx) => {
    if (g.unverified !== (g.codes.sources.length === 0)) ctx.addIssue({ code: 'custom', path: ['unverified'], message: 'a group is unverified exactly when no source gives its codes' });
    if ((g.codes.printed === null) !== (g.codes.sources.length === 0)) ctx.addIssue({ code: 'custom', path: ['codes', 'printed'], message: 'printed codes go with the sources that print them' });
    if (g.codes.sources.length === 0 && g.groupSources.length === 0 && g.validFrom !== null) ctx.addIssue({ code: 'custom', path: ['groupSources'], message: 'a group needs a source for its codes or for its place in the wording' });
  });

/** A premise the project adds where the sources are silent. Shown with every answer that rests on it. */
export const assumption = z.strictObject({
  id: z.string().regex(/^[a-z0-9_]+$/),
  statement: names,
  basis: z.string().min(1),
});

/** A point of an act that no rule reads, and why: the lawyer's record of what the engine leaves out. */
export const notModelled = z.strictObject({
  act: actId,
  point: z.string().regex(/^(p\.\d+|list p\.\d+|annex \d+)$/, 'a point as explain-act names it: "p.12", "list p.2" or "annex 1"'),
  why: prose,
});

/** A page the search found for a region whose list Kepil does not hold: what it shows, and why it is not loaded. */
export const regionalSearchFind = z.strictObject({
  page: webSource,
  /** The page's text as the search returned it, under data/sources/: `page.excerpt` must be in it. */
  file: z.string().regex(/^[\w.-]+\.txt$/),
  what: prose,
  note: prose,
});

export const regionalSearchRow = z.strictObject({ region: z.string(), found: z.array(regionalSearchFind) });

export const referenceFile = z.discriminatedUnion('table', [
  z.strictObject({ table: z.literal('regional_search'), searched: isoDate, corpus: z.literal('pages'), basis: z.string().min(1), rows: z.array(regionalSearchRow).length(20) }),
  z.strictObject({ table: z.literal('assumptions'), parameters: parameters.optional(), rows: z.array(assumption).min(1) }),
  z.strictObject({ table: z.literal('not_modelled'), rows: z.array(notModelled).min(1) }),
  z.strictObject({ table: z.literal('regions'), rows: z.array(region).length(20) }),
  z.strictObject({ table: z.literal('profiles'), rows: z.array(profile).length(35) }),
  z.strictObject({ table: z.literal('icd10'), basis: z.string(), rows: z.array(icd10Entry).min(1) }),
  z.strictObject({ table: z.literal('socially_significant'), provenance: sourcedOutside, parameters: parameters.optional(), rows: z.array(sociallySignificantGroup).min(1) }),
  z.strictObject({ table: z.literal('gists'), basis: z.string(), translations: z.literal('unofficial'), rows: z.array(gist).min(1) }),
]);

// --- annex 1, generated ---

export const count = z.number().int().nonnegative().nullable();

export const limitRow = z.strictObject({
  region: z.string(),
  profile: z.string(),
  total: count,
  children: count,
  adults: count,
  ruralTotal: count,
  ruralChildren: count,
  ruralAdults: count,
  /** The export's line, so a reader can find it. */
  quote: z.string(),
  /** Where the spaces between digits could be read more than one way (generated in kk, ru and en). */
  note: prose.optional(),
});

export const annex1File = z.strictObject({
  act: actId,
  point: z.string(),
  generatedBy: z.string(),
  allProfilesId: z.string(),
  rows: z.array(limitRow),
});

export type Source = z.infer<typeof source>;
export type SecondarySource = z.infer<typeof secondarySource>;
export type WebSource = z.infer<typeof webSource>;
export type RegionalSearchRow = z.infer<typeof regionalSearchRow>;
export type PremiseRef = z.infer<typeof premiseRef>;
export type Parameter = z.infer<typeof parameter>;
export type ParameterValue = z.infer<typeof parameterValue>;
export type NotModelled = z.infer<typeof notModelled>;
export type Trilingual = z.infer<typeof trilingual>;
export type Names = z.infer<typeof names>;
export type Effective = z.infer<typeof effective>;
export type ActLink = z.infer<typeof actLink>;
export type Act = z.infer<typeof act>;
export type ListRow = z.infer<typeof listRow>;
export type ListItem = z.infer<typeof listItem>;
export type RegionalList = z.infer<typeof regionalList>;
export type ProgrammeContent = z.infer<typeof programmeContent>;
export type CshiListContent = z.infer<typeof cshiListContent>;
export type Region = z.infer<typeof region>;
export type Profile = z.infer<typeof profile>;
export type Icd10Entry = z.infer<typeof icd10Entry>;
/** A group as the file holds it. */
export type SociallySignificantGroupFile = z.infer<typeof sociallySignificantGroup>;
/** A group as the corpus serves it: its event window resolved through the parameter accessor at load. */
export type SociallySignificantGroup = SociallySignificantGroupFile & { eventWindowMonths: number | null };
export type ReferenceFile = z.infer<typeof referenceFile>;
export type Assumption = z.infer<typeof assumption>;
export type LimitRow = z.infer<typeof limitRow>;
export type Annex1File = z.infer<typeof annex1File>;
export type Residency = z.infer<typeof residency>;
export type Interpretation = z.infer<typeof interpretation>;
export type PopulationCategory = z.infer<typeof populationCategory>;

// --- drafts: an act file `kepil act import` wrote, before a person settles what it could not read ---

/** What the importer could not read, or read only as a doubt, in one place of the draft. */
export const reviewKind = z.enum([
  'spill_from_previous',
  'spill_into_next',
  'page_break',
  'foreign_cell',
  'missing_cells',
  'section_inferred',
  'heading_in_row',
  'icd10_not_printed',
  'population_unclear',
  'disease_not_kk',
  'issuer_names',
  'link_unknown_act',
  'repeal_unusual',
  'entry_rule_not_read',
  'region_not_read',
]);

export const reviewEntry = z.strictObject({
  /** Where in the draft: `content.list.rows[4]` (the whole row), `content.list.rows[4].icd10`, `issuer`, … */
  path: z.string().min(1),
  /** The row's id, where the entry is about a row. */
  row: z.string().nullable(),
  what: reviewKind,
  /** The line of the source text the doubt is on (0: the whole text). */
  line: z.number().int().nonnegative(),
  /** The printed words the doubt is about. */
  quote: z.string(),
});

const draftTrilingual = z.strictObject({ kk: z.string().min(1).nullable(), ru: z.string().min(1).nullable(), en: z.string().min(1).nullable(), translations: z.literal('unofficial') });
const draftRow = listRow.extend({
  disease: draftTrilingual,
  icd10: icd10Mapping.nullable(),
  population: population.extend({ category: populationCategory.nullable() }).nullable(),
  /** A row whose cells the export scrambled may have no item read (flagged missing_cells). */
  items: z.array(listItem),
});
const draftList = regionalList.extend({ title: draftTrilingual, rows: z.array(draftRow), effective: effective.nullable() });

/**
 * A draft act: the act's shape, where what a person must settle may be null, with `needsReview` saying
 * where. The loader refuses any act file that still has `needsReview` entries.
 */
export const draftAct = act.extend({
  issuer: z.strictObject({ kk: z.string().min(1).nullable(), ru: z.string().min(1).nullable(), en: z.string().min(1).nullable() }),
  title: draftTrilingual,
  entryIntoForce: effective.nullable(),
  region: z.string().nullable(),
  content: regionalContent.extend({ list: draftList.nullable() }),
  needsReview: z.array(reviewEntry),
});

export type ReviewKind = z.infer<typeof reviewKind>;
export type ReviewEntry = z.infer<typeof reviewEntry>;
export type DraftAct = z.infer<typeof draftAct>;
