// The decision keeps each text's message id and parameters beside the English text, so other systems
// can map them and the interfaces can render them in kk, ru or en (src/i18n/localize.ts).
import { messageOf, type Message } from '../i18n/index.js';
import type { Decision } from './decision.js';

function withMessage<T extends object>(o: T, key: keyof T & string): T {
  const text = o[key];
  if (typeof text !== 'string' || (o as { message?: unknown }).message) return o;
  const m = messageOf(text);
  return m ? { ...o, message: m } : o;
}

export function attachMessages(d: Decision): Decision {
  return {
    ...d,
    // The same point cited twice (a row and its item share it) is shown once.
    basis: [...new Map(d.basis.map((b) => [`${b.act}|${b.point}|${b.quote}`, b])).values()],
    conditions: d.conditions.map((c) => withMessage(c, 'text')),
    missing: d.missing.map((m) => withMessage(m, 'text')),
    reasons: d.reasons.map((r) => withMessage(r, 'text')),
    trace: d.trace.map((s) => {
      const rule = messageOf(s.rule);
      return { ...withMessage(s, 'result'), ...(rule ? { ruleMessage: rule } : {}) };
    }),
    noteMessages: d.notes.map((n) => messageOf(n) ?? null),
  };
}

/** Items with a `text`, each given the message it was rendered from. */
export function withMessages<T extends { text: string }>(xs: T[]): T[] {
  return xs.map((x) => withMessage(x, 'text'));
}

export type { Message };
