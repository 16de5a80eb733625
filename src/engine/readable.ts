// What a reader reads of the readings (issue 16): each fact a reading rests on as a statement in
// words, the condition under which a text holds (the readings it appears in, merged where a fact's
// every value is there), and who holds a list a person cannot check. Ids stay beside the words.
import { CATALOG, msg, proseOf, render, type Message, type Names, type Text } from '../i18n/index.js';
import { actNames, citeLabel } from '../i18n/cite.js';
import type { Engine } from './compile.js';
import type { Unknown } from './facts.js';

/** A fact of a reading: the request field and value (ids) and the statement they make. */
export interface FactWords {
  field: string;
  value: string;
  text: string;
  message: Message;
}

/** Under which readings a text holds: in words, and as the sets of facts (any one of them suffices). */
export interface When {
  text: string;
  message: Message;
  readings: { field: string; value: string }[][];
}

// Values that are classes of request values ("a|b") or internal names, as the catalogue keys them.
const VALUE_KEYS: Record<string, Record<string, string>> = {
  'person.residency': { 'citizen|kandas|refugee|foreign_permanent|stateless_permanent': 'gvfmc' },
  'person.residency.class': { 'refugee|foreign_permanent|stateless_permanent': 'refugee' },
  'care.form': { 'emergency|urgent': 'emergency_urgent', 'urgent|planned': 'urgent_planned' },
  'person.categories': { a_p55_group: 'group' },
};

const memo = new WeakMap<Unknown, Map<string, { message: Message; text: string }>>();

/** The statement a fact's value makes ("there is no referral", "p.33.3 — <the reading>"), with its English: made once per fact and value. */
export function factWords(e: Engine, u: Unknown, value: string): { message: Message; text: string } {
  let byValue = memo.get(u);
  if (!byValue) memo.set(u, (byValue = new Map()));
  let w = byValue.get(value);
  if (!w) {
    const message = makeFactMessage(e, u, value);
    byValue.set(value, (w = { message, text: render(message, 'en') }));
  }
  return w;
}

export const factMessage = (e: Engine, u: Unknown, value: string): Message => factWords(e, u, value).message;

/** A reading of an open text in the data's words (its note, in kk, ru and en). */
export function readingWords(e: Engine, u: Unknown, value: string): Message {
  const i = e.interpretations.get(u.id.slice('interpretation:'.length));
  const note = i?.readings.find((r) => r.value === value)?.note;
  return note ? (proseOf(note) ?? msg('data.prose', { text: { kk: note, ru: note, en: note } })) : msg('data.prose', { text: { kk: value, ru: value, en: value } });
}

function makeFactMessage(e: Engine, u: Unknown, value: string): Message {
  const params = u.text.params;
  if (u.kind === 'interpretation') return msg('readable.fact.interpretation', { question: u.text, reading: readingWords(e, u, value) });
  if (u.kind === 'list') return msg(`readable.fact.list.${value}`, params);
  if (u.id.startsWith('publication:')) return msg(`readable.fact.publication.${value}`, params);
  const id = `readable.fact.${u.id}.${VALUE_KEYS[u.id]?.[value] ?? value}`;
  if (CATALOG[id]) return msg(id, params);
  return msg(`readable.fact.any.${value === 'true' ? 'true' : 'false'}`, { question: u.text });
}

/** An act as a person names it ("Маңғыстау облыстық мәслихатының 29.03.2022 № 9/112 шешімі"), in the three languages. */
export const actName = (e: Engine, id: string): Names | string => actNames(e.corpus.acts.get(id), id);

// A row of a list as a person cites it: the act's label and the point ("…, annex 1, section 1, row 13"), made once per row.
const ROW_NAMES = new WeakMap<object, Names>();

/** A list row as a person cites it, in the three languages. */
export function rowName(e: Engine, source: { act: string; point: string }): Names {
  let n = ROW_NAMES.get(source);
  if (!n) {
    const act = e.corpus.acts.get(source.act);
    ROW_NAMES.set(source, (n = { kk: citeLabel(act, source.act, source.point, 'kk'), ru: citeLabel(act, source.act, source.point, 'ru'), en: citeLabel(act, source.act, source.point, 'en') }));
  }
  return n;
}

/** A list's name in words: the catalogue's, or the region's for a regional list. */
export function listName(e: Engine, id: string): Text {
  if (id.startsWith('regional-list:')) {
    const region = e.corpus.regions.get(id.slice('regional-list:'.length) as never);
    return msg('readable.list.regional', { region: region?.name ?? id.slice('regional-list:'.length) });
  }
  if (id.startsWith('unnamed-item:')) {
    const source = rowSources(e).get(id.slice('unnamed-item:'.length));
    if (source) return msg('ids.list.unnamed', { row: rowName(e, source), rowId: id.slice('unnamed-item:'.length) });
  }
  return CATALOG[`readable.list.${id}`] ? msg(`readable.list.${id}`) : id;
}

