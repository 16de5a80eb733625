// Read-only questions about the corpus. Each returns plain data; the CLI and the API render it.
import type { Act, ListRow, Names, RegionalList } from './schema.js';
import type { Corpus, ListHolder } from './corpus.js';
import { limitKey } from './corpus.js';
import { actInForce, both, reached, type DateStatus } from './validity.js';
import { KepilError } from './issues.js';
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
  reason: string;
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
    throw new KepilError('bad_request', `unknown region '${region}'`, [{ path: field, message: `one of: ${[...corpus.regions.keys()].join(', ')}` }]);
  }
}

export function regionalListOn(corpus: Corpus, region: string, date: string): RegionalListOnDate {
  checkRegion(corpus, region);
  const holders = corpus.listsByRegion.get(region) ?? [];
  const empty = { region, date, act: null, list: null, status: null, notes: [] };
  if (holders.length === 0) {
    return { ...empty, state: 'not_in_corpus', reason: `the corpus holds no maslikhat decision on a supplementary list for ${region}; whether one exists is not known here` };
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
      notes: pick.h.list.rows.filter((r) => r.note).map((r) => ({ row: r.id, note: r.note! })),
    };
  }
  const first = judged[0]!;
  const repealed = judged.some((j) => j.h.act.life.repealedBy || corpus.acts.get(j.h.list.annexOf)?.life.repealedBy);
  const before = date < first.h.list.effective.earliest;
  const reason = repealed && !before
    ? `no supplementary list is in force: ${first.s.reason}`
    : `the wording of the list in force on ${date} is not in the sources (the corpus holds the wording effective from ${first.h.list.effective.exact ?? `no earlier than ${first.h.list.effective.earliest}`}): ${first.s.reason}`;
  return { ...empty, state: repealed && !before ? 'none' : 'not_in_corpus', act: first.h.act.id, status: first.s, reason };
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
    throw new KepilError('bad_request', `unknown profile '${filter.profile}'`, [{ path: 'profile', message: `one of: all_profiles, ${[...corpus.profiles.keys()].join(', ')}` }]);
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

export interface SearchHit {
  region: string;
  act: string;
  row: string;
  section: ListRow['section'];
  disease: ListRow['disease'];
  item: string | null;
  matched: 'disease' | 'item';
}

function haystack(...texts: (string | null | undefined)[]): string {
  return ` ${texts.filter(Boolean).map((t) => tokens(t!).join(' ')).join(' ')} `;
}

/** Every searchable text of the lists, tokenised once per corpus (it is immutable), in list order. */
const searchIndexes = new WeakMap<Corpus, { hay: string; hit: SearchHit }[]>();
function searchIndex(corpus: Corpus): { hay: string; hit: SearchHit }[] {
  let index = searchIndexes.get(corpus);
  if (index) return index;
  index = [];
  for (const holders of corpus.listsByRegion.values()) {
    for (const { act, list } of holders) {
      for (const row of list.rows) {
        const base = { region: list.region, act: act.id, row: row.id, section: row.section, disease: row.disease };
        index.push({ hay: haystack(row.disease.kk, row.disease.ru, row.disease.en, ...row.icd10.codes), hit: { ...base, item: null, matched: 'disease' } });
        for (const item of row.items) index.push({ hay: haystack(item.nameInAct, item.inn, item.names?.ru, item.names?.en), hit: { ...base, item: item.nameInAct, matched: 'item' } });
      }
    }
  }
  searchIndexes.set(corpus, index);
  return index;
}

/** Finds diseases, drugs, devices and products across every list, in any language. */
export function search(corpus: Corpus, text: string): SearchHit[] {
  const needle = tokens(text);
  if (needle.length === 0) throw new KepilError('bad_request', 'empty search text', [{ path: 'q', message: 'give at least one letter or digit' }]);
  const has = (hay: string): boolean => needle.every((t) => hay.includes(` ${t}`));
  return searchIndex(corpus)
    .filter((e) => has(e.hay))
    .map((e) => ({ ...e.hit }));
}


