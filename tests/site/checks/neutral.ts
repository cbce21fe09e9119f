import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { LANGS, dist, isLanguagePage, type Check, type Site } from '../site.ts';

/** The slugs every language has (550, x.7.1, 5xx, search …), read from the English pages. */
export function pageSlugs(site: Site): Set<string> {
  return new Set([...site.pages.keys()].filter((u) => u.startsWith('/en/') && u !== '/en/' && u !== '/en/404/').map((u) => u.slice(4, -1)));
}

/** Short links (/550/) offer the page in every language; every language has a 404 page. */
export function checkShortLinks(site: Site, check: Check): void {
  for (const slug of pageSlugs(site)) {
    const page = site.pages.get(`/${slug}/`);
    check(!!page, `/${slug}/: no short link for /en/${slug}/`);
    if (!page) continue;
    const hrefs = page.root.querySelectorAll('main a[hreflang]').map((a) => a.getAttribute('href'));
    check(LANGS.every((l) => hrefs.includes(`/${l}/${slug}/`)), `/${slug}/: does not link the page in every language`);
    check(!!page.root.querySelector('script[src="/lang-redirect.js"]'), `/${slug}/: does not send readers to their language`);
  }
  for (const path of ['/404.html', ...LANGS.map((l) => `/${l}/404/`)]) check(site.pages.has(path), `${path}: page-not-found page is missing`);
}

/** The sitemap lists every language page once, with its alternates, and nothing else. */
export function checkSitemap(site: Site, check: Check): void {
  const sitemap = readFileSync(join(dist, 'sitemap-0.xml'), 'utf8');
  const listed = new Map([...sitemap.matchAll(/<url><loc>([^<]+)<\/loc>(.*?)<\/url>/g)].map((m) => [new URL(m[1]!).pathname, m[2]!]));
  const expected = [...site.pages.keys()].filter((u) => isLanguagePage(u) && !u.endsWith('/404/'));
  for (const url of expected) {
    const entry = listed.get(url);
    check(!!entry, `${url}: missing from the sitemap`);
    const tail = url.slice(3);
    if (entry) check(LANGS.every((l) => entry.includes(`/${l}${tail}"`)), `${url}: sitemap entry lacks an alternate`);
  }
  check(listed.size === expected.length, `sitemap lists ${listed.size} URLs, not one per language page (${expected.length})`);
}

/** One open-data record per code page, agreeing with the page in every language. */
export function checkOpenData(site: Site, check: Check): void {
  const slugs = [...pageSlugs(site)].filter((s) => /^(\d{3}|[245x]\.\d+\.\d+)$/.test(s));
  for (const slug of slugs) {
    const file = join(dist, `data/v1/codes/${slug}.json`);
    check(existsSync(file), `/data/v1/codes/${slug}.json is missing`);
    if (!existsSync(file)) continue;
    const record = JSON.parse(readFileSync(file, 'utf8')) as { code: string; languages: Record<string, { title: string; summary: string; url: string }> };
    check(record.code === slug, `/data/v1/codes/${slug}.json: names ${record.code}`);
    for (const l of LANGS) {
      const root = site.pages.get(`/${l}/${slug}/`)?.root;
      const r = record.languages[l];
      check(!!r && r.title === root?.querySelector('meta[property="og:title"]')?.getAttribute('content')
        && r.summary === root?.querySelector('meta[name="description"]')?.getAttribute('content')
        && new URL(r.url).pathname === `/${l}/${slug}/`, `/data/v1/codes/${slug}.json: ${l} title, summary or URL differs from the page`);
    }
  }
  const dataset = JSON.parse(readFileSync(join(dist, 'data/v1/codes.json'), 'utf8')) as { codes: { code: string }[] };
  check(dataset.codes.length === slugs.filter((s) => /^(\d{3}|x\.\d+\.\d+)$/.test(s)).length, `codes.json holds ${dataset.codes.length} codes`);
}
