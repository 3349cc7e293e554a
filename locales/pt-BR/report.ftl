# O relatório como é lido: a página, o texto da linha de comando e o resumo para um chamado.
# Citações do servidor, códigos, nomes de host e números nunca são traduzidos.

## O resultado e a frase que resume o relatório

verdict-ok = Nenhum problema encontrado
verdict-warning = Funciona, mas algo deveria mudar
verdict-error = Ainda não funciona
summary-ok = { $what }: nenhum problema encontrado.
summary-warning = { $what } funciona, mas: { $title }.
summary-error = { $what } não funciona: { $title }.
summary-other = { $what }: veja os resultados.
summary-no-target = A verificação
target-auto = { $protocol } em { $host }, porta { $port }, com segurança automática
target-plain = { $protocol } em { $host }, porta { $port }, sem criptografia
target-secure = { $protocol } em { $host }, porta { $port }, com { $security }

## As etapas da linha do tempo

stage-input = Verificando o que foi digitado
stage-dns = Procurando o nome do servidor
stage-tcp = Conectando ao servidor
stage-tls = Protegendo a conexão
stage-protocol = Conversando com o serviço de e-mail
stage-auth = Fazendo login
stage-mailbox = Olhando a caixa de correio
stage-limits = Testando os limites de conexão
status-pass = Concluída
status-warn = Aviso
status-fail = Falhou
status-skip = Ignorada
severity-error = erro
severity-warning = aviso
severity-info = informação

## As seções da página

report-provider = Provedor: { $provider }
report-fix-first = O que corrigir primeiro
report-also-found = Também encontrado
report-findings = Resultados
report-other-findings = Outros resultados
report-code = Código:
report-evidence = Dados:
report-timeline = O que o maildoctor fez
report-stages = Etapas
report-total-time = Tempo total: { $ms } ms
report-server-software = Software do servidor: { $software }
report-send = Envie para sua central de suporte
report-copy-ticket = Copiar resumo para um chamado
report-download-json = Baixar JSON
report-ticket-summary = Resumo para um chamado (texto simples)
report-technical = Detalhes técnicos
report-again = Verificar outras configurações
report-ticket = Chamado: { $ticket }

## As configurações que devem funcionar

settings-title = Configurações que devem funcionar
settings-lead = Coloque estas configurações na conta do seu app de e-mail.
settings-verified = Verificadas agora mesmo
settings-also-suggested = Também sugeridas (não verificadas)
settings-suggested = Sugeridas (não verificadas)
role-imap = Servidor de entrada (IMAP)
role-pop3 = Servidor de entrada (POP)
role-smtp = Servidor de saída (SMTP)
settings-server = Servidor
settings-requires-ssl = Requer SSL
settings-port = Porta
settings-requires-sign-in = Requer autenticação
settings-username = Nome de usuário
settings-password = Senha
settings-password-yours = Sua senha
settings-password-or-app = Sua senha (ou uma senha de app, se o provedor pedir)
settings-found-from = Origem
settings-note = Observação
settings-check-sign-in = Verificar o login com estas configurações
settings-yes-with = Sim ({ $security })
settings-yes = Sim
settings-no = Não
username-full-address = Seu endereço de e-mail completo
username-unchanged = sem mudança (o que você usa agora)
username-not-tried = sem mudança (o login não foi testado aqui)
checked-verified-in = Verificado: respondeu em { $ms } ms
checked-verified = Verificado
checked-not-verified = Não verificado

## Os detalhes técnicos

cert-title = Certificado
cert-subject = Titular
cert-names = Nomes cobertos
cert-none = (nenhum)
cert-issuer = Emissor
cert-valid-from = Válido de
cert-valid-until = Válido até
cert-days-left =
    { $count ->
        [one] falta { $count } dia
       *[other] faltam { $count } dias
    }
cert-key = Chave
cert-connection = Conexão
cert-chain = Cadeia enviada pelo servidor
cert-issued-by = emitido por
cert-until = até
alternatives-title = Alternativas testadas
alternatives-settings = Configurações
alternatives-result = Resultado
alternatives-time = Tempo
alternatives-found-from = Origem
alternatives-summary =
    { $count ->
        [one] { $count } alternativa testada em { $ms } ms (sem fazer login), { $verified } verificadas.
       *[other] { $count } alternativas testadas em { $ms } ms (sem fazer login), { $verified } verificadas.
    }
transcript-title =
    { $count ->
        [one] Conversa com o servidor ({ $count } linha)
       *[other] Conversa com o servidor ({ $count } linhas)
    }
