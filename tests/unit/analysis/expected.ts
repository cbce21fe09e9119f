/**
 * What the analyzer must say about each fixture. Written from what each bounce means, not from the
 * analyzer's output. `provider` is the result's provider (refusedBy, else reportedBy); `mustNotFind`
 * lists numbers in the text that are not codes (dates, IPs, versions, ids, sizes, phone numbers).
 */
import type { AnalysisFlag, AuthMechanism, DsnAction, ListAdvice, Outcome, ReasonId, SourceId } from '../../../src/analysis';

export interface ExpectedRecipient {
  address: string;
  action: DsnAction;
  outcome: Outcome;
  reason: ReasonId;
}

export interface Expected {
  /** Provider, MTA or theme the fixture stands for, for coverage counts. */
  group: string;
  file: string;
  reply?: string;
  enhanced?: string;
  reason: ReasonId;
  outcome: Outcome;
  listAdvice: ListAdvice;
  provider?: SourceId;
  refusedBy?: SourceId;
  reportedBy?: SourceId;
  auth?: AuthMechanism[];
  flags?: AnalysisFlag[];
  mustNotFind?: string[];
  recipients?: ExpectedRecipient[];
}

export const EXPECTED: Expected[] = [
  { group: 'postfix', file: 'postfix-dsn-user-unknown.eml', reply: '550', enhanced: '5.1.1', reason: 'recipient-unknown', outcome: 'permanent', listAdvice: 'remove', provider: 'postfix', refusedBy: 'postfix', reportedBy: 'postfix', mustNotFind: ['421', '3.5.1', '5.5.1', '256'], recipients: [{ address: 'bob@example.net', action: 'failed', outcome: 'permanent', reason: 'recipient-unknown' }] },
  { group: 'gmail', file: 'gmail-nosuchuser-postfix.txt', reply: '550', enhanced: '5.1.1', reason: 'recipient-unknown', outcome: 'permanent', listAdvice: 'remove', provider: 'gmail', refusedBy: 'gmail', reportedBy: 'postfix' },
  { group: 'gmail', file: 'gmail-over-quota-exim.txt', reply: '552', enhanced: '5.2.2', reason: 'mailbox-full', outcome: 'permanent', listAdvice: 'remove-if-repeated', provider: 'gmail', refusedBy: 'gmail', reportedBy: 'exim', mustNotFind: ['4.96.2', '250'] },
  { group: 'gmail', file: 'gmail-dmarc-postfix-log.txt', reply: '550', enhanced: '5.7.26', reason: 'auth-failure', outcome: 'permanent', listAdvice: 'keep', provider: 'gmail', reportedBy: 'postfix', auth: ['dmarc'], mustNotFind: ['551'] },
  { group: 'gmail', file: 'gmail-unauthenticated.txt', reply: '550', enhanced: '5.7.26', reason: 'auth-failure', outcome: 'permanent', listAdvice: 'keep', provider: 'gmail', auth: ['spf', 'dkim'] },
  { group: 'gmail', file: 'gmail-spam-exim.txt', reply: '550', enhanced: '5.7.1', reason: 'spam-content', outcome: 'permanent', listAdvice: 'keep', provider: 'gmail', reportedBy: 'exim' },
  { group: 'gmail', file: 'gmail-rate-4.7.28-delayed.eml', reply: '421', enhanced: '4.7.28', reason: 'rate-limited', outcome: 'transient', listAdvice: 'keep', provider: 'gmail', reportedBy: 'postfix', recipients: [{ address: 'news-reader@example.org', action: 'delayed', outcome: 'transient', reason: 'rate-limited' }] },
  { group: 'gmail', file: 'gmail-receiving-rate-app-error.txt', reply: '450', enhanced: '4.2.1', reason: 'rate-limited', outcome: 'transient', listAdvice: 'keep', provider: 'gmail', mustNotFind: ['452'] },
  { group: 'gmail', file: 'gmail-low-reputation-exim-log.txt', reply: '421', enhanced: '4.7.0', reason: 'reputation-block', outcome: 'transient', listAdvice: 'keep', provider: 'gmail', reportedBy: 'exim' },
  { group: 'gmail', file: 'gmail-disabled-old-format.txt', reply: '550', enhanced: '5.2.1', reason: 'mailbox-disabled', outcome: 'permanent', listAdvice: 'remove', provider: 'gmail' },
  { group: 'gmail', file: 'gmail-reporter-address-not-found.eml', reply: '550', enhanced: '5.1.1', reason: 'recipient-unknown', outcome: 'permanent', listAdvice: 'remove', provider: 'postfix', refusedBy: 'postfix', reportedBy: 'gmail', mustNotFind: ['5.2.1', '555'], recipients: [{ address: 'tom@example.net', action: 'failed', outcome: 'permanent', reason: 'recipient-unknown' }] },
  { group: 'gmail', file: 'gmail-size-postfix-log.txt', reply: '552', enhanced: '5.3.4', reason: 'message-too-big', outcome: 'permanent', listAdvice: 'keep', provider: 'gmail' },
  { group: 'gmail', file: 'gmail-starttls-python.txt', reply: '530', enhanced: '5.7.0', reason: 'tls-required', outcome: 'permanent', listAdvice: 'keep', provider: 'gmail' },
  { group: 'gmail', file: 'gmail-bad-credentials-python.txt', reply: '535', enhanced: '5.7.8', reason: 'auth-credentials', outcome: 'permanent', listAdvice: 'keep', provider: 'gmail' },
  { group: 'gmail', file: 'gmail-blocked-message.txt', reply: '552', enhanced: '5.7.0', reason: 'virus', outcome: 'permanent', listAdvice: 'keep', provider: 'gmail' },
  { group: 'gmail', file: 'gmail-ptr-ipv6-exim-log.txt', reply: '550', enhanced: '5.7.25', reason: 'reverse-dns', outcome: 'permanent', listAdvice: 'keep', provider: 'gmail', reportedBy: 'exim' },
  { group: 'gmail', file: 'gmail-success-250.txt', reply: '250', enhanced: '2.0.0', reason: 'success', outcome: 'success', listAdvice: 'keep', provider: 'gmail' },
  { group: 'microsoft', file: 'm365-recipient-not-found.eml', reply: '550', enhanced: '5.1.10', reason: 'recipient-unknown', outcome: 'permanent', listAdvice: 'remove', provider: 'microsoft', flags: ['quoted-printable', 'html'], mustNotFind: ['2.4.1', '4.2.1', '552', '555', '5.5.1'], recipients: [{ address: 'paul@example.net', action: 'failed', outcome: 'permanent', reason: 'recipient-unknown' }] },
  { group: 'microsoft', file: 'outlook-s3150-postfix-log.txt', reply: '550', enhanced: '5.7.1', reason: 'reputation-block', outcome: 'permanent', listAdvice: 'keep', provider: 'microsoft', reportedBy: 'postfix' },
  { group: 'microsoft', file: 'm365-spamhaus-ndr.txt', reply: '550', enhanced: '5.7.1', reason: 'reputation-block', outcome: 'permanent', listAdvice: 'keep', provider: 'microsoft' },
  { group: 'microsoft', file: 'm365-dbeb-5.4.1.txt', reply: '550', enhanced: '5.4.1', reason: 'recipient-unknown', outcome: 'permanent', listAdvice: 'remove', provider: 'microsoft' },
  { group: 'microsoft', file: 'm365-banned-ip-postfix.txt', reply: '550', enhanced: '5.7.606', reason: 'reputation-block', outcome: 'permanent', listAdvice: 'keep', provider: 'microsoft' },
  { group: 'microsoft', file: 'm365-5.7.708-exim.txt', reply: '550', enhanced: '5.7.708', reason: 'reputation-block', outcome: 'permanent', listAdvice: 'keep', provider: 'microsoft' },
  { group: 'microsoft', file: 'm365-dmarc-5.7.509.html', reply: '550', enhanced: '5.7.509', reason: 'auth-failure', outcome: 'permanent', listAdvice: 'keep', provider: 'microsoft', auth: ['dmarc'], flags: ['html'], mustNotFind: ['5.7.1', '548'] },
  { group: 'microsoft', file: 'exchange-mailbox-full-legacy.txt', reply: '554', enhanced: '5.2.2', reason: 'mailbox-full', outcome: 'permanent', listAdvice: 'remove-if-repeated', provider: 'microsoft', mustNotFind: ['255'] },
  { group: 'microsoft', file: 'exchange-expired-4.4.7.txt', reply: '550', enhanced: '4.4.7', reason: 'expired', outcome: 'permanent', listAdvice: 'remove-if-repeated', provider: 'microsoft' },
  { group: 'microsoft', file: 'exchange-hop-count.txt', reply: '554', enhanced: '5.4.14', reason: 'loop', outcome: 'permanent', listAdvice: 'keep', provider: 'microsoft' },
  { group: 'microsoft', file: 'm365-tenant-attribution-dsn.txt', reply: '550', enhanced: '5.7.64', reason: 'relay-denied', outcome: 'permanent', listAdvice: 'keep', provider: 'microsoft', recipients: [{ address: 'orders@example.net', action: 'failed', outcome: 'permanent', reason: 'relay-denied' }] },
  { group: 'microsoft', file: 'm365-client-not-authenticated-app.txt', reply: '530', enhanced: '5.7.57', reason: 'auth-required', outcome: 'permanent', listAdvice: 'keep', provider: 'microsoft' },
  { group: 'microsoft', file: 'exchange-legacy-recipnotfound.txt', reply: '550', enhanced: '5.1.1', reason: 'recipient-unknown', outcome: 'permanent', listAdvice: 'remove', provider: 'microsoft', mustNotFind: ['4.3.319', '319'] },
  { group: 'microsoft', file: 'exchange-delayed-4.4.1.txt', reply: '441', enhanced: '4.4.1', reason: 'network', outcome: 'transient', listAdvice: 'keep', provider: 'microsoft' },
  { group: 'microsoft', file: 'exchange-bare-linefeeds.txt', reply: '550', enhanced: '5.6.11', reason: 'protocol-error', outcome: 'permanent', listAdvice: 'keep', provider: 'microsoft' },
  { group: 'yahoo', file: 'yahoo-tss04-postfix-log.txt', reply: '421', enhanced: '4.7.0', reason: 'rate-limited', outcome: 'transient', listAdvice: 'keep', provider: 'yahoo', reportedBy: 'postfix', mustNotFind: ['4.16.55', '6.55.1', '5.5.1'] },
  { group: 'yahoo', file: 'yahoo-tss09-exim.txt', reply: '553', enhanced: '5.7.2', reason: 'reputation-block', outcome: 'permanent', listAdvice: 'keep', provider: 'yahoo', reportedBy: 'exim' },
  { group: 'yahoo', file: 'yahoo-policy-554.txt', reply: '554', enhanced: '5.7.9', reason: 'policy', outcome: 'permanent', listAdvice: 'keep', provider: 'yahoo' },
  { group: 'yahoo', file: 'yahoo-mailbox-full-552.txt', reply: '552', reason: 'mailbox-full', outcome: 'permanent', listAdvice: 'remove-if-repeated', provider: 'yahoo' },
  { group: 'yahoo', file: 'yahoo-mailbox-not-found-552.txt', reply: '552', reason: 'recipient-unknown', outcome: 'permanent', listAdvice: 'remove', provider: 'yahoo' },
  { group: 'yahoo', file: 'yahoo-no-account.txt', reply: '554', reason: 'recipient-unknown', outcome: 'permanent', listAdvice: 'remove', provider: 'yahoo' },
  { group: 'yahoo', file: 'aol-mailbox-disabled.txt', reply: '554', reason: 'mailbox-disabled', outcome: 'permanent', listAdvice: 'remove', provider: 'yahoo', mustNotFind: ['4.30'] },
  { group: 'icloud', file: 'icloud-cs01-policy.txt', reply: '554', enhanced: '5.7.1', reason: 'policy', outcome: 'permanent', listAdvice: 'keep', provider: 'icloud' },
  { group: 'icloud', file: 'icloud-user-not-exist.txt', reply: '550', enhanced: '5.1.1', reason: 'recipient-unknown', outcome: 'permanent', listAdvice: 'remove', provider: 'icloud' },
  { group: 'icloud', file: 'icloud-over-quota-dsn.txt', reply: '552', enhanced: '5.2.2', reason: 'mailbox-full', outcome: 'permanent', listAdvice: 'remove-if-repeated', provider: 'icloud', recipients: [{ address: 'photos@example.net', action: 'failed', outcome: 'permanent', reason: 'mailbox-full' }] },
  { group: 'postfix', file: 'postfix-relay-denied-log.txt', reply: '554', enhanced: '5.7.1', reason: 'relay-denied', outcome: 'permanent', listAdvice: 'keep', provider: 'postfix' },
  { group: 'postfix', file: 'postfix-greylisted-delayed.eml', reply: '450', enhanced: '4.2.0', reason: 'greylisting', outcome: 'transient', listAdvice: 'keep', provider: 'postfix', recipients: [{ address: 'oliver@example.org', action: 'delayed', outcome: 'transient', reason: 'greylisting' }] },
  { group: 'postfix', file: 'postfix-cannot-find-hostname-exim.txt', reply: '450', enhanced: '4.7.25', reason: 'reverse-dns', outcome: 'transient', listAdvice: 'keep', provider: 'postfix', refusedBy: 'postfix', reportedBy: 'exim' },
  { group: 'postfix', file: 'postfix-helo-log.txt', reply: '504', enhanced: '5.5.2', reason: 'helo-rejected', outcome: 'permanent', listAdvice: 'keep', provider: 'postfix' },
  { group: 'postfix', file: 'postfix-sender-domain-not-found.txt', reply: '450', enhanced: '4.1.8', reason: 'sender-rejected', outcome: 'transient', listAdvice: 'keep', provider: 'postfix' },
  { group: 'postfix', file: 'postfix-size-limit.txt', reply: '552', enhanced: '5.3.4', reason: 'message-too-big', outcome: 'permanent', listAdvice: 'keep', provider: 'postfix' },
  { group: 'postfix', file: 'postfix-connection-timeout-delayed.eml', enhanced: '4.4.1', reason: 'network', outcome: 'transient', listAdvice: 'keep', provider: 'postfix', recipients: [{ address: 'sales@example.org', action: 'delayed', outcome: 'transient', reason: 'network' }] },
  { group: 'postfix', file: 'postfix-host-not-found.txt', enhanced: '5.4.4', reason: 'host-not-found', outcome: 'permanent', listAdvice: 'remove-if-repeated', provider: 'postfix' },
  { group: 'postfix', file: 'postfix-log-deferred-dns.txt', enhanced: '4.4.3', reason: 'host-not-found', outcome: 'transient', listAdvice: 'remove-if-repeated', provider: 'postfix' },
  { group: 'postfix', file: 'postfix-log-sent-250.txt', reply: '250', enhanced: '2.0.0', reason: 'success', outcome: 'success', listAdvice: 'keep', provider: 'postfix', mustNotFind: ['560'] },
  { group: 'postfix', file: 'postfix-loop.txt', enhanced: '5.4.6', reason: 'loop', outcome: 'permanent', listAdvice: 'keep', provider: 'postfix' },
  { group: 'postfix', file: 'postfix-tls-required-log.txt', enhanced: '4.7.4', reason: 'tls-required', outcome: 'transient', listAdvice: 'keep', provider: 'postfix' },
  { group: 'postfix', file: 'postfix-spf-fail.txt', reply: '550', enhanced: '5.7.23', reason: 'auth-failure', outcome: 'permanent', listAdvice: 'keep', provider: 'postfix', auth: ['spf'] },
  { group: 'postfix', file: 'postfix-spamhaus.txt', reply: '554', enhanced: '5.7.1', reason: 'reputation-block', outcome: 'permanent', listAdvice: 'keep', provider: 'postfix' },
  { group: 'postfix', file: 'postfix-too-many-recipients.txt', reply: '452', enhanced: '4.5.3', reason: 'rate-limited', outcome: 'transient', listAdvice: 'keep', provider: 'postfix' },
  { group: 'dovecot', file: 'dovecot-lmtp-quota.txt', reply: '552', enhanced: '5.2.2', reason: 'mailbox-full', outcome: 'permanent', listAdvice: 'remove-if-repeated', provider: 'dovecot', refusedBy: 'dovecot', reportedBy: 'postfix' },
  { group: 'dovecot', file: 'dovecot-user-doesnt-exist.txt', reply: '550', enhanced: '5.1.1', reason: 'recipient-unknown', outcome: 'permanent', listAdvice: 'remove', provider: 'dovecot' },
  { group: 'exim', file: 'exim-user-unknown.eml', reply: '550', enhanced: '5.1.1', reason: 'recipient-unknown', outcome: 'permanent', listAdvice: 'remove', provider: 'postfix', refusedBy: 'postfix', reportedBy: 'exim', mustNotFind: ['4.96.2', '4.2.1'], recipients: [{ address: 'bob@example.net', action: 'failed', outcome: 'permanent', reason: 'recipient-unknown' }] },
  { group: 'exim', file: 'exim-retry-timeout.txt', reason: 'expired', outcome: 'permanent', listAdvice: 'remove-if-repeated', provider: 'exim', flags: ['no-code'] },
  { group: 'exim', file: 'exim-spam.txt', reply: '550', enhanced: '5.7.1', reason: 'spam-content', outcome: 'permanent', listAdvice: 'keep', provider: 'exim' },
  { group: 'exim', file: 'exim-mx-nonexistent.txt', reason: 'host-not-found', outcome: 'permanent', listAdvice: 'remove-if-repeated', provider: 'exim', flags: ['no-code'] },
  { group: 'exim', file: 'exim-mailbox-full-local.txt', reason: 'mailbox-full', outcome: 'permanent', listAdvice: 'remove-if-repeated', provider: 'exim', flags: ['no-code'] },
  { group: 'exim', file: 'exim-rbl-cpanel.txt', reply: '550', reason: 'reputation-block', outcome: 'permanent', listAdvice: 'keep', provider: 'exim' },
  { group: 'exim', file: 'exim-sender-verify.txt', reply: '550', reason: 'sender-rejected', outcome: 'permanent', listAdvice: 'keep', provider: 'exim' },
  { group: 'exim', file: 'exim-too-many-connections-log.txt', reply: '421', reason: 'rate-limited', outcome: 'transient', listAdvice: 'keep', provider: 'exim' },
  { group: 'exim', file: 'exim-loop.txt', reason: 'loop', outcome: 'permanent', listAdvice: 'keep', provider: 'exim', flags: ['no-code'] },
  { group: 'exim', file: 'exim-log-user-unknown.txt', reply: '550', enhanced: '5.1.1', reason: 'recipient-unknown', outcome: 'permanent', listAdvice: 'remove', provider: 'postfix', refusedBy: 'postfix', reportedBy: 'exim' },
  { group: 'sendmail', file: 'sendmail-user-unknown.eml', reply: '550', enhanced: '5.1.1', reason: 'recipient-unknown', outcome: 'permanent', listAdvice: 'remove', provider: 'sendmail', mustNotFind: ['8.15.2', '5.2.1'], recipients: [{ address: 'bob@example.net', action: 'failed', outcome: 'permanent', reason: 'recipient-unknown' }] },
  { group: 'sendmail', file: 'sendmail-deferred-warning.eml', enhanced: '4.4.1', reason: 'network', outcome: 'transient', listAdvice: 'keep', provider: 'sendmail', recipients: [{ address: 'bob@example.net', action: 'delayed', outcome: 'transient', reason: 'network' }] },
  { group: 'sendmail', file: 'sendmail-size-transcript.txt', reply: '552', enhanced: '5.2.3', reason: 'message-too-big', outcome: 'permanent', listAdvice: 'keep', provider: 'sendmail' },
  { group: 'sendmail', file: 'sendmail-relaying-denied-auth.txt', reply: '550', enhanced: '5.7.1', reason: 'auth-required', outcome: 'permanent', listAdvice: 'keep', provider: 'sendmail' },
  { group: 'sendmail', file: 'sendmail-host-unknown.txt', reply: '550', enhanced: '5.1.2', reason: 'host-not-found', outcome: 'permanent', listAdvice: 'remove-if-repeated', provider: 'sendmail' },
  { group: 'sendmail', file: 'sendmail-log-deferred.txt', enhanced: '4.0.0', reason: 'network', outcome: 'transient', listAdvice: 'keep', provider: 'sendmail', mustNotFind: ['354', '100'] },
  { group: 'qmail', file: 'qmail-no-mailbox.txt', reply: '550', enhanced: '5.1.1', reason: 'recipient-unknown', outcome: 'permanent', listAdvice: 'remove', provider: 'qmail', mustNotFind: ['100', '198'] },
  { group: 'qmail', file: 'qmail-rcpthosts.txt', reply: '553', enhanced: '5.7.1', reason: 'relay-denied', outcome: 'permanent', listAdvice: 'keep', provider: 'qmail' },
  { group: 'qmail', file: 'qmail-no-host.txt', enhanced: '5.1.2', reason: 'host-not-found', outcome: 'permanent', listAdvice: 'remove-if-repeated', provider: 'qmail' },
  { group: 'qmail', file: 'qmail-log-cname.txt', enhanced: '4.4.3', reason: 'host-not-found', outcome: 'transient', listAdvice: 'remove-if-repeated', provider: 'qmail' },
  { group: 'qmail', file: 'qmail-looping.txt', enhanced: '5.4.6', reason: 'loop', outcome: 'permanent', listAdvice: 'keep', provider: 'qmail' },
  { group: 'filters', file: 'proofpoint-blocked.txt', reply: '554', enhanced: '5.7.0', reason: 'reputation-block', outcome: 'permanent', listAdvice: 'keep', provider: 'proofpoint' },
  { group: 'filters', file: 'mimecast-envelope-blocked.txt', reply: '550', reason: 'policy', outcome: 'permanent', listAdvice: 'keep', provider: 'mimecast' },
  { group: 'filters', file: 'barracuda-brbl.txt', reply: '554', reason: 'reputation-block', outcome: 'permanent', listAdvice: 'keep', provider: 'barracuda' },
  { group: 'filters', file: 'amavis-virus.txt', reply: '554', enhanced: '5.7.0', reason: 'virus', outcome: 'permanent', listAdvice: 'keep', provider: 'amavis' },
  { group: 'filters', file: 'amavis-banned-attachment.txt', reply: '554', enhanced: '5.7.0', reason: 'policy', outcome: 'permanent', listAdvice: 'keep', provider: 'amavis' },
  { group: 'filters', file: 'ironport-address-rejected.txt', reply: '550', enhanced: '5.1.0', reason: 'recipient-unknown', outcome: 'permanent', listAdvice: 'remove', provider: 'cisco' },
  { group: 'generic', file: 'generic-auth-required-transcript.txt', reply: '530', enhanced: '5.7.0', reason: 'auth-required', outcome: 'permanent', listAdvice: 'keep' },
  { group: 'generic', file: 'generic-dkim-fail.txt', reply: '550', enhanced: '5.7.20', reason: 'auth-failure', outcome: 'permanent', listAdvice: 'keep', auth: ['dkim'] },
  { group: 'generic', file: 'generic-temporary-451.txt', reply: '451', enhanced: '4.3.0', reason: 'temporary', outcome: 'transient', listAdvice: 'keep' },
  { group: 'generic', file: 'generic-invalid-address-501.txt', reply: '501', enhanced: '5.1.3', reason: 'invalid-address', outcome: 'permanent', listAdvice: 'remove' },
  { group: 'generic', file: 'generic-null-mx-556.txt', reply: '556', enhanced: '5.1.10', reason: 'host-not-found', outcome: 'permanent', listAdvice: 'remove-if-repeated', provider: 'postfix' },
  { group: 'generic', file: 'typed-neutral-code.txt', enhanced: 'x.7.1', reason: 'policy', outcome: 'unknown', listAdvice: 'keep' },
  { group: 'generic', file: 'no-code-unknown.txt', reason: 'unknown', outcome: 'unknown', listAdvice: 'keep', flags: ['no-code'], mustNotFind: ['421', '452'] },
  { group: 'generic', file: 'greylisting-generic.txt', reply: '451', enhanced: '4.7.1', reason: 'greylisting', outcome: 'transient', listAdvice: 'keep', provider: 'postfix' },
  { group: 'languages', file: 'german-postfix-user-unknown.txt', reply: '550', enhanced: '5.1.1', reason: 'recipient-unknown', outcome: 'permanent', listAdvice: 'remove', provider: 'postfix', mustNotFind: ['421', '452'] },
  { group: 'languages', file: 'italian-provider-mailbox-full.txt', reply: '552', enhanced: '5.2.2', reason: 'mailbox-full', outcome: 'permanent', listAdvice: 'remove-if-repeated', mustNotFind: ['550', '800'] },
  { group: 'languages', file: 'portuguese-spamhaus.txt', reply: '554', enhanced: '5.7.1', reason: 'reputation-block', outcome: 'permanent', listAdvice: 'keep', mustNotFind: ['550'] },
  { group: 'languages', file: 'catalan-mailbox-full-transient.txt', reply: '452', enhanced: '4.2.2', reason: 'mailbox-full', outcome: 'transient', listAdvice: 'remove-if-repeated' },
  { group: 'special', file: 'qp-soft-break.eml', reply: '550', enhanced: '5.1.10', reason: 'recipient-unknown', outcome: 'permanent', listAdvice: 'remove', provider: 'microsoft', flags: ['quoted-printable'], mustNotFind: ['5.1.250', '5.1'] },
  { group: 'special', file: 'multi-recipient-sendmail.eml', reply: '550', enhanced: '5.1.1', reason: 'recipient-unknown', outcome: 'permanent', listAdvice: 'remove', provider: 'sendmail', recipients: [{ address: 'bob@example.net', action: 'failed', outcome: 'permanent', reason: 'recipient-unknown' }, { address: 'carol@example.org', action: 'failed', outcome: 'permanent', reason: 'mailbox-full' }, { address: 'dave@example.com', action: 'delayed', outcome: 'transient', reason: 'network' }] },
  { group: 'special', file: 'html-webmail-bounce.html', reply: '550', enhanced: '5.1.1', reason: 'recipient-unknown', outcome: 'permanent', listAdvice: 'remove', provider: 'postfix', flags: ['html'], mustNotFind: ['5.2.1', '552'] },
];
