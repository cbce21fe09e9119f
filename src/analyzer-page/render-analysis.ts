/**
 * Turns an analysis into the result the reader sees, in the page's language. Everything taken
 * from the pasted text is set as text content, never parsed as HTML.
 */
import type { BounceAnalysis, Evidence, FoundCode } from '../analysis';
// The light modules only: the page must not pull the analyzer itself, which runs in the worker.
import { sectionOf } from '../analysis/reasons';
import { sourceName } from '../analysis/sources';
import { displayCode } from '../routing/code-forms';
import type { AnalyzerStrings } from '../i18n/analyzer';

const MAX_EVIDENCE = 12;
const MAX_EVIDENCE_CHARS = 300;

function el<K extends keyof HTMLElementTagNameMap>(tag: K, text?: string, className?: string): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (text !== undefined) node.textContent = text;
  if (className) node.className = className;
  return node;
}

function link(href: string, text: string): HTMLAnchorElement {
  const a = el('a', text);
  a.href = href;
  return a;
}

function block(id: string, heading: string, ...children: Node[]): HTMLElement {
  const section = el('section', undefined, 'analysis-block');
  section.setAttribute('aria-labelledby', id);
  const h = el('h2', heading);
  h.id = id;
  h.tabIndex = -1; // the first heading takes the focus when a result appears
  section.append(h, ...children);
  return section;
}

function clip(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > MAX_EVIDENCE_CHARS ? `${flat.slice(0, MAX_EVIDENCE_CHARS)}…` : flat;
}

function evidenceLabel(e: Evidence, s: AnalyzerStrings): string {
  switch (e.kind) {
    case 'code': return s.evidence.code(displayCode(e.code));
    case 'dsn-field': return s.evidence.dsnField(e.field);
    case 'wording': return s.evidence.wording;
    case 'fingerprint': return s.evidence.fingerprint(sourceName(e.source));
  }
}

export interface RenderContext {
  strings: AnalyzerStrings;
  /** Builds the URL of a page of the site in the page's language. */
  pageUrl: (slug: string, section?: string) => string;
}

/** The messages for flags such as "empty" or "no-code", most important first. */
export function flagMessages(a: BounceAnalysis, s: AnalyzerStrings, limits: { maxChars: number; maxCodes: number }): string[] {
  return a.flags.map((f) => {
    if (f === 'truncated') return s.flags.truncated(limits.maxChars);
    if (f === 'codes-capped') return s.flags['codes-capped'](limits.maxCodes);
    return s.flags[f];
  });
}

export function renderAnalysis(a: BounceAnalysis, ctx: RenderContext): DocumentFragment {
  const { strings: s, pageUrl } = ctx;
  const out = document.createDocumentFragment();
  const primary = a.primary.enhanced ?? a.primary.reply;
  const mainSlug = a.readMore?.slug ?? primary?.pageSlug;

  // What happened, in plain words, and how sure the reading is.
  const reason = s.reasons[a.reason];
  const what = block('result-what', s.headings.whatHappened, el('p', reason.title, 'analysis-reason'), el('p', reason.explanation));
  if (a.authMechanisms.length) what.append(el('p', s.authMechanisms(a.authMechanisms.map((m) => m.toUpperCase()))));
  what.append(el('p', `${s.headings.confidence}: ${s.confidence[a.confidence]}`, 'muted'));
  out.append(what);

  const outcome = s.outcomes[a.outcome];
  out.append(block('result-outcome', s.headings.outcome, el('p', outcome.label, `analysis-outcome outcome-${a.outcome}`), el('p', outcome.sentence)));
  out.append(block('result-list', s.headings.mailingList, el('p', s.listAdvice[a.listAdvice])));

  // Who acts, each with the section of the code page written for them.
  const who = el('ul', undefined, 'analysis-actors');
  for (const actor of a.actors) {
    const li = el('li', undefined);
    li.append(el('strong', s.actors[actor]));
    if (mainSlug) li.append(' — ', link(pageUrl(mainSlug, sectionOf(actor)), s.readSection(sectionOf(actor), displayCode(mainSlug))));
    who.append(li);
  }
  out.append(block('result-who', s.headings.whoActs, a.actors.length ? who : el('p', s.noActor)));

  if (a.provider || a.reportedBy) {
    const recognized = el('ul');
    if (a.refusedBy) recognized.append(el('li', s.refusedBy(sourceName(a.refusedBy))));
    if (a.reportedBy && a.reportedBy !== a.refusedBy) recognized.append(el('li', s.reportedBy(sourceName(a.reportedBy))));
    if (recognized.childElementCount) out.append(block('result-recognized', s.headings.recognized, recognized));
  }

  if (a.codes.length) {
    const list = el('ul', undefined, 'analysis-codes');
    for (const code of a.codes) list.append(codeItem(code, ctx));
    out.append(block('result-codes', s.headings.codesFound, list));
  }

  if (a.recipients.length) out.append(block('result-recipients', s.headings.recipients, recipientsTable(a, s)));

  if (a.evidence.length) {
    const list = el('ul', undefined, 'analysis-evidence');
    for (const e of a.evidence.slice(0, MAX_EVIDENCE)) {
      const li = el('li');
      li.append(el('span', `${evidenceLabel(e, s)} · ${s.evidence.line(e.line)}`, 'muted'), el('br'));
      const code = el('code', clip(e.text));
      code.lang = 'en';
      li.append(code);
      list.append(li);
    }
    out.append(block('result-evidence', s.headings.reliedOn, list));
  }
  return out;
}

function codeItem(code: FoundCode, ctx: RenderContext): HTMLLIElement {
  const { strings: s, pageUrl } = ctx;
  const li = el('li');
  const shown = displayCode(code.code);
  if (code.hasPage) {
    li.append(link(pageUrl(code.pageSlug), s.codePage(shown)));
  } else {
    li.append(el('strong', shown), ` — ${s.codeWithoutPage} `, link(pageUrl(code.pageSlug), s.codePage(displayCode(code.pageSlug))));
  }
  li.append(el('span', ` · ${s.contexts[code.context]}`, 'muted'));
  return li;
}

function recipientsTable(a: BounceAnalysis, s: AnalyzerStrings): HTMLTableElement {
  const table = el('table', undefined, 'code-table');
  const head = el('tr');
  for (const c of [s.recipientColumns.address, s.recipientColumns.action, s.recipientColumns.status, s.recipientColumns.reason, s.recipientColumns.reply]) {
    const th = el('th', c);
    th.scope = 'col';
    head.append(th);
  }
  table.append(el('thead'), el('tbody'));
  table.tHead!.append(head);
  for (const r of a.recipients) {
    const row = el('tr');
    const address = el('td', r.address);
    const diagnostic = el('td', r.diagnostic ? clip(r.diagnostic) : '');
    diagnostic.lang = 'en';
    row.append(address, el('td', r.action ? s.dsnActions[r.action] : ''), el('td', r.status ?? ''), el('td', s.reasons[r.reason].title), diagnostic);
    table.tBodies[0]!.append(row);
  }
  return table;
}
