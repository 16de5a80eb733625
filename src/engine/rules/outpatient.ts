// Outpatient specialised care: GVFMC for socially significant diseases, injuries and urgent states
// (p.24–25); the rest in CSHI by PHC referral (p.58.2) except the self-referral cases (p.59);
// dental care in CSHI (p.58.4), and dental injuries also under p.24.2 in one reading (interpretation 'p24.2').
import { msg, tx } from '../../i18n/index.js';
import type { Verdict } from '../decision.js';
import type { Engine } from '../compile.js';
import type { Facts, Tri, Unknown } from '../facts.js';
import { isChild } from '../facts.js';
import { IcdSet } from '../icd.js';
import type { Rule } from './common.js';
import { covered, gate, firstOf, notCovered, undetermined, condition, requireFlag, listMissing, subjectWords } from './common.js';
import { socialRoute } from './social.js';

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
    if (iu === true) return covered('gvfmc', [e.cite('gvfmc.outpatient.injury_urgent'), e.cite('gvfmc.outpatient.no_referral')], [], tx('rules.rule.injuryUrgent'));
    if (iu === 'unknown') return undetermined([{ kind: 'fact', id: 'care.form', field: 'care.form', text: tx('rules.fact.injuryUrgent') }], [e.cite('gvfmc.outpatient.injury_urgent')]);
    if (f.care.purpose === 'screening') {
      return covered('gvfmc', [e.cite('gvfmc.outpatient.screening')], [condition('screening.target_group', tx('rules.cond.targetGroup'), e.cite('gvfmc.outpatient.screening'))], tx('rules.rule.screening'));
    }
    return socialRoute(e, f, 'gvfmc.outpatient.social', () => {
      const basis = [e.cite('gvfmc.outpatient.social')];
      if (f.care.purpose === 'dynamic_observation') return covered('gvfmc', basis, [], tx('rules.rule.dynamicObservation'));
      return requireFlag(f, 'care.referral', tx('rules.cond.referral25'), e.cite('gvfmc.outpatient.no_referral'), (c) => covered('gvfmc', basis, [c], tx('rules.rule.socialOutpatient')));
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
  const conditions = id === 'obstetrics_gynecology' ? [condition('not_pregnancy_registration', tx('rules.cond.notPregnancyRegistration'), point?.source ?? null)] : extra;
  return covered('cshi', [e.cite('cshi.outpatient.referral'), ...(point ? [point.source] : [e.cite('cshi.self_referral')])], conditions, tx('rules.rule.selfReferral', { id: point ? tx('data.prose', { text: point.name }) : id }));
}

function cshiRoute(e: Engine, f: Facts): Verdict {
  return gate(f.cshi, 'cshi', () => {
    const self = selfReferral(f);
    if (self === 'unknown') return undetermined([{ kind: 'fact', id: 'care.form', field: 'care.form', text: tx('rules.fact.urgentNoReferral') }], [e.cite('cshi.self_referral')]);
    if (self) return selfReferred(e, self);
    const point = e.cite('cshi.outpatient.referral');
    const referral = f.flag('care.referral');
    if (referral === true) return covered('cshi', [point], [condition('care.referral', tx('rules.cond.referralPhc'), point, true)], tx('rules.rule.referralPhc'));
    // p.59.6 (interpretation 'p59.6'): a chronic disease on the ҚР ДСМ-149/2020 list, not a purpose flag.
    f.reading('p59.6');
    const listed = f.onList('dsm-149-2020', f.care.diagnosis ?? subjectWords('rules.theDiagnosis'));
    if (listed === true) return selfReferred(e, 'specialist_for_chronic_dynamic_observation', [condition('p59.6.completed_case', tx('rules.cond.p596'), e.cite('cshi.self_referral'))]);
    if (listed === 'unknown') return undetermined([listMissing('dsm-149-2020', tx('rules.list.dsm149'))], [e.cite('cshi.self_referral')]);
    if (referral === false) return notCovered(tx('rules.noReferralNoSelf'), point, tx('rules.cond.referralPhc'));
    return undetermined([{ kind: 'fact', id: 'care.referral', field: 'care.referral', text: tx('rules.cond.referralPhc') }], [point]);
  });
}

/** p.58.4: dental care in CSHI — emergency for the categories of ҚР ДСМ-106/2020, planned for children and pregnant women. */
function dental(e: Engine, f: Facts): Verdict {
  return gate(f.cshi, 'cshi', () => {
    const planned = e.cite('cshi.dental.planned');
    if (f.care.specialty === 'orthodontics' || f.care.specialty === 'orthopaedic_dentistry') {
      const congenital = f.care.diagnosis && CONGENITAL_MAXILLOFACIAL.has(f.care.diagnosis);
      if (f.care.specialty === 'orthodontics' && congenital && isChild(f) === true) {
        return covered('cshi', [planned], [condition('dental.congenital', tx('rules.cond.dentalCongenital'), planned)], tx('rules.rule.orthodonticChild'));
      }
      return notCovered(tx('rules.orthoExcluded'), planned, tx('rules.rule.dental'));
    }
    const u = urgent(f);
    if (u === true) {
      const listed = f.onList('dsm-106-2020', subjectWords('rules.thePerson'));
      if (listed === true) return covered('cshi', [e.cite('cshi.dental.emergency')], [], tx('rules.rule.dentalEmergencyCategory'));
      if (listed === false) return notCovered(tx('rules.dentalEmergencyCategories'), e.cite('cshi.dental.emergency'), tx('rules.rule.dentalEmergency'));
      return undetermined([listMissing('dsm-106-2020', tx('rules.list.dsm106'))], [e.cite('cshi.dental.emergency')], tx('rules.rule.dentalEmergency'));
    }
    if (u === 'unknown') return undetermined([{ kind: 'fact', id: 'care.form', field: 'care.form', text: tx('rules.fact.dentalForm') }], [planned]);
    const child = isChild(f);
    if (child === true) return covered('cshi', [planned], [], tx('rules.rule.dentalChild'));
    if (child === 'unknown') return undetermined([{ kind: 'fact', id: 'person.birthDate', field: 'person.birthDate', text: tx('rules.fact.dentalPlanned') }], [planned]);
    const pregnant = f.flag('person.pregnant');
    if (pregnant === true) return covered('cshi', [planned], [], tx('rules.rule.dentalPregnant'));
    if (pregnant === 'unknown') return undetermined([{ kind: 'fact', id: 'person.pregnant', field: 'person.pregnant', text: tx('rules.fact.dentalPlanned') }], [planned]);
    return notCovered(tx('rules.dentalPlannedOnly'), planned, tx('rules.rule.dental'));
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
