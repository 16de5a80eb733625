// `kepil corpus check`: provenance, the acts' own inconsistencies, and every recorded doubt.
import type { Corpus } from './corpus.js';
import { ALL_PROFILES } from './corpus.js';
import type { Act, LimitRow } from './schema.js';
import { checkProvenance, checkSavedPages, checkSecondary, type Citation, type SavedPage, type SecondaryCheck } from './provenance.js';
import { webSource } from './schema.js';
import { QUOTE_GAP } from './annex1.js';
import type { Issue } from './issues.js';
import { msg, schemaText, type Message, type Params } from '../i18n/index.js';

// Rendered in English for the corpus's string fields, and registered so messageOf renders them in kk, ru or en.
const tx = (id: string, params?: Params): string => schemaText(msg(id, params));

/** A column's name as the CLI's tables head it (col.*), so the text renders in the reader's language. */
const col = (c: string): Message => ({ id: `col.${c}` });

export interface CorpusReport {
  version: string;
  acts: number;
  provenance: { checked: number; failures: Issue[] };
  /** Public pages ({url, excerpt}) for lists the acts cite but do not contain: labelled and matched to the codes. */
  secondary: SecondaryCheck;
  inconsistencies: string[];
  doubts: { where: string; note: string }[];
}

const COLUMNS = ['total', 'children', 'adults', 'ruralTotal', 'ruralChildren', 'ruralAdults'] as const;

function annex1Citations(corpus: Corpus): Citation[] {
  return corpus.limits.flatMap((r, i) =>
    r.quote.split(QUOTE_GAP).map((quote) => ({ source: { act: corpus.programme.id, point: `annex 1, ${r.region}, ${r.profile}`, quote }, at: `data/generated/annex1-limits.json#rows[${i}]` })),
  );
}

/** The act's own sums, as published: a row's parts, and each region's all-profiles row. */
export function annex1Inconsistencies(rows: LimitRow[]): string[] {
  const out: string[] = [];
  const part = (r: LimitRow, t: keyof LimitRow, a: keyof LimitRow, b: keyof LimitRow): void => {
    const [x, y, z] = [r[t], r[a], r[b]] as (number | null)[];
    if (x != null && y != null && z != null && x !== y + z) out.push(tx('corpus.inconsistency.part', { region: r.region, profile: r.profile, t: col(String(t)), x, a: col(String(a)), y, b: col(String(b)), z, d: x - y - z }));
  };
  for (const r of rows) {
    part(r, 'total', 'children', 'adults');
    part(r, 'ruralTotal', 'ruralChildren', 'ruralAdults');
  }
  const regions = [...new Set(rows.map((r) => r.region))];
  for (const region of regions) {
    const mine = rows.filter((r) => r.region === region);
    const all = mine.find((r) => r.profile === ALL_PROFILES);
    if (!all) continue;
    for (const c of COLUMNS) {
      if (all[c] == null) continue;
      const sum = mine.filter((r) => r !== all).reduce((s, r) => s + (r[c] ?? 0), 0);
      if (sum !== all[c]) out.push(tx('corpus.inconsistency.sum', { region, column: col(c), all: all[c]!, sum, d: all[c]! - sum }));
    }
  }
  return out;
}

function actDoubts(act: Act): { where: string; note: string }[] {
  const out = act.notes.map((note) => ({ where: act.id, note }));
  const walk = (v: unknown, at: string): void => {
    if (Array.isArray(v)) v.forEach((x, i) => walk(x, `${at}[${i}]`));
    else if (v && typeof v === 'object') {
      for (const [k, x] of Object.entries(v)) {
        if (k === 'note' && typeof x === 'string') out.push({ where: at, note: x });
        else walk(x, `${at}.${k}`);
      }
    }
  };
  walk(act.content, `${act.id}#content`);
  walk(act.life, `${act.id}#life`);
  walk(act.entryIntoForce, `${act.id}#entryIntoForce`);
  // A parameter's note records a reading ("65 жастан асқан" = over 65): a doubt like any other.
  walk(act.parameters, `${act.id}#parameters`);
  return out;
}

/** Every saved web page the data cites: acts published on the web (`publishedAt`), and the regional search's finds. */
export function savedPages(corpus: Corpus): SavedPage[] {
  const acts = [...corpus.acts.values()].flatMap((a) => (a.publishedAt ? [{ at: `data/acts/${a.id}.json#publishedAt`, excerpt: a.publishedAt.excerpt, file: a.seed }] : []));
  const finds = [...corpus.regionalSearch.values()].flatMap((r) => r.found.map((f, i) => ({ at: `data/reference/regional-search.json#${r.region}.found[${i}]`, excerpt: f.page.excerpt, file: f.file })));
  return [...acts, ...finds];
}

function mergeChecks(a: SecondaryCheck, b: SecondaryCheck): SecondaryCheck {
  return { checked: a.checked + b.checked, failures: [...a.failures, ...b.failures] };
}

export function checkCorpus(corpus: Corpus): CorpusReport {
  const acts = [...corpus.acts.values()];
  const wording = corpus.programme.content.criteria.find((c) => c.source.quote.includes('10 000 мың'));
  return {
    version: corpus.version,
    acts: acts.length,
    provenance: checkProvenance(acts, corpus.sources, annex1Citations(corpus)),
    secondary: mergeChecks(
      checkSecondary(
        [
          ...acts.map((a) => ({ file: `data/acts/${a.id}.json`, data: a })),
          { file: 'data/reference/socially-significant.json', data: corpus.sociallySignificant },
          { file: 'data/reference/regional-search.json', data: [...corpus.regionalSearch.values()].map((r) => r.found.map((f) => f.page)) },
          ...[...corpus.parameters.values()].map((e) => ({ file: e.file, data: e.parameter })),
        ],
        corpus.sociallySignificant,
        (v) => {
          const r = webSource.safeParse(v);
          return r.success ? null : r.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ');
        },
      ),
      checkSavedPages(savedPages(corpus), corpus.sources),
    ),
    inconsistencies: [
      ...annex1Inconsistencies(corpus.limits),
      ...(wording ? [tx('corpus.inconsistency.p79', { n: wording.number })] : []),
    ],
    doubts: [
      ...acts.flatMap(actDoubts),
      ...corpus.limits.filter((r) => r.note).map((r) => ({ where: `annex 1 ${r.region}/${r.profile}`, note: r.note! })),
    ],
  };
}
