// End-to-end: the web page at / driven in Debian's Chromium through playwright-core.
// Skips (loudly) where Chromium is not installed; set KEPIL_CHROMIUM to point at another binary.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { ARTIFACTS, withPage } from './browser-support.js';

const DATE = '2026-03-02';

// Covered: a child on the Mangystau dispensary register for juvenile arthritis (row 3, ICD-10 M08), asking for tocilizumab.
const COVERED = {
  date: DATE,
  person: { residency: 'citizen', region: 'mangystau', birthDate: '2015-01-01', dispensary: ['M08.2'] },
  care: { type: 'outpatient_drug', diagnosis: 'M08.2', item: 'Тоцилизумаб' },
};
// Not covered: treatment abroad is for citizens (programme p.53), not for a foreigner on a temporary stay.
const NOT_COVERED = {
  date: DATE,
  person: { residency: 'foreign_temporary' },
  care: { type: 'treatment_abroad' },
};

test('web page: ask, share, switch language, browse lists, limits and acts', { timeout: 120_000 }, async (t) => {
  await withPage(t, 'e2e-web', { viewport: { width: 1280, height: 900 }, timeout: 15_000 }, async ({ page, base, pageErrors }) => {
    const shot = (name: string, fullPage = true) => page.screenshot({ path: join(ARTIFACTS, `${name}.png`), fullPage });
    const outcome = page.getByTestId('outcome');

    await t.test('the page opens in Kazakh', async () => {
      const response = await page.goto(base);
      assert.match(String(response?.headers()['content-security-policy']), /default-src 'self'/);
      await page.waitForSelector('html[data-ready="true"]');
      assert.equal(await page.getAttribute('html', 'lang'), 'kk');
      assert.equal((await page.getByTestId('tab-eligibility').textContent())?.trim(), 'Тегін бе?');
      assert.match(await page.locator('#f-date').inputValue(), /^\d{4}-\d{2}-\d{2}$/, 'the date defaults to today');
      assert.equal(await page.locator('#f-region option').count(), 21, '20 regions and "unknown"');
      assert.equal(await page.locator('#f-type option').count(), 14, '13 care types and "choose"');
      assert.equal(await page.getByTestId('docs-link').getAttribute('href'), '/docs');
      // every form control has a label
      const unlabelled = await page.$$eval('#elig-form input, #elig-form select', (els) =>
        els.filter((el) => !(el as HTMLInputElement).labels?.length).map((el) => el.id));
      assert.deepEqual(unlabelled, []);
      await shot('01-home');
    });

    await t.test('a covered question, asked through the form', async () => {
      await page.fill('#f-date', COVERED.date);
      await page.selectOption('#f-residency', 'citizen');
      await page.selectOption('#f-region', 'mangystau');
      await page.fill('#f-birthDate', COVERED.person.birthDate);
      await page.fill('#f-dispensary', 'm08.2');
      await page.selectOption('#f-type', 'outpatient_drug');
      await page.fill('#f-diagnosis', 'M08.2');
      await page.fill('#f-item', 'Тоцилизумаб');
      await page.getByTestId('elig-submit').click();
      await page.waitForSelector('[data-testid="outcome"][data-outcome]');
      assert.equal(await outcome.getAttribute('data-outcome'), 'covered');
      assert.equal((await page.getByTestId('outcome-label').textContent())?.trim(), 'Тегін');
      assert.ok(await page.getByTestId('basis').locator('blockquote').count() >= 1, 'the cited points are shown with their quotes');
      const share = await page.getByTestId('share-url').inputValue();
      assert.ok(share.includes('#q='), share);
      const sent = JSON.parse(decodeURIComponent(share.slice(share.indexOf('#q=') + 3).split('&')[0]!)) as typeof COVERED;
      assert.ok(share.endsWith('&lang=kk'), 'the link keeps the language');
      assert.deepEqual(sent, COVERED, 'unknown fields are not sent; codes are upper-cased');
      await shot('02-covered');
    });

    await t.test('a not-covered question, opened from a shared link', async () => {
      await page.goto(`${base}#q=${encodeURIComponent(JSON.stringify(NOT_COVERED))}`);
      await page.waitForSelector('[data-testid="outcome"][data-outcome="not_covered"]');
      assert.equal((await page.getByTestId('outcome-label').textContent())?.trim(), 'Тегін емес');
      assert.equal(await page.locator('#f-residency').inputValue(), 'foreign_temporary', 'the link fills the form');
      assert.equal(await page.locator('#f-type').inputValue(), 'treatment_abroad');
      assert.equal(await page.locator('#f-region').inputValue(), '', 'fields absent from the link stay unknown');
      assert.ok(await page.getByTestId('reasons').locator('li').count() >= 1, 'the reasons are shown');
      await shot('03-not-covered');
    });

    await t.test('a 400 shows its message next to the field named by path', async () => {
      await page.getByTestId('elig-reset').click();
      await page.fill('#f-date', DATE);
      await page.fill('#f-birthDate', '2030-01-01');
      await page.selectOption('#f-type', 'ambulance');
      await page.getByTestId('elig-submit').click();
      await page.waitForSelector('#f-birthDate-err:not([hidden])');
      assert.equal(await page.getAttribute('#f-birthDate', 'aria-invalid'), 'true');
      assert.ok(await page.getByTestId('elig-errors').isVisible());
      await shot('04-error');
    });

    await t.test('the language switch changes labels and survives a reload', async () => {
      await page.getByTestId('lang-ru').click();
      assert.equal((await page.getByTestId('tab-eligibility').textContent())?.trim(), 'Бесплатно ли?');
      assert.equal(await page.getAttribute('html', 'lang'), 'ru');
      await page.reload();
      await page.waitForSelector('html[data-ready="true"]');
      assert.equal((await page.getByTestId('tab-eligibility').textContent())?.trim(), 'Бесплатно ли?');
      assert.equal(await page.getAttribute('html', 'lang'), 'ru');
      assert.equal(await page.getByTestId('lang-ru').getAttribute('aria-pressed'), 'true');
      assert.equal((await page.locator('#f-region option[value="mangystau"]').textContent())?.trim(), 'Мангистауская область');
      await shot('05-russian', false);
    });

    await t.test('the Mangystau regional list shows its rows', async () => {
      await page.getByTestId('tab-lists').click();
      assert.equal(await page.locator('#lists-region').inputValue(), 'mangystau');
      await page.fill('#lists-date', DATE);
      await page.getByTestId('lists-submit').click();
      await page.waitForSelector('[data-testid="list-row"]');
      assert.ok((await page.getByTestId('list-row').count()) >= 10, 'the drugs section has its rows');
      assert.ok((await page.getByTestId('row-note').count()) >= 1, 'notes of doubt are visible');
      await page.getByTestId('section-devices').click();
      assert.equal(await page.getByTestId('list-row').count(), 2);
      await page.getByTestId('section-drugs').click();
      await shot('06-lists');
      await page.fill('#search-q', 'Тоцилизумаб');
      await page.getByTestId('search-submit').click();
      await page.waitForSelector('[data-testid="search-hit"]');
      await page.fill('#compare-item', 'Тоцилизумаб');
      await page.fill('#compare-date', DATE);
      await page.getByTestId('compare-submit').click();
      await page.waitForSelector('[data-testid="compare-entry"]');
      await shot('07-search-compare');
    });

    await t.test('the limits view draws bars as inline SVG', async () => {
      await page.getByTestId('tab-limits').click();
      await page.selectOption('#limits-region', 'karaganda');
      await page.waitForSelector('svg[data-testid="limits-chart"] rect.bar');
      assert.ok((await page.locator('svg[data-testid="limits-chart"] rect.bar').count()) >= 10);
      await page.waitForSelector('svg[data-testid="country-chart"] rect.bar');
      assert.ok((await page.locator('svg[data-testid="country-chart"] .bar-row').count()) === 20, 'one bar per region');
      assert.equal(await page.getByTestId('usage').count(), 0, 'no ledger in this app: nothing extra is drawn');
      assert.ok((await page.getByTestId('limits-table').locator('tbody tr').count()) >= 10);
      await shot('08-limits');
    });

    await t.test('the acts view shows each act with its status and timeline', async () => {
      await page.getByTestId('tab-acts').click();
      await page.waitForSelector('[data-testid="act"]');
      assert.ok((await page.getByTestId('act').count()) >= 3);
      await shot('09-acts');
    });

    await t.test('on a 375px phone the page does not scroll sideways', async () => {
      await page.getByTestId('lang-kk').click();
      await page.setViewportSize({ width: 375, height: 812 });
      await page.goto(`${base}#q=${encodeURIComponent(JSON.stringify(COVERED))}`);
      await page.waitForSelector('[data-testid="outcome"][data-outcome="covered"]');
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      assert.ok(overflow <= 0, `horizontal overflow of ${overflow}px`);
      await shot('10-phone-answer');
      await page.getByTestId('tab-limits').click();
      await page.waitForSelector('svg[data-testid="limits-chart"] rect.bar');
      const overflow2 = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      assert.ok(overflow2 <= 0, `horizontal overflow of ${overflow2}px on the limits tab`);
      await shot('11-phone-limits');
    });

    assert.deepEqual(pageErrors, [], 'no uncaught errors in the page');
  });
});
