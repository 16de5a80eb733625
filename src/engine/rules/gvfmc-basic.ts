// GVFMC care that needs nothing but GVFMC itself, or a GVFMC person plus one fact (ch.2 of the programme).
import type { Rule } from './common.js';
import { covered, gate, condition, requireFlag, firstOf } from './common.js';

/** p.4: ambulance, and p.5: air ambulance, for everyone with GVFMC. */
export const ambulance: Rule = (e, f) => gate(f.gvfmc, 'gvfmc', () => covered('gvfmc', [e.cite('gvfmc.ambulance')], [], 'ambulance (p.4)'));
export const airAmbulance: Rule = (e, f) => gate(f.gvfmc, 'gvfmc', () => covered('gvfmc', [e.cite('gvfmc.air_ambulance')], [], 'air ambulance (p.5)'));

/** p.6–7: PHC needs attachment at the place of residence, except when the person comes in an emergency. */
export const phc: Rule = (e, f) =>
  gate(f.gvfmc, 'gvfmc', () => {
    const attachment = e.cite('gvfmc.phc.attachment');
    if (f.care.form === 'emergency') {
      return covered('gvfmc', [e.cite('gvfmc.phc'), attachment], [], 'PHC in an emergency: attachment not required (p.7)');
    }
    return requireFlag(f.person.phcAttached, 'person.phcAttached', 'attached to a PHC organisation at the place of residence (p.7)', attachment, (c) =>
      covered('gvfmc', [e.cite('gvfmc.phc'), attachment], [c], 'PHC for an attached person (p.6–7)'),
    );
  });

/** p.42: palliative care in GVFMC. */
export const palliative: Rule = (e, f) => gate(f.gvfmc, 'gvfmc', () => covered('gvfmc', [e.cite('gvfmc.palliative')], [], 'palliative care (p.42)'));

/** Blood and its components: GVFMC with day-hospital or inpatient care (p.46); CSHI within its inpatient care (p.63.3). */
export const blood: Rule = (e, f) =>
  firstOf(
    () =>
      gate(f.gvfmc, 'gvfmc', () =>
        covered('gvfmc', [e.cite('gvfmc.blood')], [condition('blood.indication', 'given during day-hospital or inpatient specialised care, on medical indications (p.46)', e.cite('gvfmc.blood'))], 'blood and components (p.46)'),
      ),
    () =>
      gate(f.cshi, 'cshi', () =>
        covered('cshi', [e.cite('cshi.inpatient.blood')], [condition('blood.inpatient', 'as part of inpatient specialised care in CSHI (p.63.3)', e.cite('cshi.inpatient.blood'))], 'blood and components within CSHI inpatient care (p.63.3)'),
      ),
  );
