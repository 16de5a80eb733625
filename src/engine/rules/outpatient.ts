// Outpatient specialised care: GVFMC for socially significant diseases, injuries and urgent states
// (p.24–25); the rest in CSHI by PHC referral (p.58.2) except the self-referral cases (p.59);
// dental care in CSHI only (p.58.4).
import type { Verdict } from '../decision.js';
import type { Engine } from '../compile.js';
import type { Facts } from '../facts.js';
import { isChild } from '../facts.js';
import { IcdSet } from '../icd.js';
import type { Rule } from './common.js';
import { covered, gate, firstOf, notCovered, undetermined, condition, requireFlag, listMissing } from './common.js';
import { socialRoute } from './social.js';

const INJURY_OR_POISONING = new IcdSet(['S00-T98']);
const CONGENITAL_MAXILLOFACIAL = new IcdSet(['Q35-Q37', 'Q67', 'Q75']);
const urgent = (f: Facts) => f.care.form === 'urgent' || f.care.form === 'emergency';

function gvfmcRoute(e: Engine, f: Facts): Verdict {
  return gate(f.gvfmc, 'gvfmc', () => {
    if (urgent(f) || (f.care.diagnosis && INJURY_OR_POISONING.has(f.care.diagnosis))) {
      return covered('gvfmc', [e.cite('gvfmc.outpatient.injury_urgent'), e.cite('gvfmc.outpatient.no_referral')], [], 'injury, poisoning or urgent state (p.24.2, p.25)');
    }
    if (f.care.purpose === 'screening') {
      return covered('gvfmc', [e.cite('gvfmc.outpatient.screening')], [condition('screening.target_group', 'the person is in a target group of ҚР ДСМ-174/2020 (not in the corpus)', e.cite('gvfmc.outpatient.screening'))], 'screening of target groups (p.24.3)');
    }
    return socialRoute(e, f, 'gvfmc.outpatient.social', () => {
      const basis = [e.cite('gvfmc.outpatient.social')];
      if (f.care.purpose === 'dynamic_observation') return covered('gvfmc', basis, [], 'dynamic observation of a socially significant disease (p.24.1, p.26–27)');
      return requireFlag(f.care.referral, 'care.referral', 'a referral from a first- or second-level specialist (p.25)', e.cite('gvfmc.outpatient.no_referral'), (c) =>
        covered('gvfmc', basis, [c], 'socially significant disease (p.24.1)'),
      );
    });
  });
}

/** p.59: the cases in which a CSHI patient may go to a specialist without a PHC referral. */
function selfReferral(f: Facts): string | null {
  if (urgent(f)) return 'urgent_or_injury';
  if (f.care.diagnosis && INJURY_OR_POISONING.has(f.care.diagnosis)) return 'urgent_or_injury';
  if (f.care.specialty === 'dermatovenereology') return 'dermatovenereology';
  if (f.care.specialty === 'obstetrics_gynecology') return 'obstetrics_gynecology';
  if (f.care.specialty === 'youth_health') return 'youth_health_centre';
  if (f.care.purpose === 'dynamic_observation') return 'specialist_for_chronic_dynamic_observation';
  return null;
}

function cshiRoute(e: Engine, f: Facts): Verdict {
  return gate(f.cshi, 'cshi', () => {
    const self = selfReferral(f);
    if (self) {
      const point = e.corpus.programme.content.selfReferral.find((s) => s.id === self);
      const conditions = self === 'obstetrics_gynecology' ? [condition('not_pregnancy_registration', 'not a visit to be registered for pregnancy (p.59.4)', point?.source ?? null)] : [];
      return covered('cshi', [e.cite('cshi.outpatient.referral'), ...(point ? [point.source] : [e.cite('cshi.self_referral')])], conditions, `self-referral case '${self}' (p.59)`);
    }
    return requireFlag(f.care.referral, 'care.referral', 'a referral from a PHC doctor (p.58.2)', e.cite('cshi.outpatient.referral'), (c) =>
      covered('cshi', [e.cite('cshi.outpatient.referral')], [c], 'specialist by PHC referral (p.58.2)'),
    );
  });
}

/** p.58.4: dental care in CSHI — emergency for the categories of ҚР ДСМ-106/2020, planned for children and pregnant women. */
function dental(e: Engine, f: Facts): Verdict {
  return gate(f.cshi, 'cshi', () => {
    const planned = e.cite('cshi.dental.planned');
    if (f.care.specialty === 'orthodontics' || f.care.specialty === 'orthopaedic_dentistry') {
      const congenital = f.care.diagnosis && CONGENITAL_MAXILLOFACIAL.has(f.care.diagnosis);
      if (f.care.specialty === 'orthodontics' && isChild(f) === true && congenital) {
        return covered('cshi', [planned], [condition('dental.congenital', 'a child with congenital maxillofacial pathology, per the services list of ҚР ДСМ-37 (p.58.4)', planned)], 'orthodontic care for a child with congenital maxillofacial pathology (p.58.4)');
      }
      return notCovered('orthodontic and orthopaedic dental care are excluded (p.58.4)', planned, 'dental care (p.58.4)');
    }
    if (urgent(f)) {
      return undetermined([listMissing('dsm-106-2020', 'emergency dental care in CSHI is for the population categories of ҚР ДСМ-106/2020, which the corpus does not hold')], [e.cite('cshi.dental.emergency')], 'emergency dental care (p.58.4)');
    }
    const child = isChild(f);
    if (child === true) return covered('cshi', [planned], [], 'planned dental care for a child (p.58.4)');
    if (f.person.pregnant === true) return covered('cshi', [planned], [], 'planned dental care for a pregnant woman (p.58.4)');
    if (child === 'unknown') return undetermined([{ kind: 'fact', id: 'person.birthDate', field: 'person.birthDate', text: 'planned dental care in CSHI is for children and pregnant women (p.58.4)' }], [planned]);
    if (f.person.pregnant === undefined && f.person.sex !== 'male') return undetermined([{ kind: 'fact', id: 'person.pregnant', field: 'person.pregnant', text: 'planned dental care in CSHI is for children and pregnant women (p.58.4)' }], [planned]);
    return notCovered('planned dental care in CSHI is only for children and pregnant women (p.58.4)', planned, 'dental care (p.58.4)');
  });
}

export const outpatientSpecialist: Rule = (e, f) => {
  if (f.care.specialty === 'dentistry' || f.care.specialty === 'orthodontics' || f.care.specialty === 'orthopaedic_dentistry') return dental(e, f);
  return firstOf(() => gvfmcRoute(e, f), () => cshiRoute(e, f));
};
