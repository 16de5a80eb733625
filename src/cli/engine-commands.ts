// `kepil check` and `kepil entitlements`: a request as JSON from --file or stdin, the answer as JSON
// (the default, or --json) or readable (--explain), in the language --lang names (kk by default).
import type { Command } from 'commander';
import { compile, decide, entitlements, parseRequest, parseEntitlementsRequest, type Engine, type Decision, type Entitlements } from '../engine/index.js';
import { getCorpus, langOption, localized, type Lang } from './options.js';
import { readJsonFile } from './input.js';
import { pickName as pick, t } from '../i18n/index.js';

let engine: Engine | undefined;
export function getEngine(): Engine {
  engine ??= compile(getCorpus());
  return engine;
}

type Cited = { act: string; point: string; quote: string; cite?: string; clause?: string; gist?: string };
const where = (s: Cited) => s.cite ?? `${s.act} ${s.point}`;

/** A decision already rendered in `lang`, as lines a person reads. */
export function explainDecision(d: Decision, lang: Lang): string {
  const lines = [t('cli.outcome', lang, { outcome: t(`outcome.${d.outcome}`, lang) }) + (d.package ? ` — ${t(`package.${d.package}`, lang)}` : '')];
  const basis = [...new Map(d.basis.map((b: Cited) => [`${b.act}|${b.point}|${b.clause ?? b.quote}`, b])).values()];
  if (basis.length) lines.push(t('cli.because', lang), ...basis.map((b: Cited) => `  ${where(b)}: «${b.clause ?? b.quote}»${b.gist ? `\n    ${b.gist}` : ''}`));
  // A text that holds in some readings only says under which (issue 16).
  const framed = (x: { text: string; when?: { text: string } }) => (x.when ? t('readable.when', lang, { when: x.when.text, text: x.text }) : x.text);
  const pkgOf = (p: string | null) => (p ? t(`package.${p}`, lang) : '—');
  if (d.packages?.length) lines.push(t('readable.cli.packages', lang), ...d.packages.map((p) => `  ${t('readable.cli.packageWhen', lang, { package: pkgOf(p.package), when: p.when.text })}`));
  if (d.reasons.length) lines.push(t(d.outcome === 'undetermined' ? 'readable.cli.whereNotFree' : 'cli.notCoveredBecause', lang), ...d.reasons.map((r) => `  ${framed(r)}${r.source ? ` (${where(r.source as Cited)})` : ''}`));
  if (d.conditions.length) lines.push(t('cli.conditions', lang), ...d.conditions.map((c) => `  [${t(c.status === 'met' ? 'cli.met' : 'cli.toVerify', lang)}] ${framed(c)}`));
  // The questions below ask what is missing, in words; without them, what is missing is said here.
  if (d.missing.length && !d.questions.length) lines.push(t('cli.missing', lang), ...d.missing.map((m) => `  ${m.text}`));
  if (d.wouldCover.length) lines.push(t('cli.wouldCover', lang), ...d.wouldCover.map((w) => `  ${w.change}: ${w.package ? t(`package.${w.package}`, lang) : '—'}${w.basis[0] ? ` (${w.basis.map((b: Cited) => where(b)).join('; ')})` : ''}`));
  // One reading is the answer itself: what it depends on is said where there are two or more.
  if (d.readings.length > 1) lines.push(t('readable.cli.dependsOn', lang), ...d.readings.map((r) => `  ${t('cli.if', lang, { assumption: r.assumption, outcome: t(`outcome.${r.outcome}`, lang) })}${r.package ? ` (${t(`package.${r.package}`, lang)})` : ''}`));
  const extra = d as Decision & { nextSteps?: { text: string }[] };
  const choice = (v: { text: string; outcome: string; package: string | null }) => `    • ${v.text} → ${t(`outcome.${v.outcome}`, lang)}${v.package ? ` (${t(`package.${v.package}`, lang)})` : ''}`;
  if (d.questions.length) lines.push(t('readable.cli.questions', lang), ...d.questions.flatMap((q) => [`  ${q.text}`, ...q.values.map(choice), ...(q.authority ? [`    ${q.authority.text}`] : [])]));
  if (d.interpretations.length)
    lines.push(
      t('cli.interpretations', lang),
      ...d.interpretations.flatMap((i) => {
        const used = i.readings.find((r) => r.value === i.used);
        return [`  ${i.text} (${where(i.source as Cited)}): ${used ? t('readable.cli.readAs', lang, { reading: used.text }) : t('cli.openReading', lang)}`, ...i.readings.map(choice)];
      }),
    );
  if (extra.nextSteps?.length) lines.push(t('cli.nextSteps', lang), ...extra.nextSteps.map((s) => `  • ${s.text}`));
  if (d.notes.length) lines.push(t('cli.notes', lang), ...d.notes.map((n) => `  ${n}`));
  lines.push(t('cli.trace', lang), ...d.trace.map((s) => `  ${s.rule} → ${s.result}`), t('cli.dataset', lang, { version: d.datasetVersion }));
  return lines.join('\n');
}

