// Day hospital (p.29, p.56.2, p.61) and round-the-clock inpatient care (p.33–34, p.56.3–4, p.62).
import type { Verdict } from '../decision.js';
import type { Engine } from '../compile.js';
import type { Facts } from '../facts.js';
import { knownChild } from '../facts.js';
import type { Rule } from './common.js';
import { covered, gate, firstOf, undetermined, condition, conditionOf, requireFlag, listMissing, notCovered, notCoveredBecause } from './common.js';
import { msg } from '../../i18n/index.js';
import { english } from '../readings.js';
import { gvfmcSocialRoute, notGvfmcDisease, onInfectiousList, INFECTIOUS } from './social.js';

// Messages without parameters, made once.
const M_REASON_P34_AND = msg('engine.reason.p34_and');
const M_REASON_P34_NEITHER = msg('engine.reason.p34_neither');
const M_CONDITION_P34_LIST = msg('engine.condition.p34_list');
const M_CONDITION_P20_REFERRAL = msg('engine.condition.p20_referral');
const M_CONDITION_P62_LIST = msg('engine.condition.p62_list');
const M_NOTE_P56_4_INFERRED = msg('engine.note.p56_4_inferred');

export const dayHospital: Rule = (e, f) =>
  firstOf(
    () => gvfmcSocialRoute(e, f, 'gvfmc.day_hospital.social', () => covered('gvfmc', [e.cite('gvfmc.day_hospital.social')], [], 'day hospital for a socially significant disease (p.29)')),
    () =>
      gate(f.cshi, 'cshi', () =>
        notGvfmcDisease(e, f, e.cshiService('p56.2'), () =>
          covered('cshi', [e.cite('cshi.day_hospital')], [condition('icd.order106', 'the diagnosis is on the ICD-10 list of annex 3 to order No. 106 (not in the corpus) (p.61)', e.cite('cshi.day_hospital'))], 'day hospital in CSHI (p.61)'),
        ),
      ),
  );

/**
 * p.62: emergency inpatient care for these groups regardless of the ICD-10 list (from what the request
 * states). "65 жастан асқан" is over 65: the parameter cshi.emergency_regardless.age_over is the age a
 * person must be past, so 65 itself is not in the group.
 */
function regardlessOfList(e: Engine, f: Facts): string | null {
  if (knownChild(f)) return `a child under ${f.childAgeUnder}`;
  if (f.person.pregnant) return 'a pregnant woman';
  if (f.person.postpartum) return 'a woman after childbirth';
  const over = e.num('cshi.emergency_regardless.age_over', f.date).value;
  if (f.age !== null && f.age > over) return `a person over ${over}`;
  return null;
}

/** p.33.4, restricted from 2027 by p.34: emergency inpatient care in GVFMC for people outside CSHI. */
function emergencyUninsured(e: Engine, f: Facts): Verdict {
  return gate(f.gvfmc, 'gvfmc', () => {
    const uninsured = e.cite('gvfmc.inpatient.emergency_uninsured');
    if (f.cshi.state === true) return notCovered('p.33.4 is for people outside CSHI; this person has CSHI', uninsured, 'emergency inpatient care outside CSHI (p.33.4)');
    if (f.cshi.state === 'unknown') return undetermined(f.cshi.missing, [uninsured], 'emergency inpatient care outside CSHI (p.33.4)');
    // p.33.4 until p.34 narrows it (parameter gvfmc.uninsured_emergency_scope: from 1 Jan 2027).
    if (e.param('gvfmc.uninsured_emergency_scope', f.date).value === 'all_emergencies') return covered('gvfmc', [uninsured], [], 'emergency inpatient care for a person outside CSHI (p.33.4)');
    const restriction = e.cite('gvfmc.inpatient.2027_restriction');
    const rule = 'from 2027: emergency inpatient care outside CSHI (p.34)';
    // p.34 "… жағдайлар кезінде ғана, сондай-ақ … тізбесі бойынша": interpretation 'p34' (or / and).
    const both = f.reading('p34') === 'and';
    const life = f.flag('care.lifeThreatening');
    if (life === 'unknown') return undetermined([{ kind: 'fact', id: 'care.lifeThreatening', field: 'care.lifeThreatening', text: 'from 1 Jan 2027 p.34 limits emergency inpatient care outside CSHI to life-threatening conditions and a list' }], [uninsured, restriction], rule);
    const lifeCondition = condition('care.lifeThreatening', 'a life-threatening condition (p.34)', restriction, true);
    if (life && !both) return covered('gvfmc', [uninsured, restriction], [lifeCondition], 'from 2027: emergency inpatient care outside CSHI for a life-threatening condition (p.34)');
    if (!life && both) return notCoveredBecause(M_REASON_P34_AND, restriction, rule);
    const listed = f.onList('p34-emergency-list', f.care.diagnosis ?? 'the diagnosis or condition');
    if (listed === 'unknown') return undetermined([listMissing('p34-emergency-list', "the authorised body's list of diagnoses and conditions for emergency hospitalisation (p.34), which the corpus does not hold")], [uninsured, restriction], rule);
    if (!listed) return notCoveredBecause(M_REASON_P34_NEITHER, restriction, rule);
    return covered('gvfmc', [uninsured, restriction], [...(life ? [lifeCondition] : []), conditionOf('onList.p34-emergency-list', M_CONDITION_P34_LIST, restriction, true)], `${rule}: on the list`);
  });
}

