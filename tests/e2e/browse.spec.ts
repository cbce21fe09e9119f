import { expect, test } from '@playwright/test';

const LANGS = ['en', 'it', 'pt', 'ca'] as const;
const HTML_LANG = { en: 'en', it: 'it', pt: 'pt-BR', ca: 'ca' } as const;

for (const lang of LANGS) {
  test.describe(`browsing in ${lang}`, () => {
    test('home table link leads to the code page, and the switcher keeps the code', async ({ page }) => {
      await page.goto(`/${lang}/`);
      await expect(page.locator('html')).toHaveAttribute('lang', HTML_LANG[lang]);
      await page.locator('table.code-table a[href$="/550/"]').first().click();
      await expect(page).toHaveURL(`/${lang}/550/`);
      await expect(page.locator('h1')).toContainText('550');
      // Written pages carry the required sections, with the same anchors in every language.
      for (const id of ['meaning', 'causes', 'sender', 'admin', 'recipient', 'related', 'references'])
        await expect(page.locator(`[id="${id}"]`)).toHaveCount(1);

      const other = LANGS.find((l) => l !== lang)!;
      await page.locator(`nav.languages a[hreflang="${HTML_LANG[other]}"]`).click();
      await expect(page).toHaveURL(`/${other}/550/`);
      await expect(page.locator('html')).toHaveAttribute('lang', HTML_LANG[other]);
      await expect(page.locator('h1')).toContainText('550');
    });

    test('a concrete enhanced code URL lands on its class-specific explanation', async ({ page }) => {
      await page.goto(`/${lang}/4.7.1/`);
      await expect(page.locator('h1')).toContainText('4.7.1');
      const note = page.locator('section.class-note');
      await expect(note).toHaveClass(/class-4/);
      // The note comes before the shared explanation and is the page's own for class 4.
      const order = await page.evaluate(() => {
        const all = [...document.querySelectorAll('section.class-note, #meaning')];
        return all.map((e) => e.id || 'class-note');
      });
      expect(order).toEqual(['class-note', 'meaning']);
      await page.getByRole('link', { name: '5.7.1' }).first().click();
      await expect(page).toHaveURL(`/${lang}/5.7.1/`);
      await expect(page.locator('section.class-note')).toHaveClass(/class-5/);
    });

    test('a class page and a subject page list their codes', async ({ page }) => {
      await page.goto(`/${lang}/5xx/`);
      await expect(page.locator('table.code-table a[href$="/550/"]')).toHaveCount(1);
      await page.goto(`/${lang}/x.7.x/`);
      await expect(page.locator('table.code-table a[href$="/x.7.26/"]')).toHaveCount(1);
    });

    test('code pages load one small script and nothing of search until it is used', async ({ page }) => {
      const scripts = new Set<string>();
      page.on('request', (r) => { if (r.resourceType() === 'script') scripts.add(new URL(r.url()).pathname); });
      await page.goto(`/${lang}/550/`);
      await page.goto(`/${lang}/5.7.1/`);
      await page.waitForLoadState('networkidle');
      // Only the copy buttons and the "/" shortcut (src/page-tools/page-tools.ts), under 2 KB.
      expect([...scripts]).toEqual([expect.stringMatching(/^\/_astro\/BaseLayout[^/]*\.js$/)]);
      expect((await (await page.request.get([...scripts][0]!)).body()).length).toBeLessThan(2048);
      await expect(page.locator('script:not([src])')).toHaveCount(0);
    });
  });
}
