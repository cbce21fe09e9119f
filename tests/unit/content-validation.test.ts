import { describe, expect, it } from 'vitest';
import { codePageSchema } from '../../src/content-model/schema';
import { formatIssue, validateContent, validateGroups, type ContentEntry } from '../../src/content-model/validate';
import { readCodeLinks, readSections } from '../../src/content-model/sections';
import { allCodes } from '../../src/registry';

const LANGS = ['en', 'it'] as const;
const goodBody = ['meaning', 'causes', 'sender', 'admin', 'recipient']
  .map((id) => `<Section id="${id}" title="T ${id}">\n\ntext, see [5.7.1](../5.7.1/)\n\n</Section>`)
  .join('\n\n');
const data = {
  title: 'Mailbox unavailable',
  summary: 'The receiving server refused the message for good.',
  keywords: ['user unknown'],
  serverTexts: [],
};
const entry = (id: string, over: Partial<ContentEntry> = {}): ContentEntry => ({
  id, filePath: `content/codes/${id}.mdx`, data, body: goodBody, ...over,
});
const enhancedData = { ...data, classNotes: { '4': 'Temporary refusal, retried.', '5': 'Permanent refusal, not retried.' } };
const ctx = (requiredComplete: string[] = []) => ({ codes: allCodes(), languages: LANGS, requiredComplete });
const messages = (entries: ContentEntry[], required: string[] = []) =>
  validateContent(entries, ctx(required)).issues.map(formatIssue);

describe('validateContent', () => {
  it('accepts well-formed pages', () => {
    expect(messages([entry('en/550'), entry('it/550'), entry('en/x.7.1', { data: enhancedData })], ['550'])).toEqual([]);
  });

  it('refuses a code that is not in the registry, naming the file', () => {
    expect(messages([entry('en/559')])).toEqual(['content/codes/en/559.mdx: "code": "559" is not in the registry']);
  });

  it('explains the 5.5.0 / 550 collision trap', () => {
    expect(messages([entry('en/5.5.0')])[0]).toMatch(/"5\.5\.0" is not in the registry \(enhanced pages are named by their class-neutral form, e\.g\. x\.5\.0\.mdx\)/);
    expect(messages([entry('en/X.7.1', { data: enhancedData })])[0]).toMatch(/use lowercase: x\.7\.1\.mdx/);
  });

  it('refuses an unknown language', () => {
    expect(messages([entry('de/550')])[0]).toBe('content/codes/de/550.mdx: "file name": unknown language "de" (known: en, it)');
  });

  it('fails when a required code lacks a language, and only reports coverage otherwise', () => {
    expect(messages([entry('en/550')], ['550'])).toEqual([
      'content/codes/it/550.mdx: "file": required page is missing (550 must exist in every language)',
    ]);
    const { issues, missing } = validateContent([entry('en/550')], ctx());
    expect(issues).toEqual([]);
    expect(missing).toContainEqual({ lang: 'it', code: '550' });
    expect(missing).not.toContainEqual({ lang: 'en', code: '550' });
  });

  it('requires every section, in order, with known ids and titles', () => {
    const noAdmin = goodBody.replace(/<Section id="admin"[\s\S]*?<\/Section>/, '');
    expect(messages([entry('en/550', { body: noAdmin })])).toEqual(['content/codes/en/550.mdx: "Section": required section "admin" is missing']);

    const swapped = readSections(goodBody).map((s) => s.id);
    expect(swapped).toEqual(['meaning', 'causes', 'sender', 'admin', 'recipient']);
    const reordered = goodBody.replace('id="causes"', 'id="TMP"').replace('id="sender"', 'id="causes"').replace('id="TMP"', 'id="sender"');
    expect(messages([entry('en/550', { body: reordered })])).toEqual([
      'content/codes/en/550.mdx: "Section": sections must come in the order meaning, causes, sender, admin, recipient',
    ]);

    const extra = `${goodBody}\n<Section id="whatever" title="x">\n\nx\n\n</Section>\n<Section id="history">\n\nx\n\n</Section>`;
    expect(messages([entry('en/550', { body: extra })])).toEqual([
      'content/codes/en/550.mdx: "Section": unknown section id "whatever" (known: meaning, causes, sender, admin, recipient, nonstandard, providers, history)',
      'content/codes/en/550.mdx: "Section": section "history" has no title',
    ]);

    const twice = `${goodBody}\n<Section id="causes" title="again">\n\nx\n\n</Section>`;
    expect(messages([entry('en/550', { body: twice })])).toContain('content/codes/en/550.mdx: "Section": section id "causes" appears twice');
  });

  it('refuses links to code pages that do not exist', () => {
    const body = goodBody.replace('[5.7.1](../5.7.1/)', '[5.9.9](../5.9.9/) and [559](../559/#admin)');
    expect(messages([entry('en/550', { body })])).toEqual([
      'content/codes/en/550.mdx: "link": links to "../5.9.9/", which is not a page of the site',
      'content/codes/en/550.mdx: "link": links to "../559/", which is not a page of the site',
    ]);
  });

  it('checks class notes against the registry', () => {
    expect(messages([entry('en/550', { data: enhancedData })])).toEqual([
      'content/codes/en/550.mdx: "classNotes": only enhanced status code pages have class notes',
    ]);
    expect(messages([entry('en/x.7.1', { data: { ...data, classNotes: { '5': 'Permanent refusal, not retried.' } } })])).toEqual([
      'content/codes/en/x.7.1.mdx: "classNotes": missing the note for class 4 (4.7.1)',
    ]);
  });
});

