// Validity in time. Dates are ISO strings, so comparing them as strings orders them.
import type { Act, Effective } from './schema.js';
import { msg, render, type Message, type Names } from '../i18n/index.js';

export type InForce = 'yes' | 'no' | 'uncertain';

export interface DateStatus {
  state: InForce;
  /** Where the exact date is unknown: the window in which it falls ([from, to), to null when open). */
  window?: { from: string; to: string | null };
  /** True when 'yes' or 'no' rests on the project's publication premise, not on the sources. */
  presumed: boolean;
  /** The reason in English; `message` carries it as an id the interfaces render in kk, ru or en. */
  reason: string;
  message: Message;
  /** The data's own account of how the date is derived (English, the project's note). */
  rule?: string;
  /** The act whose unknown publication date leaves the status open. */
  pending?: string;
}

export function addDays(date: string, days: number): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

function dated(state: InForce, presumed: boolean, m: Message, extra: Partial<DateStatus> = {}): DateStatus {
  return { state, presumed, reason: render(m, 'en'), message: m, ...extra };
}

/** Has the effective date `e` been reached on `date`? `presumeDays` bounds an open window. */
export function reached(e: Effective, date: string, presumeDays: number): DateStatus {
  if (e.exact) {
    return dated(date >= e.exact ? 'yes' : 'no', false, msg('validity.exact', { date: e.exact }), { rule: e.rule });
  }
  if (date < e.earliest) {
    return dated('no', false, msg('validity.notBefore', { date: e.earliest }), { rule: e.rule });
  }
  if (e.latest && date >= e.latest) {
    return dated('yes', false, msg('validity.byLatest', { date: e.latest }), { rule: e.rule });
  }
  if (!e.latest && e.presumable === false) {
    return dated('uncertain', false, msg('validity.openNoPremise', { from: e.earliest }), { window: { from: e.earliest, to: null }, rule: e.rule });
  }
  const to = e.latest ?? addDays(e.earliest, presumeDays);
  if (date >= to) {
    return dated('yes', true, msg('validity.presumed', { date, from: e.earliest, to }), { window: { from: e.earliest, to }, rule: e.rule });
  }
  return dated('uncertain', !e.latest, msg('validity.window', { from: e.earliest, to }), { window: { from: e.earliest, to }, rule: e.rule });
}

function not(s: DateStatus): DateStatus {
  const state: InForce = s.state === 'yes' ? 'no' : s.state === 'no' ? 'yes' : 'uncertain';
  return { ...s, state };
}

/** Both must hold: 'no' wins, then 'uncertain'. */
export function both(a: DateStatus, b: DateStatus): DateStatus {
  if (a.state === 'no') return a;
  if (b.state === 'no') return b;
  if (a.state === 'uncertain') return a;
  if (b.state === 'uncertain') return b;
  // The same reason twice (a wording and its act, dated alike) is said once.
  if (a.reason === b.reason) return { ...a, presumed: a.presumed || b.presumed };
  const m = msg('validity.both', { a: a.message, b: b.message });
  return { ...a, presumed: a.presumed || b.presumed, reason: render(m, 'en'), message: m };
}

/** Is `act` in force on `date`: entered into force, and neither repealed nor expired. */
/** `nameOf` names a repealing act in words (the id where not given); the id stays in the message's `actId`. */
export function actInForce(act: Act, date: string, presumeDays: number, nameOf: (id: string) => Names | string = (id) => id): DateStatus {
  let status: DateStatus = { ...reached(act.entryIntoForce, date, presumeDays), pending: act.id };
  if (act.content.kind === 'programme') {
    const { from, to } = act.content.period;
    const inPeriod = date >= from && date <= to;
    status = dated(inPeriod ? 'yes' : 'no', false, msg('validity.programme', { from, to }));
  }
  if (act.life.repealedBy?.effective) {
    const repeal = reached(act.life.repealedBy.effective, date, presumeDays);
    const m = msg('validity.repealed', { act: nameOf(act.life.repealedBy.act), actId: act.life.repealedBy.act, reason: repeal.message });
    status = both(status, { ...not(repeal), reason: render(m, 'en'), message: m, pending: act.life.repealedBy.act });
  }
  if (act.life.inForceTo) {
    const expiry = reached(act.life.inForceTo, date, presumeDays);
    const m = msg('validity.until', { reason: expiry.message });
    status = both(status, { ...not(expiry), reason: render(m, 'en'), message: m });
  }
  return status;
}
