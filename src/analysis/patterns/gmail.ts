/**
 * Gmail and Google Workspace. Google's replies run over several "550-5.1.1 " lines, so the long
 * ones are phrases (see phrase()). Most carry a support.google.com/mail/?p=<Topic> link whose topic
 * names the problem; Gmail's own bounces carry the same links, so a link alone does not show that
 * Gmail refused the message (the "- gsmtp" suffix and Google's wording do).
 */
import { fingerprint, rule, type WordingRule } from './rule';

const gmail = { source: 'gmail', priority: 3 } as const;

export const gmailRules: WordingRule[] = [
  rule('gmail-no-such-user', 'recipient-unknown', ['email account that you tried to reach does not exist'], gmail),
  rule('gmail-over-quota', 'mailbox-full', [
    'email account that you tried to reach is over quota', "recipient's inbox is out of storage space",
  ], gmail),
  rule('gmail-disabled', 'mailbox-disabled', ['email account that you tried to reach is disabled'], gmail),
  rule('gmail-receiving-rate', 'rate-limited', [
    'is receiving mail at a rate that prevents additional messages',
  ], gmail),
  rule('gmail-unsolicited-rate', 'rate-limited', ['unusual rate of unsolicited mail'], gmail),
  rule('gmail-unsolicited', 'spam-content', ['likely unsolicited mail'], gmail),
  // Decides its reply even though the same reply also says "rate limited".
  rule('gmail-low-reputation', 'reputation-block', ['very low reputation of the sending'], { ...gmail, priority: 4 }),
  rule('gmail-not-authorized-ip', 'reputation-block', [
    "The IP you're using to send mail is not authorized to send email directly to our servers",
  ], gmail),
  rule('gmail-dmarc', 'auth-failure', ["not accepted due to domain's DMARC policy"], { ...gmail, auth: ['dmarc'] }),
  rule('gmail-unauthenticated', 'auth-failure', [
    'This mail is unauthenticated', 'sender is unauthenticated', 'authenticate with at least one of SPF or DKIM',
    'authenticate with either SPF or DKIM',
  ], { ...gmail, auth: ['spf', 'dkim'] }),
  rule('gmail-ptr', 'reverse-dns', [
    'does not have a PTR record setup', 'from IPs with missing PTR records', 'IPv6 sending guidelines regarding PTR records',
  ], gmail),
  rule('gmail-blocked-message', 'virus', ['content presents a potential security issue'], gmail),
  rule('gmail-size', 'message-too-big', ["exceeded Google's message size limits"], gmail),
  rule('gmail-daily-limit', 'rate-limited', ['Daily user sending quota exceeded', 'Daily user sending limit exceeded'], { ...gmail, priority: 4 }),
  rule('gmail-bad-credentials', 'auth-credentials', [
    'Username and Password not accepted', 'Application-specific password required',
  ], gmail),
  rule('gmail-invalid-address', 'invalid-address', ['is not a valid RFC-5321 address', 'is not a valid RFC 5321 address'], gmail),
  rule('gmail-domain-not-found', 'host-not-found', ["We weren't able to find the recipient domain"], gmail),
  rule('gmail-policy', 'policy', ['has a policy that prohibited the mail that you sent'], gmail),
  rule('gmail-address-not-found', 'recipient-unknown', ["because the address couldn't be found, or is unable to receive mail"], {
    source: 'gmail', role: 'reporter', priority: 2,
  }),

  // Help topics of Google's links, whoever quotes them.
  rule('gmail-topic-no-such-user', 'recipient-unknown', /[?&]p=NoSuchUser\b/, { priority: 3 }),
  rule('gmail-topic-over-quota', 'mailbox-full', /[?&]p=OverQuota(?:Temp|Perm)\b/, { priority: 3 }),
  rule('gmail-topic-disabled', 'mailbox-disabled', /[?&]p=DisabledUser\b/, { priority: 3 }),
  rule('gmail-topic-rate', 'rate-limited', /[?&]p=(?:ReceivingRate(?:Perm)?|UnsolicitedRateLimitError)\b/, { priority: 3 }),
  rule('gmail-topic-spam', 'spam-content', /[?&]p=UnsolicitedMessageError\b/, { priority: 3 }),
  rule('gmail-topic-reputation', 'reputation-block', /[?&]p=(?:UnsolicitedIPError|NotAuthorizedError)\b/, { priority: 3 }),
  rule('gmail-topic-dmarc', 'auth-failure', /[?&]p=DmarcRejection\b/, { priority: 3, auth: ['dmarc'] }),
  rule('gmail-topic-unauthenticated', 'auth-failure', /[?&]p=UnauthenticatedEmail\b/, { priority: 3 }),
  rule('gmail-topic-blocked', 'virus', /[?&]p=BlockedMessage\b/, { priority: 3 }),
  rule('gmail-topic-size', 'message-too-big', /[?&]p=MaxSizeError\b/, { priority: 3 }),
  rule('gmail-topic-credentials', 'auth-credentials', /[?&]p=(?:BadCredentials|InvalidSecondFactor)\b/, { priority: 3 }),

  fingerprint('gmail-gsmtp', 'gmail', 'receiver', /[\s(-]gsmtp\b/),
  fingerprint('gmail-mx', 'gmail', 'receiver', /\b(?:alt\d\.)?(?:gmail-smtp-in|aspmx)\.l\.google\.com\b/),
  fingerprint('gmail-reporter', 'gmail', 'reporter', [
    'The response from the remote server was:', 'Google tried to deliver your message', 'mailer-daemon@googlemail.com',
  ]),
];
