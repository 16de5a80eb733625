// Shared CLI plumbing: option parsing that fails with the one error shape, and the loaded corpus.
import { isoDate } from '../corpus/schema.js';
import { KepilError } from '../corpus/issues.js';
import { loadCorpus, type Corpus } from '../corpus/index.js';
import type { Lang } from './render.js';
import { today } from '../clock.js';
import { config } from '../config.js';

let corpus: Corpus | undefined;
export function getCorpus(): Corpus {
  corpus ??= loadCorpus(config().KEPIL_DATA_DIR);
  return corpus;
}


export function dateOption(value: string | undefined, field = 'date'): string {
  if (value === undefined) return today();
  const r = isoDate.safeParse(value);
  if (!r.success) throw new KepilError('bad_request', `--${field} must be a real date YYYY-MM-DD, got '${value}'`, [{ path: field, message: r.error.issues[0]?.message ?? 'invalid date' }]);
  return r.data;
}

export function langOption(value: string | undefined): Lang {
  if (value === undefined || value === 'en' || value === 'ru' || value === 'kk') return value ?? 'en';
  throw new KepilError('bad_request', `--lang must be kk, ru or en, got '${value}'`, [{ path: 'lang', message: 'one of: kk, ru, en' }]);
}

export interface OutputOptions {
  json?: boolean;
  lang?: string;
}

/** Prints `data` as JSON with --json, else the text `render` makes. */
export function output<T>(opts: OutputOptions, data: T, render: (data: T, lang: Lang) => string): void {
  const lang = langOption(opts.lang);
  process.stdout.write(opts.json ? `${JSON.stringify(data, null, 2)}\n` : `${render(data, lang)}\n`);
}
