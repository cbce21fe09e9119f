/**
 * Open data for helpdesk integrations: each code's language-neutral facts and, per language, its
 * title, summary and page links. Served at /data/v1/codes/<code>.json (550, x.7.1, 5.7.1) and as
 * one file, /data/v1/codes.json. Fields are only ever added within v1; anything else is a v2.
 */
import { LANGUAGES, type Lang } from '../i18n/languages';
import { REQUIRED_SECTIONS } from '../content-model/sections';
import { displayCode, IANA_REGISTRY_URL, referenceLabel, referenceUrl } from '../content-model/describe';
import { pageMeta } from '../content-model/page-meta';
import { loadCodePages, pageFor } from '../content-model/load';
import { ENHANCED_CLASSES, allCodes, enhancedPairedWith, getCode, repliesPairedWith, type Code } from '../registry';
import { concrete, pathFor, readSlug } from '../routing/paths';

export const SCHEMA_VERSION = 1;

interface LanguageRecord {
  title: string;
  summary: string;
  url: string;
  /** Links to the sections for each reader: the sender, the sender's admin, the recipient. */
  sections: Record<(typeof REQUIRED_SECTIONS)[number], string>;
  /** Concrete pages only: what this class adds to the general meaning. */
  classNote?: string;
}

export interface CodeRecord {
  schemaVersion: typeof SCHEMA_VERSION;
  code: string;
  kind: Code['kind'];
  /** Reply codes: the first digit. Concrete enhanced codes: their class. */
  class?: string;
  facts: Record<string, unknown>;
  references: { label: string; url: string }[];
  languages: Record<Lang, LanguageRecord>;
}

function facts(code: Code): Record<string, unknown> {
  if (code.kind === 'reply') {
    return {
      standing: code.standing,
      ...(code.rfcText ? { rfcText: code.rfcText } : {}),
      ...(code.origins ? { origins: code.origins } : {}),
      pairedEnhanced: enhancedPairedWith(code.code).map((e) => e.code),
    };
  }
  return {
    subject: code.subject,
    detail: code.detail,
    registryText: code.registryText,
    basicCodes: code.basicCodes,
    usualClasses: code.usualClasses,
    pairedReplies: repliesPairedWith(code).map((r) => r.code),
    ...(code.deprecated ? { deprecated: true } : {}),
  };
}

/** The record of one page slug: 550, x.7.1 or a concrete form such as 5.7.1. */
export async function codeRecord(slug: string, site: URL): Promise<CodeRecord> {
  const page = readSlug(slug);
  if (page?.kind !== 'reply' && page?.kind !== 'enhanced') throw new Error(`No code for open-data slug "${slug}"`);
  const neutral = page.code;
  const code = getCode(neutral)!;
  const cls = page.kind === 'enhanced' ? page.cls : undefined;
  const pages = await loadCodePages();
  const languages = Object.fromEntries(await Promise.all(LANGUAGES.map(async (lang) => {
    const { title, description } = await pageMeta(lang, slug);
    const url = new URL(pathFor(lang, slug), site).href;
    const note = cls ? pageFor(pages, lang, neutral)?.data.classNotes?.[cls] : undefined;
    const record: LanguageRecord = {
      title, summary: description, url,
      sections: Object.fromEntries(REQUIRED_SECTIONS.map((s) => [s, `${url}#${s}`])) as LanguageRecord['sections'],
      ...(note ? { classNote: note } : {}),
    };
    return [lang, record] as const;
  }))) as Record<Lang, LanguageRecord>;
  const references = code.references.map((r) => ({ label: referenceLabel(r), url: referenceUrl(r) }));
  if (code.kind === 'enhanced') references.push({ label: 'IANA SMTP Enhanced Status Codes', url: IANA_REGISTRY_URL });
  return {
    schemaVersion: SCHEMA_VERSION,
    code: cls ? slug : code.code,
    kind: code.kind,
    ...(code.kind === 'reply' ? { class: code.code[0]! } : cls ? { class: cls } : {}),
    facts: { display: displayCode(code.code, cls), ...facts(code) },
    references,
    languages,
  };
}

/** Every slug that has a record: each code and each concrete enhanced form. */
export function recordSlugs(): string[] {
  return allCodes().flatMap((c) => c.kind === 'reply' ? [c.code] : [c.code, ...ENHANCED_CLASSES.map((cls) => concrete(c.code, cls))]);
}

/** The whole dataset in one document: every code in its general form (concrete forms are files). */
export async function dataset(site: URL): Promise<{ schemaVersion: number; site: string; languages: readonly Lang[]; codes: CodeRecord[] }> {
  const codes = await Promise.all(allCodes().map((c) => codeRecord(c.code, site)));
  return { schemaVersion: SCHEMA_VERSION, site: site.href, languages: LANGUAGES, codes };
}