describe('codePageSchema', () => {
  const issuesOf = (value: unknown) => {
    const r = codePageSchema.safeParse(value);
    return r.success ? [] : r.error.issues.map((i) => i.path.join('.'));
  };

  it('accepts a complete frontmatter', () => expect(issuesOf(enhancedData)).toEqual([]));

  it('names the wrong field', () => {
    expect(issuesOf({ ...data, summary: undefined })).toEqual(['summary']);
    expect(issuesOf({ ...data, keywords: 'relay' })).toEqual(['keywords']);
    expect(issuesOf({ ...data, serverTexts: [{ text: '550 5.1.1 User unknown', source: 'Postfix' }] })).toEqual(['serverTexts.0.explanation']);
    expect(issuesOf({ ...data, classNotes: { '3': 'There is no class 3 for enhanced codes.' } })).toEqual(['classNotes']);
  });

  it('refuses misspelt fields instead of ignoring them', () => {
    expect(issuesOf({ ...data, sumary: 'typo' })).toEqual(['']);
  });
});

describe('section and link readers', () => {
  it('reads ids and titles whatever the attribute order', () => {
    expect(readSections('<Section title="Cosa significa" id="meaning">')).toEqual([{ id: 'meaning', title: 'Cosa significa' }]);
  });
  it('reads relative code links, with or without anchors', () => {
    expect(readCodeLinks('see [a](../550/) and [b](../x.7.1/#admin) but not [c](https://x.org/550/)')).toEqual(['550', 'x.7.1']);
  });
});

describe('validateGroups', () => {
  const group = (id: string, body = 'Plain prose, see [550](../550/).') => ({ id, filePath: `content/groups/${id}.mdx`, body });
  const run = (entries: ReturnType<typeof group>[], required: string[] = []) =>
    validateGroups(entries, { languages: LANGS, requiredComplete: required }).issues.map(formatIssue);

  it('accepts overview prose for known groups', () => {
    expect(run([group('en/5xx'), group('it/x5z'), group('en/x.7.x'), group('it/4.x.x')])).toEqual([]);
  });

  it('refuses unknown groups, sections and broken links', () => {
    expect(run([group('en/6xx'), group('en/5xx', '<Section id="meaning" title="x">\n\nx\n\n</Section> [a](../599/)')])).toEqual([
      'content/groups/en/6xx.mdx: "group": "6xx" is not an overview page (known: 2xx, 3xx, 4xx, 5xx, x0z, x1z, x2z, x5z, 2.x.x, 4.x.x, 5.x.x, x.0.x, x.1.x, x.2.x, x.3.x, x.4.x, x.5.x, x.6.x, x.7.x)',
      'content/groups/en/5xx.mdx: "Section": overview prose is plain Markdown, without <Section> blocks',
      'content/groups/en/5xx.mdx: "link": links to "../599/", which is not a page of the site',
    ]);
  });

  it('requires the listed groups in every language', () => {
    expect(run([group('en/5xx')], ['5xx'])).toEqual([
      'content/groups/it/5xx.mdx: "file": required overview prose is missing (5xx must exist in every language)',
    ]);
  });
});
