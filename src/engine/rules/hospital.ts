// Day hospital (p.29, p.56.2, p.61) and round-the-clock inpatient care (p.33–34, p.56.3–4, p.62).
import type { Verdict } from '../decision.js';
import type { Engine } from '../compile.js';
import type { Facts } from '../facts.js';
import { isChild, ageIs } from '../facts.js';
import { IcdSet } from '../icd.js';
import type { Rule } from './common.js';
import { covered, gate, firstOf, undetermined, condition, requireFlag, listMissing, notCovered } from './common.js';
import { gvfmcSocialRoute, notGvfmcDisease } from './social.js';

const INFECTIOUS = new IcdSet(['A00-B99']);
const FROM_2027 = '2027-01-01';

export const dayHospital: Rule = (e, f) =>
  firstOf(
    () => gvfmcSocialRoute(e, f, 'gvfmc.day_hospital.social', () => covered('gvfmc', [e.cite('gvfmc.day_hospital.social')], [], 'day hospital for a socially significant disease (p.29)')),
    () =>
      gate(f.cshi, 'cshi', () =>
        notGvfmcDisease(f, e.cshiService('p56.2'), () =>
          covered('cshi', [e.cite('cshi.day_hospital')], [condition('icd.order106', 'the diagnosis is on the ICD-10 list of annex 3 to order No. 106 (not in the corpus) (p.61)', e.cite('cshi.day_hospital'))], 'day hospital in CSHI (p.61)'),
        ),
      ),
  );

/** p.62: emergency inpatient care for these groups regardless of the ICD-10 list. */
function regardlessOfList(f: Facts): string | null {
  if (isChild(f) === true) return 'a child under 18';
  if (f.person.pregnant) return 'a pregnant woman';
  if (f.person.postpartum) return 'a woman after childbirth';
  if (ageIs(f, (a) => a >= 65) === true) return 'a person aged 65 or more';
  return null;
}

function emergencyUninsured(e: Engine, f: Facts): Verdict {
  return gate(f.gvfmc, 'gvfmc', () => {
    const uninsured = e.cite('gvfmc.inpatient.emergency_uninsured');
    if (f.cshi.state === true) return notCovered('p.33.4 is for people outside CSHI; this person has CSHI', uninsured, 'emergency inpatient care outside CSHI (p.33.4)');
    if (f.cshi.state === 'unknown') return undetermined(f.cshi.missing, [uninsured], 'emergency inpatient care outside CSHI (p.33.4)');
    if (f.date < FROM_2027) return covered('gvfmc', [uninsured], [], 'emergency inpatient care for a person outside CSHI (p.33.4)');
    const restriction = e.cite('gvfmc.inpatient.2027_restriction');
    if (f.care.lifeThreatening === true) {
      return covered('gvfmc', [uninsured, restriction], [condition('care.lifeThreatening', 'a life-threatening condition (p.34)', restriction, true)], 'from 2027: emergency inpatient care outside CSHI for a life-threatening condition (p.34)');
    }
    const missing = [listMissing('p34-emergency-list', "the authorised body's list of diagnoses and conditions for emergency hospitalisation (p.34), which the corpus does not hold")];
    if (f.care.lifeThreatening === undefined) missing.unshift({ kind: 'fact', id: 'care.lifeThreatening', field: 'care.lifeThreatening', text: 'from 1 Jan 2027 p.34 limits emergency inpatient care outside CSHI to life-threatening conditions and a list' });
    return undetermined(missing, [uninsured, restriction], 'from 2027: emergency inpatient care outside CSHI (p.34)');
  });
}

function infectiousRoute(e: Engine, f: Facts): Verdict {
  if (!f.care.diagnosis || !INFECTIOUS.has(f.care.diagnosis)) return notCovered('not an infectious or parasitic disease (A00–B99)', null, 'infectious disease (p.33.2)');
  return gate(f.gvfmc, 'gvfmc', () =>
    undetermined([listMissing('dsm-162-2020', 'the ICD-10 list of infectious and parasitic diseases treated inpatient in GVFMC (ҚР ДСМ-162/2020), which the corpus does not hold')], [e.cite('gvfmc.inpatient.infectious')], 'infectious disease (p.33.2)'),
  );
}

export const inpatient: Rule = (e, f) => {
  const form = f.care.form;
  if (!form) return undetermined([{ kind: 'fact', id: 'care.form', field: 'care.form', text: 'inpatient care differs for planned and emergency admissions (p.33, p.62)' }]);
  if (form === 'planned') {
    return firstOf(
      () =>
        gvfmcSocialRoute(e, f, 'gvfmc.inpatient.planned_referral', () =>
          requireFlag(f.care.referral, 'care.referral', 'a referral from a PHC or health organisation (p.33.3)', e.cite('gvfmc.inpatient.planned_referral'), (c) =>
            covered('gvfmc', [e.cite('gvfmc.inpatient.planned_referral')], [c], 'planned inpatient care for a socially significant disease (p.33.3)'),
          ),
        ),
      () =>
        gate(f.cshi, 'cshi', () =>
          notGvfmcDisease(f, e.cshiService('p56.3'), () =>
            covered('cshi', [e.cite('cshi.inpatient.planned')], [condition('icd.dsm258', 'the diagnosis is on the list of ҚР ДСМ-258/2020 (not in the corpus) (p.62)', e.cite('cshi.inpatient.planned'))], 'planned inpatient care in CSHI (p.62)'),
          ),
        ),
      () => infectiousRoute(e, f),
    );
  }
  // Urgent admissions follow the emergency rules: the programme names only emergency and planned inpatient forms.
  return firstOf(
    // p.56.4 leaves the treatment of GVFMC diseases out of CSHI's emergency inpatient care.
    () => gvfmcSocialRoute(e, f, 'cshi.inpatient.emergency', () => covered('gvfmc', [e.cshiService('p56.4')], [], 'emergency inpatient care for a socially significant disease: GVFMC, outside CSHI (p.56.4)')),
    () =>
      gate(f.cshi, 'cshi', () =>
        notGvfmcDisease(f, e.cshiService('p56.4'), () => {
          const who = regardlessOfList(f);
          const basis = [e.cite('cshi.inpatient.emergency'), ...(who ? [e.cite('cshi.inpatient.emergency_regardless')] : [])];
          return covered('cshi', basis, [], who ? `emergency inpatient care for ${who}, regardless of the ICD-10 list (p.62)` : 'emergency inpatient care in CSHI (p.62)');
        }),
      ),
    () => emergencyUninsured(e, f),
    () => infectiousRoute(e, f),
  );
};
