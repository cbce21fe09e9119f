/**
 * Filtering gateways that sit in front of a recipient's mail server.
 */
import { fingerprint, rule, type WordingRule } from './rule';

export const filterRules: WordingRule[] = [
  rule('proofpoint-blocked', 'reputation-block', /\bBlocked\s{1,3}-\s{1,3}see\s{1,3}https?:\/\/ipcheck\.proofpoint\.com\b/, { source: 'proofpoint', priority: 3 }),
  fingerprint('proofpoint-name', 'proofpoint', 'receiver', /\bipcheck\.proofpoint\.com\b|\bpphosted\.com\b|\bproofpoint\b/),

  rule('mimecast-envelope-blocked', 'policy', ['Envelope blocked'], { source: 'mimecast', priority: 3 }),
  rule('mimecast-anti-spoofing', 'policy', ['Anti-Spoofing policy'], { source: 'mimecast', priority: 3 }),
  rule('mimecast-security-policies', 'policy', ['rejected due to security policies'], { source: 'mimecast', priority: 3 }),
  fingerprint('mimecast-name', 'mimecast', 'receiver', /\bmimecast\b/),

  rule('barracuda-reputation', 'reputation-block', ['blocked using Barracuda Reputation', 'barracudacentral'], { source: 'barracuda', priority: 3 }),
  rule('barracuda-blocked', 'policy', /\bpermanent failure for one or more recipients \([^()\n]{1,320}:blocked\)/, { source: 'barracuda', priority: 3 }),
  fingerprint('barracuda-name', 'barracuda', 'receiver', /\bbarracuda/),

  rule('amavis-virus', 'virus', /\bReject, id=[\w-]{1,40} - (?:VIRUS|INFECTED)\b/, { source: 'amavis', priority: 4 }),
  rule('amavis-banned', 'policy', /\bReject, id=[\w-]{1,40} - BANNED\b/, { source: 'amavis', priority: 4 }),
  rule('amavis-spam', 'spam-content', /\bReject, id=[\w-]{1,40} - SPAM\b/, { source: 'amavis', priority: 4 }),
  fingerprint('amavis-name', 'amavis', 'receiver', /\bamavis/),

  rule('cisco-address-rejected', 'recipient-unknown', /#5\.1\.0\s{1,20}Address\s{1,3}rejected\b/, { source: 'cisco', priority: 3 }),
];
