/**
 * Apple iCloud Mail. Policy refusals carry a bracketed tag ([CS01], [HM08]) and a support.apple.com
 * link; user errors are plain Postfix-style texts, recognised by the generic rules.
 */
import { fingerprint, rule, type WordingRule } from './rule';

export const icloudRules: WordingRule[] = [
  rule('icloud-local-policy', 'policy', /\[(?:CS|HM)\d{2}\]\s{1,3}Message rejected due to local policy/, { source: 'icloud', priority: 3 }),

  fingerprint('icloud-tag', 'icloud', 'receiver', /\[(?:CS|HM)\d{2}\]/),
  fingerprint('icloud-hosts', 'icloud', 'receiver', /\bmail\.icloud\.com\b|\bsupport\.apple\.com\b/),
];
