// The engine's entry point: one request in, one decision out. Pure: no I/O, no clock.
import type { Engine } from './compile.js';
import type { Decision, Verdict, WouldCover } from './decision.js';
import type { EligibilityRequest } from './request.js';
import { deriveFacts, type Oracle } from './facts.js';
import { enumerate, combine } from './readings.js';
import { msg, render, type Message } from '../i18n/index.js';
import type { Rule } from './rules/common.js';
import { ambulance, airAmbulance, phc, palliative, blood } from './rules/gvfmc-basic.js';
import { outpatientSpecialist } from './rules/outpatient.js';
import { dayHospital, inpatient } from './rules/hospital.js';
import { rehabilitation, pathology, transplantation, treatmentAbroad } from './rules/other.js';
import { outpatientDrug } from './rules/drugs.js';
import { outsideProgramme } from './rules/common.js';

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
const REMEDIES: { change: Message; applies: (r: EligibilityRequest) => boolean; apply: (r: EligibilityRequest) => EligibilityRequest }[] = [
  { change: msg('engine.remedy.referral'), applies: (r) => r.care.referral !== true, apply: (r) => ({ ...r, care: { ...r.care, referral: true } }) },
  { change: msg('engine.remedy.phc_attached'), applies: (r) => r.care.type === 'phc' && r.person.phcAttached !== true, apply: (r) => ({ ...r, person: { ...r.person, phcAttached: true } }) },
  { change: msg('engine.remedy.contributions'), applies: (r) => r.person.contributions !== 'paid', apply: (r) => ({ ...r, person: { ...r.person, contributions: 'paid' } }) },
  {
    change: msg('engine.remedy.dispensary'),
    applies: (r) => !!r.care.diagnosis && !(r.person.dispensary ?? []).includes(r.care.diagnosis),
    apply: (r) => ({ ...r, person: { ...r.person, dispensary: [...(r.person.dispensary ?? []), r.care.diagnosis!] } }),
  },
];

function run(engine: Engine, request: EligibilityRequest, oracle: Oracle): Verdict {
  const facts = deriveFacts(engine, request.date, request.person, request.care, oracle);
  // A regional list is a local act and applies on its own dates; the national packages need the programme.
  const v = (request.care.type !== 'outpatient_drug' && outsideProgramme(engine, facts)) || RULES[request.care.type](engine, facts);
  v.trace = facts.trace.concat(v.trace);
  v.notes.push(...facts.dataNotes);
  for (const s of facts.stated) {
    const m = msg('engine.onlist.stated', { list: s.list, value: String(s.value) });
    v.notes.push(render(m, 'en'));
    v.conditions.push({ id: `onList.${s.list}`, text: render(m, 'en'), status: 'met', source: null });
  }
  return v;
}

/** Decides under every reading of the facts the rules ask for and the request leaves open. */
function evaluate(engine: Engine, request: EligibilityRequest): Verdict {
  const e = enumerate((oracle) => run(engine, request, oracle));
  const v = e.leaves.length === 1 && e.unknowns.size === 0 ? e.leaves[0]!.verdict : combine(engine, e);
  v.notes = [...new Set(v.notes)];
  return v;
}

export function decide(engine: Engine, request: EligibilityRequest): Decision {
  const v = evaluate(engine, request);
  if (v.outcome !== 'covered') {
    const would: WouldCover[] = [];
    for (const remedy of REMEDIES) {
      if (!remedy.applies(request)) continue;
      const alt = evaluate(engine, remedy.apply(request));
      if (alt.outcome === 'covered') would.push({ change: render(remedy.change, 'en'), message: remedy.change, package: alt.package, basis: alt.basis });
    }
    v.wouldCover = would;
  }
  return { ...v, datasetVersion: engine.corpus.version };
}
