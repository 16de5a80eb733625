// Acceptance, in Chromium: each language on a desktop and a phone answers the review's four questions
// (a child's inpatient care; an uninsured adult's planned surgery, through the questions until
// determinate; a Karaganda drug; a 2027 date). The kk and ru answer pages hold no English sentence.
// Screenshots, the print view among them, go to test-artifacts/.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { ARTIFACTS, withPage } from './browser-support.js';
import { englishSentences } from '../src/i18n/english.js';
// What a reader must never see (issue 16): the same pattern as the CLI's test.
import { internalIds } from './internal-id.js';

const WIDTHS = { desktop: { width: 1366, height: 900 }, phone: { width: 390, height: 844 } } as const;

const KARAGANDA_DRUG = {
  date: '2026-11-25',
  person: { residency: 'citizen', region: 'karaganda', birthDate: '1985-03-10', dispensary: ['L40.0'] },
  care: { type: 'outpatient_drug', diagnosis: 'L40.0', item: 'Секукинумаб' },
};
// From 2027 emergency inpatient care outside CSHI is only for life-threatening states and a list (p.34).
const IN_2027 = {
  date: '2027-03-01',
  person: { residency: 'citizen', region: 'astana', birthDate: '1980-05-05', sex: 'male', employed: true, contributions: 'unpaid', categories: [] },
  care: { type: 'inpatient', form: 'emergency', diagnosis: 'I21.0', lifeThreatening: true },
};

async function idsInAnswer(page: Page): Promise<string[]> {
  // The visible answer, without the share link (a URL holds the request as JSON) and the dataset version.
  const text = await page.locator('#answer').evaluate((el) => {
    const copy = el.cloneNode(true) as HTMLElement;
    for (const x of copy.querySelectorAll('.share, .print-link, code')) x.remove();
    document.body.appendChild(copy);
    const out = copy.innerText;
    copy.remove();
    return out;
  });
  return internalIds(text);
}

/** The English runs in the eligibility panel's visible text (the form and the answer). */
async function englishOnPage(page: Page): Promise<string[]> {
  const text = await page.locator('#panel-eligibility').innerText();
  return englishSentences(text);
}

