// GVFMC care that needs nothing but GVFMC itself, or a GVFMC person plus one fact (ch.2 of the programme).
import type { Engine } from '../compile.js';
import type { Condition, Verdict } from '../decision.js';
import type { Facts } from '../facts.js';
import type { Rule } from './common.js';
import { covered, gate, condition, requireFlag, firstOf, notCovered, undetermined, listMissing } from './common.js';
import { msg, tx } from '../../i18n/index.js';

/** p.4: ambulance, and p.5: air ambulance, for everyone with GVFMC. */
export const ambulance: Rule = (e, f) => gate(f.gvfmc, 'gvfmc', () => covered('gvfmc', [e.cite('gvfmc.ambulance')], [], tx('rules.rule.ambulance')));
export const airAmbulance: Rule = (e, f) => gate(f.gvfmc, 'gvfmc', () => covered('gvfmc', [e.cite('gvfmc.air_ambulance')], [], tx('rules.rule.airAmbulance')));

// p.22: from 1 Jan 2026 GVFMC PHC "when serving" socially significant diseases and target-group
// screening; from 1 Jan 2027 also "at the first contact". Whether that limits GVFMC PHC is open
// (interpretations 'p22.2026', default "not a limit", and 'p22.2027', open): both readings are computed.
// The dates are parameter gvfmc.phc.scope (p.22): its value from 1 Jan 2027 adds the first contact.
const firstContactInForce = (e: Engine, f: Facts): boolean => e.param('gvfmc.phc.scope', f.date).value === 'ssd_screening_and_first_contact';

/** Under the reading that p.22 limits GVFMC PHC (outside emergencies, p.7). */
function p22Limit(e: Engine, f: Facts, attachment: Condition | null): Verdict {
  const basis = [e.cite('gvfmc.phc'), e.cite('gvfmc.phc.2026')];
  const conditions = attachment ? [attachment] : [];
  if (f.care.purpose === 'screening') {
    return covered('gvfmc', basis, [...conditions, condition('screening.target_group', tx('rules.cond.targetGroup'), e.cite('gvfmc.phc.2026'))], tx('rules.rule.phcScreeningLimits'));
  }
  const social = f.social;
  if (social.state === true) return covered('gvfmc', basis, conditions, tx('rules.rule.phcSocialLimits'));
  if (social.state === 'unknown') return undetermined(social.missing, basis, tx('rules.rule.phc22'));
  if (firstContactInForce(e, f)) {
    return undetermined(
      [
        { kind: 'fact', id: 'phc.first_contact', text: tx('rules.fact.firstContact') },
        listMissing('gov-1086-item-2', tx('rules.list.gov1086')),
      ],
      [...basis, e.cite('gvfmc.phc.2027')],
      tx('rules.rule.phc2027Limits'),
    );
  }
  return notCovered(tx('rules.p22Neither', { code: f.care.diagnosis ?? msg('rules.theDiagnosis') }), e.cite('gvfmc.phc.2026'), tx('rules.rule.phc22'));
}

function phcCovered(e: Engine, f: Facts, attachment: Condition | null, rule: string): Verdict {
  if (f.reading(firstContactInForce(e, f) ? 'p22.2027' : 'p22.2026') === 'limits' && f.form('p7') !== 'emergency') return p22Limit(e, f, attachment);
  return covered('gvfmc', [e.cite('gvfmc.phc'), e.cite('gvfmc.phc.attachment')], attachment ? [attachment] : [], rule);
}

/** p.6–7: PHC needs attachment at the place of residence, except when the person comes in an emergency. */
export const phc: Rule = (e, f) =>
  gate(f.gvfmc, 'gvfmc', () => {
    const attachment = e.cite('gvfmc.phc.attachment');
    // Attachment first: an attached person's visit needs no form, an emergency needs no attachment (p.7).
    if (f.person.phcAttached !== true && f.form('p7') === 'emergency') return phcCovered(e, f, null, tx('rules.rule.phcEmergency'));
    return requireFlag(f, 'person.phcAttached', tx('rules.cond.attached'), attachment, (c) => phcCovered(e, f, c, tx('rules.rule.phcAttached')));
  });

/** p.42: palliative care in GVFMC. */
export const palliative: Rule = (e, f) => gate(f.gvfmc, 'gvfmc', () => covered('gvfmc', [e.cite('gvfmc.palliative')], [], tx('rules.rule.palliative')));

/** Blood and its components: GVFMC with day-hospital or inpatient care (p.46); CSHI within its inpatient care (p.63.3). */
export const blood: Rule = (e, f) =>
  firstOf(
    () =>
      gate(f.gvfmc, 'gvfmc', () =>
        covered('gvfmc', [e.cite('gvfmc.blood')], [condition('blood.indication', tx('rules.cond.bloodIndication'), e.cite('gvfmc.blood'))], tx('rules.rule.blood')),
      ),
    () =>
      gate(f.cshi, 'cshi', () =>
        covered('cshi', [e.cite('cshi.inpatient.blood')], [condition('blood.inpatient', tx('rules.cond.bloodInpatient'), e.cite('cshi.inpatient.blood'))], tx('rules.rule.bloodCshi')),
      ),
  );
