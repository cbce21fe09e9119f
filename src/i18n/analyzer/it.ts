import type { AnalyzerStrings } from './types';

export const it: AnalyzerStrings = {
  pageTitle: 'Analizzatore dei messaggi di mancato recapito',
  metaDescription:
    'Incolla un messaggio di mancato recapito (bounce) o una riga di log e ottieni una spiegazione semplice: cosa è andato storto, se l’errore è temporaneo o permanente e chi deve intervenire. Funziona nel browser.',
  intro:
    'Incolla un messaggio di mancato recapito (bounce), una riga dei log di posta o il testo dell’errore che hai ricevuto. Lo strumento trova i codici SMTP e ti spiega a parole semplici cosa non ha funzionato, se l’errore è temporaneo o permanente e chi deve intervenire.',
  inputLabel: 'Messaggio di mancato recapito, riga di log o testo dell’errore',
  inputPlaceholder: 'Incolla qui l’intero messaggio di mancato recapito, per esempio:\n550 5.1.1 <qualcuno@example.com>: Recipient address rejected: User unknown',
  explainButton: 'Spiega',
  clearButton: 'Cancella',
  privacyNote:
    'Il testo non esce mai dal tuo browser: viene analizzato sul tuo dispositivo e non viene inviato da nessuna parte. Una volta caricata la pagina, lo strumento funziona anche offline.',
  noScriptNote:
    'Questo strumento funziona nel browser e ha bisogno di JavaScript. Senza JavaScript puoi comunque cercare un codice: scrivilo (per esempio 550 o 5.1.1) nella ricerca.',
  noScriptSearchLink: 'Cerca un codice',

  flags: {
    empty: 'Prima incolla un messaggio di mancato recapito, una riga di log o il testo di un errore.',
    'no-code':
      'In questo testo non ho trovato né un codice di risposta (come 550) né un codice di stato esteso (come 5.1.1). Incolla l’intero messaggio di mancato recapito, compresa la parte tecnica.',
    truncated: (max) => `Il testo è molto lungo: ho letto solo i primi ${max.toLocaleString('it-IT')} caratteri.`,
    html: 'Il testo sembrava HTML, quindi l’ho letto senza i tag.',
    binary:
      'Buona parte del testo è fatta di caratteri illeggibili, quindi il risultato potrebbe essere sbagliato. Copia il testo del messaggio, non il file.',
    'codes-capped': (max) => `Il testo contiene moltissimi codici: ho usato solo i primi ${max}.`,
    'quoted-printable': 'Il testo era nella codifica quoted-printable (=20, =3D …): prima l’ho decodificato.',
  },

  headings: {
    whatHappened: 'Cos’è successo',
    outcome: 'Temporaneo o permanente',
    mailingList: 'Mailing list',
    whoActs: 'Chi deve intervenire',
    codesFound: 'Codici trovati',
    reliedOn: 'Su cosa mi sono basato',
    recipients: 'Destinatari in questo rapporto',
    recognized: 'Sistema riconosciuto',
    readMore: 'Per saperne di più',
    confidence: 'Quanto è sicuro',
  },

  reasons: {
    'recipient-unknown': {
      title: 'L’indirizzo non esiste',
      explanation:
        'Il server di destinazione dice che non c’è nessuna casella con questo indirizzo. Di solito l’indirizzo contiene un errore di battitura, oppure la persona ha lasciato l’azienda o ha chiuso l’account. Verifica l’indirizzo con il destinatario per un’altra via prima di scrivergli di nuovo.',
    },
    'invalid-address': {
      title: 'L’indirizzo è scritto male',
      explanation:
        'L’indirizzo non rispetta le regole con cui si scrive un indirizzo email: per esempio contiene uno spazio o due @, oppure manca il dominio. Il server non ha potuto nemmeno provare a recapitarlo. Correggi l’indirizzo e invia di nuovo il messaggio.',
    },
    'mailbox-full': {
      title: 'La casella del destinatario è piena',
      explanation:
        'Il destinatario ha esaurito lo spazio che gli dà il suo provider, quindi i nuovi messaggi non possono essere salvati. Di solito si risolve quando il destinatario cancella i messaggi vecchi o aumenta lo spazio. Puoi riprovare più tardi o avvisarlo per un’altra via.',
    },
    'mailbox-disabled': {
      title: 'L’account del destinatario è disattivato',
      explanation:
        'L’indirizzo esiste, ma l’account è spento: chiuso, sospeso o inutilizzato da molto tempo. I messaggi continueranno a tornare indietro finché il provider o il destinatario non lo riattiva. Chiedi al destinatario un indirizzo che usa adesso.',
    },
    'reputation-block': {
      title: 'Il server di invio è bloccato',
      explanation:
        'Il server di destinazione ha rifiutato il messaggio per la sua provenienza, non per il contenuto: l’indirizzo IP o il dominio del server mittente è in una blocklist o ha una cattiva reputazione. Il tuo amministratore di posta o il tuo provider deve capire il motivo e chiedere la rimozione. Fino ad allora inviare di nuovo non serve.',
    },
    'spam-content': {
      title: 'Il messaggio è stato preso per spam',
      explanation:
        'Il filtro del server di destinazione ha deciso che questo messaggio sembra spam. Possono pesare i link, gli allegati, le parole usate o l’invio di molti messaggi simili insieme. Spesso aiuta modificare il messaggio o chiedere al destinatario di aggiungerti tra i mittenti ammessi.',
    },
    virus: {
      title: 'Il messaggio è stato rifiutato perché pericoloso',
      explanation:
        'Il server di destinazione ha trovato un virus o un allegato che considera pericoloso, per esempio un programma o uno script. Controlla il computer con un antivirus e manda il file in un altro modo, per esempio con il link a una cartella condivisa.',
    },
    'auth-failure': {
      title: 'Il mittente non è stato verificato',
      explanation:
        'Il server di destinazione controlla che i messaggi del tuo dominio partano davvero da server autorizzati dal dominio (SPF, DKIM, DMARC). Questo messaggio non ha superato i controlli ed è stato trattato come un possibile falso. Il tuo amministratore di posta deve correggere i record DNS o la firma DKIM della posta in uscita.',
    },
    'reverse-dns': {
      title: 'Il server di invio non ha un nome valido',
      explanation:
        'L’indirizzo IP del server mittente non ha un nome nel DNS inverso (record PTR), oppure quel nome non rimanda allo stesso indirizzo. Molti server di destinazione rifiutano la posta di questi server. Il tuo amministratore di posta o il tuo provider deve configurare un record PTR coerente.',
    },
    'helo-rejected': {
      title: 'Il server di invio si è presentato in modo errato',
      explanation:
        'All’inizio di ogni consegna il server mittente dichiara il proprio nome (il saluto HELO o EHLO). Il server di destinazione non l’ha accettato, per esempio perché non è un nome host completo. Il tuo amministratore di posta deve correggere il nome del server.',
    },
    'relay-denied': {
      title: 'Il server si è rifiutato di inoltrare il messaggio',
      explanation:
        'Il server a cui è stato chiesto di consegnare il messaggio non accetta da te posta per quel dominio (inoltro, o relay, non consentito). Spesso il programma di posta non si autentica sul server in uscita, oppure il dominio del destinatario punta a un server che non gestisce la sua posta. Controlla le impostazioni del server in uscita; se sono giuste, deve verificare l’amministratore di posta del destinatario.',
    },
    'message-too-big': {
      title: 'Il messaggio è troppo grande',
      explanation:
        'Il messaggio, allegati compresi, supera la dimensione massima accettata dal server di destinazione. Durante l’invio gli allegati crescono di circa un terzo. Manda file più piccoli, comprimili oppure condividili con un link.',
    },
    'rate-limited': {
      title: 'Troppi messaggi in poco tempo',
      explanation:
        'Il server di destinazione applica una limitazione del ritmo di invio (rate limiting): accetta solo un certo numero di messaggi o destinatari da uno stesso mittente in un certo tempo, e questo mittente l’ha superato. Di solito il server mittente riprova da solo più tardi. Se succede spesso, invia più lentamente o a gruppi più piccoli.',
    },
    'host-not-found': {
      title: 'Il dominio del destinatario non si trova',
      explanation:
        'La parte dell’indirizzo dopo la @ non porta a nessun server di posta: il dominio può essere scritto male, scaduto o avere record DNS sbagliati. Prima di tutto controlla come è scritto il dominio. Se è giusto, l’amministratore di posta del destinatario deve correggere i record DNS del dominio.',
    },
    network: {
      title: 'I server non sono riusciti a collegarsi',
      explanation:
        'Il server mittente non è riuscito a raggiungere il server di destinazione, oppure la connessione si è interrotta durante la consegna. Di solito è un problema temporaneo di rete o del server. Il server mittente continua a riprovare; se va avanti per giorni, uno dei due amministratori di posta deve intervenire.',
    },
    greylisting: {
      title: 'Rifiuto temporaneo (greylisting)',
      explanation:
        'Il server di destinazione rifiuta apposta il primo tentativo di un mittente sconosciuto e accetta il messaggio quando il server mittente riprova qualche minuto dopo. È una normale tecnica antispam. Non devi fare nulla: di solito il messaggio arriva a breve.',
    },
    temporary: {
      title: 'Un problema temporaneo',
      explanation:
        'In quel momento il server di destinazione non ha potuto accettare il messaggio, per esempio perché era sovraccarico o aveva un problema locale. Il server mittente riprova da solo. Se dopo un giorno o due il messaggio non è ancora arrivato, contatta il destinatario per un’altra via.',
    },
    expired: {
      title: 'Il server ha smesso di riprovare',
      explanation:
        'Il server mittente ha cercato di consegnare il messaggio a lungo, di solito per alcuni giorni, e poi ci ha rinunciato. La causa vera è spesso un server che non risponde o un errore temporaneo che non è mai sparito. Cerca l’ultimo errore nel resto del rapporto, poi riprova più tardi o contatta il destinatario per un’altra via.',
    },
    policy: {
      title: 'Rifiutato dalle regole del destinatario',
      explanation:
        'Dal lato del destinatario c’è una regola che non ammette questo messaggio: per esempio un tipo di allegato vietato, un elenco di mittenti ammessi o il blocco di alcuni paesi. Non è un guasto tecnico da parte tua. Chiedi al destinatario di far autorizzare i tuoi messaggi dal suo amministratore di posta, oppure contattalo per un’altra via.',
    },
    'sender-rejected': {
      title: 'L’indirizzo del mittente è stato rifiutato',
      explanation:
        'Il server di destinazione non ha accettato l’indirizzo del mittente, spesso perché il dominio del mittente non esiste nel DNS o non è autorizzato a inviare. L’indirizzo del destinatario può essere del tutto corretto. Il tuo amministratore di posta deve controllare l’indirizzo e il dominio usati per la posta in uscita.',
    },
    'auth-required': {
      title: 'Per inviare devi autenticarti',
      explanation:
        'Il server invia posta solo per gli utenti che si autenticano con nome utente e password, e il tuo programma di posta ha provato a inviare senza farlo. Attiva l’autenticazione per il server in uscita (SMTP) nelle impostazioni dell’account del programma di posta.',
    },
    'auth-credentials': {
      title: 'Nome utente o password non accettati',
      explanation:
        'Il server in uscita ha rifiutato l’accesso del tuo programma di posta. La password può essere sbagliata o cambiata, oppure l’account può richiedere una password per le app o un altro metodo di accesso. Controlla le impostazioni dell’account o chiedi al tuo provider.',
    },
    'tls-required': {
      title: 'Serve una connessione cifrata',
      explanation:
        'Il server accetta posta solo su una connessione cifrata (TLS) e questa connessione non lo era. In un programma di posta, attiva SSL/TLS o STARTTLS per il server in uscita. Su un server di posta, l’amministratore deve attivare TLS per la posta in uscita.',
    },
    loop: {
      title: 'Il messaggio gira in tondo',
      explanation:
        'Il messaggio è passato da troppi server, oppure è tornato a un server da cui era già passato. Di solito vuol dire che due indirizzi o due server si inoltrano la posta a vicenda. Gli amministratori di posta devono trovare e togliere l’inoltro circolare.',
    },
    'protocol-error': {
      title: 'I server non si sono capiti',
      explanation:
        'Il server mittente ha mandato un comando che il server di destinazione non ha accettato, oppure l’ha mandato nell’ordine o nel formato sbagliato. È un problema di software o di configurazione, non dell’indirizzo o del testo del messaggio. Il tuo amministratore di posta deve controllare il server o il programma che invia la posta.',
    },
    success: {
      title: 'Il messaggio è stato consegnato',
      explanation:
        'Il server ha accettato il messaggio, quindi dal lato di chi invia non resta nulla da fare. Se il destinatario non lo trova, può essere nella cartella spam o trattenuto da un filtro dal suo lato.',
    },
    unknown: {
      title: 'Il motivo non è chiaro',
      explanation:
        'Il testo non contiene abbastanza informazioni per dire perché il messaggio non è stato recapitato. Cerca una riga con un codice a tre cifre come 550 o un codice come 5.1.1 e incolla l’intero messaggio di mancato recapito, compresa quella parte.',
    },
  },

  outcomes: {
    success: { label: 'Consegnato', sentence: 'Il messaggio è stato accettato; non serve fare altro.' },
    transient: {
      label: 'Errore temporaneo',
      sentence: 'Il server mittente tiene il messaggio in coda e riprova da solo per un certo periodo, di solito fino a qualche giorno.',
    },
    permanent: {
      label: 'Errore permanente',
      sentence: 'Il server mittente non riproverà: prima che un nuovo invio possa riuscire, bisogna cambiare qualcosa.',
    },
    unknown: { label: 'Non chiaro', sentence: 'Il testo non dice se l’errore è temporaneo o permanente.' },
  },

  listAdvice: {
    remove: 'Togli questo indirizzo dalle tue mailing list: anche i prossimi messaggi torneranno indietro.',
    keep: 'Tieni l’indirizzo: il problema non è l’indirizzo in sé.',
    'remove-if-repeated':
      'Per ora tieni l’indirizzo, ma toglilo se continua a tornare indietro per lo stesso motivo per diversi giorni o diversi invii.',
  },

  actors: {
    sender: 'Il mittente',
    'sender-admin': 'L’amministratore di posta del mittente',
    recipient: 'Il destinatario',
    'recipient-admin': 'L’amministratore di posta del destinatario',
  },
  noActor: 'Per ora nessuno deve fare nulla.',
  confidence: { high: 'Molto probabile', medium: 'Probabile', low: 'Incerto' },

  readSection: (section, code) => {
    const role = { sender: 'per il mittente', admin: 'per l’amministratore di posta', recipient: 'per il destinatario' }[section];
    return `Leggi la sezione ${role} nella pagina del codice ${code}`;
  },
  codePage: (code) => `Pagina del codice ${code}`,
  codeWithoutPage: 'Il sito non ha una pagina per questo codice preciso: è un codice proprio di un provider.',

  contexts: {
    'status-field': 'campo Status del rapporto',
    'diagnostic-code': 'campo Diagnostic-Code del rapporto',
    'server-said': 'risposta del server',
    hash: 'scritto con # (Exchange, qmail)',
    'log-field': 'campo di una riga di log',
    paired: 'codice di risposta seguito da un codice di stato esteso',
    'line-start': 'inizio di una riga',
    'plain-text': 'nel testo',
  },
  evidence: {
    code: (code) => `Codice ${code}`,
    dsnField: (field) => `Campo ${field}`,
    wording: 'Testo della risposta',
    fingerprint: (name) => `Tipico di ${name}`,
    line: (line) => `riga ${line}`,
  },
  refusedBy: (name) => `Rifiutato da: ${name}`,
  reportedBy: (name) => `Rapporto scritto da: ${name}`,
  authMechanisms: (names) => `Controlli non superati: ${names.join(', ')}`,

  recipientColumns: { address: 'Indirizzo', action: 'Esito', status: 'Stato', reason: 'Motivo', reply: 'Risposta del server' },
  dsnActions: {
    failed: 'non recapitato',
    delayed: 'in ritardo',
    delivered: 'consegnato',
    relayed: 'passato a un sistema che non invia rapporti',
    expanded: 'consegnato a un elenco di indirizzi',
  },
};