function explainEntitlements(en: Entitlements, lang: Lang): string {
  // A p.55 group by its name in the act (words, not ids).
  const groupName = (id: string) => {
    const g = getEngine().cshiGroups.get(id);
    return g ? pick(g.name, lang) : id;
  };
  const show = (s: unknown) => t(s === true ? 'cli.yes' : s === false ? 'cli.no' : 'cli.unknown', lang);
  const lines = [
    en.age !== null ? t('cli.onDateAged', lang, { date: en.date, age: en.age }) : t('cli.onDate', lang, { date: en.date }),
    `  ${t('package.gvfmc', lang)}: ${show(en.packages.gvfmc.state)}`,
    `  ${t('package.cshi', lang)}: ${show(en.packages.cshi.state)}${en.packages.cshi.groups.length ? ` (${t('cli.statePays', lang, { groups: en.packages.cshi.groups.map(groupName).join(', ') })})` : ''}`,
    t('cli.care', lang),
    ...en.care.map((c) => `  ${t(`package.${c.package}`, lang).padEnd(5)} ${t(`readable.careType.${c.type}`, lang)}: ${c.scope} (${where(c.source as Cited)})${c.status === 'yes' ? '' : ` — ${t('cli.ifConfirmed', lang)}`}`),
    t('cli.regionalList', lang, { region: en.regional.region ?? t('cli.noRegion', lang), state: t(`state.${en.regional.state}`, lang), reason: en.regional.reason }),
    ...en.regional.entries.map((r) => `  ${r.row}: ${lang === 'kk' ? r.disease.kk : (r.disease[lang] ?? r.disease.kk)} → ${r.items.join('; ')}${r.conditions.length ? ` [${r.conditions.map((c) => c.text).join('; ')}]` : ''}`),
  ];
  return lines.join('\n');
}

/** The JSON answer is the API's: the trace only with --explain (as ?explain=true). */
const withoutTrace = ({ trace: _trace, ...decision }: Decision) => decision;

/** A command that reads one JSON request and prints one JSON answer (--json, the default), or a readable one with --explain. */
function jsonCommand<T>(program: Command, run: (fn: () => void) => Promise<void>, name: string, description: string, answer: (input: unknown) => T, explain: (answer: T, lang: Lang) => string, json: (answer: T) => unknown = (a) => a): void {
  program
    .command(name)
    .description(description)
    .option('--file <file>', 'read the request from a file')
    .option('--json', 'print the answer as JSON (the default)')
    .option('--explain', 'print a readable summary instead of JSON')
    .option('--lang <lang>', 'kk, ru or en: the language of every text in the answer', 'kk')
    .action((o: { file?: string; explain?: boolean; json?: boolean; lang: string }) =>
      run(() => {
        const lang = langOption(o.lang);
        const result = localized(answer(readJsonFile(o.file)), lang);
        process.stdout.write(o.explain && !o.json ? `${explain(result, lang)}\n` : `${JSON.stringify(json(result), null, 2)}\n`);
      }),
    );
}

export function registerEngineCommands(program: Command, run: (fn: () => void | Promise<void>) => Promise<void>): void {
  jsonCommand(program, run, 'check', 'is this care, drug or device free for this person on this date? (request JSON on stdin or --file)', (input) => decide(getEngine(), parseRequest(input)), explainDecision, withoutTrace);
  jsonCommand(program, run, 'entitlements', 'everything a person has on a date (request JSON {date, person} on stdin or --file)', (input) => entitlements(getEngine(), parseEntitlementsRequest(input)), explainEntitlements);
}
