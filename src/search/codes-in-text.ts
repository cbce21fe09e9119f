/**
 * The codes in a pasted line ("550 5.1.1 <bob@example.com>: Recipient address rejected"), as page
 * slugs in order of appearance, and the words left over for a full-text search.
 * TEMPORARY: token scan; to be replaced by the bounce analyzer's code finder.
 */
import { readCodeToken, slugForToken } from '../routing/closest';

export function codesInText(text: string, known: ReadonlySet<string>): { slugs: string[]; rest: string } {
  const slugs: string[] = [];
  const words: string[] = [];
  for (const raw of text.split(/[\s;,]+/)) {
    const token = readCodeToken(raw.replace(/^(?:\d{3}-)/, ''));
    const slug = token && slugForToken(token, known);
    if (slug) { if (!slugs.includes(slug)) slugs.push(slug); continue; }
    if (/^[\p{L}]{2,}$/u.test(raw)) words.push(raw);
  }
  return { slugs, rest: words.slice(0, 8).join(' ') };
}
