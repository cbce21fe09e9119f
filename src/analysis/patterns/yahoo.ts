/**
 * Yahoo Mail and AOL (same infrastructure). Deferrals carry a bracketed tag such as [TSS04] and
 * point to postmaster.yahooinc.com; final-delivery errors start with "delivery error: dd".
 */
import { fingerprint, rule, type WordingRule } from './rule';

const yahoo = { source: 'yahoo', priority: 3 } as const;

export const yahooRules: WordingRule[] = [
  rule('yahoo-tss04', 'rate-limited', ['temporarily deferred due to unexpected volume or user complaints'], yahoo),
  rule('yahoo-tss09', 'reputation-block', ['will be permanently deferred'], { ...yahoo, outcome: 'permanent' }),
  rule('yahoo-policy', 'policy', ['Message not accepted for policy reasons'], yahoo),
  rule('yahoo-no-account', 'recipient-unknown', /\bThis user doesn['’]t have an? \S{1,100} account\b/, yahoo),
  rule('yahoo-disabled', 'mailbox-disabled', /\bThis mailbox is disabled\b|\(554\.30\)/, yahoo),
  // Yahoo's "552 2 … mailbox is over quota" is a full mailbox; "552 1 … mailbox not found" an unknown user.
  rule('yahoo-mailbox-full', 'mailbox-full', ['Requested mail action aborted, mailbox is over quota'], yahoo),
  rule('yahoo-mailbox-not-found', 'recipient-unknown', ['Requested mail action aborted, mailbox not found'], yahoo),

  fingerprint('yahoo-tag', 'yahoo', 'receiver', /\[TSS?\d{2}\]/),
  fingerprint('yahoo-hosts', 'yahoo', 'receiver', /\b(?:postmaster|senders)\.yahooinc\.com\b|\bpostmaster\.yahoo\.com\b|\byahoodns\.net\b/),
  fingerprint('yahoo-dd', 'yahoo', 'receiver', /\bdelivery error: dd\b/),
  fingerprint('yahoo-reporter', 'yahoo', 'reporter', ['Sorry, we were unable to deliver your message to the following address']),
];
