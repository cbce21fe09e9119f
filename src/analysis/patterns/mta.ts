/**
 * The open-source MTAs: their own reject texts (when they refused the message) and the shape of the
 * bounces they write (when they report someone else's refusal).
 */
import { fingerprint, outcomeHint, rule, type WordingRule } from './rule';

const postfix = { source: 'postfix', priority: 3 } as const;
const exim = { source: 'exim', priority: 3 } as const;
const sendmail = { source: 'sendmail', priority: 3 } as const;
const qmailReceiver = { source: 'qmail', priority: 3 } as const;
// qmail-remote writes these itself, about the remote side.
const qmailReporter = { source: 'qmail', role: 'reporter', priority: 3 } as const;
const dovecot = { source: 'dovecot', priority: 3 } as const;

export const postfixRules: WordingRule[] = [
  rule('postfix-user-unknown-table', 'recipient-unknown',
    /\bUser unknown in (?:local recipient|virtual mailbox|virtual alias|relay recipient) table\b/, postfix),
  rule('postfix-greylisted', 'greylisting', ['Greylisted, see', 'postgrey'], postfix),
  rule('postfix-cannot-find-hostname', 'reverse-dns', ['cannot find your hostname', 'cannot find your reverse hostname'], { ...postfix, priority: 4 }),
  rule('postfix-helo', 'helo-rejected', ['Helo command rejected'], { ...postfix, priority: 4 }),
  rule('postfix-sender-rejected', 'sender-rejected', ['Sender address rejected'], { ...postfix, priority: 4 }),
  rule('postfix-not-logged-in', 'auth-required', ['Sender address rejected: not logged in'], { ...postfix, priority: 5 }),
  rule('postfix-size', 'message-too-big', ['message size exceeds fixed limit', 'Message size exceeds fixed maximum message size'], postfix),
  rule('postfix-loops-back', 'loop', ['loops back to myself', 'mail forwarding loop for'], postfix),
  rule('postfix-tls-not-offered', 'tls-required', ['TLS is required, but was not offered by host', 'TLS is required, but our TLS engine is unavailable'], postfix),
  rule('postfix-too-many-recipients', 'rate-limited', ['Error: too many recipients'], postfix),
  rule('postfix-name-service', 'host-not-found', ['Name service error for name', 'Host or domain name not found'], postfix),
  rule('postfix-pipelining', 'protocol-error', ['improper use of SMTP command pipelining'], postfix),
  rule('postfix-status-expired', 'expired', /\bstatus=expired\b/, { ...postfix, role: 'reporter', outcome: 'permanent' }),
  outcomeHint('postfix-suspended', 'transient', ['delivery temporarily suspended']),
  outcomeHint('postfix-warning-only', 'transient', ['THIS IS A WARNING ONLY']),
  outcomeHint('postfix-status-deferred', 'transient', /\bstatus=deferred\b/),
  outcomeHint('postfix-status-bounced', 'permanent', /\bstatus=bounced\b/),
  outcomeHint('postfix-status-sent', 'success', /\bstatus=sent\b/),

  fingerprint('postfix-mail-system', 'postfix', 'reporter', ['This is the mail system at host']),
  fingerprint('postfix-headers', 'postfix', 'reporter', /\bX-Postfix-(?:Queue-ID|Sender)\b|\bDiagnostic-Code: X-Postfix;/),
  fingerprint('postfix-log', 'postfix', 'reporter', /\bpostfix\/[a-z-]{2,12}\[\d{1,10}\]:/),
  // Postfix wraps its bounce lines, so the words may be split over lines.
  fingerprint('postfix-in-reply-to', 'postfix', 'reporter',
    /\(in\s{1,20}reply\s{1,20}to\s{1,20}(?:RCPT\s{1,20}TO|MAIL\s{1,20}FROM|end\s{1,20}of\s{1,20}DATA|DATA|HELO|EHLO|RSET|XFORWARD|STARTTLS|BDAT)\s{1,20}command\)/, 2),
  fingerprint('postfix-subject', 'postfix', 'reporter', ['Undelivered Mail Returned to Sender'], 2),
  fingerprint('postfix-smtpd-reject', 'postfix', 'receiver',
    /\b(?:Recipient address|Sender address|Client host|Helo command|Data command) rejected:|>:\s{1,3}Relay access denied\b/, 2),
];

