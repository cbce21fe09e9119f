import { getCollection, type CollectionEntry } from 'astro:content';
import { LANGUAGES, type Lang } from '../i18n/languages';
import { allCodes } from '../registry';
import { REQUIRED_COMPLETE, REQUIRED_GROUPS } from './coverage';
import { formatIssue, validateContent, validateGroups } from './validate';

export type CodeEntry = CollectionEntry<'codes'>;
export type GroupEntry = CollectionEntry<'groups'>;

interface Content { codes: Map<string, CodeEntry>; groups: Map<string, GroupEntry> }
let loaded: Promise<Content> | undefined;

/**
 * All content, validated once per build. Code pages and overview prose are checked together and
 * every problem of both is thrown at once, each naming the file and the field, so that one build
 * reports everything there is to fix, whichever page asks first.
 */
function loadContent(): Promise<Content> {
  loaded ??= (async () => {
    const [codes, groups] = await Promise.all([getCollection('codes'), getCollection('groups')]);
    const codeResult = validateContent(
      codes.map((e) => ({ id: e.id, filePath: e.filePath ?? e.id, data: e.data, body: e.body ?? '' })),
      { codes: allCodes(), languages: LANGUAGES, requiredComplete: REQUIRED_COMPLETE },
    );
    const groupResult = validateGroups(
      groups.map((e) => ({ id: e.id, filePath: e.filePath ?? e.id, body: e.body ?? '' })),
      { languages: LANGUAGES, requiredComplete: REQUIRED_GROUPS },
    );
    const issues = [...codeResult.issues, ...groupResult.issues];
    if (issues.length) throw new Error(`Invalid content:\n${issues.map(formatIssue).join('\n')}`);
    if (codeResult.missing.length) reportCoverage(codeResult.missing);
    return { codes: new Map(codes.map((e) => [e.id, e])), groups: new Map(groups.map((e) => [e.id, e])) };
  })();
  return loaded;
}

/** All written code pages, keyed "<lang>/<code>", after validation. */
export async function loadCodePages(): Promise<Map<string, CodeEntry>> {
  return (await loadContent()).codes;
}

/** The written prose of overview pages, keyed "<lang>/<group>", after validation. */
export async function loadGroupPages(): Promise<Map<string, GroupEntry>> {
  return (await loadContent()).groups;
}

/** Lists, per language, the codes whose page is still the facts-only draft. */
function reportCoverage(missing: { lang: string; code: string }[]): void {
  const lines = LANGUAGES.map((l) => {
    const codes = missing.filter((m) => m.lang === l).map((m) => m.code);
    return `  ${l} (${codes.length}): ${codes.join(' ')}`;
  });
  console.info(`[coverage] ${missing.length} code pages are facts-only drafts:\n${lines.join('\n')}`);
}

export function pageFor(pages: Map<string, CodeEntry>, lang: Lang, code: string): CodeEntry | undefined {
  return pages.get(`${lang}/${code}`);
}
