/**
 * analyzeBounce(): reads a pasted bounce, log line or fragment and says what happened, how sure it
 * is, and which parts of the text it relied on. Pure: no DOM, no I/O, no state between calls.
 */
import { classify, suppressWeaker, type Classification } from './classify';
import { vendorCode } from './code-reasons';
import { readDsn, type DsnGroup } from './dsn';
import { contextRank, scanCodes } from './find-codes';
import { LineIndex } from './lines';
import { normalize } from './normalize';
import { MessageParts } from './parts';
import { adviceFor, REASONS, type ReasonId } from './reasons';
import type { SourceId, SourceRole } from './sources';
import type {
  AnalysisFlag, BounceAnalysis, CodeOccurrence, DsnAction, DsnRecipient, Evidence, FoundCode, FoundEnhancedCode, FoundReplyCode,
  Outcome, ReadMore,
} from './types';
import { matchWording, WORDING_SCAN_CHARS, type WordingMatch } from './wording';

/** Lines after a code that still belong to its reply (Postfix and Exim indent the rest of it). */
const CONTINUATION_LINES = 6;
/** Characters scanned for wording around each code beyond the first WORDING_SCAN_CHARS. */
const CODE_WINDOW = 2_000;
/** Code occurrences beyond WORDING_SCAN_CHARS that get such a window. */
const MAX_CODE_WINDOWS = 20;
/** DSN recipient groups read; a real report lists a handful. */
export const MAX_DSN_RECIPIENTS = 100;

interface Picked {
  reply?: { code: FoundReplyCode; at: CodeOccurrence };
  enhanced?: { code: FoundEnhancedCode; at: CodeOccurrence };
}

export function analyzeBounce(input: string): BounceAnalysis {
  const normalized = normalize(input);
  const text = normalized.text;
  const flags: AnalysisFlag[] = [];
  if (text.trim() === '') {
    return {
      text, flags: ['empty'], codes: [], primary: {}, reason: 'unknown', confidence: 'low', outcome: 'unknown', outcomeBasis: 'none',
      listAdvice: 'keep', actors: [], authMechanisms: [], evidence: [], recipients: [],
    };
  }
  if (normalized.truncated) flags.push('truncated');
  if (normalized.html) flags.push('html');
  if (normalized.binary) flags.push('binary');
  if (normalized.quotedPrintable) flags.push('quoted-printable');

  const lines = new LineIndex(text);
  const parts = new MessageParts(text);
  const scan = scanCodes(text, lines, parts);
  const capped = scan.capped;
  // Codes that appear only in the returned message say nothing about this failure.
  const inReport = scan.codes.filter((c) => c.occurrences.some((o) => o.part === 'report'));
  const codes = inReport.length > 0 ? inReport : scan.codes;
  if (capped) flags.push('codes-capped');
  if (codes.length === 0) flags.push('no-code');
  const groups = readDsn(text, (o) => lines.lineOf(o), (o) => parts.isReturned(o)).slice(0, MAX_DSN_RECIPIENTS);

  // Wording: the start of the report, every DSN group, and the lines around each code in the report.
  const report = parts.reportRanges(WORDING_SCAN_CHARS);
  const scanned = report.reduce((max, [, b]) => Math.max(max, b), 0);
  const ranges: Array<[number, number]> = [...report];
  for (const g of groups) ranges.push([lines.lineStart(g.start), lines.lineEnd(g.end)]);
  const late = codes.flatMap((c) => c.occurrences).filter((o) => o.part === 'report' && o.start >= scanned).sort((a, b) => a.start - b.start);
  for (const o of late.slice(0, MAX_CODE_WINDOWS)) ranges.push([lines.lineStart(o.start), Math.min(text.length, o.end + CODE_WINDOW)]);
  const matches = matchWording(text, ranges, lines).filter((m) => !parts.isReturned(m.start));

  const sources = recognizeSources(matches);
  const primaryGroup = pickGroup(groups);
  const picked = primaryGroup ? pickInGroup(codes, primaryGroup) : pickPrimary(codes);
  const reply = picked.reply?.code;
  const enhanced = picked.enhanced?.code;
  if (enhanced?.cls) {
    const v = vendorCode(enhanced.code, sources.all);
    if (v && !v.requires) sources.add(v.source, 'receiver', undefined);
  }

  const focus = focusLines(text, lines, picked, primaryGroup);
  const classification = classify({ matches, focus, reply, enhanced, recognized: sources.all });
  const outcomeResult = decideOutcome(primaryGroup?.action, reply, enhanced, matches, classification);
  const outcome = outcomeResult.outcome;
  let { reason, confidence } = classification;
  if (outcome === 'success') {
    reason = 'success';
    confidence = outcomeResult.basis === 'dsn-action' || outcomeResult.basis === 'reply-code' ? 'high' : confidence;
  } else if (reason === 'success') {
    reason = 'unknown';
    confidence = 'low';
  }
  if (normalized.binary && confidence !== 'low') confidence = 'low';

  const recipients = groups.filter((g) => g.address !== undefined || g.originalAddress !== undefined).map((g) => recipientOf(g, codes, matches, sources.all, text, lines));
  const readMore = chooseReadMore(reason, confidence, reply, enhanced);

  const evidence = collectEvidence(picked, primaryGroup, classification, reason, outcomeResult, sources, lines);
  const refusedBy = sources.best('receiver');
  const reportedBy = sources.best('reporter');
  const provider = refusedBy?.source ?? reportedBy?.source;
  return {
    text, flags, codes,
    primary: { ...(reply ? { reply } : {}), ...(enhanced ? { enhanced } : {}) },
    reason, confidence, outcome, outcomeBasis: outcomeResult.basis,
    listAdvice: adviceFor(reason, outcome),
    actors: [...REASONS[reason].actors],
    authMechanisms: reason === 'auth-failure' ? classification.auth : [],
    ...(refusedBy ? { refusedBy: refusedBy.source } : {}),
    ...(reportedBy ? { reportedBy: reportedBy.source } : {}),
    ...(provider ? { provider } : {}),
    ...(readMore ? { readMore } : {}),
    evidence,
    recipients,
  };
}

