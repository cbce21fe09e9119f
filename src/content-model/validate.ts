import type { Code } from '../registry/types';
import { readSlug } from '../routing/paths';
import { GROUP_IDS } from './groups';
import type { CodePageData } from './schema';
import { OPTIONAL_SECTIONS, REQUIRED_SECTIONS, readCodeLinks, readSections } from './sections';

export interface ContentEntry {
  /** "<lang>/<code>" as the loader produced it from the file path. */
  id: string;
  filePath: string;
  data: CodePageData;
  body: string;
}

export interface ContentIssue {
  file: string;
  field: string;
  message: string;
}

export interface ValidationResult {
  issues: ContentIssue[];
  /** Code/language pairs without a written page (allowed outside the required set). */
  missing: { lang: string; code: string }[];
}

export interface ValidationContext {
  codes: Code[];
  languages: readonly string[];
  requiredComplete: readonly string[];
}

export function formatIssue(i: ContentIssue): string {
  return `${i.file}: "${i.field}": ${i.message}`;
}

/** Splits "<lang>/<name>" and checks the language; reports a malformed id or unknown language. */
function readEntryId(id: string, file: string, folder: string, languages: readonly string[], issues: ContentIssue[]) {
  const [lang, name, ...rest] = id.split('/');
  if (!lang || !name || rest.length) {
    issues.push({ file, field: 'file name', message: `expected content/${folder}/<lang>/<name>.mdx` });
    return undefined;
  }
  if (!languages.includes(lang))
    issues.push({ file, field: 'file name', message: `unknown language "${lang}" (known: ${languages.join(', ')})` });
  return { lang, name };
}

/** Reports relative links to sibling pages that the site does not build. */
function checkLinks(body: string, file: string, issues: ContentIssue[]): void {
  for (const target of readCodeLinks(body))
    if (!readSlug(target)) issues.push({ file, field: 'link', message: `links to "../${target}/", which is not a page of the site` });
}

/**
 * Every name in every language: a missing required one is an issue, a missing optional one goes
 * to the coverage report.
 */
function checkCoverage(
  names: readonly string[], present: Set<string>, folder: string,
  ctx: { languages: readonly string[]; requiredComplete: readonly string[] },
  issues: ContentIssue[], required: (name: string) => string,
): { lang: string; code: string }[] {
  const missing: { lang: string; code: string }[] = [];
  for (const name of names)
    for (const lang of ctx.languages)
      if (!present.has(`${lang}/${name}`)) {
        if (ctx.requiredComplete.includes(name))
          issues.push({ file: `content/${folder}/${lang}/${name}.mdx`, field: 'file', message: required(name) });
        else missing.push({ lang, code: name });
      }
  return missing;
}

/** Checks every code page against the registry, the section rules and the coverage rules. */
export function validateContent(entries: ContentEntry[], ctx: ValidationContext): ValidationResult {
  const issues: ContentIssue[] = [];
  const byCode = new Map(ctx.codes.map((c) => [c.code, c]));
  const present = new Set<string>();

  for (const entry of entries) {
    const file = entry.filePath;
    const issue = (field: string, message: string) => issues.push({ file, field, message });
    const parsed = readEntryId(entry.id, file, 'codes', ctx.languages, issues);
    if (!parsed) continue;
    const { lang, name: code } = parsed;
    const registered = byCode.get(code);
    if (!registered) {
      const hint = /^[245]\.\d+\.\d+$/.test(code)
        ? ` (enhanced pages are named by their class-neutral form, e.g. x${code.slice(1)}.mdx)`
        : /^x\./i.test(code) && byCode.has(code.toLowerCase()) ? ` (use lowercase: ${code.toLowerCase()}.mdx)` : '';
      issue('code', `"${code}" is not in the registry${hint}`);
      continue;
    }
    const key = `${lang}/${code}`;
    if (present.has(key)) issue('code', `a second page for ${key}`);
    present.add(key);

    const sections = readSections(entry.body);
    const ids = sections.map((s) => s.id);
    const known = new Set<string>([...REQUIRED_SECTIONS, ...OPTIONAL_SECTIONS]);
    sections.forEach((s, i) => {
      if (!s.id) issue('Section', `section ${i + 1} has no id`);
      else if (!known.has(s.id)) issue('Section', `unknown section id "${s.id}" (known: ${[...known].join(', ')})`);
      if (!s.title) issue('Section', `section "${s.id ?? i + 1}" has no title`);
    });
    const duplicates = ids.filter((id, i) => id && ids.indexOf(id) !== i);
    for (const d of new Set(duplicates)) issue('Section', `section id "${d}" appears twice`);
    const required = ids.filter((id): id is string => !!id && (REQUIRED_SECTIONS as readonly string[]).includes(id));
    for (const r of REQUIRED_SECTIONS) if (!required.includes(r)) issue('Section', `required section "${r}" is missing`);
    const expectedOrder = REQUIRED_SECTIONS.filter((r) => required.includes(r));
    if (required.join() !== expectedOrder.join())
      issue('Section', `sections must come in the order ${REQUIRED_SECTIONS.join(', ')}`);

    checkLinks(entry.body, file, issues);

    const notes = entry.data.classNotes;
    if (registered.kind === 'reply' && notes) issue('classNotes', 'only enhanced status code pages have class notes');
    if (registered.kind === 'enhanced')
      for (const cls of registered.usualClasses)
        if (!notes?.[cls]) issue('classNotes', `missing the note for class ${cls} (${cls}${code.slice(1)})`);
  }

  const missing = checkCoverage(ctx.codes.map((c) => c.code), present, 'codes', ctx, issues,
    (code) => `required page is missing (${code} must exist in every language)`);
  return { issues, missing };
}

export interface GroupEntry {
  id: string;
  filePath: string;
  body: string;
}

/**
 * Checks the overview prose: known group and language, no code-page sections, links that
 * resolve. Returns the issues and the group/language pairs still without prose.
 */
export function validateGroups(
  entries: GroupEntry[],
  ctx: { languages: readonly string[]; requiredComplete: readonly string[] },
): ValidationResult {
  const issues: ContentIssue[] = [];
  const present = new Set<string>();
  for (const entry of entries) {
    const file = entry.filePath;
    const parsed = readEntryId(entry.id, file, 'groups', ctx.languages, issues);
    if (!parsed) continue;
    const { lang, name: group } = parsed;
    if (!GROUP_IDS.includes(group)) {
      issues.push({ file, field: 'group', message: `"${group}" is not an overview page (known: ${GROUP_IDS.join(', ')})` });
      continue;
    }
    present.add(`${lang}/${group}`);
    if (readSections(entry.body).length)
      issues.push({ file, field: 'Section', message: 'overview prose is plain Markdown, without <Section> blocks' });
    checkLinks(entry.body, file, issues);
  }
  const missing = checkCoverage(GROUP_IDS, present, 'groups', ctx, issues,
    (group) => `required overview prose is missing (${group} must exist in every language)`);
  return { issues, missing };
}
