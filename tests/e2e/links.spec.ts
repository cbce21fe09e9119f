import { expect, test } from '@playwright/test';

const LANGS = ['en', 'it', 'pt', 'ca'] as const;

test.describe('language-neutral short links', () => {
  for (const [locale, lang] of [['it-IT', 'it'], ['pt-BR', 'pt'], ['ca-ES', 'ca'], ['de-DE', 'en']] as const) {
    test.describe(`with a ${locale} browser`, () => {
      test.use({ locale });
      test(`open the code in ${lang}`, async ({ page }) => {
        for (const slug of ['550', '5.7.1', 'x.7.1', '5xx']) {
          await page.goto(`/${slug}/`);
          await expect(page).toHaveURL(`/${lang}/${slug}/`);
          await expect(page.locator('html')).toHaveAttribute('lang', lang === 'pt' ? 'pt-BR' : lang);
        }
      });
    });
  }

  test.describe('with a Catalan browser', () => {
    test.use({ locale: 'ca-ES' });
    test('keep the query of a shared search', async ({ page }) => {
      await page.goto('/search/?q=mailbox');
      await expect(page).toHaveURL('/ca/search/?q=mailbox');
      await expect(page.locator('main input[name="q"]')).toHaveValue('mailbox');
    });
  });

  test.describe('without JavaScript', () => {
    test.use({ javaScriptEnabled: false });
    test('show the four languages', async ({ page }) => {
      await page.goto('/4.2.2/');
      await expect(page).toHaveURL('/4.2.2/');
      await expect(page.locator('h1')).toHaveText('4.2.2');
      const links = page.locator('main li a');
      await expect(links).toHaveCount(4);
      expect(await links.evaluateAll((as) => as.map((a) => a.getAttribute('href')))).toEqual(LANGS.map((l) => `/${l}/4.2.2/`));
      await page.locator('main a[hreflang="pt-BR"]').click();
      await expect(page).toHaveURL('/pt/4.2.2/');
    });
  });
});

test.describe('the page-not-found page', () => {
  const cases = [
    { lang: 'it', path: '/it/5.7.99/', text: 'Non c’è una pagina per 5.7.99', links: ['/it/x.7.x/', '/it/5.x.x/'] },
    { lang: 'pt', path: '/pt/erro-550/', text: 'Você estava procurando 550?', links: ['/pt/550/'] },
    { lang: 'ca', path: '/ca/559/', text: 'cap pàgina per al 559', links: ['/ca/5xx/', '/ca/550/'] },
    { lang: 'en', path: '/en/mailbox-full/', text: '', links: ['/en/search/?q=mailbox%20full'] },
  ] as const;
  for (const c of cases) {
    test(`reads ${c.path} in ${c.lang}`, async ({ page }) => {
      const response = await page.goto(c.path);
      expect(response?.status()).toBe(404);
      await expect(page.locator('html')).toHaveAttribute('lang', c.lang === 'pt' ? 'pt-BR' : c.lang);
      const box = page.locator('#not-found-suggestion');
      await expect(box).toBeVisible();
      if (c.text) await expect(box.locator('p')).toContainText(c.text);
      const hrefs = await box.locator('a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
      for (const l of c.links) expect(hrefs).toContain(l);
      await box.locator('a').first().click();
      await expect(page).toHaveURL(new RegExp(`^[^?]*${c.links[0]!.replace(/[.?]/g, '\\$&')}`));
    });
  }

  test('shows a pasted script tag as text', async ({ page }) => {
    let dialog = false;
    page.on('dialog', async (d) => { dialog = true; await d.dismiss(); });
    await page.goto('/en/%3Cimg%20src=x%20onerror=alert(1)%3E/');
    await expect(page.locator('#not-found-suggestion')).toBeVisible();
    expect(await page.locator('main img').count()).toBe(0);
    expect(dialog).toBe(false);
  });
});

test.describe('copy controls on a code page', () => {
  test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

  for (const lang of LANGS) {
    test(`copy a section link and a ticket summary in ${lang}`, async ({ page }) => {
      await page.goto(`/${lang}/5.1.1/`);
      // The same anchors in every language, each with a visible copy control.
      for (const id of ['meaning', 'causes', 'sender', 'admin', 'recipient', 'server-texts', 'related', 'references', 'class-note'])
        await expect(page.locator(`#${id} + .section-tools button`), id).toBeVisible();
      await page.locator('#sender + .section-tools button').click();
      expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(`${new URL(page.url()).origin}/${lang}/5.1.1/#sender`);
      await expect(page.locator('#copy-status')).not.toBeEmpty();

      await page.locator('.ticket-tools button').click();
      const ticket = await page.evaluate(() => navigator.clipboard.readText());
      const lines = ticket.split('\n');
      expect(lines[0]).toMatch(/^5\.1\.1 — /);
      expect(lines.at(-1)).toBe(`${new URL(page.url()).origin}/${lang}/5.1.1/`);
      expect(ticket).toContain(await page.locator('.summary').innerText());
    });
  }

  test.describe('without JavaScript', () => {
    test.use({ javaScriptEnabled: false });
    test('the copy buttons stay hidden and the section links still work', async ({ page }) => {
      await page.goto('/en/550/');
      await expect(page.locator('.copy-button').first()).toBeHidden();
      await page.locator('#causes + .section-tools a.anchor').click();
      await expect(page).toHaveURL('/en/550/#causes');
    });
  });
});

test('"/" moves the focus to search from any page', async ({ page }) => {
  await page.goto('/it/x.2.2/');
  await page.keyboard.press('/');
  await expect(page.locator('header input[name="q"]')).toBeFocused();
  await page.keyboard.type('550');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL('/it/550/');
});