export const eximRules: WordingRule[] = [
  rule('exim-unrouteable', 'host-not-found', ['Unrouteable address', 'Unroutable address'], { ...exim, priority: 2 }),
  rule('exim-retry-timeout', 'expired', ['retry timeout exceeded'], { ...exim, role: 'reporter', priority: 2, outcome: 'permanent' }),
  rule('exim-failing-long-time', 'expired', ['have been failing for a long time'], { ...exim, role: 'reporter', priority: 2 }),
  rule('exim-mx-nonexistent', 'host-not-found', ['all relevant MX records point to non-existent hosts'], { ...exim, role: 'reporter' }),
  rule('exim-sender-verify', 'sender-rejected', ['Sender verify failed'], { ...exim, priority: 4 }),
  rule('exim-too-many-connections', 'rate-limited', ['Too many concurrent SMTP connections'], exim),
  rule('exim-received-headers', 'loop', ['Too many "Received" headers', 'suspected mail loop'], exim),
  rule('exim-rbl', 'reputation-block', ['is in an RBL', 'JunkMail rejected'], exim),
  // "Remote host mx.example.net [192.0.2.1] closed connection in response to end of data"
  rule('exim-remote-closed', 'network', ['closed connection in response to'], { ...exim, role: 'reporter' }),
  rule('exim-incorrect-auth', 'auth-credentials', ['Incorrect authentication data'], exim),
  outcomeHint('exim-permanent', 'permanent', ['This is a permanent error']),

  fingerprint('exim-created', 'exim', 'reporter', ['This message was created automatically by mail delivery software']),
  fingerprint('exim-smtp-error', 'exim', 'reporter', ['SMTP error from remote mail server after']),
  fingerprint('exim-diagnostic', 'exim', 'reporter', /\bX-Exim-Diagnostic\b/),
  fingerprint('exim-subject', 'exim', 'reporter', ['Mail delivery failed: returning message to sender']),
  fingerprint('exim-log', 'exim', 'reporter', /\sR=[A-Za-z_]{1,40}\s{1,3}T=[A-Za-z_]{1,40}\b/),
];

export const sendmailRules: WordingRule[] = [
  rule('sendmail-user-unknown', 'recipient-unknown', /\.\.\.\s{1,3}User unknown\b/, sendmail),
  rule('sendmail-deferred-connection', 'network', /\bDeferred: Connection (?:refused|timed out|reset) (?:by|with)\b/,
    { ...sendmail, role: 'reporter', outcome: 'transient' }),
  rule('sendmail-size', 'message-too-big', ['Message size exceeds maximum value'], sendmail),
  rule('sendmail-relaying-denied-auth', 'auth-required', ['Relaying denied. Proper authentication required'], { ...sendmail, priority: 5 }),
  rule('sendmail-relaying-denied', 'relay-denied', /\.\.\.\s{1,3}Relaying denied\b/, sendmail),
  rule('sendmail-host-unknown', 'host-not-found', ['Host unknown (Name server:'], { ...sendmail, role: 'reporter' }),
  rule('sendmail-sender-domain', 'sender-rejected', /\bDomain of sender address \S{1,320} does not exist\b/, { ...sendmail, priority: 4 }),
  rule('sendmail-days', 'expired', /\b(?:Message could not be delivered|Cannot send message) for \d{1,3} days?\b/,
    { ...sendmail, role: 'reporter', outcome: 'permanent' }),
  outcomeHint('sendmail-warning', 'transient', /\bWarning: could not send message for past \d{1,3} hours?\b/),
  outcomeHint('sendmail-transient-errors', 'transient', ['The following addresses had transient non-fatal errors']),
  outcomeHint('sendmail-deferred', 'transient', /\bstat=Deferred\b/),

  fingerprint('sendmail-transcript', 'sendmail', 'reporter', /-{3,}\s{0,3}Transcript of session follows\s{0,3}-{3,}/),
  fingerprint('sendmail-received-at', 'sendmail', 'reporter', ['The original message was received at'], 2),
  fingerprint('sendmail-subject', 'sendmail', 'reporter', ['Returned mail: see transcript for details']),
  fingerprint('sendmail-fatal', 'sendmail', 'reporter', ['The following addresses had permanent fatal errors']),
  fingerprint('sendmail-log', 'sendmail', 'reporter', /\bsm-mta\[\d{1,10}\]:|\bsendmail\[\d{1,10}\]:/),
  fingerprint('sendmail-reply', 'sendmail', 'receiver', /\S@[^\s>]{1,255}>?\.\.\.\s{1,3}(?:User unknown|Relaying denied|Domain of sender)/),
];

export const qmailRules: WordingRule[] = [
  rule('qmail-no-mailbox', 'recipient-unknown', ['no mailbox here by that name'], qmailReceiver),
  rule('qmail-rcpthosts', 'relay-denied', ["isn't in my list of allowed rcpthosts"], qmailReceiver),
  rule('qmail-no-host', 'host-not-found', ["couldn't find any host named", "couldn't find a mail exchanger or IP address"], qmailReporter),
  rule('qmail-cname', 'host-not-found', ['CNAME lookup failed temporarily', 'CNAME_lookup_failed_temporarily'], { ...qmailReporter, outcome: 'transient' }),
  rule('qmail-no-connection', 'network', ["wasn't able to establish an SMTP connection"], qmailReporter),
  rule('qmail-queue-too-long', 'expired', ['this message has been in the queue too long'], { ...qmailReporter, outcome: 'permanent' }),
  rule('qmail-looping', 'loop', ['This message is looping', 'it already has my Delivered-To line'], qmailReporter),
  outcomeHint('qmail-given-up', 'permanent', ["This is a permanent error; I've given up"]),

  fingerprint('qmail-send', 'qmail', 'reporter', ['This is the qmail-send program at', "I'm afraid I wasn't able to deliver your message"]),
];

export const dovecotRules: WordingRule[] = [
  rule('dovecot-quota', 'mailbox-full', ['Quota exceeded (mailbox for user is full)'], { ...dovecot, priority: 4 }),
  rule('dovecot-no-user', 'recipient-unknown', ["User doesn't exist"], dovecot),
  rule('dovecot-disk-space', 'temporary', ['Not enough disk space'], dovecot),

  fingerprint('dovecot-name', 'dovecot', 'receiver', /\bdovecot\b/, 2),
];
