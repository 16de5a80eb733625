// Law beside code: every point of the programme and of decree 421/1086 is read by a rule or recorded
// as not modelled; each module reads exactly the points and parameters the registry declares; rules
// hold no date or age literal; parameters are dated, cited, and required at load.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { loadRawCorpus } from '../src/corpus/loader.js';
import { buildCorpus } from '../src/corpus/corpus.js';
import { actPoints, topPoint, POINTED_ACTS } from '../src/corpus/act-points.js';
import { paramAt } from '../src/corpus/parameters.js';
import { compile } from '../src/engine/compile.js';
import { REGISTRY, REQUIRED_PARAMETERS, sourcesRead } from '../src/engine/registry.js';
import { KepilError } from '../src/corpus/issues.js';
import { corpusForTests } from './support.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const read = (rel: string): string => readFileSync(`${ROOT}${rel}`, 'utf8');

function coverage(): { act: string; point: string; readBy: string[]; notModelled: string | undefined }[] {
  const corpus = corpusForTests();
  const readers = new Map<string, string[]>();
  for (const spec of REGISTRY) {
    for (const s of sourcesRead(corpus, spec)) {
      const key = `${s.act}|${topPoint(s.point)}`;
      readers.set(key, [...new Set([...(readers.get(key) ?? []), spec.id])]);
    }
  }
  return POINTED_ACTS.flatMap((act) =>
    actPoints(corpus, act).map((p) => ({
      act,
      point: p.point,
      readBy: readers.get(`${act}|${p.point}`) ?? [],
      notModelled: corpus.notModelled.find((n) => n.act === act && n.point === p.point)?.why,
    })),
  );
}

test('every point of the programme and of decree 421 (as restated by 1086) is read by a rule or recorded as not modelled, with why', () => {
  const rows = coverage();
  assert.ok(rows.filter((r) => r.act === 'programme-2026-2028').length >= 83, 'p.1–p.81 and both annexes are cut from the text');
  assert.equal(rows.filter((r) => r.act === 'gov-421-2019').length, 10, 'decree points 1–2 and list points 1–8');
  const silent = rows.filter((r) => r.readBy.length === 0 && !r.notModelled).map((r) => `${r.act} ${r.point}`);
  assert.deepEqual(silent, [], 'points neither read nor recorded in data/reference/not-modelled.json');
});

test('a point a rule reads is not also recorded as not modelled (the record goes stale otherwise)', () => {
  const both = coverage().filter((r) => r.readBy.length > 0 && r.notModelled).map((r) => `${r.act} ${r.point} (read by ${r.readBy.join(', ')})`);
  assert.deepEqual(both, []);
});

test('not-modelled.json names only points the acts have', () => {
  const corpus = corpusForTests();
  const known = new Set(POINTED_ACTS.flatMap((a) => actPoints(corpus, a).map((p) => `${a}|${p.point}`)));
  assert.deepEqual(corpus.notModelled.filter((n) => !known.has(`${n.act}|${n.point}`)), []);
});

