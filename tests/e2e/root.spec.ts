import { expect, test } from '@playwright/test';

test.describe('the root URL', () => {
  for (const [locale, lang] of [['it-IT', 'it'], ['pt-BR', 'pt'], ['ca-ES', 'ca'], ['de-DE', 'en'], ['en-GB', 'en']] as const) {
    test.describe(`with a ${locale} browser`, () => {
      test.use({ locale });
      test(`goes to /${lang}/`, async ({ page }) => {
        await page.goto('/');
        await expect(page).toHaveURL(`/${lang}/`);
      });
    });
  }

  test.describe('without JavaScript', () => {
    test.use({ javaScriptEnabled: false, locale: 'it-IT' });
    test('is a plain language chooser', async ({ page }) => {
      await page.goto('/');
      await expect(page).toHaveURL('/');
      const links = page.locator('main a');
      await expect(links).toHaveCount(4);
      await page.getByRole('link', { name: /Català/ }).click();
      await expect(page).toHaveURL('/ca/');
    });
  });
});
