// Validity in time. Dates are ISO strings, so comparing them as strings orders them.
import type { Act, Effective } from './schema.js';

export type InForce = 'yes' | 'no' | 'uncertain';

export interface DateStatus {
  state: InForce;
  /** Where the exact date is unknown: the window in which it falls ([from, to), to null when open). */
  window?: { from: string; to: string | null };
  /** True when 'yes' or 'no' rests on the project's publication premise, not on the sources. */
  presumed: boolean;
  reason: string;
  /** The act whose unknown publication date leaves the status open. */
  pending?: string;
}

export function addDays(date: string, days: number): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

/** Has the effective date `e` been reached on `date`? `presumeDays` bounds an open window. */
export function reached(e: Effective, date: string, presumeDays: number): DateStatus {
  if (e.exact) {
    return { state: date >= e.exact ? 'yes' : 'no', presumed: false, reason: `${e.rule} (${e.exact})` };
  }
  if (date < e.earliest) {
    return { state: 'no', presumed: false, reason: `not before ${e.earliest}: ${e.rule}` };
  }
  if (e.latest && date >= e.latest) {
    return { state: 'yes', presumed: false, reason: `by ${e.latest} at the latest: ${e.rule}` };
  }
  if (!e.latest && e.presumable === false) {
    return { state: 'uncertain', presumed: false, window: { from: e.earliest, to: null }, reason: `${e.rule}; the exact date is not in the sources, and the publication premise does not apply to this rule` };
  }
  const to = e.latest ?? addDays(e.earliest, presumeDays);
  if (date >= to) {
    return { state: 'yes', presumed: true, window: { from: e.earliest, to }, reason: `${e.rule}; the exact date is not in the sources, and ${date} is past the presumed window [${e.earliest}, ${to})` };
  }
  return { state: 'uncertain', presumed: !e.latest, window: { from: e.earliest, to }, reason: `${e.rule}; the exact date is not in the sources: between ${e.earliest} and ${to}` };
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
  return { ...a, presumed: a.presumed || b.presumed, reason: `${a.reason}; ${b.reason}` };
}

/** Is `act` in force on `date`: entered into force, and neither repealed nor expired. */
export function actInForce(act: Act, date: string, presumeDays: number): DateStatus {
  let status: DateStatus = { ...reached(act.entryIntoForce, date, presumeDays), pending: act.id };
  if (act.content.kind === 'programme') {
    const { from, to } = act.content.period;
    const inPeriod = date >= from && date <= to;
    status = { state: inPeriod ? 'yes' : 'no', presumed: false, reason: `the programme applies from ${from} to ${to}` };
  }
  if (act.life.repealedBy?.effective) {
    const repeal = reached(act.life.repealedBy.effective, date, presumeDays);
    status = both(status, { ...not(repeal), reason: `repealed by ${act.life.repealedBy.act}: ${repeal.reason}`, pending: act.life.repealedBy.act });
  }
  if (act.life.inForceTo) {
    const expiry = reached(act.life.inForceTo, date, presumeDays);
    status = both(status, { ...not(expiry), reason: `in force until ${expiry.reason}` });
  }
  return status;
}
