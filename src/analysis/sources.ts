/**
 * Mail providers, filtering services and MTAs the analyzer can recognise. Display names are brand
 * names and are not translated.
 */
export const SOURCE_IDS = [
  'gmail',
  'microsoft',
  'yahoo',
  'icloud',
  'postfix',
  'exim',
  'sendmail',
  'qmail',
  'dovecot',
  'proofpoint',
  'mimecast',
  'barracuda',
  'amavis',
  'cisco',
] as const;

export type SourceId = (typeof SOURCE_IDS)[number];

/** Whether the text shows a system refusing the message, or writing the report about it. */
export type SourceRole = 'receiver' | 'reporter';

export type SourceKind = 'provider' | 'mta' | 'filter';

export const SOURCES: Record<SourceId, { name: string; kind: SourceKind }> = {
  gmail: { name: 'Gmail / Google Workspace', kind: 'provider' },
  microsoft: { name: 'Microsoft 365 / Outlook.com / Exchange', kind: 'provider' },
  yahoo: { name: 'Yahoo / AOL', kind: 'provider' },
  icloud: { name: 'Apple iCloud Mail', kind: 'provider' },
  postfix: { name: 'Postfix', kind: 'mta' },
  exim: { name: 'Exim', kind: 'mta' },
  sendmail: { name: 'Sendmail', kind: 'mta' },
  qmail: { name: 'qmail', kind: 'mta' },
  dovecot: { name: 'Dovecot', kind: 'mta' },
  proofpoint: { name: 'Proofpoint', kind: 'filter' },
  mimecast: { name: 'Mimecast', kind: 'filter' },
  barracuda: { name: 'Barracuda', kind: 'filter' },
  amavis: { name: 'amavis', kind: 'filter' },
  cisco: { name: 'Cisco Secure Email (IronPort)', kind: 'filter' },
};

/** The brand name of a source. */
export function sourceName(id: SourceId): string {
  return SOURCES[id].name;
}
