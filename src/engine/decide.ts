// The engine's entry point: one request in, one decision out. Pure: no I/O, no clock.
import type { Engine } from './compile.js';
import type { Decision, Verdict, WouldCover } from './decision.js';
import type { EligibilityRequest } from './request.js';
import { deriveFacts, type Facts, type Oracle, type SharedFacts } from './facts.js';
import { enumerate, combine, coveredIn, alternative, traceHead } from './readings.js';
import { msg, render, type Message } from '../i18n/index.js';
import type { Rule } from './rules/common.js';
import { ambulance, airAmbulance, phc, palliative, blood } from './rules/gvfmc-basic.js';
import { outpatientSpecialist } from './rules/outpatient.js';
import { dayHospital, inpatient } from './rules/hospital.js';
import { rehabilitation, pathology, transplantation, treatmentAbroad } from './rules/other.js';
import { outpatientDrug } from './rules/drugs.js';
import { outsideProgramme, traced } from './rules/common.js';
import { nextSteps } from './next-steps.js';
import { finish } from './messages.js';
import { listName } from './readable.js';

const RULES: Record<EligibilityRequest['care']['type'], Rule> = {
  ambulance,
  air_ambulance: airAmbulance,
  phc,
  outpatient_specialist: outpatientSpecialist,
  day_hospital: dayHospital,
  inpatient,
  rehabilitation,
  palliative,
  blood,
  pathology,
  transplantation,
  outpatient_drug: outpatientDrug,
  treatment_abroad: treatmentAbroad,
};

/** Facts a person can change, tried when the answer is not yes: what would make it yes. */
// Each is tried only where a rule found the fact it changes false in some reading (`fact`) and the request states it:
// a fact left out is already read both ways, and the questions say what each value gives.
const REMEDIES: { change: Message; fact: string; applies: (r: EligibilityRequest) => boolean; apply: (r: EligibilityRequest) => EligibilityRequest }[] = [
  { change: msg('engine.remedy.referral'), fact: 'care.referral:false', applies: (r) => r.care.referral === false, apply: (r) => ({ ...r, care: { ...r.care, referral: true } }) },
  { change: msg('engine.remedy.phc_attached'), fact: 'person.phcAttached:false', applies: (r) => r.care.type === 'phc' && r.person.phcAttached === false, apply: (r) => ({ ...r, person: { ...r.person, phcAttached: true } }) },
  { change: msg('engine.remedy.contributions'), fact: 'cshi:false', applies: (r) => r.person.contributions === 'unpaid', apply: (r) => ({ ...r, person: { ...r.person, contributions: 'paid' } }) },
  {
    change: msg('engine.remedy.dispensary'),
    fact: 'person.dispensary:false',
    applies: (r) => !!r.care.diagnosis && !(r.person.dispensary ?? []).includes(r.care.diagnosis),
    apply: (r) => ({ ...r, person: { ...r.person, dispensary: [...(r.person.dispensary ?? []), r.care.diagnosis!] } }),
  },
];

function run(engine: Engine, request: EligibilityRequest, oracle: Oracle, ran: Facts[], shared: SharedFacts): Verdict {
  const facts = deriveFacts(engine, request.date, request.person, request.care, oracle, shared);
  // A regional list is a local act and applies on its own dates; the national packages need the programme.
  const v = (request.care.type !== 'outpatient_drug' && outsideProgramme(engine, facts)) || RULES[request.care.type](engine, facts);
  // The facts' trace is built only for the reading the answer shows (see evaluate).
  ran.push(facts);
  // What the answer rests on beyond the acts (unverified ҚР ДСМ-108 code sets, a premise).
  if (facts.dataNotes.length) v.notes.push(...facts.dataNotes);
  for (const s of facts.stated) {
    const m = msg('engine.onlist.stated', { list: listName(engine, s.list), value: msg(s.value ? 'readable.yes' : 'readable.no') });
    v.notes.push(m);
    v.conditions.push({ id: `onList.${s.list}`, text: m, status: 'met', source: null });
  }
  return v;
}

/** Decides under every reading of the facts the rules ask for and the request leaves open. */
function evaluate(engine: Engine, request: EligibilityRequest): { v: Verdict; used: Set<string> } {
  const ran: Facts[] = [];
  const shared: SharedFacts = {};
  // The answer shows the trace of its first reading that is not an alternative interpretation's;
  // readings after it are run without a trace.
  let shownFound = false;
  const e = enumerate(
    (oracle) => traced(!shownFound, () => run(engine, request, oracle, ran, shared)),
    (leaf, unknowns) => ((shownFound ||= !alternative(leaf, unknowns)), false),
  );
  const v = e.leaves.length === 1 && e.unknowns.size === 0 ? e.leaves[0]!.verdict : combine(engine, e);
  // Leaves and runs are in the same order; the answer's trace starts with its first reading's.
  const shown = Math.max(0, e.leaves.findIndex((l) => v.trace[0] === l.verdict.trace[0]));
  const head = traceHead(v);
  v.trace = (head ? [head] : []).concat(ran[shown]!.trace, v.trace);
  return { v, used: e.used };
}

export function decide(engine: Engine, request: EligibilityRequest): Decision {
  const { v, used } = evaluate(engine, request);
  if (v.outcome !== 'covered' && !v.missing.some((m) => m.id === 'readings-bound')) {
    const would: WouldCover[] = [];
    for (const remedy of REMEDIES) {
      if (!used.has(remedy.fact) || !remedy.applies(request)) continue;
      // Only the outcome matters here: no readings list, questions or trace for the alternative.
      const altRequest = remedy.apply(request);
      const altShared: SharedFacts = {};
      const alt = coveredIn((oracle) => traced(false, () => run(engine, altRequest, oracle, [], altShared)));
      if (alt) would.push({ change: render(remedy.change, 'en'), message: remedy.change, package: alt.package, basis: alt.basis });
    }
    v.wouldCover = would;
  }
  return finish(v, { nextSteps: nextSteps(v, request, (id) => listName(engine, id)), datasetVersion: engine.corpus.version });
}