/** p.33.2: infectious and parasitic diseases on the ҚР ДСМ-162/2020 list, in GVFMC. */
function infectiousRoute(e: Engine, f: Facts): Verdict {
  const point = e.cite('gvfmc.inpatient.infectious');
  if (!f.care.diagnosis || !INFECTIOUS.has(f.care.diagnosis)) return notCovered('not an infectious or parasitic disease (A00–B99)', null, 'infectious disease (p.33.2)');
  return gate(f.gvfmc, 'gvfmc', () => {
    const listed = onInfectiousList(f);
    if (listed === true) return covered('gvfmc', [point], [], 'infectious disease on the ҚР ДСМ-162/2020 list (p.33.2)');
    if (listed === false) return notCovered(`${f.care.diagnosis} is not on the ҚР ДСМ-162/2020 list (p.33.2)`, point, 'infectious disease (p.33.2)');
    return undetermined([listMissing('dsm-162-2020', 'the ICD-10 list of infectious and parasitic diseases treated inpatient in GVFMC (ҚР ДСМ-162/2020), which the corpus does not hold')], [point], 'infectious disease (p.33.2)');
  });
}

/** p.33.3: planned inpatient care in GVFMC by referral. Interpretation 'p33.3': structural (default) or literal. */
function plannedGvfmc(e: Engine, f: Facts): Verdict {
  const point = e.cite('gvfmc.inpatient.planned_referral');
  const byReferral = (rule: string) => requireFlag(f, 'care.referral', 'a referral from a PHC or health organisation (p.33.3)', point, (c) => covered('gvfmc', [point], [c], rule));
  if (f.reading('p33.3') === 'literal') return gate(f.gvfmc, 'gvfmc', () => byReferral('planned inpatient care by referral, any disease (p.33.3, literal reading)'));
  return gvfmcSocialRoute(e, f, 'gvfmc.inpatient.planned_referral', () => byReferral('planned inpatient care for a socially significant disease (p.33.3, structural reading)'));
}

/** p.62 with p.20: planned inpatient care in CSHI by a PHC referral (ҚР ДСМ-27), outside the GVFMC diseases. */
function plannedCshi(e: Engine, f: Facts): Verdict {
  return gate(f.cshi, 'cshi', () =>
    notGvfmcDisease(
      e,
      f,
      e.cshiService('p56.3'),
      () =>
        requireFlag(f, 'care.referral', english(M_CONDITION_P20_REFERRAL), e.cite('gvfmc.phc.planned_hospitalisation'), (c) =>
          covered('cshi', [e.cite('cshi.inpatient.planned')], [c, condition('icd.dsm258', 'the diagnosis is on the list of ҚР ДСМ-258/2020 (not in the corpus) (p.62)', e.cite('cshi.inpatient.planned'))], 'planned inpatient care in CSHI (p.62)'),
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
        if (who) return covered('cshi', [e.cite('cshi.inpatient.emergency'), e.cite('cshi.inpatient.emergency_regardless')], [], `emergency inpatient care for ${who}, regardless of the ICD-10 list (p.62)`);
        const list = conditionOf('icd.round_the_clock', M_CONDITION_P62_LIST, e.cite('cshi.inpatient.emergency_regardless'));
        return covered('cshi', [e.cite('cshi.inpatient.emergency')], [list], 'emergency inpatient care in CSHI (p.62)');
      },
      true,
    ),
  );
}

/** A socially significant disease of a CSHI consumer: p.56.4 leaves it out of CSHI, so GVFMC treats it. */
function emergencySocialInsured(e: Engine, f: Facts): Verdict {
  return gate(f.cshi, 'cshi', () =>
    gvfmcSocialRoute(e, f, 'cshi.inpatient.emergency', () => {
      const v = covered('gvfmc', [e.cshiService('p56.4'), e.cite('gvfmc.inpatient.planned_referral')], [], 'emergency inpatient care for a socially significant disease of a CSHI consumer: GVFMC (inferred from p.56.4)');
      v.notes.push(english(M_NOTE_P56_4_INFERRED));
      return v;
    }),
  );
}

export const inpatient: Rule = (e, f) => {
  const form = f.form();
  if (!form) return undetermined([{ kind: 'fact', id: 'care.form', field: 'care.form', text: 'inpatient care differs for planned and emergency admissions (p.33, p.62)' }]);
  if (form === 'planned') return firstOf(() => plannedGvfmc(e, f), () => plannedCshi(e, f), () => infectiousRoute(e, f));
  // Urgent admissions follow the emergency rules: the programme names only emergency and planned inpatient forms.
  return firstOf(() => emergencySocialInsured(e, f), () => emergencyCshi(e, f), () => infectiousRoute(e, f), () => emergencyUninsured(e, f));
};
