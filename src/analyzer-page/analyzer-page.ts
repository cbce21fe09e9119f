/**
 * The bounce analyzer page: reads the pasted text, analyses it in a worker and shows the result.
 * Nothing is sent anywhere; the page works offline once loaded.
 */
import type { AnalyzerStrings } from '../i18n/analyzer';
import { isLang, type Lang } from '../i18n/languages';
import { flagMessages, renderAnalysis } from './render-analysis';
import { prepareAnalysis, runAnalysis } from './run-analysis';

// Each language's strings are a chunk of their own: the page loads only its own.
const STRINGS: Record<Lang, () => Promise<AnalyzerStrings>> = {
  en: async () => (await import('../i18n/analyzer/en')).en,
  it: async () => (await import('../i18n/analyzer/it')).it,
  pt: async () => (await import('../i18n/analyzer/pt')).pt,
  ca: async () => (await import('../i18n/analyzer/ca')).ca,
};

export async function startAnalyzerPage(): Promise<void> {
  const form = document.querySelector<HTMLFormElement>('#analyzer-form');
  const input = form?.querySelector<HTMLTextAreaElement>('textarea');
  const clear = form?.querySelector<HTMLButtonElement>('button[type="reset"]');
  const status = document.getElementById('analyzer-status');
  const result = document.getElementById('analyzer-result');
  if (!form || !input || !status || !result || !clear) return;
  const lang = isLang(document.documentElement.lang.slice(0, 2)) ? document.documentElement.lang.slice(0, 2) as Lang : 'en';
  prepareAnalysis();
  const strings = await STRINGS[lang]();
  const pageUrl = (slug: string, section?: string) => `/${lang}/${slug}/${section ? `#${section}` : ''}`;
  form.hidden = false;
  document.getElementById('no-js-note')?.setAttribute('hidden', '');

  let latest = 0;
  async function explain(): Promise<void> {
    const ticket = ++latest;
    form!.setAttribute('aria-busy', 'true');
    const started = performance.now();
    const { analysis, limits } = await runAnalysis(input!.value);
    if (ticket !== latest) return;
    form!.removeAttribute('aria-busy');
    result!.replaceChildren();
    const notes = flagMessages(analysis, strings, limits);
    status!.replaceChildren(...notes.map((n) => Object.assign(document.createElement('p'), { textContent: n })));
    result!.dataset['ms'] = String(Math.round(performance.now() - started));
    if (analysis.flags.includes('empty')) return;
    result!.append(renderAnalysis(analysis, { strings, pageUrl }));
    result!.querySelector('h2')?.focus();
  }

  // Text handed over by the search page in the URL fragment, which never reaches a server.
  if (location.hash.startsWith('#text=')) {
    try { input.value = decodeURIComponent(location.hash.slice('#text='.length)); } catch { /* a broken escape: ignore it */ }
    history.replaceState(null, '', location.pathname + location.search);
    if (input.value) void explain();
  }

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    void explain();
  });
  clear.addEventListener('click', () => {
    latest++;
    result.replaceChildren();
    status.replaceChildren();
    input.focus();
  });
}
