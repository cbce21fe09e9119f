/**
 * Weighs wording evidence against code evidence and picks the most likely reason. The wording of
 * a reply usually says more than its code (550 5.7.1 + "Spamhaus" is a reputation block, not a
 * generic policy refusal), so a provider's exact wording outweighs any code; a code decides alone
 * only when nothing in the text says otherwise.
 */
import { reasonFromEnhanced, reasonFromReply, vendorCode, type CodeReason, type VendorCode } from './code-reasons';
import type { ReasonId } from './reasons';
import type { SourceId } from './sources';
import { AUTH_MECHANISMS, type AuthMechanism, type Confidence, type FoundEnhancedCode, type FoundReplyCode } from './types';
import type { WordingMatch } from './wording';

const WORDING_WEIGHT = { 1: 10, 2: 25, 3: 45, 4: 70, 5: 90 } as const;
const CODE_WEIGHT = { specific: 30, generic: 8 } as const;
const REPLY_WEIGHT = { specific: 30, generic: 5 } as const;
const VENDOR_WEIGHT = 60;

export interface ClassifyInput {
  matches: readonly WordingMatch[];
  /** 1-based inclusive line ranges close to the codes the result rests on: wording there counts double. */
  focus: ReadonlyArray<readonly [number, number]>;
  reply?: FoundReplyCode | undefined;
  enhanced?: FoundEnhancedCode | undefined;
  recognized: ReadonlySet<SourceId>;
}

export interface Classification {
  reason: ReasonId;
  confidence: Confidence;
  auth: AuthMechanism[];
  /** The wording matches that support the chosen reason, strongest first. */
  supporting: WordingMatch[];
  /** The provider-specific use of a code that decided, if any. */
  vendor?: VendorCode;
}

/** Drops weaker wording that shares a line with stronger wording pointing elsewhere. */
export function suppressWeaker(matches: readonly WordingMatch[]): WordingMatch[] {
  const strongest = new Map<number, Array<{ priority: number; reason: ReasonId }>>();
  for (const m of matches) {
    if (!m.rule.reason) continue;
    for (let line = m.line; line <= m.endLine && line <= m.line + 10; line++) {
      const list = strongest.get(line) ?? [];
      list.push({ priority: m.rule.priority, reason: m.rule.reason });
      strongest.set(line, list);
    }
  }
  return matches.filter((m) => {
    if (!m.rule.reason) return true;
    const rivals = strongest.get(m.line) ?? [];
    return !rivals.some((r) => r.reason !== m.rule.reason && r.priority > m.rule.priority);
  });
}

export function classify(input: ClassifyInput): Classification {
  const scores = new Map<ReasonId, number>();
  const add = (reason: ReasonId, weight: number) => {
    if (reason !== 'unknown') scores.set(reason, (scores.get(reason) ?? 0) + weight);
  };
  const inFocus = (m: WordingMatch) => input.focus.some(([a, b]) => m.endLine >= a && m.line <= b);

  const reasonMatches = suppressWeaker(input.matches.filter((m) => m.rule.reason));
  // Each rule counts once, with its best-placed match.
  const bestByRule = new Map<string, { match: WordingMatch; weight: number }>();
  for (const m of reasonMatches) {
    const weight = WORDING_WEIGHT[m.rule.priority] * (inFocus(m) ? 2 : 1);
    const seen = bestByRule.get(m.rule.id);
    if (!seen || weight > seen.weight) bestByRule.set(m.rule.id, { match: m, weight });
  }
  for (const { match, weight } of bestByRule.values()) add(match.rule.reason as ReasonId, weight);

  let vendor: VendorCode | undefined;
  let codeReason: CodeReason | undefined;
  if (input.enhanced?.cls) vendor = vendorCode(input.enhanced.code, input.recognized);
  if (vendor) add(vendor.reason, VENDOR_WEIGHT);
  else if (input.enhanced) {
    codeReason = reasonFromEnhanced(input.enhanced.subject, input.enhanced.detail);
    add(codeReason.reason, CODE_WEIGHT[codeReason.strength]);
  }
  let replyReason: CodeReason | undefined;
  if (input.reply) {
    replyReason = reasonFromReply(input.reply.code);
    add(replyReason.reason, REPLY_WEIGHT[replyReason.strength]);
  }

  const ranked = [...scores.entries()].sort((a, b) => b[1] - a[1] || topPriority(b[0]) - topPriority(a[0]));
  function topPriority(reason: ReasonId): number {
    let best = 0;
    for (const { match } of bestByRule.values()) if (match.rule.reason === reason) best = Math.max(best, match.rule.priority);
    return best;
  }
  const winner = ranked[0];
  if (!winner) return { reason: 'unknown', confidence: 'low', auth: [], supporting: [] };
  const reason = winner[0];

  const supporting = [...bestByRule.values()]
    .filter(({ match }) => match.rule.reason === reason)
    .sort((a, b) => b.weight - a.weight || a.match.start - b.match.start)
    .map(({ match }) => match);
  const wp = supporting.reduce((acc, m) => Math.max(acc, m.rule.priority), 0);
  const codeAgrees = (codeReason?.reason === reason) || (replyReason?.reason === reason && replyReason.strength === 'specific');
  const codeSpecific = codeAgrees && (codeReason?.reason === reason ? codeReason.strength === 'specific' : true);

  let level: number;
  if (wp >= 3 || (wp === 2 && codeAgrees) || vendor?.reason === reason || (codeSpecific && wp >= 1)) level = 2;
  else if (wp === 2 || codeSpecific || (wp === 1 && codeAgrees)) level = 1;
  else level = 0;
  const runnerUp = ranked[1];
  if (runnerUp && runnerUp[1] >= winner[1] * 0.8) level = Math.max(0, level - 1);
  const confidence: Confidence = level === 2 ? 'high' : level === 1 ? 'medium' : 'low';

  const auth = new Set<AuthMechanism>();
  if (reason === 'auth-failure') {
    for (const m of supporting) for (const a of m.rule.auth ?? []) auth.add(a);
    for (const a of vendor?.reason === reason ? vendor.auth ?? [] : codeReason?.reason === reason ? codeReason.auth ?? [] : []) auth.add(a);
  }
  return {
    reason, confidence, auth: AUTH_MECHANISMS.filter((a) => auth.has(a)), supporting,
    ...(vendor?.reason === reason ? { vendor } : {}),
  };
}
