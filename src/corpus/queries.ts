// Read-only questions about the corpus. Each returns plain data; the CLI and the API render it.
import type { Act, ListRow, Names, RegionalList } from './schema.js';
import type { Corpus, ListHolder } from './corpus.js';
import { limitKey } from './corpus.js';
import { actInForce, both, reached, type DateStatus } from './validity.js';
import { KepilError, issue } from './issues.js';
import { msg, render, type Message } from '../i18n/index.js';
import { tokens } from './match.js';

export interface ActOnDate {
  id: string;
  kind: Act['kind'];
  number: string;
  issuer: Names;
  title: Act['title'];
  adopted: string;
  registration: Act['registration'];
  seed: string | null;
  region: string | null;
  inForce: DateStatus;
  timeline: { event: string; date: string | null; window?: { from: string; to: string | null }; act?: string }[];
}

function timeline(act: Act): ActOnDate['timeline'] {
  const e = act.entryIntoForce;
  const out: ActOnDate['timeline'] = [{ event: 'adopted', date: act.adopted }];
  if (act.registration) out.push({ event: 'registered', date: act.registration.date });
  out.push({ event: 'in force', date: e.exact, window: e.exact ? undefined : { from: e.earliest, to: e.latest } });
  const links = [
    ...act.life.amendedBy.map((l) => ({ ...l, event: 'amended' })),
    ...act.life.restatedBy.map((l) => ({ ...l, event: 'restated' })),
    ...(act.life.repealedBy ? [{ ...act.life.repealedBy, event: 'repealed' }] : []),
  ];
  for (const l of links) {
    out.push({ event: `${l.event}: ${l.what}`, act: l.act, date: l.effective?.exact ?? null, window: l.effective && !l.effective.exact ? { from: l.effective.earliest, to: l.effective.latest } : undefined });
  }
  return out;
}

export function actsOn(corpus: Corpus, date: string): ActOnDate[] {
  return [...corpus.acts.values()]
    .sort((a, b) => a.adopted.localeCompare(b.adopted))
    .map((act) => ({
      id: act.id,
      kind: act.kind,
      number: act.number,
      issuer: act.issuer,
      title: act.title,
      adopted: act.adopted,
      registration: act.registration,
      seed: act.seed,
      region: act.region,
      inForce: actInForce(act, date, corpus.presumeDays),
      timeline: timeline(act),
    }));
}

export type ListState = 'in_force' | 'uncertain' | 'none' | 'not_in_corpus';

export interface RegionalListOnDate {
  region: string;
  date: string;
  state: ListState;
  act: string | null;
  list: RegionalList | null;
  status: DateStatus | null;
  /** In English; `message` renders it in kk, ru or en. */
  reason: string;
  message: Message;
  /** Doubts recorded in the rows, shown with the list. */
  notes: { row: string; note: string }[];
}

/** Is this wording of a list in force: the wording effective, and the act it belongs to not repealed. */
export function listStatus(corpus: Corpus, holder: ListHolder, date: string): DateStatus {
  // The wording's date is the restating act's: name it when its publication date is what is missing.
  const restating = [...holder.act.life.restatedBy, ...holder.act.life.amendedBy].find((l) => l.effective && l.effective.earliest === holder.list.effective.earliest && l.effective.exact === holder.list.effective.exact);
  const wording = { ...reached(holder.list.effective, date, corpus.presumeDays), pending: restating?.act ?? holder.act.id };
  const base = corpus.acts.get(holder.list.annexOf);
  const holderStatus = actInForce(holder.act, date, corpus.presumeDays);
  return both(wording, base && base !== holder.act ? both(holderStatus, actInForce(base, date, corpus.presumeDays)) : holderStatus);
}

export function checkRegion(corpus: Corpus, region: string, field = 'region'): void {
  if (!corpus.regions.has(region)) {
    throw new KepilError('bad_request', msg('error.unknownRegion', { value: region }), [issue(field, msg('error.oneOf', { values: [...corpus.regions.keys()].join(', ') }))]);
  }
}

