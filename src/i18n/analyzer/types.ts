/**
 * Every string the bounce analyzer page needs. Each language file implements this interface in
 * full; provider and MTA names are brand names and come from src/analysis/sources.ts instead.
 */
import type {
  Actor, AnalysisFlag, CodeContext, Confidence, DsnAction, ListAdvice, Outcome, ReasonId, Section,
} from '../../analysis';

export interface ReasonStrings {
  /** A few words, used as the result heading ("The address does not exist"). */
  title: string;
  /** Two or three plain sentences for a reader who is not technical. */
  explanation: string;
}

export interface OutcomeStrings {
  label: string;
  /** One sentence: what happens next. */
  sentence: string;
}

/** Flags that take a number (the limit that was hit); the rest are plain sentences. */
export type FlagMessages = Record<Exclude<AnalysisFlag, 'truncated' | 'codes-capped'>, string> & {
  truncated: (maxChars: number) => string;
  'codes-capped': (maxCodes: number) => string;
};

export interface AnalyzerStrings {
  /** <title> and <h1>. */
  pageTitle: string;
  metaDescription: string;
  intro: string;
  inputLabel: string;
  inputPlaceholder: string;
  explainButton: string;
  clearButton: string;
  /** Nothing leaves the browser; works offline once loaded. */
  privacyNote: string;
  /** Shown without JavaScript: the tool needs it; how to look a code up instead. */
  noScriptNote: string;
  /** Text of the link to the search page in the no-JavaScript note. */
  noScriptSearchLink: string;

  /** One message per analysis flag. */
  flags: FlagMessages;

  headings: {
    whatHappened: string;
    outcome: string;
    mailingList: string;
    whoActs: string;
    codesFound: string;
    reliedOn: string;
    recipients: string;
    recognized: string;
    readMore: string;
    confidence: string;
  };

  reasons: Record<ReasonId, ReasonStrings>;
  outcomes: Record<Outcome, OutcomeStrings>;
  listAdvice: Record<ListAdvice, string>;
  actors: Record<Actor, string>;
  /** Shown under "Who has to act" when nobody has to (delivered, greylisting). */
  noActor: string;
  confidence: Record<Confidence, string>;

  /** Link text: "Read the section for the sender on the page for 5.1.1". */
  readSection: (section: Section, code: string) => string;
  /** Link text to a code's page. */
  codePage: (code: string) => string;
  /** Said of a code the site has no page for (a provider's own code such as 5.7.509). */
  codeWithoutPage: string;

  /** Where a code was recognised, as a short phrase. */
  contexts: Record<CodeContext, string>;
  evidence: {
    code: (code: string) => string;
    dsnField: (field: string) => string;
    wording: string;
    fingerprint: (name: string) => string;
    line: (line: number) => string;
  };
  /** "Refused by Gmail", "Report written by Postfix". */
  refusedBy: (name: string) => string;
  reportedBy: (name: string) => string;
  /** For an authentication failure: "Checks that failed: SPF, DKIM". */
  authMechanisms: (names: string[]) => string;

  recipientColumns: {
    address: string;
    action: string;
    status: string;
    reason: string;
    reply: string;
  };
  dsnActions: Record<DsnAction, string>;
}
