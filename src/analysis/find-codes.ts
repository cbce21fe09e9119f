/**
 * Finds reply codes (550) and enhanced status codes (5.1.1, X.7.1) in pasted text, in the shapes
 * servers and MTAs write them, and leaves alone the numbers around them: dates, times, IP
 * addresses, ports, sizes, message and queue ids, software versions.
 *
 * A three-digit number counts as a reply code only in reply context: followed by an enhanced code,
 * after "said:", "smtp;", "returned '", "error", "The response ... was:", at the start of a line
 * with reply-like text after it, or followed by typical reply text. An enhanced code that the
 * registry does not list (Microsoft's 5.7.509) needs the same kind of context; a registered one is
 * accepted anywhere its boundaries are clean, except inside version strings and ordinary headers.
 */
import { getCode } from '../registry';
import { LineIndex } from './lines';
import { MessageParts } from './parts';
import type { CodeContext, CodeOccurrence, FindCodesResult, FoundCode, FoundEnhancedCode, FoundReplyCode, MessagePart } from './types';

/** Occurrences kept; a bounce rarely has more than twenty. */
export const MAX_CODE_OCCURRENCES = 200;
/** Candidate numbers examined before giving up: bounds the work on pathological input. */
export const MAX_CODE_CANDIDATES = 200_000;

const CONTEXT_RANK: Record<CodeContext, number> = {
  'status-field': 0,
  'diagnostic-code': 1,
  'server-said': 2,
  hash: 3,
  'log-field': 3,
  paired: 4,
  'line-start': 5,
  'plain-text': 6,
};

export function contextRank(context: CodeContext): number {
  return CONTEXT_RANK[context];
}

const CANDIDATE = /[2-5]\d\d|[245xX]\.\d{1,3}\.\d{1,3}/g;
/** An enhanced code right after a reply code: "550 5.1.1", "550-5.1.1", "550 #5.1.1". */
const PAIR = /[ -]#?[245]\.[0-7]\.(?:0|[1-9]\d{0,2})(?![\w@]|[.:/-]\w)/y;

