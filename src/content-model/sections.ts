/**
 * Section anchors of a code page. They are English and identical in every language, so a link to
 * /it/550/#admin and /ca/550/#admin lands on the same part of the page.
 */
export const REQUIRED_SECTIONS = ['meaning', 'causes', 'sender', 'admin', 'recipient'] as const;
export const OPTIONAL_SECTIONS = ['nonstandard', 'providers', 'history'] as const;
/** Rendered by the layout from the registry and frontmatter, never written in MDX. */
export const LAYOUT_SECTIONS = ['facts', 'class-note', 'server-texts', 'related', 'references'] as const;

export type SectionId = (typeof REQUIRED_SECTIONS)[number] | (typeof OPTIONAL_SECTIONS)[number];

const SECTION_TAG = /<Section\b([^>]*)>/g;
const ATTR = (name: string) => new RegExp(`\\b${name}\\s*=\\s*"([^"]*)"`);

/** The <Section id="…" title="…"> blocks of an MDX body, in order. */
export function readSections(body: string): { id: string | undefined; title: string | undefined }[] {
  return [...body.matchAll(SECTION_TAG)].map((m) => ({
    id: ATTR('id').exec(m[1] ?? '')?.[1],
    title: ATTR('title').exec(m[1] ?? '')?.[1],
  }));
}

const CODE_LINK = /\]\(\.\.\/([^/)#\s]+)\/?(#[^)\s]*)?\)/g;

/** Codes linked from an MDX body as relative links to sibling code pages: [x](../550/). */
export function readCodeLinks(body: string): string[] {
  return [...body.matchAll(CODE_LINK)].map((m) => m[1] ?? '');
}
