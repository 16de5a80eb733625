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
