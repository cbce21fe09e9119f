/** The built site (dist/) as the checks see it: every HTML page parsed once. */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { parse, type HTMLElement } from 'node-html-parser';

export const LANGS = ['en', 'it', 'pt', 'ca'] as const;
export const dist = resolve(import.meta.dirname, '../../dist');

export interface Page { url: string; file: string; html: string; root: HTMLElement; ids: Set<string> }
export interface Site { pages: Map<string, Page>; fileExists(path: string): boolean }
/** Records one check; `message` says what is wrong when `ok` is false. */
export type Check = (ok: boolean, message: string) => void;

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

export function loadSite(): Site {
  if (!existsSync(dist)) throw new Error('dist/ does not exist: run `npm run build` first');
  const pages = new Map<string, Page>();
  for (const file of htmlFiles(dist)) {
    const html = readFileSync(file, 'utf8');
    const root = parse(html);
    const ids = new Set(root.querySelectorAll('[id]').map((e) => e.getAttribute('id')!));
    pages.set(urlOf(file), { url: urlOf(file), file, html, root, ids });
  }
  return {
    pages,
    fileExists(path) {
      if (pages.has(path)) return true;
      const p = join(dist, path);
      return existsSync(p) && statSync(p).isFile();
    },
  };
}

/** Pages in a language (/en/…), as opposed to the neutral choosers and /404.html. */
export function isLanguagePage(url: string): boolean {
  return /^\/(en|it|pt|ca)\//.test(url);
}
