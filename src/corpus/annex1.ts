// Extracts annex 1 of the programme (inpatient limit volumes) from the act's exported text.
// The export breaks profile names across lines, separates thousands with spaces ("85 472") and,
// in the city tables, sometimes prints a row's figures in the middle of its name. This parser reads
// the figures back by trying every way to group the digit runs and keeping the grouping under which
// the act's own sums (total = children + adults) hold best; where more than one fits, it says so.
import type { LimitRow, Profile, Region } from './schema.js';
import { foldForQuote } from './normalize.js';
import { msg, schemaText, type Message, type Params } from '../i18n/index.js';

// Rendered in English for the corpus's string fields, and registered so messageOf renders them in kk, ru or en.
const tx = (id: string, params?: Params): string => schemaText(msg(id, params));

export const ALL_PROFILES = 'all_profiles';
/** Joins the export lines of a row whose figures are split by other text. */
export const QUOTE_GAP = ' … ';
const ALL_PROFILES_NAME = foldForQuote('Барлық бейіндер бойынша');

export interface Annex1Extraction {
  rows: LimitRow[];
  /** Structural failures (a missing or unknown row). Doubts about a row's figures go in its note. */
  problems: string[];
}

const COLUMNS = ['total', 'children', 'adults', 'ruralTotal', 'ruralChildren', 'ruralAdults'] as const;

function asColumns(values: (number | null)[], oblast: boolean): Pick<LimitRow, (typeof COLUMNS)[number]> {
  return {
    total: values[0] ?? null,
    children: values[1] ?? null,
    adults: values[2] ?? null,
    ruralTotal: oblast ? (values[3] ?? null) : null,
    ruralChildren: oblast ? (values[4] ?? null) : null,
    ruralAdults: oblast ? (values[5] ?? null) : null,
  };
}

interface Reading {
  values: (number | null)[];
  deviation: number;
}

const NUMBER_LINE = /^[\d*]+( [\d*]+)*$/;
const NAME_THEN_NUMBERS = /^(.*[^\d\s*])\s+([\d*]+(?: [\d*]+)*)$/;

/** Every way to read space-separated digit runs as `count` numbers with thousands groups. */
function groupings(tokens: string[], count: number): (number | null)[][] {
  const out: (number | null)[][] = [];
  const walk = (i: number, acc: (number | null)[]): void => {
    if (acc.length === count) {
      if (i === tokens.length) out.push([...acc]);
      return;
    }
    const first = tokens[i];
    if (first === undefined) return;
    if (first === '*') {
      walk(i + 1, [...acc, null]);
      return;
    }
    // "050" is a thousands group, never a number of its own.
    if (first.length > 1 && first.startsWith('0')) return;
    let digits = first;
    walk(i + 1, [...acc, Number(digits)]);
    // A leading group of 1–3 digits, not a lone zero, may continue with groups of exactly 3.
    if (first.length > 3 || first === '0') return;
    for (let j = i + 1; j < tokens.length && /^\d{3}$/.test(tokens[j] ?? ''); j++) {
      digits += tokens[j];
      walk(j + 1, [...acc, Number(digits)]);
    }
  };
  walk(0, []);
  return out;
}

function gap(total: number | null | undefined, a: number | null | undefined, b: number | null | undefined): number {
  if (total == null || a == null || b == null) return 0;
  return Math.abs(total - a - b);
}

function deviation(v: (number | null)[]): number {
  let d = gap(v[0], v[1], v[2]);
  if (v.length === 6) {
    d += gap(v[3], v[4], v[5]);
    const [total, , , rural] = v;
    if (total != null && rural != null && rural > total) d += 1_000_000;
  }
  return d;
}

/**
 * The best readings of a row's figures. When the export prints some of them after a piece of the
 * profile's name, those may belong to any column, so every placement of the later block is tried.
 */
function bestReadings(chunks: string[][], count: number): Reading[] {
  const [head = [], ...rest] = chunks;
  const tail = rest.flat();
  const orders = tail.length === 0 ? [head] : Array.from({ length: head.length + 1 }, (_, i) => [...head.slice(0, i), ...tail, ...head.slice(i)]);
  const readings = orders.flatMap((tokens) => groupings(tokens, count)).map((values) => ({ values, deviation: deviation(values) }));
  if (readings.length === 0) return [];
  const min = Math.min(...readings.map((r) => r.deviation));
  const seen = new Set<string>();
  return readings.filter((r) => r.deviation === min && !seen.has(r.values.join()) && seen.add(r.values.join()));
}

interface RegionState {
  region: Region;
  name: string;
  /** Figures read since the profile's name began; a row's figures may span lines. */
  chunks: string[][];
  quote: string[];
  seen: Set<string>;
  /** Rows whose figures fit more than one reading: settled against the region's all-profiles row. */
  open: { row: LimitRow; readings: Reading[] }[];
}