export function regionalListOn(corpus: Corpus, region: string, date: string): RegionalListOnDate {
  checkRegion(corpus, region);
  const holders = corpus.listsByRegion.get(region) ?? [];
  const empty = { region, date, act: null, list: null, status: null, notes: [] };
  if (holders.length === 0) {
    const m = msg('list.notInCorpus', { region: corpus.regions.get(region)!.name });
    return { ...empty, state: 'not_in_corpus', reason: render(m, 'en'), message: m };
  }
  const judged = holders.map((h) => ({ h, s: listStatus(corpus, h, date) }));
  const pick = judged.find((j) => j.s.state === 'yes') ?? judged.find((j) => j.s.state === 'uncertain');
  if (pick) {
    return {
      region,
      date,
      state: pick.s.state === 'yes' ? 'in_force' : 'uncertain',
      act: pick.h.act.id,
      list: pick.h.list,
      status: pick.s,
      reason: pick.s.reason,
      message: pick.s.message,
      notes: pick.h.list.rows.filter((r) => r.note).map((r) => ({ row: r.id, note: r.note! })),
    };
  }
  const first = judged[0]!;
  const repealed = judged.some((j) => j.h.act.life.repealedBy || corpus.acts.get(j.h.list.annexOf)?.life.repealedBy);
  const before = date < first.h.list.effective.earliest;
  const eff = first.h.list.effective;
  const from = eff.exact ? msg('list.from.exact', { date: eff.exact }) : msg('list.from.earliest', { date: eff.earliest });
  const m = repealed && !before ? msg('list.none', { reason: first.s.message }) : msg('list.wordingNotHeld', { date, from, reason: first.s.message });
  return { ...empty, state: repealed && !before ? 'none' : 'not_in_corpus', act: first.h.act.id, status: first.s, reason: render(m, 'en'), message: m };
}

export interface LimitView {
  region: string;
  profile: string;
  profileName: Names;
  total: number | null;
  children: number | null;
  adults: number | null;
  ruralTotal: number | null;
  ruralChildren: number | null;
  ruralAdults: number | null;
  note?: string;
}

export function limits(corpus: Corpus, filter: { region?: string; profile?: string } = {}): LimitView[] {
  if (filter.region) checkRegion(corpus, filter.region);
  if (filter.profile && filter.profile !== 'all_profiles' && !corpus.profiles.has(filter.profile)) {
    throw new KepilError('bad_request', msg('error.unknownProfile', { value: filter.profile }), [issue('profile', msg('error.oneOf', { values: `all_profiles, ${[...corpus.profiles.keys()].join(', ')}` }))]);
  }
  const rows = filter.region && filter.profile ? [corpus.limitByKey.get(limitKey(filter.region, filter.profile))].filter((r) => r !== undefined) : corpus.limits;
  return rows
    .filter((r) => (!filter.region || r.region === filter.region) && (!filter.profile || r.profile === filter.profile))
    .map((r) => {
      const p = corpus.profiles.get(r.profile);
      const profileName: Names = p ? p.name : { kk: 'Барлық бейіндер бойынша', ru: 'По всем профилям', en: 'All profiles' };
      const { quote: _quote, ...figures } = r;
      return { ...figures, profileName };
    });
}

export function payments(corpus: Corpus) {
  return corpus.programme.content.paymentMethods;
}

export function criteria(corpus: Corpus) {
  const c = corpus.programme.content;
  return { criteria: c.criteria, ambulanceNorms: c.ambulanceNorms };
}

/** A list's standing on a date, as a reader needs it: in force, repealed on D, wording not held. */
export interface ListStanding {
  state: 'in_force' | 'in_force_presumed' | 'uncertain' | 'repealed' | 'not_yet' | 'not_in_corpus';
  /** For repealed: the date (or earliest date) the repeal took effect. */
  date?: string;
  message: Message;
  text: string;
}

