/**
 * Microsoft 365 (Exchange Online Protection), Outlook.com and on-premises Exchange. Their replies
 * carry component ids (RESOLVER.ADR.RecipientNotFound, STOREDRV...) and "AS(nnnn)" tags, which are
 * what identify them; several use enhanced codes the registry does not define (5.7.509, 5.7.708).
 */
import { fingerprint, outcomeHint, rule, type WordingRule } from './rule';

const ms = { source: 'microsoft', priority: 3 } as const;

export const microsoftRules: WordingRule[] = [
  rule('ms-recipient-not-found', 'recipient-unknown', [
    'RESOLVER.ADR.RecipientNotFound', 'RESOLVER.ADR.RecipNotFound', 'RESOLVER.ADR.ExRecipNotFound', 'Recipient not found by SMTP address lookup',
  ], ms),
  // Directory-based edge blocking: the tenant rejects addresses that do not exist in its directory.
  rule('ms-dbeb', 'recipient-unknown', /Recipient address rejected: Access denied\.?\s{0,3}AS\(201806281\)/, { ...ms, priority: 4 }),
  rule('ms-banned-ip', 'reputation-block', ['banned sending IP'], ms),
  rule('ms-s3150', 'reputation-block', [
    'part of their network is on our block list', 'S3150', 'S3140',
  ], ms),
  rule('ms-traffic-not-accepted', 'reputation-block', ['traffic not accepted from this IP'], ms),
  rule('ms-dmarc', 'auth-failure', ['does not pass DMARC verification', 'has a DMARC policy of reject'], { ...ms, auth: ['dmarc'] }),
  rule('ms-auth-level', 'auth-failure', ['does not meet the required authentication level', "doesn't meet the required authentication level"], ms),
  rule('ms-quota', 'mailbox-full', ['QuotaExceededException', 'MapiExceptionShutoffQuotaExceeded'], ms),
  rule('ms-recipient-size', 'message-too-big', ['RESOLVER.RST.RecipSizeLimit', 'message too large for this recipient'], ms),
  rule('ms-expired', 'expired', ['QUEUE.Expired'], ms),
  rule('ms-hop-count', 'loop', ['Hop count exceeded - possible mail loop'], ms),
  rule('ms-tenant-attribution', 'relay-denied', ['TenantAttribution'], { ...ms, priority: 4 }),
  rule('ms-unable-to-relay', 'relay-denied', ['Unable to relay recipient in non-accepted domain'], ms),
  rule('ms-anonymous', 'auth-required', [
    'Client was not authenticated to send anonymous mail', 'Client not authenticated to send mail',
  ], { ...ms, priority: 4 }),
  rule('ms-smtp-auth-disabled', 'auth-credentials', ['SmtpClientAuthentication is disabled'], ms),
  // Groups and mailboxes that accept only authenticated or listed senders.
  rule('ms-restricted-recipient', 'policy', [
    'RESOLVER.RST.AuthRequired', 'RESOLVER.RST.NotAuthorized', 'SenderNotAuthenticatedForGroup', 'SenderNotAuthenticatedForMailbox',
  ], { ...ms, priority: 4 }),
  rule('ms-external-forwarding', 'policy', ['does not allow external forwarding'], ms),
  rule('ms-unregistered-domains', 'policy', ['Client blocked from sending from unregistered domains'], ms),
  rule('ms-bare-linefeeds', 'protocol-error', ['BareLinefeedsAreIllegal'], ms),
  rule('ms-server-busy', 'rate-limited', ['Server busy. Please try again later from'], ms),
  rule('ms-dns-domain', 'host-not-found', /\bDNS domain \S{1,253} does not exist|\bInfoDomainNonexistent\b/, ms),
  rule('ms-bad-outbound-sender', 'sender-rejected', ['bad outbound sender'], ms),
  rule('ms-submission-quota', 'rate-limited', ['Submission quota exceeded'], { ...ms, priority: 4 }),
  rule('ms-connect-failed', 'network', [
    'Error encountered while communicating with primary target IP address', 'Winsock error code',
  ], ms),

  // Headline of Microsoft 365 NDRs: "paul wasn't found at example.net."
  rule('ms-not-found-at', 'recipient-unknown', /\b[^\s@<>]{1,64} wasn['’]t found at [a-z0-9.-]{1,253}\.[a-z]{2,24}\b/, { ...ms, role: 'reporter' }),

  fingerprint('ms-as-tag', 'microsoft', 'receiver', /\bAS\(\d{3,12}\)|\(AS\d{3,12}\)/),
  fingerprint('ms-component', 'microsoft', 'receiver', /\b(?:RESOLVER|STOREDRV|QUEUE|SMTPSEND|ROUTING|CAT)\.[A-Za-z]{2,30}(?:\.[A-Za-z]{2,40})?/),
  fingerprint('ms-protection', 'microsoft', 'receiver', /\.(?:mail\.)?protection\.outlook\.com\b/),
  fingerprint('ms-links', 'microsoft', 'receiver', /go\.microsoft\.com\/fwlink|\bsender\.office\.com\b|\bsendersupport\.olc\.protection\.outlook\.com\b/, 2),
  fingerprint('ms-ndr', 'microsoft', 'reporter', [
    'Diagnostic information for administrators:', 'Delivery has failed to these recipients or groups:', "Remote Server returned '",
    'Delivery is delayed to these recipients or groups:',
  ], 2),
  fingerprint('ms-ndr-couldnt', 'microsoft', 'reporter', /\bYour message to \S{1,320} couldn['’]t be delivered\b/),
  outcomeHint('ms-delayed', 'transient', ['Delivery is delayed to these recipients or groups', "This message hasn't been delivered yet"]),
];
