/**
 * "Page not found": shows the page in the language of the missing address (or of the browser)
 * and suggests where to go, from what the address names (see suggestForPath).
 */
import { LANGUAGES, LANGUAGE_TAGS, isLang, type Lang } from '../i18n/languages';
import { displayToken, suggestForPath } from '../routing/closest';
import { displayCode } from '../routing/code-forms';
import { fillTemplate } from '../i18n/fill-template';

function wantedLanguage(): Lang {
  const first = location.pathname.split('/')[1];
  if (isLang(first)) return first;
  for (const pref of navigator.languages ?? []) {
    const base = pref.toLowerCase().split('-')[0];
    if (isLang(base)) return base;
  }
  return 'en';
}

/** Replaces this page with the "not found" page of another language, keeping the address. */
async function switchTo(lang: Lang): Promise<void> {
  const response = await fetch(`/${lang}/404/`);
  if (!response.ok) return;
  const other = new DOMParser().parseFromString(await response.text(), 'text/html');
  document.documentElement.lang = other.documentElement.lang;
  document.title = other.title;
  document.body.replaceWith(document.adoptNode(other.body));
}

function link(href: string, text: string): HTMLLIElement {
  const li = document.createElement('li');
  const a = document.createElement('a');
  a.href = href;
  a.textContent = text;
  li.append(a);
  return li;
}

function suggest(): void {
  const box = document.getElementById('not-found-suggestion');
  if (!box) return;
  const lang = isLang(box.dataset['lang']) ? box.dataset['lang'] : 'en';
  const messages = JSON.parse(box.dataset['messages'] ?? '{}') as Record<string, string>;
  const known = new Set((box.dataset['known'] ?? '').split(' '));
  const path = (slug: string) => `/${lang}/${slug}/`;

  const s = suggestForPath(location.pathname, known, LANGUAGES);
  const text = box.querySelector('p')!;
  const list = box.querySelector('ul')!;
  if (s.kind === 'page') {
    text.textContent = fillTemplate(messages['didYouMean'], { code: displayToken(s.token) });
    list.append(link(path(s.slug), displayToken(s.token)));
  } else if (s.kind === 'closest') {
    text.textContent = fillTemplate(messages['closest'], { code: displayToken(s.token) });
    list.append(...s.slugs.map((slug) => link(path(slug), displayCode(slug))));
  } else if (s.query) {
    list.append(link(`${path('search')}?q=${encodeURIComponent(s.query)}`, fillTemplate(messages['searchFor'], { q: s.query })));
  } else {
    return;
  }
  box.hidden = false;
}

export async function startNotFound(): Promise<void> {
  // The 404 page's own address (/it/404/) names no missing page.
  if (/^\/(?:[a-z]{2}\/)?404(?:\.html|\/)?$/.test(location.pathname)) return;
  const lang = wantedLanguage();
  if (document.documentElement.lang !== LANGUAGE_TAGS[lang]) {
    try { await switchTo(lang); } catch { /* stay in English */ }
  }
  suggest();
}
