// Read-only questions about the corpus. Each returns plain data; the CLI and the API render it.
import type { Act, ListRow, Names } from './schema.js';
import type { Corpus } from './corpus.js';
import { limitKey } from './corpus.js';
import { actInForce, type DateStatus } from './validity.js';
import { KepilError } from './issues.js';
import { tokens } from './match.js';
import { haystack, itemHaystack, textMatches } from './regional.js';

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

export { listStatus, regionalListOn, checkRegion, type ListState, type RegionalListOnDate } from './regional.js';
import { checkRegion } from './regional.js';

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

/** Every searchable text of the lists, tokenised once per corpus (it is immutable), in list order; item names as the regional-list module reads them. */
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
        for (const item of row.items) index.push({ hay: itemHaystack(item), hit: { ...base, item: item.nameInAct, matched: 'item' } });
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
  const has = (hay: string): boolean => textMatches(needle, hay);
  return searchIndex(corpus)
    .filter((e) => has(e.hay))
    .map((e) => ({ ...e.hit }));
}


