/**
 * Reads the per-recipient fields of an RFC 3464 delivery status notification (Final-Recipient,
 * Action, Status, Diagnostic-Code ...). Works on pasted fragments too: no MIME structure needed,
 * only the fields, one group per recipient, groups separated by a blank line.
 */
import { DSN_ACTIONS, type DsnAction, type DsnFieldName } from './types';

export interface DsnField {
  name: DsnFieldName;
  /** The value as written, after the colon. */
  value: string;
  /** Offsets of the whole field line, and of its value. */
  start: number;
  end: number;
  valueStart: number;
  line: number;
}

export interface DsnGroup {
  fields: DsnField[];
  address?: string;
  originalAddress?: string;
  action?: DsnAction;
  status?: string;
  diagnostic?: string;
  remoteMta?: string;
  start: number;
  end: number;
}

const FIELD = /^(final-recipient|original-recipient|action|status|remote-mta|diagnostic-code|will-retry-until|last-attempt-date)[ \t]*:[ \t]*([^\n]{0,4000})/gim;

const CANONICAL: Record<string, DsnFieldName> = {
  'final-recipient': 'Final-Recipient',
  'original-recipient': 'Original-Recipient',
  action: 'Action',
  status: 'Status',
  'remote-mta': 'Remote-MTA',
  'diagnostic-code': 'Diagnostic-Code',
  'will-retry-until': 'Will-Retry-Until',
  'last-attempt-date': 'Last-Attempt-Date',
};

/** "rfc822; bob@example.com" -> "bob@example.com" */
function addressOf(value: string): string {
  const afterType = value.includes(';') ? value.slice(value.indexOf(';') + 1) : value;
  return afterType.trim().replace(/^<|>$/g, '').trim();
}

/** "smtp; 550 5.1.1 ..." -> "550 5.1.1 ..." */
function afterType(value: string): string {
  const semi = value.indexOf(';');
  return (semi >= 0 && semi < 40 ? value.slice(semi + 1) : value).trim();
}

/**
 * The recipient groups of a DSN, in order, with the text range each covers. `lineOf` maps an
 * offset to its 1-based line; fields at offsets `skip` accepts (the returned message) are ignored.
 */
export function readDsn(text: string, lineOf: (offset: number) => number, skip: (offset: number) => boolean = () => false): DsnGroup[] {
  const fields: DsnField[] = [];
  FIELD.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = FIELD.exec(text)) !== null) {
    if (skip(m.index)) continue;
    const name = CANONICAL[(m[1] ?? '').toLowerCase()];
    const value = (m[2] ?? '').trim();
    if (!name) continue;
    fields.push({ name, value, start: m.index, end: m.index + m[0].length, valueStart: m.index + m[0].length - (m[2] ?? '').length, line: lineOf(m.index) });
  }
  if (!fields.some((f) => f.name === 'Action' || f.name === 'Final-Recipient')) return [];

  const groups: DsnGroup[] = [];
  let current: DsnGroup | undefined;
  let previousLine = -1;
  const close = () => {
    if (current) groups.push(current);
    current = undefined;
  };
  for (const f of fields) {
    // A blank line (or any other line) between two fields ends a group.
    const gap = previousLine >= 0 && f.line > previousLine + 1 && hasBlankLine(text, f, previousLine);
    if (gap) close();
    const has = (name: DsnFieldName) => current?.fields.some((x) => x.name === name) ?? false;
    // Field order varies (Postfix puts Final-Recipient before Original-Recipient, Exim puts Action
    // first), so without a blank line only a repeated field starts the next recipient.
    if (current && has(f.name)) close();
    current ??= { fields: [], start: f.start, end: f.end };
    current.fields.push(f);
    current.end = f.end;
    previousLine = f.line;
  }
  close();

  for (const g of groups) {
    for (const f of g.fields) {
      if (f.name === 'Final-Recipient') g.address = addressOf(f.value);
      else if (f.name === 'Original-Recipient') g.originalAddress = addressOf(f.value);
      else if (f.name === 'Action') {
        const action = f.value.toLowerCase().split(/[\s(;]/)[0] ?? '';
        if ((DSN_ACTIONS as readonly string[]).includes(action)) g.action = action as DsnAction;
      } else if (f.name === 'Status') g.status = f.value.split(/[\s(]/)[0] ?? f.value;
      else if (f.name === 'Diagnostic-Code') g.diagnostic = afterType(f.value);
      else if (f.name === 'Remote-MTA') g.remoteMta = afterType(f.value);
    }
  }
  // Per-message fields alone (Status typed without a recipient) are not a recipient group.
  return groups.filter((g) => g.address !== undefined || g.originalAddress !== undefined || g.action !== undefined);
}

function hasBlankLine(text: string, f: DsnField, previousLine: number): boolean {
  // Look back from this field's start for an empty line before reaching the previous field's line.
  let pos = f.start - 1;
  let line = f.line;
  while (pos > 0 && line > previousLine) {
    const start = text.lastIndexOf('\n', pos - 1) + 1;
    if (text.slice(start, pos).trim() === '') return true;
    pos = start - 1;
    line--;
  }
  return false;
}
