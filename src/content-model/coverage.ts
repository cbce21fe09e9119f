import { allCodes } from '../registry';
import { GROUP_IDS } from './groups';

/**
 * Codes whose pages must be complete in every language; the build fails when one is missing.
 * Every code of the registry is written in all four languages, so all of them are required: a new
 * registry code fails the build until its four pages exist.
 */
export const REQUIRED_COMPLETE: readonly string[] = allCodes().map((c) => c.code);

/** Overview prose (content/groups) that must exist in every language: all of it. */
export const REQUIRED_GROUPS: readonly string[] = GROUP_IDS;
