// Facts the rules share, derived per reading: age, the packages a person has, whether the diagnosis
// is a socially significant disease, whether it is on a list the corpus does not hold, and which
// reading of an open text applies. A fact the request leaves out is *asked* of the oracle: while
// deciding, the oracle enumerates its values (readings.ts); for entitlements it answers null, and the
// fact stays 'unknown'.
import type { Residency, Source, SociallySignificantGroup } from '../corpus/schema.js';
import { msg, type Message, type Text } from '../i18n/index.js';
import type { Engine } from './compile.js';
import type { Missing, TraceStep } from './decision.js';
import type { Care, ListId, Person } from './request.js';
import { joined, tx } from '../i18n/index.js';
import { listName } from './readable.js';

export type Tri = true | false | 'unknown';

/** A fact the request leaves open, with the values it can take. */
export interface Unknown {
  /** 'person.contributions', 'dsm-162-2020', 'interpretation:p33.3', 'publication:<act>' … */
  id: string;
  kind: 'fact' | 'list' | 'interpretation';
  /** Where a requester states it: a request field ('care.onList.dsm-162-2020'), or the id for what only an authority settles. */
  field: string;
  values: readonly string[];
  text: Message;
  /** For an interpretation: the reading the project takes; the others are shown beside it. */
  default?: string | null;
}

/** Answers an unknown with one of its values, or null when the caller wants it left unknown. */
export interface Oracle {
  ask(u: Unknown): string | null;
  /** Facts the rules consulted, given or not: what a remedy could change. */
  readonly used?: Set<string>;
}

export const STATIC: Oracle = { ask: () => null };

export interface Fact {
  state: Tri;
  basis: Source[];
  missing: Missing<Text>[];
  note?: Text;
}

export interface Facts {
  date: string;
  person: Person;
  care: Care;
  /** Age on the date when the birth date is given. */
  age: number | null;
  gvfmc: Fact;
  cshi: Fact & { groups: string[] };
  /** Is the diagnosis a socially significant disease (ҚР ДСМ-108/2020) on the date? */
  social: Fact & { group: SociallySignificantGroup | null; caveats: readonly Text[] };
  /** What the answer rests on beyond the acts (unverified ҚР ДСМ-108 code sets, premises): shown in `notes`. */
  readonly dataNotes: readonly Text[];
  /** A child is under this age on the date (parameter age.child_under: p.55.1, p.62). */
  readonly childAgeUnder: number;
  /** An infant is under this age on the date (parameter regional.infant_age_under). */
  readonly infantAgeUnder: number;
  /** A boolean request field, asked when left out. */
  flag(field: BoolField): Tri;
  /** The residency, asked (by class) when left out. */
  residency(): Residency | null;
  /**
   * The form of care, asked when left out: 'urgency' splits emergency-or-urgent from planned (the
   * specialist and hospital rules treat both alike); 'p7' splits emergency from the rest (PHC, p.7).
   */
  form(split?: 'urgency' | 'p7'): Care['form'] | null;
  /** Is the diagnosis or item on a list the corpus does not hold? `care.onList` states it; otherwise asked. */
  onList(id: ListId, subject: Text): Tri;
  /** The reading of an open text that applies (asked over its readings). */
  reading(id: string): string | null;
  /** Records that a rule consulted a fact (for the remedies a person can act on). */
  use(fact: string): void;
  /** Any other unknown (a publication date, a diagnosis property). */
  ask(u: Unknown): string | null;
  /** Lists whose membership the requester stated, as used. */
  readonly stated: { list: string; value: boolean }[];
  readonly trace: TraceStep<Text>[];
}

export type BoolField = 'person.pregnant' | 'person.postpartum' | 'person.employed' | 'person.phcAttached' | 'care.referral' | 'care.lifeThreatening';

/** Full years on `date`. ISO dates compare as strings, so the birthday test needs no parsing. */
export function ageOn(birthDate: string, date: string): number {
  return Number(date.slice(0, 4)) - Number(birthDate.slice(0, 4)) - (date.slice(5) < birthDate.slice(5) ? 1 : 0);
}

export const missingFact = (field: string, text: Text): Missing<Text> => ({ kind: 'fact', id: field, field, text });

const BOOL = ['true', 'false'] as const;

