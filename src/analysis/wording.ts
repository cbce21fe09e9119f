/**
 * Runs the wording rules (src/analysis/patterns/) over parts of the normalized text. Rules are
 * plain regular expressions with bounded quantifiers, so the cost is linear in the text scanned;
 * the analyzer scans the report part up to WORDING_SCAN_CHARS plus windows around the codes it
 * relies on.
 */
import type { LineIndex } from './lines';
import { WORDING_RULES, type WordingRule } from './patterns';

export type { WordingRule } from './patterns';
export { WORDING_RULES } from './patterns';

/** Characters of the report scanned from its start; a bounce's explanation is always near the top. */
export const WORDING_SCAN_CHARS = 262_144;
/** Matches kept per rule and range: the first one is the evidence, a few more help locate it. */
const MAX_MATCHES_PER_RULE = 8;

export interface WordingMatch {
  rule: WordingRule;
  start: number;
  end: number;
  /** 1-based line of the match start. */
  line: number;
  /** 1-based line of the match end (phrases can span continuation lines). */
  endLine: number;
  text: string;
}

const compiled = new Map<WordingRule, RegExp>();

function globalPattern(rule: WordingRule): RegExp {
  let re = compiled.get(rule);
  if (!re) {
    re = new RegExp(rule.pattern.source, rule.pattern.flags.includes('g') ? rule.pattern.flags : rule.pattern.flags + 'g');
    compiled.set(rule, re);
  }
  return re;
}

/** Every rule match inside the given [start, end) ranges, in text order. */
export function matchWording(
  text: string,
  ranges: ReadonlyArray<readonly [number, number]>,
  lines: LineIndex,
  rules: readonly WordingRule[] = WORDING_RULES,
): WordingMatch[] {
  const matches: WordingMatch[] = [];
  for (const [from, to] of mergeRanges(ranges)) {
    const slice = text.slice(from, to);
    for (const rule of rules) {
      const re = globalPattern(rule);
      re.lastIndex = 0;
      let m: RegExpExecArray | null;
      let n = 0;
      while (n < MAX_MATCHES_PER_RULE && (m = re.exec(slice)) !== null) {
        if (m[0].length === 0) {
          re.lastIndex++;
          continue;
        }
        const start = from + m.index;
        const end = start + m[0].length;
        matches.push({ rule, start, end, line: lines.lineOf(start), endLine: lines.lineOf(end - 1), text: m[0] });
        n++;
      }
    }
  }
  return matches.sort((a, b) => a.start - b.start);
}

/** Sorted, non-overlapping ranges. */
export function mergeRanges(ranges: ReadonlyArray<readonly [number, number]>): Array<[number, number]> {
  const sorted = ranges.filter(([a, b]) => b > a).map(([a, b]): [number, number] => [a, b]).sort((x, y) => x[0] - y[0]);
  const out: Array<[number, number]> = [];
  for (const r of sorted) {
    const last = out[out.length - 1];
    if (last && r[0] <= last[1]) last[1] = Math.max(last[1], r[1]);
    else out.push(r);
  }
  return out;
}
