/**
 * Language-neutral facts about every code the site covers. Prose lives in content/codes/<lang>/;
 * nothing here is translated. Texts quoted from RFCs or the IANA registry stay verbatim in English.
 */

/** Where a reply code comes from. */
export type Standing =
  /** RFC 5321 itself, or RFC 7504 which updates it. */
  | 'standard'
  /** Defined by an SMTP service extension RFC (AUTH, STARTTLS, ETRN, ...). */
  | 'extension'
  /** Defined by an RFC only for historical purposes. */
  | 'obsolete'
  /** Appears only as an "associated basic status code" in the IANA enhanced-code registry. */
  | 'registry-only'
  /** Defined by no RFC: help-page folklore, client-side numbers, vendor habits. */
  | 'nonstandard';

/** A pointer into an RFC (or Internet-Draft). `section` is omitted when it was not verified. */
export interface Reference {
  doc: `RFC${number}` | `draft-${string}`;
  section?: string;
}

/**
 * Where a non-standard reply code really comes from, as structured facts: each language renders
 * its own sentence from these.
 */
export type Origin =
  /** A client-side number (an operating-system errno), never sent by a server. */
  | { type: 'client-errno'; errno: string; errnoName: string }
  /** An enhanced status code with its dots removed (4.4.7 written as 447). */
  | { type: 'dotless-enhanced'; enhanced: string; vendor?: string }
  /** A registry association that no protocol RFC defines as a reply. */
  | { type: 'registry-association'; enhanced: string[] }
  /** Listed on help pages with no traceable source. */
  | { type: 'unsourced' };

export interface ReplyCode {
  kind: 'reply';
  /** Three digits, e.g. "550". */
  code: string;
  standing: Standing;
  /** The reply text as the defining RFC words it (verbatim), when it has one. */
  rfcText?: string;
  references: Reference[];
  /** Present for 'nonstandard' and 'registry-only' codes (and vendor overlays on real codes). */
  origins?: Origin[];
  /** Hand-picked neighbours worth reading, beyond those derived from the registry. */
  seeAlso?: string[];
}

export type EnhancedClass = '2' | '4' | '5';

export interface EnhancedCode {
  kind: 'enhanced';
  /** Class-neutral form, e.g. "x.7.1". Concrete forms are 2.7.1, 4.7.1, 5.7.1. */
  code: string;
  subject: number;
  detail: number;
  /** The registry's sample text, verbatim ("Delivery not authorized, message refused"). */
  registryText: string;
  /** Associated basic status codes from the registry ("4XX" / "5XX" / "any" kept as written). */
  basicCodes: string[];
  references: Reference[];
  /** Classes the code is used with in practice; the first is the most common. */
  usualClasses: EnhancedClass[];
  /** Registered but marked deprecated in the registry. */
  deprecated?: boolean;
  seeAlso?: string[];
}

export type Code = ReplyCode | EnhancedCode;

/** Outcome of a reply code, from its first digit (RFC 5321 section 4.2.1). */
export type ReplyClass = '1' | '2' | '3' | '4' | '5';