// The age thresholds rules ask about when the birth date is left out: under 18 (p.55.1, the lists'
// children and adults), then, only for a child and only where a list names infants, under 1.
// (p.62's "over 65" is applied from a stated birth date only: it changes a condition, not the outcome.)
const AGE_UNKNOWN: Unknown = { id: 'person.birthDate', kind: 'fact', field: 'person.birthDate', values: ['under_18', 'adult'], text: msg('engine.q.age') };
const INFANT_UNKNOWN: Unknown = { id: 'person.birthDate.infant', kind: 'fact', field: 'person.birthDate', values: ['true', 'false'], text: msg('engine.q.age_infant') };

// Residency is asked in two steps, the second only where a rule needs it: first whether p.3 gives
// GVFMC (citizens, kandas, refugees, permanent residents) or not (a temporarily staying foreigner);
// then, for the first, which class (the regional lists' "citizens", p.53, p.55.10 kandas).
const RESIDENCY_UNKNOWN: Unknown = { id: 'person.residency', kind: 'fact', field: 'person.residency', values: ['citizen|kandas|refugee|foreign_permanent|stateless_permanent', 'foreign_temporary'], text: msg('engine.q.residency') };
const RESIDENCY_CLASSES: Record<string, Residency> = { citizen: 'citizen', kandas: 'kandas', 'refugee|foreign_permanent|stateless_permanent': 'refugee' };
const RESIDENCY_DETAIL: Unknown = { id: 'person.residency.class', kind: 'fact', field: 'person.residency', values: Object.keys(RESIDENCY_CLASSES), text: msg('engine.q.residency_class') };
const FORM_UNKNOWNS = {
  urgency: { id: 'care.form', kind: 'fact', field: 'care.form', values: ['emergency|urgent', 'planned'], text: msg('engine.q.form') },
  p7: { id: 'care.form', kind: 'fact', field: 'care.form', values: ['emergency', 'urgent|planned'], text: msg('engine.q.form') },
} satisfies Record<string, Unknown>;
// The form each class of values stands for in the rules.
const FORM_OF: Record<string, Care['form']> = { 'emergency|urgent': 'emergency', planned: 'planned', emergency: 'emergency', 'urgent|planned': 'planned' };
// 'exempt' reads as 'paid' (p.54 treats both alike), so it is not a reading of its own.
const CONTRIBUTIONS_UNKNOWN: Unknown = { id: 'person.contributions', kind: 'fact', field: 'person.contributions', values: ['paid', 'unpaid'], text: msg('engine.q.contributions') };
const CATEGORIES_UNKNOWN: Unknown = { id: 'person.categories', kind: 'fact', field: 'person.categories', values: ['none', 'a_p55_group'], text: msg('engine.q.categories') };
const SOCIAL_UNKNOWN: Unknown = { id: 'care.diagnosis', kind: 'fact', field: 'care.diagnosis', values: ['socially_significant', 'other'], text: msg('engine.q.diagnosis_social') };

const boolUnknown = (field: BoolField): Unknown => ({ id: field, kind: 'fact', field, values: BOOL, text: msg(`engine.q.${field}`) });
const BOOL_UNKNOWNS = new Map<BoolField, Unknown>(
  (['person.pregnant', 'person.postpartum', 'person.employed', 'person.phcAttached', 'care.referral', 'care.lifeThreatening'] as BoolField[]).map((f) => [f, boolUnknown(f)]),
);

// One object per list and subject, kept: a request asks it in every reading, and its question's text
// is then rendered once (readings.ts renders per message object). Bounded like the other memos.
const LIST_UNKNOWNS = new Map<ListId, Map<string, Unknown>>();
export function listUnknown(id: ListId, subject: Text, list: Text = id): Unknown {
  let bySubject = LIST_UNKNOWNS.get(id);
  if (!bySubject) LIST_UNKNOWNS.set(id, (bySubject = new Map()));
  // A subject in words (a message) is one object per kind of subject: keyed by its id.
  const key = typeof subject === 'string' ? subject : `\u0000${subject.id}`;
  let u = bySubject.get(key);
  if (!u) {
    if (bySubject.size > 10_000) bySubject.clear();
    bySubject.set(key, (u = { id, kind: 'list', field: `care.onList.${id}`, values: BOOL, text: msg('engine.q.on_list', { subject, list }) }));
  }
  return u;
}

const triOf = (v: string | null): Tri => (v === null ? 'unknown' : v === 'true');

