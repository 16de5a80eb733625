// CLI commands that read the corpus: acts, regional, limits, payments, criteria, search, corpus check.
import type { Command } from 'commander';
import { actsOn, regionalListOn, limits, payments, criteria, search, checkCorpus, type DateStatus } from '../corpus/index.js';
import { tableIn, pick, type Lang } from './render.js';
import { getCorpus, dateOption, langOption, output, type OutputOptions } from './options.js';
import { t } from '../i18n/index.js';
import { compareItem } from '../engine/index.js';
import { getEngine } from './engine-commands.js';
import { loadRawCorpus, defaultDataDir } from '../corpus/loader.js';
import { buildCorpus } from '../corpus/corpus.js';
import { KepilError } from '../corpus/issues.js';
import { assessCriteria, assessmentRequest, parseWith } from '../engine/index.js';
import { thresholdText } from '../engine/criteria.js';
import { readJsonFile } from './input.js';

export function describeStatus(s: DateStatus, lang: Lang = 'en'): string {
  const window = s.window ? ` [${s.window.from} … ${s.window.to ?? '…'})` : '';
  return `${t(`state.${s.state}`, lang)}${s.presumed ? ` (${t('cli.presumed', lang)})` : ''}${window}`;
}

function withOutput(cmd: Command): Command {
  return cmd.option('--json', 'print JSON').option('--lang <lang>', 'kk, ru or en (default kk)', 'kk');
}

