// `kepil act import FILE.txt [--region R] [--out data/acts/ID.json] [--json]`: a maslikhat decision's
// published text → a draft act file. The importer (src/corpus/import) is pure; this reads and writes.
// It does not load the corpus (a data folder holding an unsettled draft does not load): it reads the
// region table and the act files' names only.
import type { Command } from 'commander';
import { readFileSync, writeFileSync, existsSync, readdirSync } from 'node:fs';
import { join, basename, resolve, dirname } from 'node:path';
import { importAct } from '../corpus/import/index.js';
import { referenceFile, type Region, type ReviewEntry } from '../corpus/schema.js';
import { defaultDataDir } from '../corpus/loader.js';
import { KepilError, issue } from '../corpus/issues.js';
import { config } from '../config.js';
import { msg, render, type Lang } from '../i18n/index.js';
import { langOption } from './options.js';

interface ImportOptions {
  region?: string;
  out?: string;
  json?: boolean;
  lang?: string;
}

function regionsIn(dataDir: string): Region[] {
  const table = referenceFile.parse(JSON.parse(readFileSync(join(dataDir, 'reference', 'regions.json'), 'utf8')));
  return table.table === 'regions' ? table.rows : [];
}

function readInput(file: string): Uint8Array {
  try {
    return readFileSync(file);
  } catch (e) {
    const m = msg('import.error.cannotRead', { file, reason: (e as NodeJS.ErrnoException).code ?? (e as Error).message });
    throw new KepilError('bad_request', m, [issue('file', m)]);
  }
}

/** The review entries as the report prints them, in `lang`. */
function entryLines(review: ReviewEntry[], lang: Lang): string[] {
  return review.map((r) => render(msg('import.cli.entry', { where: r.row ?? r.path, what: msg(`import.review.${r.what}`), line: r.line, quote: r.quote }), lang));
}

export function registerActImportCommand(program: Command, run: (fn: () => void | Promise<void>) => Promise<void>): void {
  const act = program.commands.find((c) => c.name() === 'act') ?? program.command('act').description('maslikhat decisions as data files');
  act
    .command('import')
    .description("a maslikhat decision's published text (kk or ru) → a draft act file; what it cannot read is listed as needsReview")
    .argument('<file>', 'the decision as published, plain text (UTF-8)')
    .option('--region <id>', 'region id, where the issuer does not name it plainly')
    .option('--out <file>', 'where to write the draft (default: data/acts/ID.json)')
    .option('--json', 'print JSON')
    .option('--lang <lang>', 'kk, ru or en (default kk)', 'kk')
    .action((file: string, o: ImportOptions) =>
      run(() => {
        const lang = langOption(o.lang);
        const dataDir = config().KEPIL_DATA_DIR ?? defaultDataDir();
        const knownActs = new Set(readdirSync(join(dataDir, 'acts')).filter((f) => f.endsWith('.json')).map((f) => f.slice(0, -5)));
        const result = importAct(readInput(file), { regions: regionsIn(dataDir), region: o.region, seed: basename(file), knownActs });
        const out = o.out ?? join(dataDir, 'acts', `${result.act.id}.json`);
        if (existsSync(out)) {
          const m = msg('import.error.exists', { file: out });
          throw new KepilError('bad_request', m, [issue('out', m)]);
        }
        try {
          writeFileSync(out, `${JSON.stringify(result.act, null, 2)}\n`, { flag: 'wx' });
        } catch (e) {
          const m = msg('import.error.cannotWrite', { file: out, reason: (e as NodeJS.ErrnoException).code ?? (e as Error).message });
          throw new KepilError('bad_request', m, [issue('out', m)]);
        }
        const rows = result.annex?.rows ?? [];
        // A row is read in full unless its cells or its section are in doubt (a missing ICD-10 code or Kazakh name is not a doubt about the reading).
        const flagged = new Set(result.review.filter((r) => r.row && /^content\.list\.rows\[\d+\](?:\.section)?$/.test(r.path)).map((r) => r.row));
        const count = (s: string) => rows.filter((r) => r.section === s).length;
        const inSources = resolve(dirname(file)) === resolve(dataDir, 'sources');
        const summary = {
          file: out,
          act: result.act.id,
          textLang: result.lang,
          rows: { total: rows.length, drugs: count('drugs'), devices: count('devices'), nutrition: count('nutrition'), readInFull: rows.length - flagged.size },
          seedInSources: inSources,
          needsReview: result.review.map((r) => ({ ...r, whatText: render(msg(`import.review.${r.what}`), lang) })),
        };
        if (o.json) {
          process.stdout.write(`${JSON.stringify(summary, null, 2)}\n`);
          return;
        }
        const t = (id: string, params?: Record<string, string | number>) => render(msg(id, params), lang);
        process.stdout.write(
          `${[
            t('import.cli.wrote', { file: out, id: result.act.id, lang: result.lang }),
            t('import.cli.rows', { rows: rows.length, drugs: count('drugs'), devices: count('devices'), nutrition: count('nutrition'), clean: rows.length - flagged.size }),
            ...(inSources ? [] : [t('import.cli.seedOutside', { file: basename(file) })]),
            t('import.cli.review', { n: result.review.length }),
            ...entryLines(result.review, lang),
            t('import.cli.left'),
          ].join('\n')}\n`,
        );
      }),
    );
}
