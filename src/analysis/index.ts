/**
 * The bounce analyzer: framework-free, dependency-free, runs in the browser and in Node.
 *
 *   analyzeBounce(text) -> BounceAnalysis   the whole explanation
 *   findCodes(text)     -> FoundCode[]      just the codes
 *   normalize(text)     -> NormalizedText   the text every offset refers to
 */
export { analyzeBounce, MAX_DSN_RECIPIENTS } from './analyze';
export { findCodes, scanCodes, MAX_CODE_OCCURRENCES, MAX_CODE_CANDIDATES } from './find-codes';
export { normalize, MAX_INPUT_CHARS, type NormalizedText } from './normalize';
export { REASON_IDS, REASONS, adviceFor, isReasonId, sectionOf, type ReasonFacts, type ReasonId } from './reasons';
export { SOURCE_IDS, SOURCES, sourceName, type SourceId, type SourceKind, type SourceRole } from './sources';
export { WORDING_RULES, WORDING_SCAN_CHARS, type WordingRule } from './wording';
export type {
  Actor, AnalysisFlag, AuthMechanism, BounceAnalysis, CodeContext, CodeOccurrence, Confidence, DsnAction, DsnFieldName, DsnRecipient,
  Evidence, EvidenceSpan, FindCodesResult, FoundCode, FoundEnhancedCode, FoundReplyCode, ListAdvice, MessagePart, Outcome, ReadMore,
  Section,
} from './types';

/** Every value of the small unions, for UIs and tests that must cover them all. */
export {
  ACTORS, ANALYSIS_FLAGS, AUTH_MECHANISMS, CODE_CONTEXTS, CONFIDENCES, DSN_ACTIONS, LIST_ADVICE, OUTCOMES, SECTIONS,
} from './types';
