/**
 * The search page. A query that is exactly a code the site has (550, 5.7.1, X.7.1) opens that
 * code's page; an unknown code (559) says so and offers the closest pages; a pasted bounce line
 * lists the pages of every code in it; everything else is a Pagefind full-text search in the
 * page's language, narrowed by the class and kind filters. The URL always carries the query, so a
 * search can be shared. Everything is inserted as text, never as HTML.
 */
import { PAGEFIND_OPTIONS } from './ranking';
import { closestSlugs, displayToken, readCodeToken, slugForToken } from '../routing/closest';
import { codesInText } from './codes-in-text';
import { fillTemplate } from '../i18n/fill-template';

interface PagefindData { url: string; excerpt: string; meta: { title?: string; label?: string } }
interface PagefindResult { data(): Promise<PagefindData> }
interface Pagefind {
  options(o: Record<string, unknown>): Promise<void>;
  search(q: string, o?: { filters?: Record<string, string> }): Promise<{ results: PagefindResult[] } | null>;
}

const MAX_RESULTS = 20;
const FILTERS = ['class', 'kind'] as const;
let pagefind: Promise<Pagefind> | undefined;

function loadPagefind(): Promise<Pagefind> {
  // Loaded on demand so that the index is fetched only by readers who search.
  const url = '/pagefind/pagefind.js';
  pagefind ??= import(/* @vite-ignore */ url).then(async (pf: Pagefind) => {
    await pf.options(PAGEFIND_OPTIONS);
    return pf;
  });
  return pagefind;
}

function stripTags(html: string): string {
  return new DOMParser().parseFromString(html, 'text/html').body.textContent ?? '';
}

/** The page title Pagefind holds for a slug, to label code links ("550 Mailbox unavailable"). */
async function labelFor(pf: Pagefind, path: string, slug: string): Promise<string> {
  const found = await pf.search(slug);
  for (const r of found?.results.slice(0, 5) ?? []) {
    const d = await r.data();
    if (d.url === path) return d.meta.label ?? d.meta.title ?? slug;
  }
  return slug;
}

