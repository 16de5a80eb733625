// What a decision says about itself: its number, date, registration, issuer and region, how it enters
// into force, and the acts it amends or repeals and that amend, restate or repeal it (editorial notes).
import type { Region } from '../schema.js';
import { KK_DATE, RU_DATE, DOTTED_DATE, kkDate, ruDate, dottedDate } from './dates.js';
import { importError, quoteText, type TextLang } from './text.js';

/** The whole text with a way back from an offset to its line, and quotes as printed. */
export class Doc {
  readonly full: string;
  private readonly starts: number[] = [];
  constructor(
    readonly lines: string[],
    readonly lang: TextLang,
  ) {
    this.full = lines.join('\n');
    let o = 0;
    for (const l of lines) {
      this.starts.push(o);
      o += l.length + 1;
    }
  }
  lineOf(offset: number): number {
    let lo = 0;
    let hi = this.starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.starts[mid]! <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo + 1;
  }
  /** 0-based index of the line holding `offset`. */
  indexOf(offset: number): number {
    return this.lineOf(offset) - 1;
  }
}

export interface Found<T> {
  value: T;
  quote: string;
  line: number;
}

export interface ActRef {
  number: string;
  adopted: string;
  /** The issuer as printed ("Қарағанды облыстық мәслихатының"). */
  issuer: string;
}

export interface EntryRule {
  /** Days after the first official publication; 0 where the act enters into force on publication. */
  days: number;
  point: string;
}

export interface Link {
  ref: ActRef;
  what: 'amends' | 'restates_annex' | 'restates_title' | 'restates_point' | 'repeals';
  /** The annex or point it restates. */
  part?: string;
  entry: EntryRule | null;
  source: Found<string>;
  /** The point it is printed in ("p.1"); notes have none. */
  point?: string;
  /** The quote of the entry-into-force words, where given. */
  entryQuote?: Found<string>;
}

export interface RepealedRef extends ActRef {
  title: string;
  registration: string | null;
  source: Found<string>;
  /** True where the repeal is not in the usual wording ("күші жойылды деп танылсын"). */
  unusual: boolean;
}

export interface Header {
  decision: Found<ActRef>;
  issuerKk: string;
  kind: 'oblast' | 'city';
  region: Region | undefined;
  registration: Found<{ number: string; date: string }> | null;
  entry: Found<EntryRule> | null;
  amends: Link[];
  amendedBy: Link[];
  restatedBy: Link[];
  repealedBy: Link | null;
  repealsPoint: Found<string> | null;
  /** The annex the repealed acts are listed in ("2"), where the point refers to one. */
  repealsAnnex: string | null;
}

const NUM = '([0-9][0-9A-Za-zА-Яа-я/.\\-]*[0-9A-Za-zА-Яа-я])';
const KK_DECISION = new RegExp(`((?:\\p{Lu}[\\p{L}-]*\\s+){1,2}(?:облыстық|қалалық|қаласы|қаласының|аудандық)?\\s*)мәслихатының\\s+(\\d{4}\\s+жылғы\\s+\\d{1,2}\\s+\\p{L}+)\\s+(?:№|N)\\s*${NUM}\\s+[шШ]еш[іi]м[іi](?=[\\s.]|$)`, 'u');
const RU_DECISION = new RegExp(`Решение\\s+((?:\\p{L}+\\s+){1,2})?маслихата(\\s+(?:города|г\\.)\\s+\\p{L}+)?\\s+от\\s+(\\d{1,2}\\s+\\p{L}+\\s+\\d{4}\\s+года)\\s+№\\s*${NUM}`, 'u');

function dateIn(s: string): string | undefined {
  const k = KK_DATE.exec(s);
  if (k) return kkDate(k);
  const r = RU_DATE.exec(s);
  if (r) return ruDate(r);
  const d = DOTTED_DATE.exec(s);
  return d ? dottedDate(d) : undefined;
}

function found<T>(doc: Doc, value: T, index: number, text: string): Found<T> {
  return { value, quote: quoteText(text), line: doc.lineOf(index) };
}

