// The response bodies of the JSON API as zod schemas: the serializer compiles them, OpenAPI shows them.
// The engine and corpus types stay the source: each schema below is checked at compile time to infer
// exactly the type its function returns (see `Checks`), so a field added there fails the build here
// until the schema names it, and nothing is silently left out of an answer.
import { z } from 'zod';
import { source, names, trilingual, actKind, act, regionalList, listSection, listRow, paymentMethod, criterion, ambulanceNorm } from '../corpus/schema.js';
import type { ActOnDate, RegionalListOnDate, LimitView, SearchHit } from '../corpus/queries.js';
import type { DateStatus } from '../corpus/validity.js';
import type { Message } from '../i18n/index.js';
import type { Decision, Entitlements, compareItem, assessCriteria } from '../engine/index.js';
import { REGION_IDS, CSHI_GROUP_IDS, CARE_TYPES, SPECIALTIES } from '../engine/index.js';
import type { referenceData } from '../engine/reference.js';

const outcome = z.enum(['covered', 'not_covered', 'undetermined']);
const pkg = z.enum(['gvfmc', 'cshi', 'regional']);

/** A catalogue message: the id and its parameters; the interfaces render it in kk, ru or en. */
// Its parameters (values, names in three languages, nested messages) are written as they are.
const message = z
  .strictObject({ id: z.string(), params: z.record(z.string(), z.unknown()).optional() })
  .describe('The text as a catalogue message id with its parameters') as unknown as z.ZodType<Message>;

/** Under which readings a text holds (issue 16): in words, and as the facts of each (any one suffices). */
const when = z
  .strictObject({ text: z.string(), message, readings: z.array(z.array(z.strictObject({ field: z.string(), value: z.string() }))) })
  .describe('Where the text holds in some readings only: under which, in words (text) and as request fields and values (readings: any one of these sets of facts)');

/** A value of a fact with the statement it makes, in words. */
const words = { text: z.string().describe('The statement this value makes, in words'), message };

const condition = z.strictObject({
  id: z.string(),
  text: z.string(),
  status: z.enum(['met', 'to_verify']).describe('met: the request proves it; to_verify: the request cannot express it'),
  source: source.nullable(),
  message: message.optional(),
  when: when.optional(),
});

const factKind = z.enum(['fact', 'list', 'interpretation']);

const missing = z.strictObject({
  kind: factKind,
  id: z.string(),
  field: z.string().optional().describe('For a fact: the request field that would settle it'),
  text: z.string(),
  message: message.optional(),
});

const traceStep = z.strictObject({ rule: z.string(), result: z.string(), source: source.optional(), ruleMessage: message.optional() });

const valueOutcome = z.strictObject({ value: z.string(), outcome, package: pkg.nullable(), ...words });

