// Facts the rules share, derived once per request: age, the packages a person has, and whether the
// diagnosis is a socially significant disease. Each is true, false, or unknown with what is missing.
import type { Source, SociallySignificantGroup } from '../corpus/schema.js';
import type { Engine } from './compile.js';
import type { Missing, TraceStep } from './decision.js';
import type { Care, Person } from './request.js';

export type Tri = true | false | 'unknown';

export interface Fact {
  state: Tri;
  basis: Source[];
  missing: Missing[];
  note?: string;
}

export interface Facts {
  date: string;
  person: Person;
  care: Care;
  age: number | null;
  gvfmc: Fact;
  cshi: Fact & { groups: string[] };
  /** Is the diagnosis a socially significant disease (ҚР ДСМ-108/2020) on the date? */
  social: Fact & { group: SociallySignificantGroup | null; orphanGap: boolean };
  readonly trace: TraceStep[];
}

/** Full years on `date`. ISO dates compare as strings, so the birthday test needs no parsing. */
export function ageOn(birthDate: string, date: string): number {
  return Number(date.slice(0, 4)) - Number(birthDate.slice(0, 4)) - (date.slice(5) < birthDate.slice(5) ? 1 : 0);
}

export const missingFact = (field: string, text: string): Missing => ({ kind: 'fact', id: field, field, text });

/** Age test on the date: unknown without a birth date. */
export function ageIs(f: Facts, test: (age: number) => boolean): Tri {
  return f.age === null ? 'unknown' : test(f.age);
}

export function isChild(f: Facts): Tri {
  return ageIs(f, (a) => a < 18);
}

function gvfmcFact(engine: Engine, person: Person): Fact {
  if (!person.residency) return { state: 'unknown', basis: [engine.cite('gvfmc.entitled')], missing: [missingFact('person.residency', 'who GVFMC is for depends on residency (p.3)')] };
  const e = engine.entitlements.get(person.residency);
  return { state: e?.gvfmc ?? false, basis: e ? [e.source] : [engine.cite('gvfmc.entitled')], missing: [], note: e?.note };
}

function cshiFact(engine: Engine, f: Facts): Facts['cshi'] {
  const { person } = f;
  if (person.contributions === 'paid' || person.contributions === 'exempt') {
    return { state: true, basis: [engine.cite('cshi.entitled')], missing: [], groups: [], note: `contributions ${person.contributions}` };
  }
  const group = (id: string) => engine.cshiGroups.get(id)!;
  const derived: [string, Tri][] = [
    ['child', isChild(f)],
    ['non_working_pregnant', person.pregnant === true ? (person.employed === undefined ? 'unknown' : !person.employed) : person.pregnant === false || person.sex === 'male' ? false : 'unknown'],
    ['non_working_kandas', person.residency === 'kandas' ? (person.employed === undefined ? 'unknown' : !person.employed) : person.residency ? false : 'unknown'],
  ];
  const held = [...new Set([...(person.categories ?? []), ...derived.filter(([, s]) => s === true).map(([id]) => id)])];
  if (held.length > 0) {
    return { state: true, basis: [engine.cite('cshi.state_paid'), ...held.map((id) => group(id).source)], missing: [], groups: held, note: `the state pays contributions for: ${held.join(', ')} (p.55)` };
  }
  const missing: Missing[] = [];
  if (person.contributions === undefined) missing.push(missingFact('person.contributions', 'whether CSHI contributions are paid, unpaid or exempt (p.54)'));
  if (person.categories === undefined) missing.push(missingFact('person.categories', 'whether the person is in a group the state pays CSHI contributions for (p.55)'));
  for (const [id, s] of derived) {
    if (s === 'unknown') {
      const field = id === 'child' ? 'person.birthDate' : id === 'non_working_pregnant' ? (person.pregnant === undefined ? 'person.pregnant' : 'person.employed') : person.residency ? 'person.employed' : 'person.residency';
      missing.push(missingFact(field, `needed to tell whether p.55 group '${id}' applies`));
    }
  }
  const dedup = [...new Map(missing.map((m) => [m.id, m])).values()];
  return { state: dedup.length ? 'unknown' : false, basis: [engine.cite('cshi.entitled'), engine.cite('cshi.state_paid')], missing: dedup, groups: [] };
}

