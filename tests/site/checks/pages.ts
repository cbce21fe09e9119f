import { LANGS, isLanguagePage, type Check, type Site } from '../site.ts';

/**
 * Every language page has one h1, a title, a description, its canonical URL, the same page in
 * every language with hreflang alternates, and link-preview tags (Open Graph, Twitter) in its
 * language that say what the title and description say.
 */
export function checkPages(site: Site, check: Check): void {
  for (const { url, root } of site.pages.values()) {
    if (!isLanguagePage(url)) continue;
    const meta = (sel: string) => root.querySelector(sel)?.getAttribute('content') ?? '';
    check(root.querySelectorAll('h1').length === 1, `${url}: has ${root.querySelectorAll('h1').length} h1 elements`);
    const title = root.querySelector('title')?.text.trim() ?? '';
    const description = meta('meta[name="description"]').trim();
    check(!!title, `${url}: has no title`);
    check(!!description, `${url}: has no description`);
    const canonical = root.querySelector('link[rel="canonical"]')?.getAttribute('href');
    check(!!canonical && new URL(canonical).pathname === url, `${url}: canonical ${canonical} is not the page itself`);

    const [, lang, ...rest] = url.split('/');
    const tail = rest.join('/');
    check(root.querySelector('html')?.getAttribute('lang')?.startsWith(lang!) ?? false, `${url}: <html lang> does not match ${lang}`);
    const alternates = root.querySelectorAll('link[rel="alternate"][hreflang]').map((l) => new URL(l.getAttribute('href')!).pathname);
    for (const other of LANGS) {
      check(site.pages.has(`/${other}/${tail}`), `${url}: missing in ${other} (/${other}/${tail})`);
      check(alternates.includes(`/${other}/${tail}`), `${url}: no hreflang alternate for ${other}`);
    }

    // Link previews in tickets, chats and e-mail.
    const ogTitle = meta('meta[property="og:title"]');
    check(!!ogTitle && title.startsWith(ogTitle), `${url}: og:title does not match the title`);
    check(meta('meta[name="twitter:title"]') === ogTitle, `${url}: twitter:title differs from og:title`);
    check(meta('meta[property="og:description"]') === description && meta('meta[name="twitter:description"]') === description,
      `${url}: preview description differs from the meta description`);
    check(meta('meta[name="twitter:card"]') === 'summary', `${url}: no twitter:card`);
    check(meta('meta[property="og:url"]') === canonical, `${url}: og:url is not the canonical URL`);
    check(meta('meta[property="og:locale"]').startsWith(lang!), `${url}: og:locale is not the page language`);
  }
}