export function listStanding(corpus: Corpus, holder: ListHolder, date: string): ListStanding {
  const s = listStatus(corpus, holder, date);
  const out = (state: ListStanding['state'], m: Message, extra: { date?: string } = {}): ListStanding => ({ state, ...extra, message: m, text: render(m, 'en') });
  if (s.state === 'yes') return out(s.presumed ? 'in_force_presumed' : 'in_force', msg(s.presumed ? 'state.in_force_presumed' : 'state.in_force'));
  if (s.state === 'uncertain') return out('uncertain', msg('state.uncertain'));
  const repeal = holder.act.life.repealedBy ?? corpus.acts.get(holder.list.annexOf)?.life.repealedBy ?? null;
  const eff = repeal?.effective;
  if (eff && date >= eff.earliest) {
    const when = eff.exact ?? eff.earliest;
    return out('repealed', msg('state.repealed', { date: when }), { date: when });
  }
  if (date < holder.list.effective.earliest) return out('not_yet', msg('validity.notBefore', { date: holder.list.effective.earliest }));
  return out('not_in_corpus', msg('state.not_in_corpus'));
}

export interface SearchHit {
  region: string;
  act: string;
  row: string;
  section: ListRow['section'];
  disease: ListRow['disease'];
  icd10: string[];
  item: string | null;
  /** For a disease hit: what the row gives for it. */
  items: string[];
  matched: 'disease' | 'item';
  /** The list's standing on the search date. */
  status: ListStanding;
}

function haystack(...texts: (string | null | undefined)[]): string {
  return ` ${texts.filter(Boolean).map((t) => tokens(t!).join(' ')).join(' ')} `;
}

/** The ICD-10 names the corpus holds for a row's codes: a disease is found in any language. */
function icdNames(corpus: Corpus, codes: string[]): string[] {
  return codes.flatMap((c) => {
    const e = corpus.icd10.get(c);
    return e ? [e.name.kk, e.name.ru, e.name.en].filter((n): n is string => !!n) : [];
  });
}

const STANDING_ORDER: ListStanding['state'][] = ['in_force', 'in_force_presumed', 'uncertain', 'not_in_corpus', 'not_yet', 'repealed'];

/** Finds diseases, drugs, devices and products across every list, in any language, each with its list's standing on `date`. */
export function search(corpus: Corpus, text: string, date: string): SearchHit[] {
  const needle = tokens(text);
  if (needle.length === 0) throw new KepilError('bad_request', msg('error.emptySearch'), [issue('q', msg('error.emptySearch.issue'))]);
  const has = (hay: string): boolean => needle.every((t) => hay.includes(` ${t}`));
  const hits: SearchHit[] = [];
  for (const holders of corpus.listsByRegion.values()) {
    for (const holder of holders) {
      const { act, list } = holder;
      const status = listStanding(corpus, holder, date);
      for (const row of list.rows) {
        const base = { region: list.region, act: act.id, row: row.id, section: row.section, disease: row.disease, icd10: row.icd10.codes, status };
        if (has(haystack(row.disease.kk, row.disease.ru, row.disease.en, ...row.icd10.codes, ...icdNames(corpus, row.icd10.codes)))) {
          hits.push({ ...base, item: null, items: row.items.map((i) => i.nameInAct), matched: 'disease' });
        }
        for (const item of row.items) {
          if (has(haystack(item.nameInAct, item.inn, item.names?.ru, item.names?.en))) hits.push({ ...base, item: item.nameInAct, items: [item.nameInAct], matched: 'item' });
        }
      }
    }
  }
  // Lists in force first: a repealed list's row is shown, but never as if it were current.
  return hits.sort((a, b) => STANDING_ORDER.indexOf(a.status.state) - STANDING_ORDER.indexOf(b.status.state));
}


