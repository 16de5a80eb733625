// What to do next under a verdict, read from the decision itself: a referral from the PHC
// organisation, dispensary registration, CSHI contributions, a prescription under the regional list,
// and, where a list decides, who keeps that list. Guidance, not law: each step names what it rests on.
import type { Package, Verdict } from './decision.js';
import type { EligibilityRequest } from './request.js';
import { msg, render, sameText, type Message, type Params, type Text } from '../i18n/index.js';

export interface NextStep {
  id: string;
  text: string;
  message: Message;
}

/** Care that CSHI and GVFMC give on a referral when it is planned. */
const BY_REFERRAL = new Set(['outpatient_specialist', 'day_hospital', 'inpatient', 'rehabilitation']);

// A step without parameters reads the same in every answer: made once and shared (answers are read, never changed).
const FIXED = new Map<string, NextStep>();
const NONE: NextStep[] = Object.freeze([]) as unknown as NextStep[];

function step(id: string, params?: Params): NextStep {
  if (!params) {
    let s = FIXED.get(id);
    if (!s) FIXED.set(id, (s = step(id, {})));
    return s;
  }
  const m = msg(`next.${id}`, Object.keys(params).length ? params : undefined);
  return { id, text: render(m, 'en'), message: m };
}

type Basis = Pick<Verdict, 'outcome' | 'package' | 'conditions' | 'missing' | 'wouldCover' | 'reasons'>;

/** `listName` names a list in words (the id where not given); the id stays in the step's `listId`. */
export function nextSteps(d: Basis, r: EligibilityRequest, listName: (id: string) => Text = (id) => id): NextStep[] {
  const steps: NextStep[] = [];
  const ids = new Set<string>();
  for (let i = 0; i < d.conditions.length; i++) ids.add(d.conditions[i]!.id);
  for (let i = 0; i < d.missing.length; i++) ids.add(d.missing[i]!.id);
  const would = (field: string) => d.wouldCover.some((w) => w.change.includes(field) || (w as { message?: Message }).message?.id.includes(field.split('.').pop()!));
  const planned = r.care.form !== 'emergency' && r.care.form !== 'urgent';
  if ((d.outcome !== 'not_covered' && BY_REFERRAL.has(r.care.type) && planned) || ids.has('care.referral') || would('care.referral')) steps.push(step('referral'));
  if (r.care.type === 'phc' && r.person.phcAttached !== true) steps.push(step('attach'));
  if (ids.has('person.dispensary') || would('person.dispensary') || (d.package === 'regional' && r.care.type === 'outpatient_drug')) steps.push(step('dispensary'));
  const cshiOpen = ids.has('person.contributions') || ids.has('person.categories') || would('person.contributions');
  if (cshiOpen || (d.outcome === 'not_covered' && r.person.contributions === 'unpaid')) steps.push(step('cshi'));
  if (d.outcome === 'covered' && r.care.type === 'outpatient_drug') steps.push(step(d.package === 'regional' ? 'prescriptionRegional' : 'prescription'));
  for (const m of d.missing) {
    if (m.kind !== 'list') continue;
    if (m.id.startsWith('regional-list:')) steps.push(step('whoDecides.maslikhat'));
    else if (m.id === 'dsm-75') steps.push(step('whoDecides.dsm75'));
    else if (m.id.startsWith('publication:')) steps.push(step('whoDecides.publication'));
    else steps.push(step('whoDecides.authorisedBody', { list: listName(m.id), listId: m.id }));
  }
  if (d.outcome === 'not_covered' && steps.length === 0) steps.push(step('paid'));
  if (steps.length === 0) return NONE;
  // Each step once (the same id and parameters), where it first came.
  return steps.filter((s, i) => steps.findIndex((o) => sameText(o.message, s.message)) === i);
}

export type { Package };
