// Outpatient specialised care: GVFMC for socially significant diseases, injuries and urgent states
// (p.24–25); the rest in CSHI by PHC referral (p.58.2) except the self-referral cases (p.59);
// dental care in CSHI (p.58.4), and dental injuries also under p.24.2 in one reading (interpretation 'p24.2').
import { msg } from '../../i18n/index.js';
import type { Verdict } from '../decision.js';
import type { Engine } from '../compile.js';
import type { Facts, Tri, Unknown } from '../facts.js';
import { isChild } from '../facts.js';
import { IcdSet } from '../icd.js';
import type { Rule } from './common.js';
import { covered, gate, firstOf, notCovered, notCoveredBecause, undetermined, condition, conditionOf, requireFlag, listMissing } from './common.js';
import { socialRoute } from './social.js';

// Messages without parameters, made once.
const M_CONDITION_P59_6 = msg('engine.condition.p59_6');
const M_REASON_P58_2_NO_REFERRAL = msg('engine.reason.p58_2_no_referral');

const INJURY_OR_POISONING = new IcdSet(['S00-T98']);
const CONGENITAL_MAXILLOFACIAL = new IcdSet(['Q35-Q37', 'Q67', 'Q75']);
const INJURY_UNKNOWN: Unknown = { id: 'care.diagnosis.injury', kind: 'fact', field: 'care.diagnosis', values: ['true', 'false'], text: msg('engine.q.diagnosis_injury') };

/** An injury or poisoning (S00–T98): from the diagnosis, asked when there is none. */
function injury(f: Facts): Tri {
  if (f.care.diagnosis) return INJURY_OR_POISONING.has(f.care.diagnosis);
  const a = f.ask(INJURY_UNKNOWN);
  return a === null ? 'unknown' : a === 'true';
}

/** Urgent or emergency form: asked when the request leaves it out. */
function urgent(f: Facts): Tri {
  const form = f.form();
  return form === null ? 'unknown' : form === 'urgent' || form === 'emergency';
}

/** p.24.2 and p.25: injuries, poisoning and urgent states in GVFMC, without a referral. */
function injuryOrUrgent(f: Facts): Tri {
  const i = injury(f);
  if (i === true) return true;
  const u = urgent(f);
  if (u === true) return true;
  return i === 'unknown' || u === 'unknown' ? 'unknown' : false;
}

function gvfmcRoute(e: Engine, f: Facts): Verdict {
  return gate(f.gvfmc, 'gvfmc', () => {
    const iu = injuryOrUrgent(f);
    if (iu === true) return covered('gvfmc', [e.cite('gvfmc.outpatient.injury_urgent'), e.cite('gvfmc.outpatient.no_referral')], [], 'injury, poisoning or urgent state (p.24.2, p.25)');
    if (iu === 'unknown') return undetermined([{ kind: 'fact', id: 'care.form', field: 'care.form', text: 'injuries and urgent states are GVFMC without a referral (p.24.2, p.25)' }], [e.cite('gvfmc.outpatient.injury_urgent')]);
    if (f.care.purpose === 'screening') {
      return covered('gvfmc', [e.cite('gvfmc.outpatient.screening')], [condition('screening.target_group', 'the person is in a target group of ҚР ДСМ-174/2020 (not in the corpus)', e.cite('gvfmc.outpatient.screening'))], 'screening of target groups (p.24.3)');
    }
    return socialRoute(e, f, 'gvfmc.outpatient.social', () => {
      const basis = [e.cite('gvfmc.outpatient.social')];
      if (f.care.purpose === 'dynamic_observation') return covered('gvfmc', basis, [], 'dynamic observation of a socially significant disease (p.24.1, p.26–27)');
      return requireFlag(f, 'care.referral', 'a referral from a first- or second-level specialist (p.25)', e.cite('gvfmc.outpatient.no_referral'), (c) => covered('gvfmc', basis, [c], 'socially significant disease (p.24.1)'));
    });
  });
}

/** p.59.1–5: the self-referral cases a request states by its form, diagnosis or specialty. */
function selfReferral(f: Facts): string | null | 'unknown' {
  if (f.care.specialty === 'dermatovenereology') return 'dermatovenereology';
  if (f.care.specialty === 'obstetrics_gynecology') return 'obstetrics_gynecology';
  if (f.care.specialty === 'youth_health') return 'youth_health_centre';
  const iu = injuryOrUrgent(f);
  if (iu === 'unknown') return 'unknown';
  return iu ? 'urgent_or_injury' : null;
}

function selfReferred(e: Engine, id: string, extra: ReturnType<typeof condition>[] = []): Verdict {
  const point = e.corpus.programme.content.selfReferral.find((s) => s.id === id);
  const conditions = id === 'obstetrics_gynecology' ? [condition('not_pregnancy_registration', 'not a visit to be registered for pregnancy (p.59.4)', point?.source ?? null)] : extra;
  return covered('cshi', [e.cite('cshi.outpatient.referral'), ...(point ? [point.source] : [e.cite('cshi.self_referral')])], conditions, `self-referral case '${id}' (p.59)`);
}

