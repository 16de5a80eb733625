// The draft act file: the corpus schema's act, with every value quoted from the text, and what the
// importer could not read listed in `needsReview`, row by row. Built as plain data (no I/O); each
// field is written by one small function, so a field added later (a web provenance) has one place.
import type { PopulationCategory } from '../schema.js';
import type { ReviewKind, ReviewEntry } from '../schema.js';
import { LANGS, render, type Params } from '../../i18n/index.js';
import { addDays } from './dates.js';
import type { Header, Link, RepealedRef, Found } from './header.js';
import type { Annex, ParsedRow, Section } from './annex.js';
import type { TextLang } from './text.js';

type Prose = { en: string; kk: string; ru: string; translations: 'unofficial' };

/** A catalogue text in the three languages, as the data's prose holds it. */
export function prose(id: string, params?: Params): Prose {
  const [kk, ru, en] = LANGS.map((l) => render(params ? { id, params } : { id }, l));
  return { en: en!, kk: kk!, ru: ru!, translations: 'unofficial' };
}

export interface DraftInput {
  header: Header;
  annex: Annex | null;
  repealed: RepealedRef[];
  lang: TextLang;
  seed: string;
  title: Found<string> | null;
  /** Act ids the corpus holds: a link to any other act needs its metadata file first. */
  knownActs: ReadonlySet<string>;
}

const slug = (n: string): string => n.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');

export function actIdFor(region: string, number: string, adopted: string, selfId?: string): string {
  const id = `${region}-${slug(number)}`;
  return id === selfId ? `${id}-${adopted.slice(0, 4)}` : id;
}

function window(base: string, days: number, baseKind: 'registration' | 'adoption', source: { act: string; point: string; quote: string } | null, number: string | null, adopted: string | null) {
  const params = { days, base: baseKind === 'registration' ? { id: 'import.rule.base.registration' } : { id: 'import.rule.base.adoption' }, date: base, number: number ?? '', adopted: adopted ?? '' };
  return {
    exact: null,
    earliest: days === 0 ? base : addDays(base, days + 1),
    latest: null,
    rule: prose(days === 0 ? 'import.rule.onPublication' : number ? 'import.rule.daysOther' : 'import.rule.days', params),
    source,
  };
}

const POPULATION: [RegExp, PopulationCategory][] = [
  [/1\s+жасқа\s+дейінгі|до\s+(?:одного|1)\s+года/iu, 'infants_under_1'],
  [/жүкті|босанған|беременн|родильниц/iu, 'pregnant_or_postpartum'],
  [/18\s+жасқа\s+дейінгі|балалар|дети/iu, 'children_under_18'],
  [/ересектер|взросл/iu, 'adults'],
  [/барлық\s+санаттары|все\s+категории|жекелеген\s+санаттарына|азаматтарға/iu, 'all'],
];

function populationOf(text: string): PopulationCategory | null {
  const hits = POPULATION.filter(([re]) => re.test(text));
  return hits.length === 1 || (hits.length > 1 && hits[0]![1] === 'infants_under_1') ? hits[0]![1] : null;
}

// The indication column's usual phrases, by the flag the project gives them; what is left over is 'other'.
const INDICATION_PHRASES: [RegExp, string][] = [
  [/(?:барлық\s+сатылар\p{L}*|ауырлықтың\s+барлық\s+(?:сатылар|фазалар)\p{L}*)\s+және\s+(?:ауырлық\s+)?дәреже\p{L}*|все\s+стадии\s+и\s+степени\s+тяжести/giu, 'all_stages'],
  [/дәстүрлі\s+(?:терапияға|емдеуге)\s+толық\s+(?:жауап\s+бермейтін|емес\s+жауаппен)|не\s+отвечающ\p{L}*\s+на\s+традиционн\p{L}*\s+терапи\p{L}*/giu, 'refractory'],
  [/белсенді\s+фазада|в\s+активной\s+фазе/giu, 'active_phase'],
  [/жеке\s+көтералмаушылық|индивидуальн\p{L}*\s+непереносимост\p{L}*/giu, 'intolerance'],
  [/\d+-\p{L}+\s+\d+-\p{L}+\s+ауысу\s+сатысына|\b[IV]+\s+дәреже\p{L}*|\b[IV]+\s+степен\p{L}*/gu, 'stage_threshold'],
];
const FILLER = /^(?:жағдайда|жағдайында|кезінде|және|при|и|в|случае|с)$/iu;