/** The region whose name shares its first word's stem with the issuer's, of the same kind. */
export function regionOf(issuer: string, kind: 'oblast' | 'city', regions: Region[]): Region | undefined {
  const first = issuer.trim().split(/\s+/).find((w) => !/^(маслихат|города|г\.|мәслихат)/i.test(w)) ?? '';
  const stem = first.toLowerCase().slice(0, 5);
  if (stem.length < 4) return undefined;
  const hits = regions.filter((r) => r.kind === kind && [r.name.kk, r.name.ru, r.name.en].some((n) => n.toLowerCase().replace(/^(город|city of)\s+/, '').startsWith(stem)));
  return hits.length === 1 ? hits[0] : undefined;
}

function kindOf(issuer: string): 'oblast' | 'city' {
  return /облыстық|областн|облыс/i.test(issuer) ? 'oblast' : 'city';
}

function entryRuleIn(text: string): number | null {
  if (/күнтізбелік\s+он\s+күн|десяти\s+календарных\s+дней|10\s+(?:күнтізбелік|календарных)/i.test(text)) return 10;
  const n = /күнтізбелік\s+(\d+)\s+күн|(\d+)\s+календарных\s+дней/i.exec(text);
  if (n) return Number(n[1] ?? n[2]);
  if (/ресми\s+жарияланған\s+күнінен\s+бастап|со\s+дня\s+(?:его\s+)?(?:первого\s+)?официального\s+опубликования/i.test(text)) return 0;
  return null;
}

export function readHeader(doc: Doc, regions: Region[], regionId: string | undefined): Header {
  const t = doc.full;
  const kk = KK_DECISION.exec(t);
  const ru = kk ? null : RU_DECISION.exec(t);
  if (!kk && !ru) {
    const first = doc.lines.findIndex((l) => l.trim() !== '');
    throw importError('import.error.notDecision', first + 1);
  }
  let decision: Found<ActRef>;
  let issuerKk: string;
  if (kk) {
    decision = found(doc, { number: kk[3]!, adopted: dateIn(kk[2]!)!, issuer: `${kk[1]!.trim()} мәслихатының` }, kk.index, kk[0]);
    issuerKk = `${kk[1]!.trim()} мәслихаты`.replace(/қаласы мәслихаты$/, 'қаласының мәслихаты');
  } else {
    decision = found(doc, { number: ru![4]!, adopted: dateIn(ru![3]!)!, issuer: `${(ru![1] ?? '').trim()} маслихата${ru![2] ?? ''}`.trim() }, ru!.index, ru![0]);
    issuerKk = '';
  }
  if (!decision.value.adopted) throw importError('import.error.badDate', decision.line, { text: decision.quote });
  const kind = kindOf(decision.value.issuer);
  const region = regionId ? regions.find((r) => r.id === regionId) : regionOf(decision.value.issuer.replace(/^Решение\s+/, ''), kind, regions);
  if (regionId && !region) throw importError('import.error.unknownRegion', 0, { region: regionId });

  const after = t.slice(kk ? kk.index : ru!.index, (kk ? kk.index : ru!.index) + 400);
  const regM = /(\d{4}\s+жылғы\s+\d{1,2}\s+\p{L}+)\s+№\s*(\d+)\s+болып\s+тіркел/u.exec(after) ?? /Зарегистрирован\p{L}*\s+[\s\S]{0,120}?(\d{1,2}\s+\p{L}+\s+\d{4}\s+года)\s+№\s*(\d+)/u.exec(after);
  const regIndex = regM ? (kk ? kk.index : ru!.index) + regM.index : 0;
  const registration = regM && dateIn(regM[1]!) ? found(doc, { number: regM[2]!, date: dateIn(regM[1]!)! }, regIndex, regM[0]) : null;

  // The act's own entry-into-force point: "N. Осы шешім ... қолданысқа енгізіледі".
  const own = /(?:^|\n)\s*(\d+)\.\s+((?:Осы\s+шеш[іi]м\s[\s\S]{0,240}?қолданысқа\s+енгізіледі|Настоящее\s+решение\s+вводится\s+в\s+действие[^.]{0,240}))/u.exec(t);
  const days = own ? entryRuleIn(own[2]!) : null;
  const entry = own && days !== null ? found(doc, { days, point: `p.${own[1]}` }, own.index + own[0].indexOf(own[2]!), own[2]!) : null;

  return {
    decision,
    issuerKk,
    kind,
    region,
    registration,
    entry,
    amends: readAmends(doc, decision.value),
    ...readNotes(doc),
    ...readRepealsPoint(doc),
  };
}

