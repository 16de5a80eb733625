// Every region answered honestly (issue 15, parts 3 and 4): each of the 20 regions is named with its
// standing on the date — a list in force from D, repealed from D, or no list held (Kepil holds no text,
// which is not a finding that the region has none) — in `compare`, `regional`, `check` and the API alike.
import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import { appForTests } from './app-support.js';
import { cli, corpusForTests } from './support.js';
import { loadRawCorpus } from '../src/corpus/loader.js';
import { buildCorpus } from '../src/corpus/corpus.js';
import { checkSavedPages } from '../src/corpus/provenance.js';
import { regionStanding, findItems } from '../src/corpus/regional.js';
import { webSource } from '../src/corpus/schema.js';
import { checkCorpus } from '../src/corpus/index.js';

const app = await appForTests();
after(() => app.close());

const corpus = corpusForTests();
const REGIONS = [...corpus.regions.keys()];
const HELD = new Set(corpus.listsByRegion.keys());

// Vandetanib is in Astana's list 162/20-VIII (row 5), repealed by 221/27-VIII, and in no other list held.
const ITEM = 'Вандетаниб';
const AFTER_REPEAL = '2026-12-01';

interface Coverage {
  region: string;
  state: string;
  act: string | null;
  formerRows?: string[];
  standing: { state: string; act: string | null; date?: string; earliest?: boolean; presumed: boolean; pages: { kind: string; url: string }[]; text: string };
  text: string;
}

test('the item of part 4 is held only in Astana’s repealed list (the premise of the tests below)', () => {
  const holding = [...corpus.listsByRegion.entries()].filter(([, hs]) => hs.some((h) => findItems(h.list, ITEM).length > 0)).map(([r]) => r);
  assert.deepEqual(holding, ['astana']);
  assert.equal(corpus.acts.get('astana-162-20-viii')?.life.repealedBy?.act, 'astana-221-27-viii');
  assert.deepEqual([...HELD].sort(), ['astana', 'karaganda', 'mangystau']);
});

test('compare (API) names Astana repealed with its date and rows, Karaganda and Mangystau not on the list, every other region no list held', async () => {
  const res = await app.inject({ method: 'GET', url: `/api/v1/compare?item=${encodeURIComponent(ITEM)}&date=${AFTER_REPEAL}&lang=en` });
  assert.equal(res.statusCode, 200);
  const coverage = res.json().coverage as Coverage[];
  // All 20 regions, each once, in the regions table's order.
  assert.deepEqual(coverage.map((c) => c.region), REGIONS);
  assert.equal(coverage.length, 20);
  const by = new Map(coverage.map((c) => [c.region, c]));

  const astana = by.get('astana')!;
  assert.equal(astana.state, 'repealed');
  assert.equal(astana.act, 'astana-162-20-viii');
  assert.deepEqual(astana.formerRows, ['astana-drugs-5']);
  assert.equal(astana.standing.state, 'repealed');
  assert.equal(astana.standing.date, '2024-10-06');
  assert.equal(astana.standing.earliest, true);
  assert.equal(astana.standing.presumed, true, 'the repeal’s publication date is not in the sources: the premise is named');
  assert.match(astana.text, /was on the repealed list \(annex, section 1, row 5\); no list in force held: the list \(Astana City Maslikhat, decision No\. 162\/20-VIII of 29\.03\.2024\) is taken as repealed from no earlier than 2024-10-06 \(Astana City Maslikhat, decision No\. 221\/27-VIII of 25\.09\.2024\)/);
  assert.match(astana.text, /the project’s publication-window premise/);

  for (const r of ['karaganda', 'mangystau']) {
    const c = by.get(r)!;
    assert.equal(c.state, 'not_found', r);
    assert.match(c.text, /^not on the list in force · in force/, r);
    assert.match(c.standing.state, /^in_force/, r);
  }
  const others = REGIONS.filter((r) => !HELD.has(r));
  assert.equal(others.length, 17);
  for (const r of others) {
    const c = by.get(r)!;
    assert.equal(c.state, 'no_list_held', r);
    assert.equal(c.act, null, r);
    assert.equal(c.text, 'no list held', r);
    assert.equal(c.standing.state, 'no_list_held', r);
    assert.match(c.standing.text, /Kepil holds no text of a maslikhat decision on a supplementary list for .*which is not a finding that the region has none/, r);
  }
  assert.deepEqual(res.json().regions, [], 'no list in force gives the item');
});

