import type { Check, Site } from '../site.ts';

// Elements that make the browser fetch something as the page loads.
const FETCHING = 'script[src], link[href]:not([rel="canonical"]):not([rel="alternate"]), img[src], iframe, source, video, audio, object, embed, form[action]';

function directives(policy: string): Map<string, string[]> {
  return new Map(policy.split(';').map((d) => d.trim().split(/\s+/)).filter((d) => d[0]).map(([name, ...values]) => [name!, values]));
}

/**
 * Every page carries a Content-Security-Policy that allows the site's own files only (plus
 * WebAssembly for search), runs no inline script or handler, uses no inline style, and loads
 * nothing from another origin.
 */
export function checkSecurity(site: Site, check: Check): void {
  for (const { url, root } of site.pages.values()) {
    const policy = root.querySelector('meta[http-equiv="content-security-policy"]')?.getAttribute('content') ?? '';
    const d = directives(policy);
    check(d.get('default-src')?.join(' ') === "'self'", `${url}: CSP default-src is not 'self'`);
    check(d.get('object-src')?.join(' ') === "'none'", `${url}: CSP object-src is not 'none'`);
    const scripts = d.get('script-src') ?? [];
    check(scripts.includes("'self'") && scripts.includes("'wasm-unsafe-eval'"), `${url}: CSP script-src lacks 'self' or 'wasm-unsafe-eval'`);
    const loose = [...d.values()].flat().filter((v) => ["'unsafe-inline'", "'unsafe-eval'", '*', 'http:', 'https:', 'data:'].includes(v) && v !== 'data:');
    check(loose.length === 0, `${url}: CSP allows ${loose.join(' ')}`);

    check(root.querySelectorAll('script:not([src])').length === 0, `${url}: has an inline script`);
    check(root.querySelectorAll('style').length === 0, `${url}: has a <style> element`);
    for (const el of root.querySelectorAll('*')) {
      const names = Object.keys(el.attributes);
      const handler = names.find((n) => /^on/i.test(n));
      check(!handler, `${url}: <${el.tagName.toLowerCase()}> has an inline ${handler} handler`);
      check(!names.includes('style'), `${url}: <${el.tagName.toLowerCase()}> has an inline style`);
      const link = el.getAttribute('href') ?? el.getAttribute('src') ?? el.getAttribute('action');
      check(!link || !/^\s*javascript:/i.test(link), `${url}: has a javascript: URL`);
    }
    for (const el of root.querySelectorAll(FETCHING)) {
      const target = el.getAttribute('src') ?? el.getAttribute('href') ?? el.getAttribute('action') ?? '';
      check(!/^(?:[a-z]+:)?\/\//i.test(target), `${url}: loads ${target} from another origin`);
    }
  }
}
