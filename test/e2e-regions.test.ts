// End-to-end (the web page): compare names all 20 regions with their standing, and the lists view says
// "no list held" for a region whose decision was found but not loaded, linking the page found.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { ARTIFACTS, withPage } from './browser-support.js';
import { corpusForTests } from './support.js';

const DATE = '2026-12-01';
const corpus = corpusForTests();
const HELD = new Set(corpus.listsByRegion.keys());

test('web page: compare names every region with its standing; a region with no list held links the page found', { timeout: 120_000 }, async (t) => {
  await withPage(t, 'e2e-regions', { viewport: { width: 1280, height: 900 }, timeout: 15_000 }, async ({ page, base, pageErrors }) => {
    await page.goto(base);
    await page.waitForSelector('html[data-ready="true"]');
    await page.getByTestId('tab-lists').click();

    await page.fill('#compare-item', 'Вандетаниб');
    await page.fill('#compare-date', DATE);
    await page.getByTestId('compare-submit').click();
    await page.waitForSelector('[data-testid="compare-region"]');
    const states = await page.$$eval('[data-testid="compare-region"]', (els) => els.map((el) => [el.getAttribute('data-region'), el.getAttribute('data-state'), el.textContent ?? ''] as [string, string, string]));
    assert.deepEqual(states.map(([r]) => r), [...corpus.regions.keys()], 'all 20 regions, in order');
    for (const [region, state, text] of states) {
      const want = region === 'astana' ? 'repealed' : HELD.has(region) ? 'not_found' : 'no_list_held';
      assert.equal(state, want, `${region}: ${text}`);
    }
    const astana = states.find(([r]) => r === 'astana')![2];
    assert.match(astana, /күші жойылған тізбеде болған \(қосымша, 1-бөлім, 5-жол\)/);
    assert.match(astana, /ерте дегенде 06\.10\.2024 бастап жойылған деп саналады/);
    assert.match(states.find(([r]) => r === 'abai')![2], /тізбе мәтіні жоқ/);
    // Shymkent's decision 17/155-VII was found on the official portal: its link is shown with its label.
    const shymkentLink = page.locator('[data-testid="compare-region"][data-region="shymkent"] [data-testid="region-pages"] a');
    assert.equal(await shymkentLink.getAttribute('href'), 'https://adilet.zan.kz/kaz/docs/V22E0028527/compare');
    await page.locator('section.coverage').screenshot({ path: join(ARTIFACTS, 'regions-compare.png') });

    await page.selectOption('#lists-region', 'shymkent');
    await page.fill('#lists-date', DATE);
    await page.getByTestId('lists-submit').click();
    await page.waitForSelector('[data-testid="list-standing"]');
    assert.equal(await page.getByTestId('list-standing').getAttribute('data-state'), 'no_list_held');
    assert.match((await page.getByTestId('list-standing').textContent()) ?? '', /Тізбе мәтіні жоқ.*бұл өңірде тізбе жоқ дегенді білдірмейді/s);
    assert.equal(await page.locator('[data-testid="list-standing"] [data-testid="region-pages"] a').count(), 1);

    await page.selectOption('#lists-region', 'astana');
    await page.getByTestId('lists-submit').click();
    await page.waitForSelector('[data-testid="list-standing"][data-state="repealed"]');
    assert.deepEqual(pageErrors, []);
  });
});
