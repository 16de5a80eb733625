// The annex: its heading, and its rows read cell by cell from the export's blocks. What the layout
// leaves doubtful is recorded against the row, never settled by guessing.
import type { Doc } from './header.js';
import { blocksOf, cellText, quoteText, importError, type TextLang } from './text.js';

export type Section = 'drugs' | 'devices' | 'nutrition';
export const SECTIONS: Section[] = ['drugs', 'devices', 'nutrition'];

export interface Cell {
  text: string;
  quote: string;
  line: number;
}

export type DoubtKind = 'spill_from_previous' | 'spill_into_next' | 'page_break' | 'foreign_cell' | 'missing_cells' | 'section_inferred' | 'heading_in_row';

export interface Doubt {
  kind: DoubtKind;
  /** The field the doubt is about; 'row' where the whole row's cells are in doubt. */
  field: 'row' | 'section';
  line: number;
  quote: string;
}

export interface ParsedItem {
  name: string;
  form: string | null;
  named: boolean;
  cell: Cell;
}

export interface ParsedRow {
  section: Section;
  /** The section's number as printed (1, 2, 3); for a section whose heading is lost, the next in order. */
  sectionNumber: number;
  number: string;
  disease: Cell | null;
  population: Cell | null;
  indication: Cell | null;
  items: ParsedItem[];
  line: number;
  doubts: Doubt[];
}

export interface Annex {
  number: string | null;
  heading: Cell;
  rows: ParsedRow[];
  /** Written as numbered sentences, not as a table (Karaganda). */
  enumerated: boolean;
  /** 0-based line index range the annex spans. */
  from: number;
  to: number;
}

const SECTION_HEADING = /^\s*([1-3])\.\s+(.*)$/;
const SECTION_OF: [RegExp, Section][] = [
  [/дәрілік\s+зат|лекарственн/iu, 'drugs'],
  [/медициналық\s+бұйым|медицинск\p{L}*\s+издели/iu, 'devices'],
  [/емдік\s+өнім|тамақтану|лечебн\p{L}*\s+продукт|питани/iu, 'nutrition'],
];

// A population cell begins with the dispensary register or an age, and ends with the group's noun.
const POP_START = /(Диспансерлік(?:\s+есепте|\s*$)|\d+\s+жасқа\s+дейінгі|Состоящ\p{L}*\s+на\s+диспансерном|Все\s+категории|Дети|Взрослые|Беременные)/u;
const POP_END = /(санаттары|балалар|ересектер|нәрестелер|әйелдер(?!\s+және)|граждан|лет|взрослые|дети(?!\s+до\s+\d)|женщины(?!\s+и))(?=[\s,.;]|$)/iu;
const INDICATION_LIKE = /(сатылар|сатысы|дәреже|терапияға|емдеуге|көтерал|фазада|жағдайында|жауап\s+бермейтін|стади|степен|терапи)/iu;
const FORM_WORD = /\s(таблетка|таблеткалар|капсула|инъекцияға|ерітінді|жақпа|крем|суппозиторий|ұнтақ|аэрозоль|шәрбат|тамшы|спрей|лиофилизат|раствор|таблетки|капсулы|мазь)(?=[\s,]|$)/iu;
// The category phrases the table's own column heading uses: they name no product.
const GENERIC = /^(?:(?:арнайы|мамандандырылған)\s+емдік\s+(?:тамақтану|өнімдер)|дәрілік\s+зат|медициналық\s+бұйымдар|специализированн\p{L}*\s+лечебн\p{L}*\s+продукт\p{L}*|лечебное\s+питание)$/iu;

const startsLower = (s: string): boolean => /^\p{Ll}/u.test(s.trim()) || /^[,.;)]/.test(s.trim());

/** Finds the annex that holds the list: its marker line, its heading block, its end. */
export function findAnnexes(doc: Doc): { number: string | null; markerLine: number }[] {
  const out: { number: string | null; markerLine: number }[] = [];
  doc.lines.forEach((l, i) => {
    const m = /^(?:\s*|.*\sшешім\p{L}*\s+)(?:шешім\p{L}*\s+)?(?:(\d+)-)?қосымша\s*$/u.exec(l) ?? /^\s*Приложение\s*(\d+)?\s*(?:к\s+решению)?\s*$/u.exec(l);
    if (m) out.push({ number: m[1] ?? null, markerLine: i });
  });
  return out;
}

