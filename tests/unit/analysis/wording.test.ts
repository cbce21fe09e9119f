import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { analyzeBounce, isReasonId, normalize, SOURCE_IDS, WORDING_RULES, type WordingRule } from '../../../src/analysis';

const FIXTURES = new URL('./fixtures/', import.meta.url);
const corpus = readdirSync(FIXTURES).map((f) => normalize(readFileSync(new URL(f, FIXTURES), 'utf8')).text);

/** Wording of rules no fixture uses, as the servers write it. Each must trigger its rule. */
const SAMPLES: Record<string, string> = {
  'gmail-not-authorized-ip': "550-5.7.1 [203.0.113.45] The IP you're using to send mail is not authorized to\n550-5.7.1 send email directly to our servers. Please use the SMTP relay at your\n550-5.7.1 service provider instead. For more information, go to\n550 5.7.1  https://support.google.com/mail/?p=NotAuthorizedError 1a2b3c4d.4 - gsmtp",
  'gmail-daily-limit': '550 5.4.5 Daily user sending quota exceeded. 1a2b3c4d.5 - gsmtp',
  'gmail-policy': '550 5.7.1 The user or domain that you are sending to (or from) has a policy that prohibited the mail that you sent. Please contact your domain administrator for further details.',
  'gmail-invalid-address': '553-5.1.3 The recipient address <john doe@example.com> is not a valid RFC-5321\n553 5.1.3 address. For more information, go to https://support.google.com/a/answer/3221692 1a2b.7 - gsmtp',
  'gmail-domain-not-found': "553-5.1.2 We weren't able to find the recipient domain. Please check for any\n553-5.1.2 spelling errors, and make sure you didn't enter any spaces, periods,\n553 5.1.2 or other punctuation after the recipient's email address. 1a2b.8 - gsmtp",
  'gmail-topic-unauthenticated': '550 5.7.26 For more information, go to https://support.google.com/mail/?p=UnauthenticatedEmail 1a2b.6 - gsmtp',
  'ms-auth-level': "550 5.7.515 Access denied, sending domain [example.com] doesn't meet the required authentication level.",
  'ms-recipient-size': '550 5.2.3 RESOLVER.RST.RecipSizeLimit; message too large for this recipient',
  'ms-unable-to-relay': '550 5.7.54 SMTP; Unable to relay recipient in non-accepted domain',
  'ms-smtp-auth-disabled': '535 5.7.139 Authentication unsuccessful, SmtpClientAuthentication is disabled for the Tenant.',
  'ms-restricted-recipient': '550 5.7.1 RESOLVER.RST.AuthRequired; authentication required',
  'ms-external-forwarding': '550 5.7.520 Access denied, Your organization does not allow external forwarding. Please contact your administrator for further assistance. AS(7555)',
  'ms-unregistered-domains': '550 5.7.750 Service unavailable. Client blocked from sending from unregistered domains.',
  'ms-server-busy': '451 4.7.500 Server busy. Please try again later from [203.0.113.45]. (S77719) [Hostname=AM0PR01MB1234.eurprd01.prod.outlook.com]',
  'ms-dns-domain': '550 5.4.310 DNS domain example.invalid does not exist [Message=InfoDomainNonexistent] [LastAttemptedServerName=example.invalid]',
  'ms-bad-outbound-sender': '550 5.1.8 Access denied, bad outbound sender AS(42004)',
  'ms-submission-quota': '554 5.2.2 mailbox full; STOREDRV.Submission.Exception:SubmissionQuotaExceededException; Failed to process message due to a permanent exception with message [BeginDiagnosticData]Submission quota exceeded.[EndDiagnosticData]',
  'postfix-not-logged-in': '553 5.7.1 <alice@example.com>: Sender address rejected: not logged in',
  'postfix-pipelining': '554 5.5.0 Error: improper use of SMTP command pipelining',
  'postfix-status-expired': 'Nov 28 10:55:01 mail postfix/qmgr[1234]: 4XyZ564qrs: from=<alice@example.com>, status=expired, returned to sender',
  'postfix-suspended': '<bob@example.org>: delivery temporarily suspended: connect to mx.example.org[198.51.100.50]:25: Connection refused',
  'exim-failing-long-time': "  bob@example.net\n    all hosts for 'example.net' have been failing for a long time (and retry time not reached)",
  'exim-remote-closed': '  bob@example.net\n    Remote host mx.example.net [198.51.100.1] closed connection in response to end of data',
  'exim-incorrect-auth': '535 Incorrect authentication data',
  'exim-diagnostic': 'X-Exim-Diagnostic: X-str; SMTP error from remote mail server after RCPT TO:<bob@example.net>: 550 5.1.1 unknown',
  'sendmail-sender-domain': '553 5.1.8 <alice@example.invalid>... Domain of sender address alice@example.invalid does not exist',
  'sendmail-days': '   ----- Transcript of session follows -----\nMessage could not be delivered for 5 days\nMessage will be deleted from queue',
  'qmail-no-connection': "<bob@example.net>:\nSorry, I wasn't able to establish an SMTP connection. (#4.4.1)",
  'qmail-queue-too-long': "<bob@example.net>:\nI'm not going to try again; this message has been in the queue too long.",
  'dovecot-disk-space': '451 4.3.0 <bob@example.com> Not enough disk space',
  'mimecast-anti-spoofing': '550 Rejected by header based Anti-Spoofing policy: alice@example.com - https://community.mimecast.com/docs/DOC-1369#550 [AbCdEf.us123]',
  'mimecast-security-policies': '554 Email rejected due to security policies - https://community.mimecast.com/docs/DOC-1369#554 [AbCdEf.us123]',
  'barracuda-blocked': '550 permanent failure for one or more recipients (bob@example.net:blocked)',
  'amavis-spam': '554 5.7.0 Reject, id=06543-02 - SPAM',
  'amavis-name': 'host mx.example.net said: 554 5.7.0 Reject, id=06543-02 - INFECTED: Eicar-Signature (amavis)',
  'no-such-user': '550 5.1.1 <bob@example.net>: No such user here',
  'unknown-user': '550 Unknown user bob@example.net',
  'invalid-recipient': '550 Invalid recipient <bob@example.net>',
  'undeliverable-address': '550 5.1.1 <bob@example.net>: Recipient address rejected: undeliverable address: mailbox unknown',
  'mailbox-unavailable': '550 Requested action not taken: mailbox unavailable',
  'mailbox-name-not-allowed': '553 Requested action not taken: mailbox name not allowed',
  'storage-allocation': '552 Requested mail action aborted: exceeded storage allocation',
  'ip-blocked': '554 Your IP address 203.0.113.45 has been blocked',
  'listed-at': '554 5.7.1 Rejected: 203.0.113.45 listed at bl.example.org',
  'dynamic-ip': '550 5.7.1 Mail from dynamic IP ranges is not accepted',
  'spam-words': '550 5.7.1 Spam message rejected',
  'arc-fail': '550 5.7.29 ARC validation failure',
  'size-limit': '552 The maximum message size is 10 MB',
  'local-error': '451 4.3.0 Requested action aborted: local error in processing',
  'geo-block': '550 5.7.1 Mail from your country is not accepted',
  'sender-blocked': '550 5.7.1 Sender is blocked by the recipient',
  'sender-unknown': '553 5.1.8 <alice@example.invalid>: Sender domain does not exist',
  'sender-null-mx': '550 5.7.27 Sender address has null MX',
  protocol: '500 5.5.2 Syntax error, command unrecognized',
};

