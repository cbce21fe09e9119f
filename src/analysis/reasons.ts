/**
 * Why a message was refused, as a closed list of ids, and the language-neutral facts that go with
 * each: the usual outcome, what a mailing list does with the address, who acts, and which section
 * of a code page to read.
 */
import type { Actor, ListAdvice, Outcome, Section } from './types';

export const REASON_IDS = [
  'recipient-unknown',
  'invalid-address',
  'mailbox-full',
  'mailbox-disabled',
  'reputation-block',
  'spam-content',
  'virus',
  'auth-failure',
  'reverse-dns',
  'helo-rejected',
  'relay-denied',
  'message-too-big',
  'rate-limited',
  'host-not-found',
  'network',
  'greylisting',
  'temporary',
  'expired',
  'policy',
  'sender-rejected',
  'auth-required',
  'auth-credentials',
  'tls-required',
  'loop',
  'protocol-error',
  'success',
  'unknown',
] as const;

export type ReasonId = (typeof REASON_IDS)[number];

export interface ReasonFacts {
  /** The outcome when no code or DSN action says otherwise. */
  outcome: Outcome;
  /** Advice for a permanent result; analyze() softens it for transient and success results. */
  listAdvice: ListAdvice;
  /** Who acts, most important first; empty when nobody has to. */
  actors: Actor[];
  /** The section of the code page that helps most. */
  section: Section;
  /**
   * A page to read when the text has no code that has one (registry spelling, class-neutral or
   * reply code).
   */
  fallbackSlug?: string;
}

export const REASONS: Record<ReasonId, ReasonFacts> = {
  'recipient-unknown': { outcome: 'permanent', listAdvice: 'remove', actors: ['sender'], section: 'sender', fallbackSlug: '5.1.1' },
  'invalid-address': { outcome: 'permanent', listAdvice: 'remove', actors: ['sender'], section: 'sender', fallbackSlug: '5.1.3' },
  // A full mailbox can empty again: a soft bounce even with 5.2.2.
  'mailbox-full': { outcome: 'transient', listAdvice: 'remove-if-repeated', actors: ['recipient'], section: 'recipient', fallbackSlug: '4.2.2' },
  'mailbox-disabled': { outcome: 'permanent', listAdvice: 'remove', actors: ['recipient', 'sender'], section: 'recipient', fallbackSlug: '5.2.1' },
  'reputation-block': { outcome: 'permanent', listAdvice: 'keep', actors: ['sender-admin'], section: 'admin', fallbackSlug: '5.7.1' },
  'spam-content': { outcome: 'permanent', listAdvice: 'keep', actors: ['sender', 'sender-admin'], section: 'sender', fallbackSlug: '5.7.1' },
  virus: { outcome: 'permanent', listAdvice: 'keep', actors: ['sender', 'sender-admin'], section: 'sender', fallbackSlug: '5.7.1' },
  'auth-failure': { outcome: 'permanent', listAdvice: 'keep', actors: ['sender-admin'], section: 'admin', fallbackSlug: '5.7.26' },
  'reverse-dns': { outcome: 'permanent', listAdvice: 'keep', actors: ['sender-admin'], section: 'admin', fallbackSlug: '5.7.25' },
  'helo-rejected': { outcome: 'permanent', listAdvice: 'keep', actors: ['sender-admin'], section: 'admin', fallbackSlug: '504' },
  'relay-denied': { outcome: 'permanent', listAdvice: 'keep', actors: ['sender-admin', 'recipient-admin'], section: 'admin', fallbackSlug: '5.7.1' },
  'message-too-big': { outcome: 'permanent', listAdvice: 'keep', actors: ['sender'], section: 'sender', fallbackSlug: '5.3.4' },
  'rate-limited': { outcome: 'transient', listAdvice: 'keep', actors: ['sender-admin'], section: 'admin', fallbackSlug: '4.7.28' },
  // A domain can be broken for a while; a typo in it never heals, so repeated failures mean remove.
  'host-not-found': { outcome: 'permanent', listAdvice: 'remove-if-repeated', actors: ['sender', 'recipient-admin'], section: 'sender', fallbackSlug: '5.4.4' },
  network: { outcome: 'transient', listAdvice: 'keep', actors: ['sender-admin', 'recipient-admin'], section: 'admin', fallbackSlug: '4.4.1' },
  greylisting: { outcome: 'transient', listAdvice: 'keep', actors: [], section: 'sender', fallbackSlug: '450' },
  temporary: { outcome: 'transient', listAdvice: 'keep', actors: [], section: 'sender', fallbackSlug: '451' },
  expired: { outcome: 'permanent', listAdvice: 'remove-if-repeated', actors: ['sender-admin'], section: 'admin', fallbackSlug: '4.4.7' },
  policy: { outcome: 'permanent', listAdvice: 'keep', actors: ['sender', 'recipient-admin'], section: 'sender', fallbackSlug: '5.7.1' },
  'sender-rejected': { outcome: 'permanent', listAdvice: 'keep', actors: ['sender-admin'], section: 'admin', fallbackSlug: '5.1.8' },
  'auth-required': { outcome: 'permanent', listAdvice: 'keep', actors: ['sender'], section: 'sender', fallbackSlug: '530' },
  'auth-credentials': { outcome: 'permanent', listAdvice: 'keep', actors: ['sender'], section: 'sender', fallbackSlug: '535' },
  'tls-required': { outcome: 'permanent', listAdvice: 'keep', actors: ['sender-admin', 'sender'], section: 'admin', fallbackSlug: '530' },
  loop: { outcome: 'permanent', listAdvice: 'keep', actors: ['sender-admin', 'recipient-admin'], section: 'admin', fallbackSlug: '5.4.6' },
  'protocol-error': { outcome: 'permanent', listAdvice: 'keep', actors: ['sender-admin'], section: 'admin', fallbackSlug: '500' },
  success: { outcome: 'success', listAdvice: 'keep', actors: [], section: 'sender', fallbackSlug: '250' },
  unknown: { outcome: 'unknown', listAdvice: 'keep', actors: ['sender-admin'], section: 'admin' },
};

export function isReasonId(value: string): value is ReasonId {
  return (REASON_IDS as readonly string[]).includes(value);
}

/** Which code-page section speaks to an actor. */
export function sectionOf(actor: Actor): Section {
  if (actor === 'sender') return 'sender';
  if (actor === 'sender-admin') return 'admin';
  return 'recipient';
}

/** The list advice for a reason once the outcome is known. */
export function adviceFor(reason: ReasonId, outcome: Outcome): ListAdvice {
  if (outcome === 'success') return 'keep';
  if (reason === 'unknown') return outcome === 'permanent' ? 'remove-if-repeated' : 'keep';
  const advice = REASONS[reason].listAdvice;
  // A temporary refusal never proves an address dead on its own.
  if (outcome === 'transient' && advice === 'remove') return 'remove-if-repeated';
  return advice;
}
