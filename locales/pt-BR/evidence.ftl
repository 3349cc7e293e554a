# Rótulos dos dados mostrados ao lado de um resultado. As palavras de protocolo não são traduzidas.

evidence-a-ipv4 = A (IPv4)
evidence-aaaa-ipv6 = AAAA (IPv6)
evidence-also-missing = também falta
evidence-asked = consultado
evidence-belongs-to = pertence a
evidence-certificate = certificado
evidence-certificate-covers = o certificado cobre
evidence-certificate-for = certificado para
evidence-certificates-sent = certificados enviados
evidence-chosen = escolhido
evidence-confirmed = confirmado
evidence-days-left = dias restantes
evidence-days-since = dias desde
evidence-did-you-mean = você quis dizer
evidence-dns-answer = resposta DNS
evidence-during = durante
evidence-error = erro
evidence-expected = esperado
evidence-expired-on = expirou em
evidence-expires-on = expira em
evidence-folder = pasta
evidence-found = encontrado
evidence-greeting-took = a saudação levou
evidence-held-back-because = retido porque
evidence-host = host
evidence-host-is-for = o host é para
evidence-host-typed = host digitado
evidence-how-far = até onde
evidence-issuer = emissor
evidence-issuer-published-at = emissor publicado em
evidence-issuer-s-certificate = certificado do emissor
evidence-its-issuer = o emissor dele
evidence-largest-message-the-server-takes = maior mensagem aceita pelo servidor
evidence-limit = limite
evidence-logindisabled = LOGINDISABLED
evidence-mail-server = servidor de e-mail
evidence-messages = mensagens
evidence-missing-certificate-s-issuer = emissor do certificado que falta
evidence-missing-issuer = emissor que falta
evidence-name = nome
evidence-needed-for-a-token = necessário para um token
evidence-next-session = próxima sessão
evidence-no-answer-within = sem resposta em
evidence-not-confirmed = não confirmado
evidence-password = senha
evidence-port = porta
evidence-port-expects = a porta espera
evidence-port-is-for = a porta é para
evidence-probe = sonda
evidence-problem = problema
evidence-provider = provedor
evidence-published-at = publicado em
evidence-quota-root = raiz da cota
evidence-recipient = destinatário
evidence-response = resposta
evidence-security = segurança
evidence-sender = remetente
evidence-server = servidor
evidence-server-limit = limite do servidor
evidence-server-said = o servidor disse
evidence-server-said-decoded = o servidor disse (decodificado)
evidence-server-sent = o servidor enviou
evidence-service = serviço
evidence-sessions-allowed = sessões permitidas
evidence-sign-in-methods-offered = métodos de login oferecidos
evidence-slower-than = mais lento que
evidence-stage = etapa
evidence-starttls = STARTTLS
evidence-submission-ports = portas de envio
evidence-suggested-host = host sugerido
evidence-testing = testando
evidence-the-test-stopped = o teste parou
evidence-tls-clienthello = TLS ClientHello
evidence-tls-clienthello-on-a-second-connection = TLS ClientHello em uma segunda conexão
evidence-try-again-in = tente de novo em
evidence-typed = digitado
evidence-typed-name-resolves-to = o nome digitado aponta para
evidence-used = usado
evidence-usual-port = porta padrão
evidence-usual-ssl-tls-port = porta SSL/TLS padrão
evidence-valid-from = válido de
evidence-verifier-said = o verificador disse
evidence-waited = aguardou
evidence-why = por quê
evidence-worked = funcionou