// ---------------------------------------------------------------------------------------------
// Sources

interface SourceHit {
  source: SourceId;
  role: SourceRole;
  priority: number;
  match: WordingMatch | undefined;
}

class Sources {
  readonly all = new Set<SourceId>();
  private readonly hits: SourceHit[] = [];

  add(source: SourceId, role: SourceRole, match: WordingMatch | undefined, priority = 3): void {
    this.all.add(source);
    this.hits.push({ source, role, priority, match });
  }

  /** The most specific source in a role; on a tie, the one named first in the text. */
  best(role: SourceRole): SourceHit | undefined {
    const score = new Map<SourceId, { priority: number; first: number; hit: SourceHit }>();
    for (const h of this.hits) {
      if (h.role !== role) continue;
      const at = h.match?.start ?? Number.MAX_SAFE_INTEGER;
      const s = score.get(h.source);
      if (!s) score.set(h.source, { priority: h.priority, first: at, hit: h });
      else {
        if (h.priority > s.priority) s.hit = h;
        s.priority = Math.max(s.priority, h.priority);
        s.first = Math.min(s.first, at);
      }
    }
    return [...score.values()].sort((a, b) => b.priority - a.priority || a.first - b.first)[0]?.hit;
  }
}

function recognizeSources(matches: readonly WordingMatch[]): Sources {
  const sources = new Sources();
  for (const m of suppressWeaker(matches)) {
    if (m.rule.source) sources.add(m.rule.source, m.rule.role ?? 'receiver', m, m.rule.priority);
  }
  return sources;
}

// ---------------------------------------------------------------------------------------------
// Primary codes

