/**
 * Types (and the value lists they are made from) shared by the bounce analyzer. Everything here is language-neutral: ids, offsets and
 * facts. The words a reader sees live in src/i18n/analyzer/.
 */
import type { EnhancedClass } from '../registry';
import type { ReasonId } from './reasons';
import type { SourceId, SourceRole } from './sources';

/** What happened to the message, from the codes (2 success, 4 transient, 5 permanent). */
export const OUTCOMES = ['success', 'transient', 'permanent', 'unknown'] as const;
export type Outcome = (typeof OUTCOMES)[number];

/** What a mailing-list owner should do with the address. */
export const LIST_ADVICE = ['remove', 'keep', 'remove-if-repeated'] as const;
export type ListAdvice = (typeof LIST_ADVICE)[number];

/** Who has to do something. */
export const ACTORS = ['sender', 'sender-admin', 'recipient', 'recipient-admin'] as const;
export type Actor = (typeof ACTORS)[number];

/** The anchors of a code page's sections (#sender, #admin, #recipient). */
export const SECTIONS = ['sender', 'admin', 'recipient'] as const;
export type Section = (typeof SECTIONS)[number];

export const CONFIDENCES = ['high', 'medium', 'low'] as const;
export type Confidence = (typeof CONFIDENCES)[number];

/** Authentication mechanisms an auth-failure can name. */
export const AUTH_MECHANISMS = ['spf', 'dkim', 'dmarc', 'arc'] as const;
export type AuthMechanism = (typeof AUTH_MECHANISMS)[number];

/** Where a code was recognised, from the most to the least telling. */
export const CODE_CONTEXTS = [
  /** A DSN "Status:" field. */
  'status-field',
  /** A DSN "Diagnostic-Code:" field (or an MTA's own diagnostic field). */
  'diagnostic-code',
  /** After "said:", "returned '", "smtp;", "The response ... was:", "SMTP error ... RCPT TO:<x>:" and the like. */
  'server-said',
  /** "#5.1.1" or "(#5.7.1)", as Exchange and qmail write enhanced codes. */
  'hash',
  /** A log field such as Postfix "dsn=5.1.1". */
  'log-field',
  /** A reply code followed by an enhanced code ("550 5.1.1"), with no better context. */
  'paired',
  /** A reply at the start of a line, as in an SMTP transcript. */
  'line-start',
  /** Anywhere else: typed by a person, quoted in prose. */
  'plain-text',
] as const;
export type CodeContext = (typeof CODE_CONTEXTS)[number];

/** Which part of the pasted text an offset falls in. */
export type MessagePart =
  /** The report itself: the human-readable text and the delivery-status fields. */
  | 'report'
  /** The copy of the original message (or its headers) that bounces carry at the end. */
  | 'returned';

/** One place where a code appears. Offsets are into the normalized text, end exclusive. */
export interface CodeOccurrence {
  start: number;
  end: number;
  /** 1-based line number in the normalized text. */
  line: number;
  context: CodeContext;
  part: MessagePart;
  /** The exact characters matched, e.g. "550", "5.1.1", "#5.1.1". */
  text: string;
}

interface FoundCodeBase {
  /** The code as the registry spells it: "550", "5.1.1", or "x.7.1" when typed class-neutral. */
  code: string;
  /** Whether the site has a page for exactly this code. */
  hasPage: boolean;
  /**
   * The slug of the closest page: the code's own page when it has one, otherwise the page of its
   * class (5xx) or subject (x.7.x).
   */
  pageSlug: string;
  /** Where it first appears, and the best context it was seen in. */
  start: number;
  end: number;
  line: number;
  context: CodeContext;
  /** Every kept occurrence, in text order. */
  occurrences: CodeOccurrence[];
}

export interface FoundReplyCode extends FoundCodeBase {
  kind: 'reply';
  /** First digit: '2' success, '3' intermediate, '4' transient, '5' permanent. */
  cls: '2' | '3' | '4' | '5';
}

export interface FoundEnhancedCode extends FoundCodeBase {
  kind: 'enhanced';
  /** Class-neutral registry form, e.g. "x.1.1". */
  neutral: string;
  subject: number;
  detail: number;
  /** Absent when the text gave the class-neutral form ("X.7.1"). */
  cls?: EnhancedClass;
}

export type FoundCode = FoundReplyCode | FoundEnhancedCode;

