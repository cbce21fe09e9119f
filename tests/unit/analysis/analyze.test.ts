import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import {
  analyzeBounce, MAX_CODE_OCCURRENCES, MAX_INPUT_CHARS, REASON_IDS, SOURCE_IDS, type BounceAnalysis,
} from '../../../src/analysis';
import { getCode } from '../../../src/registry';
import { EXPECTED, type Expected } from './expected';

const FIXTURES = fileURLToPath(new URL('./fixtures/', import.meta.url));
const read = (file: string) => readFileSync(FIXTURES + file, 'utf8');

/** The parts of a result an expectation talks about, in the expectation's shape. */
function summarize(a: BounceAnalysis, e: Expected) {
  return {
    group: e.group,
    file: e.file,
    ...(a.primary.reply ? { reply: a.primary.reply.code } : {}),
    ...(a.primary.enhanced ? { enhanced: a.primary.enhanced.code } : {}),
    reason: a.reason,
    outcome: a.outcome,
    listAdvice: a.listAdvice,
    ...(a.provider ? { provider: a.provider } : {}),
    ...(e.refusedBy && a.refusedBy ? { refusedBy: a.refusedBy } : {}),
    ...(e.reportedBy && a.reportedBy ? { reportedBy: a.reportedBy } : {}),
    ...(e.auth ? { auth: a.authMechanisms } : {}),
    ...(e.flags ? { flags: e.flags.filter((f) => a.flags.includes(f)) } : {}),
    ...(e.mustNotFind ? { mustNotFind: e.mustNotFind.filter((c) => !a.codes.some((f) => f.code === c)) } : {}),
    ...(e.recipients
      ? { recipients: a.recipients.map((r) => ({ address: r.address, action: r.action, outcome: r.outcome, reason: r.reason })) }
      : {}),
  };
}

describe('fixture corpus', () => {
  const files = readdirSync(FIXTURES).sort();

  it('pairs every fixture with one expectation', () => {
    const expected = EXPECTED.map((e) => e.file).sort();
    expect(new Set(expected).size).toBe(expected.length);
    expect(expected).toEqual(files);
  });

  it('has at least 60 bounces and covers every reason and every recognisable source', () => {
    expect(files.length).toBeGreaterThanOrEqual(60);
    const reasons = new Set(EXPECTED.map((e) => e.reason));
    expect(REASON_IDS.filter((r) => !reasons.has(r))).toEqual([]);
    const sources = new Set(EXPECTED.flatMap((e) => [e.provider, e.refusedBy, e.reportedBy]));
    expect(SOURCE_IDS.filter((s) => !sources.has(s))).toEqual([]);
    for (const outcome of ['success', 'transient', 'permanent', 'unknown'] as const) {
      expect(EXPECTED.some((e) => e.outcome === outcome)).toBe(true);
    }
  });

  for (const e of EXPECTED) {
    it(`reads ${e.file}`, () => {
      const a = analyzeBounce(read(e.file));
      expect(summarize(a, e)).toEqual({ ...e, ...(e.mustNotFind ? { mustNotFind: e.mustNotFind } : {}) });
      // The evidence quotes the text it points at.
      for (const ev of a.evidence) expect(a.text.slice(ev.start, ev.end)).toBe(ev.text);
      // Every code it reports is where it says it is.
      for (const c of a.codes) for (const o of c.occurrences) expect(a.text.slice(o.start, o.end)).toBe(o.text);
      if (a.primary.enhanced || a.primary.reply) expect(a.evidence.some((ev) => ev.kind === 'code')).toBe(true);
      if (a.reason !== 'unknown' && a.readMore) {
        expect(['sender', 'admin', 'recipient']).toContain(a.readMore.section);
      }
    });
  }
});

