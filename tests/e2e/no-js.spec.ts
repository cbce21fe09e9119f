import { expect, test } from '@playwright/test';

test.use({ javaScriptEnabled: false });

const LANGS = ['en', 'it', 'pt', 'ca'] as const;

for (const lang of LANGS) {
  test(`content pages in ${lang} are complete and navigable without JavaScript`, async ({ page }) => {
    await page.goto(`/${lang}/`);
    await expect(page.locator('h1')).toBeVisible();
    // From the home tables to a reply code, its enhanced code, its subject and its class.
    await page.locator('main a[href$="/550/"]').first().click();
    await expect(page).toHaveURL(`/${lang}/550/`);
    for (const id of ['meaning', 'causes', 'sender', 'admin', 'recipient', 'related', 'references'])
      await expect(page.locator(`#${id}`), id).toBeVisible();
    await page.locator('.related a[href$="/5.1.1/"]').first().click();
    await expect(page).toHaveURL(`/${lang}/5.1.1/`);
    await expect(page.locator('#class-note')).toBeVisible();
    await expect(page.locator('.prose')).not.toBeEmpty();
    await page.locator('.facts a[href$="/x.1.x/"]').click();
    await expect(page).toHaveURL(`/${lang}/x.1.x/`);
    await expect(page.locator('main table a').first()).toBeVisible();
    // The language switcher and the search page still say what to do.
    await page.locator(`nav.languages a[hreflang="${lang === 'en' ? 'it' : 'en'}"]`).click();
    await expect(page).toHaveURL(`/${lang === 'en' ? 'it' : 'en'}/x.1.x/`);
    await page.goto(`/${lang}/search/?q=550`);
    await expect(page.locator('#no-js-note')).toBeVisible();
  });
}
