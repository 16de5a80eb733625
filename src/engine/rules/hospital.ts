// Day hospital (p.29, p.56.2, p.61) and round-the-clock inpatient care (p.33–34, p.56.3–4, p.62).
import type { Verdict } from '../decision.js';
import type { Engine } from '../compile.js';
import type { Facts } from '../facts.js';
import { knownChild } from '../facts.js';
import type { Rule } from './common.js';
import { covered, gate, firstOf, undetermined, condition, requireFlag, listMissing, notCovered } from './common.js';
import { gvfmcSocialRoute, notGvfmcDisease, onInfectiousList, INFECTIOUS } from './social.js';
import { msg, tx, type Message } from '../../i18n/index.js';

export const dayHospital: Rule = (e, f) =>
  firstOf(
    () => gvfmcSocialRoute(e, f, 'gvfmc.day_hospital.social', () => covered('gvfmc', [e.cite('gvfmc.day_hospital.social')], [], tx('rules.rule.dayHospitalSocial'))),
    () =>
      gate(f.cshi, 'cshi', () =>
        notGvfmcDisease(e, f, e.cshiService('p56.2'), () =>
          covered('cshi', [e.cite('cshi.day_hospital')], [condition('icd.order106', tx('rules.cond.order106'), e.cite('cshi.day_hospital'))], tx('rules.rule.dayHospitalCshi')),
        ),
      ),
  );

/**
 * p.62: emergency inpatient care for these groups regardless of the ICD-10 list (from what the request
 * states). "65 жастан асқан" is over 65: the parameter cshi.emergency_regardless.age_over is the age a
 * person must be past, so 65 itself is not in the group.
 */
function regardlessOfList(e: Engine, f: Facts): Message | null {
  if (knownChild(f)) return msg('rules.who.child');
  if (f.person.pregnant) return msg('rules.who.pregnant');
  if (f.person.postpartum) return msg('rules.who.postpartum');
  if (f.age !== null && f.age > e.num('cshi.emergency_regardless.age_over', f.date).value) return msg('rules.who.over65');
  return null;
}

/** p.33.4, restricted from 2027 by p.34: emergency inpatient care in GVFMC for people outside CSHI. */
function emergencyUninsured(e: Engine, f: Facts): Verdict {
  return gate(f.gvfmc, 'gvfmc', () => {
    const uninsured = e.cite('gvfmc.inpatient.emergency_uninsured');
    if (f.cshi.state === true) return notCovered(tx('rules.p334Insured'), uninsured, tx('rules.rule.emergencyUninsured'));
    if (f.cshi.state === 'unknown') return undetermined(f.cshi.missing, [uninsured], tx('rules.rule.emergencyUninsured'));
    // p.33.4 until p.34 narrows it (parameter gvfmc.uninsured_emergency_scope: from 1 Jan 2027).
    if (e.param('gvfmc.uninsured_emergency_scope', f.date).value === 'all_emergencies') return covered('gvfmc', [uninsured], [], tx('rules.rule.emergencyUninsuredCovered'));
    const restriction = e.cite('gvfmc.inpatient.2027_restriction');
    const rule = tx('rules.rule.from2027');
    // p.34 "… жағдайлар кезінде ғана, сондай-ақ … тізбесі бойынша": interpretation 'p34' (or / and).
    const both = f.reading('p34') === 'and';
    const life = f.flag('care.lifeThreatening');
    if (life === 'unknown') return undetermined([{ kind: 'fact', id: 'care.lifeThreatening', field: 'care.lifeThreatening', text: tx('rules.fact.p34life') }], [uninsured, restriction], rule);
    const lifeCondition = condition('care.lifeThreatening', tx('rules.cond.lifeThreatening'), restriction, true);
    if (life && !both) return covered('gvfmc', [uninsured, restriction], [lifeCondition], tx('rules.rule.from2027Life'));
    if (!life && both) return notCovered(tx('rules.p34And'), restriction, rule);
    const listed = f.onList('p34-emergency-list', f.care.diagnosis ?? tx('rules.theDiagnosisOrCondition'));
    if (listed === 'unknown') return undetermined([listMissing('p34-emergency-list', tx('rules.list.p34'))], [uninsured, restriction], rule);
    if (!listed) return notCovered(tx('rules.p34Neither'), restriction, rule);
    return covered('gvfmc', [uninsured, restriction], [...(life ? [lifeCondition] : []), condition('onList.p34-emergency-list', tx('rules.cond.p34List'), restriction, true)], tx('rules.rule.from2027List'));
  });
}

