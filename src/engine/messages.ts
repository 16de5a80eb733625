// The decision keeps each text's message id and parameters beside the English text, so other systems
// can map them and the interfaces can render them in kk, ru or en (src/i18n/localize.ts).
import { messageOf, type Message } from '../i18n/index.js';
import type { Decision } from './decision.js';
import type { Source } from '../corpus/schema.js';

/** Sets `message` on an item from its text (in place: the decision owns it, and the message is the text's own). */
function withMessage<T extends object>(o: T, key: keyof T & string): T {
  const rec = o as T & { message?: Message };
  if (rec.message) return o;
  const text = o[key];
  if (typeof text !== 'string') return o;
  const m = messageOf(text);
  if (m) rec.message = m;
  return o;
}

export function attachMessages(d: Decision): Decision {
  for (const c of d.conditions) withMessage(c, 'text');
  for (const m of d.missing) withMessage(m, 'text');
  for (const r of d.reasons) withMessage(r, 'text');
  for (const step of d.trace) {
    withMessage(step, 'result');
    if (!step.ruleMessage) {
      const rule = messageOf(step.rule);
      if (rule) step.ruleMessage = rule;
    }
  }
  // The same point cited twice (a row and its item share it) is shown once.
  const seen = new Set<string>();
  const basis = d.basis.filter((b) => {
    const k = sourceKey(b);
    return !seen.has(k) && !!seen.add(k);
  });
  // In place (the decision is the caller's own, made for this request): the keys keep their order.
  d.basis = basis;
  d.noteMessages = d.notes.map((n) => messageOf(n) ?? null);
  return d;
}

// A source's key, made once per source object (sources are the corpus's own, cited in every decision).
const sourceKeys = new WeakMap<Source, string>();
function sourceKey(b: Source): string {
  let k = sourceKeys.get(b);
  if (k === undefined) sourceKeys.set(b, (k = `${b.act}|${b.point}|${b.quote}`));
  return k;
}

/** Items with a `text`, each given the message it was rendered from. */
export function withMessages<T extends { text: string }>(xs: T[]): T[] {
  return xs.map((x) => withMessage(x, 'text'));
}

export type { Message };
