import { filterRules } from './filters';
import { genericRules } from './generic';
import { gmailRules } from './gmail';
import { icloudRules } from './icloud';
import { microsoftRules } from './microsoft';
import { dovecotRules, eximRules, postfixRules, qmailRules, sendmailRules } from './mta';
import type { WordingRule } from './rule';
import { yahooRules } from './yahoo';

export type { Priority, WordingRule } from './rule';

/** Every wording rule, provider-specific first. */
export const WORDING_RULES: readonly WordingRule[] = [
  ...gmailRules,
  ...microsoftRules,
  ...yahooRules,
  ...icloudRules,
  ...postfixRules,
  ...eximRules,
  ...sendmailRules,
  ...qmailRules,
  ...dovecotRules,
  ...filterRules,
  ...genericRules,
];