// The ages are parameters (age.child_under: p.55.1, p.62 "18 жасқа дейінгі балалар";
// regional.infant_age_under: the lists' "1 жасқа дейінгі балалар"), read through the engine's accessor.

/** A child on the date: from the birth date, else asked. */
export function isChild(f: Facts): Tri {
  if (f.age !== null) return f.age < f.childAgeUnder;
  const band = f.ask(AGE_UNKNOWN);
  return band === null ? 'unknown' : band === 'under_18';
}

/** An infant on the date (the lists' "under 1"): from the birth date, else asked (only of a child). */
export function isInfant(f: Facts): Tri {
  if (f.age !== null) return f.age < f.infantAgeUnder;
  const child = isChild(f);
  if (child !== true) return child;
  return triOf(f.ask(INFANT_UNKNOWN));
}

/** The same tests on what the request states, never asking: for wording, not for outcomes. */
export const knownChild = (f: Facts): boolean => f.age !== null && f.age < f.childAgeUnder;

function gvfmcFact(engine: Engine, f: Facts): Fact {
  if (!f.person.residency) {
    const cls = f.ask(RESIDENCY_UNKNOWN);
    if (cls !== null) {
      const temporary = cls === 'foreign_temporary';
      const e = engine.entitlements.get(temporary ? 'foreign_temporary' : 'citizen');
      return { state: !temporary, basis: [engine.cite('gvfmc.entitled')], missing: [], ...(temporary && e?.note ? { note: tx('rules.gvfmc.p3Only') } : {}) };
    }
  }
  const residency = f.residency();
  if (!residency) return { state: 'unknown', basis: [engine.cite('gvfmc.entitled')], missing: [missingFact('person.residency', tx('rules.fact.residency'))] };
  const e = engine.entitlements.get(residency);
  // The data's note on p.3 (temporary stay) is said from the catalogue, in the reader's language.
  return { state: e?.gvfmc ?? false, basis: e ? [e.source] : [engine.cite('gvfmc.entitled')], missing: [], note: e?.note ? tx('rules.gvfmc.p3Only') : undefined };
}

/** Groups of p.55 whose text limits them to people who do not work. */
const NON_WORKING = new Set(['non_working_pregnant', 'caring_child_under_3', 'disabled_child_carer', 'group1_disability_carer', 'non_working_kandas', 'social_assistance', 'registered_unemployed', 'crisis_welfare']);

/** Does a p.55 group the request names hold under the group's own conditions? */
function groupHolds(f: Facts, id: string): { holds: Tri; why?: string } {
  if (NON_WORKING.has(id)) {
    const employed = f.flag('person.employed');
    if (employed === true) return { holds: false, why: 'employed' };
    if (employed === 'unknown') return { holds: 'unknown' };
  }
  if (id === 'child') {
    const child = isChild(f);
    if (child !== true) return { holds: child, why: 'age' };
  }
  if (id === 'non_working_pregnant' && f.person.sex === 'male') return { holds: false, why: 'sex' };
  if (id === 'non_working_kandas') {
    const r = f.residency();
    if (r === null) return { holds: 'unknown' };
    if (r !== 'kandas') return { holds: false, why: 'residency' };
  }
  return { holds: true };
}

/** p.55 groups derived from other fields: a child, a non-working pregnant woman, a non-working kandas. */
function derivedGroup(f: Facts, id: 'child' | 'non_working_pregnant' | 'non_working_kandas'): Tri {
  if (id === 'child') return isChild(f);
  if (id === 'non_working_pregnant') {
    if (f.person.sex === 'male' || f.person.employed === true || f.person.pregnant === false) return false;
    // Employment first: for an employed woman pregnancy no longer matters (p.55.2).
    const employed = f.flag('person.employed');
    if (employed === true) return false;
    const pregnant = f.flag('person.pregnant');
    if (pregnant === false) return false;
    return employed === 'unknown' || pregnant === 'unknown' ? 'unknown' : true;
  }
  const r = f.residency();
  if (r === null) return 'unknown';
  if (r !== 'kandas') return false;
  const employed = f.flag('person.employed');
  return employed === 'unknown' ? 'unknown' : !employed;
}

/** A p.55 group by its name in the act (kk, with the project's ru and en). */
const groupName = (engine: Engine, id: string): Text => {
  const name = engine.cshiGroups.get(id)?.name;
  return name ? tx('data.prose', { text: name }) : id;
};