## Evidence values that are maildoctor's own words
value-either = { $first } ou { $second }
value-password-unsendable = contém uma quebra de linha ou um caractere NUL, que o POP3 USER/PASS não consegue transmitir
value-login-disabled = o servidor recusa o comando LOGIN nesta conexão
value-starttls-offered = oferecido: o login passa a ser possível quando a conexão estiver criptografada
value-submission-ports = 587 com STARTTLS, ou 465 com SSL/TLS
value-not-sent-unencrypted = a conexão não é criptografada, então a senha atravessaria a rede de forma legível
value-not-sent-certificate = o certificado do servidor não passou na verificação, então alguém poderia estar interceptando a conexão
value-mailbox-read-late = não foi possível ler a caixa de correio antes do limite de tempo
value-mailbox-list-late = não foi possível listar as pastas da caixa de correio antes do limite de tempo
value-expected-tls = um handshake TLS
value-expected-greeting = uma saudação em texto simples
value-no-tls-answer = o servidor não respondeu com TLS
value-first-bytes-tls = os primeiros bytes do servidor são um registro TLS
value-tls-answered-hello = o servidor respondeu a um ClientHello TLS em uma nova conexão
value-tls-fresh-handshake = um handshake TLS em uma nova conexão funcionou ({ $version })
value-tls-failed-after-certificate = o servidor enviou o ServerHello e o certificado, e depois falhou
value-tls-failed-after-hello = o servidor enviou o ServerHello (o TLS tinha começado), e depois falhou
value-tls-no-server-hello = o servidor respondeu com TLS, mas sem ServerHello
value-no-answer = sem resposta
value-no-answer-within = sem resposta em { $ms } ms
value-probe-no-answer = { $command } (sem resposta)
value-no-complete-line = nenhuma linha completa
value-greeting-cut = o servidor fechou a conexão no meio da saudação
value-greeting-unfinished = a saudação não tinha terminado depois de { $ms } ms
value-greeting-endless =
    { $count ->
        [one] a saudação passou de { $count } linha
       *[other] a saudação passou de { $count } linhas
    }
value-closed-without-greeting = fechou a conexão sem saudação
value-server-answered = o servidor respondeu { $answer }
value-port-range = um número de 1 a 65535
value-stop-bye = o servidor encerrou a sessão: { $line }
value-stop-flood =
    { $count ->
        [one] a resposta passou de { $count } linha
       *[other] a resposta passou de { $count } linhas
    }
value-stop-literal =
    { $count ->
        [one] o servidor anunciou um literal de { $count } byte
       *[other] o servidor anunciou um literal de { $count } bytes
    }
value-stop-budget = o tempo desta etapa acabou
value-aia-unreadable-leaf = não foi possível ler o certificado cujo emissor está faltando
value-aia-unreadable = não foi possível ler o certificado em { $url }
value-aia-untrusted-root = o emissor { $root } é uma raiz que não é confiável aqui
value-aia-too-deep = nenhuma raiz confiável em { $count } certificados baixados
value-aia-confirmed = com o certificado baixado de lá, a cadeia chega à raiz confiável { $root }
value-aia-fetched = { $subject } (de { $url })
value-aia-no-trusted-root = a cadeia não chega a uma raiz confiável: { $why }
value-at-least = pelo menos { $count }
value-at-least-cap = pelo menos { $count } (o teste para em { $cap })
value-other-reason = por outro motivo
value-refused = recusada
value-address-loopback = um endereço de loopback (esta própria máquina)
value-address-private = um endereço de rede privada
value-address-link-local = um endereço link-local
value-address-cgnat = um endereço de NAT da operadora (CGNAT)
value-address-multicast = um endereço multicast
value-address-unspecified = um endereço não especificado
value-address-metadata = um endereço de metadados da nuvem
value-address-reserved = um endereço reservado ou de documentação
value-attempt-connected = conectado
value-attempt-refused = recusada
value-attempt-timeout = tempo esgotado
value-attempt-unreachable = inacessível
value-attempt-failed = falhou
# Why a sign-in answer is ambiguous (the classifier's rules, docs/CLASSIFIER.md).
value-ambiguous-either = o servidor diz: senha errada, ou este protocolo está desativado para a conta
value-ambiguous-exchange-throttled = o Exchange envia isso quando limita a conta, muitas vezes por excesso de sessões
value-ambiguous-yahoo-auth005 = o Yahoo envia isso depois de logins com falha e também quando é preciso uma senha de app
value-ambiguous-microsoft-not-connected = a Microsoft envia isso para um token de outra caixa de correio e para uma caixa sem IMAP/POP
value-ambiguous-after-connection-limit = depois de uma recusa por limite de conexões, todo login é recusado, mesmo com a senha certa
value-ambiguous-gmail = o Gmail recusa assim a senha da conta quando é preciso uma senha de app
value-ambiguous-microsoft = a Microsoft responde o mesmo a uma senha errada e ao login com senha desativado
value-ambiguous-gmx = o GMX responde o mesmo a uma senha errada, à falta de uma senha de app e a POP3/IMAP desativados
value-ambiguous-app-password = este provedor responde o mesmo a uma senha errada e à falta de uma senha de app
