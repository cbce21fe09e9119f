/**
 * Prepares pasted text for reading: caps its size, removes control junk, normalises line ends,
 * decodes quoted-printable, strips HTML tags and unfolds header-field continuation lines. Every
 * offset the analyzer reports refers to the text this returns.
 */

/**
 * The most characters read (1 MiB of UTF-16 code units). A bounce with its returned headers is
 * rarely above 100 KB; what lies beyond this is almost always an attached original message.
 */
export const MAX_INPUT_CHARS = 1_048_576;

export interface NormalizedText {
  text: string;
  /** The input was longer than MAX_INPUT_CHARS and was cut (at a line end when one was near). */
  truncated: boolean;
  /** Tags were removed because the input looked like HTML. */
  html: boolean;
  /** Much of the input was control characters or undecodable bytes. */
  binary: boolean;
  /** Quoted-printable was decoded. */
  quotedPrintable: boolean;
  /** Length of the input before anything was done to it. */
  originalLength: number;
}

export function normalize(input: string): NormalizedText {
  const originalLength = input.length;
  let text = input;
  let truncated = false;
  if (text.length > MAX_INPUT_CHARS) {
    text = capLength(text, MAX_INPUT_CHARS);
    truncated = true;
  }

  const binary = looksBinary(text);
  text = stripControls(text);
  text = text.replace(/\r\n?/g, '\n');

  let quotedPrintable = false;
  const qp = decodeQuotedPrintable(text);
  if (qp !== undefined) {
    text = qp;
    quotedPrintable = true;
  }

  let html = false;
  if (looksLikeHtml(text)) {
    text = stripHtml(text);
    html = true;
  }

  text = unfoldFields(text);
  return { text, truncated, html, binary, quotedPrintable, originalLength };
}

/** Cuts at the last line end in the final 4 KB before the cap, so no code is cut in half. */
function capLength(text: string, max: number): string {
  const newline = text.lastIndexOf('\n', max);
  let end = newline > max - 4096 ? newline : max;
  // Never split a surrogate pair.
  const code = text.charCodeAt(end - 1);
  if (code >= 0xd800 && code <= 0xdbff) end -= 1;
  return text.slice(0, end);
}

const JUNK = /[\x00-\x08\x0e-\x1f\x7f-\x9f\ufffd]/g;

/** More than 10% control characters or replacement characters: not a text someone copied. */
function looksBinary(text: string): boolean {
  if (text.length === 0) return false;
  // A sample is enough to decide and keeps this cheap on 1 MB inputs.
  const sample = text.length > 65_536 ? text.slice(0, 32_768) + text.slice(-32_768) : text;
  const junk = sample.match(JUNK)?.length ?? 0;
  return junk / sample.length > 0.1;
}

function stripControls(text: string): string {
  // NUL between every character is UTF-16 read as bytes: dropping it gives the text back.
  return text
    .replace(/\x00/g, '')
    .replace(/[\x0b\x0c]/g, '\n')
    .replace(/[\x01-\x08\x0e-\x1f\x7f-\x9f\ufffd]/g, ' ');
}

const QP_HEADER = /^content-transfer-encoding:[ \t]*quoted-printable[ \t]*$/gim;
const BOUNDARY_PARAM = /boundary="?([^";\s]{1,200})"?/gi;
const QP_MARKER = /=(?:3D|20|09|[C-F][0-9A-F]=[89AB][0-9A-F])/g;

/**
 * Decodes quoted-printable where the text says it is (MIME part headers) or, without MIME headers,
 * when soft line breaks or typical escapes (=3D, =20, UTF-8 pairs) show it. Returns undefined when
 * nothing was decoded.
 */