function flagsOf(text: string): string[] {
  const f: string[] = [];
  let rest = text;
  for (const [re, flag] of INDICATION_PHRASES) {
    if (re.test(rest) && !f.includes(flag)) f.push(flag);
    rest = rest.replace(re, ' ');
  }
  const left = rest.split(/[^\p{L}\p{N}]+/u).filter((w) => w.length > 0 && !FILLER.test(w));
  if (left.length > 0 || f.length === 0) f.push('other');
  return f;
}

const ICD = /\b([A-TV-Z]\d{2}(?:\.\d{1,2})?(?:\s*[-–]\s*[A-TV-Z]\d{2}(?:\.\d{1,2})?)?)\b/g;

export function buildDraft(input: DraftInput): { act: Record<string, unknown>; review: ReviewEntry[] } {
  const { header, annex, lang } = input;
  const review: ReviewEntry[] = [];
  const flag = (path: string, row: string | null, what: ReviewKind, line: number, quote: string): void => {
    if (!review.some((r) => r.path === path && r.what === what && r.line === line)) review.push({ path, row, what, line, quote });
  };
  const d = header.decision.value;
  const region = header.region;
  if (!region) flag('region', null, 'region_not_read', header.decision.line, header.decision.quote);
  const regionId = region?.id ?? 'unknown';
  const id = actIdFor(regionId, d.number, d.adopted);
  const cite = (point: string, quote: string) => ({ act: id, point, quote });

  const reg = header.registration?.value ?? null;
  const base = reg?.date ?? d.adopted;
  const entry = header.entry
    ? window(base, header.entry.value.days, reg ? 'registration' : 'adoption', cite(header.entry.value.point, header.entry.quote), null, null)
    : null;
  if (!entry) flag('entryIntoForce', null, 'entry_rule_not_read', header.decision.line, header.decision.quote);

  const link = (l: Link, whatId: string, part?: string) => {
    const target = actIdFor(regionId, l.ref.number, l.ref.adopted, id);
    if (!input.knownActs.has(target)) flag(`life:${target}`, null, 'link_unknown_act', l.source.line, l.source.quote);
    const effective = l.entry ? window(l.ref.adopted, l.entry.days, 'adoption', l.entryQuote ? cite('note', l.entryQuote.quote) : cite('note', l.source.quote), l.ref.number, l.ref.adopted) : null;
    return { act: target, what: prose(whatId, { part: part ?? '' }), effective, source: cite(l.point ?? 'note', l.source.quote) };
  };
  const amends = header.amends.map((l) => ({ ...link(l, l.what === 'restates_annex' ? 'import.what.restatesAnnex' : 'import.what.amends', l.part), effective: entry }));
  const restatedBy = header.restatedBy.map((l) => link(l, 'import.what.annexRestated', l.part));
  const amendedBy = header.amendedBy.map((l) => link(l, l.what === 'restates_title' ? 'import.what.titleRestated' : 'import.what.pointRestated', l.part));
  const repealedBy = header.repealedBy ? link(header.repealedBy, 'import.what.repealed') : null;

  const repeals = input.repealed.map((r, i) => {
    if (r.unusual) flag(`content.repeals[${i}]`, null, 'repeal_unusual', r.source.line, header.repealsPoint?.quote.slice(0, 120) ?? r.source.quote);
    return {
      number: r.number,
      issuer: r.issuer.replace(/ның$/, '').replace(/ының$/, 'ы').trim(),
      adopted: r.adopted,
      title: r.title,
      registration: r.registration ? { number: r.registration, date: null } : null,
      source: cite(header.repealsAnnex ? `annex ${header.repealsAnnex}, item ${i + 1}` : `p.${header.repealsPoint?.value ?? ''}`, r.source.quote),
    };
  });

  let list: Record<string, unknown> | null = null;
  if (annex) {
    const restates = header.amends.find((l) => l.what === 'restates_annex');
    const annexOf = restates ? actIdFor(regionId, restates.ref.number, restates.ref.adopted, id) : id;
    const annexPoint = annex.number ? `annex ${annex.number}` : 'annex';
    const restated = restatedBy.find((_l, i) => header.restatedBy[i]!.part === (annex.number ?? '1'));
    const popFromHeading = annex.enumerated && /(Қазақстан\s+Республикасы\s+азаматтарының\s+жекелеген\s+санаттарына)/u.exec(annex.heading.text);
    const rows = annex.rows.map((r, i) => rowOf(r, i));
    const title = annex.heading.text;
    list = {
      region: regionId,
      annexOf,
      title: { kk: lang === 'kk' ? title : null, ru: lang === 'ru' ? title : null, en: null, translations: 'unofficial' },
      effective: restated?.effective ?? entry,
      rows,
      source: cite(`${annexPoint}, heading`, annex.heading.quote),
      // Who the list is for, where its heading says so: citizens registered in the region.
      ...(/тіркелген\s+Қазақстан\s+Республикасы\s+азаматтарының/u.test(annex.heading.quote)
        ? { beneficiaries: { residency: ['citizen'], tie: 'registered', source: cite(`${annexPoint}, heading`, /\S+\s+тіркелген\s+Қазақстан\s+Республикасы\s+азаматтарының/u.exec(annex.heading.quote)![0]) } }
        : {}),
    };

    function rowOf(r: ParsedRow, i: number) {
      const rowId = `${regionId}-${r.section}-${r.number}`;
      const path = `content.list.rows[${i}]`;
      const point = `${annexPoint}, section ${r.sectionNumber}, row ${r.number}`;
      for (const dbt of r.doubts) flag(dbt.field === 'section' ? `${path}.section` : path, rowId, dbt.kind, dbt.line, dbt.quote);
      const population = r.population ?? (popFromHeading && popFromHeading[1] && r.section === 'drugs' ? { text: popFromHeading[1]!, quote: popFromHeading[1]!, line: annex!.heading.line } : null);
      const category = population ? populationOf(population.text) : null;
      if (population && !category) flag(`${path}.population`, rowId, 'population_unclear', population.line, population.quote);
      const printed = [...`${r.disease?.text ?? ''} ${population?.text ?? ''}`.matchAll(ICD)].map((m) => m[1]!.replace(/\s+/g, '').replace('–', '-'));
      if (printed.length === 0) flag(`${path}.icd10`, rowId, 'icd10_not_printed', r.line, r.disease?.quote ?? '');
      if (lang !== 'kk') flag(`${path}.disease.kk`, rowId, 'disease_not_kk', r.line, r.disease?.quote ?? '');
      const diseaseText = r.disease?.text.replace(/^[,\s]+/, '') ?? '';
      return {
        id: rowId,
        section: r.section,
        number: r.number,
        disease: { kk: lang === 'kk' ? diseaseText : null, ru: lang === 'ru' ? diseaseText : null, en: null, translations: 'unofficial' },
        icd10: printed.length ? { codes: printed, basis: 'project_interpretation' } : null,
        population: population
          ? { category, dispensary: /диспансерлік\s+есепте|диспансерном\s+уч/iu.test(population.text) ? 'required' : 'not_stated', text: population.text }
          : null,
        indication: r.indication ? { text: r.indication.text, flags: flagsOf(r.indication.text) } : null,
        items: r.items.map((it) => ({
          kind: KIND[r.section],
          nameInAct: it.name,
          named: it.named,
          inn: null,
          names: null,
          form: it.form,
          source: cite(point, it.cell.quote),
        })),
        source: cite(point, r.disease?.quote || r.number),
      };
    }
  }

  const act = {
    id,
    issuer: { kk: lang === 'kk' ? header.issuerKk : null, ru: lang === 'ru' ? d.issuer : null, en: null },
    kind: 'maslikhat_decision',
    number: d.number,
    title: { kk: lang === 'kk' ? (input.title?.value ?? null) : null, ru: lang === 'ru' ? (input.title?.value ?? null) : null, en: null, translations: 'unofficial' },
    adopted: d.adopted,
    registration: reg,
    seed: input.seed,
    region: region?.id ?? null,
    entryIntoForce: entry,
    life: { inForceTo: null, restatedBy, amendedBy, repealedBy, amends },
    content: { kind: 'regional_list', list, repeals, interpretations: [] },
    notes: [],
  };
  flag('issuer', null, 'issuer_names', header.decision.line, header.decision.quote);
  return { act: { ...act, needsReview: review }, review };
}

const KIND: Record<Section, 'drug' | 'device' | 'nutrition'> = { drugs: 'drug', devices: 'device', nutrition: 'nutrition' };
