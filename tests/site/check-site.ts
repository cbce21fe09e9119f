/**
 * Checks the whole built site (dist/): every internal link and anchor resolves, every page exists
 * in all four languages with hreflang alternates pointing at each other, and every page has one
 * h1, a title, a description and a canonical URL. Run after `npm run build`.
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

const langCounts = LANGS.map((l) => `${l} ${[...pages.keys()].filter((u) => u.startsWith(`/${l}/`)).length}`).join(', ');
console.log(`Checked ${pages.size} pages (${langCounts}).`);
if (failures.length) {
  console.error(failures.slice(0, 50).join('\n'));
  if (failures.length > 50) console.error(`… and ${failures.length - 50} more`);
}
console.log(`site: ${checks - failures.length} passed, ${failures.length} failed`);
process.exit(failures.length ? 1 : 0);