function cshiFact(engine: Engine, f: Facts): Facts['cshi'] {
  const { person } = f;
  const contributions = person.contributions ?? f.ask(CONTRIBUTIONS_UNKNOWN);
  if (contributions === 'paid' || contributions === 'exempt') {
    return { state: true, basis: [engine.cite('cshi.entitled')], missing: [], groups: [], note: tx('rules.cshi.contributionsState', { state: msg(`rules.contrib.${contributions}`) }) };
  }
  const missing: Missing<Text>[] = [];
  if (contributions === null) missing.push(missingFact('person.contributions', tx('rules.fact.contributions')));
  const rejected: Text[] = [];
  const held: string[] = [];
  let open = false;
  for (const id of person.categories ?? []) {
    const g = groupHolds(f, id);
    if (g.holds === true) held.push(id);
    else if (g.holds === false) rejected.push(tx('rules.group.rejected', { group: groupName(engine, id), why: msg(`rules.group.why.${g.why === 'employed' || g.why === 'age' || g.why === 'sex' ? g.why : 'residency'}`) }));
    else open = true;
  }
  const rejectedText = rejected.length ? tx('rules.groups.rejected', { groups: joined(rejected) }) : '';
  const statePays = (groups: Text): Text => (rejectedText ? tx('rules.groups.statePaysRejected', { groups, rejected: rejectedText }) : tx('rules.groups.statePays', { groups }));
  if (held.length > 0) {
    return { state: true, basis: [engine.cite('cshi.state_paid'), ...held.map((id) => engine.cshiGroups.get(id)!.source)], missing: [], groups: held, note: statePays(joined(held.map((id) => groupName(engine, id)))) };
  }
  // A temporarily staying foreigner: which foreigners are CSHI consumers is the Law on CSHI's (outside
  // the sources), so the p.55 groups are not derived for them from age or pregnancy (audit F6).
  const temporary = person.residency === 'foreign_temporary';
  if (person.categories === undefined) {
    const answer = f.ask(CATEGORIES_UNKNOWN);
    if (answer === 'a_p55_group') return { state: true, basis: [engine.cite('cshi.state_paid')], missing: [], groups: ['a_p55_group'], note: tx('rules.groups.reading') };
    if (answer === null) {
      missing.push(missingFact('person.categories', tx('rules.fact.categories')));
    }
  }
  if (!temporary) {
    for (const id of ['child', 'non_working_pregnant', 'non_working_kandas'] as const) {
      if ((person.categories ?? []).includes(id)) continue;
      const s = derivedGroup(f, id);
      if (s === true) return { state: true, basis: [engine.cite('cshi.state_paid'), engine.cshiGroups.get(id)!.source], missing: [], groups: [id], note: statePays(groupName(engine, id)) };
      if (s === 'unknown') {
        const field = id === 'child' ? 'person.birthDate' : id === 'non_working_kandas' && f.residency() === null ? 'person.residency' : f.person.employed === undefined ? 'person.employed' : 'person.pregnant';
        missing.push(missingFact(field, tx('rules.fact.groupNeeds', { group: groupName(engine, id) })));
      }
    }
  }
  if (open) missing.push(missingFact('person.employed', tx('rules.fact.groupNonWorking')));
  const dedup = [...new Map(missing.map((m) => [m.id, m])).values()];
  const noteParts = [temporary ? tx('rules.groups.temporary') : '', rejectedText].filter(Boolean);
  const note = joined(noteParts, 'semicolon');
  return { state: dedup.length ? 'unknown' : false, basis: [engine.cite('cshi.entitled'), engine.cite('cshi.state_paid')], missing: dedup, groups: [], ...(note ? { note } : {}) };
}

function monthsBetween(from: string, to: string): number {
  const [fy, fm, fd] = from.split('-').map(Number) as [number, number, number];
  const [ty, tm, td] = to.split('-').map(Number) as [number, number, number];
  return (ty - fy) * 12 + (tm - fm) - (td < fd ? 1 : 0);
}

function windowUnknown(group: SociallySignificantGroup): Unknown {
  return { id: 'care.diagnosisDate', kind: 'fact', field: 'care.diagnosisDate', values: BOOL, text: msg('engine.q.diagnosis_window', { group: group.name, months: group.eventWindowMonths! }) };
}

