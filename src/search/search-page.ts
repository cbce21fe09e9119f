/**
 * The search page: reads ?q=, asks Pagefind (the index of the page's own language) and lists the
 * results. Result text is inserted as text, never as HTML.
 */
import { PAGEFIND_OPTIONS } from './ranking';

interface PagefindResult { data(): Promise<{ url: string; excerpt: string; meta: { title?: string } }> }
interface Pagefind {
  options(o: Record<string, unknown>): Promise<void>;
  search(q: string): Promise<{ results: PagefindResult[] } | null>;
}

const MAX_RESULTS = 20;
let pagefind: Promise<Pagefind> | undefined;

function loadPagefind(): Promise<Pagefind> {
  // Loaded on demand so that the file is fetched only by readers who search.
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

export function startSearchPage(): void {
  const input = document.querySelector<HTMLInputElement>('main input[name="q"]');
  const status = document.getElementById('search-status');
  const list = document.getElementById('search-results');
  if (!input || !status || !list) return;
  const messages = JSON.parse(status.dataset['messages'] ?? '{}') as Record<string, string>;
  // The count template was rendered with n = 2; the number is swapped before the query goes in.
  const say = (template: string | undefined, q: string, n = 0) =>
    (template ?? '').replace('2', String(n)).replace('{q}', q);

  let latest = 0;
  async function run(query: string): Promise<void> {
    const q = query.trim();
    const ticket = ++latest;
    list!.replaceChildren();
    if (!q) { status!.textContent = ''; return; }
    status!.textContent = messages['loading'] ?? '';
    const pf = await loadPagefind();
    const found = await pf.search(q);
    if (ticket !== latest) return; // a newer query is already running
    const results = found?.results ?? [];
    const data = await Promise.all(results.slice(0, MAX_RESULTS).map((r) => r.data()));
    if (ticket !== latest) return;
    status!.textContent = !results.length
      ? say(messages['none'], q)
      : results.length === 1 ? say(messages['countOne'], q) : say(messages['count'], q, results.length);
    for (const d of data) {
      const li = document.createElement('li');
      const a = document.createElement('a');
      a.href = d.url;
      a.textContent = d.meta.title ?? d.url;
      const p = document.createElement('p');
      p.textContent = stripTags(d.excerpt);
      li.append(a, p);
      list!.append(li);
    }
  }

  const initial = new URLSearchParams(location.search).get('q') ?? '';
  input.value = initial;
  input.form?.addEventListener('submit', (event) => {
    event.preventDefault();
    const url = new URL(location.href);
    url.searchParams.set('q', input.value);
    history.replaceState(null, '', url);
    void run(input.value);
  });
  let timer: number | undefined;
  input.addEventListener('input', () => {
    clearTimeout(timer);
    timer = window.setTimeout(() => void run(input.value), 150);
  });
  if (initial) void run(initial);
}
