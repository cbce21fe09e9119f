import { expect, test, type Page } from '@playwright/test';
import { PAGEFIND_OPTIONS } from '../../src/search/ranking';
import { QUERY_CASES } from './search-queries';

const LANGS = ['en', 'it', 'pt', 'ca'] as const;
const resultLinks = (page: Page) => page.locator('#search-results li a');

for (const lang of LANGS) {
  test(`a bare code typed in the ${lang} header opens its page directly`, async ({ page }) => {
    for (const [query, slug] of [['550', '550'], ['5.7.1', '5.7.1'], ['X.7.1', 'x.7.1'], ['4.2.2', '4.2.2']] as const) {
      await page.goto(`/${lang}/`);
      await page.locator('header input[name="q"]').fill(query);
      await page.locator('header input[name="q"]').press('Enter');
      await expect(page).toHaveURL(`/${lang}/${slug}/`);
      await expect(page.locator('h1')).toContainText(query);
    }
    // Back returns to the page the reader came from, not to a search that would redirect again.
    await page.goBack();
    await expect(page).toHaveURL(`/${lang}/`);
  });

  test(`the ${lang} query table: everyday words find the right pages`, async ({ page }) => {
    await page.goto(`/${lang}/search/`);
    const cases = QUERY_CASES[lang];
    const got = await page.evaluate(async ({ cases, options }) => {
      const url = '/pagefind/pagefind.js';
      const pf = await import(/* @vite-ignore */ url);
      await pf.options(options);
      const out: string[][] = [];
      for (const c of cases) {
        const found = await pf.search(c.q);
        out.push(await Promise.all(found.results.slice(0, 3).map(async (r: { data(): Promise<{ url: string }> }) => (await r.data()).url)));
      }
      return out;
    }, { cases, options: PAGEFIND_OPTIONS });
    const wrong = cases.flatMap((c, i) => {
      const top = got[i]!.slice(0, c.top).map((u) => u.split('/')[2]!);
      return top.some((s) => c.pages.includes(s)) ? [] : [`"${c.q}": wanted ${c.pages.join('|')} in top ${c.top}, got ${got[i]!.join(' ')}`];
    });
    expect(wrong).toEqual([]);
  });
}

test('typing in the search page shows the code first, and Enter opens it', async ({ page }) => {
  await page.goto('/it/search/');
  await page.locator('main input[name="q"]').fill('421');
  await expect(page.locator('#search-codes ul a').first()).toHaveAttribute('href', '/it/421/');
  await expect(page).toHaveURL('/it/search/?q=421');
  await expect(resultLinks(page).first()).toHaveAttribute('href', '/it/421/');
  await page.locator('main input[name="q"]').press('Enter');
  await expect(page).toHaveURL('/it/421/');
});

test('a code the site does not have says so and offers the closest pages', async ({ page }) => {
  await page.goto('/en/search/?q=559');
  await expect(page).toHaveURL('/en/search/?q=559');
  const box = page.locator('#search-codes');
  await expect(box.locator('h2')).toContainText('no page for 559');
  const hrefs = await box.locator('a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
  expect(hrefs[0]).toBe('/en/5xx/');
  expect(hrefs).toContain('/en/550/');

  await page.goto('/pt/search/?q=5.9.9');
  await expect(page.locator('#search-codes h2')).toContainText('Não há página para 5.9.9');
  await expect(page.locator('#search-codes ul a')).toHaveAttribute('href', '/pt/5.x.x/');
});

test('a pasted bounce line lists the page of every code in it first', async ({ page }) => {
  const lines = [
    ['550 5.1.1 <bob@example.com>: Recipient address rejected: User unknown', ['/ca/550/', '/ca/5.1.1/']],
    ['421-4.7.0 Try again later, closing connection.', ['/ca/421/', '/ca/4.7.0/']],
    ['smtp; 550-5.7.26 This mail has been blocked because the sender is unauthenticated.', ['/ca/550/', '/ca/5.7.26/']],
  ] as const;
  for (const [line, hrefs] of lines) {
    await page.goto(`/ca/search/?q=${encodeURIComponent(line)}`);
    await expect.poll(() => page.locator('#search-codes ul a').evaluateAll((as) => as.map((a) => a.getAttribute('href')).slice(0, 2)), { message: line })
      .toEqual([...hrefs]);
  }
});

test('filters narrow the results and travel in the URL', async ({ page }) => {
  await page.goto('/en/search/?q=mailbox%20full');
  await expect(resultLinks(page).first()).toBeVisible();
  await page.getByRole('radio', { name: 'Reply codes (550)' }).check();
  await expect(page).toHaveURL('/en/search/?q=mailbox+full&kind=reply');
  await expect.poll(async () => {
    const hrefs = await resultLinks(page).evaluateAll((as) => as.map((a) => a.getAttribute('href') ?? ''));
    return hrefs.length > 0 && hrefs.every((h) => /^\/en\/(\d{3}|\dxx)\/$/.test(h));
  }).toBe(true);

  await page.getByRole('radio', { name: /^4: / }).check();
  await expect(page).toHaveURL('/en/search/?q=mailbox+full&class=4&kind=reply');
  // Every result is a 4xx reply page once the filtered search has run.
  await expect.poll(async () => {
    const hrefs = await resultLinks(page).evaluateAll((as) => as.map((a) => a.getAttribute('href') ?? ''));
    return hrefs.length > 0 && hrefs.every((h) => /^\/en\/4(\d\d|xx)\/$/.test(h));
  }).toBe(true);

  // The shared URL restores query and filters.
  await page.goto('/en/search/?q=mailbox+full&kind=enhanced&class=5');
  await expect(page.getByRole('radio', { name: 'Enhanced codes (5.7.1)' })).toBeChecked();
  await expect(resultLinks(page).first()).toHaveAttribute('href', '/en/x.2.2/');
});

test('search results are in the language of the search page', async ({ page }) => {
  await page.goto('/ca/search/?q=greylisting');
  await expect(resultLinks(page).first()).toBeVisible();
  const hrefs = await resultLinks(page).evaluateAll((as) => as.map((a) => a.getAttribute('href')));
  for (const h of hrefs) expect(h).toMatch(/^\/ca\//);
});

test('hostile queries are shown as text', async ({ page }) => {
  let dialog = false;
  page.on('dialog', async (d) => { dialog = true; await d.dismiss(); });
  for (const q of ['<script>alert(1)</script>', '"><img src=x onerror=alert(1)>', `550 ${'x'.repeat(3000)}`]) {
    await page.goto(`/en/search/?q=${encodeURIComponent(q)}`);
    await expect(page.locator('#search-status')).toHaveText(/Nothing found|result/);
    expect(await page.locator('main img, main script:not([src])').count()).toBe(0);
  }
  // Longer than any URL a server accepts: typed (pasted) into the field.
  await page.locator('main input[name="q"]').fill(`<b>550</b> ${'"\'<>'.repeat(50_000)}`);
  await expect(page.locator('#search-codes ul a').first()).toHaveAttribute('href', '/en/550/');
  expect(await page.locator('main b, main img').count()).toBe(0);
  expect(dialog).toBe(false);
});