export function readAnnex(doc: Doc, marker: { number: string | null; markerLine: number }, end: number): Annex {
  const blocks = blocksOf(doc.lines, marker.markerLine + 1, end);
  const headingBlock = blocks.find((b) => !/^\s*(Ескерту|Сноска)/.test(b.lines[0]!));
  if (!headingBlock) throw importError('import.error.noTable', marker.markerLine + 1);
  const heading = cellOf(headingBlock.lines.join('\n'), headingBlock.line, doc.lang);
  const enumerated = readEnumerated(doc, marker.markerLine + 1, end);
  const rows = enumerated ?? readRows(doc, marker.markerLine + 1, end);
  return { number: marker.number, heading, rows, enumerated: enumerated !== null, from: marker.markerLine, to: end };
}

function cellOf(raw: string, line: number, lang: TextLang): Cell {
  return { text: cellText(raw, lang), quote: quoteText(raw), line };
}

interface Piece {
  raw: string;
  line: number;
  afterBreak: boolean;
}

/** Splits a block's text at `at` into two pieces, each with its own first line. */
function split(p: Piece, at: number): [Piece, Piece] {
  const before = p.raw.slice(0, at);
  const lines = (before.match(/\n/g) ?? []).length;
  return [
    { raw: before, line: p.line, afterBreak: p.afterBreak },
    { raw: p.raw.slice(at), line: p.line + lines, afterBreak: false },
  ];
}

function readRows(doc: Doc, from: number, to: number): ParsedRow[] {
  const blocks = blocksOf(doc.lines, from, to);
  const rows: ParsedRow[] = [];
  let section: Section | null = null;
  let sectionNumber = 0;
  let expected = 1;
  let style: ')' | '' | null = null;
  let row: { head: Piece; pieces: Piece[] } | null = null;
  const groups: { section: Section; sectionNumber: number; number: string; head: Piece; pieces: Piece[]; inferred: Piece | null }[] = [];
  let inferred: Piece | null = null;
  let tableSeen = false;
  for (const b of blocks) {
    const raw = b.lines.join('\n');
    const piece: Piece = { raw, line: b.line, afterBreak: b.afterBreak };
    const h = SECTION_HEADING.exec(b.lines[0]!);
    const sec = h ? SECTION_OF.find(([re]) => re.test(raw))?.[1] : undefined;
    if (h && sec && /(шеңберіндегі|тегін|в\s+рамках|бесплатн|заттар|бұйымдар|өнімдер|средств|издели|продукт)/iu.test(raw) && raw.length < 400) {
      section = sec;
      sectionNumber = Number(h[1]);
      expected = 1;
      row = null;
      tableSeen = true;
      inferred = null;
      continue;
    }
    if (!section) continue;
    const n = /^\s*(\d{1,3})(\)?)(?=\s|$)/.exec(raw);
    const isStart = n && Number(n[1]) === expected && (style === null || n[2] === style);
    const isRestart = n && Number(n[1]) === 1 && expected > 1 && (style === null || n[2] === style) && !POP_START.test(raw.slice(n[0].length, n[0].length + 40)) && SECTIONS.indexOf(section) < SECTIONS.length - 1;
    if (isStart || isRestart) {
      if (isRestart && !isStart) {
        // The next section's heading is lost in the export: the rows restart at 1.
        section = SECTIONS[SECTIONS.indexOf(section) + 1]!;
        sectionNumber++;
        inferred = piece;
      }
      style ??= n![2] as ')' | '';
      expected = Number(n![1]) + 1;
      row = { head: piece, pieces: [] };
      groups.push({ section, sectionNumber, number: n![1]!, head: piece, pieces: row.pieces, inferred });
      continue;
    }
    // A row number that skips ahead: the rows between are lost in the export, and every row after
    // would be read into the wrong row. Refuse rather than misalign.
    if (n && style !== null && n[2] === style && Number(n[1]) > expected && Number(n[1]) <= expected + 3 && !POP_START.test(raw) && /^\s*\d{1,3}\)?\s*\p{Lu}/u.test(raw)) {
      throw importError('import.error.rowGap', b.line, { n: n[1]!, expected });
    }
    if (row) row.pieces.push(piece);
  }
  if (!tableSeen) {
    const first = blocks[0];
    throw importError('import.error.noTable', first ? first.line : from + 1);
  }
  for (let g = 0; g < groups.length; g++) {
    const grp = groups[g]!;
    rows.push(readRow(doc.lang, grp.section, grp.sectionNumber, grp.number, grp.head, grp.pieces, grp.inferred));
  }
  // A page break right before a row: the previous row's last items, or this row's first cells, may be misplaced.
  for (let g = 1; g < groups.length; g++) {
    if (groups[g]!.head.afterBreak && rows[g - 1]!.section === rows[g]!.section) {
      const d: Doubt = { kind: 'page_break', field: 'row', line: groups[g]!.head.line, quote: quoteText(groups[g]!.head.raw).slice(0, 80) };
      addDoubt(rows[g - 1]!, d);
      addDoubt(rows[g]!, d);
    }
  }
  // A doubt about a spill touches the row it spills from or into as well.
  for (let i = 0; i < rows.length; i++) {
    for (const d of [...rows[i]!.doubts]) {
      if (d.kind === 'spill_from_previous' && i > 0 && rows[i - 1]!.section === rows[i]!.section) addDoubt(rows[i - 1]!, { ...d, kind: 'spill_into_next' });
      if (d.kind === 'foreign_cell' && trailing.has(d) && rows[i + 1]) addDoubt(rows[i + 1]!, { ...d, kind: 'spill_from_previous' });
    }
  }
  return rows;
}