type SocialVersion = Engine['social'][number];
const versions = new WeakMap<Engine, Map<string, { version: SocialVersion | undefined; group: SociallySignificantGroup | undefined }>>();

/** The version of ҚР ДСМ-108/2020 in force and the diagnosis's group: the same for every reading, so remembered. */
function lookup(engine: Engine, date: string, diagnosis: string | undefined) {
  let memo = versions.get(engine);
  if (!memo) versions.set(engine, (memo = new Map()));
  const key = `${date}|${diagnosis ?? ''}`;
  let hit = memo.get(key);
  if (!hit) {
    const version = engine.social.find((v) => (v.from === null || v.from <= date) && (v.to === null || date <= v.to));
    hit = { version, group: version && diagnosis ? version.index.get(diagnosis)[0] : undefined };
    if (memo.size > 10_000) memo.clear();
    memo.set(key, hit);
  }
  return hit;
}

const NO_SOURCES: Source[] = [];
const NO_MISSING: Missing<Text>[] = [];
/** One shape for every answer about the diagnosis (a monomorphic object is cheaper per reading). */
const NO_NOTES: readonly Text[] = [];
/** caveats: what the answer rests on beyond the acts (unverified code sets, a premise), shown in `notes`. */
const socialAnswer = (state: Tri, group: SociallySignificantGroup | null, missing: Missing<Text>[], note: Text | undefined, caveats: readonly Text[] = NO_NOTES): Facts['social'] => ({ state, group, basis: NO_SOURCES, missing, note, caveats });

const windows = new WeakMap<SociallySignificantGroup, Unknown>();
const windowOf = (group: SociallySignificantGroup): Unknown => {
  let u = windows.get(group);
  if (!u) windows.set(group, (u = windowUnknown(group)));
  return u;
};

function socialFact(engine: Engine, f: Facts): Facts['social'] {
  const { date, care } = f;
  const { version, group } = lookup(engine, date, care.diagnosis);
  if (!version) return socialAnswer('unknown', null, [{ kind: 'list', id: 'dsm-108-2020', text: tx('rules.social.listForDate', { date }) }], undefined);
  if (!care.diagnosis) {
    const a = f.ask(SOCIAL_UNKNOWN);
    if (a === null) return socialAnswer('unknown', null, [missingFact('care.diagnosis', tx('rules.fact.social'))], undefined);
    return socialAnswer(a === 'socially_significant', null, NO_MISSING, a === 'socially_significant' ? tx('rules.social.readingYes') : tx('rules.social.readingNo'));
  }
  if (!group) {
    // Off the held codes, the diagnosis is not socially significant, unless it falls in codes the held
    // sources leave open (the orphan list a page cuts short): then it may still be an orphan disease.
    const caveats = version.absentCaveats;
    if (!version.gap.has(care.diagnosis)) return socialAnswer(false, null, NO_MISSING, undefined, caveats);
    const orphan = f.onList('dsm-108-orphan-codes', care.diagnosis);
    if (orphan === 'unknown') return socialAnswer('unknown', null, [{ kind: 'list', id: 'dsm-108-orphan-codes', field: 'care.onList.dsm-108-orphan-codes', text: tx('rules.orphan.question', { code: care.diagnosis }) }], undefined);
    return socialAnswer(orphan, null, NO_MISSING, orphan ? tx('rules.orphan.yes', { code: care.diagnosis }) : tx('rules.orphan.no', { code: care.diagnosis }), caveats);
  }
  const note = engine.socialNotes.get(group)!;
  const caveats = engine.socialCaveats.get(group)!;
  if (group.eventWindowMonths) {
    const within = care.diagnosisDate ? monthsBetween(care.diagnosisDate, date) < group.eventWindowMonths : triOf(f.ask(windowOf(group)));
    if (within === 'unknown') return socialAnswer('unknown', group, [missingFact('care.diagnosisDate', tx('rules.social.window', { group: group.name, months: group.eventWindowMonths }))], note, caveats);
    return socialAnswer(within, group, NO_MISSING, tx(within ? 'rules.social.within' : 'rules.social.past', { note: note, months: group.eventWindowMonths }), caveats);
  }
  return socialAnswer(true, group, NO_MISSING, note, caveats);
}

