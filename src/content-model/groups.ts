import { ENHANCED_CLASSES, ENHANCED_SUBJECTS } from '../registry';

/** Overview pages (and category blurbs) that may carry written prose, by group id. */
export const REPLY_CLASS_GROUPS = ['2xx', '3xx', '4xx', '5xx'] as const;
/** Second digit of a reply code (RFC 5321 section 4.2.1); x3z and x4z are unassigned. */
export const REPLY_CATEGORY_GROUPS = ['x0z', 'x1z', 'x2z', 'x5z'] as const;
export const ENHANCED_CLASS_GROUPS = ENHANCED_CLASSES.map((c) => `${c}.x.x`);
export const SUBJECT_GROUPS = ENHANCED_SUBJECTS.map((s) => `x.${s}.x`);

export const GROUP_IDS: readonly string[] = [
  ...REPLY_CLASS_GROUPS, ...REPLY_CATEGORY_GROUPS, ...ENHANCED_CLASS_GROUPS, ...SUBJECT_GROUPS,
];