function decodeQuotedPrintable(text: string): string | undefined {
  QP_HEADER.lastIndex = 0;
  const headers = [...text.matchAll(QP_HEADER)];
  if (headers.length > 0) {
    const boundaries = [...text.matchAll(BOUNDARY_PARAM)].map((m) => `\n--${m[1] ?? ''}`);
    let out = '';
    let pos = 0;
    for (const h of headers) {
      const blank = text.indexOf('\n\n', h.index);
      if (blank < 0 || blank < pos) continue;
      const from = blank + 2;
      // The part ends at the next line that starts with one of the message's MIME boundaries.
      let to = text.length;
      for (const b of boundaries) {
        const at = text.indexOf(b, from - 1);
        if (at >= 0 && at + 1 < to) to = at + 1;
      }
      out += text.slice(pos, from) + decodeQp(text.slice(from, to), true);
      pos = to;
    }
    return out + text.slice(pos);
  }
  const markers = countMatches(text, QP_MARKER, 2);
  const softBreaks = hasSoftBreak(text);
  if (!softBreaks && markers < 2) return undefined;
  return decodeQp(text, markers >= 1, false);
}

function countMatches(text: string, re: RegExp, enough: number): number {
  re.lastIndex = 0;
  let n = 0;
  while (n < enough && re.exec(text)) n++;
  re.lastIndex = 0;
  return n;
}

/**
 * A soft break is "=" ending a line of at most 76 characters. Lines made only of base64 characters
 * are left alone: "=" there is padding.
 */
/** Removes trailing spaces and tabs without a regex (see stripHtml). */
function trimEnd(line: string): string {
  let end = line.length;
  while (end > 0 && (line[end - 1] === ' ' || line[end - 1] === '\t')) end--;
  return end === line.length ? line : line.slice(0, end);
}

function isSoftBreakLine(line: string): boolean {
  const trimmed = trimEnd(line);
  return trimmed.endsWith('=') && !trimmed.endsWith('==') && trimmed.length <= 77 && /[^A-Za-z0-9+/=]/.test(trimmed);
}

function hasSoftBreak(text: string): boolean {
  let pos = text.indexOf('=\n');
  let seen = 0;
  // Looking at the first few candidates is enough, and keeps 1 MB of "=\n" cheap.
  while (pos >= 0 && seen < 50) {
    const lineStart = text.lastIndexOf('\n', pos - 1) + 1;
    if (isSoftBreakLine(text.slice(lineStart, pos + 1))) return true;
    pos = text.indexOf('=\n', pos + 2);
    seen++;
  }
  return false;
}

const utf8 = new TextDecoder('utf-8', { fatal: true });

function decodeQp(body: string, escapes: boolean, declared = true): string {
  const lines = body.split('\n');
  let joined = '';
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] ?? '';
    const soft = declared ? /=[ \t]*$/.test(line) : isSoftBreakLine(line);
    if (soft && i < lines.length - 1) joined += line.replace(/=[ \t]*$/, '');
    else joined += line + (i < lines.length - 1 ? '\n' : '');
  }
  if (!escapes) return joined;
  // Runs of escapes are bytes: decode them as UTF-8, or as Latin-1 when they are not valid UTF-8.
  return joined.replace(/(?:=[0-9A-F]{2}){1,256}/g, (run) => {
    const bytes = new Uint8Array(run.length / 3);
    for (let i = 0; i < bytes.length; i++) bytes[i] = parseInt(run.slice(i * 3 + 1, i * 3 + 3), 16);
    try {
      return utf8.decode(bytes);
    } catch {
      return String.fromCharCode(...bytes);
    }
  });
}

const HTML_SIGNS = /<(?:html|body|head|div|p|br|table|td|span|font)\b[^<>]{0,500}>/gi;

export function looksLikeHtml(text: string): boolean {
  return countMatches(text, HTML_SIGNS, 3) >= 3 || /<html[\s>]|<body[\s>]|<!doctype html/i.test(text.slice(0, 65_536));
}