/** The engine's answer, trace included (the CLI's and the library's Decision). */
export const decisionSchema = z.strictObject({
  outcome,
  package: pkg.nullable(),
  basis: z.array(source).describe('The points that decided it, each with a verbatim quote'),
  conditions: z.array(condition),
  missing: z.array(missing),
  reasons: z.array(z.strictObject({ text: z.string(), source: source.nullable(), message: message.optional(), when: when.optional() })).describe('For not_covered: the reasons that decided it; where one holds in some readings only, `when` says which'),
  wouldCover: z.array(z.strictObject({ change: z.string(), message, package: pkg.nullable(), basis: z.array(source) })).describe('For not_covered: what would make it covered'),
  readings: z
    .array(
      z.strictObject({
        assumption: z.string().describe('The facts of this reading, in words'),
        message: message.optional(),
        facts: z.array(z.strictObject({ field: z.string(), value: z.string(), ...words })),
        outcome,
        package: pkg.nullable(),
        basis: z.array(source),
      }),
    )
    .describe('Where the answer depends on facts the request leaves open: the answer under each reading of them'),
  questions: z
    .array(
      z.strictObject({
        field: z.string(),
        kind: factKind,
        text: z.string(),
        message,
        values: z.array(valueOutcome),
        authority: z.strictObject(words).optional().describe('Where only an authority can answer it: who, in words'),
      }),
    )
    .describe('For undetermined: the questions that would settle it, what the person knows first, then readings of a text, then lists only an authority holds; within each, the most decisive first'),
  interpretations: z
    .array(
      z.strictObject({
        id: z.string(),
        source,
        used: z.string().nullable(),
        text: z.string(),
        message,
        readings: z.array(valueOutcome.extend({ default: z.boolean() })),
      }),
    )
    .describe('Readings of open texts (named in the data) the answer rests on'),
  packages: z
    .array(z.strictObject({ package: pkg.nullable(), when }))
    .optional()
    .describe('Covered in every reading but not in one package: which package under which facts'),
  notes: z.array(z.string()),
  noteMessages: z.array(message.nullable()).optional(),
  nextSteps: z.array(z.strictObject({ id: z.string(), text: z.string(), message })).optional().describe('What to do next: documents, a referral, where to ask'),
  trace: z.array(traceStep).describe('How the answer was made, rule by rule'),
  datasetVersion: z.string(),
});

/** POST /eligibility: the decision; the trace only with ?explain=true. */
export const eligibilityResponse = decisionSchema
  .extend({ trace: decisionSchema.shape.trace.optional().describe('Only with ?explain=true: how the answer was made, rule by rule') })
  .describe(
    'The decision. Each cited point carries act, point, quote (verbatim) and cite (the point as a person cites it); on ru and en the points of the top-level basis also carry gist (a short unofficial gist). With ?explain=true every cited point carries clause (the whole clause, verbatim, kk) and gist, and the trace is added',
  );

const tri = z.union([z.boolean(), z.literal('unknown')]);

export const entitlementsSchema = z
  .strictObject({
    date: z.string(),
    age: z.number().nullable(),
    packages: z.strictObject({
      gvfmc: z.strictObject({ state: tri, basis: z.array(source), missing: z.array(missing) }),
      cshi: z.strictObject({ state: tri, groups: z.array(z.string()), basis: z.array(source), missing: z.array(missing) }),
    }),
    care: z.array(
      z.strictObject({ type: z.string(), package: z.enum(['gvfmc', 'cshi']), scope: z.string(), message, source, status: z.enum(['yes', 'if_package_confirmed']) }),
    ),
    regional: z.strictObject({
      region: z.string().nullable(),
      state: z.string(),
      reason: z.string(),
      message: message.optional(),
      entries: z.array(
        z.strictObject({
          act: z.string(),
          row: z.string(),
          section: listSection,
          disease: trilingual,
          items: z.array(z.string()),
          conditions: z.array(condition),
          notes: z.array(z.string()),
        }),
      ),
    }),
    datasetVersion: z.string(),
  })
  .describe('Everything the person has on the date');

const window = z.strictObject({ from: z.string(), to: z.string().nullable() });

const dateStatus = z.strictObject({
  state: z.enum(['yes', 'no', 'uncertain']),
  window: window.optional(),
  presumed: z.boolean().describe("True when yes or no rests on the project's publication premise"),
  reason: z.string(),
  message,
  rule: z.string().optional(),
  pending: z.string().optional(),
});

const listStanding = z.strictObject({
  state: z.enum(['in_force', 'in_force_presumed', 'uncertain', 'repealed', 'not_yet', 'not_in_corpus']),
  date: z.string().optional(),
  message,
  text: z.string(),
});

