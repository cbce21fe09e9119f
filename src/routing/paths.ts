import type { Lang } from '../i18n/languages';
import {
  ENHANCED_CLASSES, ENHANCED_SUBJECTS, REPLY_CLASSES, getCode, parseEnhanced,
  type EnhancedClass,
} from '../registry';
import { concrete } from './code-forms';

/**
 * The URL scheme, in one place. Every URL is /<lang>/<slug>/, lowercase, and stays stable:
 *   550      reply code            x.7.1   enhanced code, any class
 *   5.7.1    enhanced code seen as a permanent failure (also 2.7.1, 4.7.1)
 *   5xx      reply codes of a class           5.x.x   enhanced codes of a class
 *   x.7.x    enhanced codes of a subject      search  the search page
 *   analyze  the bounce analyzer
 */
export type Slug =
  | { kind: 'reply'; code: string }
  | { kind: 'enhanced'; code: string; cls?: EnhancedClass }
  | { kind: 'reply-class'; cls: string }
  | { kind: 'enhanced-class'; cls: EnhancedClass }
  | { kind: 'subject'; subject: number }
  | { kind: 'search' }
  | { kind: 'analyze' };

/** What a slug names, or undefined when the site has no such page. */
export function readSlug(slug: string): Slug | undefined {
  if (slug === 'search') return { kind: 'search' };
  if (slug === 'analyze') return { kind: 'analyze' };
  let m = /^([2-5])xx$/.exec(slug);
  if (m && (REPLY_CLASSES as readonly string[]).includes(m[1]!)) return { kind: 'reply-class', cls: m[1]! };
  m = /^([245])\.x\.x$/.exec(slug);
  if (m) return { kind: 'enhanced-class', cls: m[1] as EnhancedClass };
  m = /^x\.(\d)\.x$/.exec(slug);
  if (m && (ENHANCED_SUBJECTS as readonly number[]).includes(Number(m[1]))) return { kind: 'subject', subject: Number(m[1]) };
  if (/^\d{3}$/.test(slug)) return getCode(slug) ? { kind: 'reply', code: slug } : undefined;
  const enhanced = parseEnhanced(slug);
  // Only the canonical spelling has a page: x.7.1 and 5.7.1, not X.7.1 or 5.07.1.
  if (enhanced && getCode(enhanced.code) && slug === (enhanced.cls ? `${enhanced.cls}${enhanced.code.slice(1)}` : enhanced.code))
    return { kind: 'enhanced', code: enhanced.code, ...(enhanced.cls ? { cls: enhanced.cls } : {}) };
  return undefined;
}

export function pathFor(lang: Lang, slug = ''): string {
  return slug ? `/${lang}/${slug}/` : `/${lang}/`;
}

export { concrete } from './code-forms';

/** Every slug the site builds in each language. */
export function allSlugs(codes: { kind: 'reply' | 'enhanced'; code: string }[]): string[] {
  const slugs: string[] = ['search', 'analyze'];
  slugs.push(...REPLY_CLASSES.map((c) => `${c}xx`));
  slugs.push(...ENHANCED_CLASSES.map((c) => `${c}.x.x`));
  slugs.push(...ENHANCED_SUBJECTS.map((s) => `x.${s}.x`));
  for (const c of codes) {
    slugs.push(c.code);
    if (c.kind === 'enhanced') slugs.push(...ENHANCED_CLASSES.map((cls) => concrete(c.code, cls)));
  }
  return slugs;
}

/** Throws when two pages would be built at the same URL (e.g. 5.5.0 written as 550). */
export function assertUniqueSlugs(slugs: string[]): void {
  const seen = new Set<string>();
  for (const s of slugs) {
    if (seen.has(s.toLowerCase())) throw new Error(`Two pages share the URL slug "${s}"`);
    seen.add(s.toLowerCase());
  }
}
