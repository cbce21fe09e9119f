import { enhancedBySubject, replyCodes } from '../registry';
import { GROUP_IDS } from './groups';

/**
 * Codes whose pages must be complete in every language; the build fails when one is missing.
 * Every other registry code gets a page built from its facts until its prose is written.
 * Every reply code is written; enhanced codes join as their four languages land.
 */
export const REQUIRED_COMPLETE: readonly string[] = [
  ...replyCodes.map((c) => c.code),
  // Enhanced codes, by subject as their four languages land: other (X.0.x), addressing (X.1.x),
  // mailbox (X.2.x), mail system (X.3.x), network and routing (X.4.x), security and policy (X.7.x).
  ...[0, 1, 2, 3, 4, 7].flatMap((subject) => enhancedBySubject(subject).map((c) => c.code)),
];

/** Overview prose (content/groups) that must exist in every language: all of it. */
export const REQUIRED_GROUPS: readonly string[] = GROUP_IDS;
