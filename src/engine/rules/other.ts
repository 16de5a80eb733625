// Rehabilitation (p.37, p.56.5, p.64), pathology (p.47, p.56.6, p.66), transplantation (p.50–51, p.69)
// and treatment abroad (p.53).
import type { Rule } from './common.js';
import { covered, gate, firstOf, condition, undetermined, listMissing, notCovered } from './common.js';
import { tx } from '../../i18n/index.js';

export const rehabilitation: Rule = (e, f) =>
  firstOf(
    () => gate(f.cshi, 'cshi', () => covered('cshi', [e.cite('cshi.rehabilitation')], [condition('icd.dsm116', tx('rules.cond.dsm116'), e.cite('cshi.rehabilitation'))], tx('rules.rule.rehabCshi'))),
    () =>
      gate(f.gvfmc, 'gvfmc', () =>
        covered('gvfmc', [e.cite('gvfmc.rehabilitation')], [condition('rehabilitation.main_disease', tx('rules.cond.rehabMain'), e.cite('gvfmc.rehabilitation'))], tx('rules.rule.rehabGvfmc')),
      ),
  );

export const pathology: Rule = (e, f) =>
  firstOf(
    () => gate(f.cshi, 'cshi', () => covered('cshi', [e.cite('cshi.pathology')], [], tx('rules.rule.pathologyCshi'))),
    () => gate(f.gvfmc, 'gvfmc', () => covered('gvfmc', [e.cite('gvfmc.pathology')], [], tx('rules.rule.pathologyGvfmc'))),
  );

/**
 * Transplantation. Until 2027 GVFMC (p.50). From 2027 p.51 moves the *preparation of a deceased donor*
 * to CSHI (interpretation 'p51', default 'donor_preparation'): the recipient's transplantation stays
 * where p.50 (GVFMC) and p.69 (CSHI) both name it. The other reading moves it all to CSHI.
 */
export const transplantation: Rule = (e, f) => {
  // Parameter deceased_donor_preparation.package: GVFMC (p.50), CSHI from 1 Jan 2027 (p.51).
  const beforeP51 = e.param('deceased_donor_preparation.package', f.date).value === 'gvfmc';
  const gvfmc = () => gate(f.gvfmc, 'gvfmc', () => covered('gvfmc', [e.cite('gvfmc.transplantation')], [], beforeP51 ? tx('rules.rule.transplantGvfmc') : tx('rules.rule.transplantGvfmc2027')));
  const cshi = () => gate(f.cshi, 'cshi', () => covered('cshi', [e.cite('cshi.transplantation_2027'), e.cite('cshi.transplantation')], [], tx('rules.rule.transplantCshi')));
  if (beforeP51) return gvfmc();
  if (f.reading('p51') === 'whole_transplantation') return cshi();
  return firstOf(cshi, gvfmc);
};

/** p.53: citizens, by the disease list and categories of ҚР ДСМ-45, which the corpus does not hold. */
export const treatmentAbroad: Rule = (e, f) => {
  const abroad = e.cite('gvfmc.abroad');
  if (!f.person.residency) return undetermined([{ kind: 'fact', id: 'person.residency', field: 'person.residency', text: tx('rules.fact.abroadCitizens') }], [abroad]);
  if (f.person.residency !== 'citizen') return notCovered(tx('rules.abroadCitizensOnly'), abroad, tx('rules.rule.abroad'));
  return undetermined([listMissing('dsm-45-2021', tx('rules.list.dsm45'))], [abroad], tx('rules.rule.abroad'));
};
