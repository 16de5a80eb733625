// The regional supplementary lists: which wording is in force in a region on a date, and which of
// its items a name refers to. The one module the eligibility rule, the list query (`kepil regional`,
// GET /regional/:region), `search` and entitlements all use, so they cannot disagree (audit F5, F13).
import type { ListItem, ListRow, RegionalList } from './schema.js';
import type { Corpus, ListHolder } from './corpus.js';
import { actInForce, both, reached, type DateStatus } from './validity.js';
import { KepilError, issue } from './issues.js';
import { joined, msg, proseOf, render, type Message } from '../i18n/index.js';
import { actNames } from '../i18n/cite.js';
import { nameKey, tokens } from './match.js';

/** 'none' is kept for compatibility: the sources never prove a region has no list, so it is not produced. */
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
  /** When the state is uncertain: the act whose publication date would settle it. */
  pending?: string;
  /** The region's standing on the date, as every interface names it (in force from D, repealed on D, no list held). */
  standing: RegionStanding;
}

/**
 * A region's standing on a date, from the act files (the one source): a list in force from D (with the
 * publication premise where it rests on it), not known (an open window), repealed from D, not yet in
 * force, its wording not held, or no list held — Kepil holds no text, which is not "the region has none".
 */
export interface RegionStanding {
  state: 'in_force' | 'in_force_presumed' | 'uncertain' | 'repealed' | 'not_yet' | 'wording_not_held' | 'no_list_held';
  act: string | null;
  /** in force: the date the wording is in force from (exact, or the earliest); repealed: the repeal's; not yet: the first date. */
  date?: string;
  /** True when the date is the earliest of an open window (no exact date in the sources). */
  earliest?: boolean;
  /** True when the state rests on the publication premise (publication.window_days). */
  presumed: boolean;
  /** For no list held: the pages the search found (data/reference/regional-search.json), none of them a list. */
  pages: { kind: 'primary' | 'secondary'; url: string; title: string }[];
  message: Message;
  text: string;
}

const RANK: RegionStanding['state'][] = ['in_force', 'in_force_presumed', 'uncertain', 'repealed', 'not_yet', 'wording_not_held'];

function fromOf(eff: { exact: string | null; earliest: string }): { date: string; earliest: boolean; from: Message } {
  return eff.exact ? { date: eff.exact, earliest: false, from: msg('region.from.exact', { date: eff.exact }) } : { date: eff.earliest, earliest: true, from: msg('region.from.earliest', { date: eff.earliest }) };
}

function holderStanding(corpus: Corpus, holder: ListHolder, date: string): Omit<RegionStanding, 'text' | 'pages'> {
  const act = holder.act.id;
  // The act in words in the texts; its id stays in `act` and in the messages' `actId`.
  const name = actNames(holder.act, act);
  const s = listStatus(corpus, holder, date);
  const days = corpus.presumeDays;
  const wording = fromOf(holder.list.effective);
  if (s.state === 'yes') {
    const id = s.presumed ? 'region.standing.in_force_presumed' : 'region.standing.in_force';
    return { state: s.presumed ? 'in_force_presumed' : 'in_force', act, date: wording.date, earliest: wording.earliest, presumed: s.presumed, message: msg(id, { date, act: name, actId: act, from: wording.from, days }) };
  }
  if (s.state === 'uncertain') return { state: 'uncertain', act, presumed: false, message: msg('region.standing.uncertain', { date, act: name, actId: act, reason: s.message }) };
  const repeal = holder.act.life.repealedBy ?? corpus.acts.get(holder.list.annexOf)?.life.repealedBy ?? null;
  if (repeal?.effective && date >= repeal.effective.earliest) {
    const r = fromOf(repeal.effective);
    // Past an open window the repeal is presumed in effect: the premise is said with it.
    const presumed = !repeal.effective.exact;
    const id = presumed ? 'region.standing.repealed_presumed' : 'region.standing.repealed';
    return { state: 'repealed', act, date: r.date, earliest: r.earliest, presumed, message: msg(id, { act: name, actId: act, from: r.from, repeal: actNames(corpus.acts.get(repeal.act), repeal.act), repealId: repeal.act, days }) };
  }
  if (date < holder.list.effective.earliest) return { state: 'not_yet', act, date: wording.date, earliest: wording.earliest, presumed: false, message: msg('region.standing.not_yet', { act: name, actId: act, date, from: wording.from }) };
  return { state: 'wording_not_held', act, presumed: false, message: msg('region.standing.wording_not_held', { act: name, actId: act, date }) };
}