const BLOCK_TAGS = new Set(['br', 'p', 'div', 'tr', 'li', 'table', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'pre', 'blockquote', 'hr', 'ul', 'ol', 'body', 'html', 'title']);
// Only real HTML tag names: "<bob@example.com>" and "<id@host>" are addresses and must stay.
const TAG = /<\/?([a-z][a-z0-9]{0,9})(?=[\s/>])(?:[^<>"']|"[^"]{0,2000}"|'[^']{0,2000}'){0,4000}\/?>/gi;
const HTML_TAG_NAMES = new Set([
  'html', 'head', 'body', 'div', 'p', 'span', 'br', 'table', 'tbody', 'thead', 'tfoot', 'tr', 'td', 'th', 'font', 'b', 'i', 'u',
  'strong', 'em', 'a', 'ul', 'ol', 'li', 'hr', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'pre', 'code', 'title', 'meta', 'img', 'center',
  'blockquote', 'small', 'big', 'sup', 'sub', 'tt', 'link', 'base', 'col', 'colgroup', 'caption', 'label', 'section', 'article',
  'header', 'footer', 'main', 'nav', 'o', 'v', 'xml',
]);

function stripHtml(text: string): string {
  let out = removeElements(text, 'style');
  out = removeElements(out, 'script');
  out = removeElements(out, 'head');
  out = out.replace(/<!--[\s\S]{0,20000}?-->/g, ' ');
  out = out.replace(TAG, (tag, name: string) => {
    const lower = name.toLowerCase();
    if (!HTML_TAG_NAMES.has(lower)) return tag;
    return BLOCK_TAGS.has(lower) ? '\n' : ' ';
  });
  out = decodeEntities(out);
  // Tags leave runs of blank lines and spaces behind (trimmed line by line: a regex such as
  // /[ \t]+\n/ would backtrack quadratically over a long run of spaces).
  return out.split('\n').map(trimEnd).join('\n').replace(/\n{3,}/g, '\n\n');
}

/** Removes <name ...>...</name> with indexOf, which stays linear whatever the input. */
function removeElements(text: string, name: string): string {
  const lower = text.toLowerCase();
  const open = `<${name}`;
  const close = `</${name}`;
  let out = '';
  let pos = 0;
  for (;;) {
    const start = lower.indexOf(open, pos);
    if (start < 0) break;
    const after = lower.charAt(start + open.length);
    if (after !== '>' && after !== ' ' && after !== '\n' && after !== '\t' && after !== '/') {
      out += text.slice(pos, start + open.length);
      pos = start + open.length;
      continue;
    }
    const end = lower.indexOf(close, start);
    if (end < 0) break;
    const gt = lower.indexOf('>', end);
    out += text.slice(pos, start) + ' ';
    pos = gt < 0 ? text.length : gt + 1;
  }
  return out + text.slice(pos);
}

const NAMED_ENTITIES: Record<string, string> = {
  lt: '<', gt: '>', amp: '&', quot: '"', apos: "'", nbsp: ' ', ndash: '–', mdash: '—', hellip: '…',
  laquo: '«', raquo: '»', rsquo: '’', lsquo: '‘', rdquo: '”', ldquo: '“', copy: '©',
};

function decodeEntities(text: string): string {
  return text.replace(/&(?:#(\d{1,7})|#x([0-9a-f]{1,6})|([a-z]{2,8}));/gi, (entity, dec?: string, hex?: string, name?: string) => {
    if (dec !== undefined || hex !== undefined) {
      const cp = dec !== undefined ? Number(dec) : parseInt(hex ?? '', 16);
      if (cp === 0 || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) return ' ';
      return String.fromCodePoint(cp);
    }
    return NAMED_ENTITIES[(name ?? '').toLowerCase()] ?? entity;
  });
}

/**
 * Joins RFC 5322 folded header fields ("Diagnostic-Code: smtp; 550-5.1.1 ...\n    550 5.1.1 ...")
 * into one logical line, so that a field and everything it says are read together. Indented lines
 * elsewhere (Exim and Postfix bounce bodies) are left alone.
 */
function unfoldFields(text: string): string {
  if (!/\n[ \t]/.test(text)) return text;
  const lines = text.split('\n');
  const out: string[] = [];
  let inField = false;
  for (const line of lines) {
    const continuation = line.length > 0 && (line[0] === ' ' || line[0] === '\t') && line.trim().length > 0;
    if (inField && continuation && out.length > 0) {
      out[out.length - 1] += ' ' + line.trim();
      continue;
    }
    inField = FIELD_START.test(line);
    out.push(line);
  }
  return out.join('\n');
}

const FIELD_START = /^[A-Za-z][A-Za-z0-9-]{0,76}:(?:[ \t]|$)/;