export interface FindCodesResult {
  codes: FoundCode[];
  /** True when more occurrences existed than MAX_CODE_OCCURRENCES; the rest were not kept. */
  capped: boolean;
}

/** A part of the pasted text the analysis relied on. Offsets are into the normalized text. */
export type Evidence =
  | (EvidenceSpan & { kind: 'code'; code: string; codeKind: 'reply' | 'enhanced'; context: CodeContext })
  | (EvidenceSpan & { kind: 'dsn-field'; field: DsnFieldName; value: string })
  | (EvidenceSpan & { kind: 'wording'; ruleId: string; reason?: ReasonId; outcome?: Outcome; source?: SourceId })
  | (EvidenceSpan & { kind: 'fingerprint'; ruleId: string; source: SourceId; role: SourceRole });

export interface EvidenceSpan {
  /** The exact substring of the normalized text. */
  text: string;
  start: number;
  end: number;
  line: number;
}

export type DsnFieldName =
  | 'Final-Recipient'
  | 'Original-Recipient'
  | 'Action'
  | 'Status'
  | 'Remote-MTA'
  | 'Diagnostic-Code'
  | 'Will-Retry-Until'
  | 'Last-Attempt-Date';

/** RFC 3464 action values. */
export const DSN_ACTIONS = ['failed', 'delayed', 'delivered', 'relayed', 'expanded'] as const;
export type DsnAction = (typeof DSN_ACTIONS)[number];

/** One recipient of a delivery status notification, with its own result. */
export interface DsnRecipient {
  /** The Final-Recipient address, or the Original-Recipient one when that is all there is. */
  address: string;
  originalAddress?: string;
  action?: DsnAction;
  /** The Status field as written ("5.1.1"). */
  status?: string;
  /** The Diagnostic-Code text after its type ("550 5.1.1 <bob@example.com>: ..."). */
  diagnostic?: string;
  remoteMta?: string;
  outcome: Outcome;
  reason: ReasonId;
  listAdvice: ListAdvice;
  /** Offsets of the recipient's group of fields in the normalized text. */
  start: number;
  end: number;
}

export const ANALYSIS_FLAGS = [
  /** Nothing but whitespace was pasted. */
  'empty',
  /** No reply code and no enhanced status code was found. */
  'no-code',
  /** The input was longer than MAX_INPUT_CHARS and only its beginning was read. */
  'truncated',
  /** The input looked like HTML; tags were removed before reading it. */
  'html',
  /** A large share of the input was control characters or undecodable bytes. */
  'binary',
  /** More code occurrences than MAX_CODE_OCCURRENCES; only the first ones were kept. */
  'codes-capped',
  /** Quoted-printable encoding was decoded. */
  'quoted-printable',
] as const;
export type AnalysisFlag = (typeof ANALYSIS_FLAGS)[number];

/** The page of the site worth reading, and which section of it. */
export interface ReadMore {
  /** Slug of the page (e.g. "5.1.1", "550", "x.7.x"). */
  slug: string;
  section: Section;
}

export interface BounceAnalysis {
  /** The text the offsets refer to: the input after normalize(). */
  text: string;
  flags: AnalysisFlag[];
  /**
   * Every code found, distinct, most telling first. Codes seen only in the returned copy of the
   * original message are left out, unless there is nothing else.
   */
  codes: FoundCode[];
  /** The codes that best describe the result. */
  primary: { reply?: FoundReplyCode; enhanced?: FoundEnhancedCode };
  reason: ReasonId;
  confidence: Confidence;
  outcome: Outcome;
  /** What the outcome was read from. */
  outcomeBasis: 'dsn-action' | 'reply-code' | 'enhanced-code' | 'wording' | 'reason' | 'none';
  listAdvice: ListAdvice;
  /** Who has to act, most important first. Empty when nobody has to (success, greylisting). */
  actors: Actor[];
  /** For auth-failure: which mechanisms the text or code names. */
  authMechanisms: AuthMechanism[];
  /** The system whose refusal the text quotes (the recipient's provider, a filter, an MTA). */
  refusedBy?: SourceId;
  /** The system that wrote the report. */
  reportedBy?: SourceId;
  /** refusedBy, else reportedBy. */
  provider?: SourceId;
  readMore?: ReadMore;
  evidence: Evidence[];
  /** Recipients listed in a DSN, each with its own result. */
  recipients: DsnRecipient[];
}
