// The engine's entry point: one request in, one decision out. Pure: no I/O, no clock.
import type { Engine } from './compile.js';
import type { Decision, Verdict, WouldCover } from './decision.js';
import type { EligibilityRequest } from './request.js';
import { deriveFacts } from './facts.js';
import type { Rule } from './rules/common.js';
import { ambulance, airAmbulance, phc, palliative, blood } from './rules/gvfmc-basic.js';
import { outpatientSpecialist } from './rules/outpatient.js';
import { dayHospital, inpatient } from './rules/hospital.js';
import { rehabilitation, pathology, transplantation, treatmentAbroad } from './rules/other.js';
import { outpatientDrug } from './rules/drugs.js';
import { outsideProgramme } from './rules/common.js';
import { nextSteps } from './next-steps.js';

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

/** Facts a person can change, tried when the answer is no: what would make it yes. */
const REMEDIES: { change: string; applies: (r: EligibilityRequest) => boolean; apply: (r: EligibilityRequest) => EligibilityRequest }[] = [
  { change: 'with a referral (care.referral: true)', applies: (r) => r.care.referral !== true, apply: (r) => ({ ...r, care: { ...r.care, referral: true } }) },
  { change: 'once attached to a PHC organisation (person.phcAttached: true)', applies: (r) => r.care.type === 'phc' && r.person.phcAttached !== true, apply: (r) => ({ ...r, person: { ...r.person, phcAttached: true } }) },
  { change: 'with CSHI contributions paid (person.contributions: paid)', applies: (r) => r.person.contributions !== 'paid', apply: (r) => ({ ...r, person: { ...r.person, contributions: 'paid' } }) },
  {
    change: 'once on the dispensary register for the diagnosis (person.dispensary)',
    applies: (r) => !!r.care.diagnosis && !(r.person.dispensary ?? []).includes(r.care.diagnosis),
    apply: (r) => ({ ...r, person: { ...r.person, dispensary: [...(r.person.dispensary ?? []), r.care.diagnosis!] } }),
  },
];

function evaluate(engine: Engine, request: EligibilityRequest): Verdict {
  const facts = deriveFacts(engine, request.date, request.person, request.care);
  // A regional list is a local act and applies on its own dates; the national packages need the programme.
  const v = (request.care.type !== 'outpatient_drug' && outsideProgramme(engine, facts)) || RULES[request.care.type](engine, facts);
  v.trace = facts.trace.concat(v.trace);
  v.notes = [...new Set(v.notes)];
  return v;
}

export function decide(engine: Engine, request: EligibilityRequest): Decision {
  const v = evaluate(engine, request);
  if (v.outcome === 'not_covered') {
    const would: WouldCover[] = [];
    for (const remedy of REMEDIES) {
      if (!remedy.applies(request)) continue;
      const alt = evaluate(engine, remedy.apply(request));
      if (alt.outcome === 'covered') would.push({ change: remedy.change, package: alt.package, basis: alt.basis });
    }
    v.wouldCover = would;
  }
  return { ...v, nextSteps: nextSteps(v, request), datasetVersion: engine.corpus.version };
}