test('the review’s four questions, in kk, ru and en, on a desktop and a phone', { timeout: 600_000 }, async (t) => {
  await withPage(t, 'e2e-answers', { timeout: 20_000 }, async ({ page, base, pageErrors }) => {

    for (const lang of ['kk', 'ru', 'en'] as const) {
      for (const [width, viewport] of Object.entries(WIDTHS)) {
        const shot = (name: string) => page.screenshot({ path: join(ARTIFACTS, `answers-${lang}-${width}-${name}.png`), fullPage: true });
        const outcome = () => page.getAttribute('[data-testid="outcome"]', 'data-outcome');
        const settled = () => page.waitForSelector('#answer:not([aria-busy]) [data-testid="outcome"][data-outcome]');
        const noEnglish = async (what: string) => {
          if (lang === 'en') return;
          assert.deepEqual(await englishOnPage(page), [], `${lang} ${width} ${what}: English on the answer page`);
        };

        await t.test(`${lang} ${width}: a child's inpatient care`, async () => {
          await page.setViewportSize(viewport);
          await page.goto(`${base}#lang=${lang}`);
          await page.waitForSelector('html[data-ready="true"]');
          await page.getByTestId(`lang-${lang}`).click();
          assert.equal(await page.getAttribute('html', 'lang'), lang);
          await page.fill('#f-date', '2026-11-25');
          await page.selectOption('#f-residency', 'citizen');
          await page.selectOption('#f-region', 'almaty');
          await page.fill('#f-birthDate', '2019-06-15');
          await page.selectOption('#f-type', 'inpatient');
          await page.selectOption('#f-form', 'planned');
          await page.fill('#f-diagnosis', 'J18.9');
          await page.selectOption('#f-referral', 'yes');
          await page.getByTestId('elig-submit').click();
          await settled();
          assert.equal(await outcome(), 'covered', 'a child with a referral: CSHI, the state pays for children (p.55.1)');
          assert.ok((await page.getByTestId('basis').locator('blockquote').count()) >= 1, 'the cited points with their quotes');
          assert.ok((await page.getByTestId('next-steps').locator('li').count()) >= 1, 'what to do next');
          if (lang !== 'kk') assert.ok((await page.getByTestId('gist').count()) >= 1, 'an unofficial gist under the Kazakh quote');
          const cite = await page.getByTestId('basis').locator('.cite-where').first().innerText();
          assert.match(cite, lang === 'kk' ? /Бағдарлама, \d+-тармақ/ : lang === 'ru' ? /Программа, п\. \d+/ : /Programme, p\. \d+/);
          await noEnglish('child');
          await shot('1-child');
          await page.emulateMedia({ media: 'print' });
          assert.ok(await page.getByTestId('print-sheet').isVisible(), 'the printed sheet carries the question');
          assert.equal(await page.locator('#elig-form').isVisible(), false, 'the form is not printed');
          await shot('1-child-print');
          await page.emulateMedia({ media: 'screen' });
        });

        await t.test(`${lang} ${width}: an uninsured adult's planned surgery, through the questions`, async () => {
          await page.getByTestId('elig-reset').click();
          await page.fill('#f-date', '2026-11-25');
          await page.selectOption('#f-residency', 'citizen');
          await page.selectOption('#f-region', 'astana');
          await page.fill('#f-birthDate', '1988-04-02');
          await page.selectOption('#f-sex', 'male');
          await page.selectOption('#f-employed', 'no');
          await page.selectOption('#f-contributions', 'unpaid');
          await page.selectOption('#f-type', 'inpatient');
          await page.selectOption('#f-form', 'planned');
          await page.selectOption('#f-specialty', 'surgery');
          await page.fill('#f-diagnosis', 'K40.9');
          await page.selectOption('#f-referral', 'yes');
          await page.getByTestId('elig-submit').click();
          await settled();
          assert.equal(await outcome(), 'undetermined', 'the groups and the orphan list are open');
          await noEnglish('adult, asked');
          assert.deepEqual(await idsInAnswer(page), [], `${lang} ${width}: ids in the answer`);
          // Reasons say under which readings they hold; the questions offer their values in words.
          assert.ok((await page.getByTestId('reasons').getByTestId('when').count()) >= 1, 'a reason framed by its readings');
          assert.ok((await page.getByTestId('choice').count()) >= 2, 'questions as choices');
          await shot('2-adult-asked');
          await page.emulateMedia({ media: 'print' });
          assert.deepEqual(await idsInAnswer(page), [], `${lang} ${width}: ids in the print view`);
          assert.ok(await page.getByTestId('print-choices').first().isVisible(), 'the print sheet lists the choices in words');
          assert.ok(await page.getByTestId('reasons').getByTestId('when').first().isVisible(), 'the print sheet frames the reasons by their readings');
          await shot('2-adult-asked-print');
          await page.emulateMedia({ media: 'screen' });
          const asked: string[] = [];
          for (let round = 0; round < 6 && (await outcome()) === 'undetermined'; round++) {
            const choices = page.getByTestId('choice');
            if ((await choices.count()) === 0) break;
            // "none of these" for the p.55 groups; "no" for a list; otherwise the first value offered.
            const none = page.locator('[data-testid="choice"][data-field="person.categories"][data-value="[]"]');
            const no = page.locator('[data-testid="choice"][data-value="false"]');
            const pick = (await none.count()) ? none.first() : (await no.count()) ? no.first() : choices.first();
            asked.push(`${await pick.getAttribute('data-field')}=${await pick.getAttribute('data-value')}`);
            await pick.click();
            await settled();
          }
          assert.ok(asked.length >= 1, 'at least one question answered with one click');
          assert.notEqual(await outcome(), 'undetermined', `determinate after ${asked.join(', ')}`);
          assert.ok(asked.includes('person.categories=[]'), '"none of these" is a choice for the p.55 groups');
          const share = await page.getByTestId('share-url').inputValue();
          const sent = JSON.parse(decodeURIComponent(share.slice(share.indexOf('#q=') + 3).split('&')[0]!));
          assert.deepEqual(sent.person.categories, [], 'the share link keeps the answers given');
          assert.ok(share.endsWith(`&lang=${lang}`), 'the share link keeps the language');
          assert.ok((await page.getByTestId('next-steps').locator('li[data-step="cshi"]').count()) === 1, 'pay CSHI contributions');
          await noEnglish('adult, answered');
          await shot('2-adult-answered');
        });

        await t.test(`${lang} ${width}: a Karaganda drug`, async () => {
          await page.goto(`${base}#q=${encodeURIComponent(JSON.stringify(KARAGANDA_DRUG))}&lang=${lang}`);
          await page.waitForSelector('html[data-ready="true"]');
          await settled();
          assert.equal(await outcome(), 'covered');
          assert.equal(await page.getAttribute('[data-testid="outcome-package"]', 'data-package'), 'regional');
          assert.ok((await page.locator('li[data-step="prescriptionRegional"]').count()) === 1, 'a prescription under the regional list');
          await noEnglish('Karaganda drug');
          await shot('3-karaganda-drug');
        });

        await t.test(`${lang} ${width}: a 2027 date`, async () => {
          await page.goto(`${base}#q=${encodeURIComponent(JSON.stringify(IN_2027))}&lang=${lang}`);
          await page.waitForSelector('html[data-ready="true"]');
          await settled();
          assert.ok(['covered', 'not_covered', 'undetermined'].includes((await outcome())!));
          await noEnglish('2027');
          await shot('4-2027');
          await page.emulateMedia({ media: 'print' });
          await shot('4-2027-print');
          await page.emulateMedia({ media: 'screen' });
          const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
          assert.ok(overflow <= 0, `horizontal overflow of ${overflow}px`);
        });
      }
    }
    assert.deepEqual(pageErrors, [], 'no uncaught errors or CSP refusals in the page');
  });
});
