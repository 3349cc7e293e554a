# As outras páginas: encontrar as configurações pelo endereço de e-mail, dois relatórios lado a
# lado e as páginas curtas de erro de um relatório salvo.

## Encontrar suas configurações

discover-title = Encontre as configurações do seu servidor de e-mail
discover-lead = Digite seu endereço de e-mail. O maildoctor consulta todos os lugares onde os apps de e-mail procuram (a tabela de provedores dele, os registros DNS e o arquivo autoconfig do seu domínio, os nomes de servidor mais comuns) e depois testa cada servidor ao vivo, sem senha.
discover-error-title = Confira o endereço
discover-email-label = Endereço de e-mail
discover-email-hint = Por exemplo, jo@example.com. Só o endereço é usado; nenhuma senha é pedida.
discover-submit = Encontrar minhas configurações
discover-confirmed = Configurações encontradas e confirmadas
discover-suggested = Configurações sugeridas, não confirmadas
discover-nothing = Nenhuma configuração encontrada
discover-for = Para { $email } ({ $ms } ms).
discover-provider = Provedor: { $provider }.
discover-settings = Configurações para o seu app de e-mail
discover-status-confirmed = confirmada
discover-status-suggested = sugerida
discover-encryption = Criptografia
discover-found-by = Encontrada por
discover-diagnose = Diagnosticar com estas configurações
discover-disagree = As fontes discordam
discover-notes = Bom saber
discover-advice = O que fazer
discover-tried = Todos os candidatos testados
discover-nothing-tried = Nenhum servidor foi encontrado para testar.
discover-service = Serviço
discover-outcome = Resultado
discover-what-happened = O que aconteceu
discover-sources = Fontes consultadas
discover-source = Fonte
discover-asked = Consulta
discover-answer = Resposta
username-local-part = a parte antes do @

## Dois relatórios lado a lado

compare-title = Dois relatórios lado a lado
compare-reading = O que a diferença significa
compare-first-fix = O que corrigir primeiro:
compare-open = Abrir o relatório completo
compare-caption = Cada etapa, vista dos dois lugares
compare-stage = Etapa

## Um relatório salvo que não pode ser exibido

saved-not-found-title = Não encontrado
saved-not-found = Este relatório não existe: foi excluído ou expirou. Faça a verificação de novo para ter um novo relatório.
saved-check-link = Verificar um servidor de e-mail
saved-unavailable-title = Indisponível
saved-unavailable = Não é possível ler os relatórios salvos agora. Tente de novo em um minuto.
saved-deleted-title = Excluído
saved-deleted = O relatório salvo foi excluído. O link dele não o abre mais.

## Discovery: the sources' answers, the probes, notes and advice

discover-source-table = tabela de provedores
discover-source-autoconfig = autoconfig
discover-source-srv = registros SRV
discover-source-mx = registros MX
discover-source-guess = nomes comuns
discover-source-ispdb = ISPDB do Thunderbird
outcome-confirmed = confirmada
outcome-unencrypted = funciona, mas sem criptografia
outcome-bad-certificate = responde, mas o certificado não é válido
outcome-failed = falhou
outcome-not-tried = não testada
discover-setting = { $host } porta { $port } ({ $security })
discover-source-says = { $source }: { $setting }
discover-disagreement = { $role }: { $said }.
discover-note-unencrypted = Funciona, mas sem criptografia: a senha trafegaria de forma legível.
discover-note-not-confirmed = Não confirmada ({ $outcome }): { $detail }
discover-note-nxdomain = { $domain } não existe no DNS: verifique como o endereço foi escrito.
discover-note-srv-not-offered = { $name } informa que { $protocol } com { $security } não é oferecido.
discover-note-srv-outside = { $name } aponta para { $target }, fora de { $domain }: sem DNSSEC isso poderia ser falsificado (RFC 6186 §6); confirme com seu provedor que esse servidor é dele.
discover-note-app-password = { $provider } exige uma senha de app nos apps de e-mail, não a senha da sua conta: ative a verificação em duas etapas, crie uma senha de app nas configurações de segurança da sua conta e use-a como senha.
discover-note-oauth-only = { $provider } aceita nos apps de e-mail apenas o login com OAuth2: uma senha, mesmo a correta, é recusada. Use um app de e-mail que faça login na sua conta em uma janela do navegador.
discover-note-oauth-only-microsoft = { $provider } aceita nos apps de e-mail apenas o login com OAuth2: uma senha, mesmo a correta, é recusada. Use um app de e-mail que faça login na sua conta Microsoft em uma janela do navegador.
discover-note-since = Isso vale desde { $since }.
discover-advice-nothing = Nenhuma configuração de e-mail foi encontrada para { $domain }: a tabela de provedores não conhece o domínio, o domínio não publica nenhum arquivo autoconfig nem registros SRV, e nenhum dos nomes de servidor comuns respondeu.
discover-ask-provider = Pergunte ao seu provedor de e-mail (ou a quem administra o domínio): o nome do servidor de entrada, a porta e a criptografia (SSL/TLS ou STARTTLS) para IMAP ou POP; o nome do servidor de saída (SMTP), a porta e a criptografia; e se o seu nome de usuário é o endereço de e-mail completo ou só a parte antes do @. O provedor também poderia publicar essas configurações (um arquivo autoconfig ou registros SRV) para que os apps de e-mail as encontrem.
discover-probe-too-many = Não testada: mais de { $limit } candidatas.
discover-probe-port-refused = Não testada: a porta { $port } não é uma porta de e-mail que este serviço verifica.
discover-probe-out-of-time = O tempo da busca acabou antes.
discover-probe-unencrypted = { $protocol } respondeu, sem criptografia.
discover-probe-confirmed = { $protocol } respondeu por { $security } com um certificado válido.
discover-probe-bad-certificate = { $protocol } respondeu, mas o certificado não é válido para { $host }.
discover-answer-known = conhecido: { $provider }
discover-answer-not-in-table = não está na tabela
discover-answer-nxdomain = o domínio não existe (NXDOMAIN)
discover-answer-no-mx = nenhum MX utilizável
discover-answer-no-address = sem endereço
discover-answer-has-address = tem endereço
discover-answer-no-record = nenhum registro
discover-answer-not-offered = ".": o serviço expressamente não é oferecido
discover-answer-listed =
    { $count ->
        [one] { $count } servidor utilizável de { $listed } listados
       *[other] { $count } servidores utilizáveis de { $listed } listados
    }
