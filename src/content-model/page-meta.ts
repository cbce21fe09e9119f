import type { Lang } from '../i18n/languages';
import { t } from '../i18n/ui';
import { getCode } from '../registry';
import { readSlug } from '../routing/paths';
import { displayCode, summaryFor, titleFor } from './describe';
import { loadCodePages, loadGroupPages, pageFor } from './load';

/**
 * The title and one-line description of a page in a language: what the page's <title>, meta
 * description, link previews, short-link chooser and open data all say about it.
 */
export async function pageMeta(lang: Lang, slug: string): Promise<{ title: string; description: string }> {
  const page = readSlug(slug);
  if (!page || page.kind === 'search' || page.kind === 'analyze') throw new Error(`No page model for slug "${slug}"`);
  const ui = t(lang);
  if (page.kind === 'reply' || page.kind === 'enhanced') {
    const code = getCode(page.code)!;
    const entry = pageFor(await loadCodePages(), lang, page.code);
    const shown = displayCode(page.code, page.kind === 'enhanced' ? page.cls : undefined);
    return { title: `${shown} — ${titleFor(lang, code, entry)}`, description: summaryFor(lang, code, entry) };
  }
  let title: string;
  let description: string;
  if (page.kind === 'reply-class') {
    title = ui.replyClassPageTitle(page.cls);
    description = ui.replyClassPageDescription(page.cls, ui.replyClassName[page.cls as '2']);
  } else if (page.kind === 'enhanced-class') {
    title = ui.enhancedClassPageTitle(page.cls);
    description = ui.enhancedClassPageDescription(page.cls, ui.enhancedClassName[page.cls]);
  } else {
    const name = ui.enhancedSubjectName[page.subject]!;
    title = ui.subjectPageTitle(page.subject, name);
    description = ui.subjectPageDescription(page.subject, name);
  }
  // Overview pages with written prose take their title and description from it.
  const prose = (await loadGroupPages()).get(`${lang}/${slug}`)?.data;
  return { title: prose?.title ?? title, description: prose?.summary ?? description };
}
