import { analyzeBounce } from './analyze';
import { MAX_CODE_OCCURRENCES } from './find-codes';
import { MAX_INPUT_CHARS } from './normalize';
import type { BounceAnalysis } from './types';

/** What the analyzer page receives: the analysis and the limits it applied (named in its messages). */
export interface AnalysisReply {
  analysis: BounceAnalysis;
  limits: { maxChars: number; maxCodes: number };
}

export function analyzeForPage(text: string): AnalysisReply {
  // The page shows evidence, not the whole text: a megabyte less to copy back from the worker.
  return { analysis: { ...analyzeBounce(text), text: '' }, limits: { maxChars: MAX_INPUT_CHARS, maxCodes: MAX_CODE_OCCURRENCES } };
}