test('compare before the repeal finds the item in Astana’s list, and still names every region', async () => {
  const res = await app.inject({ method: 'GET', url: `/api/v1/compare?item=${encodeURIComponent(ITEM)}&date=2024-08-01` });
  const coverage = res.json().coverage as Coverage[];
  assert.deepEqual(coverage.map((c) => c.region), REGIONS);
  assert.equal(coverage.find((c) => c.region === 'astana')!.state, 'found');
  assert.deepEqual(res.json().regions.map((e: { region: string; row: string }) => `${e.region}:${e.row}`), ['astana:astana-drugs-5']);
  for (const c of coverage.filter((c) => !HELD.has(c.region))) assert.equal(c.state, 'no_list_held', c.region);
});

test('kepil compare (CLI) gives the API’s answer, and its table names all 20 regions with their status in kk, ru and en', async () => {
  const json = JSON.parse(cli(['compare', ITEM, '--date', AFTER_REPEAL, '--json']).stdout);
  const api = (await app.inject({ method: 'GET', url: `/api/v1/compare?item=${encodeURIComponent(ITEM)}&date=${AFTER_REPEAL}` })).json();
  assert.deepEqual(json, api);
  const labels = { kk: ['тізбе мәтіні жоқ', 'күшіндегі тізбеде жоқ', 'күші жойылған тізбеде болған'], ru: ['перечень не загружен', 'в действующем перечне нет', 'был в утратившем силу перечне'], en: ['no list held', 'not on the list in force', 'was on the repealed list'] } as const;
  for (const lang of ['kk', 'ru', 'en'] as const) {
    const out = cli(['compare', ITEM, '--date', AFTER_REPEAL, '--lang', lang]);
    assert.equal(out.status, 0, out.stderr);
    const lines = out.stdout.split('\n');
    for (const id of REGIONS) {
      const name = corpus.regions.get(id)!.name[lang] ?? corpus.regions.get(id)!.name.kk;
      const line = lines.find((l) => l.startsWith(`${name} `));
      assert.ok(line, `${lang}: ${name} is named`);
      const label = id === 'astana' ? labels[lang][2] : HELD.has(id) ? labels[lang][1] : labels[lang][0];
      assert.ok(line.includes(label), `${lang}: ${name} — ${label}: ${line}`);
    }
  }
});

test('regional, for a region whose decision was found but not loaded, says no list held and names the page (primary, adilet.zan.kz)', async () => {
  const res = await app.inject({ method: 'GET', url: `/api/v1/regional-lists/shymkent?date=${AFTER_REPEAL}&lang=en` });
  assert.equal(res.statusCode, 200);
  const body = res.json();
  assert.equal(body.list, null);
  assert.equal(body.standing.state, 'no_list_held');
  assert.deepEqual(body.standing.pages.map((p: { kind: string; url: string }) => `${p.kind} ${p.url}`), ['primary https://adilet.zan.kz/kaz/docs/V22E0028527/compare']);
  assert.match(body.reason, /no list held: .* pages the search of 2026-12-08 found, whose list is not loaded: Decision No\. 17\/155-VII/);
  const kk = cli(['regional', '--region', 'shymkent', '--date', AFTER_REPEAL]);
  assert.match(kk.stdout, /Шымкент қаласы, 01\.12\.2026: тізбе мәтіні жоқ: Kepil-де Шымкент қаласы қосымша тізбесі туралы мәслихат шешімінің мәтіні жоқ/);
  assert.match(kk.stdout, /ресми құқықтық портал: https:\/\/adilet\.zan\.kz\/kaz\/docs\/V22E0028527\/compare/);
  // A region where the search found nothing: no pages, and the same honest "no list held".
  const abai = regionStanding(corpus, 'abai', AFTER_REPEAL);
  assert.equal(abai.state, 'no_list_held');
  assert.deepEqual(abai.pages, []);
});

test('regional names a held list in force from its date, with the premise it rests on', () => {
  const k = regionStanding(corpus, 'karaganda', AFTER_REPEAL);
  assert.equal(k.state, 'in_force_presumed');
  assert.equal(k.act, 'karaganda-34');
  assert.equal(k.date, '2025-09-22');
  // The act in words in the text, its id beside them in the message's parameters.
  assert.equal(k.message.params?.actId, 'karaganda-34');
  assert.match(k.text, /a list is taken as in force on 2026-12-01 \(Karaganda Oblast Maslikhat, decision No\. 34 of 25\.02\.2021\), from no earlier than 2025-09-22: .*the project’s publication-window premise/);
  const before = regionStanding(corpus, 'astana', '2019-01-01');
  assert.equal(before.state, 'not_yet');
});

