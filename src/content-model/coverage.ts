/**
 * Codes whose pages must be complete in every language; the build fails when one is missing.
 * Every other registry code gets a page built from its facts until its prose is written.
 * The content issues grow this list until it covers the whole registry.
 */
export const REQUIRED_COMPLETE: readonly string[] = [
  '250', '421', '450', '451', '550', '552', '554', 'x.1.1', 'x.2.2', 'x.7.1',
];

/** Overview prose (content/groups) that must exist in every language. */
export const REQUIRED_GROUPS: readonly string[] = [];
