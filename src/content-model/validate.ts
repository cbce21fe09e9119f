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

/** Checks every code page against the registry, the section rules and the coverage rules. */
export function validateContent(entries: ContentEntry[], ctx: ValidationContext): ValidationResult {
  const issues: ContentIssue[] = [];
  const byCode = new Map(ctx.codes.map((c) => [c.code, c]));
  const present = new Set<string>();

  for (const entry of entries) {
    const file = entry.filePath;
    const issue = (field: string, message: string) => issues.push({ file, field, message });
    const [lang, code, ...rest] = entry.id.split('/');
    if (!lang || !code || rest.length) {
      issue('file name', 'expected content/codes/<lang>/<code>.mdx');
      continue;
    }
    if (!ctx.languages.includes(lang)) issue('file name', `unknown language "${lang}" (known: ${ctx.languages.join(', ')})`);
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

    for (const target of readCodeLinks(entry.body))
      if (!readSlug(target)) issue('link', `links to "../${target}/", which is not a page of the site`);

    const notes = entry.data.classNotes;
    if (registered.kind === 'reply' && notes) issue('classNotes', 'only enhanced status code pages have class notes');
    if (registered.kind === 'enhanced')
      for (const cls of registered.usualClasses)
        if (!notes?.[cls]) issue('classNotes', `missing the note for class ${cls} (${cls}${code.slice(1)})`);
  }

  const missing: { lang: string; code: string }[] = [];
  for (const c of ctx.codes)
    for (const lang of ctx.languages)
      if (!present.has(`${lang}/${c.code}`)) {
        if (ctx.requiredComplete.includes(c.code))
          issues.push({ file: `content/codes/${lang}/${c.code}.mdx`, field: 'file', message: `required page is missing (${c.code} must exist in every language)` });
        else missing.push({ lang, code: c.code });
      }
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
    const [lang, group, ...rest] = entry.id.split('/');
    if (!lang || !group || rest.length) {
      issues.push({ file, field: 'file name', message: 'expected content/groups/<lang>/<group>.mdx' });
      continue;
    }
    if (!ctx.languages.includes(lang))
      issues.push({ file, field: 'file name', message: `unknown language "${lang}" (known: ${ctx.languages.join(', ')})` });
    if (!GROUP_IDS.includes(group)) {
      issues.push({ file, field: 'group', message: `"${group}" is not an overview page (known: ${GROUP_IDS.join(', ')})` });
      continue;
    }
    present.add(`${lang}/${group}`);
    if (readSections(entry.body).length)
      issues.push({ file, field: 'Section', message: 'overview prose is plain Markdown, without <Section> blocks' });
    for (const target of readCodeLinks(entry.body))
      if (!readSlug(target)) issues.push({ file, field: 'link', message: `links to "../${target}/", which is not a page of the site` });
  }
  const missing: { lang: string; code: string }[] = [];
  for (const group of GROUP_IDS)
    for (const lang of ctx.languages)
      if (!present.has(`${lang}/${group}`)) {
        if (ctx.requiredComplete.includes(group))
          issues.push({ file: `content/groups/${lang}/${group}.mdx`, field: 'file', message: `required overview prose is missing (${group} must exist in every language)` });
        else missing.push({ lang, code: group });
      }
  return { issues, missing };
}