export function registerCorpusCommands(program: Command, run: (fn: () => void | Promise<void>) => Promise<void>): void {
  withOutput(program.command('acts').description('every act, and whether it is in force on a date').option('--date <date>', 'YYYY-MM-DD (default: today)')).action((o: OutputOptions & { date?: string }) =>
    run(() => {
      const date = dateOption(o.date);
      output(o, { date, acts: actsOn(getCorpus(), date) }, (d, lang) =>
        `${t('cli.actsOn', lang, { date: d.date })}\n${tableIn(
          lang,
          d.acts.map((a) => ({ id: a.id, number: a.number, adopted: a.adopted, inForce: describeStatus(a.inForce, lang), title: shorten(pick(a.title, lang), 80) })),
          ['id', 'number', 'adopted', 'inForce', 'title'],
        )}`,
      );
    }),
  );

  withOutput(
    program
      .command('regional')
      .description("a region's supplementary list in force on a date")
      .requiredOption('--region <id>', 'region id')
      .option('--date <date>', 'YYYY-MM-DD (default: today)')
      .option('--section <section>', 'drugs, devices or nutrition'),
  ).action((o: OutputOptions & { region: string; date?: string; section?: string }) =>
    run(() => {
      const date = dateOption(o.date);
      if (o.section && !['drugs', 'devices', 'nutrition'].includes(o.section)) {
        throw new KepilError('bad_request', `--section must be drugs, devices or nutrition, got '${o.section}'`, [{ path: 'section', message: 'one of: drugs, devices, nutrition' }]);
      }
      const result = regionalListOn(getCorpus(), o.region, date);
      if (result.list && o.section) {
        const rows = result.list.rows.filter((r) => r.section === o.section);
        result.list = { ...result.list, rows };
        result.notes = result.notes.filter((n) => rows.some((r) => r.id === n.row));
      }
      output(o, result, renderList);
    }),
  );

  withOutput(program.command('limits').description('annex 1 inpatient limits').option('--region <id>', 'region id').option('--profile <id>', 'profile id')).action(
    (o: OutputOptions & { region?: string; profile?: string }) =>
      run(() => {
        const rows = limits(getCorpus(), { region: o.region, profile: o.profile });
        output(o, rows, (rs, lang) =>
          tableIn(
            lang,
            rs.map((r) => ({ region: pick(getCorpus().regions.get(r.region)!.name, lang), profile: pick(r.profileName, lang), total: r.total, children: r.children, adults: r.adults, ruralTotal: r.ruralTotal, ruralChildren: r.ruralChildren, ruralAdults: r.ruralAdults })),
            ['region', 'profile', 'total', 'children', 'adults', 'ruralTotal', 'ruralChildren', 'ruralAdults'],
          ),
        );
      }),
  );

  withOutput(program.command('payments').description('payment methods (programme annex 2)')).action((o: OutputOptions) =>
    run(() =>
      output(o, payments(getCorpus()), (rows, lang) =>
        tableIn(
          lang,
          rows.map((r) => ({ number: r.number ?? t('cli.unnumbered', lang), direction: pick(r.direction, lang), methods: r.methods.map((m) => `• ${pick(m, lang)}`).join('\n'), point: (r.source as { cite?: string }).cite ?? r.source.point })),
          ['number', 'direction', 'methods', 'point'],
          50,
        ),
      ),
    ),
  );

  withOutput(
    program
      .command('criteria')
      .description('accessibility criteria (p.79) and ambulance arrival norms (p.4); with --assess FILE, whether they hold for measured values')
      .option('--assess <file>', 'JSON {region?, measurements: {ambulance_teams: 1.1, …}}'),
  ).action((o: OutputOptions & { assess?: string }) =>
    run(() => {
      if (o.assess) {
        const result = assessCriteria(getCorpus().programme.content.criteria, parseWith(assessmentRequest, readJsonFile(o.assess)));
        return output(o, result, (r, lang) =>
          `${t('cli.assessSummary', lang, { region: r.region ? pick(getCorpus().regions.get(r.region)?.name ?? { kk: r.region }, lang) : t('cli.regionNotNamed', lang), yes: r.summary.yes, no: r.summary.no, undetermined: r.summary.undetermined })}\n${tableIn(
            lang,
            r.criteria.map((c) => ({ number: c.number, criterion: c.id, value: c.value, threshold: c.threshold, holds: t(`cli.${c.holds === 'yes' ? 'yes' : c.holds === 'no' ? 'no' : 'unknown'}`, lang), note: c.note ?? '' })),
            ['number', 'criterion', 'value', 'threshold', 'holds', 'note'],
            50,
          )}`,
        );
      }
      return output(o, criteria(getCorpus()), (d, lang) =>
        [
          t('cli.criteriaHeading', lang),
          tableIn(
            lang,
            d.criteria.map((c) => ({ number: c.number, criterion: pick(c.name, lang), threshold: thresholdText(c.threshold, lang), note: c.note ?? '' })),
            ['number', 'criterion', 'threshold', 'note'],
            50,
          ),
          '',
          t('cli.ambulanceHeading', lang),
          tableIn(lang, d.ambulanceNorms.map((n) => ({ category: n.urgencyCategory, maxMinutes: n.maxArrivalMinutes, servedBy: n.servedBy })), ['category', 'maxMinutes', 'servedBy']),
        ].join('\n'),
      );
    }),
  );

  withOutput(
    program
      .command('search')
      .description("find diseases, drugs, devices and products across all lists, each with its list's status on a date")
      .argument('<text...>', 'words in kk, ru or en')
      .option('--date <date>', 'YYYY-MM-DD (default: today)'),
  ).action((words: string[], o: OutputOptions & { date?: string }) =>
    run(() =>
      output(o, search(getCorpus(), words.join(' '), dateOption(o.date)), (hits, lang) =>
        hits.length === 0
          ? t('cli.nothingFound', lang)
          : tableIn(
              lang,
              hits.map((h) => ({ region: pick(getCorpus().regions.get(h.region)!.name, lang), row: h.row, disease: pick(h.disease, lang), items: h.items.join('\n'), status: h.status.text })),
              ['region', 'row', 'disease', 'items', 'status'],
              40,
            ),
      ),
    ),
  );

  withOutput(
    program
      .command('compare')
      .description("which regions' lists give a drug, device or product on a date; every region named")
      .argument('<item...>', 'the name, in kk, ru or en')
      .option('--date <date>', 'YYYY-MM-DD (default: today)'),
  ).action((words: string[], o: OutputOptions & { date?: string }) =>
    run(() =>
      output(o, compareItem(getEngine(), words.join(' '), dateOption(o.date)), (c, lang) =>
        [
          t('cli.compareHeading', lang, { item: c.item, date: c.date }),
          tableIn(
            lang,
            c.coverage.map((r) => ({
              region: pick(getCorpus().regions.get(r.region)!.name, lang),
              status: r.text,
              items: c.regions.filter((e) => e.region === r.region).map((e) => `${e.row}: ${pick(e.disease, lang)}`).join('\n'),
            })),
            ['region', 'status', 'items'],
            50,
          ),
          ...(c.coverage.some((r) => r.state === 'no_list_held') ? [t('cli.compare.noListHeld', lang)] : []),
        ].join('\n'),
      ),
    ),
  );

  const corpusCmd = program.command('corpus').description('the legal corpus itself');
  corpusCmd
    .command('check')
    .description('schema, provenance, the acts’ own inconsistencies, and every recorded doubt')
    .option('--json', 'print JSON')
    .option('--data <dir>', 'the data folder', defaultDataDir())
    .option('--lang <lang>', 'kk, ru or en (default kk)', 'kk')
    .action((o: { json?: boolean; data: string; lang: string }) =>
      run(() => {
        let raw;
        try {
          raw = loadRawCorpus(o.data);
        } catch (e) {
          if (e instanceof KepilError) {
            const lang = langOption(o.lang);
            const issues = e.toJSON(lang).issues;
            process.stdout.write(o.json ? `${JSON.stringify({ schema: issues }, null, 2)}\n` : `${t('cli.check.schemaErrors', lang, { n: issues.length })}\n${issues.map((i) => `  ${i.path}: ${i.message}`).join('\n')}\n`);
            process.exitCode = 1;
            return;
          }
          throw e;
        }
        const report = checkCorpus(buildCorpus(raw));
        if (report.provenance.failures.length > 0 || report.secondary.failures.length > 0) process.exitCode = 1;
        output({ json: o.json, lang: o.lang }, report, (r, lang) =>
          [
            t('cli.check.corpus', lang, { version: r.version, acts: r.acts }),
            t('cli.check.schemaOk', lang),
            t('cli.check.provenance', lang, { checked: r.provenance.checked, failed: r.provenance.failures.length }),
            ...r.provenance.failures.map((f) => `  ${f.path}: ${f.message}`),
            t('cli.check.secondary', lang, { checked: r.secondary.checked, failed: r.secondary.failures.length }),
            ...r.secondary.failures.map((f) => `  ${f.path}: ${f.message}`),
            t('cli.check.inconsistencies', lang, { n: r.inconsistencies.length }),
            ...r.inconsistencies.map((i) => `  ${i}`),
            t('cli.check.doubts', lang, { n: r.doubts.length }),
            ...r.doubts.map((d) => `  ${d.where}: ${d.note}`),
          ].join('\n'),
        );
      }),
    );
}