test('check (outpatient drug) in a region with no list held says so, and in Astana names the repeal', async () => {
  const ask = async (region: string) =>
    (
      await app.inject({
        method: 'POST',
        url: '/api/v1/eligibility?lang=en',
        headers: { 'content-type': 'application/json' },
        payload: JSON.stringify({ date: AFTER_REPEAL, person: { residency: 'citizen', birthDate: '1980-03-15', region }, care: { type: 'outpatient_drug', item: ITEM } }),
      })
    ).json();
  const shymkent = await ask('shymkent');
  assert.ok(
    shymkent.notes.some((n: string) => /^The region’s list on 2026-12-01: no list held: Kepil holds no text .*Shymkent city/.test(n)),
    JSON.stringify(shymkent.notes),
  );
  const astana = await ask('astana');
  assert.ok(astana.notes.some((n: string) => /^The region’s list on 2026-12-01: the list \(Astana City Maslikhat, decision No\. 162\/20-VIII of 29\.03\.2024\) is taken as repealed from no earlier than 2024-10-06/.test(n)), JSON.stringify(astana.notes));
});

test('corpus check finds each saved page’s excerpt in its saved text, and refuses one that is not', () => {
  const report = checkCorpus(corpus);
  assert.deepEqual(report.secondary.failures, []);
  const finds = [...corpus.regionalSearch.values()].flatMap((r) => r.found);
  assert.ok(finds.length >= 6);
  for (const f of finds) assert.ok(corpus.sources.has(f.file), f.file);
  const bad = checkSavedPages([{ at: 'x', excerpt: 'Шымкент қаласы мәслихатының 2023 жылғы шешімі', file: 'web-adilet-V22E0028527.txt' }, { at: 'y', excerpt: 'anything at all', file: 'no-such-page.txt' }], corpus.sources);
  assert.equal(bad.failures.length, 2);
  assert.match(bad.failures[0]!.message, /the excerpt is not in data\/sources\/web-adilet-V22E0028527\.txt/);
  assert.match(bad.failures[1]!.message, /not saved under data\/sources\//);
});

test('an act published on the web: corpus check finds its publishedAt excerpt in its seed, and names one that is not there', () => {
  const seeded = corpus.acts.get('mangystau-9-112')!;
  const seedText = corpus.sources.get(seeded.seed!)!;
  const excerpt = seedText.split('\n').find((l) => l.trim().length > 40)!.trim();
  const withPage = (ex: string) => {
    const acts = new Map(corpus.acts);
    acts.set(seeded.id, { ...seeded, publishedAt: { kind: 'primary', url: 'https://adilet.zan.kz/kaz/docs/V22N0027510', title: 't', excerpt: ex } });
    return checkCorpus({ ...corpus, acts }).secondary;
  };
  const good = withPage(excerpt);
  assert.deepEqual(good.failures, []);
  assert.equal(good.checked, checkCorpus(corpus).secondary.checked + 2, 'the page is checked twice: its label and shape, and its excerpt in the seed');
  const bad = withPage('Маңғыстау облыстық мәслихатының 2031 жылғы шешімі');
  assert.deepEqual(bad.failures.map((f) => f.path), ['data/acts/mangystau-9-112.json#publishedAt']);
});

test('a primary page is the official legal portal’s; any other site must be labelled secondary', () => {
  const page = { title: 't', excerpt: 'an excerpt of the page' };
  assert.equal(webSource.safeParse({ kind: 'primary', url: 'https://adilet.zan.kz/kaz/docs/V22E0028527', ...page }).success, true);
  assert.equal(webSource.safeParse({ kind: 'primary', url: 'https://zakon.uchet.kz/kaz/history/V16L0005404/31.08.2016', ...page }).success, false);
  assert.equal(webSource.safeParse({ kind: 'secondary', url: 'https://zakon.uchet.kz/kaz/history/V16L0005404/31.08.2016', ...page }).success, true);
});

test('the regional search record has one row for each region, or the corpus is refused', () => {
  const raw = loadRawCorpus();
  const search = raw.reference.find((r) => r.table === 'regional_search');
  assert.ok(search && search.table === 'regional_search');
  assert.deepEqual(search.rows.map((r) => r.region), REGIONS);
  const renamed = { ...raw, reference: raw.reference.map((r) => (r.table === 'regional_search' ? { ...r, rows: r.rows.map((x) => (x.region === 'abai' ? { ...x, region: 'atlantis' } : x)) } : r)) };
  assert.throws(() => buildCorpus(renamed), /exactly one row for each region/);
});