/** A region's standing on the date: in force from D, repealed from D, not yet, wording not held, or no list held. */
export const regionStandingSchema = z.strictObject({
  state: z.enum(['in_force', 'in_force_presumed', 'uncertain', 'repealed', 'not_yet', 'wording_not_held', 'no_list_held']),
  act: z.string().nullable(),
  date: z.string().optional().describe('in force: the date the wording is in force from; repealed: the date of the repeal; not yet: the first date'),
  earliest: z.boolean().optional().describe('true when the date is the earliest of an open window (the sources give no exact date)'),
  presumed: z.boolean().describe('true when the state rests on the publication premise (publication.window_days)'),
  pages: z.array(z.strictObject({ kind: z.enum(['primary', 'secondary']), url: z.string(), title: z.string() })).describe('for no list held: the public pages the search found, none of them a list Kepil holds'),
  message,
  text: z.string(),
});

const actOnDate = z.strictObject({
  id: z.string(),
  kind: actKind,
  number: z.string(),
  issuer: names,
  title: trilingual,
  adopted: z.string(),
  registration: act.shape.registration,
  seed: z.string().nullable(),
  region: z.string().nullable(),
  inForce: dateStatus,
  timeline: z.array(z.strictObject({ event: z.string(), what: z.string().optional().describe('What the linked act changed, in the request’s language'), date: z.string().nullable(), window: window.optional(), act: z.string().optional() })),
});

export const actsResponse = z.strictObject({ date: z.string(), acts: z.array(actOnDate) }).describe('Every act, with its state on the date');

export const regionalListResponse = z
  .strictObject({
    region: z.string(),
    date: z.string(),
    state: z.enum(['in_force', 'uncertain', 'none', 'not_in_corpus']),
    act: z.string().nullable(),
    list: regionalList.nullable(),
    status: dateStatus.nullable(),
    reason: z.string(),
    message,
    notes: z.array(z.strictObject({ row: z.string(), note: z.string() })),
    pending: z.string().optional().describe('When the state is uncertain: the act whose publication date would settle it'),
    standing: regionStandingSchema,
  })
  .describe("The region's list on the date, or why there is none");

const count = z.number().nullable();
const limitView = z.strictObject({
  region: z.string(),
  profile: z.string(),
  profileName: names,
  total: count,
  children: count,
  adults: count,
  ruralTotal: count,
  ruralChildren: count,
  ruralAdults: count,
  note: z.string().optional(),
});
export const limitsResponse = z.array(limitView).describe('Annex 1 volumes');

export const paymentsResponse = z.array(paymentMethod).describe('Annex 2 payment methods');
export const criteriaResponse = z.strictObject({ criteria: z.array(criterion), ambulanceNorms: z.array(ambulanceNorm) }).describe('p.79 criteria and p.4 norms');

export const assessmentResponse = z
  .strictObject({
    region: z.string().nullable(),
    criteria: z.array(
      z.strictObject({
        number: z.number(),
        id: z.string(),
        holds: z.enum(['yes', 'no', 'undetermined']),
        value: z.number().nullable(),
        threshold: z.string(),
        note: z.string().optional(),
        message: message.optional(),
        source,
      }),
    ),
    summary: z.strictObject({ yes: z.number(), no: z.number(), undetermined: z.number() }),
  })
  .describe('One verdict per criterion');

export const searchResponse = z
  .array(
    z.strictObject({
      region: z.string(),
      act: z.string(),
      row: z.string(),
      section: listSection,
      disease: listRow.shape.disease,
      icd10: z.array(z.string()),
      item: z.string().nullable(),
      items: z.array(z.string()).describe('For a disease hit: what the row gives for it'),
      matched: z.enum(['disease', 'item']),
      status: listStanding,
    }),
  )
  .describe('Matching list rows and items');

