import type { AnalyzerStrings } from './types';

export const ca: AnalyzerStrings = {
  pageTitle: 'Analitzador de missatges de retorn',
  metaDescription:
    'Enganxeu un missatge de retorn (rebot) o una línia del registre del servidor de correu i obtindreu una explicació planera: què ha fallat, si l’error és temporal o permanent i qui hi ha d’actuar. Funciona al navegador.',
  intro:
    'Enganxeu un missatge de retorn (rebot), una línia del registre (log) del servidor de correu o el text de l’error que heu rebut. L’eina hi troba els codis SMTP i us explica amb paraules planeres què ha fallat, si l’error és temporal o permanent i qui hi ha d’actuar.',
  inputLabel: 'Missatge de retorn, línia de registre o text de l’error',
  inputPlaceholder: 'Enganxeu aquí tot el missatge de retorn, per exemple:\n550 5.1.1 <algu@example.com>: Recipient address rejected: User unknown',
  explainButton: 'Explica-ho',
  clearButton: 'Esborra',
  privacyNote:
    'El vostre text no surt mai del navegador: s’analitza al vostre dispositiu i no s’envia enlloc. Un cop carregada la pàgina, l’eina també funciona sense connexió.',
  noScriptNote:
    'Aquesta eina funciona al navegador i necessita JavaScript. Sense JavaScript, igualment podeu consultar un codi: escriviu-lo (per exemple, 550 o 5.1.1) al cercador.',
  noScriptSearchLink: 'Cerca un codi',

  flags: {
    empty: 'Primer enganxeu un missatge de retorn, una línia de registre o el text d’un error.',
    'no-code':
      'En aquest text no he trobat cap codi de resposta (com ara 550) ni cap codi d’estat ampliat (com ara 5.1.1). Enganxeu tot el missatge de retorn, amb la part tècnica inclosa.',
    truncated: (max) => `El text és molt llarg: només n’he llegit els primers ${max.toLocaleString('ca-ES')} caràcters.`,
    html: 'El text semblava HTML, així que l’he llegit sense les etiquetes.',
    binary:
      'Bona part del text són caràcters il·legibles, així que el resultat pot ser erroni. Copieu el text del missatge, no pas el fitxer.',
    'codes-capped': (max) => `El text conté moltíssims codis; només n’he fet servir els primers ${max}.`,
    'quoted-printable': 'El text estava en la codificació quoted-printable (=20, =3D …); primer l’he descodificat.',
  },

  headings: {
    whatHappened: 'Què ha passat',
    outcome: 'Temporal o permanent',
    mailingList: 'Llista de correu',
    whoActs: 'Qui hi ha d’actuar',
    codesFound: 'Codis trobats',
    reliedOn: 'En què m’he basat',
    recipients: 'Destinataris d’aquest informe',
    recognized: 'Sistema reconegut',
    readMore: 'Més informació',
    confidence: 'Grau de seguretat',
  },

  reasons: {
    'recipient-unknown': {
      title: 'L’adreça no existeix',
      explanation:
        'El servidor de destinació diu que no té cap bústia amb aquesta adreça. Gairebé sempre és un error d’escriptura, o bé la persona ha deixat l’organització o ha tancat el compte. Comproveu l’adreça amb el destinatari per una altra via abans de tornar-li a escriure.',
    },
    'invalid-address': {
      title: 'L’adreça està mal escrita',
      explanation:
        'L’adreça no segueix les regles de com s’escriu una adreça electrònica: per exemple, té un espai o dues @, o bé hi falta el domini. El servidor ni tan sols ha pogut intentar lliurar-la. Corregiu l’adreça i torneu a enviar el missatge.',
    },
    'mailbox-full': {
      title: 'La bústia del destinatari és plena',
      explanation:
        'El destinatari ha esgotat la quota d’espai que li dona el proveïdor, de manera que els missatges nous no s’hi poden desar. Normalment es resol quan el destinatari esborra missatges antics o amplia l’espai. Podeu tornar-ho a provar més tard o avisar-lo per una altra via.',
    },
    'mailbox-disabled': {
      title: 'El compte del destinatari està desactivat',
      explanation:
        'L’adreça existeix, però el compte està apagat: tancat, suspès o sense fer-se servir des de fa molt de temps. Els missatges continuaran tornant fins que el proveïdor o el destinatari el tornin a activar. Demaneu al destinatari una adreça que faci servir ara.',
    },
    'reputation-block': {
      title: 'El servidor d’origen està bloquejat',
      explanation:
        'El servidor de destinació ha rebutjat el missatge per la procedència, no pel contingut: l’adreça IP o el domini del servidor d’origen és en una llista de bloqueig (blocklist) o té mala reputació. El vostre administrador de correu o el vostre proveïdor n’ha de trobar el motiu i demanar que l’en treguin. Fins aleshores, tornar a enviar el missatge no servirà de res.',
    },
    'spam-content': {
      title: 'El missatge s’ha pres per correu brossa',
      explanation:
        'El filtre del servidor de destinació ha decidit que aquest missatge sembla correu brossa (spam). Hi poden influir els enllaços, els fitxers adjunts, les paraules o l’enviament de molts missatges semblants alhora. Sovint ajuda canviar el missatge o demanar al destinatari que us afegeixi a la llista de remitents permesos.',
    },
    virus: {
      title: 'El missatge s’ha rebutjat per perillós',
      explanation:
        'El servidor de destinació hi ha trobat un virus o un fitxer adjunt que considera perillós, com ara un programa o un script. Reviseu l’ordinador amb un antivirus i envieu el fitxer d’una altra manera, per exemple amb un enllaç a una carpeta compartida.',
    },
    'auth-failure': {
      title: 'No s’ha pogut verificar el remitent',
      explanation:
        'El servidor de destinació comprova que els missatges del vostre domini surtin de debò de servidors que el domini autoritza (l’SPF, el DKIM, el DMARC). Aquest missatge no ha superat aquestes comprovacions i s’ha tractat com una possible falsificació. El vostre administrador de correu ha de corregir els registres DNS o la signatura DKIM del correu de sortida.',
    },
    'reverse-dns': {
      title: 'El servidor d’origen no té un nom vàlid',
      explanation:
        'L’adreça IP del servidor d’origen no té nom al DNS invers (registre PTR), o bé aquest nom no remet a la mateixa adreça. Molts servidors de destinació rebutgen el correu d’aquests servidors. El vostre administrador de correu o el vostre proveïdor d’allotjament hi ha de configurar un registre PTR coherent.',
    },
    'helo-rejected': {
      title: 'El servidor d’origen s’ha presentat malament',
      explanation:
        'Al començament de cada lliurament, el servidor d’origen diu el seu nom (la salutació HELO o EHLO). El servidor de destinació no ha acceptat aquest nom, per exemple perquè no és un nom de màquina complet. El vostre administrador de correu ha de corregir el nom del servidor.',
    },
    'relay-denied': {
      title: 'El servidor s’ha negat a retransmetre el missatge',
      explanation:
        'El servidor a qui s’ha demanat el lliurament no us accepta correu per a aquest domini (retransmissió, o relay, denegada). Sovint el programa de correu no s’ha autenticat al servidor de sortida, o bé el domini del destinatari apunta a un servidor que no en gestiona el correu. Reviseu la configuració del servidor de sortida; si és correcta, l’administrador de correu del destinatari ha de revisar la seva.',
    },
    'message-too-big': {
      title: 'El missatge és massa gran',
      explanation:
        'El missatge, amb els fitxers adjunts, supera la mida màxima que accepta el servidor de destinació. En l’enviament, els adjunts creixen aproximadament un terç. Envieu fitxers més petits, comprimiu-los o compartiu-los amb un enllaç.',
    },
    'rate-limited': {
      title: 'Massa missatges alhora',
      explanation:
        'El servidor de destinació aplica una limitació de ritme: només accepta un cert nombre de missatges o destinataris d’un mateix remitent en un temps determinat, i aquest remitent l’ha superat. Normalment el servidor d’origen ho torna a provar tot sol més tard. Si passa sovint, envieu més a poc a poc o a grups més petits.',
    },
    'host-not-found': {
      title: 'No es troba el domini del destinatari',
      explanation:
        'La part de l’adreça que va després de l’@ no porta a cap servidor de correu: el domini pot estar mal escrit, haver caducat o tenir els registres DNS malmesos. Primer comproveu com està escrit el domini. Si és correcte, l’administrador de correu del destinatari n’ha d’arreglar els registres DNS.',
    },
    network: {
      title: 'Els servidors no s’han pogut connectar',
      explanation:
        'El servidor d’origen no ha pogut arribar al servidor de destinació, o bé la connexió s’ha tallat durant el lliurament. Sol ser un problema temporal de xarxa o del servidor. El servidor d’origen ho continua provant; si dura dies, un dels dos administradors de correu ho ha de revisar.',
    },
    greylisting: {
      title: 'Rebuig temporal (greylisting)',
      explanation:
        'El servidor de destinació rebutja expressament el primer intent d’un remitent desconegut i accepta el missatge quan el servidor d’origen ho torna a provar uns minuts després (llista grisa). És una tècnica antibrossa habitual. No cal que feu res: el missatge sol arribar aviat.',
    },
    temporary: {
      title: 'Un problema temporal',
      explanation:
        'En aquell moment el servidor de destinació no ha pogut acceptar el missatge, per exemple perquè estava saturat o tenia un problema local. El servidor d’origen ho torna a provar automàticament. Si al cap d’un o dos dies el missatge encara no s’ha lliurat, poseu-vos en contacte amb el destinatari per una altra via.',
    },
    expired: {
      title: 'El servidor ha deixat de provar-ho',
      explanation:
        'El servidor d’origen ha intentat lliurar el missatge durant molt de temps, normalment uns quants dies, i després ho ha deixat córrer. La causa real sol ser un servidor que no respon o un error temporal que no ha desaparegut mai. Busqueu l’últim error a la resta de l’informe i torneu-ho a provar més tard, o contacteu amb el destinatari per una altra via.',
    },
    policy: {
      title: 'Rebutjat per les normes del destinatari',
      explanation:
        'A la banda del destinatari hi ha una norma que no admet aquest missatge: per exemple, un tipus de fitxer adjunt bloquejat, una llista de remitents permesos o el bloqueig d’alguns països. No és una avaria tècnica vostra. Demaneu al destinatari que el seu administrador de correu autoritzi els vostres missatges, o contacteu-hi per una altra via.',
    },
    'sender-rejected': {
      title: 'S’ha rebutjat l’adreça del remitent',
      explanation:
        'El servidor de destinació no ha acceptat l’adreça del remitent del missatge, sovint perquè el domini del remitent no existeix al DNS o no té permís per enviar. L’adreça del destinatari pot ser del tot correcta. El vostre administrador de correu ha de revisar l’adreça i el domini que es fan servir per al correu de sortida.',
    },
    'auth-required': {
      title: 'Cal que us autentiqueu per enviar',
      explanation:
        'El servidor només envia correu dels usuaris que s’autentiquen amb nom d’usuari i contrasenya, i el vostre programa de correu ha intentat enviar sense fer-ho. Activeu l’autenticació del servidor de sortida (SMTP) a la configuració del compte del programa de correu.',
    },
    'auth-credentials': {
      title: 'No s’ha acceptat el nom d’usuari o la contrasenya',
      explanation:
        'El servidor de sortida ha rebutjat l’inici de sessió del vostre programa de correu. Potser la contrasenya és incorrecta o ha canviat, o el compte demana una contrasenya d’aplicació o un altre mètode d’accés. Reviseu la configuració del compte o pregunteu-ho al vostre proveïdor.',
    },
    'tls-required': {
      title: 'Cal una connexió xifrada',
      explanation:
        'El servidor només accepta correu per una connexió xifrada (TLS), i aquesta connexió no ho era. En un programa de correu, activeu SSL/TLS o STARTTLS per al servidor de sortida. En un servidor de correu, l’administrador ha d’activar TLS per al correu de sortida.',
    },
    loop: {
      title: 'El missatge ha entrat en un bucle',
      explanation:
        'El missatge ha passat per massa servidors, o ha tornat a un servidor per on ja havia passat. Normalment vol dir que dues adreces o dos servidors es reenvien el correu l’un a l’altre. Els administradors de correu han de trobar i desfer aquest reenviament circular.',
    },
    'protocol-error': {
      title: 'Els servidors no s’han entès',
      explanation:
        'El servidor d’origen ha enviat una ordre que el servidor de destinació no ha acceptat, o bé l’ha enviada en una seqüència o un format incorrectes. És un problema de programari o de configuració, no de l’adreça ni del text del missatge. El vostre administrador de correu ha de revisar el servidor o el programa que envia el correu.',
    },
    success: {
      title: 'El missatge s’ha lliurat',
      explanation:
        'El servidor ha acceptat el missatge, així que a la banda de qui l’envia ja no queda res per fer. Si el destinatari no el troba, pot ser a la carpeta de correu brossa o retingut per un filtre a la seva banda.',
    },
    unknown: {
      title: 'El motiu no és clar',
      explanation:
        'El text no té prou informació per saber per què no s’ha lliurat el missatge. Busqueu una línia amb un codi de tres xifres com ara 550 o un codi com ara 5.1.1, i enganxeu tot el missatge de retorn, amb aquesta part inclosa.',
    },
  },

  outcomes: {
    success: { label: 'Lliurat', sentence: 'El missatge s’ha acceptat; no cal fer res més.' },
    transient: {
      label: 'Error temporal',
      sentence: 'El servidor d’origen guarda el missatge a la cua i el torna a provar automàticament durant un temps, normalment fins a uns quants dies.',
    },
    permanent: {
      label: 'Error permanent',
      sentence: 'El servidor d’origen no ho tornarà a provar: cal canviar alguna cosa perquè un nou enviament pugui funcionar.',
    },
    unknown: { label: 'No és clar', sentence: 'El text no diu si l’error és temporal o permanent.' },
  },

  listAdvice: {
    remove: 'Doneu de baixa aquesta adreça de les vostres llistes de correu: els propers missatges també tornaran.',
    keep: 'Manteniu l’adreça: el problema no és l’adreça en si.',
    'remove-if-repeated':
      'De moment manteniu l’adreça, però doneu-la de baixa si continua rebotant pel mateix motiu durant uns quants dies o uns quants enviaments.',
  },

  actors: {
    sender: 'El remitent',
    'sender-admin': 'L’administrador de correu del remitent',
    recipient: 'El destinatari',
    'recipient-admin': 'L’administrador de correu del destinatari',
  },
  noActor: 'De moment no cal que ningú faci res.',
  confidence: { high: 'Molt probable', medium: 'Probable', low: 'Incert' },

  readSection: (section, code) => {
    const role = { sender: 'per al remitent', admin: 'per als administradors de correu', recipient: 'per al destinatari' }[section];
    return `Llegiu la secció ${role} a la pàgina del codi ${code}`;
  },
  codePage: (code) => `Pàgina del codi ${code}`,
  codeWithoutPage: 'Aquest lloc no té cap pàgina per a aquest codi concret: és un codi propi d’un proveïdor.',

  contexts: {
    'status-field': 'camp Status de l’informe',
    'diagnostic-code': 'camp Diagnostic-Code de l’informe',
    'server-said': 'resposta del servidor',
    hash: 'escrit amb # (Exchange, qmail)',
    'log-field': 'camp d’una línia de registre',
    paired: 'codi de resposta seguit d’un codi d’estat ampliat',
    'line-start': 'començament d’una línia',
    'plain-text': 'dins del text',
  },
  evidence: {
    code: (code) => `Codi ${code}`,
    dsnField: (field) => `Camp ${field}`,
    wording: 'Text de la resposta',
    fingerprint: (name) => `Típic de ${name}`,
    line: (line) => `línia ${line}`,
  },
  refusedBy: (name) => `Rebutjat per: ${name}`,
  reportedBy: (name) => `Informe generat per: ${name}`,
  authMechanisms: (names) => `Comprovacions que han fallat: ${names.join(', ')}`,

  recipientColumns: { address: 'Adreça', action: 'Resultat', status: 'Estat', reason: 'Motiu', reply: 'Resposta del servidor' },
  dsnActions: {
    failed: 'no lliurat',
    delayed: 'ajornat',
    delivered: 'lliurat',
    relayed: 'passat a un sistema que no envia informes',
    expanded: 'lliurat a una llista d’adreces',
  },
};
