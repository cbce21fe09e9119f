/**
 * What a code alone says about the reason, for when the text around it says nothing more. Meanings
 * follow the IANA registry (RFC 3463, RFC 5248 and later: src/registry/enhanced-codes.ts) and RFC
 * 5321 / RFC 4954 for reply codes. Providers that use a code their own way are in VENDOR_CODES.
 */
import type { ReasonId } from './reasons';
import type { SourceId } from './sources';
import type { AuthMechanism } from './types';

/** 'specific': the code names the problem (x.1.1). 'generic': it only names an area (x.7.1, x.0.0). */
export type CodeStrength = 'specific' | 'generic';

export interface CodeReason {
  reason: ReasonId;
  strength: CodeStrength;
  auth?: AuthMechanism[];
}

const S = (reason: ReasonId, auth?: AuthMechanism[]): CodeReason => ({ reason, strength: 'specific', ...(auth ? { auth } : {}) });
const G = (reason: ReasonId): CodeReason => ({ reason, strength: 'generic' });

/** Registered enhanced codes by "subject.detail". */
const ENHANCED: Record<string, CodeReason> = {
  '0.0': G('unknown'),
  '1.0': G('unknown'),
  '1.1': S('recipient-unknown'),
  '1.2': S('host-not-found'),
  '1.3': S('invalid-address'),
  '1.4': G('recipient-unknown'),
  '1.5': S('success'),
  '1.6': S('recipient-unknown'),
  '1.7': S('sender-rejected'),
  '1.8': S('sender-rejected'),
  '1.9': G('unknown'),
  '1.10': S('host-not-found'), // Recipient address has null MX (RFC 7505)
  '2.0': G('unknown'),
  '2.1': S('mailbox-disabled'),
  '2.2': S('mailbox-full'),
  '2.3': S('message-too-big'),
  '2.4': G('unknown'),
  '3.0': G('temporary'),
  '3.1': S('temporary'), // Mail system full
  '3.2': S('temporary'), // System not accepting network messages
  '3.3': G('protocol-error'),
  '3.4': S('message-too-big'),
  '3.5': G('temporary'),
  '3.6': G('success'),
  '4.0': G('network'),
  '4.1': S('network'),
  '4.2': S('network'),
  '4.3': S('host-not-found'), // Directory server failure: in practice DNS (Postfix, qmail)
  '4.4': S('host-not-found'),
  '4.5': S('temporary'), // Mail system congestion
  '4.6': S('loop'),
  '4.7': S('expired'),
  '5.0': G('protocol-error'),
  '5.1': S('protocol-error'),
  '5.2': S('protocol-error'),
  '5.3': S('rate-limited'), // Too many recipients
  '5.4': S('protocol-error'),
  '5.5': S('protocol-error'),
  '5.6': S('protocol-error'),
  '7.0': G('policy'),
  '7.1': G('policy'),
  '7.2': G('policy'),
  '7.3': G('policy'),
  '7.4': G('tls-required'),
  '7.5': G('policy'),
  '7.6': G('policy'),
  '7.7': G('policy'),
  '7.8': S('auth-credentials'),
  '7.9': S('auth-credentials'),
  '7.10': S('tls-required'),
  '7.11': S('tls-required'),
  '7.12': S('auth-credentials'),
  '7.13': S('auth-credentials'), // User Account Disabled: the submitting user's account (RFC 5248)
  '7.14': G('policy'),
  '7.15': G('policy'),
  '7.16': S('message-too-big'),
  '7.17': S('recipient-unknown'), // Mailbox owner has changed (RFC 7293)
  '7.18': S('recipient-unknown'), // Domain owner has changed
  '7.19': G('unknown'),
  '7.20': S('auth-failure', ['dkim']),
  '7.21': S('auth-failure', ['dkim']),
  '7.22': S('auth-failure', ['dkim']),
  '7.23': S('auth-failure', ['spf']),
  '7.24': S('auth-failure', ['spf']),
  '7.25': S('reverse-dns'),
  '7.26': S('auth-failure'),
  '7.27': S('sender-rejected'), // Sender address has null MX (RFC 7505)
  '7.28': S('rate-limited'), // Mail flood detected
  '7.29': S('auth-failure', ['arc']),
  '7.30': S('tls-required'),
};

/** Subject-level fallback for unregistered details ("5.7.900"). */
const SUBJECT: Record<number, CodeReason> = {
  0: G('unknown'),
  1: G('recipient-unknown'),
  2: G('unknown'),
  3: G('temporary'),
  4: G('network'),
  5: G('protocol-error'),
  6: G('policy'),
  7: G('policy'),
};

