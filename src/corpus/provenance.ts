// Provenance: every cited quote must be findable in the text of the act it cites.
import type { Act, Source } from './schema.js';
import { foldForQuote } from './normalize.js';
import type { Issue } from './issues.js';

export interface Citation {
  source: Source;
  /** Where in the data the citation sits: file and path. */
  at: string;
}

function isSource(v: unknown): v is Source {
  if (typeof v !== 'object' || v === null) return false;
  const o = v as Record<string, unknown>;
  return typeof o.act === 'string' && typeof o.point === 'string' && typeof o.quote === 'string';
}

/** Every {act, point, quote} object anywhere inside `value`. */
export function collectCitations(value: unknown, at: string, out: Citation[] = []): Citation[] {
  if (Array.isArray(value)) {
    value.forEach((v, i) => collectCitations(v, `${at}[${i}]`, out));
  } else if (typeof value === 'object' && value !== null) {
    if (isSource(value)) out.push({ source: value, at });
    for (const [k, v] of Object.entries(value)) collectCitations(v, at.endsWith('#') ? `${at}${k}` : `${at}.${k}`, out);
  }
  return out;
}

/** Checks each citation against the seed text of the act it names. */
export function checkProvenance(acts: Act[], sources: Map<string, string>, extra: Citation[] = []): { checked: number; failures: Issue[] } {
  const folded = new Map<string, string>();
  for (const a of acts) {
    if (a.seed) {
      const text = sources.get(a.seed);
      if (text !== undefined) folded.set(a.id, foldForQuote(text));
    }
  }
  const citations = [...acts.flatMap((a) => collectCitations(a, `data/acts/${a.id}.json#`)), ...extra];
  const failures: Issue[] = [];
  for (const { source, at } of citations) {
    const text = folded.get(source.act);
    if (text === undefined) {
      failures.push({ path: at, message: `cites act '${source.act}', which has no source text in data/sources/` });
    } else if (!text.includes(foldForQuote(source.quote))) {
      failures.push({ path: at, message: `quote not found in ${source.act} (${source.point}): "${source.quote}"` });
    }
  }
  return { checked: citations.length, failures };
}

// --- secondary sources: public pages for lists the acts cite but do not contain ---

const LOOKALIKE: Record<string, string> = { А: 'A', В: 'B', С: 'C', Е: 'E', К: 'K', М: 'M', Н: 'H', О: 'O', Р: 'P', Т: 'T', Х: 'X' };
const squash = (s: string): string => s.replace(/\s+/g, ' ').trim();

/**
 * The codes a page prints, as ICD-10 codes: the project's recorded readings first, then Cyrillic
 * look-alike letters folded, stray spaces dropped, and "С00-97" written out as C00-C97.
 */
export function parsePrintedCodes(printed: string, readings: { printed: string; read: string }[] = []): string[] {
  return printed
    .split(/[,;]/)
    .map((t) => t.trim())
    .filter((t) => t.length > 0)
    .map((t) => readings.find((r) => r.printed === t)?.read ?? t)
    .map((t) => [...t.replace(/\s+/g, '')].map((ch) => LOOKALIKE[ch] ?? ch).join(''))
    .map((t) => t.replace(/^([A-Z])(\d{2}(?:\.\d+)?)-(\d{2}(?:\.\d+)?)$/, '$1$2-$1$3'));
}

export interface SecondaryCheck {
  checked: number;
  failures: Issue[];
}

function looksSecondary(v: Record<string, unknown>): boolean {
  return 'url' in v || 'excerpt' in v;
}

/** Every object in `value` that carries a url or an excerpt: each must be labelled secondary and well formed. */
export function collectSecondary(value: unknown, at: string, out: { value: Record<string, unknown>; at: string }[] = []): { value: Record<string, unknown>; at: string }[] {
  if (Array.isArray(value)) value.forEach((v, i) => collectSecondary(v, `${at}[${i}]`, out));
  else if (typeof value === 'object' && value !== null) {
    const o = value as Record<string, unknown>;
    if (looksSecondary(o)) out.push({ value: o, at });
    else for (const [k, v] of Object.entries(o)) collectSecondary(v, `${at}.${k}`, out);
  }
  return out;
}

interface CodedGroup {
  id: string;
  validFrom: string | null;
  icd10: string[];
  codes: { printed: string | null; sources: { excerpt: string }[]; readings?: { printed: string; read: string }[]; truncated?: { after: string } };
}

/**
 * Each secondary source is labelled and shaped; each group's printed codes are in one of its
 * sources' excerpts, and read as printed they are exactly the group's codes.
 */
export function checkSecondary(files: { file: string; data: unknown }[], groups: CodedGroup[], isWellFormed: (v: unknown) => string | null): SecondaryCheck {
  const failures: Issue[] = [];
  const found = files.flatMap(({ file, data }) => collectSecondary(data, `${file}#`));
  for (const { value, at } of found) {
    // "primary" only for a decision's own text on the official portal (the schema checks the address).
    if (value.kind !== 'secondary' && value.kind !== 'primary') failures.push({ path: at, message: 'a public page must be labelled kind: "secondary" (or "primary", the official legal portal’s text)' });
    const problem = isWellFormed(value);
    if (problem) failures.push({ path: at, message: problem });
  }
  for (const g of groups) {
    const at = `data/reference/socially-significant.json#${g.id}@${g.validFrom ?? 'start'}`;
    if (g.codes.printed === null) continue;
    if (!g.codes.sources.some((s) => squash(s.excerpt).includes(squash(g.codes.printed!)))) failures.push({ path: at, message: 'the printed codes are not in any of the sources’ excerpts' });
    const parsed = parsePrintedCodes(g.codes.printed, g.codes.readings);
    if ([...parsed].sort().join() !== [...g.icd10].sort().join()) failures.push({ path: at, message: `the codes read from the page (${parsed.join(', ')}) are not the group's codes (${g.icd10.join(', ')})` });
    if (g.codes.truncated && parsed[parsed.length - 1] !== g.codes.truncated.after) failures.push({ path: at, message: `the page's list is cut after ${parsed[parsed.length - 1]}, not ${g.codes.truncated.after}` });
  }
  return { checked: found.length, failures };
}

/** A saved web page and the excerpt that must be in it: an act's `publishedAt`, a regional search find. */
export interface SavedPage {
  at: string;
  excerpt: string;
  /** The file under data/sources/ holding the page's text as the search returned it. */
  file: string | null;
}

/** Each excerpt is in the saved text of its page, whitespace folded (the text is the page, never edited). */
export function checkSavedPages(pages: SavedPage[], sources: Map<string, string>): SecondaryCheck {
  const failures: Issue[] = [];
  for (const { at, excerpt, file } of pages) {
    const text = file === null ? undefined : sources.get(file);
    if (text === undefined) failures.push({ path: at, message: `the page's text is not saved under data/sources/ (${file ?? 'no file'})` });
    else if (!squash(text).includes(squash(excerpt))) failures.push({ path: at, message: `the excerpt is not in data/sources/${file}: "${excerpt.slice(0, 60)}"` });
  }
  return { checked: pages.length, failures };
}