function monthsBetween(from: string, to: string): number {
  const [fy, fm, fd] = from.split('-').map(Number) as [number, number, number];
  const [ty, tm, td] = to.split('-').map(Number) as [number, number, number];
  return (ty - fy) * 12 + (tm - fm) - (td < fd ? 1 : 0);
}

function socialFact(engine: Engine, date: string, care: Care): Facts['social'] {
  const none = { group: null, orphanGap: false, basis: [] as Source[] };
  if (!care.diagnosis) return { ...none, state: 'unknown', missing: [missingFact('care.diagnosis', 'whether the disease is socially significant (ҚР ДСМ-108/2020)')] };
  const version = engine.social.find((v) => (v.from === null || v.from <= date) && (v.to === null || date <= v.to));
  if (!version) return { ...none, state: 'unknown', missing: [{ kind: 'list', id: 'dsm-108-2020', text: `the list of socially significant diseases (ҚР ДСМ-108/2020) in force on ${date} is not in the corpus` }] };
  const group = version.index.get(care.diagnosis)[0];
  if (!group) return { ...none, state: false, orphanGap: true, missing: [] };
  const note = engine.socialNotes.get(group)!;
  if (group.eventWindowMonths) {
    if (!care.diagnosisDate) {
      return { ...none, group, state: 'unknown', note, missing: [missingFact('care.diagnosisDate', `'${group.name.en}' is socially significant only for ${group.eventWindowMonths} months after the event`)] };
    }
    const within = monthsBetween(care.diagnosisDate, date) < group.eventWindowMonths;
    return { ...none, group, state: within, note: `${note}; ${within ? 'within' : 'past'} the ${group.eventWindowMonths} months after the event`, missing: [] };
  }
  return { ...none, group, state: true, note, missing: [] };
}

const show = (s: Tri) => (s === 'unknown' ? 'unknown' : s ? 'yes' : 'no');

/** Facts are derived on first use: an ambulance question never looks up a diagnosis. */
class LazyFacts implements Facts {
  readonly age: number | null;
  private g?: Fact;
  private c?: Facts['cshi'];
  private s?: Facts['social'];

  constructor(
    private readonly engine: Engine,
    readonly date: string,
    readonly person: Person,
    readonly care: Care,
  ) {
    this.age = person.birthDate ? ageOn(person.birthDate, date) : null;
  }

  get gvfmc(): Fact {
    return (this.g ??= gvfmcFact(this.engine, this.person));
  }
  get cshi(): Facts['cshi'] {
    return (this.c ??= cshiFact(this.engine, this));
  }
  get social(): Facts['social'] {
    return (this.s ??= socialFact(this.engine, this.date, this.care));
  }

  /** The facts the rules used, in a readable trace. */
  get trace(): TraceStep[] {
    const t: TraceStep[] = [{ rule: 'age on the date', result: this.age === null ? 'unknown (no birthDate)' : String(this.age) }];
    if (this.g) t.push({ rule: 'has GVFMC (p.3)', result: show(this.g.state), source: this.g.basis[0] });
    if (this.c) t.push({ rule: 'has CSHI (p.54, p.55)', result: this.c.note ? `${show(this.c.state)}: ${this.c.note}` : show(this.c.state), source: this.c.basis[0] });
    if (this.s) t.push({ rule: 'diagnosis socially significant (ҚР ДСМ-108/2020, outside the sources)', result: this.s.note ? `${show(this.s.state)}: ${this.s.note}` : show(this.s.state) });
    return t;
  }
}

export function deriveFacts(engine: Engine, date: string, person: Person, care: Care): Facts {
  return new LazyFacts(engine, date, person, care);
}
