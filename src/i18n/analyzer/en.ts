import type { AnalyzerStrings } from './types';

export const en: AnalyzerStrings = {
  pageTitle: 'Bounce message analyzer',
  metaDescription:
    'Paste a bounce message or a mail log line and get a plain explanation: what failed, whether it is temporary or permanent, and who has to fix it. Runs in your browser.',
  intro:
    'Paste a bounce message, a line from a mail log or the error text you received. The tool finds the SMTP codes in it and explains in plain words what went wrong, whether the failure is temporary or permanent, and who has to act.',
  inputLabel: 'Bounce message, log line or error text',
  inputPlaceholder: 'Paste the whole bounce message here, for example:\n550 5.1.1 <someone@example.com>: Recipient address rejected: User unknown',
  explainButton: 'Explain',
  clearButton: 'Clear',
  privacyNote:
    'Your text never leaves your browser: it is analyzed on your device and sent nowhere. Once this page has loaded, the tool also works offline.',
  noScriptNote:
    'This tool runs in your browser and needs JavaScript. Without JavaScript you can still look up a code: type it (for example 550 or 5.1.1) into the search.',
  noScriptSearchLink: 'Search for a code',

  flags: {
    empty: 'Paste a bounce message, a log line or an error text first.',
    'no-code':
      'I found no reply code (like 550) and no enhanced status code (like 5.1.1) in this text. Paste the whole bounce message, including its technical part.',
    truncated: (max) => `The text is very long, so I read only the first ${max.toLocaleString('en-US')} characters.`,
    html: 'The text looked like HTML, so I read it without the tags.',
    binary:
      'Much of this text is unreadable characters, so the result may be wrong. Copy the text of the message rather than the file.',
    'codes-capped': (max) => `The text contains a very large number of codes; I used only the first ${max}.`,
    'quoted-printable': 'The text was in quoted-printable encoding (=20, =3D …), so I decoded it first.',
  },

  headings: {
    whatHappened: 'What happened',
    outcome: 'Temporary or permanent',
    mailingList: 'Mailing list',
    whoActs: 'Who has to act',
    codesFound: 'Codes found',
    reliedOn: 'What I relied on',
    recipients: 'Recipients in this report',
    recognized: 'Recognized system',
    readMore: 'Read more',
    confidence: 'How sure this is',
  },

  reasons: {
    'recipient-unknown': {
      title: 'The address does not exist',
      explanation:
        'The receiving server says it has no mailbox with this address. Most often the address has a typo, or the person has left the organization or closed the account. Check the address with the recipient in another way before you send again.',
    },
    'invalid-address': {
      title: 'The address is written incorrectly',
      explanation:
        'The address does not follow the rules for how an email address is written: for example it contains a space or two @ signs, or the domain is missing. The server could not even try to deliver it. Correct the address and send the message again.',
    },
    'mailbox-full': {
      title: 'The recipient’s mailbox is full',
      explanation:
        'The recipient has used all the storage their provider gives them, so new messages cannot be stored. This usually clears up when the recipient deletes old messages or gets more space. You can try again later or tell the recipient in another way.',
    },
    'mailbox-disabled': {
      title: 'The recipient’s account is disabled',
      explanation:
        'The address exists, but the account behind it is switched off: closed, suspended or unused for a long time. Messages will keep bouncing until the provider or the recipient turns it back on. Ask the recipient for an address they use now.',
    },
    'reputation-block': {
      title: 'The sending server is blocked',
      explanation:
        'The receiving server refused the message because of where it came from, not because of what it says: the IP address or domain of the sending server is on a blocklist or has a poor reputation. Your mail administrator or email provider has to find out why and ask for removal. Sending again will not help until then.',
    },
    'spam-content': {
      title: 'The message was taken for spam',
      explanation:
        'The receiving server’s filter decided that this message looks like spam. Links, attachments, wording, or sending many similar messages at once can cause this. Changing the message, or asking the recipient to add you to their allowed senders, often helps.',
    },
    virus: {
      title: 'The message was refused as dangerous',
      explanation:
        'The receiving server found a virus, or an attachment it considers dangerous, such as a program or a script. Scan your computer with an antivirus program, and send the file in another way, for example as a link to a shared folder.',
    },
    'auth-failure': {
      title: 'The sender could not be verified',
      explanation:
        'The receiving server checks that messages from your domain really come from servers your domain allows (SPF, DKIM, DMARC). This message failed those checks, so it was treated as possibly forged. Your mail administrator has to fix the DNS records or the signing of outgoing mail.',
    },
    'reverse-dns': {
      title: 'The sending server has no valid name',
      explanation:
        'The IP address of the sending server has no name in reverse DNS (PTR record), or that name does not point back to the same address. Many receiving servers refuse mail from such servers. Your mail administrator or hosting provider has to set up a matching PTR record.',
    },
    'helo-rejected': {
      title: 'The sending server introduced itself wrongly',
      explanation:
        'At the start of every delivery the sending server gives its name (the HELO or EHLO greeting). The receiving server did not accept that name, for example because it is not a full host name. Your mail administrator has to correct the server’s host name.',
    },
    'relay-denied': {
      title: 'The server refused to pass the message on',
      explanation:
        'The server that was asked to deliver the message does not accept mail for this domain from you (relaying denied). Often the email program is not logged in to its outgoing server, or the recipient’s domain points to a server that does not handle its mail. Check the outgoing server settings; if they are correct, the recipient’s mail administrator has to check their setup.',
    },
    'message-too-big': {
      title: 'The message is too large',
      explanation:
        'The message with its attachments is larger than the receiving server accepts. Attachments grow by about a third when they are sent. Send smaller files, compress them, or share them with a link.',
    },
    'rate-limited': {
      title: 'Too many messages at once',
      explanation:
        'The receiving server limits how many messages or recipients it accepts from one sender in a given time (rate limiting), and this sender went over the limit. The sending server usually retries later on its own. If it happens often, send more slowly or to smaller groups.',
    },
    'host-not-found': {
      title: 'The recipient’s domain cannot be found',
      explanation:
        'The part of the address after the @ does not lead to any mail server: the domain may be misspelled, expired, or have broken DNS records. First check how the domain is spelled. If it is correct, the recipient’s mail administrator has to fix the domain’s DNS records.',
    },
    network: {
      title: 'The servers could not connect',
      explanation:
        'The sending server could not reach the receiving server, or the connection broke during delivery. This is usually a temporary network or server problem. The sending server keeps retrying; if it lasts for days, one of the two mail administrators has to look into it.',
    },
    greylisting: {
      title: 'Temporary refusal (greylisting)',
      explanation:
        'The receiving server refuses the first attempt from an unknown sender on purpose and accepts the message when the sending server tries again a few minutes later. This is a normal anti-spam technique. You do not need to do anything: the message usually arrives soon.',
    },
    temporary: {
      title: 'A temporary problem',
      explanation:
        'The receiving server could not accept the message at that moment, for example because it was busy or had a local problem. The sending server tries again automatically. If the message is still not delivered after a day or two, contact the recipient in another way.',
    },
    expired: {
      title: 'Delivery was given up',
      explanation:
        'The sending server tried to deliver the message for a long time, usually several days, and then gave up. The real cause is often a server that does not answer, or a temporary error that never went away. Look in the rest of the report for the last error, then send again later or contact the recipient in another way.',
    },
    policy: {
      title: 'Refused by the recipient’s rules',
      explanation:
        'The receiving side has a rule that does not allow this message: for example a blocked type of attachment, a list of allowed senders, or a block on some countries. It is not a technical fault on your side. Ask the recipient to have their mail administrator allow your messages, or contact them in another way.',
    },
    'sender-rejected': {
      title: 'The sender address was refused',
      explanation:
        'The receiving server did not accept the sender address of the message, often because the sender’s domain does not exist in DNS or is not allowed to send. The recipient’s address may be perfectly fine. Your mail administrator has to check the sender address and domain used for outgoing mail.',
    },
    'auth-required': {
      title: 'You must log in to send',
      explanation:
        'The server sends mail only for users who log in with a user name and password, and your email program tried to send without logging in. Turn on authentication for the outgoing (SMTP) server in the account settings of your email program.',
    },
    'auth-credentials': {
      title: 'User name or password not accepted',
      explanation:
        'The outgoing server refused the login of your email program. The password may be wrong or may have changed, or the account may need an app password or another sign-in method. Check the account settings, or ask your email provider.',
    },
    'tls-required': {
      title: 'An encrypted connection is required',
      explanation:
        'The server accepts mail only over an encrypted (TLS) connection, and this connection was not encrypted. In an email program, turn on SSL/TLS or STARTTLS for the outgoing server. On a mail server, the mail administrator has to enable TLS for outgoing mail.',
    },
    loop: {
      title: 'The message went round in a loop',
      explanation:
        'The message passed through too many servers, or came back to a server it had already passed. This usually means that two addresses or two servers forward mail to each other. The mail administrators have to find and remove the forwarding loop.',
    },
    'protocol-error': {
      title: 'The servers did not understand each other',
      explanation:
        'The sending server sent a command that the receiving server did not accept, or sent it in the wrong order or format. This is a software or configuration problem, not a problem with the address or the text of the message. Your mail administrator has to check the server or program that sends the mail.',
    },
    success: {
      title: 'The message was delivered',
      explanation:
        'The server accepted the message, so there is nothing left to do on the sending side. If the recipient cannot find it, it may be in their spam folder or held by a filter on their side.',
    },
    unknown: {
      title: 'The reason is not clear',
      explanation:
        'The text does not contain enough information to say why the message failed. Look for a line with a three-digit code such as 550 or a code such as 5.1.1, and paste the whole bounce message, including that part.',
    },
  },

  outcomes: {
    success: { label: 'Delivered', sentence: 'The message was accepted; nothing more needs to happen.' },
    transient: {
      label: 'Temporary failure',
      sentence: 'The sending server keeps the message in its queue and retries automatically for a while, usually up to a few days.',
    },
    permanent: {
      label: 'Permanent failure',
      sentence: 'The sending server will not try again: something has to change before a new attempt can work.',
    },
    unknown: { label: 'Not clear', sentence: 'The text does not say whether the failure is temporary or permanent.' },
  },

  listAdvice: {
    remove: 'Remove this address from your mailing lists: further messages to it will bounce too.',
    keep: 'Keep the address: the problem is not the address itself.',
    'remove-if-repeated':
      'Keep the address for now, but remove it if it keeps bouncing for the same reason over several days or several mailings.',
  },

  actors: {
    sender: 'The sender',
    'sender-admin': 'The sender’s mail administrator',
    recipient: 'The recipient',
    'recipient-admin': 'The recipient’s mail administrator',
  },
  noActor: 'Nobody needs to do anything for now.',
  confidence: { high: 'Very likely', medium: 'Likely', low: 'Uncertain' },

  readSection: (section, code) => {
    const role = { sender: 'the sender', admin: 'mail administrators', recipient: 'the recipient' }[section];
    return `Read the section for ${role} on the page for ${code}`;
  },
  codePage: (code) => `Page for ${code}`,
  codeWithoutPage: 'This site has no page for this exact code; it is a provider’s own code.',

  contexts: {
    'status-field': 'Status field of the report',
    'diagnostic-code': 'Diagnostic-Code field of the report',
    'server-said': 'the server’s reply',
    hash: 'written with # (Exchange, qmail)',
    'log-field': 'a field of a log line',
    paired: 'reply code followed by an enhanced status code',
    'line-start': 'start of a line',
    'plain-text': 'in the text',
  },
  evidence: {
    code: (code) => `Code ${code}`,
    dsnField: (field) => `Field ${field}`,
    wording: 'Wording of the reply',
    fingerprint: (name) => `Typical of ${name}`,
    line: (line) => `line ${line}`,
  },
  refusedBy: (name) => `Refused by: ${name}`,
  reportedBy: (name) => `Report written by: ${name}`,
  authMechanisms: (names) => `Checks that failed: ${names.join(', ')}`,

  recipientColumns: { address: 'Address', action: 'Result', status: 'Status', reason: 'Reason', reply: 'Server reply' },
  dsnActions: {
    failed: 'failed',
    delayed: 'delayed',
    delivered: 'delivered',
    relayed: 'passed on to a system that sends no reports',
    expanded: 'delivered to a list of addresses',
  },
};
