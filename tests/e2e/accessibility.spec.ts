import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';

const LANGS = ['en', 'it', 'pt', 'ca'] as const;
// One page of every template, and what to wait for before scanning.
const TEMPLATES: [name: string, path: string, ready?: string, prepare?: (page: Page) => Promise<void>][] = [
  ['home', ''],
  ['reply code', '550/'],
  ['enhanced code', 'x.7.1/'],
  ['concrete enhanced code', '5.7.1/'],
  ['reply class', '5xx/'],
  ['enhanced class', '5.x.x/'],
  ['subject', 'x.7.x/'],
  ['search with results', 'search/?q=greylisting', '#search-results li'],
  ['page not found', '5.7.99/', '#not-found-suggestion:not([hidden])'],
  ['bounce analyzer with a result', 'analyze/', '.analysis-reason', async (page: Page) => {
    await page.locator('textarea').fill('Final-Recipient: rfc822; bob@example.com\nAction: failed\nStatus: 5.2.2\nDiagnostic-Code: smtp; 552 5.2.2 Mailbox full');
    await page.locator('#analyzer-form button[type="submit"]').click();
  }],
];

async function violations(page: Page): Promise<string[]> {
  const { violations } = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  return violations.map((v) => `${v.id} (${v.impact}): ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(' | ')}`);
}

for (const scheme of ['light', 'dark'] as const) {
  test.describe(`in ${scheme} mode`, () => {
    test.use({ colorScheme: scheme });
    for (const lang of LANGS) {
      test(`every template in ${lang} passes axe (WCAG 2.1 AA)`, async ({ page }) => {
        const found: string[] = [];
        for (const [name, path, ready, prepare] of TEMPLATES) {
          await page.goto(`/${lang}/${path}`);
          if (prepare) await prepare(page);
          if (ready) await expect(page.locator(ready).first()).toBeVisible();
          found.push(...(await violations(page)).map((v) => `${name}: ${v}`));
        }
        expect(found).toEqual([]);
      });
    }

    test('the language choosers pass axe', async ({ page }) => {
        // As readers without JavaScript see them: the redirect script is not loaded.
        await page.route('**/lang-redirect.js', (route) => route.abort());
        const found: string[] = [];
        for (const path of ['/', '/550/', '/x.7.x/']) {
          await page.goto(path);
          found.push(...(await violations(page)).map((v) => `${path}: ${v}`));
        }
        expect(found).toEqual([]);
    });
  });
}

test.describe('keyboard only', () => {
  test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

  /** Presses Tab until `target` has the focus, or fails after `max` presses. */
  async function tabTo(page: Page, target: string, max = 80): Promise<void> {
    for (let i = 0; i < max; i++) {
      await page.keyboard.press('Tab');
      if (await page.locator(target).first().evaluate((el) => el === document.activeElement).catch(() => false)) return;
    }
    throw new Error(`${target} never got the focus`);
  }

  test('reaches the skip link, search, languages and every control of a code page', async ({ page }) => {
    await page.goto('/pt/5.2.2/');
    await page.keyboard.press('Tab');
    await expect(page.locator('a.skip')).toBeFocused();
    await tabTo(page, 'header input[name="q"]');
    await tabTo(page, 'nav.languages a[hreflang="ca"]');
    await tabTo(page, '.ticket-tools button');
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => navigator.clipboard.readText())).toContain('/pt/5.2.2/');
    await tabTo(page, '#sender + .section-tools button');
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => navigator.clipboard.readText())).toMatch(/\/pt\/5\.2\.2\/#sender$/);
  });

  test('uses the bounce analyzer without a mouse', async ({ page }) => {
    await page.goto('/ca/analyze/');
    await tabTo(page, '#analyzer-form textarea');
    await page.keyboard.type('550 5.1.1 <bob@example.com>: Recipient address rejected: User unknown');
    await tabTo(page, '#analyzer-form button[type="submit"]');
    await page.keyboard.press('Enter');
    // The result takes the focus, so the reader hears it; its links are next in the tab order.
    await expect(page.locator('#result-what')).toBeFocused();
    await tabTo(page, '.analysis-actors a, .analysis-codes a');
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/\/ca\/(5\.1\.1|550)\//);
  });

  test('searches and filters without a mouse', async ({ page }) => {
    await page.goto('/it/search/');
    await tabTo(page, 'main input[name="q"]');
    await page.keyboard.type('casella piena');
    await expect(page.locator('#search-results li a').first()).toBeVisible();
    await tabTo(page, 'main input[name="kind"][value=""]');
    await page.keyboard.press('ArrowRight');
    await expect(page.locator('main input[name="kind"][value="reply"]')).toBeChecked();
    await expect(page).toHaveURL(/kind=reply/);
    await tabTo(page, '#search-results li a');
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/\/it\/\d{3}\/$/);
  });
});
