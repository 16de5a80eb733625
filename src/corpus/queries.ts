// Read-only questions about the corpus. Each returns plain data; the CLI and the API render it.
import type { Act, ListRow, Names } from './schema.js';
import type { Corpus, ListHolder } from './corpus.js';
import { limitKey } from './corpus.js';
import { actInForce, type DateStatus } from './validity.js';
import { KepilError, issue } from './issues.js';
import { msg } from '../i18n/index.js';
import { actNames } from '../i18n/cite.js';
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
  /** `what` says what the linked act changed (the data's prose, rendered in the reader's language). */
  timeline: { event: string; what?: string; date: string | null; window?: { from: string; to: string | null }; act?: string }[];
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
    out.push({ event: l.event, what: l.what, act: l.act, date: l.effective?.exact ?? null, window: l.effective && !l.effective.exact ? { from: l.effective.earliest, to: l.effective.latest } : undefined });
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
      inForce: actInForce(act, date, corpus.presumeDays, (id) => actNames(corpus.acts.get(id), id)),
      timeline: timeline(act),
    }));
}

export { listStatus, listStanding, regionalListOn, checkRegion, type ListState, type ListStanding, type RegionalListOnDate } from './regional.js';
import { checkRegion, listStanding, type ListStanding } from './regional.js';

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

/** The ICD-10 names the corpus holds for a row's codes: a disease is found in any language. */
function icdNames(corpus: Corpus, codes: string[]): string[] {
  return codes.flatMap((c) => {
    const e = corpus.icd10.get(c);
    return e ? [e.name.kk, e.name.ru, e.name.en].filter((n): n is string => !!n) : [];
  });
}

const STANDING_ORDER: ListStanding['state'][] = ['in_force', 'in_force_presumed', 'uncertain', 'not_in_corpus', 'not_yet', 'repealed'];

type IndexEntry = { hay: string; holder: ListHolder; hit: Omit<SearchHit, 'status'> };

/** Every searchable text of the lists, tokenised once per corpus (it is immutable), in list order. */
const searchIndexes = new WeakMap<Corpus, IndexEntry[]>();
function searchIndex(corpus: Corpus): IndexEntry[] {
  let index = searchIndexes.get(corpus);
  if (index) return index;
  index = [];
  for (const holders of corpus.listsByRegion.values()) {
    for (const holder of holders) {
      const { act, list } = holder;
      for (const row of list.rows) {
        const base = { region: list.region, act: act.id, row: row.id, section: row.section, disease: row.disease, icd10: row.icd10.codes };
        // A disease is found by its ICD-10 names too, so a search in any language finds it (review M6).
        index.push({ hay: haystack(row.disease.kk, row.disease.ru, row.disease.en, ...row.icd10.codes, ...icdNames(corpus, row.icd10.codes)), holder, hit: { ...base, item: null, items: row.items.map((i) => i.nameInAct), matched: 'disease' } });
        for (const item of row.items) index.push({ hay: itemHaystack(item), holder, hit: { ...base, item: item.nameInAct, items: [item.nameInAct], matched: 'item' } });
      }
    }
  }
  searchIndexes.set(corpus, index);
  return index;
}

/** Finds diseases, drugs, devices and products across every list, in any language, each with its list's standing on `date`. */
export function search(corpus: Corpus, text: string, date: string): SearchHit[] {
  const needle = tokens(text);
  if (needle.length === 0) throw new KepilError('bad_request', msg('error.emptySearch'), [issue('q', msg('error.emptySearch.issue'))]);
  const standing = new Map<ListHolder, ListStanding>();
  const statusOf = (h: ListHolder): ListStanding => {
    let s = standing.get(h);
    if (!s) standing.set(h, (s = listStanding(corpus, h, date)));
    return s;
  };
  const hits = searchIndex(corpus)
    .filter((e) => textMatches(needle, e.hay))
    .map((e) => ({ ...e.hit, status: statusOf(e.holder) }));
  // Lists in force first: a repealed list's row is shown, but never as if it were current.
  return hits.sort((a, b) => STANDING_ORDER.indexOf(a.status.state) - STANDING_ORDER.indexOf(b.status.state));
}