export function reasonFromEnhanced(subject: number, detail: number): CodeReason {
  if (subject === 6) return G('policy');
  return ENHANCED[`${subject}.${detail}`] ?? SUBJECT[subject] ?? G('unknown');
}

const REPLY: Record<string, CodeReason> = {
  '101': S('network'), // client-side ENETUNREACH
  '111': S('network'), // client-side ECONNREFUSED
  '421': G('temporary'),
  '422': G('mailbox-full'),
  '431': G('temporary'),
  '432': S('auth-credentials'),
  '441': G('network'),
  '442': G('network'),
  '446': G('loop'),
  '447': G('expired'),
  '449': G('network'),
  '450': G('temporary'),
  '451': G('temporary'),
  '452': G('temporary'),
  '454': G('temporary'),
  '471': G('policy'),
  '500': S('protocol-error'),
  '501': S('protocol-error'),
  '502': S('protocol-error'),
  '503': S('protocol-error'),
  '504': S('protocol-error'),
  '510': G('recipient-unknown'),
  '511': G('recipient-unknown'),
  '512': G('host-not-found'),
  '513': G('invalid-address'),
  '521': G('host-not-found'),
  '523': G('message-too-big'),
  '530': S('auth-required'),
  '534': S('auth-credentials'),
  '535': S('auth-credentials'),
  '538': S('tls-required'),
  '550': G('unknown'),
  '551': G('recipient-unknown'),
  '552': G('mailbox-full'),
  '553': G('invalid-address'),
  '554': G('unknown'),
  '555': S('protocol-error'),
  '556': S('host-not-found'),
  '571': G('policy'),
};

export function reasonFromReply(code: string): CodeReason {
  const known = REPLY[code];
  if (known) return known;
  if (code[0] === '2') return S('success');
  if (code[0] === '4') return G('temporary');
  return G('unknown');
}

/**
 * Enhanced codes a provider uses its own way. `requires`: only when the text shows that provider
 * (5.1.10 is "recipient has null MX" in the registry but "recipient not found" at Microsoft).
 */
export interface VendorCode {
  /** Concrete code, or a pattern over the concrete code. */
  code: string | RegExp;
  reason: ReasonId;
  source: SourceId;
  requires?: boolean;
  auth?: AuthMechanism[];
}

export const VENDOR_CODES: VendorCode[] = [
  { code: '5.1.10', reason: 'recipient-unknown', source: 'microsoft', requires: true },
  { code: '5.4.1', reason: 'recipient-unknown', source: 'microsoft', requires: true },
  { code: '5.7.509', reason: 'auth-failure', source: 'microsoft', auth: ['dmarc'] },
  { code: '5.7.515', reason: 'auth-failure', source: 'microsoft' },
  { code: /^5\.7\.6(?:0[6-9]|[1-4]\d)$/, reason: 'reputation-block', source: 'microsoft' },
  { code: /^5\.7\.70[58]$/, reason: 'reputation-block', source: 'microsoft' },
  { code: '5.7.750', reason: 'policy', source: 'microsoft' },
  { code: '5.7.64', reason: 'relay-denied', source: 'microsoft' },
  { code: '5.7.54', reason: 'relay-denied', source: 'microsoft' },
  { code: '5.7.57', reason: 'auth-required', source: 'microsoft' },
  { code: /^5\.7\.13[3-6]$/, reason: 'policy', source: 'microsoft' },
  { code: '5.7.520', reason: 'policy', source: 'microsoft' },
  { code: '5.4.14', reason: 'loop', source: 'microsoft' },
  { code: /^5\.4\.31[02]$/, reason: 'host-not-found', source: 'microsoft' },
  { code: /^[45]\.4\.316$/, reason: 'network', source: 'microsoft' },
  { code: '5.6.11', reason: 'protocol-error', source: 'microsoft' },
  { code: /^4\.7\.[56]\d\d$/, reason: 'rate-limited', source: 'microsoft' },
  { code: /^[45]\.7\.27$/, reason: 'auth-failure', source: 'gmail', requires: true, auth: ['spf'] },
];

export function vendorCode(concrete: string, recognized: ReadonlySet<SourceId>): VendorCode | undefined {
  return VENDOR_CODES.find(
    (v) => (typeof v.code === 'string' ? v.code === concrete : v.code.test(concrete)) && (!v.requires || recognized.has(v.source)),
  );
}