/** Doubts about cells printed at a row's end that may open the next row. */
const trailing = new WeakSet<Doubt>();

function addDoubt(row: ParsedRow, d: Doubt): void {
  if (!row.doubts.some((x) => x.kind === d.kind && x.line === d.line && x.field === d.field)) row.doubts.push({ kind: d.kind, field: d.field, line: d.line, quote: d.quote });
}

function readRow(lang: TextLang, section: Section, sectionNumber: number, number: string, head: Piece, rest: Piece[], inferred: Piece | null): ParsedRow {
  const doubts: Doubt[] = [];
  const row: ParsedRow = { section, sectionNumber, number, disease: null, population: null, indication: null, items: [], line: head.line, doubts };
  if (inferred) doubts.push({ kind: 'section_inferred', field: 'section', line: inferred.line, quote: quoteText(inferred.raw).slice(0, 80) });
  const numberLen = /^\s*\d{1,3}\)?/.exec(head.raw)![0].length;
  const queue: Piece[] = [];
  const afterNumber = head.raw.slice(numberLen);
  if (afterNumber.trim()) queue.push({ raw: afterNumber, line: head.line + ((head.raw.slice(0, numberLen).match(/\n/g) ?? []).length), afterBreak: false });
  queue.push(...rest);

  // Disease: from the number to the population cell's start.
  let disease = '';
  let diseaseLine = head.line;
  let i = 0;
  for (; i < queue.length; i++) {
    const p = queue[i]!;
    const m = POP_START.exec(p.raw);
    if (m) {
      if (m.index > 0 && p.raw.slice(0, m.index).trim()) {
        const [a, b] = split(p, m.index);
        disease += (disease ? '\n' : '') + a.raw;
        if (!disease.trim()) diseaseLine = a.line;
        queue[i] = b;
      }
      break;
    }
    if (!disease.trim()) diseaseLine = p.line;
    disease += (disease ? '\n' : '') + p.raw;
    if (p.afterBreak) doubts.push({ kind: 'page_break', field: 'row', line: p.line, quote: quoteText(p.raw).slice(0, 80) });
  }
  if (disease.trim()) row.disease = cellOf(disease.trim(), diseaseLine, lang);
  if (row.disease && startsLower(row.disease.quote)) doubts.push({ kind: 'spill_from_previous', field: 'row', line: row.disease.line, quote: row.disease.quote.slice(0, 80) });

  // Population: from its start to its noun, across blocks where a block ends mid-phrase.
  let indicationHead: Piece | null = null;
  if (i < queue.length) {
    let pop = '';
    const line = queue[i]!.line;
    for (; i < queue.length; i++) {
      const p = queue[i]!;
      if (pop && !startsLower(p.raw)) break;
      const end = POP_END.exec(p.raw);
      if (end) {
        const cut = end.index + end[0].length;
        pop += (pop ? '\n' : '') + p.raw.slice(0, cut);
        const restText = p.raw.slice(cut);
        if (restText.trim()) indicationHead = split(p, cut)[1];
        i++;
        break;
      }
      pop += (pop ? '\n' : '') + p.raw;
    }
    row.population = cellOf(pop.trim(), line, lang);
  }

  // Indication: the next cell; where it began on the population's line, the lower-case block after it continues it.
  let ind: Piece | null = indicationHead;
  if (ind) {
    while (i < queue.length && startsLower(queue[i]!.raw) && !queue[i]!.afterBreak) {
      ind = { raw: `${ind.raw}\n${queue[i]!.raw}`, line: ind.line, afterBreak: false };
      i++;
    }
  } else if (i < queue.length && row.population) {
    ind = queue[i]!;
    if (startsLower(ind.raw)) doubts.push({ kind: 'spill_from_previous', field: 'row', line: ind.line, quote: quoteText(ind.raw).slice(0, 80) });
    i++;
  }
  if (ind) row.indication = cellOf(ind.raw.trim(), ind.line, lang);

  // Items: each remaining block, unless it is a cell of another column or a continuation.
  const itemsFrom = i;
  for (; i < queue.length; i++) {
    const p = queue[i]!;
    // A page break among the items, with no row number after it, keeps them in this row.
    const q = quoteText(p.raw);
    if (startsLower(p.raw)) {
      // At the head of the items it continues the previous row's last cell; later, the cell before it.
      const first = i === itemsFrom;
      const d: Doubt = { kind: first ? 'spill_from_previous' : 'foreign_cell', field: 'row', line: p.line, quote: q.slice(0, 80) };
      doubts.push(d);
      if (!first && queue.slice(i + 1).every((x) => startsLower(x.raw) || POP_START.test(x.raw) || INDICATION_LIKE.test(x.raw))) trailing.add(d);
      continue;
    }
    if (POP_START.test(p.raw) || (INDICATION_LIKE.test(p.raw) && !FORM_WORD.test(` ${p.raw}`) && section === 'drugs')) {
      const d: Doubt = { kind: 'foreign_cell', field: 'row', line: p.line, quote: q.slice(0, 80) };
      doubts.push(d);
      // Cells of another column after the last item belong, as printed, to the next row's part of the table.
      if (queue.slice(i + 1).every((x) => startsLower(x.raw) || POP_START.test(x.raw) || INDICATION_LIKE.test(x.raw))) trailing.add(d);
      continue;
    }
    row.items.push(...itemsOf(p, section, lang));
  }
  if (!row.population || !row.indication || row.items.length === 0) doubts.push({ kind: 'missing_cells', field: 'row', line: head.line, quote: quoteText(head.raw).slice(0, 80) });
  return row;
}

