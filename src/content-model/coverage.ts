import { enhancedBySubject, replyCodes } from '../registry';
import { GROUP_IDS } from './groups';

/**
 * Codes whose pages must be complete in every language; the build fails when one is missing.
 * Every other registry code gets a page built from its facts until its prose is written.
 * Every reply code is written; enhanced codes join as their four languages land.
 */
export const REQUIRED_COMPLETE: readonly string[] = [
  ...replyCodes.map((c) => c.code),
  'x.1.1', 'x.2.2',
  // Security and policy: the whole subject, X.7.0 to X.7.30.
  ...enhancedBySubject(7).map((c) => c.code),
];

/** Overview prose (content/groups) that must exist in every language: all of it. */
export const REQUIRED_GROUPS: readonly string[] = GROUP_IDS;
