// The rule ↔ law registry (Catala's "article, then rule"): each module that answers a legal question
// declares the programme points, CSHI services, content sections and parameters it reads. compile()
// refuses a corpus that lacks any of them; a test checks each module's code reads exactly what it
// declares; `kepil explain-act` prints each point beside the rules that read it.
import type { Corpus } from '../corpus/corpus.js';
import type { ProgrammeContent, Source } from '../corpus/schema.js';
import { isPremise, isSecondary } from '../corpus/parameters.js';

/** Parts of the programme's content a module reads whole (each entry carries its own citation). */
export type ContentPart = 'annex1' | 'period' | 'entitlements' | 'cshiEligibility' | 'cshiStatePaidGroups' | 'cshiServices' | 'selfReferral' | 'ambulanceNorms' | 'criteria' | 'paymentMethods';

export interface RuleSpec {
  /** The rule's name in the code (an exported Rule, or a query). */
  id: string;
  kind: 'rule' | 'facts' | 'query';
  /** The file that holds it, from the repository root. */
  module: string;
  /** What it answers, in a few words. */
  title: string;
  /** Keys of the programme's `points` it cites (e.cite). */
  points: string[];
  /** p.56 sub-points whose exclusions it applies (e.cshiService). */
  services?: string[];
  content?: ContentPart[];
  /** Dated parameters it reads (e.param / e.num). */
  parameters?: string[];
  /** Named readings of open texts it asks for (f.reading): each cites the point it reads. */
  interpretations?: string[];
}

const R = 'src/engine/rules/';

export const REGISTRY: readonly RuleSpec[] = [
  { id: 'deriveFacts', kind: 'facts', module: 'src/engine/facts.ts', title: 'who has GVFMC (p.3) and CSHI (p.54, p.55); age; socially significant diagnosis', points: ['gvfmc.entitled', 'cshi.entitled', 'cshi.state_paid'], content: ['entitlements', 'cshiStatePaidGroups'], parameters: ['age.child_under', 'regional.infant_age_under'] },
  { id: 'outsideProgramme', kind: 'rule', module: `${R}common.ts`, title: 'the programme applies only within its period', points: [], content: ['period'] },
  { id: 'ambulance', kind: 'rule', module: `${R}gvfmc-basic.ts`, title: 'ambulance', points: ['gvfmc.ambulance'] },
  { id: 'airAmbulance', kind: 'rule', module: `${R}gvfmc-basic.ts`, title: 'air ambulance', points: ['gvfmc.air_ambulance'] },
  { id: 'phc', kind: 'rule', module: `${R}gvfmc-basic.ts`, title: 'primary health care', points: ['gvfmc.phc', 'gvfmc.phc.attachment', 'gvfmc.phc.2026', 'gvfmc.phc.2027'], parameters: ['gvfmc.phc.scope'], interpretations: ['p22.2026', 'p22.2027'] },
  { id: 'palliative', kind: 'rule', module: `${R}gvfmc-basic.ts`, title: 'palliative care', points: ['gvfmc.palliative'] },
  { id: 'blood', kind: 'rule', module: `${R}gvfmc-basic.ts`, title: 'blood and its components', points: ['gvfmc.blood', 'cshi.inpatient.blood'] },
  {
    id: 'outpatientSpecialist', kind: 'rule', module: `${R}outpatient.ts`, title: 'outpatient specialised care, incl. dental and self-referral',
    points: ['gvfmc.outpatient.social', 'gvfmc.outpatient.injury_urgent', 'gvfmc.outpatient.screening', 'gvfmc.outpatient.no_referral', 'cshi.outpatient.referral', 'cshi.self_referral', 'cshi.dental.emergency', 'cshi.dental.planned'],
    content: ['selfReferral'],
    interpretations: ['p59.6', 'p24.2'],
  },
  { id: 'dayHospital', kind: 'rule', module: `${R}hospital.ts`, title: 'day hospital', points: ['gvfmc.day_hospital.social', 'cshi.day_hospital'], services: ['p56.2'] },
  {
    id: 'inpatient', kind: 'rule', module: `${R}hospital.ts`, title: 'round-the-clock inpatient care',
    points: ['gvfmc.phc.planned_hospitalisation', 'gvfmc.inpatient.infectious', 'gvfmc.inpatient.planned_referral', 'gvfmc.inpatient.emergency_uninsured', 'gvfmc.inpatient.2027_restriction', 'cshi.inpatient.planned', 'cshi.inpatient.emergency', 'cshi.inpatient.emergency_regardless'],
    services: ['p56.3', 'p56.4'],
    parameters: ['gvfmc.uninsured_emergency_scope', 'cshi.emergency_regardless.age_over'],
    interpretations: ['p33.3', 'p34'],
  },
  { id: 'rehabilitation', kind: 'rule', module: `${R}other.ts`, title: 'medical rehabilitation', points: ['gvfmc.rehabilitation', 'cshi.rehabilitation'] },
  { id: 'pathology', kind: 'rule', module: `${R}other.ts`, title: 'pathological-anatomical diagnosis', points: ['gvfmc.pathology', 'cshi.pathology'] },
  { id: 'transplantation', kind: 'rule', module: `${R}other.ts`, title: 'transplantation and donor preparation', points: ['gvfmc.transplantation', 'cshi.transplantation_2027', 'cshi.transplantation'], parameters: ['deceased_donor_preparation.package'], interpretations: ['p51'] },
  { id: 'treatmentAbroad', kind: 'rule', module: `${R}other.ts`, title: 'treatment abroad', points: ['gvfmc.abroad'] },
  { id: 'outpatientDrug', kind: 'rule', module: `${R}drugs.ts`, title: 'outpatient drugs: ҚР ДСМ-75 and the regional lists', points: ['gvfmc.phc.dsm75', 'gvfmc.drugs.outpatient', 'cshi.drugs'] },
  {
    id: 'entitlements', kind: 'query', module: 'src/engine/entitlements.ts', title: 'everything a person has on a date',
    points: ['gvfmc.ambulance', 'gvfmc.air_ambulance', 'gvfmc.phc.attachment', 'gvfmc.outpatient.social', 'gvfmc.day_hospital.social', 'gvfmc.inpatient.planned_referral', 'gvfmc.inpatient.emergency_uninsured', 'gvfmc.rehabilitation', 'gvfmc.palliative', 'gvfmc.blood', 'gvfmc.pathology', 'gvfmc.transplantation', 'gvfmc.drugs.outpatient', 'gvfmc.abroad', 'cshi.outpatient.referral', 'cshi.dental.planned', 'cshi.day_hospital', 'cshi.inpatient.planned', 'cshi.inpatient.emergency', 'cshi.inpatient.blood', 'cshi.rehabilitation', 'cshi.pathology', 'cshi.transplantation', 'cshi.drugs'],
    parameters: ['deceased_donor_preparation.package'],
  },
  { id: 'criteria', kind: 'query', module: 'src/engine/criteria.ts', title: 'the accessibility criteria (p.79) and ambulance arrival norms (p.4)', points: [], content: ['criteria', 'ambulanceNorms'] },
  { id: 'limits', kind: 'query', module: 'src/corpus/queries.ts', title: 'limit volumes of round-the-clock inpatient care (annex 1), also for the ledger', points: [], content: ['annex1'] },
  { id: 'payments', kind: 'query', module: 'src/corpus/queries.ts', title: 'payment methods (annex 2)', points: [], content: ['paymentMethods'] },
];

