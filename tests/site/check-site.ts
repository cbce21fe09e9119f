/**
 * Checks the whole built site (dist/): every internal link and anchor resolves, every page exists
 * in all four languages with hreflang alternates pointing at each other, every page has one h1, a
 * title, a description, a canonical URL and link-preview tags (Open Graph, Twitter) in its language;
 * every page has a language-neutral short link (/550/), a sitemap entry with its alternates and, for
 * codes, an open-data record that agrees with the page. Run after `npm run build`.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { parse, type HTMLElement } from 'node-html-parser';

const LANGS = ['en', 'it', 'pt', 'ca'];
const dist = resolve(import.meta.dirname, '../../dist');
if (!existsSync(dist)) throw new Error('dist/ does not exist: run `npm run build` first');

interface Page { url: string; file: string; root: HTMLElement; ids: Set<string> }

function htmlFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) return name === 'pagefind' ? [] : htmlFiles(p);
    return name.endsWith('.html') ? [p] : [];
  });
}

function urlOf(file: string): string {
  const rel = relative(dist, file).split('\\').join('/');
  return rel === 'index.html' ? '/' : rel.endsWith('/index.html') ? `/${rel.slice(0, -'index.html'.length)}` : `/${rel}`;
}

const pages = new Map<string, Page>();
for (const file of htmlFiles(dist)) {
  const root = parse(readFileSync(file, 'utf8'));
  const ids = new Set(root.querySelectorAll('[id]').map((e) => e.getAttribute('id')!));
  pages.set(urlOf(file), { url: urlOf(file), file, root, ids });
}

const failures: string[] = [];
let checks = 0;
const check = (ok: boolean, message: string) => { checks++; if (!ok) failures.push(message); };

function resolveInternal(from: string, href: string): { path: string; hash: string } | undefined {
  if (/^[a-z]+:/i.test(href) || href.startsWith('//')) return undefined; // external
  const u = new URL(href, `http://site${from}`);
  return { path: u.pathname, hash: decodeURIComponent(u.hash.slice(1)) };
}

function fileExists(path: string): boolean {
  if (pages.has(path)) return true;
  const p = join(dist, path);
  return existsSync(p) && statSync(p).isFile();
}

for (const page of pages.values()) {
  const { url, root } = page;
  const isContent = /^\/(en|it|pt|ca)\//.test(url);
  // Links and anchors.
  for (const a of root.querySelectorAll('a[href], link[rel="icon"], script[src]')) {
    const href = a.getAttribute('href') ?? a.getAttribute('src')!;
    const target = resolveInternal(url, href);
    if (!target) continue;
    check(fileExists(target.path), `${url}: link to ${href} points at a missing page`);
    if (target.hash && pages.has(target.path))
      check(pages.get(target.path)!.ids.has(target.hash), `${url}: link to ${href} points at a missing anchor`);
  }
  if (!isContent) continue;
  // Link previews (tickets, chats, e-mail): the page's own title and description, in its language.
  const meta = (sel: string) => root.querySelector(sel)?.getAttribute('content') ?? '';
  const titleText = root.querySelector('title')?.text ?? '';
  const description = meta('meta[name="description"]');
  check(!!meta('meta[property="og:title"]') && titleText.startsWith(meta('meta[property="og:title"]')), `${url}: og:title does not match the title`);
  check(meta('meta[name="twitter:title"]') === meta('meta[property="og:title"]'), `${url}: twitter:title differs from og:title`);
  check(meta('meta[property="og:description"]') === description && meta('meta[name="twitter:description"]') === description,
    `${url}: preview description differs from the meta description`);
  check(meta('meta[name="twitter:card"]') === 'summary', `${url}: no twitter:card`);
  check(meta('meta[property="og:url"]') === root.querySelector('link[rel="canonical"]')?.getAttribute('href'), `${url}: og:url is not the canonical URL`);
  check(meta('meta[property="og:locale"]').startsWith(url.split('/')[1]!), `${url}: og:locale is not the page language`);
  // Head and structure.
  check(root.querySelectorAll('h1').length === 1, `${url}: has ${root.querySelectorAll('h1').length} h1 elements`);
  check(!!root.querySelector('title')?.text.trim(), `${url}: has no title`);
  check(!!root.querySelector('meta[name="description"]')?.getAttribute('content')?.trim(), `${url}: has no description`);
  const canonical = root.querySelector('link[rel="canonical"]')?.getAttribute('href');
  check(!!canonical && new URL(canonical).pathname === url, `${url}: canonical ${canonical} is not the page itself`);
  // Same page in every language, and alternates that point at it.
  const [, lang, ...rest] = url.split('/');
  const tail = rest.join('/');
  check(root.querySelector('html')?.getAttribute('lang')?.startsWith(lang!) ?? false, `${url}: <html lang> does not match ${lang}`);
  for (const other of LANGS) {
    check(pages.has(`/${other}/${tail}`), `${url}: missing in ${other} (/${other}/${tail})`);
    const alt = root.querySelectorAll('link[rel="alternate"][hreflang]')
      .map((l) => new URL(l.getAttribute('href')!).pathname);
    check(alt.includes(`/${other}/${tail}`), `${url}: no hreflang alternate for ${other}`);
  }
}

// Language-neutral short links: /550/ offers the same page in the four languages.
const slugs = new Set([...pages.keys()].filter((u) => u.startsWith('/en/') && u !== '/en/' && u !== '/en/404/').map((u) => u.slice(4, -1)));
for (const slug of slugs) {
  const page = pages.get(`/${slug}/`);
  check(!!page, `/${slug}/: no short link for /en/${slug}/`);
  if (!page) continue;
  const hrefs = page.root.querySelectorAll('main a[hreflang]').map((a) => a.getAttribute('href'));
  check(LANGS.every((l) => hrefs.includes(`/${l}/${slug}/`)), `/${slug}/: does not link the page in every language`);
  check(!!page.root.querySelector('script[src="/lang-redirect.js"]'), `/${slug}/: does not send readers to their language`);
}
for (const path of ['/404.html', ...LANGS.map((l) => `/${l}/404/`)]) check(pages.has(path), `${path}: page-not-found page is missing`);

// The sitemap lists every page of every language once, with its alternates, and nothing else.
const sitemap = readFileSync(join(dist, 'sitemap-0.xml'), 'utf8');
const listed = new Map([...sitemap.matchAll(/<url><loc>([^<]+)<\/loc>(.*?)<\/url>/g)].map((m) => [new URL(m[1]!).pathname, m[2]!]));
for (const url of pages.keys()) {
  if (!/^\/(en|it|pt|ca)\//.test(url) || url.endsWith('/404/')) continue;
  const entry = listed.get(url);
  check(!!entry, `${url}: missing from the sitemap`);
  const tail = url.slice(3);
  if (entry) check(LANGS.every((l) => entry.includes(`/${l}${tail}"`)), `${url}: sitemap entry lacks an alternate`);
}
check(listed.size === [...pages.keys()].filter((u) => /^\/(en|it|pt|ca)\/(?!404\/)/.test(u)).length, `sitemap lists ${listed.size} URLs, not one per language page`);

// Open data: one record per code page, agreeing with the page in every language.
const dataset = JSON.parse(readFileSync(join(dist, 'data/v1/codes.json'), 'utf8')) as { codes: { code: string }[] };
for (const slug of slugs) {
  if (!/^(\d{3}|[245x]\.\d+\.\d+)$/.test(slug)) continue;
  const file = join(dist, `data/v1/codes/${slug}.json`);
  check(existsSync(file), `/data/v1/codes/${slug}.json is missing`);
  if (!existsSync(file)) continue;
  const record = JSON.parse(readFileSync(file, 'utf8')) as { code: string; languages: Record<string, { title: string; summary: string; url: string }> };
  check(record.code === slug, `/data/v1/codes/${slug}.json: names ${record.code}`);
  for (const l of LANGS) {
    const page = pages.get(`/${l}/${slug}/`);
    const r = record.languages[l];
    check(!!r && r.title === page?.root.querySelector('meta[property="og:title"]')?.getAttribute('content')
      && r.summary === page?.root.querySelector('meta[name="description"]')?.getAttribute('content')
      && new URL(r.url).pathname === `/${l}/${slug}/`, `/data/v1/codes/${slug}.json: ${l} title, summary or URL differs from the page`);
  }
}
check(dataset.codes.length === [...slugs].filter((s) => /^(\d{3}|x\.\d+\.\d+)$/.test(s)).length, `codes.json holds ${dataset.codes.length} codes`);

const langCounts = LANGS.map((l) => `${l} ${[...pages.keys()].filter((u) => u.startsWith(`/${l}/`)).length}`).join(', ');
console.log(`Checked ${pages.size} pages (${langCounts}).`);
if (failures.length) {
  console.error(failures.slice(0, 50).join('\n'));
  if (failures.length > 50) console.error(`… and ${failures.length - 50} more`);
}
console.log(`site: ${checks - failures.length} passed, ${failures.length} failed`);
process.exit(failures.length ? 1 : 0);