/** One block of the items column: one item, or several where ", " is followed by a capital (two products). */
function itemsOf(p: Piece, section: Section, lang: TextLang): ParsedItem[] {
  const parts: Piece[] = [];
  let rest = p;
  for (;;) {
    const m = /,\s+(?=\p{Lu}\p{Ll})/u.exec(rest.raw);
    if (!m) break;
    const [a, b] = split(rest, m.index);
    parts.push(a);
    rest = { ...b, raw: b.raw.replace(/^,\s+/, '') };
  }
  parts.push(rest);
  return parts.map((part) => {
    const cell = cellOf(part.raw, part.line, lang);
    if (section !== 'drugs') return { name: cell.text, form: null, named: !GENERIC.test(cell.text), cell };
    const comma = cell.text.indexOf(',');
    const fw = FORM_WORD.exec(` ${cell.text}`);
    const cut = comma > 0 ? comma : fw && fw.index > 0 ? fw.index - 1 : -1;
    const name = cut > 0 ? cell.text.slice(0, cut).trim() : cell.text;
    const form = cut > 0 ? cell.text.slice(cut).replace(/^[,\s]+/, '').trim() || null : null;
    return { name, form, named: !GENERIC.test(name), cell };
  });
}

/**
 * A list written as numbered sentences (Karaganda): "1) "Канакинумаб" дәрілік заты - "…" диагнозында;".
 * Returns null when the annex is a table.
 */