transcript-empty = Sem conversa: o maildoctor não chegou ao serviço de e-mail.
transcript-caption = Cada linha enviada e recebida, com o tempo desde o início
transcript-who = Quem
transcript-time = Tempo
transcript-line = Linha
who-client = o maildoctor enviou
who-server = o servidor respondeu
who-note = observação
request-title = A solicitação como foi feita
request-protocol = Protocolo
request-server = Servidor
request-port = Porta
request-security = Segurança
request-username = Nome de usuário
request-password = Senha
request-email = Endereço de e-mail
request-options = Opções
request-none = (nenhum)
request-standard-port = (padrão)
request-automatic = Automático
request-no-security = Nenhuma
request-password-given = informada (não exibida)
request-password-not-given = não informada
option-test-limits = testar o limite de conexões
option-insecure-auth = enviar a senha sem criptografia
option-trust-certificate = enviar a senha apesar do certificado

## Compartilhar um relatório salvo

share-failed = Não foi possível salvar este relatório (o armazenamento de relatórios está indisponível no momento), então ele não tem link para compartilhar. Ele só aparece aqui.
share-title = Compartilhar este relatório
share-saved-for =
    { $count ->
        [one] Salvo por { $count } dia em
       *[other] Salvo por { $count } dias em
    }
share-saved-hint = copie este link para o seu chamado; qualquer pessoa com ele pode abrir o relatório (ele não contém senha).
share-copy = Copiar link
compare-label = Comparar com outro relatório do mesmo servidor (por exemplo, um feito no computador do usuário)
compare-hint = Cole o link ou o ID dele.
compare-submit = Comparar lado a lado
share-delete = Excluir o relatório salvo
vantage-service = Feito pelo serviço da central de suporte
vantage-user = Feito no computador do usuário (maildoctor { $version })

## O resumo para um chamado e a linha de comando

ticket-heading = Relatório do maildoctor ({ $started })
ticket-checked = Verificado: { $protocol } em { $host } ({ $port })
ticket-standard-port = porta padrão
ticket-request-id = ID da solicitação: { $id }
ticket-saved = Relatório salvo: { $link }
cli-port = porta { $port }
cli-username = nome de usuário: { $username }
cli-found-from = origem: { $from }

## O script da página ao vivo (static/app.js lê estes textos na página; o script preenche os marcadores)

js-copied = Copiado. Cole no seu chamado ou e-mail.
js-copy-failed = Não foi possível copiar: abra "Resumo para um chamado" e copie o texto.
js-no-server = { $provider } não tem servidor { $protocol }.
js-filled = O servidor { $protocol } de { $provider } foi preenchido: { $host }, porta { $port }.
js-progress = Cada etapa aparece aqui assim que é concluída.
js-next = Fazendo a próxima etapa…
js-start-failed = Não foi possível iniciar a verificação ({ $status }).
js-ended-early = A conexão com o maildoctor terminou antes da hora. Tente de novo.
js-not-finished = A verificação não terminou. Tente de novo.

## The alternatives tried after a failure
alternatives-too-many = Não testada: mais de { $limit } alternativas.
alternatives-no-answer = Sem resposta nos { $ms } ms dados às alternativas.
alternatives-stopped = Interrompida: outra alternativa já funciona.
origin-provider = provedor
origin-srv = registro SRV
origin-autoconfig = autoconfig
origin-same-port = mesma porta
origin-standard-port = porta padrão
origin-certificate = certificado
origin-finding = constatação
settings-note-port-25 = A porta 25 é o último recurso para enviar: a maioria das redes domésticas e móveis a bloqueia para o envio de e-mails. Use a 465 ou a 587 se alguma funcionar.
settings-note-sign-in = Login: { $how }.
settings-note-tried = Testado agora mesmo:
signin-password = senha
signin-app-password = senha de app (ou OAuth2)
signin-oauth2-only = só OAuth2
settings-sign-in-note = O maildoctor verificou estas configurações sem fazer login: ele se conectou, estabeleceu a criptografia, verificou o certificado e leu a saudação. Ele só faz login com as configurações que você informou.
# What exactly an origin was (the JSON's sources[].detail).
origin-detail-provider = o servidor { $protocol } publicado por { $provider }
origin-detail-finding = a correção indicada por uma constatação
origin-detail-certificate = um nome coberto pelo certificado: { $name }
origin-detail-same-port = a mesma porta, { $port }, com { $security }
origin-detail-standard-port = a porta padrão de { $protocol } com { $security }
origin-detail-port-25 = a porta 25, último recurso para enviar (geralmente bloqueada em redes domésticas)