/** "… мәслихатының 2020 жылғы 28 тамыздағы № 37/446 "…" шешіміне (келесідей) өзгерістер енгізілсін". */
function readAmends(doc: Doc, self: ActRef): Link[] {
  // The title may stand between the issuer and the date (Shymkent: мәслихатының "…" 2020 жылғы …).
  const mention = /(\p{Lu}[\p{L}-]*\s+(?:облыстық|қалалық|қаласы|қаласының)?\s*мәслихатының)\s+(?:"[^"]{0,600}"\s+)?(\d{4}\s+жылғы\s+\d{1,2}\s+\p{L}+)\s+"?№\s*([0-9][0-9A-Za-zА-Яа-я/.\-]*[0-9A-Za-zА-Яа-я])/gu;
  const mentions = [...doc.full.matchAll(mention)];
  const out: Link[] = [];
  mentions.forEach((m, k) => {
    const adopted = dateIn(m[2]!);
    if (!adopted || m[3] === self.number) return;
    const end = m.index + m[0].length;
    const until = Math.min(end + 900, mentions[k + 1]?.index ?? Infinity);
    const tail = doc.full.slice(end, until);
    const amend = /шешіміне\s*(?:\([^)]{0,300}\)\s*)?(?:келесідей\s+|мынадай\s+)?өзгеріс\p{L}*\s+енгізілсін/u.exec(tail);
    if (!amend) return;
    const after = doc.full.slice(end + amend.index, end + amend.index + 1500);
    const restated = /(\d+)-қосымшас\p{L}*[\s\S]{0,120}?жаңа\s+редакцияда/u.exec(after);
    const points = [...doc.full.slice(0, m.index).matchAll(/(?:^|\n)\s*(\d+)\.\s/g)];
    const point = points.length ? `p.${points[points.length - 1]![1]}` : undefined;
    out.push({ ref: { number: m[3]!, adopted, issuer: m[1]! }, what: restated ? 'restates_annex' : 'amends', part: restated?.[1], entry: null, source: found(doc, m[0], m.index, m[0]), ...(point ? { point } : {}) });
  });
  return out;
}

/** Editorial notes ("Ескерту."): restated, amended or repealed by a later decision. */
function readNotes(doc: Doc): Pick<Header, 'amendedBy' | 'restatedBy' | 'repealedBy'> {
  const amendedBy: Link[] = [];
  const restatedBy: Link[] = [];
  let repealedBy: Link | null = null;
  const t = doc.full;
  for (const m of t.matchAll(/Ескерту\.\s+([\s\S]{0,80}?)\s+жаңа\s+редакцияда\s+-\s+([\s\S]{0,160}?(\d{2}\.\d{2}\.\d{4})\s+шешімімен\s*\(([\s\S]{0,260}?)\))/gu)) {
    const date = dottedDate(DOTTED_DATE.exec(m[3]!)!);
    const number = /№\s*([0-9][0-9A-Za-zА-Яа-я/.\-]*)/.exec(m[2]!)?.[1];
    if (!date || !number) continue;
    const part = m[1]!.trim();
    const annex = /^(\d+)-қосымша/.exec(part);
    const link: Link = {
      ref: { number, adopted: date, issuer: '' },
      what: annex ? 'restates_annex' : /тақырыбы/.test(part) ? 'restates_title' : 'restates_point',
      part: annex?.[1] ?? /^(\d+)-тармақ/.exec(part)?.[1],
      entry: entryRuleIn(m[4]!) === null ? null : { days: entryRuleIn(m[4]!)!, point: 'note' },
      source: found(doc, m[0].slice(0, m[0].indexOf(m[3]!) + 10), m.index, m[0].slice(0, m[0].indexOf(m[3]!) + 10)),
    };
    (annex ? restatedBy : amendedBy).push(link);
  }
  const rep = /Күші\s+жойылды\s+-\s+((?:\p{Lu}[\p{L}-]*\s+){1,2}(?:облыстық|қалалық|қаласы|қаласының)?\s*мәслихатының)\s+(\d{4}\s+жылғы\s+\d{1,2}\s+\p{L}+)\s+№\s*([0-9][0-9A-Za-zА-Яа-я/.\-]*)\s+шешімімен/u.exec(t);
  if (rep && dateIn(rep[2]!)) {
    const note = /Ескерту\.\s+Күші\s+жойылды[\s\S]{0,300}?\)/u.exec(t);
    const window = note ? /(алғашқы\s+ресми\s+жарияланған\s+күнінен\s+кейін\s+күнтізбелік\s+\S+\s+күн\s+өткен\s+соң)/u.exec(note[0]) : null;
    const head = rep[0].slice(0, rep[0].indexOf('№'));
    repealedBy = {
      ref: { number: rep[3]!, adopted: dateIn(rep[2]!)!, issuer: rep[1]! },
      what: 'repeals',
      entry: note && entryRuleIn(note[0]) !== null ? { days: entryRuleIn(note[0])!, point: 'note' } : null,
      source: found(doc, head.trim(), rep.index, head),
      ...(window && note ? { entryQuote: found(doc, window[1]!, note.index + note[0].indexOf(window[1]!), window[1]!) } : {}),
    };
  }
  // Merge notes that name the same amending decision (its title and point 1 restated by one act).
  const merged: Link[] = [];
  for (const l of amendedBy) if (!merged.some((x) => x.ref.number === l.ref.number && x.ref.adopted === l.ref.adopted)) merged.push(l);
  return { amendedBy: merged, restatedBy, repealedBy };
}

