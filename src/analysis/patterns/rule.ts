/**
 * The shape of a wording rule and small helpers to write rules that stay linear: every quantifier
 * on a group or a negated class is bounded, and phrases tolerate line breaks and the "550-5.1.1 "
 * prefixes of multi-line replies between their words.
 */
import type { ReasonId } from '../reasons';
import type { SourceId, SourceRole } from '../sources';
import type { AuthMechanism, Outcome } from '../types';

/**
 * How telling a rule is. 1: a generic word ("prohibited"). 2: a common phrase ("quota exceeded").
 * 3: a provider's or MTA's exact wording. 4: a wording that decides its line whatever else is on it
 * ("Sender address rejected: ..."). 5: a refinement of a priority-4 wording ("... not logged in").
 */
export type Priority = 1 | 2 | 3 | 4 | 5;

export interface WordingRule {
  id: string;
  /** Case-insensitive; matched against the report part of the normalized text. */
  pattern: RegExp;
  /** The reason the wording implies. Rules without one only identify a source or an outcome. */
  reason?: ReasonId;
  /** An outcome the wording states ("This is a permanent error", "will be retried"). */
  outcome?: Exclude<Outcome, 'unknown'>;
  /** The provider, filter or MTA whose wording this is. */
  source?: SourceId;
  /** Whether the source refused the message or wrote the report (default: receiver). */
  role?: SourceRole;
  priority: Priority;
  /** For auth-failure rules: the mechanisms named. */
  auth?: AuthMechanism[];
}

/** Between two words of a phrase: whitespace, and the "550-5.1.1 " prefix of a continuation line. */
const GAP = String.raw`\s{1,20}(?:[2-5]\d\d[ -](?:[245]\.\d{1,3}\.\d{1,3})?\s{0,20})?`;

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Regex source for a phrase: words joined by GAP, apostrophes matching ' and ’. */
export function phrase(words: string): string {
  const parts = words.trim().split(/\s+/).map((w) => escape(w).replace(/'/g, "['’]"));
  const body = parts.join(GAP);
  const start = /^\w/.test(words.trim()) ? '\\b' : '';
  const end = /\w$/.test(words.trim()) ? '\\b' : '';
  return `${start}${body}${end}`;
}

/** A rule matching any of several phrases. */
export function phrases(list: string[]): RegExp {
  return new RegExp(list.map(phrase).join('|'), 'i');
}

type RuleOptions = Omit<WordingRule, 'id' | 'pattern' | 'reason' | 'priority'> & { priority?: Priority };

export function rule(id: string, reason: ReasonId, pattern: RegExp | string[], options: RuleOptions = {}): WordingRule {
  const { priority = 2, ...rest } = options;
  return { id, reason, pattern: Array.isArray(pattern) ? phrases(pattern) : withI(pattern), priority, ...rest };
}

/** A rule that only says who wrote or refused the message. */
export function fingerprint(id: string, source: SourceId, role: SourceRole, pattern: RegExp | string[], priority: Priority = 3): WordingRule {
  return { id, source, role, pattern: Array.isArray(pattern) ? phrases(pattern) : withI(pattern), priority };
}

/** A rule that only states an outcome. */
export function outcomeHint(id: string, outcome: Exclude<Outcome, 'unknown'>, pattern: RegExp | string[], priority: Priority = 2): WordingRule {
  return { id, outcome, pattern: Array.isArray(pattern) ? phrases(pattern) : withI(pattern), priority };
}

function withI(re: RegExp): RegExp {
  return re.flags.includes('i') ? re : new RegExp(re.source, re.flags + 'i');
}
