// Plain-text tables for the terminal, and the one error shape on stderr.
import { KepilError } from '../corpus/issues.js';
import { pickName, render, type Lang } from '../i18n/index.js';
import { argvLang } from './options.js';

export type { Lang };
export const pick = pickName;

/** A table's column headers from the catalogue: `columns` are ids under col.* */
export function tableIn(lang: Lang, rows: Record<string, unknown>[], columns: string[], max = 60): string {
  const head = columns.map((c) => render({ id: `col.${c}` }, lang));
  return table(rows.map((r) => Object.fromEntries(columns.map((c, i) => [head[i]!, r[c]]))), head, max);
}

/** Renders rows as aligned columns; long cells wrap at `max` characters. */
export function table(rows: Record<string, unknown>[], columns: string[], max = 60): string {
  const cell = (v: unknown): string[] => {
    const s = v === null || v === undefined ? '—' : String(v);
    const lines: string[] = [];
    for (const para of s.split('\n')) {
      let rest = para;
      while (rest.length > max) {
        const cut = rest.lastIndexOf(' ', max) > max / 2 ? rest.lastIndexOf(' ', max) : max;
        lines.push(rest.slice(0, cut));
        rest = rest.slice(cut).trimStart();
      }
      lines.push(rest);
    }
    return lines;
  };
  const grid = rows.map((r) => columns.map((c) => cell(r[c])));
  const widths = columns.map((c, i) => Math.max(c.length, ...grid.map((g) => Math.max(...g[i]!.map((l) => l.length)))));
  const line = (cells: string[]): string => cells.map((c, i) => c.padEnd(widths[i]!)).join('  ').trimEnd();
  const out = [line(columns), line(widths.map((w) => '-'.repeat(w)))];
  for (const g of grid) {
    const height = Math.max(...g.map((c) => c.length));
    for (let k = 0; k < height; k++) out.push(line(g.map((c) => c[k] ?? '')));
  }
  return out.join('\n');
}

/** Prints the error as JSON on stderr and exits 2 (bad input) or 1 (anything else). */
export function fail(err: unknown): never {
  if (err instanceof KepilError) {
    process.stderr.write(`${JSON.stringify({ error: err.toJSON(argvLang()) }, null, 2)}\n`);
    process.exit(err.code === 'bad_request' ? 2 : 1);
  }
  process.stderr.write(`${JSON.stringify({ error: { code: 'internal', message: (err as Error)?.message ?? String(err), issues: [] } }, null, 2)}\n`);
  process.exit(1);
}
