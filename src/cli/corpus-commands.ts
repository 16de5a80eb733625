// CLI commands that read the corpus: acts, regional, limits, payments, criteria, search, corpus check.
import type { Command } from 'commander';
import { actsOn, regionalListOn, limits, payments, criteria, search, checkCorpus, type DateStatus } from '../corpus/index.js';
import { table, pick, type Lang } from './render.js';
import { getCorpus, dateOption, output, type OutputOptions } from './options.js';
import { loadRawCorpus, defaultDataDir } from '../corpus/loader.js';
import { buildCorpus } from '../corpus/corpus.js';
import { KepilError } from '../corpus/issues.js';
import { assessCriteria, assessmentRequest, parseWith } from '../engine/index.js';
import { thresholdText } from '../engine/criteria.js';
import { readJsonFile } from './input.js';

export function describeStatus(s: DateStatus): string {
  const window = s.window ? ` [${s.window.from} … ${s.window.to ?? 'open'})` : '';
  return `${s.state}${s.presumed ? ' (presumed)' : ''}${window}`;
}

function withOutput(cmd: Command): Command {
  return cmd.option('--json', 'print JSON').option('--lang <lang>', 'kk, ru or en', 'en');
}

export function registerCorpusCommands(program: Command, run: (fn: () => void | Promise<void>) => Promise<void>): void {
  withOutput(program.command('acts').description('every act, and whether it is in force on a date').option('--date <date>', 'YYYY-MM-DD (default: today)')).action((o: OutputOptions & { date?: string }) =>
    run(() => {
      const date = dateOption(o.date);
      output(o, { date, acts: actsOn(getCorpus(), date) }, (d, lang) =>
        `Acts on ${d.date}\n${table(
          d.acts.map((a) => ({ id: a.id, number: a.number, adopted: a.adopted, 'in force': describeStatus(a.inForce), title: shorten(pick(a.title, lang), 80) })),
          ['id', 'number', 'adopted', 'in force', 'title'],
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
          table(
            rs.map((r) => ({ region: r.region, profile: pick(r.profileName, lang), total: r.total, children: r.children, adults: r.adults, 'rural total': r.ruralTotal, 'rural children': r.ruralChildren, 'rural adults': r.ruralAdults })),
            ['region', 'profile', 'total', 'children', 'adults', 'rural total', 'rural children', 'rural adults'],
          ),
        );
      }),
  );

  withOutput(program.command('payments').description('payment methods (programme annex 2)')).action((o: OutputOptions) =>
    run(() =>
      output(o, payments(getCorpus()), (rows, lang) =>
        table(
          rows.map((r) => ({ '№': r.number ?? '(unnumbered)', direction: pick(r.direction, lang), methods: r.methods.map((m) => `• ${pick(m, lang)}`).join('\n'), point: r.source.point })),
          ['№', 'direction', 'methods', 'point'],
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
        return output(o, result, (r) =>
          `${r.region ?? 'region not named'}: ${r.summary.yes} hold, ${r.summary.no} fail, ${r.summary.undetermined} undetermined\n${table(
            r.criteria.map((c) => ({ '№': c.number, criterion: c.id, value: c.value, threshold: c.threshold, holds: c.holds, note: c.note ?? '' })),
            ['№', 'criterion', 'value', 'threshold', 'holds', 'note'],
            50,
          )}`,
        );
      }
      return output(o, criteria(getCorpus()), (d, lang) =>
        [
          'Accessibility criteria (programme p.79)',
          table(
            d.criteria.map((c) => ({ '№': c.number, criterion: pick(c.name, lang), threshold: thresholdText(c.threshold), note: c.note ?? '' })),
            ['№', 'criterion', 'threshold', 'note'],
            50,
          ),
          '',
          'Ambulance arrival norms (programme p.4)',
          table(d.ambulanceNorms.map((n) => ({ category: n.urgencyCategory, 'max minutes': n.maxArrivalMinutes, 'served by': n.servedBy })), ['category', 'max minutes', 'served by']),
        ].join('\n'),
      );
    }),
  );

  withOutput(program.command('search').description('find diseases, drugs, devices and products across all lists').argument('<text...>', 'words in kk, ru or en')).action(
    (words: string[], o: OutputOptions) =>
      run(() =>
        output(o, search(getCorpus(), words.join(' ')), (hits, lang) =>
          hits.length === 0 ? 'nothing found' : table(hits.map((h) => ({ region: h.region, row: h.row, disease: pick(h.disease, lang), item: h.item ?? '' })), ['region', 'row', 'disease', 'item']),
        ),
      ),
  );

  const corpusCmd = program.command('corpus').description('the legal corpus itself');
  corpusCmd
    .command('check')
    .description('schema, provenance, the acts’ own inconsistencies, and every recorded doubt')
    .option('--json', 'print JSON')
    .option('--data <dir>', 'the data folder', defaultDataDir())
    .action((o: { json?: boolean; data: string }) =>
      run(() => {
        let raw;
        try {
          raw = loadRawCorpus(o.data);
        } catch (e) {
          if (e instanceof KepilError) {
            process.stdout.write(o.json ? `${JSON.stringify({ schema: e.issues }, null, 2)}\n` : `Schema errors (${e.issues.length}):\n${e.issues.map((i) => `  ${i.path}: ${i.message}`).join('\n')}\n`);
            process.exitCode = 1;
            return;
          }
          throw e;
        }
        const report = checkCorpus(buildCorpus(raw));
        if (report.provenance.failures.length > 0 || report.secondary.failures.length > 0) process.exitCode = 1;
        output({ json: o.json }, report, (r) =>
          [
            `Corpus ${r.version}: ${r.acts} acts`,
            `Schema: ok`,
            `Provenance: ${r.provenance.checked} quotes checked, ${r.provenance.failures.length} not found`,
            ...r.provenance.failures.map((f) => `  ${f.path}: ${f.message}`),
            `Secondary sources (public pages, labelled secondary): ${r.secondary.checked} checked, ${r.secondary.failures.length} failing`,
            ...r.secondary.failures.map((f) => `  ${f.path}: ${f.message}`),
            `The acts' own inconsistencies (kept as published): ${r.inconsistencies.length}`,
            ...r.inconsistencies.map((i) => `  ${i}`),
            `Doubts recorded in the data: ${r.doubts.length}`,
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
  const head = `${r.region} on ${r.date}: ${r.state}${r.act ? ` (${r.act})` : ''}\n${r.reason}`;
  if (!r.list) return head;
  const rows = r.list.rows.map((row) => ({
    '№': `${row.section}/${row.number}`,
    disease: pick(row.disease, lang),
    population: row.population.category + (row.population.dispensary === 'required' ? ', dispensary' : ''),
    items: row.items.map((i) => `• ${i.named ? (lang === 'kk' ? i.nameInAct : (i.names?.[lang] ?? i.nameInAct)) : (i.names?.[lang === 'kk' ? 'en' : lang] ?? i.nameInAct)}`).join('\n'),
  }));
  const notes = r.notes.length ? `\nDoubts:\n${r.notes.map((n) => `  ${n.row}: ${n.note}`).join('\n')}` : '';
  return `${head}\n${table(rows, ['№', 'disease', 'population', 'items'], 45)}${notes}`;
}
