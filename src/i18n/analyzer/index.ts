import type { Lang } from '../languages';
import { ca } from './ca';
import { en } from './en';
import { it } from './it';
import { pt } from './pt';
import type { AnalyzerStrings } from './types';

export type { AnalyzerStrings, FlagMessages, OutcomeStrings, ReasonStrings } from './types';

const strings: Record<Lang, AnalyzerStrings> = { en, it, pt, ca };

/** The bounce analyzer's strings in a language. */
export function analyzerStrings(lang: Lang): AnalyzerStrings {
  return strings[lang];
}
