import type { AnalyzerStrings } from './types';

export const pt: AnalyzerStrings = {
  pageTitle: 'Analisador de mensagens de devolução',
  metaDescription:
    'Cole uma mensagem de devolução (bounce) ou uma linha de log de e-mail e receba uma explicação simples: o que deu errado, se a falha é temporária ou permanente e quem precisa agir. Funciona no navegador.',
  intro:
    'Cole uma mensagem de devolução (bounce), uma linha dos registros (log) do servidor de e-mail ou o texto do erro que você recebeu. A ferramenta encontra os códigos SMTP e explica em palavras simples o que deu errado, se a falha é temporária ou permanente e quem precisa agir.',
  inputLabel: 'Mensagem de devolução, linha de log ou texto do erro',
  inputPlaceholder: 'Cole aqui a mensagem de devolução inteira, por exemplo:\n550 5.1.1 <alguem@example.com>: Recipient address rejected: User unknown',
  explainButton: 'Explicar',
  clearButton: 'Limpar',
  privacyNote:
    'O seu texto nunca sai do navegador: ele é analisado no seu próprio aparelho e não é enviado para lugar nenhum. Depois que a página carrega, a ferramenta funciona até sem internet.',
  noScriptNote:
    'Esta ferramenta roda no navegador e precisa de JavaScript. Sem JavaScript, você ainda pode consultar um código: digite-o (por exemplo, 550 ou 5.1.1) na busca.',
  noScriptSearchLink: 'Buscar um código',

  flags: {
    empty: 'Primeiro cole uma mensagem de devolução, uma linha de log ou o texto de um erro.',
    'no-code':
      'Não encontrei neste texto nenhum código de resposta (como 550) nem código de status estendido (como 5.1.1). Cole a mensagem de devolução inteira, incluindo a parte técnica.',
    truncated: (max) => `O texto é muito longo: li só os primeiros ${max.toLocaleString('pt-BR')} caracteres.`,
    html: 'O texto parecia HTML, então eu o li sem as tags.',
    binary:
      'Boa parte do texto são caracteres ilegíveis, então o resultado pode estar errado. Copie o texto da mensagem, e não o arquivo.',
    'codes-capped': (max) => `O texto tem uma quantidade enorme de códigos; usei só os primeiros ${max}.`,
    'quoted-printable': 'O texto estava na codificação quoted-printable (=20, =3D …), então eu o decodifiquei primeiro.',
  },

  headings: {
    whatHappened: 'O que aconteceu',
    outcome: 'Temporária ou permanente',
    mailingList: 'Lista de e-mails',
    whoActs: 'Quem precisa agir',
    codesFound: 'Códigos encontrados',
    reliedOn: 'No que eu me baseei',
    recipients: 'Destinatários neste relatório',
    recognized: 'Sistema reconhecido',
    readMore: 'Saiba mais',
    confidence: 'Grau de certeza',
  },

  reasons: {
    'recipient-unknown': {
      title: 'O endereço não existe',
      explanation:
        'O servidor de destino diz que não tem nenhuma caixa de correio com esse endereço. Na maioria das vezes há um erro de digitação, ou a pessoa saiu da empresa ou encerrou a conta. Confirme o endereço com o destinatário por outro meio antes de enviar de novo.',
    },
    'invalid-address': {
      title: 'O endereço está escrito de forma errada',
      explanation:
        'O endereço não segue as regras de como um endereço de e-mail deve ser escrito: por exemplo, tem um espaço ou dois @, ou falta o domínio. O servidor nem conseguiu tentar a entrega. Corrija o endereço e envie a mensagem de novo.',
    },
    'mailbox-full': {
      title: 'A caixa de correio do destinatário está cheia',
      explanation:
        'O destinatário usou toda a cota de espaço que o provedor oferece, então as novas mensagens não podem ser guardadas. Isso costuma se resolver quando o destinatário apaga mensagens antigas ou contrata mais espaço. Você pode tentar de novo mais tarde ou avisar o destinatário por outro meio.',
    },
    'mailbox-disabled': {
      title: 'A conta do destinatário está desativada',
      explanation:
        'O endereço existe, mas a conta está desligada: encerrada, suspensa ou sem uso há muito tempo. As mensagens vão continuar voltando até que o provedor ou o destinatário reative a conta. Peça ao destinatário um endereço que ele use hoje.',
    },
    'reputation-block': {
      title: 'O servidor de envio está bloqueado',
      explanation:
        'O servidor de destino recusou a mensagem por causa da origem, e não do conteúdo: o IP ou o domínio do servidor de envio está em uma lista de bloqueio (blocklist) ou tem má reputação. O seu administrador de e-mail ou o seu provedor precisa descobrir o motivo e pedir a remoção. Até lá, enviar de novo não adianta.',
    },
    'spam-content': {
      title: 'A mensagem foi tratada como spam',
      explanation:
        'O filtro do servidor de destino concluiu que esta mensagem parece spam. Links, anexos, palavras usadas ou o envio de muitas mensagens parecidas de uma vez podem causar isso. Muitas vezes ajuda mudar a mensagem ou pedir ao destinatário que coloque você na lista de remetentes permitidos.',
    },
    virus: {
      title: 'A mensagem foi recusada por ser perigosa',
      explanation:
        'O servidor de destino encontrou um vírus ou um anexo que considera perigoso, como um programa ou um script. Verifique o seu computador com um antivírus e mande o arquivo de outro jeito, por exemplo com um link para uma pasta compartilhada.',
    },
    'auth-failure': {
      title: 'Não foi possível verificar o remetente',
      explanation:
        'O servidor de destino confere se as mensagens do seu domínio saem mesmo de servidores autorizados pelo domínio (SPF, DKIM, DMARC). Esta mensagem não passou nessas verificações e foi tratada como possível falsificação. O seu administrador de e-mail precisa corrigir os registros DNS ou a assinatura DKIM dos e-mails enviados.',
    },
    'reverse-dns': {
      title: 'O servidor de envio não tem um nome válido',
      explanation:
        'O IP do servidor de envio não tem nome no DNS reverso (registro PTR), ou esse nome não aponta de volta para o mesmo IP. Muitos servidores de destino recusam e-mails desses servidores. O seu administrador de e-mail ou a sua hospedagem precisa configurar um registro PTR coerente.',
    },
    'helo-rejected': {
      title: 'O servidor de envio se apresentou de forma errada',
      explanation:
        'No começo de cada entrega, o servidor de envio informa o próprio nome (a saudação HELO ou EHLO). O servidor de destino não aceitou esse nome, por exemplo porque não é um nome de host completo. O seu administrador de e-mail precisa corrigir o nome do servidor.',
    },
    'relay-denied': {
      title: 'O servidor se recusou a repassar a mensagem',
      explanation:
        'O servidor que recebeu o pedido de entrega não aceita de você e-mails para esse domínio (retransmissão, ou relay, negada). Muitas vezes o programa de e-mail não está autenticado no servidor de saída, ou o domínio do destinatário aponta para um servidor que não cuida dos e-mails dele. Confira as configurações do servidor de saída; se estiverem certas, o administrador de e-mail do destinatário precisa revisar a configuração dele.',
    },
    'message-too-big': {
      title: 'A mensagem é grande demais',
      explanation:
        'A mensagem, com os anexos, passa do tamanho máximo que o servidor de destino aceita. No envio, os anexos ficam cerca de um terço maiores. Mande arquivos menores, compacte-os ou compartilhe-os por um link.',
    },
    'rate-limited': {
      title: 'Mensagens demais de uma vez',
      explanation:
        'O servidor de destino aplica um limite de ritmo: aceita só um certo número de mensagens ou destinatários de um mesmo remetente em determinado tempo, e esse remetente passou do limite. Em geral o servidor de envio tenta de novo sozinho mais tarde. Se isso acontece com frequência, envie mais devagar ou para grupos menores.',
    },
    'host-not-found': {
      title: 'O domínio do destinatário não foi encontrado',
      explanation:
        'A parte do endereço depois do @ não leva a nenhum servidor de e-mail: o domínio pode estar digitado errado, ter expirado ou estar com os registros DNS quebrados. Primeiro confira como o domínio está escrito. Se estiver certo, o administrador de e-mail do destinatário precisa corrigir os registros DNS do domínio.',
    },
    network: {
      title: 'Os servidores não conseguiram se conectar',
      explanation:
        'O servidor de envio não conseguiu alcançar o servidor de destino, ou a conexão caiu durante a entrega. Normalmente é um problema temporário de rede ou de servidor. O servidor de envio continua tentando; se isso durar dias, um dos dois administradores de e-mail precisa investigar.',
    },
    greylisting: {
      title: 'Recusa temporária (greylisting)',
      explanation:
        'O servidor de destino recusa de propósito a primeira tentativa de um remetente desconhecido e aceita a mensagem quando o servidor de envio tenta de novo alguns minutos depois. É uma técnica antispam comum. Você não precisa fazer nada: a mensagem costuma chegar em pouco tempo.',
    },
    temporary: {
      title: 'Um problema temporário',
      explanation:
        'Naquele momento o servidor de destino não conseguiu aceitar a mensagem, por exemplo porque estava sobrecarregado ou com um problema local. O servidor de envio tenta de novo automaticamente. Se a mensagem ainda não tiver sido entregue depois de um ou dois dias, fale com o destinatário por outro meio.',
    },
    expired: {
      title: 'O servidor desistiu da entrega',
      explanation:
        'O servidor de envio tentou entregar a mensagem por muito tempo, normalmente vários dias, e depois desistiu. A causa real costuma ser um servidor que não responde ou um erro temporário que nunca se resolveu. Procure o último erro no resto do relatório e envie de novo mais tarde, ou fale com o destinatário por outro meio.',
    },
    policy: {
      title: 'Recusada pelas regras do destinatário',
      explanation:
        'Do lado do destinatário há uma regra que não permite esta mensagem: por exemplo, um tipo de anexo bloqueado, uma lista de remetentes permitidos ou o bloqueio de alguns países. Não é uma falha técnica sua. Peça ao destinatário que o administrador de e-mail dele libere as suas mensagens, ou fale com ele por outro meio.',
    },
    'sender-rejected': {
      title: 'O endereço do remetente foi recusado',
      explanation:
        'O servidor de destino não aceitou o endereço do remetente da mensagem, muitas vezes porque o domínio do remetente não existe no DNS ou não tem permissão para enviar. O endereço do destinatário pode estar perfeitamente certo. O seu administrador de e-mail precisa conferir o endereço e o domínio usados nos e-mails enviados.',
    },
    'auth-required': {
      title: 'Você precisa se autenticar para enviar',
      explanation:
        'O servidor só envia e-mails de usuários que se autenticam com nome de usuário e senha, e o seu programa de e-mail tentou enviar sem isso. Ative a autenticação do servidor de saída (SMTP) nas configurações da conta do seu programa de e-mail.',
    },
    'auth-credentials': {
      title: 'Usuário ou senha não aceitos',
      explanation:
        'O servidor de saída recusou o login do seu programa de e-mail. A senha pode estar errada ou ter mudado, ou a conta pode exigir uma senha de app ou outro método de login. Confira as configurações da conta ou pergunte ao seu provedor.',
    },
    'tls-required': {
      title: 'É preciso uma conexão criptografada',
      explanation:
        'O servidor só aceita e-mails por uma conexão criptografada (TLS), e esta conexão não era. No programa de e-mail, ative SSL/TLS ou STARTTLS para o servidor de saída. Num servidor de e-mail, o administrador precisa ativar TLS para os e-mails enviados.',
    },
    loop: {
      title: 'A mensagem ficou andando em círculo',
      explanation:
        'A mensagem passou por servidores demais, ou voltou a um servidor por onde já tinha passado. Em geral isso quer dizer que dois endereços ou dois servidores fazem encaminhamento um para o outro. Os administradores de e-mail precisam encontrar e desfazer esse encaminhamento circular.',
    },
    'protocol-error': {
      title: 'Os servidores não se entenderam',
      explanation:
        'O servidor de envio mandou um comando que o servidor de destino não aceitou, ou mandou na ordem ou no formato errado. É um problema de software ou de configuração, não do endereço nem do texto da mensagem. O seu administrador de e-mail precisa verificar o servidor ou o programa que envia os e-mails.',
    },
    success: {
      title: 'A mensagem foi entregue',
      explanation:
        'O servidor aceitou a mensagem, então não há mais nada a fazer do lado de quem enviou. Se o destinatário não a encontrar, ela pode estar na pasta de spam ou retida por um filtro do lado dele.',
    },
    unknown: {
      title: 'O motivo não está claro',
      explanation:
        'O texto não traz informação suficiente para dizer por que a mensagem não foi entregue. Procure uma linha com um código de três dígitos, como 550, ou um código como 5.1.1, e cole a mensagem de devolução inteira, incluindo essa parte.',
    },
  },

  outcomes: {
    success: { label: 'Entregue', sentence: 'A mensagem foi aceita; não é preciso fazer mais nada.' },
    transient: {
      label: 'Falha temporária',
      sentence: 'O servidor de envio mantém a mensagem na fila e faz novas tentativas sozinho por um tempo, normalmente até alguns dias.',
    },
    permanent: {
      label: 'Falha permanente',
      sentence: 'O servidor de envio não vai tentar de novo: alguma coisa precisa mudar antes que um novo envio dê certo.',
    },
    unknown: { label: 'Não está claro', sentence: 'O texto não diz se a falha é temporária ou permanente.' },
  },

  listAdvice: {
    remove: 'Tire este endereço das suas listas de e-mails: as próximas mensagens para ele também vão voltar.',
    keep: 'Mantenha o endereço: o problema não é o endereço em si.',
    'remove-if-repeated':
      'Mantenha o endereço por enquanto, mas tire-o se ele continuar voltando pelo mesmo motivo durante vários dias ou vários envios.',
  },

  actors: {
    sender: 'O remetente',
    'sender-admin': 'O administrador de e-mail do remetente',
    recipient: 'O destinatário',
    'recipient-admin': 'O administrador de e-mail do destinatário',
  },
  noActor: 'Por enquanto ninguém precisa fazer nada.',
  confidence: { high: 'Muito provável', medium: 'Provável', low: 'Incerto' },

  readSection: (section, code) => {
    const role = { sender: 'para o remetente', admin: 'para administradores de e-mail', recipient: 'para o destinatário' }[section];
    return `Leia a seção ${role} na página do código ${code}`;
  },
  codePage: (code) => `Página do código ${code}`,
  codeWithoutPage: 'Este site não tem uma página para este código exato: é um código próprio de um provedor.',

  contexts: {
    'status-field': 'campo Status do relatório',
    'diagnostic-code': 'campo Diagnostic-Code do relatório',
    'server-said': 'resposta do servidor',
    hash: 'escrito com # (Exchange, qmail)',
    'log-field': 'campo de uma linha de log',
    paired: 'código de resposta seguido de código de status estendido',
    'line-start': 'início de uma linha',
    'plain-text': 'no texto',
  },
  evidence: {
    code: (code) => `Código ${code}`,
    dsnField: (field) => `Campo ${field}`,
    wording: 'Texto da resposta',
    fingerprint: (name) => `Típico de ${name}`,
    line: (line) => `linha ${line}`,
  },
  refusedBy: (name) => `Recusada por: ${name}`,
  reportedBy: (name) => `Relatório gerado por: ${name}`,
  authMechanisms: (names) => `Verificações que falharam: ${names.join(', ')}`,

  recipientColumns: { address: 'Endereço', action: 'Resultado', status: 'Status', reason: 'Motivo', reply: 'Resposta do servidor' },
  dsnActions: {
    failed: 'não entregue',
    delayed: 'atrasada',
    delivered: 'entregue',
    relayed: 'repassada a um sistema que não envia relatórios',
    expanded: 'entregue a uma lista de endereços',
  },
};