/** The recipient the result describes: the first that failed, else the first delayed, else the first. */
function pickGroup(groups: DsnGroup[]): DsnGroup | undefined {
  return groups.find((g) => g.action === 'failed')
    ?? groups.find((g) => g.action === 'delayed')
    ?? groups.find((g) => g.status !== undefined)
    ?? groups[0];
}

function occurrencesOf<K extends FoundCode['kind']>(codes: FoundCode[], kind: K, from: number, to: number) {
  const out: Array<{ code: Extract<FoundCode, { kind: K }>; at: CodeOccurrence }> = [];
  for (const c of codes) {
    if (c.kind !== kind) continue;
    for (const at of c.occurrences) if (at.start >= from && at.end <= to) out.push({ code: c as Extract<FoundCode, { kind: K }>, at });
  }
  return out.sort((a, b) => a.at.start - b.at.start);
}

/** In a DSN: the Status field, and the reply (and a more precise enhanced code) of Diagnostic-Code. */
function pickInGroup(codes: FoundCode[], group: DsnGroup): Picked {
  const enhanced = occurrencesOf(codes, 'enhanced', group.start, group.end + 1);
  const replies = occurrencesOf(codes, 'reply', group.start, group.end + 1);
  const status = enhanced.find((e) => e.at.context === 'status-field');
  const diagEnhanced = enhanced.find((e) => e.at.context === 'diagnostic-code');
  const diagReply = replies.find((r) => r.at.context === 'diagnostic-code') ?? replies[0];
  let chosen = status ?? diagEnhanced ?? enhanced[0];
  // "Status: 5.0.0" says less than "Diagnostic-Code: smtp; 550 5.1.1" in the same class.
  if (status && diagEnhanced && status.code.detail === 0 && status.code.subject === 0 && diagEnhanced.code.cls === status.code.cls) chosen = diagEnhanced;
  if (!chosen && !diagReply) return pickPrimary(codes);
  return { ...(diagReply ? { reply: diagReply } : {}), ...(chosen ? { enhanced: chosen } : {}) };
}

/** Without a DSN: the first failure code in the best context, paired with the code next to it. */
function pickPrimary(codes: FoundCode[]): Picked {
  const all: Array<{ code: FoundCode; at: CodeOccurrence }> = [];
  for (const c of codes) for (const at of c.occurrences) if (at.part === 'report') all.push({ code: c, at });
  if (all.length === 0) for (const c of codes) for (const at of c.occurrences) all.push({ code: c, at });
  const byRank = (a: { at: CodeOccurrence }, b: { at: CodeOccurrence }) => contextRank(a.at.context) - contextRank(b.at.context) || a.at.start - b.at.start;
  const failures = all.filter((o) => o.code.cls === '4' || o.code.cls === '5').sort(byRank);
  const successes = all.filter((o) => o.code.cls === '2').sort(byRank);
  // 3xx replies and class-neutral codes typed by a person say nothing about the outcome.
  const others = all.filter((o) => o.code.cls === undefined || o.code.cls === '3').sort(byRank);
  const best = failures[0] ?? successes[0] ?? others[0];
  if (!best) return {};
  // The partner is the nearest code of the other kind on the same line, or right across a line
  // break ("said: 552\n    5.2.2 ...", as Postfix wraps replies).
  const distance = (o: { at: CodeOccurrence }) => (o.at.start >= best.at.end ? o.at.start - best.at.end : best.at.start - o.at.end);
  const near = all.filter((o) => o.code.kind !== best.code.kind && (o.at.line === best.at.line || distance(o) <= 12));
  const partner = near.sort((a, b) => distance(a) - distance(b))[0];
  const result: Picked = {};
  for (const o of partner ? [best, partner] : [best]) {
    if (o.code.kind === 'reply') result.reply = { code: o.code, at: o.at };
    else result.enhanced = { code: o.code, at: o.at };
  }
  // "(reason: 550 Host unknown)" and, further on, "550 5.1.2 ... Host unknown": the same reply
  // with its enhanced code.
  if (result.reply && !result.enhanced) {
    const reply = result.reply;
    const pair = all.find((o) => o.code.kind === 'enhanced' && o.code.cls === reply.code.code[0]
      && all.some((r) => r.code === reply.code && o.at.start - r.at.end >= 1 && o.at.start - r.at.end <= 2));
    if (pair && pair.code.kind === 'enhanced') result.enhanced = { code: pair.code, at: pair.at };
  }
  return result;
}