/** p.33.2: infectious and parasitic diseases on the ҚР ДСМ-162/2020 list, in GVFMC. */
function infectiousRoute(e: Engine, f: Facts): Verdict {
  const point = e.cite('gvfmc.inpatient.infectious');
  if (!f.care.diagnosis || !INFECTIOUS.has(f.care.diagnosis)) return notCovered(tx('rules.notInfectious'), null, tx('rules.rule.infectious'));
  return gate(f.gvfmc, 'gvfmc', () => {
    const listed = onInfectiousList(f);
    if (listed === true) return covered('gvfmc', [point], [], tx('rules.rule.infectiousListed'));
    if (listed === false) return notCovered(tx('rules.notOnDsm162', { code: f.care.diagnosis! }), point, tx('rules.rule.infectious'));
    return undetermined([listMissing('dsm-162-2020', tx('rules.list.dsm162'))], [point], tx('rules.rule.infectious'));
  });
}

/** p.33.3: planned inpatient care in GVFMC by referral. Interpretation 'p33.3': structural (default) or literal. */
function plannedGvfmc(e: Engine, f: Facts): Verdict {
  const point = e.cite('gvfmc.inpatient.planned_referral');
  const byReferral = (rule: string) => requireFlag(f, 'care.referral', tx('rules.cond.referral333'), point, (c) => covered('gvfmc', [point], [c], rule));
  if (f.reading('p33.3') === 'literal') return gate(f.gvfmc, 'gvfmc', () => byReferral(tx('rules.rule.plannedLiteral')));
  return gvfmcSocialRoute(e, f, 'gvfmc.inpatient.planned_referral', () => byReferral(tx('rules.rule.plannedStructural')));
}

/** p.62 with p.20: planned inpatient care in CSHI by a PHC referral (ҚР ДСМ-27), outside the GVFMC diseases. */
function plannedCshi(e: Engine, f: Facts): Verdict {
  return gate(f.cshi, 'cshi', () =>
    notGvfmcDisease(
      e,
      f,
      e.cshiService('p56.3'),
      () =>
        requireFlag(f, 'care.referral', tx('rules.cond.referralDsm27'), e.cite('gvfmc.phc.planned_hospitalisation'), (c) =>
          covered('cshi', [e.cite('cshi.inpatient.planned')], [c, condition('icd.dsm258', tx('rules.cond.dsm258'), e.cite('cshi.inpatient.planned'))], tx('rules.rule.plannedCshi')),
        ),
      true,
    ),
  );
}

/** p.62: emergency inpatient care in CSHI, outside the GVFMC diseases; the ICD-10 list binds all but four groups. */
function emergencyCshi(e: Engine, f: Facts): Verdict {
  return gate(f.cshi, 'cshi', () =>
    notGvfmcDisease(
      e,
      f,
      e.cshiService('p56.4'),
      () => {
        const who = regardlessOfList(e, f);
        if (who) return covered('cshi', [e.cite('cshi.inpatient.emergency'), e.cite('cshi.inpatient.emergency_regardless')], [], tx('rules.rule.emergencyRegardless', { who }));
        const list = condition('icd.round_the_clock', tx('rules.cond.roundTheClock'), e.cite('cshi.inpatient.emergency_regardless'));
        return covered('cshi', [e.cite('cshi.inpatient.emergency')], [list], tx('rules.rule.emergencyCshi'));
      },
      true,
    ),
  );
}

/** A socially significant disease of a CSHI consumer: p.56.4 leaves it out of CSHI, so GVFMC treats it. */
function emergencySocialInsured(e: Engine, f: Facts): Verdict {
  return gate(f.cshi, 'cshi', () =>
    gvfmcSocialRoute(e, f, 'cshi.inpatient.emergency', () => {
      const v = covered('gvfmc', [e.cshiService('p56.4'), e.cite('gvfmc.inpatient.planned_referral')], [], tx('rules.rule.emergencySocialInsured'));
      v.notes.push(tx('rules.note.inferredGvfmc'));
      return v;
    }),
  );
}

export const inpatient: Rule = (e, f) => {
  const form = f.form();
  if (!form) return undetermined([{ kind: 'fact', id: 'care.form', field: 'care.form', text: tx('rules.fact.inpatientForm') }]);
  if (form === 'planned') return firstOf(() => plannedGvfmc(e, f), () => plannedCshi(e, f), () => infectiousRoute(e, f));
  // Urgent admissions follow the emergency rules: the programme names only emergency and planned inpatient forms.
  return firstOf(() => emergencySocialInsured(e, f), () => emergencyCshi(e, f), () => infectiousRoute(e, f), () => emergencyUninsured(e, f));
};
