// `kepil explain-act <act> [--point p.33]`: the lawyer's review view of an act, point by point.
import type { Command } from 'commander';
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { explainAct, type ActView, type ScenarioInput } from '../engine/index.js';
import { defaultDataDir } from '../corpus/loader.js';
import { config } from '../config.js';
import { render, msg, type Lang } from '../i18n/index.js';
import { getEngine } from './engine-commands.js';
import { output, type OutputOptions } from './options.js';

/** The golden scenarios beside the data (test/scenarios/*.json); none where the package ships without them. */
function readScenarios(): ScenarioInput[] {
  const dir = join(dirname(config().KEPIL_DATA_DIR ?? defaultDataDir()), 'test', 'scenarios');
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .flatMap((file) => {
      const { scenarios } = JSON.parse(readFileSync(join(dir, file), 'utf8')) as { scenarios: Omit<ScenarioInput, 'file'>[] };
      return scenarios.map((s) => ({ ...s, file }));
    });
}

function renderView(v: ActView, lang: Lang): string {
  const t = (id: string, params?: Record<string, string | number>) => render(msg(id, params), lang);
  const lines = [t('cli.explain_act.title', { act: v.shownAs ? `${v.act} → ${v.shownAs}` : v.act }), t('cli.explain_act.summary', v.summary), ''];
  for (const p of v.points) {
    lines.push(`### ${p.point}`, `> ${p.text}`);
    if (p.readBy.length) {
      lines.push(t('cli.explain_act.read_by'));
      for (const r of p.readBy) lines.push(`  ${r.id} (${r.module}) — ${r.title}: ${r.cites.map((c) => `${c.point} «${c.quote}»`).join('; ')}`);
    }
    if (p.parameters.length) {
      lines.push(t('cli.explain_act.parameters'));
      for (const x of p.parameters) lines.push(`  ${t('cli.explain_act.parameter', { key: x.key, value: JSON.stringify(x.value), from: x.from ?? t('cli.explain_act.any_date') })} (${x.point} «${x.quote}»)${x.note ? ` — ${x.note}` : ''}`);
    }
    if (p.notModelled) lines.push(t('cli.explain_act.not_modelled', { why: p.notModelled }));
    if (!p.readBy.length && !p.notModelled) lines.push(t('cli.explain_act.neither'));
    if (p.scenarios.length) {
      lines.push(t('cli.explain_act.scenarios', { count: p.scenarios.length }));
      for (const s of p.scenarios) lines.push(`  ${s.file} › ${s.name}${s.asserted ? ` (${t('cli.explain_act.asserted')})` : ''}`);
    } else lines.push(t('cli.explain_act.no_scenarios'));
    lines.push('');
  }
  return lines.join('\n').trimEnd();
}

export function registerExplainActCommand(program: Command, run: (fn: () => void | Promise<void>) => Promise<void>): void {
  program
    .command('explain-act')
    .description("an act's points beside the rules that read them and the golden scenarios that exercise them (programme-2026-2028, gov-421-2019, gov-1086-2025)")
    .argument('<act>', 'act id')
    .option('--point <point>', 'only this point, e.g. p.33')
    .option('--json', 'print JSON')
    .option('--lang <lang>', 'kk, ru or en')
    .action((act: string, o: OutputOptions & { point?: string }) =>
      run(() => {
        output(o, explainAct(getEngine(), act, readScenarios(), o.point), renderView);
      }),
    );
}
