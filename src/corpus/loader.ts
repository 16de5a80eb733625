// Reads data/ into a validated corpus. The only module of the corpus that touches the disk.
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { join, dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { z } from 'zod';
import { act, referenceFile, annex1File, type Act, type ReferenceFile, type Annex1File } from './schema.js';
import { KepilError, formatPath, type Issue } from './issues.js';
import { msg, render } from '../i18n/index.js';

export interface RawCorpus {
  acts: Act[];
  reference: ReferenceFile[];
  annex1: Annex1File;
  /** Seed file name → its text, unchanged. */
  sources: Map<string, string>;
  /** Content hash of every file under data/: the dataset version. */
  version: string;
}

/** data/ beside the package, wherever the code runs from (src/ or dist/src/). */
export function defaultDataDir(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (let i = 0; i < 5; i++) {
    if (existsSync(join(dir, 'data', 'acts'))) return join(dir, 'data');
    dir = dirname(dir);
  }
  return resolve('data');
}

/**
 * A draft from `kepil act import` is refused until a person settles each `needsReview` entry (and
 * deletes it): one issue per entry, naming the row and the source line. An empty list is dropped.
 */
function unsettled(json: unknown, file: string, issues: Issue[]): boolean {
  if (typeof json !== 'object' || json === null || !('needsReview' in json)) return false;
  const o = json as { needsReview: unknown };
  if (Array.isArray(o.needsReview) && o.needsReview.length === 0) {
    delete (o as { needsReview?: unknown }).needsReview;
    return false;
  }
  const entries = Array.isArray(o.needsReview) ? (o.needsReview as { path?: unknown; row?: unknown; what?: unknown; line?: unknown }[]) : [];
  if (entries.length === 0) issues.push({ path: `${file}#needsReview`, message: 'needsReview must be a list; a draft is loaded only when it is empty' });
  entries.forEach((e, i) => {
    const m = msg('import.loader.unsettled', { row: String(e?.row ?? e?.path ?? '?'), what: { id: `import.review.${String(e?.what)}` }, line: Number(e?.line ?? 0) });
    issues.push({ path: `${file}#needsReview[${i}]`, message: render(m, 'en'), msg: m });
  });
  return true;
}

function parseFile<S extends z.ZodType>(schema: S, file: string, text: string, issues: Issue[]): z.infer<S> | undefined {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (e) {
    issues.push({ path: file, message: `not valid JSON: ${(e as Error).message}` });
    return undefined;
  }
  if (unsettled(json, file, issues)) return undefined;
  const parsed = schema.safeParse(json);
  if (parsed.success) return parsed.data;
  for (const issue of parsed.error.issues) {
    issues.push({ path: `${file}#${formatPath(issue.path)}`, message: issue.message });
  }
  return undefined;
}

function jsonFiles(dir: string): string[] {
  return readdirSync(dir).filter((f) => f.endsWith('.json')).sort();
}

/** Loads and validates every data file; refuses the whole corpus if any file is invalid. */
export function loadRawCorpus(dataDir = defaultDataDir()): RawCorpus {
  const issues: Issue[] = [];
  const hash = createHash('sha256');
  const read = (rel: string): string => {
    const text = readFileSync(join(dataDir, rel), 'utf8');
    hash.update(rel).update('\0').update(text).update('\0');
    return text;
  };

  const acts: Act[] = [];
  for (const f of jsonFiles(join(dataDir, 'acts'))) {
    const rel = `acts/${f}`;
    const parsed = parseFile(act, `data/${rel}`, read(rel), issues);
    if (parsed) acts.push(parsed);
  }
  const reference: ReferenceFile[] = [];
  for (const f of jsonFiles(join(dataDir, 'reference'))) {
    const rel = `reference/${f}`;
    const parsed = parseFile(referenceFile, `data/${rel}`, read(rel), issues);
    if (parsed) reference.push(parsed);
  }
  const annex1 = parseFile(annex1File, 'data/generated/annex1-limits.json', read('generated/annex1-limits.json'), issues);
  const sources = new Map<string, string>();
  for (const f of readdirSync(join(dataDir, 'sources')).filter((f) => f.endsWith('.txt')).sort()) {
    sources.set(f, read(`sources/${f}`));
  }
  if (issues.length > 0 || !annex1) {
    throw new KepilError('corpus_invalid', `the corpus in ${dataDir} has ${issues.length} invalid entr${issues.length === 1 ? 'y' : 'ies'}`, issues);
  }
  return { acts, reference, annex1, sources, version: hash.digest('hex').slice(0, 16) };
}
