/**
 * What a reader meant by a code-like string, and where to send them: the code's page when the
 * site has it, else the closest overview pages. Pure and data-free (the set of known codes is
 * passed in) so the 404 page can run it without shipping the registry.
 */
import { concrete, displayCode } from './code-forms';

/** A code as written by a reader or a server, before we know whether the site has it. */
export type CodeToken =
  | { kind: 'reply'; code: string }
  /** `code` is class-neutral (x.7.1); `cls` is the class the reader wrote, if any. */
  | { kind: 'enhanced'; code: string; cls?: '2' | '4' | '5' };

const REPLY = /^[1-5]\d\d$/;
const ENHANCED = /^([245x])\.(\d{1,3})\.(\d{1,3})$/i;
// Punctuation that sticks to a code pasted from a sentence or a bounce ("5.7.1:", "(550)", "#5.1.1").
const WRAPPING = /^[\s#"'(<[]+|[\s"'):;,.>\]]+$/g;

/** Reads one token that is exactly a code ("550", "5.7.1", "X.7.1", "#5.1.1"), else undefined. */
export function readCodeToken(text: string): CodeToken | undefined {
  const t = text.replace(WRAPPING, '');
  if (REPLY.test(t)) return { kind: 'reply', code: t };
  const m = ENHANCED.exec(t);
  if (!m) return undefined;
  const code = `x.${Number(m[2])}.${Number(m[3])}`;
  const cls = m[1]!.toLowerCase();
  return cls === 'x' ? { kind: 'enhanced', code } : { kind: 'enhanced', code, cls: cls as '2' | '4' | '5' };
}

/** The slug of the token's own page (550, 5.7.1, x.7.1), or undefined when the site lacks it. */
export function slugForToken(token: CodeToken, known: ReadonlySet<string>): string | undefined {
  if (!known.has(token.code)) return undefined;
  return token.kind === 'enhanced' && token.cls ? concrete(token.code, token.cls) : token.code;
}

/** How the token is usually written, for messages ("559", "5.9.9", "X.7.99"). */
export function displayToken(token: CodeToken): string {
  return displayCode(token.code, token.kind === 'enhanced' ? token.cls : undefined);
}

const REPLY_CLASS_PAGES = new Set(['2', '3', '4', '5']);
const SUBJECTS = new Set([0, 1, 2, 3, 4, 5, 6, 7]);

/**
 * Overview pages closest to a code the site does not have, most specific first: for 559 the 5xx
 * page and the known 55x codes; for 5.7.99 the X.7.x and 5.x.x pages; for 5.9.9 the 5.x.x page.
 * Empty when nothing is close (a 1xx number), so the caller falls back to search.
 */
export function closestSlugs(token: CodeToken, known: ReadonlySet<string>): string[] {
  if (token.kind === 'reply') {
    const siblings = [...known].filter((c) => /^\d{3}$/.test(c) && c.slice(0, 2) === token.code.slice(0, 2)).sort();
    const cls = token.code[0]!;
    return [...(REPLY_CLASS_PAGES.has(cls) ? [`${cls}xx`] : []), ...siblings];
  }
  const subject = Number(token.code.split('.')[1]);
  return [
    ...(SUBJECTS.has(subject) ? [`x.${subject}.x`] : []),
    ...(token.cls ? [`${token.cls}.x.x`] : []),
  ];
}

export type Suggestion =
  | { kind: 'page'; slug: string; token: CodeToken }
  | { kind: 'closest'; slugs: string[]; token: CodeToken }
  | { kind: 'search'; query: string };

const TOKEN_IN_TEXT = /(?<![\w.])(?:[245x]\.\d{1,3}\.\d{1,3}|[1-5]\d\d)(?!\w|\.\d)/gi;

/**
 * Reads a URL path that led nowhere (/it/5.7.99/, /550.html, /en/smtp-error-421) and suggests
 * where to go: the first code-like token decides; otherwise its words become a search.
 */
export function suggestForPath(path: string, known: ReadonlySet<string>, langs: readonly string[]): Suggestion {
  let decoded = path;
  try { decoded = decodeURIComponent(path); } catch { /* keep the raw path */ }
  const segments = decoded.toLowerCase().split('/').filter(Boolean);
  if (segments[0] && langs.includes(segments[0])) segments.shift();
  const rest = segments.join(' ').replace(/\.(?:html?|php|aspx?)$/, '');
  for (const match of rest.matchAll(TOKEN_IN_TEXT)) {
    const token = readCodeToken(match[0]);
    if (!token) continue;
    const slug = slugForToken(token, known);
    if (slug) return { kind: 'page', slug, token };
    const slugs = closestSlugs(token, known);
    if (slugs.length) return { kind: 'closest', slugs, token };
  }
  const query = rest.replace(/[-_+]+/g, ' ').replace(/[^\p{L}\p{N}. ]+/gu, ' ').replace(/\s+/g, ' ').trim().slice(0, 80);
  return { kind: 'search', query };
}
