import { expect, test } from '@playwright/test';

const LANGS = ['en', 'it', 'pt', 'ca'] as const;
// Query -> the page that must come first. '.' is kept in tokens, so 550 and 5.5.0 stay apart.
const FIRST = [
  ['550', '550'], ['5.7.1', '5.7.1'], ['421', '421'], ['4.2.1', '4.2.1'],
  ['5.5.0', '5.5.0'], ['x.7.1', 'x.7.1'], ['4.7.1', '4.7.1'],
] as const;

for (const lang of LANGS) {
  test(`search from the header in ${lang} lands on the code page`, async ({ page }) => {
    for (const [query, slug] of [['550', '550'], ['5.7.1', '5.7.1']] as const) {
      await page.goto(`/${lang}/`);
      await page.locator('header input[name="q"]').fill(query);
      await page.locator('header input[name="q"]').press('Enter');
      await expect(page).toHaveURL(new RegExp(`/${lang}/search/\\?q=${query.replace(/\./g, '\\.')}$`));
      const first = page.locator('#search-results li a').first();
      await expect(first).toHaveAttribute('href', `/${lang}/${slug}/`);
      await first.click();
      await expect(page).toHaveURL(`/${lang}/${slug}/`);
      await expect(page.locator('h1')).toContainText(query);
    }
  });

  test(`the ${lang} index ranks each code's page first`, async ({ page }) => {
    for (const [query, slug] of FIRST) {
      await page.goto(`/${lang}/search/?q=${encodeURIComponent(query)}`);
      await expect(page.locator('#search-results li a').first()).toHaveAttribute('href', `/${lang}/${slug}/`);
    }
  });
}

test('search results are in the language of the search page', async ({ page }) => {
  await page.goto('/ca/search/?q=550');
  await expect(page.locator('#search-results li a').first()).toHaveAttribute('href', '/ca/550/');
  const hrefs = await page.locator('#search-results li a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
  expect(hrefs.length).toBeGreaterThan(0);
  for (const h of hrefs) expect(h).toMatch(/^\/ca\//);
});