/** The keys a module's code reads: e.cite('…'), e.cshiService('…'), e.param/num('…'), and entitlements' point: '…'. */
function keysInCode(module: string): { points: Set<string>; services: Set<string>; parameters: Set<string>; interpretations: Set<string> } {
  const code = read(module);
  const all = (re: RegExp): Set<string> => new Set([...code.matchAll(re)].map((m) => m[1]!));
  return {
    points: new Set([...all(/\.cite\(\s*'([^']+)'/g), ...all(/\bpoint: '([a-z0-9_.]+)'/g)]),
    services: all(/\.cshiService\(\s*'([^']+)'/g),
    parameters: all(/\.(?:param|num)\(\s*'([^']+)'/g),
    // f.reading('p34'), also where the id is chosen by a condition: every quoted id inside the call.
    interpretations: new Set([...code.matchAll(/\.reading\(([^;]*?)\)\s*(?:===|!==|;|\))/g)].flatMap((m) => [...m[1]!.matchAll(/'([a-z0-9_.-]+)'/g)].map((x) => x[1]!))),
  };
}

test('each module reads exactly the points, CSHI services and parameters the registry declares for it', () => {
  const modules = [...new Set(REGISTRY.map((r) => r.module))];
  for (const module of modules) {
    const declared = REGISTRY.filter((r) => r.module === module);
    const code = keysInCode(module);
    const want = {
      points: new Set(declared.flatMap((r) => r.points)),
      services: new Set(declared.flatMap((r) => r.services ?? [])),
      parameters: new Set(declared.flatMap((r) => r.parameters ?? [])),
      interpretations: new Set(declared.flatMap((r) => r.interpretations ?? [])),
    };
    for (const k of ['points', 'services', 'parameters', 'interpretations'] as const) {
      assert.deepEqual([...code[k]].sort(), [...want[k]].sort(), `${module}: ${k} in the code vs the registry`);
    }
  }
});

test('no date or age literal remains in src/engine/rules/ (nor in the facts and entitlements they use): dates and thresholds are parameters', () => {
  const files = [...readdirSync(`${ROOT}src/engine/rules`).filter((f) => f.endsWith('.ts')).map((f) => `src/engine/rules/${f}`), 'src/engine/facts.ts', 'src/engine/entitlements.ts'];
  assert.ok(files.length >= 9);
  // The patterns catch the forms the literals had before they became parameters.
  for (const old of ["const P34_FROM = '2027-01-01';", 'ageIs(f, (a) => a < 18)', 'f.age >= 65']) assert.match(old, /\d{4}-\d{2}-\d{2}|[<>]=?\s*[1-9]\d*\b/);
  for (const f of files) {
    // Comments may explain the law in words; code and strings may not hold the numbers.
    const code = read(f).replace(/\/\*[\s\S]*?\*\//g, '').replace(/\/\/.*$/gm, '');
    assert.doesNotMatch(code, /\d{4}-\d{2}-\d{2}/, `${f}: an ISO date literal`);
    assert.doesNotMatch(code, /[<>]=?\s*[1-9]\d*\b/, `${f}: a comparison with a number literal (an age or a threshold)`);
    assert.doesNotMatch(code, /\b(?:age|a)\s*===?\s*[1-9]/, `${f}: an age compared with a literal`);
  }
});

test('compile refuses a corpus that lacks a parameter a rule reads', () => {
  assert.ok(REQUIRED_PARAMETERS.length >= 5);
  const raw = loadRawCorpus();
  const programme = raw.acts.find((a) => a.id === 'programme-2026-2028')!;
  delete programme.parameters!['gvfmc.uninsured_emergency_scope'];
  assert.throws(() => compile(buildCorpus(raw)), (e: unknown) => e instanceof KepilError && e.code === 'corpus_incomplete' && /gvfmc\.uninsured_emergency_scope/.test(e.message));
});

test('a corpus without the publication window is refused at load, not defaulted', () => {
  const raw = loadRawCorpus();
  const assumptions = raw.reference.find((r) => r.table === 'assumptions')!;
  if (assumptions.table === 'assumptions') delete assumptions.parameters;
  assert.throws(() => buildCorpus(raw), /publication\.window_days/);
});

test('a premise a parameter or a group names must exist', () => {
  const raw = loadRawCorpus();
  const assumptions = raw.reference.find((r) => r.table === 'assumptions')!;
  if (assumptions.table === 'assumptions') assumptions.rows = assumptions.rows.filter((r) => r.id !== 'orphan_codes_2026_from_2020');
  assert.throws(() => buildCorpus(raw), (e: unknown) => e instanceof KepilError && e.issues.some((i) => i.message.includes('orphan_codes_2026_from_2020')));
});

test('Emergency inpatient care outside CSHI narrows on 1 Jan 2027 (p.33.4, then p.34)', () => {
  const { parameters } = corpusForTests();
  assert.equal(paramAt(parameters, 'gvfmc.uninsured_emergency_scope', '2026-12-31').value, 'all_emergencies');
  const after = paramAt(parameters, 'gvfmc.uninsured_emergency_scope', '2027-01-01');
  assert.equal(after.value, 'life_threatening_or_listed');
  assert.deepEqual([('point' in after.source && after.source.point)], ['p.34']);
});

test('The deceased donor’s preparation moves from GVFMC to CSHI on 1 Jan 2027 (p.50, p.51)', () => {
  const { parameters } = corpusForTests();
  assert.equal(paramAt(parameters, 'deceased_donor_preparation.package', '2026-12-31').value, 'gvfmc');
  assert.equal(paramAt(parameters, 'deceased_donor_preparation.package', '2027-01-01').value, 'cshi');
});

test('a date before a parameter’s first value is outside what the data models: an error, not a default', () => {
  const { parameters } = corpusForTests();
  assert.throws(() => paramAt(parameters, 'cshi.emergency_regardless.age_over', '2025-12-31'), /no value on 2025-12-31/);
  assert.throws(() => paramAt(parameters, 'no.such_parameter', '2026-01-01'), /no parameter/);
});

test('Myocardial infarction counts for 6 months and a stroke for 12 (ҚР ДСМ-108/2020, secondary sources)', () => {
  const corpus = corpusForTests();
  const g = (id: string, from: string | null) => corpus.sociallySignificant.find((x) => x.id === id && x.validFrom === from)!;
  assert.equal(g('acute_myocardial_infarction', null).eventWindowMonths, 6);
  assert.equal(g('acute_myocardial_infarction', '2026-01-01').eventWindowMonths, 6);
  assert.equal(g('cerebrovascular', '2026-01-01').eventWindowMonths, 12);
  assert.equal(g('epilepsy', '2026-01-01').eventWindowMonths, null);
});