function readRepealsPoint(doc: Doc): Pick<Header, 'repealsPoint' | 'repealsAnnex'> {
  const m = /(?:^|\n)\s*(\d+)\.\s+([^\n]*(?:\n(?!\s*\d+\.\s)[^\n]*){0,8}?(?:күші\s+жойылды\s+деп\s+танылсын|жою\s+туралы|утратившими?\s+силу))/u.exec(doc.full);
  if (!m) return { repealsPoint: null, repealsAnnex: null };
  const at = m.index + m[0].indexOf(m[2]!);
  const annex = /(\d+)-қосымшас\p{L}*|приложени\p{L}*\s+(\d+)/u.exec(m[2]!);
  return { repealsPoint: { value: m[1]!, quote: quoteText(m[2]!), line: doc.lineOf(at) }, repealsAnnex: annex ? (annex[1] ?? annex[2]!) : null };
}

/** The decisions a repeal point or its annex names. */
export function readRepealed(doc: Doc, header: Header, annexText: { text: string; offset: number } | null): RepealedRef[] {
  const p = header.repealsPoint;
  if (!p) return [];
  if (annexText) {
    const out: RepealedRef[] = [];
    const re = /(?:^|\n)\s*\d+\.\s+((\p{Lu}[\p{L}-]*\s+(?:облыстық|қалалық|қаласы|қаласының)?\s*мәслихатының)\s+(\d{4}\s+жылғы\s+\d{1,2}\s+\p{L}+)\s+(?:[IVXLC]+\s+сессиясының\s+)?№\s*([0-9][0-9A-Za-zА-Яа-я/.\-]*))\s+"([\s\S]+?)"\s*(?:шешімі\s*)?\(([\s\S]{0,200}?)№\s*(\d+)\s+болып\s+тіркелген/gu;
    for (const m of annexText.text.matchAll(re)) {
      const adopted = dateIn(m[3]!);
      if (!adopted) continue;
      const at = annexText.offset + m.index + m[0].indexOf(m[1]!);
      out.push({ number: m[4]!, adopted, issuer: m[2]!, title: quoteText(m[5]!).replace(/^"|"$/g, '').trim(), registration: m[7]!, source: found(doc, m[1]!, at, m[1]!), unusual: false });
    }
    return out;
  }
  // The point itself names the decision: the last decision it mentions.
  const text = p.quote;
  const all = [...text.matchAll(/((?:\p{Lu}[\p{L}-]*\s+){1,2}(?:облыстық|қалалық|қаласы|қаласының)?\s*мәслихатының)\s+(\d{4}\s+жылғы\s+\d{1,2}\s+\p{L}+)\s+№\s*([0-9][0-9A-Za-zА-Яа-я/.\-]*[0-9A-Za-zА-Яа-я])/gu)];
  const last = all[all.length - 1];
  if (!last || !dateIn(last[2]!)) return [];
  const title = /"([\s\S]+)"/.exec(text.slice(0, last.index))?.[1] ?? text.slice(0, last.index);
  return [{ number: last[3]!, adopted: dateIn(last[2]!)!, issuer: last[1]!, title: title.trim() || text, registration: null, source: { value: last[0], quote: quoteText(last[0]), line: p.line }, unusual: !/күші\s+жойылды\s+деп\s+танылсын/.test(text) }];
}
