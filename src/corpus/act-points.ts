// An act's text cut into its points, for the lawyer's view (`kepil explain-act`) and the test that
// every point is read by a rule or recorded as not modelled. Pure: it reads the seed text in memory.
import type { Corpus } from './corpus.js';
import { KepilError } from './issues.js';

export interface ActPoint {
  /** "p.33", "list p.2", "annex 1". */
  point: string;
  /** The point's text as the seed exports it, whitespace collapsed. */
  text: string;
}

/** Acts whose text the project cuts into points; decree 1086's restated list is in 421's seed. */
export const POINTED_ACTS = ['programme-2026-2028', 'gov-421-2019'] as const;
export type PointedAct = (typeof POINTED_ACTS)[number];

const collapse = (s: string): string => s.replace(/\s+/g, ' ').trim();

/** Finds "N." (or "N " where the export lost the period) at a line start, N = from, from+1, …, in order. */
function numbered(text: string, start: number, end: number, prefix: string, from = 1): { point: string; at: number }[] {
  const out: { point: string; at: number }[] = [];
  let pos = start;
  for (let n = from; ; n++) {
    const m = new RegExp(`\\n[ \\t\\u00a0]+${n}\\.?[ \\t\\u00a0]+\\S`, 'g');
    m.lastIndex = pos;
    const hit = m.exec(text);
    if (!hit || hit.index >= end) break;
    out.push({ point: `${prefix}${n}`, at: hit.index + 1 });
    pos = hit.index + 1;
  }
  return out;
}

function slices(text: string, marks: { point: string; at: number }[], end: number): ActPoint[] {
  return marks.map((m, i) => ({ point: m.point, text: collapse(text.slice(m.at, marks[i + 1]?.at ?? end)) }));
}

function programmePoints(text: string): ActPoint[] {
  const annex1 = text.search(/\n\s*1-қосымша\s*\n/);
  const annex2 = text.indexOf('бағдарламасына 2-қосымша');
  if (annex1 < 0 || annex2 < 0) throw new KepilError('corpus_incomplete', "the programme's text has no annex headings");
  const points = slices(text, numbered(text, 0, annex1, 'p.'), annex1);
  return [
    ...points,
    { point: 'annex 1', text: collapse(text.slice(annex1, Math.min(annex1 + 600, annex2))) + ' …' },
    { point: 'annex 2', text: collapse(text.slice(annex2, annex2 + 600)) + ' …' },
  ];
}

function cshiListPoints(text: string): ActPoint[] {
  const list = text.indexOf('Ескерту. Тізбе жаңа редакцияда');
  if (list < 0) throw new KepilError('corpus_incomplete', "decree 421's text has no restated list");
  return [...slices(text, numbered(text, 0, list, 'p.'), list), ...slices(text, numbered(text, list, text.length, 'list p.'), text.length)];
}

/** Acts whose points live in another act's text: decree 1086 restated the list that 421's seed carries. */
export const POINTS_HELD_IN: Record<string, PointedAct> = { 'gov-1086-2025': 'gov-421-2019' };

/** The act whose text holds `actId`'s points (itself, or the act it restated). */
export const pointedAct = (actId: string): string => POINTS_HELD_IN[actId] ?? actId;

/** The points of `actId`, in the act's order. */
export function actPoints(corpus: Corpus, actId: string): ActPoint[] {
  const act = corpus.acts.get(actId);
  const text = act?.seed ? corpus.sources.get(act.seed) : undefined;
  if (!act || text === undefined || !(POINTED_ACTS as readonly string[]).includes(actId)) {
    throw new KepilError('bad_request', `explain-act knows the points of ${POINTED_ACTS.join(' and ')} (and gov-1086-2025, whose list is in 421's text), not '${actId}'`, [{ path: 'act', message: `one of: ${POINTED_ACTS.join(', ')}` }]);
  }
  return actId === 'gov-421-2019' ? cshiListPoints(text) : programmePoints(text);
}

/** The top-level point a citation's point falls under: "p.24.1" → "p.24", "list p.1.3" → "list p.1". */
export function topPoint(point: string): string {
  const m = /^(list p\.\d+|p\.\d+|annex \d+)/.exec(point) ?? /^(p)(\d+)/.exec(point);
  if (!m) return point;
  return m[2] ? `p.${m[2]}` : m[1]!;
}
