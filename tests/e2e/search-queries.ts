/**
 * Everyday queries a reader types in each language, and the pages that must answer them. `top: 1`
 * means the first result must be one of `pages`; `top: 3` means one of them must be in the first
 * three. Slugs are those of /<lang>/<slug>/.
 */
export interface QueryCase { q: string; pages: string[]; top: 1 | 3 }

const DKIM = ['x.7.20', 'x.7.21', 'x.7.22', 'x.7.26'];
const RELAY = ['x.7.1', '554', '550', '571', '454'];
const BLOCKED = ['x.7.1', '554', '550', 'x.7.25'];
const SIZE = ['x.3.4', '552'];
const RECIPIENTS = ['x.5.3', '452'];
const FULL = ['x.2.2', '552', '452'];
const TIMEOUT = ['x.4.2', 'x.4.1', 'x.4.7', '421', '447'];
const GREY = ['450', '451'];
const SPF = ['x.7.23', 'x.7.24'];

export const QUERY_CASES: Record<'en' | 'it' | 'pt' | 'ca', QueryCase[]> = {
  en: [
    { q: 'mailbox full', pages: ['x.2.2'], top: 1 },
    { q: 'over quota', pages: FULL, top: 3 },
    { q: 'user unknown', pages: ['x.1.1'], top: 1 },
    { q: 'address does not exist', pages: ['x.1.1', '550'], top: 3 },
    { q: 'relay', pages: RELAY, top: 3 },
    { q: 'relay access denied', pages: RELAY, top: 3 },
    { q: 'greylisting', pages: GREY, top: 1 },
    { q: 'SPF', pages: SPF, top: 1 },
    { q: 'DKIM', pages: DKIM, top: 1 },
    { q: 'DMARC', pages: ['x.7.26'], top: 1 },
    { q: 'message too big', pages: SIZE, top: 1 },
    { q: 'too many recipients', pages: RECIPIENTS, top: 1 },
    { q: 'blocklist', pages: BLOCKED, top: 3 },
    { q: 'spam', pages: BLOCKED, top: 3 },
    { q: 'timed out', pages: TIMEOUT, top: 3 },
    { q: 'authentication required', pages: ['530'], top: 1 },
  ],
  it: [
    { q: 'casella piena', pages: ['x.2.2'], top: 1 },
    { q: 'quota superata', pages: FULL, top: 3 },
    { q: 'utente inesistente', pages: ['x.1.1'], top: 1 },
    { q: 'indirizzo inesistente', pages: ['x.1.1', '550'], top: 3 },
    { q: 'relay', pages: RELAY, top: 3 },
    { q: 'relay non consentito', pages: RELAY, top: 3 },
    { q: 'greylisting', pages: GREY, top: 1 },
    { q: 'SPF', pages: SPF, top: 1 },
    { q: 'DKIM', pages: DKIM, top: 1 },
    { q: 'DMARC', pages: ['x.7.26'], top: 1 },
    { q: 'messaggio troppo grande', pages: SIZE, top: 1 },
    { q: 'troppi destinatari', pages: RECIPIENTS, top: 1 },
    { q: 'blocklist', pages: BLOCKED, top: 3 },
    { q: 'spam', pages: BLOCKED, top: 3 },
    { q: 'timeout', pages: TIMEOUT, top: 3 },
    { q: 'autenticazione richiesta', pages: ['530'], top: 1 },
  ],
  pt: [
    { q: 'caixa de correio cheia', pages: ['x.2.2'], top: 1 },
    { q: 'caixa postal cheia', pages: FULL, top: 3 },
    { q: 'usuário desconhecido', pages: ['x.1.1'], top: 1 },
    { q: 'endereço não existe', pages: ['x.1.1', '550'], top: 3 },
    { q: 'relay', pages: RELAY, top: 3 },
    { q: 'relay negado', pages: RELAY, top: 3 },
    { q: 'greylisting', pages: GREY, top: 1 },
    { q: 'SPF', pages: SPF, top: 1 },
    { q: 'DKIM', pages: DKIM, top: 1 },
    { q: 'DMARC', pages: ['x.7.26'], top: 1 },
    { q: 'mensagem muito grande', pages: SIZE, top: 1 },
    { q: 'muitos destinatários', pages: RECIPIENTS, top: 1 },
    { q: 'blacklist', pages: BLOCKED, top: 3 },
    { q: 'spam', pages: BLOCKED, top: 3 },
    { q: 'tempo esgotado', pages: TIMEOUT, top: 3 },
    { q: 'autenticação obrigatória', pages: ['530'], top: 1 },
  ],
  ca: [
    { q: 'bústia plena', pages: ['x.2.2'], top: 1 },
    { q: 'quota superada', pages: FULL, top: 3 },
    { q: 'usuari desconegut', pages: ['x.1.1'], top: 1 },
    { q: 'adreça inexistent', pages: ['x.1.1', '550'], top: 3 },
    { q: 'relay', pages: RELAY, top: 3 },
    { q: 'relay denegat', pages: RELAY, top: 3 },
    { q: 'greylisting', pages: GREY, top: 1 },
    { q: 'SPF', pages: SPF, top: 1 },
    { q: 'DKIM', pages: DKIM, top: 1 },
    { q: 'DMARC', pages: ['x.7.26'], top: 1 },
    { q: 'missatge massa gran', pages: SIZE, top: 1 },
    { q: 'massa destinataris', pages: RECIPIENTS, top: 1 },
    { q: 'llista de bloqueig', pages: BLOCKED, top: 3 },
    { q: 'correu brossa', pages: BLOCKED, top: 3 },
    { q: 'temps esgotat', pages: TIMEOUT, top: 3 },
    { q: 'autenticació obligatòria', pages: ['530'], top: 1 },
  ],
};
