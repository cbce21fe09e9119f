/**
 * Pagefind options shared by the search page and the tests that check result order. Exact code
 * matches (5.7.1) must beat longer codes sharing the prefix (5.7.10), and a short concrete page
 * must not beat its fuller sibling just by being short.
 */
export const PAGEFIND_OPTIONS = {
  excerptLength: 24,
  ranking: { termSimilarity: 6, pageLength: 0.2 },
} as const;
