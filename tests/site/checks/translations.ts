import { ca } from '../../../src/i18n/ui/ca.ts';
import { en } from '../../../src/i18n/ui/en.ts';
import { it } from '../../../src/i18n/ui/it.ts';
import { pt } from '../../../src/i18n/ui/pt.ts';
import { ca as analyzerCa } from '../../../src/i18n/analyzer/ca.ts';
import { en as analyzerEn } from '../../../src/i18n/analyzer/en.ts';
import { it as analyzerIt } from '../../../src/i18n/analyzer/it.ts';
import { pt as analyzerPt } from '../../../src/i18n/analyzer/pt.ts';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { LANGS, dist, isLanguagePage, type Check, type Site } from '../site.ts';

type Lang = (typeof LANGS)[number];
const UI: Record<Lang, object[]> = {
  en: [en, analyzerEn], it: [it, analyzerIt], pt: [pt, analyzerPt], ca: [ca, analyzerCa],
};
// Short strings ("Code", "Status") are too likely to occur in prose of any language.
const MIN_LENGTH = 12;

/** Whether `s` occurs in `text` as whole words ("Cerca un codi" is not in "Cerca un codice"). */
function containsWords(text: string, s: string): boolean {
  for (let i = text.indexOf(s); i !== -1; i = text.indexOf(s, i + 1)) {
    if (!/\p{L}/u.test(text[i - 1] ?? '') && !/\p{L}/u.test(text[i + s.length] ?? '')) return true;
  }
  return false;
}

function leaves(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (typeof value === 'function') return [];
  if (value && typeof value === 'object') return Object.values(value).flatMap(leaves);
  return [];
}

/**
 * No page shows a UI string of another language: an English label on a Catalan page means a
 * missing translation. Quoted text marked with its own lang (server replies, registry names) is
 * left out, as are strings two languages share and strings that are part of an RFC or registry
 * text, which pages in every language quote verbatim.
 */
export function checkTranslations(site: Site, check: Check): void {
  const { codes } = JSON.parse(readFileSync(join(dist, 'data/v1/codes.json'), 'utf8')) as { codes: { facts: { registryText?: string; rfcText?: string } }[] };
  const quoted = codes.flatMap((c) => [c.facts.registryText ?? '', c.facts.rfcText ?? '']).join('\n');
  const strings = Object.fromEntries(LANGS.map((l) => [l, new Set(leaves(UI[l]).filter((s) => !quoted.includes(s)))])) as Record<Lang, Set<string>>;
  const foreign = Object.fromEntries(LANGS.map((l) => [l,
    LANGS.filter((o) => o !== l).flatMap((o) => [...strings[o]].filter((s) => s.length >= MIN_LENGTH && !strings[l].has(s)).map((s) => [o, s] as const)),
  ])) as Record<Lang, (readonly [Lang, string])[]>;
  for (const { url, root } of site.pages.values()) {
    if (!isLanguagePage(url)) continue;
    const lang = url.split('/')[1] as Lang;
    const own = lang === 'pt' ? 'pt-BR' : lang;
    const body = root.querySelector('body')!.clone() as typeof root;
    for (const quoted of body.querySelectorAll('[lang]')) if (quoted.getAttribute('lang') !== own) quoted.remove();
    const text = body.text.replace(/\s+/g, ' ');
    const attrs = body.querySelectorAll('[aria-label], [title], [placeholder]')
      .map((e) => `${e.getAttribute('aria-label') ?? ''} ${e.getAttribute('title') ?? ''} ${e.getAttribute('placeholder') ?? ''}`).join(' ');
    const found = foreign[lang].filter(([, s]) => containsWords(text, s) || containsWords(attrs, s));
    check(found.length === 0, `${url}: shows UI text of another language: ${found.slice(0, 3).map(([o, s]) => `${o} "${s}"`).join(', ')}`);
  }
}
