// `kepil check` and `kepil entitlements`: a request as JSON from --file or stdin, the answer as JSON.
import type { Command } from 'commander';
import { compile, decide, entitlements, parseRequest, parseEntitlementsRequest, type Engine, type Decision, type Entitlements } from '../engine/index.js';
import { getCorpus } from './options.js';
import { readJsonFile } from './input.js';

let engine: Engine | undefined;
export function getEngine(): Engine {
  engine ??= compile(getCorpus());
  return engine;
}

export function explainDecision(d: Decision): string {
  const lines = [`Outcome: ${d.outcome.toUpperCase()}${d.package ? ` — ${d.package}` : ''}`];
  if (d.basis.length) lines.push('Because:', ...d.basis.map((b) => `  ${b.act} ${b.point}: «${b.quote}»`));
  if (d.reasons.length) lines.push('Not covered because:', ...d.reasons.map((r) => `  ${r.text}${r.source ? ` (${r.source.act} ${r.source.point})` : ''}`));
  if (d.conditions.length) lines.push('Conditions:', ...d.conditions.map((c) => `  [${c.status === 'met' ? 'met' : 'to verify'}] ${c.text}`));
  if (d.missing.length) lines.push('Missing:', ...d.missing.map((m) => `  ${m.kind === 'fact' ? `fact ${m.field ?? m.id}` : `${m.kind} ${m.id}`}: ${m.text}`));
  if (d.wouldCover.length) lines.push('Would be covered:', ...d.wouldCover.map((w) => `  ${w.change}: ${w.package}${w.basis[0] ? ` (${w.basis.map((b) => b.point).join(', ')})` : ''}`));
  if (d.questions.length) lines.push('Questions (the first settles the most readings):', ...d.questions.map((q) => `  ${q.field}: ${q.text}\n    ${q.values.map((v) => `${v.value} → ${v.outcome}${v.package ? ` (${v.package})` : ''}`).join('; ')}`));
  if (d.interpretations.length) lines.push('Interpretations:', ...d.interpretations.map((i) => `  ${i.id} (${i.source.point}, «${i.source.quote}»): ${i.used ? `read as ${i.used}` : 'undetermined between its readings'}; ${i.readings.map((r) => `${r.value} → ${r.outcome}${r.package ? ` (${r.package})` : ''}`).join('; ')}`));
  if (d.readings.length) lines.push('Readings:', ...d.readings.map((r) => `  if ${r.assumption}: ${r.outcome}${r.package ? ` (${r.package})` : ''}`));
  if (d.notes.length) lines.push('Notes:', ...d.notes.map((n) => `  ${n}`));
  lines.push('Trace:', ...d.trace.map((t) => `  ${t.rule} → ${t.result}`), `Dataset ${d.datasetVersion}`);
  return lines.join('\n');
}

function explainEntitlements(en: Entitlements): string {
  const show = (s: unknown) => (s === true ? 'yes' : s === false ? 'no' : 'unknown');
  const lines = [
    `On ${en.date}${en.age !== null ? `, aged ${en.age}` : ''}:`,
    `  GVFMC: ${show(en.packages.gvfmc.state)}`,
    `  CSHI: ${show(en.packages.cshi.state)}${en.packages.cshi.groups.length ? ` (state pays for: ${en.packages.cshi.groups.join(', ')})` : ''}`,
    'Care:',
    ...en.care.map((c) => `  ${c.package.padEnd(5)} ${c.type}: ${c.scope} (${c.source.point})${c.status === 'yes' ? '' : ' — if the package is confirmed'}`),
    `Regional list (${en.regional.region ?? 'no region'}): ${en.regional.state} — ${en.regional.reason}`,
    ...en.regional.entries.map((r) => `  ${r.row}: ${r.disease.kk} → ${r.items.join('; ')}${r.conditions.length ? ` [${r.conditions.map((c) => c.text).join('; ')}]` : ''}`),
  ];
  return lines.join('\n');
}

/** A command that reads one JSON request and prints one JSON answer, or a readable one with --explain. */
function jsonCommand<T>(program: Command, run: (fn: () => void) => Promise<void>, name: string, description: string, answer: (input: unknown) => T, explain: (answer: T) => string): void {
  program
    .command(name)
    .description(description)
    .option('--file <file>', 'read the request from a file')
    .option('--explain', 'print a readable summary instead of JSON')
    .action((o: { file?: string; explain?: boolean }) =>
      run(() => {
        const result = answer(readJsonFile(o.file));
        process.stdout.write(o.explain ? `${explain(result)}\n` : `${JSON.stringify(result, null, 2)}\n`);
      }),
    );
}

export function registerEngineCommands(program: Command, run: (fn: () => void | Promise<void>) => Promise<void>): void {
  jsonCommand(program, run, 'check', 'is this care, drug or device free for this person on this date? (request JSON on stdin or --file)', (input) => decide(getEngine(), parseRequest(input)), explainDecision);
  jsonCommand(program, run, 'entitlements', 'everything a person has on a date (request JSON {date, person} on stdin or --file)', (input) => entitlements(getEngine(), parseEntitlementsRequest(input)), explainEntitlements);
}