function readEnumerated(doc: Doc, from: number, to: number): ParsedRow[] | null {
  const lines = doc.lines.slice(from, to);
  if (!lines.some((l) => /^\s*\d+\)\s+.*(?:дәрілік\s+зат|лекарственн)/iu.test(l))) return null;
  const rows: ParsedRow[] = [];
  let section: Section | null = null;
  let sectionNumber = 0;
  for (let k = 0; k < lines.length; k++) {
    const l = lines[k]!;
    const h = /^\s*([1-3])\.\s+(.*)$/.exec(l);
    if (h) {
      const joined = [l, lines[k + 1] ?? ''].join(' ');
      const sec = SECTION_OF.find(([re]) => re.test(joined))?.[1];
      if (sec) {
        section = sec;
        sectionNumber = Number(h[1]);
        // A section with no numbered entries: its one sentence is its one row (Karaganda point 2).
        if (sec !== 'drugs') {
          let body = '';
          let j = k + 1;
          const start = j;
          while (j < lines.length && lines[j]!.trim() !== '' && !/^\s*\d+[.)]\s/.test(lines[j]!)) body += `${lines[j++]}\n`;
          const dis = /"([^"]+)"\s+диагноз/u.exec(body);
          if (dis && !/^\s*\d+\)/.test(body)) {
            const popM = /"[^"]+"\s+диагнозы\s+бар\s+азаматтарға/u.exec(body);
            const itemM = /^\s*(\p{Ll}[^(]*?)\s*\(/u.exec(body);
            const line = from + start + 1;
            rows.push({
              section: sec,
              sectionNumber,
              number: '1',
              disease: { text: dis[1]!, quote: quoteText(l.trim()).replace(/^\d+\.\s*/, ''), line: from + k + 1 },
              population: popM ? { text: cellText(popM[0], doc.lang), quote: quoteText(popM[0]), line } : null,
              indication: null,
              items: itemM ? [{ name: itemM[1]!.trim(), form: null, named: !GENERIC.test(itemM[1]!.trim()), cell: { text: itemM[1]!.trim(), quote: quoteText(body.slice(0, body.indexOf(dis[0]) + dis[0].length)), line } }] : [],
              line: from + k + 1,
              doubts: [{ kind: 'heading_in_row', field: 'row', line: from + k + 1, quote: quoteText(l) }],
            });
          }
        }
        continue;
      }
    }
    const e = /^\s*(\d+)\)\s+(.*)$/.exec(l);
    if (!e || !section) continue;
    let text = e[2]!;
    let j = k + 1;
    while (!/[;.]\s*$/.test(text) && j < lines.length && !/^\s*\d+[.)]\s/.test(lines[j]!) && lines[j]!.trim()) text += `\n${lines[j++]}`;
    const m = /^([\s\S]*?)\s*(?:дәрілік\s+зат\p{L}*)\s*[-–]\s*"([\s\S]+?)"\s*диагноз/u.exec(text);
    const line = from + k + 1;
    const row: ParsedRow = { section, sectionNumber, number: e[1]!, disease: null, population: null, indication: null, items: [], line, doubts: [] };
    if (!m) {
      row.doubts.push({ kind: 'missing_cells', field: 'row', line, quote: quoteText(text).slice(0, 80) });
      rows.push(row);
      continue;
    }
    const printed = `${e[1]}) ${text}`;
    const upTo = (re: RegExp): string => {
      const x = re.exec(printed);
      return quoteText(x ? printed.slice(0, x.index + x[0].length) : printed);
    };
    row.disease = { text: cellText(m[2]!, doc.lang), quote: upTo(/диагноз\p{L}*(?:\s+кезінде)?/u), line };
    const itemsQuote = upTo(/дәрілік\s+зат\p{L}*/u);
    const names = [...m[1]!.matchAll(/"?([^",]+?)"?\s*(?:,|$)/gu)].map((x) => x[1]!.trim()).filter((x) => x.length > 0);
    if (names.length === 0) row.items.push({ name: 'дәрілік зат', form: null, named: false, cell: { text: 'дәрілік зат', quote: row.disease.quote, line } });
    for (const n of names) row.items.push({ name: cellText(n, doc.lang), form: null, named: true, cell: { text: n, quote: itemsQuote, line } });
    rows.push(row);
    k = j - 1;
  }
  return rows.length ? rows : null;
}
