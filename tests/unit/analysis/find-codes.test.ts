import { describe, expect, it } from 'vitest';
import { findCodes, MAX_CODE_OCCURRENCES, normalize, scanCodes, type FoundCode } from '../../../src/analysis';

const codes = (text: string) => findCodes(normalize(text).text).map((c) => c.code);
const one = (text: string, code: string): FoundCode => {
  const found = findCodes(normalize(text).text).find((c) => c.code === code);
  if (!found) throw new Error(`${code} not found in ${JSON.stringify(text)}`);
  return found;
};

describe('findCodes: the shapes servers write', () => {
  it.each([
    ['550 5.1.1 <bob@example.com>: Recipient address rejected', ['550', '5.1.1']],
    ['550-5.1.1 The email account that you tried to reach does not exist.', ['550', '5.1.1']],
    ['Diagnostic-Code: smtp; 550-5.7.26 Unauthenticated email', ['550', '5.7.26']],
    ['Status: 5.1.1', ['5.1.1']],
    ['Status: 4.4.7 (delayed)', ['4.4.7']],
    ['#550 5.1.1 RESOLVER.ADR.RecipNotFound; not found ##', ['550', '5.1.1']],
    ["< #5.0.0 smtp; 550 5.1.1 User unknown>", ['5.0.0', '550', '5.1.1']],
    ["Remote Server returned '550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup'", ['550', '5.1.10']],
    ['host mx.example.com[192.0.2.1] said: 550 5.1.1 <bob@example.com>: User unknown (in reply to RCPT TO command)', ['550', '5.1.1']],
    ['SMTP error from remote mail server after RCPT TO:<x@example.net>: 550 5.1.1 unknown', ['550', '5.1.1']],
    ['The response from the remote server was:\n552 5.2.2 mailbox full', ['552', '5.2.2']],
    ["Remote host said: 553 sorry, that domain isn't in my list of allowed rcpthosts (#5.7.1)", ['553', '5.7.1']],
    ['Remote host said: 552 1 Requested mail action aborted, mailbox not found', ['552']],
    ['554: delivery error: dd This user doesn\'t have an account', ['554']],
    ['dsn=5.1.1, status=bounced', ['5.1.1']],
    ['smtp;550 Requested action not taken', ['550']],
    ['error 421 Service not available', ['421']],
    ['(reason: 550 Host unknown)', ['550']],
    ['<<< 550 5.1.1 <bob@example.net>... User unknown', ['550', '5.1.1']],
    ['S: 250-PIPELINING\nS: 250 8BITMIME', ['250']],
    ["smtplib.SMTPRecipientsRefused: {'bob@example.com': (550, b'5.1.1 <bob@example.com>: Recipient address rejected')}", ['550', '5.1.1']],
    ['LED=441 4.4.1 Error encountered while communicating', ['441', '4.4.1']],
    ['Please look up X.7.1 and x.2.2 for me', ['x.7.1', 'x.2.2']],
    ['550', ['550']],
  ])('%s', (text, expected) => {
    expect(codes(text).sort()).toEqual([...expected].sort());
  });

  it('records what the registry says and where the code sits', () => {
    const text = 'line one\nhost x said: 550 5.1.1 <bob@example.com>: User unknown';
    const enhanced = one(text, '5.1.1');
    expect(enhanced).toMatchObject({ kind: 'enhanced', neutral: 'x.1.1', cls: '5', subject: 1, detail: 1, hasPage: true, pageSlug: '5.1.1', line: 2 });
    expect(text.slice(enhanced.start, enhanced.end)).toBe('5.1.1');
    const reply = one(text, '550');
    expect(reply).toMatchObject({ kind: 'reply', cls: '5', hasPage: true, pageSlug: '550', context: 'server-said' });
    // Microsoft's own code: no page of its own, but its subject page.
    const vendor = one("Remote server returned '550 5.7.509 Access denied'", '5.7.509');
    expect(vendor).toMatchObject({ hasPage: false, pageSlug: 'x.7.x', neutral: 'x.7.509' });
    expect(one('X.7.1', 'x.7.1')).toMatchObject({ hasPage: true, pageSlug: 'x.7.1' });
    expect(one('X.7.1', 'x.7.1')).not.toHaveProperty('cls');
  });

  it('keeps every occurrence of a code, and ranks the telling contexts first', () => {
    const text = 'Gmail said 5.1.1 somewhere.\nStatus: 5.1.1\nDiagnostic-Code: smtp; 550-5.1.1 a\n    550-5.1.1 b\n    550 5.1.1 c';
    const found = findCodes(normalize(text).text);
    const e = found.find((c) => c.code === '5.1.1');
    expect(e?.occurrences).toHaveLength(5);
    expect(e?.context).toBe('status-field');
    expect(found[0]?.code).toBe('5.1.1');
  });

  it('sees through quoted-printable soft breaks inside a code', () => {
    expect(codes("Content-Transfer-Encoding: quoted-printable\n\nRemote Server returned '550 5.1=\n.10 RESOLVER.ADR.RecipientNotFound'")).toEqual(['550', '5.1.10']);
  });
});