// Each regional list row's source by row id, per engine: made once.
const ROW_SOURCES = new WeakMap<Engine, Map<string, { act: string; point: string }>>();
function rowSources(e: Engine): Map<string, { act: string; point: string }> {
  let m = ROW_SOURCES.get(e);
  if (!m) {
    ROW_SOURCES.set(e, (m = new Map()));
    for (const lists of e.lists.values()) for (const l of lists) for (const row of l.holder.list.rows) m.set(row.id, row.source);
  }
  return m;
}

/** Who settles a list or a reading a person cannot answer, in words. */
export function authorityOf(e: Engine, u: Unknown): Message | undefined {
  if (u.kind === 'interpretation') return msg('readable.authority.reading');
  if (u.kind !== 'list') return undefined;
  const list = listName(e, u.id);
  if (u.id.startsWith('regional-list:')) return msg('readable.authority.maslikhat', { list });
  if (u.id === 'gov-1086-item-2') return msg('readable.authority.government', { list });
  return msg('readable.authority.ministry', { list });
}

/** Facts joined by "and", or the reading with no open fact. */
export function allOf(ms: Text[]): Text {
  if (ms.length === 0) return msg('readable.always');
  return ms.reduceRight((b, a) => msg('readable.and', { a, b }));
}

const anyOf = (ms: Text[]): Text => ms.reduceRight((b, a) => msg('readable.or', { a, b }));

/** A term: a value for some of the columns (undefined: not asked, so any). */
type Term = (string | undefined)[];

/**
 * The condition under which a set of readings holds, as few terms as merging finds: terms that
 * differ only in one fact, together taking all its values, become one without it; a term that
 * another's facts include is dropped. `values[c]` is column c's values.
 */
export function simplify(rows: Term[], values: (readonly string[])[]): Term[] {
  // One reading has nothing to merge with (the most common case: a reason of one reading).
  if (rows.length === 1) return [rows[0]!];
  let terms = rows.map((r) => [...r]);
  // A term's key leaving out column c: the terms of one group differ only there.
  const keyOf = (t: Term, c: number): string => {
    let k = '';
    for (let i = 0; i < t.length; i++) k += i === c ? '\u0001' : `${t[i] ?? '\u0000'}\u0001`;
    return k;
  };
  for (let changed = true; changed; ) {
    changed = false;
    for (let c = 0; c < values.length; c++) {
      const groups = new Map<string, { term: Term; seen: Set<string> }>();
      const keys = terms.map((t) => (t[c] === undefined ? null : keyOf(t, c)));
      terms.forEach((t, i) => {
        const key = keys[i];
        if (key === null || key === undefined) return;
        const g = groups.get(key) ?? { term: t, seen: new Set<string>() };
        g.seen.add(t[c]!);
        groups.set(key, g);
      });
      const full = new Set<string>();
      for (const [key, g] of groups) if (values[c]!.every((v) => g.seen.has(v))) full.add(key);
      if (full.size === 0) continue;
      const next = terms.filter((_, i) => keys[i] === null || !full.has(keys[i]!));
      for (const key of full) next.push(groups.get(key)!.term.map((v, i) => (i === c ? undefined : v)));
      terms = next;
      changed = true;
    }
  }
  // A term whose every fact another term also fixes is implied by it: keep the weaker.
  const uniq = [...new Map(terms.map((t) => [t.map((v) => v ?? '\u0000').join('\u0001'), t])).values()];
  const implies = (a: Term, b: Term) => b.every((v, i) => v === undefined || a[i] === v);
  return uniq.filter((t, i) => !uniq.some((o, j) => j !== i && implies(t, o)));
}

/** The readings' condition in words and as data; null where it holds in every reading. */
/** `short`, where given, says it instead of the readings' facts (which stay in `readings`). */
export function whenOf(terms: Term[], unknowns: Unknown[], words: (u: Unknown, value: string) => Message, short?: Message): When | null {
  if (terms.length === 0 || terms.some((t) => t.every((v) => v === undefined))) return null;
  const readings = terms.map((t) => t.flatMap((v, c) => (v === undefined ? [] : [{ field: unknowns[c]!.field, value: v }])));
  const message = short ?? msg('readable.if', { cond: anyOf(terms.map((t) => allOf(t.flatMap((v, c) => (v === undefined ? [] : [words(unknowns[c]!, v)]))))) });
  return { text: render(message, 'en'), message, readings };
}
