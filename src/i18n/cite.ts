// A citation as a person writes it: "Бағдарлама, 33-тармақ, 4) тармақша" / "Программа, п. 33, пп. 4)".
// Point labels in the data are a small English grammar ("p.33.4", "annex 1, section 2, row 3");
// each segment is rewritten from the catalogue. A segment the grammar does not know is kept as it is,
// and a test fails on it.
import type { Lang } from './message.js';
import { t, formatDate } from './index.js';

type Segment = [RegExp, (m: RegExpExecArray, lang: Lang) => string];

const SEGMENTS: Segment[] = [
  [/^p\.(\d+)\.(\d+)$/, (m, l) => `${t('cite.point', l, { n: m[1]! })}, ${t('cite.subpoint', l, { n: m[2]! })}`],
  [/^p\.(\d+)$/, (m, l) => t('cite.point', l, { n: m[1]! })],
  [/^list p\.(\d+)\.(\d+)$/, (m, l) => `${t('cite.list', l)}, ${t('cite.point', l, { n: m[1]! })}, ${t('cite.subpoint', l, { n: m[2]! })}`],
  [/^list p\.(\d+)$/, (m, l) => `${t('cite.list', l)}, ${t('cite.point', l, { n: m[1]! })}`],
  [/^annex (\d+)$/, (m, l) => t('cite.annexN', l, { n: m[1]! })],
  [/^annex$/, (_m, l) => t('cite.annex', l)],
  [/^section (\d+) \(heading missing in the export\)$/, (m, l) => `${t('cite.section', l, { n: m[1]! })} ${t('cite.noHeading', l)}`],
  [/^section (\d+)$/, (m, l) => t('cite.section', l, { n: m[1]! })],
  [/^row (\d+)$/, (m, l) => t('cite.row', l, { n: m[1]! })],
  [/^item (\d+)$/, (m, l) => t('cite.item', l, { n: m[1]! })],
  [/^heading$/, (_m, l) => t('cite.heading', l)],
  [/^title$/, (_m, l) => t('cite.title', l)],
  [/^editorial note$/, (_m, l) => t('cite.editorialNote', l)],
  [/^unnumbered block after row (\d+)$/, (m, l) => t('cite.blockAfterRow', l, { n: m[1]! })],
  [/^note to annex (\d+) \(Ескерту\)$/, (m, l) => t('cite.noteToAnnex', l, { n: m[1]! })],
  [/^note to p\.(\d+) \(Ескерту\)$/, (m, l) => t('cite.noteToPoint', l, { n: m[1]! })],
  [/^note to the preamble \(Ескерту\)$/, (_m, l) => t('cite.noteToPreamble', l)],
  [/^note to the list \(Ескерту\)$/, (_m, l) => t('cite.noteToList', l)],
  [/^note to the title \(Ескерту\)$/, (_m, l) => t('cite.noteToTitle', l)],
  [/^repeal note \(Ескерту\)$/, (_m, l) => t('cite.repealNote', l)],
];

/** One segment in `lang`, or null when the grammar does not know it. */
function segment(s: string, lang: Lang): string | null {
  for (const [re, out] of SEGMENTS) {
    const m = re.exec(s.trim());
    if (m) return out(m, lang);
  }
  return null;
}

/** Segments of a point label the grammar does not know (the catalogue test lists them). */
export function unknownSegments(point: string): string[] {
  return point.split(', ').filter((s) => segment(s, 'en') === null);
}

/** The point label in `lang`. */
export function pointLabel(point: string, lang: Lang): string {
  return point
    .split(', ')
    .map((s) => segment(s, lang) ?? s)
    .join(', ');
}

export interface ActMeta {
  id: string;
  kind: string;
  number: string;
  adopted: string;
  issuer: { kk: string; ru: string; en: string };
  content: { kind: string };
}

/** Kazakh genitive of the issuer ("мәслихаты" → "мәслихатының", "Үкіметі" → "Үкіметінің"). */
function genitiveKk(issuer: string): string {
  if (/ы$/.test(issuer)) return `${issuer}ның`;
  if (/і$/.test(issuer)) return `${issuer}нің`;
  return issuer;
}

/** A short name that tells acts apart: issuer, date and number ("… 25.02.2021 № 34 шешімі"). */
export function actLabel(act: ActMeta, lang: Lang): string {
  if (act.content.kind === 'programme') return t('cite.programme', lang);
  const kind = act.kind === 'maslikhat_decision' ? 'decision' : 'decree';
  const issuer = lang === 'kk' ? genitiveKk(act.issuer.kk) : act.issuer[lang];
  return t(`cite.act.${kind}`, lang, { issuer, date: formatDate(act.adopted), number: act.number });
}

// An act's label in the three languages, the same in every answer: made once per act.
const ACT_NAMES = new WeakMap<ActMeta, { kk: string; ru: string; en: string }>();

/** An act as a person names it, in kk, ru and en (the id where the corpus does not hold the act). */
export function actNames(act: ActMeta | undefined, id: string): { kk: string; ru: string; en: string } | string {
  if (!act) return id;
  let n = ACT_NAMES.get(act);
  if (!n) ACT_NAMES.set(act, (n = { kk: actLabel(act, 'kk'), ru: actLabel(act, 'ru'), en: actLabel(act, 'en') }));
  return n;
}

/** "Бағдарлама, 33-тармақ, 4) тармақша". */
export function citeLabel(act: ActMeta | undefined, actId: string, point: string, lang: Lang): string {
  return `${act ? actLabel(act, lang) : actId}, ${pointLabel(point, lang)}`;
}

// The corpus has a few hundred point labels, each named the same in every answer: made once.
const POINT_NAMES = new Map<string, { kk: string; ru: string; en: string }>();

/** A point label in the three languages, as a message parameter (one shared object per label: never mutate it). */
export function pointNames(point: string): { kk: string; ru: string; en: string } {
  let n = POINT_NAMES.get(point);
  if (!n) {
    if (POINT_NAMES.size > 10_000) POINT_NAMES.clear();
    POINT_NAMES.set(point, (n = { kk: pointLabel(point, 'kk'), ru: pointLabel(point, 'ru'), en: pointLabel(point, 'en') }));
  }
  return n;
}