describe('findCodes: numbers that are not codes', () => {
  it.each([
    ['dates', 'Date: Mon, 23 Nov 2026 10:55:01 +0100\nSent on 2026-11-23 at 10:55:01, 23.11.2026, 5.1.26'],
    ['IPv4 addresses', 'from [192.168.5.10] and 10.2.4.1 via 192.0.2.250, 203.0.113.5:25'],
    ['IPv6 addresses', 'from [2001:db8::5.1.1] via 2001:db8:550::1 and fe80::3d2c:1b0a:9f8e:7d6c%5'],
    ['ports', 'connect to mx.example.com:587, port 465, relay=[198.51.100.7]:25'],
    ['sizes', 'size=5242880, 552960 bytes, SIZE 52428800, 552 KB, 250 MB and 5.2.1% growth'],
    ['message and queue ids', 'Message-ID: <20261123.550.1@example.com>\nqueue id 4XyZ550abc, id 1rAbCd-0005Xy-2Q, <a1b2-550e-4e2f@example.com>'],
    ['versions', 'Postfix 3.5.1, Exim 4.96.2, ESMTP Sendmail 8.15.2/8.15.2, Dovecot 2.3.16, Postfix 2.6.6, version 5.1.1, v4.2.1, id 15.20.7409.21'],
    ['phone numbers', 'Call +39 02 5550 1234 or 555-0142 or (555) 010-4421, tel. 800 550 123'],
    ['counts in prose', 'We sent 250 messages to 421 recipients in 550 seconds; order #4521, room 421'],
    ['Yahoo internal codes', 'deferred due to user complaints - 4.16.55.1; disabled (554.30)'],
    ['Exchange diagnostics', '16.55847:B7060000, 0.35180:0A00C186, 255.23226:00000000, 4.21921:DC040000'],
    ['URLs', 'https://community.example.com/docs/DOC-1369#550 and /ip/550/ and ?code=550'],
    ['version-like headers', 'X-Mailer: Mailer 5.2.1\nUser-Agent: Thunderbird/115.5.1\nContent-Length: 552'],
    ['styles', 'color: #550000; margin: 5.7.1px'],
  ])('%s', (_label, text) => {
    expect(codes(text)).toEqual([]);
  });

  it('finds the real code among look-alikes on the same line', () => {
    const text = 'Nov 23 10:55:08 mail postfix/smtp[52345]: 4XyZ550abc: to=<a@example.net>, relay=mx.example.net[192.0.2.5]:25, delay=1523, delays=1520/0.01/3/0, dsn=5.1.1, status=bounced (host mx.example.net[192.0.2.5] said: 550 5.1.1 unknown)';
    expect(codes(text).sort()).toEqual(['5.1.1', '550']);
  });

  it('rejects subjects above 7 and zero-padded details even in a code context', () => {
    expect(codes('Status: 4.96.2\nhost said: 550 5.12.1 rejected\n#5.1.01 x')).toEqual(['550']);
  });

  it('ignores an Exim version that is a valid enhanced code by shape', () => {
    expect(codes('(Exim 4.96.2)')).toEqual([]);
    expect(codes('Dovecot 2.3.16 ready.')).toEqual([]);
  });
});

describe('findCodes: limits', () => {
  it(`keeps at most ${MAX_CODE_OCCURRENCES} occurrences and says so`, () => {
    const text = 'said: 550 5.1.1 unknown\n'.repeat(500);
    const { codes: found, capped } = scanCodes(text);
    expect(capped).toBe(true);
    expect(found.reduce((n, c) => n + c.occurrences.length, 0)).toBe(MAX_CODE_OCCURRENCES);
  });

  it('stays fast on a megabyte of digits', () => {
    const digits = '1234567890 '.repeat(100_000);
    expect(findCodes(digits)).toEqual([]);
    const threes = '550 '.repeat(250_000);
    expect(findCodes(threes).length).toBeLessThanOrEqual(1);
  });
});
