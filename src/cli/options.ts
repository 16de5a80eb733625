// Shared CLI plumbing: option parsing that fails with the one error shape, and the loaded corpus.
import { isoDate } from '../corpus/schema.js';
import { KepilError, issue } from '../corpus/issues.js';
import { loadCorpus, type Corpus } from '../corpus/index.js';
import { today } from '../clock.js';
import { config } from '../config.js';
import { DEFAULT_LANG, msg, parseLang, type Lang } from '../i18n/index.js';
import { localize } from '../i18n/localize.js';
import { citerFor } from '../corpus/citer.js';

export type { Lang };

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
  if (value === undefined) return DEFAULT_LANG;
  const lang = parseLang(value);
  if (lang) return lang;
  throw new KepilError('bad_request', msg('error.badLang', { value }), [issue('lang', msg('validation.lang'))]);
}

/** The language the command line asked for, read before commander parses (errors use it too). */
export function argvLang(argv: string[] = process.argv): Lang {
  const i = argv.findIndex((a) => a === '--lang' || a.startsWith('--lang='));
  if (i < 0) return DEFAULT_LANG;
  const value = argv[i]!.includes('=') ? argv[i]!.split('=')[1] : argv[i + 1];
  return (value && parseLang(value)) || DEFAULT_LANG;
}

export interface OutputOptions {
  json?: boolean;
  lang?: string;
}

/** Data in `lang`: texts rendered from their message ids, citations as a person writes them. */
export function localized<T>(data: T, lang: Lang): T {
  const citer = citerFor(getCorpus());
  return localize(data, lang, { cite: (s, l) => citer.cite(s, l) });
}

/** Prints `data` as JSON with --json, else the text `render` makes; both in the chosen language. */
export function output<T>(opts: OutputOptions, data: T, render: (data: T, lang: Lang) => string): void {
  const lang = langOption(opts.lang);
  const local = localized(data, lang);
  process.stdout.write(opts.json ? `${JSON.stringify(local, null, 2)}\n` : `${render(local, lang)}\n`);
}