const show = (s: Tri) => tx(s === 'unknown' ? 'rules.tri.unknown' : s ? 'rules.tri.yes' : 'rules.tri.no');
const showNote = (s: Tri, note: Text | undefined) => (note ? tx('rules.tri.withNote', { state: msg(s === 'unknown' ? 'rules.tri.unknown' : s ? 'rules.tri.yes' : 'rules.tri.no'), note: note }) : show(s));

/**
 * What the readings of one request share. A derived fact (who has GVFMC, CSHI, whether the diagnosis
 * is socially significant) depends only on the request and the answers to what its derivation asks,
 * so each is derived once per distinct answers, not once per reading: the derivations form a tree of
 * the facts asked and the answers given, whose leaves hold the fact. A reading walks the tree asking
 * what an earlier derivation asked (the enumeration sees the same questions, in the same order) and
 * takes the fact at the leaf; only answers no earlier reading gave derive it again.
 */
export interface SharedFacts {
  age?: number | null;
  gvfmc?: Derivation<Fact>;
  cshi?: Derivation<Facts['cshi']>;
  social?: Derivation<Facts['social']>;
}

/** A point of a fact's derivation: the fact asked here and where each answer leads, or the fact itself. */
export interface Derivation<T> {
  ask?: Unknown;
  answers?: Map<string | null, Derivation<T>>;
  fact?: T;
  /** Lists whose membership the request states, read on the way (shown with the answer). */
  stated?: { list: string; value: boolean }[];
}

// The request object and the field of each boolean fact, split once (flag is called in every reading).
const FLAG_PATH = new Map<BoolField, ['person' | 'care', string]>([...BOOL_UNKNOWNS.keys()].map((f) => [f, f.split('.') as ['person' | 'care', string]]));

let sharing = true;
/**
 * Runs `f` with every fact derived afresh in every reading, as the readings were first written: the
 * reference the shared derivations must agree with (test/readings-shared.test.ts). Not for serving.
 */
export function deriveEachTime<T>(f: () => T): T {
  const was = sharing;
  sharing = false;
  try {
    return f();
  } finally {
    sharing = was;
  }
}

/** Where a derivation that did not ask as the tree says is recorded: nowhere. */
const OFF_TREE: Derivation<unknown> = Object.freeze({}) as Derivation<unknown>;

/** Facts are derived on first use: an ambulance question never looks up a diagnosis. */
class LazyFacts implements Facts {
  readonly age: number | null;
  readonly stated: { list: string; value: boolean }[] = [];
  private g?: Fact;
  private c?: Facts['cshi'];
  private s?: Facts['social'];
  private childAge?: number;
  private infantAge?: number;

  /** Where the derivation under way is in its tree (see SharedFacts), if one is. */
  private at: Derivation<unknown> | null = null;

  constructor(
    private readonly engine: Engine,
    private readonly oracle: Oracle,
    readonly date: string,
    readonly person: Person,
    readonly care: Care,
    private readonly shared: SharedFacts = {},
  ) {
    this.age = shared.age !== undefined ? shared.age : (shared.age = person.birthDate ? ageOn(person.birthDate, date) : null);
  }

  /** The fact an earlier reading derived on the same answers, or derives it here and adds it to the tree. */
  private derive<T>(root: Derivation<T>, make: () => T): T {
    if (!sharing) return make();
    // Replay: ask what the derivation asked, as it asked it, down to a leaf or to an answer not seen yet.
    let n = root;
    while (n.ask) {
      // Through `ask`, so that a derivation under way that needs this fact records these questions too.
      const next = n.answers!.get(this.ask(n.ask));
      if (!next) break;
      n = next;
    }
    if (n.fact !== undefined) {
      if (n.stated) for (const s of n.stated) if (!this.stated.some((x) => x.list === s.list)) this.stated.push(s);
      return n.fact;
    }
    // Derive it, recording the path (asking again what the replay asked gives the same answers).
    const outer = this.at;
    const stated = this.stated.length;
    this.at = root as Derivation<unknown>;
    try {
      const fact = make();
      const leaf = this.at as Derivation<T>;
      if (leaf !== OFF_TREE) {
        leaf.fact = fact;
        if (this.stated.length > stated) leaf.stated = this.stated.slice(stated);
      }
      return fact;
    } finally {
      this.at = outer;
    }
  }