function cshiRoute(e: Engine, f: Facts): Verdict {
  return gate(f.cshi, 'cshi', () => {
    const self = selfReferral(f);
    if (self === 'unknown') return undetermined([{ kind: 'fact', id: 'care.form', field: 'care.form', text: 'urgent states and injuries need no referral (p.59.1)' }], [e.cite('cshi.self_referral')]);
    if (self) return selfReferred(e, self);
    const point = e.cite('cshi.outpatient.referral');
    const referral = f.flag('care.referral');
    if (referral === true) return covered('cshi', [point], [condition('care.referral', 'a referral from a PHC doctor (p.58.2)', point, true)], 'specialist by PHC referral (p.58.2)');
    // p.59.6 (interpretation 'p59.6'): a chronic disease on the ҚР ДСМ-149/2020 list, not a purpose flag.
    f.reading('p59.6');
    const listed = f.onList('dsm-149-2020', f.care.diagnosis ?? 'the diagnosis');
    if (listed === true) return selfReferred(e, 'specialist_for_chronic_dynamic_observation', [conditionOf('p59.6.completed_case', M_CONDITION_P59_6, e.cite('cshi.self_referral'))]);
    if (listed === 'unknown') return undetermined([listMissing('dsm-149-2020', 'the list of chronic diseases under dynamic observation (ҚР ДСМ-149/2020), which the corpus does not hold (p.59.6)')], [e.cite('cshi.self_referral')]);
    if (referral === false) return notCoveredBecause(M_REASON_P58_2_NO_REFERRAL, point, 'a referral from a PHC doctor (p.58.2)');
    return undetermined([{ kind: 'fact', id: 'care.referral', field: 'care.referral', text: 'a referral from a PHC doctor (p.58.2)' }], [point]);
  });
}

/** p.58.4: dental care in CSHI — emergency for the categories of ҚР ДСМ-106/2020, planned for children and pregnant women. */
function dental(e: Engine, f: Facts): Verdict {
  return gate(f.cshi, 'cshi', () => {
    const planned = e.cite('cshi.dental.planned');
    if (f.care.specialty === 'orthodontics' || f.care.specialty === 'orthopaedic_dentistry') {
      const congenital = f.care.diagnosis && CONGENITAL_MAXILLOFACIAL.has(f.care.diagnosis);
      if (f.care.specialty === 'orthodontics' && congenital && isChild(f) === true) {
        return covered('cshi', [planned], [condition('dental.congenital', 'a child with congenital maxillofacial pathology, per the services list of ҚР ДСМ-37 (p.58.4)', planned)], 'orthodontic care for a child with congenital maxillofacial pathology (p.58.4)');
      }
      return notCovered('orthodontic and orthopaedic dental care are excluded (p.58.4)', planned, 'dental care (p.58.4)');
    }
    const u = urgent(f);
    if (u === true) {
      const listed = f.onList('dsm-106-2020', 'the person');
      if (listed === true) return covered('cshi', [e.cite('cshi.dental.emergency')], [], 'emergency dental care for a category of ҚР ДСМ-106/2020 (p.58.4)');
      if (listed === false) return notCovered('emergency dental care in CSHI is for the population categories of ҚР ДСМ-106/2020 (p.58.4)', e.cite('cshi.dental.emergency'), 'emergency dental care (p.58.4)');
      return undetermined([listMissing('dsm-106-2020', 'emergency dental care in CSHI is for the population categories of ҚР ДСМ-106/2020, which the corpus does not hold')], [e.cite('cshi.dental.emergency')], 'emergency dental care (p.58.4)');
    }
    if (u === 'unknown') return undetermined([{ kind: 'fact', id: 'care.form', field: 'care.form', text: 'dental care differs for emergency and planned visits (p.58.4)' }], [planned]);
    const child = isChild(f);
    if (child === true) return covered('cshi', [planned], [], 'planned dental care for a child (p.58.4)');
    if (child === 'unknown') return undetermined([{ kind: 'fact', id: 'person.birthDate', field: 'person.birthDate', text: 'planned dental care in CSHI is for children and pregnant women (p.58.4)' }], [planned]);
    const pregnant = f.flag('person.pregnant');
    if (pregnant === true) return covered('cshi', [planned], [], 'planned dental care for a pregnant woman (p.58.4)');
    if (pregnant === 'unknown') return undetermined([{ kind: 'fact', id: 'person.pregnant', field: 'person.pregnant', text: 'planned dental care in CSHI is for children and pregnant women (p.58.4)' }], [planned]);
    return notCovered('planned dental care in CSHI is only for children and pregnant women (p.58.4)', planned, 'dental care (p.58.4)');
  });
}

const DENTAL = new Set(['dentistry', 'orthodontics', 'orthopaedic_dentistry']);

export const outpatientSpecialist: Rule = (e, f) => {
  if (!DENTAL.has(f.care.specialty ?? '')) return firstOf(() => gvfmcRoute(e, f), () => cshiRoute(e, f));
  // A dental injury or urgent state: p.24.2 in GVFMC as well, in one reading of the open text (interpretation 'p24.2').
  const dentalInjury = (f.care.diagnosis !== undefined && INJURY_OR_POISONING.has(f.care.diagnosis)) || urgent(f) === true;
  if (f.care.specialty === 'dentistry' && dentalInjury && f.reading('p24.2') === 'injury_route') {
    return firstOf(() => gvfmcRoute(e, f), () => dental(e, f));
  }
  return dental(e, f);
};
