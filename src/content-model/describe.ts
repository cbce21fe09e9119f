import type { Lang } from '../i18n/languages';
import { t } from '../i18n/ui';
import type { Code, Origin, Reference } from '../registry/types';
import { displayCode } from '../routing/code-forms';
import type { CodeEntry } from './load';

export { displayCode } from '../routing/code-forms';

/** The page title of a code in a language: the written one, else the registry's own words. */
export function titleFor(lang: Lang, code: Code, entry: CodeEntry | undefined): string {
  if (entry) return entry.data.title;
  const ui = t(lang);
  if (code.kind === 'enhanced') return code.registryText || ui.enhancedSubjectName[code.subject]!;
  if (code.standing === 'nonstandard' || code.standing === 'registry-only') return ui.standingName[code.standing];
  return code.rfcText ?? ui.replyClassName[code.code[0] as '2'];
}

/** One line for tables, meta descriptions and search snippets. */
export function summaryFor(lang: Lang, code: Code, entry: CodeEntry | undefined): string {
  if (entry) return entry.data.summary;
  const ui = t(lang);
  if (code.kind === 'enhanced') {
    const subject = ui.enhancedSubjectName[code.subject]!;
    return code.registryText ? `${subject}: “${code.registryText}”` : subject;
  }
  const origins = code.origins?.map((o) => originSentence(lang, o)).join(' ');
  if (code.standing === 'nonstandard' || code.standing === 'registry-only') return origins ?? ui.standingText[code.standing];
  const cls = ui.replyClassName[code.code[0] as '2'];
  return code.rfcText ? `${cls}: “${code.rfcText}”` : cls;
}

export function originSentence(lang: Lang, origin: Origin): string {
  const ui = t(lang);
  switch (origin.type) {
    case 'client-errno':
      return ui.originClientErrno(origin.errno, origin.errnoName);
    case 'dotless-enhanced':
      return origin.vendor ? ui.originDotlessVendor(origin.enhanced, origin.vendor) : ui.originDotless(origin.enhanced);
    case 'registry-association':
      return ui.originRegistry(origin.enhanced.map((e) => displayCode(e)).join(', '));
    case 'unsourced':
      return ui.originUnsourced;
  }
}

export function referenceLabel(ref: Reference): string {
  const doc = ref.doc.startsWith('RFC') ? `RFC ${ref.doc.slice(3)}` : ref.doc;
  return ref.section ? `${doc}, § ${ref.section}` : doc;
}

export function referenceUrl(ref: Reference): string {
  if (ref.doc.startsWith('draft-')) return `https://datatracker.ietf.org/doc/${ref.doc}/`;
  const base = `https://www.rfc-editor.org/rfc/${ref.doc.toLowerCase()}`;
  return ref.section ? `${base}#section-${ref.section}` : base;
}

export const IANA_REGISTRY_URL = 'https://www.iana.org/assignments/smtp-enhanced-status-codes/';
