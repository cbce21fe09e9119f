import { expect, test } from '@playwright/test';
import { t } from '../../src/i18n/ui';
import { pathFor } from '../../src/routing/paths';

const LANGS = ['en', 'it', 'pt', 'ca'] as const;

for (const lang of LANGS) {
  const ui = t(lang);

  test.describe(`code kinds in ${lang}`, () => {
    test('a non-standard code says so first and leads to the real code', async ({ page }) => {
      await page.goto(pathFor(lang, '511'));
      await expect(page.locator('.facts')).toContainText(ui.standingName.nonstandard);
      const ids = await page.locator('.prose h2[id]').evaluateAll((hs) => hs.map((h) => h.id));
      expect(ids[0]).toBe('nonstandard');
      expect(ids).toEqual(expect.arrayContaining(['meaning', 'causes', 'sender', 'admin', 'recipient']));
      await page.locator('section:has(#nonstandard) a[href="../5.1.1/"]').first().click();
      await expect(page).toHaveURL(pathFor(lang, '5.1.1'));
    });

    test('an extension code names its extension RFC', async ({ page }) => {
      await page.goto(pathFor(lang, '535'));
      await expect(page.locator('.facts')).toContainText(ui.standingName.extension);
      await expect(page.locator('section:has(#references) a[href*="rfc4954"]')).toHaveCount(1);
      await expect(page.locator('#admin')).toBeVisible();
    });

    test('an authentication code opened from its concrete 5.y.z URL shows its class-5 explanation', async ({ page }) => {
      await page.goto(pathFor(lang, '5.7.8'));
      await expect(page.locator('h1')).toContainText('5.7.8');
      const note = page.locator('section.class-note');
      await expect(note).toHaveClass(/class-5/);
      // The written note for class 5, not the generic sentence used for drafts.
      await expect(note.locator('p').first()).not.toHaveText(ui.enhancedClassText['5']);
      await expect(page.locator('#draft-notice, .draft-notice')).toHaveCount(0);
      await page.locator('.facts').getByRole('link', { name: '4.7.8' }).click();
      await expect(page).toHaveURL(pathFor(lang, '4.7.8'));
    });
  });
}
