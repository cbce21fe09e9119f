import { expect, test } from '@playwright/test';
import { PAGEFIND_OPTIONS } from '../../src/search/ranking';
import { replyCodes } from '../../src/registry';
import { pathFor } from '../../src/routing/paths';

const LANGS = ['en', 'it', 'pt', 'ca'] as const;

// Every reply code, and a sample of concrete enhanced codes, must find its own page first when
// typed bare, in every language. Queries go straight to the language's Pagefind index with the
// same options as the search page.
const QUERIES = [
  ...replyCodes.map((c) => c.code),
  '5.7.1', '4.7.1', '5.1.1', '4.2.2', '5.2.2', '5.7.26', '5.1.10', '5.7.8', '4.4.7', 'x.7.1',
];

for (const lang of LANGS) {
  test(`every bare code finds its own page first in ${lang}`, async ({ page }) => {
    await page.goto(pathFor(lang, 'search'));
    const firsts = await page.evaluate(async ({ queries, options }) => {
      const url = '/pagefind/pagefind.js';
      const pf = await import(/* @vite-ignore */ url);
      await pf.options(options);
      const out: Record<string, string | undefined> = {};
      for (const q of queries) {
        const found = await pf.search(q);
        out[q] = found.results[0] ? (await found.results[0].data()).url : undefined;
      }
      return out;
    }, { queries: QUERIES, options: PAGEFIND_OPTIONS });
    const wrong = QUERIES.filter((q) => firsts[q] !== pathFor(lang, q)).map((q) => `${q} -> ${firsts[q]}`);
    expect(wrong).toEqual([]);
  });
}