/** The region's standing on a date: the best of its held lists, or no list held (with what the search found). */
export function regionStanding(corpus: Corpus, region: string, date: string): RegionStanding {
  checkRegion(corpus, region);
  const holders = corpus.listsByRegion.get(region) ?? [];
  if (holders.length === 0) return noListHeld(corpus, region);
  const best = holders.map((h) => holderStanding(corpus, h, date)).sort((a, b) => RANK.indexOf(a.state) - RANK.indexOf(b.state))[0]!;
  return { ...best, pages: [], text: render(best.message, 'en') };
}

// "No list held" does not depend on the date: built once per corpus and region (compare asks it for every region).
const unheld = new WeakMap<Corpus, Map<string, RegionStanding>>();

function noListHeld(corpus: Corpus, region: string): RegionStanding {
  let memo = unheld.get(corpus);
  if (!memo) unheld.set(corpus, (memo = new Map()));
  let s = memo.get(region);
  if (!s) memo.set(region, (s = buildNoListHeld(corpus, region)));
  return s;
}

function buildNoListHeld(corpus: Corpus, region: string): RegionStanding {
  const found = corpus.regionalSearch.get(region)?.found ?? [];
  const pages = found.map((f) => ({ kind: f.page.kind, url: f.page.url, title: f.page.title }));
  const name = corpus.regions.get(region)!.name;
  const m = found.length
    ? msg('region.standing.no_list_held_found', {
        region: name,
        searched: corpus.regionalSearchDate ?? '',
        pages: joined(found.map((f) => msg('region.page', { what: proseOf(f.what) ?? f.what, kind: msg(`region.page.${f.page.kind}`), url: f.page.url })), 'semicolon'),
      })
    : msg('region.standing.no_list_held', { region: name });
  return { state: 'no_list_held', act: null, presumed: false, pages, message: m, text: render(m, 'en') };
}

/** An act's name in words, from the corpus (its id where the corpus does not hold it). */
const nameIn = (corpus: Corpus) => (id: string) => actNames(corpus.acts.get(id), id);

/** Is this wording of a list in force: the wording effective, and the act it belongs to not repealed. */
export function listStatus(corpus: Corpus, holder: ListHolder, date: string): DateStatus {
  // The wording's date is the restating act's: name it when its publication date is what is missing.
  const restating = [...holder.act.life.restatedBy, ...holder.act.life.amendedBy].find((l) => l.effective && l.effective.earliest === holder.list.effective.earliest && l.effective.exact === holder.list.effective.exact);
  const wording = { ...reached(holder.list.effective, date, corpus.presumeDays), pending: restating?.act ?? holder.act.id };
  const base = corpus.acts.get(holder.list.annexOf);
  const holderStatus = actInForce(holder.act, date, corpus.presumeDays, nameIn(corpus));
  return both(wording, base && base !== holder.act ? both(holderStatus, actInForce(base, date, corpus.presumeDays, nameIn(corpus))) : holderStatus);
}

export function checkRegion(corpus: Corpus, region: string, field = 'region'): void {
  if (!corpus.regions.has(region)) {
    throw new KepilError('bad_request', msg('error.unknownRegion', { value: region }), [issue(field, msg('error.oneOf', { values: [...corpus.regions.keys()].join(', ') }))]);
  }
}