/** Parses annex 1 out of the programme's text. Pure: text in, rows and problems out. */
export function extractAnnex1(text: string, regions: Region[], profiles: Profile[]): Annex1Extraction {
  const start = text.indexOf('тәулік бойы стационардың шекті көлемі');
  const end = text.indexOf('Ескертпе:', start);
  if (start < 0 || end < 0) return { rows: [], problems: ['annex 1 not found in the text'] };
  const lines = text.slice(start, end).split('\n').map((l) => l.replace(/\s+/g, ' ').trim());

  const headings = new Map(regions.map((r) => [foldForQuote(r.annex1Heading), r]));
  const byName = new Map<string, string>([[ALL_PROFILES_NAME, ALL_PROFILES]]);
  for (const p of profiles) byName.set(foldForQuote(p.annex1Name), p.id);

  const rows: LimitRow[] = [];
  const problems: string[] = [];
  let state: RegionState | null = null;

  const emit = (s: RegionState, profile: string, values: (number | null)[], note?: string): LimitRow => {
    const oblast = s.region.kind === 'oblast';
    const row: LimitRow = { region: s.region.id, profile, ...asColumns(values, oblast), quote: s.quote.join(QUOTE_GAP) };
    if (note) row.note = note;
    if (s.seen.has(profile)) problems.push(`${s.region.id}/${profile}: row appears twice`);
    s.seen.add(profile);
    rows.push(row);
    s.name = '';
    s.chunks = [];
    s.quote = [];
    return row;
  };

  /** Emits the row once its name is whole and its figures read as a full row. */
  const tryEmit = (s: RegionState): void => {
    const profile = byName.get(s.name);
    if (!profile || s.chunks.length === 0) return;
    const readings = bestReadings(s.chunks, s.region.kind === 'oblast' ? 6 : 3);
    const first = readings[0];
    if (!first) return;
    const row = emit(s, profile, first.values);
    if (readings.length > 1) s.open.push({ row, readings });
  };

  /** Picks, for each doubtful row, the reading under which the region's all-profiles row adds up best. */
  const settle = (s: RegionState): void => {
    const mine = rows.filter((r) => r.region === s.region.id);
    const all = mine.find((r) => r.profile === ALL_PROFILES);
    for (const { row, readings } of s.open) {
      const score = (values: (number | null)[]): number => {
        Object.assign(row, asColumns(values, s.region.kind === 'oblast'));
        return all ? COLUMNS.reduce((sum, c) => sum + Math.abs((all[c] ?? 0) - mine.filter((r) => r !== all).reduce((t, r) => t + (r[c] ?? 0), 0)), 0) : 0;
      };
      const scored = readings.map((r) => ({ values: r.values, score: score(r.values) })).sort((a, b) => a.score - b.score);
      const best = scored[0]!;
      Object.assign(row, asColumns(best.values, s.region.kind === 'oblast'));
      const tied = scored.filter((r) => r.score === best.score).length > 1;
      // A message rendered in English: the generated file holds it in kk, ru and en (annex1-file.ts).
      const ways = readings.map((r) => r.values.join('/')).reduceRight<Message | string>((b, a) => (b === '' ? a : { id: 'annex1.note.or', params: { a, b } }), '');
      row.note = tx('annex1.note.split', { quote: row.quote, n: readings.length, readings: ways, choice: tied ? { id: 'annex1.note.tied' } : { id: 'annex1.note.kept', params: { values: best.values.join('/') } } });
    }
    s.open = [];
  };

  /** A row whose figures stop short: keep what the act prints, the rest unknown. */
  const flushShort = (s: RegionState): void => {
    const profile = byName.get(s.name);
    const tokens = s.chunks.flat();
    if (!profile) {
      problems.push(`${s.region.id}: figures "${tokens.join(' ')}" follow an unknown profile name "${s.name}"`);
      s.name = '';
      s.chunks = [];
      s.quote = [];
      return;
    }
    const count = s.region.kind === 'oblast' ? 6 : 3;
    emit(s, profile, tokens.map((t) => (t === '*' ? null : Number(t))), tx('annex1.note.short', { printed: tokens.length, count, figures: tokens.join(' ') }));
  };

  for (const line of lines) {
    if (line === '') continue;
    const heading = headings.get(foldForQuote(line));
    if (heading) {
      if (state) settle(state);
      state = { region: heading, name: '', chunks: [], quote: [], seen: new Set(), open: [] };
      continue;
    }
    // After a region's last row the export prints the next table's header: not a profile.
    if (!state || state.seen.size === profiles.length + 1) continue;
    let nameText = line;
    let numbers: string | null = null;
    if (NUMBER_LINE.test(line)) {
      nameText = '';
      numbers = line;
    } else {
      const m = NAME_THEN_NUMBERS.exec(line);
      if (m && m[1] && m[2]) {
        nameText = m[1];
        numbers = m[2];
      }
    }
    if (nameText && state.chunks.length > 0 && byName.has(state.name)) flushShort(state);
    if (nameText) state.name += foldForQuote(nameText);
    if (numbers !== null) {
      state.chunks.push(numbers.split(' '));
      state.quote.push(line);
    }
    tryEmit(state);
  }
  if (state) settle(state);
  for (const r of regions) {
    const got = rows.filter((row) => row.region === r.id).length;
    if (got !== profiles.length + 1) problems.push(`${r.id}: ${got} rows, expected ${profiles.length + 1}`);
  }
  return { rows, problems };
}