function shorten(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1).trimEnd()}…`;
}

function renderList(r: ReturnType<typeof regionalListOn>, lang: Lang): string {
  const region = pick(getCorpus().regions.get(r.region)!.name, lang);
  // The region's standing first (in force from D, repealed from D, no list held), then the reason when it adds to it.
  const head = `${t('cli.listOn', lang, { region, date: r.date, state: r.standing.text })}${r.reason === r.standing.text ? '' : `\n${r.reason}`}`;
  if (!r.list) return head;
  const rows = r.list.rows.map((row) => ({
    number: `${row.section}/${row.number}`,
    disease: pick(row.disease, lang),
    population: t(`population.${row.population.category}`, lang) + (row.population.dispensary === 'required' ? `; ${t('cli.dispensaryRequired', lang)}` : ''),
    items: row.items.map((i) => `• ${i.named ? (lang === 'kk' ? i.nameInAct : (i.names?.[lang] ?? i.nameInAct)) : t('cli.unnamedItem', lang, { kind: i.nameInAct })}`).join('\n'),
  }));
  const notes = r.notes.length ? `\n${t('cli.doubts', lang)}\n${r.notes.map((n) => `  ${n.row}: ${n.note}`).join('\n')}` : '';
  return `${head}\n${tableIn(lang, rows, ['number', 'disease', 'population', 'items'], 45)}${notes}`;
}
