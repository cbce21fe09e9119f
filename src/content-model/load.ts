import { getCollection, type CollectionEntry } from 'astro:content';
import { LANGUAGES, type Lang } from '../i18n/languages';
import { allCodes } from '../registry';
import { REQUIRED_COMPLETE, REQUIRED_GROUPS } from './coverage';
import { formatIssue, validateContent, validateGroups } from './validate';

export type CodeEntry = CollectionEntry<'codes'>;
export type GroupEntry = CollectionEntry<'groups'>;

let loaded: Promise<Map<string, CodeEntry>> | undefined;
let loadedGroups: Promise<Map<string, GroupEntry>> | undefined;

/**
 * All written code pages, keyed "<lang>/<code>", after validation. Validation runs once per build
 * and throws with every problem found, each naming the file and the field.
 */
export function loadCodePages(): Promise<Map<string, CodeEntry>> {
  loaded ??= (async () => {
    const entries = await getCollection('codes');
    const { issues, missing } = validateContent(
      entries.map((e) => ({ id: e.id, filePath: e.filePath ?? e.id, data: e.data, body: e.body ?? '' })),
      { codes: allCodes(), languages: LANGUAGES, requiredComplete: REQUIRED_COMPLETE },
    );
    if (issues.length) throw new Error(`Invalid content:\n${issues.map(formatIssue).join('\n')}`);
    if (missing.length) reportCoverage(missing);
    return new Map(entries.map((e) => [e.id, e]));
  })();
  return loaded;
}

/** The written prose of overview pages, keyed "<lang>/<group>", after validation. */
export function loadGroupPages(): Promise<Map<string, GroupEntry>> {
  loadedGroups ??= (async () => {
    const entries = await getCollection('groups');
    const { issues } = validateGroups(
      entries.map((e) => ({ id: e.id, filePath: e.filePath ?? e.id, body: e.body ?? '' })),
      { languages: LANGUAGES, requiredComplete: REQUIRED_GROUPS },
    );
    if (issues.length) throw new Error(`Invalid content:\n${issues.map(formatIssue).join('\n')}`);
    return new Map(entries.map((e) => [e.id, e]));
  })();
  return loadedGroups;
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