export const compareResponse = z
  .strictObject({
    item: z.string(),
    date: z.string(),
    regions: z.array(
      z.strictObject({
        region: z.string(),
        act: z.string(),
        status: z.string(),
        row: z.string(),
        section: listSection,
        disease: trilingual,
        icd10: z.array(z.string()),
        population: listRow.shape.population,
        indication: listRow.shape.indication,
        item: z.strictObject({ nameInAct: z.string(), inn: z.string().nullable(), form: z.string().nullable() }),
        note: z.string().optional(),
      }),
    ),
    coverage: z.array(
      z.strictObject({
        region: z.string(),
        state: z.enum(['found', 'not_found', 'no_list', 'not_held', 'repealed', 'not_yet', 'no_list_held']),
        act: z.string().nullable(),
        list: listStanding.nullable(),
        standing: regionStandingSchema,
        formerRows: z.array(z.string()).optional().describe('rows of a repealed list that held the item'),
        message,
        text: z.string(),
      }),
    ),
    regionsWithoutList: z.array(z.string()),
  })
  .describe('The regions whose lists give the item');

export const versionResponse = z
  .strictObject({
    datasetVersion: z.string(),
    acts: z.array(z.strictObject({ id: z.string(), number: z.string(), adopted: z.string(), seed: z.string().nullable() })),
  })
  .describe('The dataset hash and the acts loaded');

const stringList = z.array(z.string());
export const referenceResponse = z
  .strictObject({
    datasetVersion: z.string(),
    regions: z.array(z.strictObject({ id: z.enum(REGION_IDS), kind: z.enum(['oblast', 'city']), name: names })),
    groups: z.array(z.strictObject({ id: z.enum(CSHI_GROUP_IDS), name: names.nullable(), source: source.nullable() })),
    careTypes: z.array(z.enum(CARE_TYPES)),
    residency: stringList,
    sex: stringList,
    contributions: stringList,
    forms: stringList,
    purposes: stringList,
    specialties: z.array(z.enum(SPECIALTIES)),
    years: z.array(z.number()),
    period: z.strictObject({ from: z.string(), to: z.string() }),
    icd10: z.array(z.strictObject({ code: z.string(), name: z.strictObject({ kk: z.string().nullable(), ru: z.string(), en: z.string() }), verified: z.boolean() })),
    items: z.array(z.strictObject({ name: z.string(), names: z.strictObject({ ru: z.string().nullable(), en: z.string().nullable() }), inn: z.string().nullable(), regions: stringList })),
  })
  .describe('The values a form offers');

export const healthResponse = z.strictObject({ status: z.literal('ok'), datasetVersion: z.string() }).describe('The service is up');
export const readyResponse = z.strictObject({ status: z.literal('ready'), datasetVersion: z.string() }).describe('The ledger database answers');

// --- compile-time checks: each schema infers exactly the type the engine or corpus returns ---
type Exact<A, B> = (<T>() => T extends A ? 1 : 2) extends <T>() => T extends B ? 1 : 2 ? true : false;
type Expect<T extends true> = T;
type Out<S extends z.ZodType> = z.output<S>;
/** Where strict identity trips on how the types are spelt: each assignable to the other, and the same fields. */
type Fits<A, B> = [A] extends [B] ? true : false;
type Same<A, B> = Fits<A, B> extends true ? (Fits<B, A> extends true ? Fits<keyof A, keyof B> extends true ? Fits<keyof B, keyof A> : false : false) : false;
export type Checks = [
  Expect<Same<Out<typeof decisionSchema>, Decision>>,
  Expect<Same<Out<typeof entitlementsSchema>, Entitlements>>,
  Expect<Exact<Out<typeof actOnDate>, ActOnDate>>,
  Expect<Exact<Out<typeof dateStatus>, DateStatus>>,
  Expect<Exact<Out<typeof regionalListResponse>, RegionalListOnDate>>,
  Expect<Exact<Out<typeof limitView>, LimitView>>,
  Expect<Exact<Out<typeof searchResponse>[number], SearchHit>>,
  Expect<Exact<Out<typeof compareResponse>, ReturnType<typeof compareItem>>>,
  Expect<Exact<Out<typeof assessmentResponse>, ReturnType<typeof assessCriteria>>>,
  Expect<Same<Out<typeof referenceResponse>, ReturnType<typeof referenceData>>>,
];