/**
 * The region's list on a date. Held and in force, uncertain (an unknown publication date), or not in
 * the corpus: no decision held, a date before the held wording, or after a repeal whose successor the
 * sources do not hold — a repeal proves only that *that* list ended (F13).
 */
export function regionalListOn(corpus: Corpus, region: string, date: string): RegionalListOnDate {
  const standing = regionStanding(corpus, region, date);
  const holders = corpus.listsByRegion.get(region) ?? [];
  const empty = { region, date, act: null, list: null, status: null, notes: [], standing };
  // No text held: the standing says so, and names the pages the search found (none of them a list).
  if (holders.length === 0) return { ...empty, state: 'not_in_corpus', reason: standing.text, message: standing.message };
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
      ...(pick.s.state === 'uncertain' ? { pending: pick.s.pending ?? pick.h.act.id } : {}),
      standing,
    };
  }
  const first = judged[0]!;
  const repeal = judged.map((j) => j.h.act.life.repealedBy ?? corpus.acts.get(j.h.list.annexOf)?.life.repealedBy).find((r) => r);
  const before = date < first.h.list.effective.earliest;
  const eff = first.h.list.effective;
  const from = eff.exact ? msg('list.from.exact', { date: eff.exact }) : msg('list.from.earliest', { date: eff.earliest });
  const m =
    repeal && !before
      ? msg('list.repealedSuccessorUnknown', { held: actNames(first.h.act, first.h.act.id), heldId: first.h.act.id, reason: first.s.message, repeal: actNames(corpus.acts.get(repeal.act), repeal.act), repealId: repeal.act, region: corpus.regions.get(region)!.name, date })
      : msg('list.wordingNotHeld', { date, from, reason: first.s.message });
  return { ...empty, state: 'not_in_corpus', act: first.h.act.id, status: first.s, reason: render(m, 'en'), message: m };
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

// --- item names ---

/** A row and one of its items. */
export interface RowItem {
  row: ListRow;
  item: ListItem;
}

export function haystack(...texts: (string | null | undefined)[]): string {
  return ` ${texts.filter(Boolean).map((t) => tokens(t!).join(' ')).join(' ')} `;
}

const haystacks = new WeakMap<ListItem, string>();
/** An item's names as one string of word stems, computed once per item. */
export function itemHaystack(item: ListItem): string {
  let h = haystacks.get(item);
  if (h === undefined) haystacks.set(item, (h = haystack(item.nameInAct, item.inn, item.names?.ru, item.names?.en)));
  return h;
}

/** Every word of the needle starts a word of the haystack (the `search` rule). */
export function textMatches(needle: string[], hay: string): boolean {
  return needle.every((t) => hay.includes(` ${t}`));
}

/**
 * The named items a text refers to. An exact name key first (`keys`, precompiled by the engine);
 * otherwise every item whose names contain each word of the text, as `search` finds them, so a plain
 * INN ("Эноксапарин") or a brand ("Пульмозим") finds "Натрий эноксапарині" or "Пульмозим (Дорназа-альфа)".
 */
export function findItems(list: RegionalList, text: string, keys?: Map<string, RowItem[]>): RowItem[] {
  // Remembered per list (with its keys) and text: the engine asks the same item in every reading of a request.
  const owner = keys ?? list;
  let memo = found.get(owner);
  if (!memo) found.set(owner, (memo = new Map()));
  let hit = memo.get(text);
  if (!hit) {
    if (memo.size > 10_000) memo.clear();
    memo.set(text, (hit = scanItems(list, text, keys)));
  }
  return hit;
}

const found = new WeakMap<object, Map<string, RowItem[]>>();

function scanItems(list: RegionalList, text: string, keys?: Map<string, RowItem[]>): RowItem[] {
  const exact = keys?.get(nameKey(text));
  if (exact && exact.length > 0) return exact;
  const needle = tokens(text);
  if (needle.length === 0) return [];
  const out: RowItem[] = [];
  for (const row of list.rows) for (const item of row.items) if (item.named && textMatches(needle, itemHaystack(item))) out.push({ row, item });
  return out;
}