const unique = <T>(xs: T[]): T[] => [...new Set(xs)];

/** Every programme point key some module cites. */
export const REQUIRED_POINTS: readonly string[] = unique(REGISTRY.flatMap((r) => r.points));
/** Every p.56 sub-point some module applies. */
export const REQUIRED_SERVICES: readonly string[] = unique(REGISTRY.flatMap((r) => r.services ?? []));
/** Every named reading some module asks for. */
export const REQUIRED_INTERPRETATIONS: readonly string[] = unique(REGISTRY.flatMap((r) => r.interpretations ?? []));
/** Every parameter some module reads. */
export const REQUIRED_PARAMETERS: readonly string[] = unique(REGISTRY.flatMap((r) => r.parameters ?? []));

function contentSources(c: ProgrammeContent, part: ContentPart): Source[] {
  switch (part) {
    case 'annex1':
      return [];
    case 'period':
      return [c.period.source];
    case 'cshiEligibility':
      return [c.cshiEligibility.source];
    default:
      return (c[part] as { source: Source }[]).map((x) => x.source);
  }
}

/** The citations a module reads, resolved against the corpus: what explain-act and the coverage test compare with the act. */
export function sourcesRead(corpus: Corpus, spec: RuleSpec): Source[] {
  const c = corpus.programme.content;
  const services = new Map(c.cshiServices.map((s) => [s.id, s.source]));
  const params = (spec.parameters ?? []).flatMap((k) => corpus.parameters.get(k)?.parameter.values ?? []);
  const interpretations = new Map(
    [...corpus.acts.values()].flatMap((a) => (a.content.kind === 'programme' || a.content.kind === 'regional_list' ? a.content.interpretations : [])).map((i) => [i.id, i.source]),
  );
  return [
    ...spec.points.flatMap((k) => (c.points[k] ? [c.points[k]] : [])),
    ...(spec.services ?? []).flatMap((id) => (services.has(id) ? [services.get(id)!] : [])),
    ...(spec.content ?? []).flatMap((part) => contentSources(c, part)),
    // Annex 1 lives in its generated file; each row cites the programme's annex 1 by its line.
    ...((spec.content ?? []).includes('annex1') ? corpus.limits.slice(0, 1).map((r) => ({ act: corpus.programme.id, point: 'annex 1', quote: r.quote })) : []),
    ...params.flatMap((v) => (isPremise(v.source) || isSecondary(v.source) ? [] : [v.source])),
    ...(spec.interpretations ?? []).flatMap((id) => (interpretations.has(id) ? [interpretations.get(id)!] : [])),
  ];
}