export function startSearchPage(): void {
  const form = document.querySelector<HTMLFormElement>('main form[role="search"]');
  const input = form?.querySelector<HTMLInputElement>('input[name="q"]');
  const status = document.getElementById('search-status');
  const list = document.getElementById('search-results');
  const codesBox = document.getElementById('search-codes');
  const analyzeLink = document.getElementById('search-analyze') as HTMLAnchorElement | null;
  if (!form || !input || !status || !list || !codesBox) return;
  document.getElementById('no-js-note')?.setAttribute('hidden', '');
  const messages = JSON.parse(status.dataset['messages'] ?? '{}') as Record<string, string>;
  const known = new Set((status.dataset['known'] ?? '').split(' '));
  const lang = status.dataset['lang'] ?? 'en';
  const pathOf = (slug: string) => `/${lang}/${slug}/`;

  const filters = (): Record<string, string> => {
    const out: Record<string, string> = {};
    for (const name of FILTERS) {
      const value = new FormData(form).get(name);
      if (typeof value === 'string' && value) out[name] = value;
    }
    return out;
  };

  /** The slugs with their page titles, for the links above the results. */
  const labelled = (pf: Pagefind, slugs: string[]) =>
    Promise.all(slugs.map(async (slug) => ({ slug, label: await labelFor(pf, pathOf(slug), slug) })));

  /** The box above the results; shown whenever it has something to say, even with no links. */
  function showCodes(title: string, links: { slug: string; label: string }[]): void {
    codesBox!.querySelector('h2')!.textContent = title;
    const ul = codesBox!.querySelector('ul')!;
    ul.replaceChildren(...links.map(({ slug, label }) => {
      const li = document.createElement('li');
      const a = document.createElement('a');
      a.href = pathOf(slug);
      a.textContent = label;
      li.append(a);
      return li;
    }));
    codesBox!.hidden = !title;
  }

  let latest = 0;
  async function run(query: string): Promise<void> {
    const q = query.trim().slice(0, 2000);
    const ticket = ++latest;
    const stale = () => ticket !== latest;
    list!.replaceChildren();
    showCodes('', []);
    if (analyzeLink) analyzeLink.href = pathOf('analyze');
    if (!q) { status!.textContent = ''; return; }
    status!.textContent = messages['loading'] ?? '';
    const pf = await loadPagefind();
    if (stale()) return;

    // Codes first: the one typed, or every code in a pasted line.
    let text = q;
    const token = readCodeToken(q);
    if (token) {
      const slug = slugForToken(token, known);
      const shown = displayToken(token);
      if (slug) {
        showCodes(fillTemplate(messages['goTo'], { code: shown }), await labelled(pf, [slug]));
      } else {
        const closest = closestSlugs(token, known);
        showCodes(`${fillTemplate(messages['unknown'], { code: shown })} ${closest.length ? messages['closest'] ?? '' : ''}`,
          await labelled(pf, closest));
      }
    } else {
      const found = await codesInText(q);
      if (found.slugs.length) {
        showCodes(messages['codesInText'] ?? '', await labelled(pf, found.slugs));
        text = found.rest;
        if (analyzeLink) {
          analyzeLink.href = `${pathOf('analyze')}#text=${encodeURIComponent(q)}`;
        }
      }
    }
    if (stale()) return;

    const results = text ? (await pf.search(text, { filters: filters() }))?.results ?? [] : [];
    const data = await Promise.all(results.slice(0, MAX_RESULTS).map((r) => r.data()));
    if (stale()) return;
    const n = results.length;
    // The count template was rendered with n = 2; the number is swapped before the query goes in.
    const template = n === 0 ? messages['none'] : n === 1 ? messages['countOne'] : messages['count']?.replace(/\b2\b/, String(n));
    status!.textContent = fillTemplate(template, { q });
    for (const d of data) {
      const li = document.createElement('li');
      const a = document.createElement('a');
      a.href = d.url;
      a.textContent = d.meta.label ?? d.meta.title ?? d.url;
      const p = document.createElement('p');
      p.textContent = stripTags(d.excerpt);
      li.append(a, p);
      list!.append(li);
    }
  }

  /** The code page a query opens directly, if it is exactly a code the site has. */
  const directPage = (q: string): string | undefined => {
    const token = readCodeToken(q);
    return token && slugForToken(token, known);
  };

  function syncUrl(): void {
    const url = new URL(location.href);
    url.search = '';
    if (input!.value) url.searchParams.set('q', input!.value);
    for (const [k, v] of Object.entries(filters())) url.searchParams.set(k, v);
    history.replaceState(null, '', url);
  }

  const params = new URLSearchParams(location.search);
  const initial = params.get('q') ?? '';
  input.value = initial;
  for (const name of FILTERS) {
    const value = params.get(name) ?? '';
    const radio = form.querySelector<HTMLInputElement>(`input[name="${name}"][value="${CSS.escape(value)}"]`);
    if (radio) radio.checked = true;
  }

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const page = directPage(input.value);
    if (page) { location.assign(pathOf(page)); return; }
    syncUrl();
    void run(input.value);
  });
  let timer: number | undefined;
  input.addEventListener('input', () => {
    clearTimeout(timer);
    timer = window.setTimeout(() => { syncUrl(); void run(input.value); }, 150);
  });
  form.addEventListener('change', (event) => {
    if (event.target instanceof HTMLInputElement && event.target.type === 'radio') { syncUrl(); void run(input.value); }
  });

  // Arriving with ?q=550 (the header form, a shared link) opens 550 at once; coming back to this
  // page with the Back button shows the results instead, so Back is never a trap.
  const navigation = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming | undefined;
  const page = directPage(initial);
  if (page && navigation?.type !== 'back_forward') {
    status.textContent = fillTemplate(messages['redirecting'], { code: initial.trim() });
    location.replace(pathOf(page));
    return;
  }
  if (initial) void run(initial);
  window.addEventListener('pageshow', (event) => { if (event.persisted) void run(input.value); });
}