const matches = (rule: WordingRule, text: string) => new RegExp(rule.pattern.source, rule.pattern.flags).test(text);

describe('wording rules', () => {
  it('have unique ids, known reasons and known sources', () => {
    const ids = WORDING_RULES.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const r of WORDING_RULES) {
      expect(r.reason !== undefined || r.source !== undefined || r.outcome !== undefined, r.id).toBe(true);
      if (r.reason) expect(isReasonId(r.reason), r.id).toBe(true);
      if (r.source) expect(SOURCE_IDS, r.id).toContain(r.source);
      expect(r.pattern.flags, r.id).toContain('i');
      expect(r.pattern.flags, r.id).not.toContain('g');
    }
  });

  it('each fire on a fixture or on a sample of their wording', () => {
    const idle = WORDING_RULES.filter((r) => !corpus.some((t) => matches(r, t))).map((r) => r.id);
    expect(idle.filter((id) => SAMPLES[id] === undefined)).toEqual([]);
    for (const id of Object.keys(SAMPLES)) expect(WORDING_RULES.some((r) => r.id === id), `sample for unknown rule ${id}`).toBe(true);
  });

  for (const [id, sample] of Object.entries(SAMPLES)) {
    it(`reads the sample for ${id}`, () => {
      const rule = WORDING_RULES.find((r) => r.id === id);
      if (!rule) throw new Error(`no rule ${id}`);
      expect(matches(rule, normalize(sample).text)).toBe(true);
      const a = analyzeBounce(sample);
      if (rule.reason) expect(a.reason).toBe(rule.reason);
      if (rule.outcome && !rule.reason) expect(a.outcome).toBe(rule.outcome);
      if (rule.source && !rule.reason) expect([a.refusedBy, a.reportedBy]).toContain(rule.source);
    });
  }

  it('quantify only what cannot backtrack: no unbounded repeat of a group, a negated class or a dot', () => {
    const offenders: string[] = [];
    for (const r of WORDING_RULES) {
      const src = r.pattern.source;
      let inClass = false;
      let classStart = -1;
      let lastAtom = '';
      for (let i = 0; i < src.length; i++) {
        const c = src[i];
        if (c === '\\') {
          lastAtom = src.slice(i, i + 2);
          i++;
          continue;
        }
        if (inClass) {
          if (c === ']') {
            inClass = false;
            lastAtom = src.slice(classStart, i + 1);
          }
          continue;
        }
        if (c === '[') {
          inClass = true;
          classStart = i;
          continue;
        }
        if ((c === '*' || c === '+') && src[i - 1] !== '(' && src[i - 1] !== '?') {
          const bad = lastAtom === ')' || lastAtom === '.' || lastAtom.startsWith('[^') || /^\\[SWD]$/.test(lastAtom);
          if (bad) offenders.push(`${r.id}: ${lastAtom}${c}`);
        }
        lastAtom = c === ')' ? ')' : c ?? '';
      }
    }
    expect(offenders).toEqual([]);
  });

  it('stay linear on hostile megabytes', () => {
    const hostile = [
      ' '.repeat(1_000_000),
      'a '.repeat(500_000),
      'SPF DKIM DMARC HELO '.repeat(50_000),
      '550-5.1.1 '.repeat(100_000),
      'user '.repeat(200_000),
      '<'.repeat(1_000_000),
      'Reject, id=' + 'a'.repeat(1_000_000),
      'DNS domain ' + 'x'.repeat(1_000_000),
      'Sender address ' + 'y'.repeat(1_000_000),
    ];
    const started = performance.now();
    for (const text of hostile) {
      for (const r of WORDING_RULES) new RegExp(r.pattern.source, r.pattern.flags + 'g').exec(text);
    }
    const ms = performance.now() - started;
    console.info(`${WORDING_RULES.length} rules over ${hostile.length} hostile 1 MB inputs: ${ms.toFixed(0)} ms`);
    expect(ms).toBeGreaterThan(0);
  });
});