/** Lines whose wording counts double: the primary codes' lines, their continuation lines, the DSN group. */
function focusLines(text: string, lines: LineIndex, picked: Picked, group: DsnGroup | undefined): Array<[number, number]> {
  const focus: Array<[number, number]> = [];
  for (const p of [picked.reply?.at, picked.enhanced?.at]) {
    if (!p) continue;
    let last = p.line;
    while (last < p.line + CONTINUATION_LINES && last < lines.count) {
      const here = lines.bounds(last);
      const { start } = lines.bounds(last + 1);
      const c = text.charAt(start);
      // Indented lines continue a wrapped reply; after a "550-" line, the next "550" line does too.
      const multiline = /^[\s>]*[2-5]\d\d-/.test(text.slice(here.start, here.start + 12)) && /^[\s>]*[2-5]\d\d[- ]/.test(text.slice(start, start + 12));
      if (multiline || ((c === ' ' || c === '\t') && !/^\s*$/.test(text.slice(start, lines.bounds(last + 1).end)))) last++;
      else break;
    }
    focus.push([p.line, last]);
  }
  if (group) focus.push([lines.lineOf(group.start), lines.lineOf(group.end)]);
  return focus;
}

// ---------------------------------------------------------------------------------------------
// Outcome

interface OutcomeResult {
  outcome: Outcome;
  basis: BounceAnalysis['outcomeBasis'];
  hint?: WordingMatch;
}

const ACTION_OUTCOME: Record<DsnAction, Outcome> = {
  failed: 'permanent', delayed: 'transient', delivered: 'success', relayed: 'success', expanded: 'success',
};

function fromClass(cls: string | undefined): Outcome | undefined {
  if (cls === '2') return 'success';
  if (cls === '4') return 'transient';
  if (cls === '5') return 'permanent';
  return undefined;
}

function decideOutcome(
  action: DsnAction | undefined, reply: FoundReplyCode | undefined, enhanced: FoundEnhancedCode | undefined,
  matches: readonly WordingMatch[], classification: Classification,
): OutcomeResult {
  if (action) return { outcome: ACTION_OUTCOME[action], basis: 'dsn-action' };
  // The reply code is what the sending server acts on, so it wins over a disagreeing enhanced code.
  const byReply = fromClass(reply?.cls);
  if (byReply) return { outcome: byReply, basis: 'reply-code' };
  const byEnhanced = fromClass(enhanced?.cls);
  if (byEnhanced) return { outcome: byEnhanced, basis: 'enhanced-code' };
  const hints = matches.filter((m) => m.rule.outcome).sort((a, b) => b.rule.priority - a.rule.priority || a.start - b.start);
  const hint = hints[0];
  if (hint?.rule.outcome) return { outcome: hint.rule.outcome, basis: 'wording', hint };
  if (classification.reason !== 'unknown' && classification.confidence !== 'low') {
    return { outcome: REASONS[classification.reason].outcome, basis: 'reason' };
  }
  return { outcome: 'unknown', basis: 'none' };
}

// ---------------------------------------------------------------------------------------------
// Recipients

