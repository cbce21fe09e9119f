import type { Check, Site } from '../site.ts';

function resolveInternal(from: string, href: string): { path: string; hash: string } | undefined {
  if (/^[a-z]+:/i.test(href) || href.startsWith('//')) return undefined; // external
  const u = new URL(href, `http://site${from}`);
  return { path: u.pathname, hash: decodeURIComponent(u.hash.slice(1)) };
}

/** Every internal link, script and icon resolves, and so does every anchor. */
export function checkLinks(site: Site, check: Check): void {
  for (const { url, root } of site.pages.values()) {
    for (const a of root.querySelectorAll('a[href], link[rel="icon"], link[rel="stylesheet"], script[src]')) {
      const href = a.getAttribute('href') ?? a.getAttribute('src')!;
      const target = resolveInternal(url, href);
      if (!target) continue;
      check(site.fileExists(target.path), `${url}: link to ${href} points at a missing page`);
      if (target.hash && site.pages.has(target.path))
        check(site.pages.get(target.path)!.ids.has(target.hash), `${url}: link to ${href} points at a missing anchor`);
    }
  }
}
