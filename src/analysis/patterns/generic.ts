/**
 * Wording any server may use. Priorities are low on purpose: a provider's exact text on the same
 * line wins over these (see classify.ts).
 */
import { outcomeHint, rule, type WordingRule } from './rule';

const p1 = { priority: 1 } as const;
const p2 = { priority: 2 } as const;
const p3 = { priority: 3 } as const;
const p4 = { priority: 4 } as const;

const NEG = String.raw`(?:does\s+not|doesn['’]t|did\s+not|didn['’]t|not)`;

export const genericRules: WordingRule[] = [
  // recipient-unknown
  rule('user-unknown', 'recipient-unknown',
    new RegExp(String.raw`\b(?:user|recipient|mailbox|account|addressee)\s{1,3}(?:is\s+)?(?:unknown|not\s+found|${NEG}\s+exists?|non-?existent)\b`), p2),
  rule('no-such-user', 'recipient-unknown', /\bno\s{1,3}such\s{1,3}(?:user|mailbox|recipient|address|account|person|local\s+user)\b/, p3),
  rule('unknown-user', 'recipient-unknown', /\bunknown\s{1,3}(?:user|recipient|mailbox|local\s+part|e-?mail\s+address)\b/, p2),
  rule('invalid-recipient', 'recipient-unknown', /\binvalid\s{1,3}(?:recipient|mailbox|user)\b/, p2),
  rule('undeliverable-address', 'recipient-unknown', /\bRecipient address rejected:\s{1,3}undeliverable address\b/, p3),
  rule('address-not-found', 'recipient-unknown', /\b(?:the\s+)?(?:e-?mail\s+)?address\s+(?:you\s+entered\s+)?couldn['’]t\s+be\s+found\b/, p2),
  rule('mailbox-unavailable', 'recipient-unknown', /\bmailbox\s{1,3}(?:unavailable|not\s+available)\b/, p1),

  // invalid-address
  rule('address-syntax', 'invalid-address',
    /\b(?:bad|invalid|illegal)\s{1,3}(?:recipient\s+|destination\s+)?(?:mailbox\s+)?address\s{1,3}syntax\b|\baddress\s{1,3}syntax\s{1,3}(?:error|incorrect|invalid)\b|\bsyntax\s+error\s+in\s+(?:the\s+)?(?:recipient|mailbox\s+address|address)\b|\bmalformed\s{1,3}(?:recipient\s+)?address\b|\bneed\s+fully-qualified\s+address\b/, p3),
  rule('mailbox-name-not-allowed', 'invalid-address', /\bmailbox\s+name\s+not\s+allowed\b/, p1),

  // mailbox-full
  rule('mailbox-full', 'mailbox-full', /\b(?:mailbox|inbox|mail\s?box|postbox)\s{1,3}(?:is\s+|was\s+)?(?:full|out\s+of\s+storage\s+space)\b|\bfull\s+mailbox\b|\bmailbox\s+(?:size\s+limit\s+exceeded|has\s+exceeded)\b/, p3),
  rule('over-quota', 'mailbox-full', /\bover\s{1,3}(?:the\s+|his\s+|her\s+|their\s+|its\s+)?(?:storage\s+)?quota\b/, p3),
  rule('quota-exceeded', 'mailbox-full', /\bquota\s{1,3}(?:has\s+been\s+)?exceeded\b|\bexceeded\s+(?:(?:its|the|their|his|her)\s+)?(?:storage\s+|mailbox\s+|disk\s+)?quota\b/, p2),
  rule('storage-allocation', 'mailbox-full', /\bexceeded\s+storage\s+allocation\b/, p1),

  // mailbox-disabled
  rule('account-disabled', 'mailbox-disabled',
    /\b(?:account|mailbox|user|address)\s{1,3}(?:is\s+|has\s+been\s+|was\s+)?(?:disabled|deactivated|suspended|inactive|locked|closed|terminated)\b|\binactive\s{1,3}(?:user|account|mailbox|recipient)\b|\bmailbox\s{1,3}(?:is\s+)?(?:not\s+active|no\s+longer\s+(?:active|available|in\s+use))\b|\bUser\s+Account\s+Disabled\b/, p3),

  // reputation-block
  rule('spamhaus', 'reputation-block', /\bspamhaus\b/, p3),
  rule('blocked-using', 'reputation-block', /\bblocked\s{1,3}using\b/, p3),
  rule('dnsbl-names', 'reputation-block',
    /\b(?:spamcop|uceprotect|sorbs|spamrats|abuseat|barracudacentral|psbl|mailspike|invaluement|spameatingmonkey|senderscore\.org|0spam)\b/, p3),
  rule('blocklist', 'reputation-block', /\b(?:block|black|deny)[\s-]?list(?:ed|s)?\b|\bDNSBL\b|\bRBL\b/, p2),
  rule('poor-reputation', 'reputation-block',
    /\b(?:poor|low|bad|negative)\s{1,3}(?:sender\s+|sending\s+|IP\s+|domain\s+)?reputation\b|\breputation\s{1,3}(?:is\s+)?(?:too\s+)?(?:low|poor)\b/, p3),
  rule('ip-blocked', 'reputation-block',
    /\bIP\s{1,3}(?:address\s+)?(?:\[?[0-9a-f.:]{3,45}\]?\s+)?(?:is\s+|has\s+been\s+)?(?:blocked|blacklisted|blocklisted|banned|listed)\b/, p2),
  rule('listed-at', 'reputation-block', /\blisted\s{1,3}(?:at|on|in)\s{1,3}(?:the\s+)?\S{1,100}\b/, p1),
  rule('dynamic-ip', 'reputation-block', /\bdynamic(?:ally[\s-]assigned)?\s{1,3}IP\b|\bresidential\s+IP\b/, p2),

  // spam-content
  rule('classified-as-spam', 'spam-content',
    /\b(?:message|content|mail|email|e-mail)\s{1,3}(?:was\s+|has\s+been\s+|is\s+)?(?:rejected|blocked|identified|detected|classified|flagged|considered|marked|refused)\s{1,3}as\s{1,3}(?:spam|junk|bulk)\b|\b(?:rejected|detected|identified)\s{1,3}as\s{1,3}spam\b|\blooks\s+like\s+spam\b|\bhigh\s+probability\s+of\s+(?:being\s+)?spam\b/, p3),
  rule('spam-words', 'spam-content', /\bspam\s{1,3}(?:detected|message|content|score|filter)\b|\b(?:likely|suspected|probable)\s{1,3}spam\b|\bspam\s+rejected\b/, p2),
  rule('unsolicited', 'spam-content', /\bunsolicited\b/, p1),

  // virus
  rule('virus', 'virus',
    /\b(?:virus|malware|trojan|worm|ransomware)\s{1,3}(?:was\s+)?(?:found|detected)\b|\bcontains?\s+(?:a\s+)?(?:virus|malware|malicious)\b|\binfected\s+(?:with|by|attachment|file)\b|\b(?:VIRUS|INFECTED)\s{0,2}:\s|\bmalicious\s+(?:content|attachment|payload|file|link)\b/, p3),

  // auth-failure
  rule('spf-fail', 'auth-failure',
    new RegExp(String.raw`\bSPF\b[^\n]{0,40}?\b(?:fail(?:ed|ure|s)?|softfail|permerror|temperror|${NEG}\s+pass|validation\s+(?:failed|error)|check\s+failed)\b|\bfail(?:ed|s)?\s+(?:the\s+)?SPF\b|\bopenspf\.(?:net|org)\/Why\b|\bdoes\s+not\s+designate\s+\S{1,60}\s+as\s+permitted\s+sender\b|\bSPF\s+validation\s+failed\b`),
    { priority: 3, auth: ['spf'] }),
  rule('dkim-fail', 'auth-failure',
    new RegExp(String.raw`\bDKIM\b[^\n]{0,40}?\b(?:fail(?:ed|ure|s)?|invalid|${NEG}\s+(?:pass|valid|verif\w{0,10})|verification\s+failed|missing|required)\b|\bno\s+(?:passing|valid|acceptable)\s+(?:author-matched\s+)?DKIM\b|\bfail(?:ed|s)?\s+DKIM\b`),
    { priority: 3, auth: ['dkim'] }),
  rule('dmarc-fail', 'auth-failure',
    new RegExp(String.raw`\bDMARC\b[^\n]{0,40}?\b(?:policy|fail(?:ed|ure|s)?|reject(?:ed|ion)?|verification|quarantine|${NEG}\s+pass)\b|\b(?:fail(?:ed|s)?|${NEG}\s+pass)\s+DMARC\b`),
    { priority: 3, auth: ['dmarc'] }),
  rule('arc-fail', 'auth-failure', /\bARC\s{1,3}(?:validation|verification)\s{1,3}fail/, { priority: 3, auth: ['arc'] }),
  rule('unauthenticated', 'auth-failure',
    /\b(?:message|mail|email|sender)\s{1,3}(?:is\s+)?unauthenticated\b|\bMultiple\s+authentication\s+checks\s+failed\b|\bauthentication\s+checks?\s+(?:failed|did\s+not\s+pass)\b/, p3),

  // reverse-dns
  rule('ptr', 'reverse-dns',
    /\bPTR\s{1,3}record|\bno\s+PTR\b|\breverse\s{1,3}DNS\s{1,3}(?:lookup\s+)?(?:validation\s+)?(?:fail\w{0,4}|check|required|missing|record|entry|does\s+not|doesn['’]t)|\bReverse\s+DNS\s+validation\s+failed\b|\bFCrDNS\b|\bforward[\s-]confirmed\s+reverse\s+DNS\b|\bno\s+reverse\s+DNS\b|\brDNS\b/, p3),
  rule('hostname-not-resolve', 'reverse-dns', /\bcannot\s+(?:find|resolve)\s+your\s+(?:reverse\s+)?(?:hostname|host\s+name)\b/, p4),

  // helo-rejected
  rule('helo', 'helo-rejected',
    /\b(?:HELO|EHLO)\s{1,3}(?:command\s+)?(?:rejected|invalid|not\s+allowed|forged)\b|\b(?:HELO|EHLO)\s{1,3}(?:name|hostname|host\s+name|argument|domain)\b[^\n]{0,40}?\b(?:rejected|invalid|not\s+allowed|forged|not\s+a\s+FQDN|is\s+not\s+valid)\b|\bneed\s+fully-qualified\s+hostname\b|\binvalid\s+(?:HELO|EHLO)\b/, p3),

  // relay-denied
  rule('relay-denied', 'relay-denied',
    /\brelay(?:ing)?\s{1,3}(?:access\s+)?(?:is\s+)?(?:denied|not\s+permitted|not\s+allowed|prohibited|refused|disabled)\b|\bwe\s+do\s+not\s+relay\b|\bnot\s+(?:permitted|allowed|authori[sz]ed)\s+to\s+relay\b|\bunable\s+to\s+relay\b|\brejecting\s+relays?\b/, p3),

  // message-too-big
  rule('too-big', 'message-too-big',
    /\b(?:message|mail|email|e-mail|attachment)s?\s{1,3}(?:size\s+)?(?:is\s+|are\s+|was\s+)?too\s+(?:large|big)\b|\bsize\s+exceeds\b|\bexceeds?\s+(?:the\s+)?(?:maximum|max|allowed|fixed)\s+(?:message\s+)?size\b|\bmessage\s+(?:size|length)\s+exceeds\b|\bexceeded\s+[^\n]{0,30}?\bmessage\s+size\s+limits?\b|\btoo\s+big\s+for\s+system\b|\bmessage\s+too\s+large\b/, p3),
  rule('size-limit', 'message-too-big', /\bmaximum\s+message\s+size\b|\bmessage\s+size\s+limit\b/, p2),

  // rate-limited
  rule('too-many', 'rate-limited',
    /\btoo\s{1,3}many\s{1,3}(?:recipients|messages|connections|concurrent|emails|mails|invalid\s+recipients|SMTP\s+sessions|sessions|errors|RCPT)\b/, p3),
  rule('rate-limit', 'rate-limited',
    /\brate[\s-]?limit(?:ed|ing|s)?\b|\bthrottl(?:ed|ing)\b|\bsending\s+(?:quota|limit)\s+(?:exceeded|reached)\b|\bmail\s+flood\b|\bsending\s+too\s+fast\b/, p3),
  rule('volume-limit', 'rate-limited',
    /\bunexpected\s+volume\b|\b(?:hourly|daily)\s+(?:\w{1,20}\s+)?(?:limit|quota)\b|\bexceeded\s+(?:the\s+)?(?:\w{1,20}\s+)?(?:rate|sending|message|recipient|connection)\s+limit\b|\bconnection\s+limit\b/, p2),

  // host-not-found
  rule('host-not-found', 'host-not-found',
    /\bHost\s+or\s+domain\s+name\s+not\s+found\b|\bNXDOMAIN\b|\bno\s+such\s+domain\b|\bName\s+service\s+error\b|\bnull\s+MX\b|\bdomain\s+(?:does\s+not|doesn['’]t)\s+accept\s+mail\b/, p3),
  rule('domain-not-found', 'host-not-found',
    /\bdomain\s{1,3}(?:name\s+)?(?:not\s+found|does\s+not\s+exist|doesn['’]t\s+exist|not\s+exist)\b|\bHost\s+not\s+found\b|\bHost\s+unknown\b|\bno\s+MX\s+(?:record|host)s?\b|\bMX\s+records?\s+not\s+found\b|\bDNS\s+(?:lookup\s+)?(?:failure|failed|error|problem)\b|\b(?:unable\s+to|could\s+not|couldn['’]t)\s+(?:resolve|find)\s+(?:the\s+)?(?:MX|domain|host)\b/, p2),

  // network
  rule('connection-failed', 'network',
    /\bConnection\s{1,3}(?:timed\s+out|refused|reset|dropped|lost)\b|\bNetwork\s+is\s+unreachable\b|\bNo\s+route\s+to\s+host\b|\bHost\s+is\s+unreachable\b|\blost\s+connection\s+with\b|\bNo\s+answer\s+from\s+host\b|\bconversation\s+with\s+\S{1,255}\s+timed\s+out\b/, p3),
  rule('connect-problem', 'network',
    /\btimed\s+out\b|\b(?:could\s+not|unable\s+to|failed\s+to)\s+connect\b|\bSocket\s+error\b|\bTLS\s+handshake\s+fail\w{0,4}\b|\bhandshake\s+failure\b|\bBad\s+connection\b/, p2),

  // greylisting
  rule('greylisting', 'greylisting', /\bgr[ae]y[\s-]?list(?:ed|ing)?\b/, p3),

  // temporary
  rule('try-later', 'temporary',
    /\b(?:try|retry)\s+(?:again\s+)?later\b|\bplease\s+try\s+again\b|\btemporar(?:y|ily)\s{1,3}(?:failure|error|unavailable|rejected|deferred|not\s+available|local\s+problem|problem|blocked)\b|\bserver\s+(?:is\s+)?(?:too\s+)?busy\b|\bResources\s+temporarily\s+unavailable\b|\bInternal\s+resource\s+temporarily\s+unavailable\b/, p1),
  rule('local-error', 'temporary',
    /\blocal\s+error\s+in\s+processing\b|\bmailbox\s+(?:is\s+)?busy\b|\binsufficient\s+system\s+storage\b|\bmail\s+system\s+(?:is\s+)?full\b|\bsystem\s+not\s+accepting\s+network\s+messages\b|\bTemporary\s+local\s+problem\b|\bService\s+not\s+available,\s+closing\s+transmission\s+channel\b|\bMail\s+system\s+congestion\b/, p2),

  // expired
  rule('expired', 'expired',
    /\bmessage\s+expired\b|\bDelivery\s+time\s+expired\b|\bin\s+the\s+queue\s+too\s+long\b|\bmaximal\s+(?:queue\s+)?lifetime\b|\bexpired\s+after\s+\d{1,4}\s+(?:days?|hours?)\b/, p3),

  // policy
  rule('policy-words', 'policy',
    /\bpolicy\s+(?:violation|reasons?|restrictions?|rejection)\b|\bdue\s+to\s+(?:local\s+|security\s+|content\s+)?polic(?:y|ies)\b|\bAdministrative\s+prohibition\b|\bDelivery\s+not\s+authori[sz]ed\b|\bnot\s+allowed\s+to\s+send\b/, p2),
  rule('not-authorized', 'policy', /\bnot\s+authori[sz]ed\b|\bprohibited\b|\bAccess\s+denied\b|\bmessage\s+refused\b|\bContent\s+rejected\b/, p1),
  rule('blocked-attachment', 'policy',
    /\b(?:attachment|file)\s{1,3}(?:type\s+|extension\s+|name\s+)?(?:is\s+)?(?:not\s+(?:allowed|permitted)|blocked|forbidden|prohibited|rejected|banned)\b|\b(?:blocked|prohibited|forbidden|banned|dangerous|unsafe)\s{1,3}(?:attachment|file\s+(?:type|extension)|content\s+type)\b|\bBANNED\s{0,2}:/, p2),
  rule('geo-block', 'policy', /\b(?:country|countries|region)\s{1,3}(?:is\s+|are\s+)?(?:not\s+allowed|blocked|not\s+accepted)\b|\bgeo[\s-]?(?:block\w{0,3}|IP\s+block\w{0,3}|restrict\w{0,7})\b/, p2),
  rule('sender-blocked', 'policy', /\bsender\s{1,3}(?:address\s+)?(?:is\s+)?(?:not\s+allowed|blocked|denied|not\s+permitted)\b|\bblocked\s+by\s+(?:the\s+)?recipient\b/, p2),

  // sender-rejected
  rule('sender-unknown', 'sender-rejected',
    /\bsender\s{1,3}(?:domain|address)\s{1,3}(?:\S{1,255}\s+)?(?:does\s+not\s+exist|not\s+found|is\s+invalid|must\s+exist|unknown)\b|\b(?:bad|invalid|unknown)\s+sender\b|\bMAIL\s+FROM\s+(?:rejected|refused)\b|\bSender\s+denied\b|\bsender\s+rejected\b|\bsender'?s\s+system\s+address\b/, p3),
  rule('sender-null-mx', 'sender-rejected', /\bSender\s+address\s+has\s+null\s+MX\b/, p4),

  // auth-required
  rule('auth-required', 'auth-required',
    /\bAuthentication\s{1,3}(?:is\s+)?required\b|\bMust\s+authenticate\b|\bSMTP\s+AUTH(?:entication)?\s+(?:is\s+)?required\b|\bplease\s+(?:log\s?in|authenticate)\b|\bauthentication\s+is\s+needed\b/, p3),
  rule('not-logged-in', 'auth-required', /\bnot\s+logged\s+in\b|\bClient\s+(?:was\s+)?not\s+authenticated\b/, p4),

  // auth-credentials
  rule('bad-credentials', 'auth-credentials',
    /\bAuthentication\s{1,3}(?:failed|unsuccessful|credentials\s+invalid)\b|\bInvalid\s+(?:login|credentials|username\s+or\s+password|user\s+name\s+or\s+password)\b|\b(?:incorrect|wrong|bad)\s+(?:password|credentials|authentication\s+data|user\s?name)\b|\bAuthentication\s+mechanism\s+is\s+too\s+weak\b|\bpassword\s+(?:transition|expired)\b/, p3),

  // tls-required
  rule('starttls-first', 'tls-required', /\bMust\s+issue\s+a\s+STARTTLS\s+command\s+first\b/, p4),
  rule('tls-required', 'tls-required',
    /\b(?:STARTTLS|TLS|SSL|encryption)\s{1,3}(?:is\s+)?(?:required|needed|mandatory)\b|\brequires?\s+(?:a\s+)?(?:secure|encrypted|TLS)\s+connection\b|\bREQUIRETLS\b|\bEncryption\s+Needed\b/, p3),

  // loop
  rule('loop', 'loop',
    /\bmail\s+(?:forwarding\s+)?loop\b|\btoo\s+many\s+hops\b|\bHop\s+count\s+exceeded\b|\brouting\s+loop\b|\bmessage\s+is\s+looping\b|\bloop\s+detected\b|\bmaximum\s+hop\s+count\b/, p3),

  // protocol-error
  rule('protocol', 'protocol-error',
    /\bSyntax\s+error\b|\bCommand\s+(?:unrecognized|not\s+implemented|not\s+recognized)\b|\bBad\s+sequence\s+of\s+commands\b|\bunrecognized\s+command\b|\bInvalid\s+command\b|\b(?:line|command)\s+too\s+long\b|\bprotocol\s+(?:error|violation)\b/, p2),
  rule('bare-lf', 'protocol-error', /\bbare\s+(?:LF|<LF>|linefeeds?|line\s+feeds?|CR)\b/, p3),

  // success
  rule('delivered', 'success',
    /\bqueued\s+as\b|\b(?:message\s+)?accepted\s+for\s+delivery\b|\bdelivered\s+successfully\b|\bsuccessfully\s+delivered\b|\bdelivery\s+(?:was\s+)?successful\b/, p2),

  outcomeHint('permanent-error', 'permanent',
    /\bThis\s+is\s+a\s+permanent\s+error\b|\bpermanent\s+(?:fatal\s+)?(?:errors?|failures?)\b|\bwill\s+NOT\s+succeed\b|\bpermanently\s+(?:deferred|rejected|failed)\b|\bhard\s+bounce\b/),
  outcomeHint('transient-error', 'transient',
    /\bwill\s+(?:be\s+)?(?:retried|retry|keep\s+trying|try\s+again)\b|\bDelivery\s+(?:has\s+been|is)\s+delayed\b|\bhas\s+not\s+(?:yet\s+)?been\s+delivered\b|\bhasn['’]t\s+been\s+delivered\s+yet\b|\bstill\s+(?:trying|being\s+retried)\b|\bDeferred:\s|\btransient\s+(?:non-fatal\s+)?(?:errors?|failures?)\b|\btemporar(?:y|ily)\b|\bsoft\s+bounce\b/, 1),
];