function recipientOf(
  g: DsnGroup, codes: FoundCode[], matches: readonly WordingMatch[], recognized: ReadonlySet<SourceId>, text: string, lines: LineIndex,
): DsnRecipient {
  const picked = pickInGroup(codes, g);
  const inGroup = matches.filter((m) => m.start >= lines.lineStart(g.start) && m.end <= lines.lineEnd(g.end));
  const own = picked.reply || picked.enhanced ? picked : {};
  const focus = focusLines(text, lines, own, g);
  const c = classify({ matches: inGroup, focus, reply: own.reply?.code, enhanced: own.enhanced?.code, recognized });
  const o = decideOutcome(g.action, own.reply?.code, own.enhanced?.code, inGroup, c);
  const reason: ReasonId = o.outcome === 'success' ? 'success' : c.reason === 'success' ? 'unknown' : c.reason;
  return {
    address: g.address ?? g.originalAddress ?? '',
    ...(g.originalAddress !== undefined && g.address !== undefined ? { originalAddress: g.originalAddress } : {}),
    ...(g.action ? { action: g.action } : {}),
    ...(g.status ? { status: g.status } : {}),
    ...(g.diagnostic ? { diagnostic: g.diagnostic } : {}),
    ...(g.remoteMta ? { remoteMta: g.remoteMta } : {}),
    outcome: o.outcome, reason, listAdvice: adviceFor(reason, o.outcome), start: g.start, end: g.end,
  };
}

// ---------------------------------------------------------------------------------------------
// Read more, evidence

function chooseReadMore(reason: ReasonId, confidence: BounceAnalysis['confidence'], reply?: FoundReplyCode, enhanced?: FoundEnhancedCode): ReadMore | undefined {
  const section = REASONS[reason].section;
  const fallback = REASONS[reason].fallbackSlug;
  if (enhanced?.hasPage) return { slug: enhanced.pageSlug, section };
  if (fallback && confidence !== 'low' && reason !== 'unknown') return { slug: fallback, section };
  if (reply?.hasPage) return { slug: reply.pageSlug, section };
  if (fallback) return { slug: fallback, section };
  return undefined;
}

const MAX_WORDING_EVIDENCE = 6;

function collectEvidence(
  picked: Picked, group: DsnGroup | undefined, classification: Classification, reason: ReasonId, outcome: OutcomeResult,
  sources: Sources, lines: LineIndex,
): Evidence[] {
  const evidence: Evidence[] = [];
  for (const p of [picked.reply, picked.enhanced]) {
    if (!p) continue;
    evidence.push({ kind: 'code', code: p.code.code, codeKind: p.code.kind, context: p.at.context, text: p.at.text, start: p.at.start, end: p.at.end, line: p.at.line });
  }
  if (group) {
    for (const f of group.fields) {
      if (f.name !== 'Action' && f.name !== 'Status' && f.name !== 'Diagnostic-Code') continue;
      if (f.name === 'Diagnostic-Code' && !group.action && !group.status) continue;
      evidence.push({ kind: 'dsn-field', field: f.name, value: f.value, text: f.value, start: f.valueStart, end: f.valueStart + f.value.length, line: f.line });
    }
  }
  const seen = new Set<string>();
  const addWording = (m: WordingMatch) => {
    if (seen.has(m.rule.id)) return;
    seen.add(m.rule.id);
    evidence.push(wordingEvidence(m));
  };
  if (reason === classification.reason) for (const m of classification.supporting.slice(0, MAX_WORDING_EVIDENCE)) addWording(m);
  if (outcome.hint) addWording(outcome.hint);
  for (const role of ['receiver', 'reporter'] as const) {
    const hit = sources.best(role);
    const m = hit?.match;
    if (!hit || !m || seen.has(m.rule.id)) continue;
    if (m.rule.reason || m.rule.outcome) addWording(m);
    else {
      seen.add(m.rule.id);
      evidence.push({ kind: 'fingerprint', ruleId: m.rule.id, source: hit.source, role, text: m.text, start: m.start, end: m.end, line: lines.lineOf(m.start) });
    }
  }
  return evidence.sort((a, b) => a.start - b.start);
}

function wordingEvidence(m: WordingMatch): Evidence {
  return {
    kind: 'wording', ruleId: m.rule.id, text: m.text, start: m.start, end: m.end, line: m.line,
    ...(m.rule.reason ? { reason: m.rule.reason } : {}),
    ...(m.rule.outcome ? { outcome: m.rule.outcome } : {}),
    ...(m.rule.source ? { source: m.rule.source } : {}),
  };
}