  get gvfmc(): Fact {
    return (this.g ??= this.derive((this.shared.gvfmc ??= {}), () => gvfmcFact(this.engine, this)));
  }
  get cshi(): Facts['cshi'] {
    if (!this.c) {
      this.c = this.derive((this.shared.cshi ??= {}), () => cshiFact(this.engine, this));
      if (this.c.state === false) this.oracle.used?.add('cshi:false');
    }
    return this.c;
  }
  get social(): Facts['social'] {
    return (this.s ??= this.derive((this.shared.social ??= {}), () => socialFact(this.engine, this)));
  }

  ask(u: Unknown): string | null {
    const v = this.oracle.ask(u);
    const at = this.at;
    if (at !== null && at !== OFF_TREE) {
      // A derivation is a function of the request and its answers: the same point asks the same fact.
      // Were it not, this derivation is left out of the tree (derived again next time), not mixed in.
      if (at.ask === undefined) at.ask = u;
      else if (at.ask.id !== u.id) {
        this.at = OFF_TREE;
        return v;
      }
      const answers = (at.answers ??= new Map());
      let next = answers.get(v);
      if (!next) answers.set(v, (next = {}));
      this.at = next;
    }
    return v;
  }

  use(fact: string): void {
    this.oracle.used?.add(fact);
  }

  flag(field: BoolField): Tri {
    const [head, key] = FLAG_PATH.get(field)!;
    const given = (head === 'person' ? this.person : this.care)[key as never] as boolean | undefined;
    // A fact the request states as false is one a remedy could change (decide's wouldCover).
    if (given === false) this.oracle.used?.add(`${field}:false`);
    if (given !== undefined) return given;
    if (field === 'person.pregnant' && this.person.sex === 'male') return false;
    return triOf(this.ask(BOOL_UNKNOWNS.get(field)!));
  }

  residency(): Residency | null {
    if (this.person.residency) return this.person.residency;
    const cls = this.ask(RESIDENCY_UNKNOWN);
    if (cls === null) return null;
    if (cls === 'foreign_temporary') return 'foreign_temporary';
    const r = this.ask(RESIDENCY_DETAIL);
    return r === null ? null : RESIDENCY_CLASSES[r]!;
  }

  form(split: 'urgency' | 'p7' = 'urgency'): Care['form'] | null {
    if (this.care.form) return this.care.form;
    const v = this.ask(FORM_UNKNOWNS[split]);
    return v === null ? null : FORM_OF[v]!;
  }

  onList(id: ListId, subject: string): Tri {
    const stated = this.care.onList?.[id];
    if (stated !== undefined) {
      if (!this.stated.some((s) => s.list === id)) this.stated.push({ list: id, value: stated });
      return stated;
    }
    return triOf(this.ask(listUnknown(id, subject, listName(this.engine, id))));
  }

  reading(id: string): string | null {
    const i = this.engine.interpretations.get(id);
    if (!i) return null;
    // Asked even with one reading, so that the answer names the interpretation it rests on.
    return this.ask(this.engine.interpretationUnknown(id)) ?? i.default ?? null;
  }

  get childAgeUnder(): number {
    return (this.childAge ??= this.engine.num('age.child_under', this.date).value);
  }

  get infantAgeUnder(): number {
    return (this.infantAge ??= this.engine.num('regional.infant_age_under', this.date).value);
  }

  get dataNotes(): readonly Text[] {
    return this.s?.caveats ?? NO_NOTES;
  }

  /** The facts the rules used, in a readable trace. */
  get trace(): TraceStep<Text>[] {
    const t: TraceStep<Text>[] = [{ rule: tx('rules.trace.age'), result: this.age === null ? tx('rules.trace.ageUnknown') : String(this.age) }];
    if (this.g) t.push({ rule: tx('rules.trace.hasGvfmc'), result: show(this.g.state), source: this.g.basis[0] });
    if (this.c) t.push({ rule: tx('rules.trace.hasCshi'), result: showNote(this.c.state, this.c.note), source: this.c.basis[0] });
    if (this.s) t.push({ rule: tx('rules.trace.social'), result: showNote(this.s.state, this.s.note) });
    return t;
  }
}

/** `shared` is given by the readings of one request (decide), so that each fact is derived once per distinct answers. */
export function deriveFacts(engine: Engine, date: string, person: Person, care: Care, oracle: Oracle = STATIC, shared?: SharedFacts): Facts {
  return new LazyFacts(engine, oracle, date, person, care, shared);
}
