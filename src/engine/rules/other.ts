// Rehabilitation (p.37, p.56.5, p.64), pathology (p.47, p.56.6, p.66), transplantation (p.50–51, p.69)
// and treatment abroad (p.53).
import type { Rule } from './common.js';
import { covered, gate, firstOf, condition, undetermined, listMissing, notCovered } from './common.js';

export const rehabilitation: Rule = (e, f) =>
  firstOf(
    () => gate(f.cshi, 'cshi', () => covered('cshi', [e.cite('cshi.rehabilitation')], [condition('icd.dsm116', 'stages II–III, for a diagnosis on the ICD-10 list of ҚР ДСМ-116/2020 (not in the corpus) (p.64)', e.cite('cshi.rehabilitation'))], 'medical rehabilitation in CSHI (p.64)')),
    () =>
      gate(f.gvfmc, 'gvfmc', () =>
        covered('gvfmc', [e.cite('gvfmc.rehabilitation')], [condition('rehabilitation.main_disease', 'for people with congenital diseases, and within the treatment of the main disease after an acute state, surgery or injury (p.37)', e.cite('gvfmc.rehabilitation'))], 'medical rehabilitation in GVFMC (p.37)'),
      ),
  );

export const pathology: Rule = (e, f) =>
  firstOf(
    () => gate(f.cshi, 'cshi', () => covered('cshi', [e.cite('cshi.pathology')], [], 'pathological-anatomical diagnosis in CSHI (p.66)')),
    () => gate(f.gvfmc, 'gvfmc', () => covered('gvfmc', [e.cite('gvfmc.pathology')], [], 'pathological-anatomical diagnosis in GVFMC (p.47)')),
  );

/**
 * Transplantation. Until 2027 GVFMC (p.50). From 2027 p.51 moves the *preparation of a deceased donor*
 * to CSHI (interpretation 'p51', default 'donor_preparation'): the recipient's transplantation stays
 * where p.50 (GVFMC) and p.69 (CSHI) both name it. The other reading moves it all to CSHI.
 */
export const transplantation: Rule = (e, f) => {
  // Parameter deceased_donor_preparation.package: GVFMC (p.50), CSHI from 1 Jan 2027 (p.51).
  const beforeP51 = e.param('deceased_donor_preparation.package', f.date).value === 'gvfmc';
  const gvfmc = () => gate(f.gvfmc, 'gvfmc', () => covered('gvfmc', [e.cite('gvfmc.transplantation')], [], beforeP51 ? 'transplantation in GVFMC (p.50)' : 'transplantation in GVFMC (p.50); from 2027 p.51 moves only the deceased donor\'s preparation to CSHI'));
  const cshi = () => gate(f.cshi, 'cshi', () => covered('cshi', [e.cite('cshi.transplantation_2027'), e.cite('cshi.transplantation')], [], 'transplantation in CSHI (p.69)'));
  if (beforeP51) return gvfmc();
  if (f.reading('p51') === 'whole_transplantation') return cshi();
  return firstOf(cshi, gvfmc);
};

/** p.53: citizens, by the disease list and categories of ҚР ДСМ-45, which the corpus does not hold. */
export const treatmentAbroad: Rule = (e, f) => {
  const abroad = e.cite('gvfmc.abroad');
  if (!f.person.residency) return undetermined([{ kind: 'fact', id: 'person.residency', field: 'person.residency', text: 'treatment abroad is for citizens (p.53)' }], [abroad]);
  if (f.person.residency !== 'citizen') return notCovered('treatment abroad in GVFMC is for citizens of the Republic of Kazakhstan (p.53)', abroad, 'treatment abroad (p.53)');
  return undetermined([listMissing('dsm-45-2021', 'the list of diseases (annex 3) and of categories of citizens sent for treatment abroad under ҚР ДСМ-45, which the corpus does not hold')], [abroad], 'treatment abroad (p.53)');
};