describe('analyzeBounce', () => {
  it('flags empty and whitespace-only input', () => {
    for (const input of ['', '   ', '\n\r\n\t  \n']) {
      const a = analyzeBounce(input);
      expect(a.flags).toEqual(['empty']);
      expect(a.reason).toBe('unknown');
      expect(a.outcome).toBe('unknown');
      expect(a.codes).toEqual([]);
    }
  });

  it('prefers the wording over the bare code', () => {
    expect(analyzeBounce('550 5.7.1 Service unavailable; Client host [192.0.2.1] blocked using Spamhaus').reason).toBe('reputation-block');
    expect(analyzeBounce('550 5.7.1 <bob@example.com>: Relay access denied').reason).toBe('relay-denied');
    expect(analyzeBounce('550 5.7.1 Message rejected as spam by Content Filtering.').reason).toBe('spam-content');
    expect(analyzeBounce('550 5.7.1').reason).toBe('policy');
  });

  it('falls back on the code when the text says nothing more', () => {
    const a = analyzeBounce('550 5.1.1');
    expect(a.reason).toBe('recipient-unknown');
    expect(a.confidence).toBe('medium');
    expect(analyzeBounce('550 5.2.2').reason).toBe('mailbox-full');
    expect(analyzeBounce('451 4.4.1').outcome).toBe('transient');
    expect(analyzeBounce('554 5.3.4').reason).toBe('message-too-big');
  });

  it('reads provider-specific codes only where the provider is recognised', () => {
    expect(analyzeBounce('556 5.1.10 Recipient address has null MX').reason).toBe('host-not-found');
    expect(analyzeBounce("Remote Server returned '550 5.1.10 RESOLVER.ADR.RecipientNotFound; not found'").reason).toBe('recipient-unknown');
    const ms = analyzeBounce('550 5.1.10 AS(201806281)');
    expect(ms.reason).toBe('recipient-unknown');
    expect(ms.provider).toBe('microsoft');
  });

  it('lets the reply code decide the outcome when the enhanced code disagrees', () => {
    const a = analyzeBounce("Remote Server returned '550 4.4.7 QUEUE.Expired; message expired'");
    expect(a.outcome).toBe('permanent');
    expect(a.outcomeBasis).toBe('reply-code');
  });

  it('treats a DSN with Action: delayed as transient even without a code', () => {
    const a = analyzeBounce('Final-Recipient: rfc822; bob@example.net\nAction: delayed\n');
    expect(a.outcome).toBe('transient');
    expect(a.outcomeBasis).toBe('dsn-action');
    expect(a.recipients).toHaveLength(1);
  });

  it('softens list advice for transient failures', () => {
    const a = analyzeBounce('450 4.1.1 <bob@example.net>: Recipient address rejected: User unknown, try again later');
    expect(a.reason).toBe('recipient-unknown');
    expect(a.outcome).toBe('transient');
    expect(a.listAdvice).toBe('remove-if-repeated');
  });

  it('works from the codes when the text around them is in another language', () => {
    const a = analyzeBounce('Ihre Nachricht konnte nicht zugestellt werden.\nFehler: 550 5.1.1 Empfänger unbekannt');
    expect(a.primary.reply?.code).toBe('550');
    expect(a.reason).toBe('recipient-unknown');
  });

  it('returns markup in hostile input as plain strings', () => {
    const a = analyzeBounce('<script>alert(1)</script> 550 5.1.1 <img src=x onerror=alert(1)> User unknown');
    expect(a.reason).toBe('recipient-unknown');
    // Not HTML enough to strip: the text is kept as typed, and evidence is a substring of it.
    expect(a.text).toContain('<script>alert(1)</script>');
    for (const ev of a.evidence) {
      expect(typeof ev.text).toBe('string');
      expect(a.text.slice(ev.start, ev.end)).toBe(ev.text);
    }
    const page = analyzeBounce('<html><body><script>alert("550 5.7.1")</script><p>said: 550 5.1.1 User unknown</p></body></html>');
    expect(page.flags).toContain('html');
    expect(page.text).not.toContain('alert');
    expect(page.codes.map((c) => c.code)).toEqual(['550', '5.1.1']);
  });

  it('reads 1 MB of text with codes scattered in it', () => {
    const filler = 'Lorem ipsum dolor sit amet 2026-11-23 10:55:01 +0100, host 192.168.5.10 port 465, size=5242880 (552960 bytes).\n';
    const parts: string[] = [];
    let length = 0;
    let i = 0;
    while (length < 1_000_000) {
      const line = i % 20 === 0 ? `host mx${i}.example.net[192.0.2.1] said: 550 5.1.1 <user${i}@example.net>: User unknown\n` : filler;
      parts.push(line);
      length += line.length;
      i++;
    }
    const text = parts.join('');
    const started = performance.now();
    const a = analyzeBounce(text);
    const ms = performance.now() - started;
    console.info(`analyzeBounce on ${text.length} characters of text with codes: ${ms.toFixed(0)} ms`);
    expect(a.flags).not.toContain('truncated');
    expect(a.reason).toBe('recipient-unknown');
    expect(a.codes.map((c) => c.code).sort()).toEqual(['5.1.1', '550']);
    const occurrences = a.codes.reduce((n, c) => n + c.occurrences.length, 0);
    expect(occurrences).toBeLessThanOrEqual(MAX_CODE_OCCURRENCES);
    expect(a.flags).toContain('codes-capped');
  });

  it('reads 1 MB of binary junk without finding a reason in it', () => {
    let seed = 20261123;
    const random = () => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed / 2147483648;
    };
    const chars: string[] = [];
    for (let i = 0; i < 1_000_000; i++) chars.push(String.fromCharCode(Math.floor(random() * 256)));
    const junk = chars.join('');
    const started = performance.now();
    const a = analyzeBounce(junk);
    const ms = performance.now() - started;
    console.info(`analyzeBounce on ${junk.length} characters of binary junk: ${ms.toFixed(0)} ms`);
    expect(a.flags).toContain('binary');
    expect(a.confidence).toBe('low');
    expect(a.text).not.toMatch(/[\x00-\x08]/);
  });

  it('truncates input above MAX_INPUT_CHARS and says so', () => {
    const line = 'filler text without any code in it, just words and more words\n';
    const big = line.repeat(Math.ceil((MAX_INPUT_CHARS + 10_000) / line.length)) + '550 5.1.1 User unknown\n';
    const a = analyzeBounce(big);
    expect(a.flags).toContain('truncated');
    expect(a.text.length).toBeLessThanOrEqual(MAX_INPUT_CHARS);
    expect(a.flags).toContain('no-code');
  });

  it('points to pages that exist', () => {
    for (const e of EXPECTED) {
      const a = analyzeBounce(read(e.file));
      for (const c of a.codes) {
        if (c.hasPage) {
          const neutral = c.kind === 'enhanced' ? c.neutral : c.code;
          expect(getCode(neutral), `${e.file}: ${c.code}`).toBeDefined();
        }
      }
      if (a.readMore) {
        const slug = a.readMore.slug;
        const neutral = /^[245]\./.test(slug) ? `x${slug.slice(1)}` : slug;
        expect(getCode(neutral) ?? (/^x\.\d\.x$|^[2-5]xx$/.test(slug) ? 'group' : undefined), `${e.file}: ${slug}`).toBeDefined();
      }
    }
  });
});
