import { describe, expect, it } from 'vitest';
import {
  ACTORS, ANALYSIS_FLAGS, CODE_CONTEXTS, CONFIDENCES, DSN_ACTIONS, LIST_ADVICE, OUTCOMES, REASON_IDS, SECTIONS,
} from '../../../src/analysis';
import { analyzerStrings, type AnalyzerStrings } from '../../../src/i18n/analyzer';
import { LANGUAGES, type Lang } from '../../../src/i18n/languages';

/** Every string of a language, by path; functions are called with sample arguments. */
function flatten(s: AnalyzerStrings): Map<string, string> {
  const out = new Map<string, string>();
  const walk = (value: unknown, path: string) => {
    if (typeof value === 'string') out.set(path, value);
    else if (typeof value === 'function') out.set(path, String((value as (...a: unknown[]) => unknown)(...sampleArgs(path))));
    else if (value && typeof value === 'object') for (const [k, v] of Object.entries(value)) walk(v, path ? `${path}.${k}` : k);
  };
  walk(s, '');
  for (const section of SECTIONS) out.set(`readSection.${section}`, s.readSection(section, '5.1.1'));
  return out;
}

function sampleArgs(path: string): unknown[] {
  if (path === 'flags.truncated') return [1048576];
  if (path === 'flags.codes-capped') return [200];
  if (path === 'readSection') return ['sender', '5.1.1'];
  if (path === 'authMechanisms') return [['SPF', 'DKIM']];
  if (path === 'evidence.line') return [12];
  return ['X-SAMPLE'];
}

/** Sentences written for readers: these must be written in each language, not left in English. */
const PROSE = /^(?:metaDescription|intro|privacyNote|noScriptNote|noActor|codeWithoutPage|inputPlaceholder|flags\..*|reasons\..*|outcomes\..*\.sentence|listAdvice\..*|readSection\..*)$/;

/** Forms each glossary (content/glossary/<lang>.md) tells writers to avoid. */
const AVOID: Record<Lang, RegExp> = {
  en: /\bblacklist|\bwhitelist|\bgraylist|\be-mail\b|\bbounceback/i,
  it: /\bblacklist|\bwhitelist|\blista nera|\brimbalz|\bmailbox\b|\berrore transitorio|\bdifferit|\bcasella satura|\bmailbox piena/i,
  pt: /\bblacklist|\bwhitelist|\blista negra|\bficheiro|\butilizador|\bregisto\b|\bemail\b|\bquota\b|\bcaixa postal|\bcorreio eletr[oô]nico/i,
  ca: /\bblacklist|\bwhitelist|\bllista negra|\bbuzón|\bbústia llena|\bcomanda\b|\bfallo\b|\bentrega\b|\bcorreu escombraria|\bdirecció (?:de correu|electrònica)|\bmailbox\b/i,
};

const english = flatten(analyzerStrings('en'));

describe('analyzer strings', () => {
  for (const lang of LANGUAGES) {
    const strings = analyzerStrings(lang);
    const flat = flatten(strings);

    it(`${lang}: covers every reason, outcome, advice, actor, confidence, context, flag and action`, () => {
      for (const r of REASON_IDS) {
        expect(strings.reasons[r].title.trim(), `${lang} ${r}`).not.toBe('');
        // Two or three sentences, for a reader who is not technical.
        const sentences = strings.reasons[r].explanation.split(/[.!?](?:\s|$)/).filter((x) => x.trim()).length;
        expect(sentences, `${lang} ${r}`).toBeGreaterThanOrEqual(2);
        expect(sentences, `${lang} ${r}`).toBeLessThanOrEqual(4);
      }
      for (const o of OUTCOMES) expect(strings.outcomes[o].label && strings.outcomes[o].sentence).toBeTruthy();
      for (const a of LIST_ADVICE) expect(strings.listAdvice[a]).toBeTruthy();
      for (const a of ACTORS) expect(strings.actors[a]).toBeTruthy();
      for (const c of CONFIDENCES) expect(strings.confidence[c]).toBeTruthy();
      for (const c of CODE_CONTEXTS) expect(strings.contexts[c]).toBeTruthy();
      for (const a of DSN_ACTIONS) expect(strings.dsnActions[a]).toBeTruthy();
      for (const f of ANALYSIS_FLAGS) {
        const message = strings.flags[f];
        expect(typeof message === 'function' ? message(100) : message, `${lang} ${f}`).toBeTruthy();
      }
    });

    it(`${lang}: has no empty string and puts the arguments into the sentences`, () => {
      for (const [path, value] of flat) expect(value.trim(), `${lang} ${path}`).not.toBe('');
      for (const section of SECTIONS) expect(strings.readSection(section, '5.7.26')).toContain('5.7.26');
      expect(strings.codePage('550')).toContain('550');
      expect(strings.refusedBy('Gmail')).toContain('Gmail');
      expect(strings.reportedBy('Postfix')).toContain('Postfix');
      expect(strings.authMechanisms(['SPF', 'DMARC'])).toMatch(/SPF.*DMARC/);
      expect(strings.flags['codes-capped'](200)).toContain('200');
      expect(strings.flags.truncated(1048576)).toMatch(/1.048.576/);
      // Each section gets its own link text.
      expect(new Set(SECTIONS.map((s) => strings.readSection(s, '550'))).size).toBe(SECTIONS.length);
    });

    it(`${lang}: follows the glossary`, () => {
      for (const [path, value] of flat) expect(AVOID[lang].test(value), `${lang} ${path}: ${value}`).toBe(false);
    });

    if (lang !== 'en') {
      it(`${lang}: writes every piece of prose in its own words`, () => {
        for (const [path, value] of flat) {
          if (!PROSE.test(path)) continue;
          expect(value, `${lang} ${path}`).not.toBe(english.get(path));
        }
        for (const r of REASON_IDS) expect(strings.reasons[r].title, `${lang} ${r}`).not.toBe(english.get(`reasons.${r}.title`));
      });
    }
  }

  it('uses the forms of address the glossaries ask for', () => {
    // Italian: tu ("controlla", "chiedi"); Catalan: vós ("reviseu", "comproveu"); Portuguese: você.
    const all = (lang: Lang) => [...flatten(analyzerStrings(lang)).values()].join(' ');
    expect(all('it')).toMatch(/\b(?:Controlla|Chiedi|Correggi|Incolla)\b/);
    expect(all('it')).not.toMatch(/\b(?:Chieda|Corregga|Incolli|Verifichi)\b/);
    expect(all('ca')).toMatch(/\b(?:Comproveu|Reviseu|Enganxeu|Corregiu)\b/);
    expect(all('ca')).not.toMatch(/\b(?:Comprova|Revisa|Enganxa|Corregeix)\b/);
    expect(all('pt')).toMatch(/\bvocê/);
    expect(all('pt')).not.toMatch(/\btu\b|\bvós/);
  });
});
