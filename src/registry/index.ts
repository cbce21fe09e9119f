import { enhancedCodes } from './enhanced-codes';
import { replyCodes } from './reply-codes';
import type { Code, EnhancedClass, EnhancedCode, ReplyClass, ReplyCode } from './types';

export type * from './types';
export { enhancedCodes, replyCodes };

export const ENHANCED_CLASSES: EnhancedClass[] = ['2', '4', '5'];
export const ENHANCED_SUBJECTS = [0, 1, 2, 3, 4, 5, 6, 7] as const;
export const REPLY_CLASSES = ['2', '3', '4', '5'] as const;
/** Second digit of a reply code (RFC 5321 section 4.2.1): 0 syntax ... 5 mail system. */
export const REPLY_CATEGORIES = ['0', '1', '2', '3', '4', '5'] as const;

const byCode = new Map<string, Code>([...replyCodes, ...enhancedCodes].map((c) => [c.code, c]));

export function getCode(code: string): Code | undefined {
  return byCode.get(code);
}

export function allCodes(): Code[] {
  return [...replyCodes, ...enhancedCodes];
}

/** First digit of a reply code: what kind of outcome it reports. */
export function replyClass(code: ReplyCode | string): ReplyClass {
  const digits = typeof code === 'string' ? code : code.code;
  return digits[0] as ReplyClass;
}

/**
 * The enhanced-code class that goes with a reply code (550 -> 5), so that a reply page links its
 * paired enhanced codes in their concrete form (5.1.1). None for 1xx and 3xx.
 */
export function enhancedClassOfReply(reply: string): EnhancedClass | undefined {
  const digit = reply[0];
  return digit === '2' || digit === '4' || digit === '5' ? digit : undefined;
}

const CONCRETE = /^([245])\.(\d{1,3})\.(\d{1,3})$/;
const NEUTRAL = /^x\.(\d{1,3})\.(\d{1,3})$/i;

/**
 * Reads an enhanced status code as a reader types or a server writes it ("5.7.1", "X.7.1",
 * "x.7.1") into its class-neutral registry form and, when given, its class.
 */
export function parseEnhanced(text: string): { code: string; cls?: EnhancedClass } | undefined {
  const t = text.trim();
  const concrete = CONCRETE.exec(t);
  if (concrete) return { code: `x.${Number(concrete[2])}.${Number(concrete[3])}`, cls: concrete[1] as EnhancedClass };
  const neutral = NEUTRAL.exec(t);
  if (neutral) return { code: `x.${Number(neutral[1])}.${Number(neutral[2])}` };
  return undefined;
}

/** Enhanced codes whose registry entry names this reply code as an associated basic code. */
export function enhancedPairedWith(reply: string): EnhancedCode[] {
  return enhancedCodes.filter((e) => e.basicCodes.includes(reply));
}

/** Reply codes the registry associates with an enhanced code, limited to codes we cover. */
export function repliesPairedWith(enhanced: EnhancedCode): ReplyCode[] {
  return enhanced.basicCodes.flatMap((b) => {
    const c = byCode.get(b);
    return c?.kind === 'reply' ? [c] : [];
  });
}

export function enhancedBySubject(subject: number): EnhancedCode[] {
  return enhancedCodes.filter((e) => e.subject === subject);
}

export function replyCodesByClass(cls: string): ReplyCode[] {
  return replyCodes.filter((r) => r.code[0] === cls);
}

/** Orders codes the way a reader scans a table: 101 < 550 < x.1.1 < x.1.10 < x.2.0. */
export function compareCodes(a: string, b: string): number {
  const enhancedA = a.includes('.');
  if (enhancedA !== b.includes('.')) return enhancedA ? 1 : -1;
  const key = (c: string) => c.replace(/^x\./, '9.').split('.').map(Number);
  const [ka, kb] = [key(a), key(b)];
  for (let i = 0; i < Math.max(ka.length, kb.length); i++) {
    const d = (ka[i] ?? -1) - (kb[i] ?? -1);
    if (d) return d;
  }
  return 0;
}