/** Text before a reply code that says a server's answer follows (the colon or semicolon is required). */
const SAID_PUNCT = new RegExp(
  String.raw`(?:\bsaid|\bsmtp|\besmtp|\breturned|\breplied|\bresponded|\banswered|\bresponse(?:\s+was)?|\breply(?:\s+was)?|\berror|\breason|\bwas|\bdiagnostic|\bstatus|\bcode|\bLED|\bdetails?|` +
    String.raw`\btalk\s+to\s+me|\bTO\s*:\s*<[^<>\n]{0,320}>|\bFROM\s*:\s*<[^<>\n]{0,320}>[^:\n]{0,200}|\bend\s+of\s+data|\bDATA|\binitial\s+connection|\bgreeting|\b[EH]LO\b[^:\n]{0,100})` +
    String.raw`\s*[:;=]\s*['"(<\[]?\s*$`,
  'i',
);
/** The same without punctuation: "Remote Server returned '550", "error 550". */
const SAID_WORD = /\b(?:said|returned|replied|responded|answered|error|code|response|reply|rejected\s+with|failed\s+with)\s*['"(<[]?\s*$/i;
/** What may precede a reply at the start of a line: indentation, quote marks, transcript arrows and "S:". */
const LINE_LEAD = /^[\s>|*<-]*(?:(?:S|R|Server|RECV|in)[ \t]*:[ \t]*)?$/;

/** Words that start a server reply text. A digit-led number followed by one of them reads as a reply. */
const REPLY_WORDS = String.raw`requested|service|mailbox|user|recipient|sender|relay|relaying|access|authentication|syntax|sorry|unknown|unrouteable|unroutable|rejected|denied|blocked|invalid|temporarily|temporary|insufficient|transaction|greylisted|greylisting|policy|quota|address|helo|ehlo|unable|cannot|refused|verification|internal|resources|rejecting|spam|delivery|domain|account|message|mail|too|try|please|local|error|command|ok|closing|not|no|bad|must|your|this|the|we|system|server|connection|tls|starttls|hello|bye|goodbye|pipelining|esmtp|size|8bitmime|auth|enhancedstatuscodes|dsn|smtputf8|chunking|help|queued|accepted|start|data|dd`;
const AFTER_LINE_START = new RegExp(String.raw`^(?:[<\["'(#]|[A-Z]|(?:${REPLY_WORDS})\b|[a-z0-9-]{1,63}(?:\.[a-z0-9-]{1,63}){1,8}\b)`, 'i');
/** Mid-line, with nothing before it, only words that hardly start anything but a reply. */
const AFTER_MID_LINE = /^(?:requested|service\s+(?:not\s+)?(?:available|unavailable)|mailbox|user\s+unknown|recipient|sender|relay|relaying|access\s+denied|authentication|syntax|sorry|unknown\s+user|unrouteable|unroutable|rejected|denied|blocked|invalid|temporarily|insufficient|transaction\s+failed|greylisted|policy|quota|helo|unable|refused|verification)\b/i;
/** Units and nouns that turn a number into a quantity: "250 messages", "421 bytes". */
const QUANTITY = /^(?:bytes?|octets?|[kmgt]i?b\b|kbytes|ms\b|s\b|secs?|seconds?|minutes?|mins?|hours?|hrs?|days?|weeks?|times?|messages|msgs|recipients|connections|users|items|emails|mails|percent|%|x\b)/i;

/** Software names and version words right before a dotted number: "Postfix 2.6.6", "version 5.1.1". */
const VERSION_BEFORE = /(?:\b(?:version|ver|release|rel|build|postfix|exim|sendmail|dovecot|exchange|qmail|openssl|spamassassin|clamav|amavisd(?:-new)?|amavis|courier|zimbra|hmailserver|mdaemon|haraka|opensmtpd|cyrus|thunderbird|outlook|phpmailer|apache|nginx|linux|ubuntu|debian|roundcube|horde|sogo|kerio|icewarp|smartermail|communigate|axigen|domino|groupwise|mailer|python|php|perl|java|firmware|kernel)\s*[:=/]?\s*[([]?\s*v?)$/i;

/** Header fields whose values are not server replies: only a full "550 5.1.1" pair counts there. */
const STRICT_FIELDS = new Set([
  'received', 'date', 'message-id', 'in-reply-to', 'references', 'return-path', 'delivered-to', 'dkim-signature',
  'authentication-results', 'received-spf', 'mime-version', 'user-agent', 'thread-index', 'thread-topic', 'importance',
  'priority', 'sender', 'reply-to', 'arrival-date', 'last-attempt-date', 'will-retry-until', 'reporting-mta', 'remote-mta',
  'received-from-mta', 'final-recipient', 'original-recipient', 'original-envelope-id', 'action', 'from', 'to', 'cc', 'bcc',
  'organization', 'accept-language', 'content-language', 'precedence', 'auto-submitted', 'feedback-type', 'domainkey-signature',
]);
const STRICT_PREFIXES = ['x-', 'arc-', 'list-', 'content-', 'resent-'];

type FieldKind = 'status' | 'diagnostic' | 'strict' | 'none';

const FIELD_NAME = /^([A-Za-z][A-Za-z0-9-]{0,60}):/;

function fieldKind(line: string): FieldKind {
  const m = FIELD_NAME.exec(line);
  if (!m) return 'none';
  const name = (m[1] ?? '').toLowerCase();
  if (name === 'status') return 'status';
  if (name.includes('diagnostic')) return 'diagnostic';
  if (STRICT_FIELDS.has(name) || STRICT_PREFIXES.some((p) => name.startsWith(p))) return 'strict';
  return 'none';
}

const isDigit = (c: string | undefined): boolean => c !== undefined && c >= '0' && c <= '9';
const isWordChar = (c: string | undefined): boolean => c !== undefined && /\w/.test(c);

export function findCodes(text: string): FoundCode[] {
  return scanCodes(text).codes;
}

/** findCodes, plus whether occurrences were capped. */
export function scanCodes(text: string, lines = new LineIndex(text), parts = new MessageParts(text)): FindCodesResult {
  const scanner = new Scanner(text, lines, parts);
  return scanner.run();
}

class Scanner {
  private readonly fieldCache = new Map<number, FieldKind>();
  private readonly occurrences: Array<CodeOccurrence & { key: string; kind: 'reply' | 'enhanced' }> = [];
  private capped = false;
  /** End offset and context of the last accepted reply code, so a following enhanced code can inherit it. */
  private lastReply: { end: number; context: CodeContext } | undefined;

  constructor(
    private readonly text: string,
    private readonly lines: LineIndex,
    private readonly parts: MessageParts,
  ) {}

  run(): FindCodesResult {
    const re = new RegExp(CANDIDATE.source, 'g');
    let candidates = 0;
    let m: RegExpExecArray | null;
    while ((m = re.exec(this.text)) !== null) {
      if (++candidates > MAX_CODE_CANDIDATES) break;
      const i = m.index;
      const token = m[0];
      const occurrence = token.length === 3 ? this.reply(i) : this.enhanced(i, token);
      if (!occurrence) {
        // Inside a longer number nothing can be a code: skip the digits. Otherwise retry one
        // character later, since the match may have swallowed the start of a real code.
        let next = i + 1;
        if (token.length === 3 && isDigit(this.text[i + 3])) {
          next = i + 3;
          while (isDigit(this.text[next])) next++;
        }
        re.lastIndex = next;
        continue;
      }
      if (this.occurrences.length >= MAX_CODE_OCCURRENCES) {
        this.capped = true;
        break;
      }
      this.occurrences.push(occurrence);
      re.lastIndex = occurrence.end;
    }
    return { codes: group(this.occurrences), capped: this.capped };
  }

  private field(offset: number): FieldKind {
    const start = this.lines.lineStart(offset);
    let kind = this.fieldCache.get(start);
    if (kind === undefined) {
      kind = fieldKind(this.text.slice(start, Math.min(start + 64, this.text.length)));
      this.fieldCache.set(start, kind);
    }
    return kind;
  }

  private part(offset: number): MessagePart {
    return this.parts.isReturned(offset) ? 'returned' : 'report';
  }

  /** True when the text before `offset` on its line says a server reply follows. */
  private saidBefore(prefix: string): boolean {
    const trimmed = prefix.trimEnd();
    const last = trimmed.charAt(trimmed.length - 1);
    if (last === '') return false;
    if (':;=\'"(<['.includes(last) && SAID_PUNCT.test(trimmed.slice(-600))) return true;
    return SAID_WORD.test(trimmed.slice(-40));
  }

  /** The previous non-blank line (at most two lines up) ends in "said:", "was:", "RCPT TO:<x>:" ... */
  private saidOnLineAbove(lineStart: number): boolean {
    let end = lineStart - 1;
    for (let hops = 0; hops < 3 && end > 0; hops++) {
      const start = this.text.lastIndexOf('\n', end - 1) + 1;
      const line = this.text.slice(Math.max(start, end - 600), end);
      if (line.trim().length > 0) return this.saidBefore(line);
      end = start - 1;
    }
    return false;
  }

  private reply(i: number): (CodeOccurrence & { key: string; kind: 'reply' }) | undefined {
    const text = this.text;
    const hash = text[i - 1] === '#';
    const before = hash ? text[i - 2] : text[i - 1];
    const after = text[i + 3];
    const after2 = text[i + 4];
    if (after !== undefined && !/[\s\-;,)'"\]>]/.test(after)) {
      // "550." and "550:" end a reply only when no digit or word follows.
      if (!((after === '.' || after === ':') && !isWordChar(after2))) return undefined;
    }
    PAIR.lastIndex = i + 3;
    const paired = PAIR.test(text);
    if (before !== undefined && !/[\s(['";>#,`=*|]/.test(before)) return undefined;
    if (before === '=' && !paired) return undefined;

    const field = this.field(i);
    if (field === 'strict' && !paired) return undefined;
    const lineStart = this.lines.lineStart(i);
    const codeStart = hash ? i - 1 : i;
    const prefix = text.slice(Math.max(lineStart, codeStart - 600), codeStart);
    const rest = text.slice(i + 3, Math.min(i + 83, this.lines.lineEnd(i)));

    let context: CodeContext | undefined;
    // Python's smtplib: SMTPRecipientsRefused {'x': (550, b'5.1.1 ...')}
    if (before === '(' && /^,\s{0,2}b?['"]/.test(rest)) context = 'server-said';
    else if (this.saidBefore(prefix)) context = 'server-said';
    else if (LINE_LEAD.test(prefix)) {
      if (this.saidOnLineAbove(lineStart)) context = 'server-said';
      else if (paired) context = 'paired';
      else if (lineStartReply(rest)) context = 'line-start';
    }
    if (!context && paired) context = 'paired';
    if (!context && /^[ -]/.test(rest) && AFTER_MID_LINE.test(rest.slice(1)) && !QUANTITY.test(rest.slice(1))) context = 'plain-text';
    if (!context) return undefined;
    if (field === 'status') context = 'status-field';
    else if (field === 'diagnostic') context = 'diagnostic-code';

    this.lastReply = { end: i + 3, context };
    return {
      key: text.slice(i, i + 3), kind: 'reply', start: codeStart, end: i + 3, line: this.lines.lineOf(i), context,
      part: this.part(i), text: text.slice(codeStart, i + 3),
    };
  }

  private enhanced(i: number, token: string): (CodeOccurrence & { key: string; kind: 'enhanced' }) | undefined {
    const text = this.text;
    const [clsChar = '', subject = '', detail = ''] = token.split('.');
    // Subjects run from 0 to 7; "4.96.2" is Exim's version, not a status.
    if (subject.length !== 1 || Number(subject) > 7) return undefined;
    if (detail.length > 1 && detail[0] === '0') return undefined;
    const end = i + token.length;
    const after = text[end];
    const after2 = text[end + 1];
    // "5.2.1%" is a quantity, "5.1.1-beta" a version, "5.1.1.4" an address.
    if (after !== undefined && /[\w@%]/.test(after)) return undefined;
    if (after !== undefined && '.:/-'.includes(after) && isWordChar(after2)) return undefined;

    const hash = text[i - 1] === '#';
    const start = hash ? i - 1 : i;
    const before = text[start - 1];
    const neutral = `x.${subject}.${Number(detail)}`;
    const registered = getCode(neutral) !== undefined;
    const isNeutral = clsChar === 'x' || clsChar === 'X';

    let context: CodeContext | undefined;
    if (before === '-' || before === ' ') {
      // "550-5.1.1" / "550 5.1.1": inherit the reply's context.
      if (this.lastReply && this.lastReply.end === start - 1) context = this.lastReply.context === 'line-start' ? 'paired' : this.lastReply.context;
      else if (before === '-') return undefined;
    } else if (before !== undefined && !/[\s(['"`;,=>*|:#]/.test(before)) {
      return undefined;
    }
    if (before === ':' && !/[A-Za-z]/.test(text[start - 2] ?? '')) return undefined;

    const lineStart = this.lines.lineStart(i);
    const prefix = text.slice(Math.max(lineStart, start - 600), start);
    if (!context && VERSION_BEFORE.test(prefix.slice(-60))) return undefined;

    const field = this.field(i);
    if (!context) {
      if (hash) context = 'hash';
      else if (before === '=') context = 'log-field';
      else if (this.saidBefore(prefix)) context = 'server-said';
      else if (LINE_LEAD.test(prefix) && /^ +[A-Za-z<[]/.test(text.slice(end, end + 3))) context = 'line-start';
      else context = 'plain-text';
    }
    if (field === 'strict' && context !== 'paired' && context !== 'hash') return undefined;
    // Codes the registry does not list ("5.7.509") need a context that shows they are codes.
    const strong = context !== 'plain-text' || field === 'status';
    if (!registered && (isNeutral || !strong)) return undefined;
    if (field === 'status') context = 'status-field';
    else if (field === 'diagnostic' && contextRank(context) > contextRank('diagnostic-code')) context = 'diagnostic-code';

    const key = isNeutral ? neutral : `${clsChar}.${subject}.${Number(detail)}`;
    return { key, kind: 'enhanced', start, end, line: this.lines.lineOf(i), context, part: this.part(i), text: text.slice(start, end) };
  }
}

/** After a reply at the start of a line: reply-like text, another code, or nothing at all. */
function lineStartReply(rest: string): boolean {
  if (rest.length === 0 || /^\s*$/.test(rest)) return true;
  const sep = rest[0];
  const body = rest.slice(1);
  if (sep === '-') return /^[A-Za-z<[("']/.test(body) || /^\s/.test(body);
  // "554: delivery error: dd ..." (Yahoo) reads like "554 delivery error".
  if (sep !== ' ' && sep !== '\t' && sep !== ':') return false;
  const word = body.trimStart();
  if (isDigit(word[0])) return /^\d\s+[A-Za-z]/.test(word); // Yahoo's "552 1 Requested mail action aborted"
  if (QUANTITY.test(word)) return false;
  return AFTER_LINE_START.test(word);
}

function group(occurrences: Array<CodeOccurrence & { key: string; kind: 'reply' | 'enhanced' }>): FoundCode[] {
  const byKey = new Map<string, { kind: 'reply' | 'enhanced'; list: CodeOccurrence[] }>();
  for (const o of occurrences) {
    const { key, kind, ...occurrence } = o;
    const entry = byKey.get(key);
    if (entry) entry.list.push(occurrence);
    else byKey.set(key, { kind, list: [occurrence] });
  }
  const found: FoundCode[] = [];
  for (const [key, { kind, list }] of byKey) found.push(kind === 'reply' ? replyCode(key, list) : enhancedCode(key, list));
  return found.sort((a, b) => relevance(a) - relevance(b) || a.start - b.start);
}

/** Lower is more relevant: the best context, with codes seen only in the returned message last. */
function relevance(code: FoundCode): number {
  const inReport = code.occurrences.filter((o) => o.part === 'report');
  if (inReport.length === 0) return 100 + contextRank(code.context);
  return Math.min(...inReport.map((o) => contextRank(o.context)));
}

function best(list: CodeOccurrence[]): CodeContext {
  return list.reduce((acc, o) => (contextRank(o.context) < contextRank(acc) ? o.context : acc), 'plain-text' as CodeContext);
}

function replyCode(code: string, list: CodeOccurrence[]): FoundReplyCode {
  const first = list[0] as CodeOccurrence;
  const hasPage = getCode(code) !== undefined;
  return {
    kind: 'reply', code, cls: code[0] as FoundReplyCode['cls'], hasPage, pageSlug: hasPage ? code : `${code[0]}xx`,
    start: first.start, end: first.end, line: first.line, context: best(list), occurrences: list,
  };
}

function enhancedCode(code: string, list: CodeOccurrence[]): FoundEnhancedCode {
  const first = list[0] as CodeOccurrence;
  const [clsChar = 'x', subject = '0', detail = '0'] = code.split('.');
  const neutral = `x.${subject}.${detail}`;
  const hasPage = getCode(neutral) !== undefined;
  const cls = clsChar === '2' || clsChar === '4' || clsChar === '5' ? clsChar : undefined;
  return {
    kind: 'enhanced', code, neutral, subject: Number(subject), detail: Number(detail), ...(cls ? { cls } : {}),
    hasPage, pageSlug: hasPage ? code : `x.${subject}.x`,
    start: first.start, end: first.end, line: first.line, context: best(list), occurrences: list,
  };
}