discover-answer-not-used = (não usado: um endereço anterior já respondeu)
discover-answer-snapshot =
    { $count ->
        [one] { $provider }: { $count } servidor ({ $why })
       *[other] { $provider }: { $count } servidores ({ $why })
    }
discover-answer-not-in-snapshot = não está na cópia integrada ({ $why })
discover-why-not-asked = o serviço ISPDB não é consultado
discover-why-unreachable = não foi possível consultar o serviço
discover-answer-timeout = sem resposta antes do limite de tempo
as-given = { $answer }
discover-cli-for = para { $email } ({ $ms } ms)
discover-cli-tried = Todas as candidatas testadas:
discover-cli-diagnose = Diagnosticar
discover-note-ispdb-oauth-only = { $provider } aceita nos apps de e-mail apenas o login com OAuth2 ("Fazer login com a Microsoft/o Google"): uma senha, mesmo a correta, é recusada. Use um app de e-mail que faça login dessa forma.

## The comparison's reading (Portuguese: the who-labels have no article: "no computador do usuário")
compare-who-user = computador do usuário
compare-who-desk = serviço da central de suporte
compare-who-first = { $who } (primeiro relatório)
compare-who-second = { $who } (segundo relatório)
compare-differ-protocol = protocolo: { $left } / { $right }
compare-differ-server = servidor: { $left } / { $right }
compare-differ-port = porta: { $left } / { $right }
compare-differ-security = segurança: { $left } / { $right }
compare-differ-username = o nome de usuário é diferente
compare-settings-differ = Estes dois relatórios não verificaram as mesmas configurações ({ $differences }). Compare primeiro as configurações: o app no { $right } pode simplesmente estar configurado de outro jeito que o do { $left }.
compare-same-ending = Os dois relatórios terminam do mesmo jeito ({ $verdict }): a rede do { $who } não faz diferença aqui.
compare-interception = No { $seen }, o servidor mostrou outro certificado (emitido por { $issuer }) que no { $other } (emitido por { $other_issuer }), e ele não é confiável: algo nessa rede intercepta as conexões criptografadas — geralmente um antivírus ou programa de segurança que "verifica conexões criptografadas", ou um proxy da empresa. Desative essa verificação para o e-mail ou adicione o servidor de e-mail às exceções.
compare-input = A solicitação do { $bad } não pôde ser verificada{ $why }; a do { $good }, sim.
compare-dns = No { $good }, { $host } pode ser consultado; no { $bad }, não{ $why }. O servidor DNS usado ali (o roteador, uma VPN ou uma rede de empresa) não responde para esse nome: reinicie o roteador, desative a VPN ou tente outra rede para confirmar.
compare-tcp = No { $good }, { $host } responde na porta { $port }; no { $bad }, não{ $why }. Algo nessa rede bloqueia a porta { $port }: um firewall, um antivírus ou programa de segurança, ou o provedor de internet. Tente outra rede (o ponto de acesso de um celular) para confirmar e depois libere a porta { $port } para o app de e-mail — ou use outra porta da tabela de configurações.
compare-tls = No { $good }, a criptografia com { $host } é estabelecida; no { $bad }, ela falha{ $why }. Algo nessa rede interfere nas conexões criptografadas (um antivírus que as verifica, um proxy da empresa ou um portal cativo).
compare-protocol = No { $good }, um servidor de e-mail responde na porta { $port }; no { $bad }, outra coisa responde{ $why }. Um dispositivo ou programa nessa rede responde no lugar do servidor (um proxy, um firewall que inspeciona e-mails ou um portal cativo).
compare-auth = Os dois chegam ao servidor, mas o login só funciona no { $good }{ $why }. O nome de usuário ou a senha digitados no { $bad } não são os mesmos, ou o provedor recusa logins dessa rede ou desse lugar (confira os alertas de segurança do provedor).
compare-later = O login funciona nos dois; no { $bad } surge depois um problema que não existe no { $good }{ $why }. O relatório do { $bad } diz o que mudar.
compare-error-title = Não é possível comparar
compare-need-two = Para comparar, informe dois relatórios salvos: os links (…/r/…) ou os IDs.
compare-missing = Um desses relatórios não existe: foi excluído ou expirou.
compare-failed = Não foi possível mostrar a comparação.

## Where a candidate came from ("Found by")
claim-table = tabela de provedores: { $provider }
claim-guess = palpite: nome comum { $host }
claim-srv = SRV { $name } (prioridade { $priority }, peso { $weight })
claim-srv-outside = SRV { $name } (prioridade { $priority }, peso { $weight }) — destino fora do domínio
claim-ispdb-snapshot = cópia integrada do ISPDB (thunderbird/autoconfig { $commit }): { $id }
