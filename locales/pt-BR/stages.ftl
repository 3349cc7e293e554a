# A frase com que termina cada etapa da linha do tempo. Os valores (nomes de host, endereços,
# tempos, mensagens de erro) são inseridos como chegaram.

## Todas as etapas

speaks-imap = um servidor IMAP
speaks-pop3 = um servidor POP3
speaks-smtp = um servidor SMTP
speaks-http = um servidor web
speaks-ssh = um servidor SSH
speaks-tls = um serviço TLS (criptografado)
speaks-unknown = um serviço desconhecido
detail-skip-earlier-failed = Não executada: uma etapa anterior falhou.
detail-skip-needs-sign-in = Não executada: precisa de um login bem-sucedido.
detail-skip-ca-unusable = Não executada: o certificado de CA da solicitação não pode ser usado.
detail-skip-smtp-mailbox = Não executada: o envio (SMTP) não tem caixa de correio para olhar (a verificação de envio é opcional).
detail-skip-limits-opt-in = Não executada: o teste do limite de conexões é opcional.
detail-deadline = O tempo total acabou durante esta etapa.

## O que foi digitado

detail-input-target =
    { $security ->
        [auto] { $protocol } em { $host }, porta { $port }, com segurança automática.
        [none] { $protocol } em { $host }, porta { $port }, sem criptografia.
       *[other] { $protocol } em { $host }, porta { $port }, com { $security }.
    }
detail-input-unusable = O que foi digitado não pode ser usado como está.

## TLS

detail-tls-ca-unusable = O certificado de CA da solicitação não pode ser usado: { $error }.

## DNS

detail-dns-ip = { $ip } é um endereço IP, então não é preciso procurar.
detail-dns-ip-refused = { $ip } é recusado pela política de endereços, então não foi contatado.
detail-dns-all-refused = Todos os endereços de { $name } são recusados pela política de endereços, então nenhum foi contatado.
detail-dns-resolved =
    { $name } foi resolvido para { $addresses }{ $more ->
        [0] {""}
       *[other] {" "}e mais { $more }
    } em { $ms } ms{ $refused ->
        [0] .
        [one] , mas 1 deles é recusado pela política de endereços.
       *[other] , mas { $refused } deles são recusados pela política de endereços.
    }
detail-dns-alias =
    { $name } é um alias de { $canonical } e foi resolvido para { $addresses }{ $more ->
        [0] {""}
       *[other] {" "}e mais { $more }
    } em { $ms } ms{ $refused ->
        [0] .
        [one] , mas 1 deles é recusado pela política de endereços.
       *[other] , mas { $refused } deles são recusados pela política de endereços.
    }
detail-dns-network-blamed = O servidor DNS respondeu { $answer } para { $name }, um servidor de e-mail muito conhecido: a causa provável é o DNS desta rede.
detail-dns-nxdomain = { $name } não existe no DNS.
detail-dns-servfail = O servidor DNS respondeu { $rcode } ao ser consultado sobre { $name }.
detail-dns-unaskable = Não foi possível consultar o servidor DNS sobre { $name }.
detail-dns-timeout = O servidor DNS não respondeu sobre { $name } em { $limit }.
detail-dns-no-address = { $name } existe no DNS, mas não tem endereço IPv4 nem IPv6.

## TCP

detail-tcp-failed = Não foi possível conectar a { $host } na porta { $port }.
detail-tcp-connected = Conectado a { $address }, porta { $port }, em { $ms } ms.

## TLS

detail-tls-valid = Criptografado com { $version }; o certificado é válido para { $host }.
detail-tls-problems =
    { $count ->
        [one] Criptografado com { $version }, mas o certificado tem { $count } problema.
       *[other] Criptografado com { $version }, mas o certificado tem { $count } problemas.
    }
detail-tls-starttls-refused = O servidor não aceitou o STARTTLS, então a conexão continua sem criptografia.
detail-tls-starttls-failed = O servidor aceitou o STARTTLS, mas a mudança para a criptografia falhou.
detail-tls-starttls-other-protocol = O STARTTLS não foi tentado: respondeu { $answered } onde se esperava { $expected }.
detail-tls-starttls-greeting-refused = O STARTTLS não foi tentado: o servidor recusou o serviço já na saudação.
detail-tls-none = A conexão não é criptografada.

## Protocolo

detail-protocol-answered = { $host } respondeu como { $answered }{ $software } em { $ms } ms.
detail-protocol-silent-to-tls = { $host } aceitou a conexão, mas não enviou nada em { $ms } ms, nem mesmo uma resposta ao handshake TLS.
detail-protocol-never-greeted = { $host } nunca enviou a saudação, embora tenha respondido a { $command }.
detail-protocol-silent = { $host } aceitou a conexão, mas não enviou nada em { $ms } ms, nem mesmo uma resposta a { $command }.
detail-protocol-no-greeting-error = { $host } não enviou saudação: { $error }.
detail-protocol-closed = { $host } aceitou a conexão e a fechou sem saudação.
detail-protocol-unusable = { $host } não enviou uma saudação utilizável ({ $problem }).
detail-protocol-other-protocol-because = Em { $host }, porta { $port }, respondeu { $answered }, e não { $expected } ({ $problem }).
detail-protocol-refused = { $host } respondeu como { $expected }, mas recusou a sessão já na saudação.
detail-protocol-other-protocol = Em { $host }, porta { $port }, respondeu { $answered }, e não { $expected }.
detail-protocol-greeting-endless = A saudação de { $host } nunca terminou.
detail-protocol-no-greeting = { $host } não enviou saudação.

## Login

detail-auth-no-password = O login não foi testado: nenhuma senha foi informada.
detail-auth-refused = O servidor recusou o login de { $user } ({ $mechanism }).
detail-auth-timeout = O servidor não respondeu ao login em { $limit }.
detail-auth-closed = O servidor fechou a conexão durante o login.
detail-auth-broken = A conexão falhou durante o login: { $error }.
detail-auth-no-oauth = O token não foi enviado: o servidor não oferece login OAuth2 (XOAUTH2 ou OAUTHBEARER) aqui.
detail-auth-unsendable = A senha não foi enviada: o único método de login oferecido não consegue transmiti-la.
detail-auth-no-method = O servidor não oferece nenhum método de login com senha que o maildoctor possa usar.
detail-auth-plaintext-not-sent = A senha não foi enviada: o servidor recusa senhas nesta conexão sem criptografia.
detail-auth-plaintext-cannot = Nenhum app de e-mail consegue fazer login com estas configurações: o servidor recusa senhas nesta conexão sem criptografia.
detail-auth-no-sign-in-not-sent = A senha não foi enviada: o servidor não oferece aqui um login com senha que o maildoctor possa usar.
detail-auth-no-sign-in-cannot = Nenhum app de e-mail consegue fazer login com estas configurações: o servidor não oferece login com senha aqui.
detail-auth-not-sent-unencrypted = A senha não foi enviada: a conexão não é criptografada.
detail-auth-not-sent-certificate = A senha não foi enviada: não foi possível verificar o certificado.
detail-auth-signed-in = Login feito como { $user } com { $mechanism }.
detail-auth-after-refused = Login feito como { $user }, mas o servidor recusou o primeiro comando depois do login.
detail-auth-after-ended = Login feito como { $user }, mas depois o servidor encerrou a sessão.
detail-auth-after-broken = Login feito como { $user }, mas a conexão falhou logo depois.
detail-auth-limit-unavailable = Sem login: o serviço não consegue aplicar agora seu limite por conta, então a senha não foi enviada.
detail-auth-cooldown = Sem login: esta conta foi verificada vezes demais há pouco, então a senha não foi enviada.

## Caixa de correio

detail-mailbox-smtp = O envio de e-mails (SMTP) não tem caixa de correio para olhar.
detail-mailbox-stat-unreadable = Não foi possível ler a resposta do servidor ao STAT, então o tamanho da caixa é desconhecido.
detail-mailbox-stat-failed = O servidor não respondeu ao STAT ({ $error }), então o tamanho da caixa é desconhecido.
detail-mailbox-locked = A caixa de correio está bloqueada por outra sessão (o STAT foi recusado).
detail-mailbox-too-many = O servidor recusou o STAT: conexões demais para esta conta.
detail-mailbox-stat-refused = O servidor recusou o STAT.
detail-mailbox-stat-refused-unknown = O servidor recusou o STAT, então o tamanho da caixa é desconhecido.
detail-mailbox-slow = O servidor não respondeu no tempo restante, então o tamanho da caixa é desconhecido.

## Limites

detail-limits-refused =
    { $count ->
        [one] O servidor permitiu { $count } sessão simultânea e recusou a seguinte.
       *[other] O servidor permitiu { $count } sessões simultâneas e recusou a seguinte.
    }
detail-limits-stopped =
    { $count ->
        [one] { $count } sessão simultânea funcionou; o teste parou antes de encontrar o limite.
       *[other] { $count } sessões simultâneas funcionaram; o teste parou antes de encontrar o limite.
    }
detail-limits-cap =
    { $count ->
        [one] O servidor permitiu pelo menos { $count } sessão simultânea (o teste para aí).
       *[other] O servidor permitiu pelo menos { $count } sessões simultâneas (o teste para aí).
    }

## O que uma porta fala

detail-wire-tls-first = Esta porta usa SSL/TLS desde o início.
detail-wire-plain-starttls = Esta porta faz a saudação sem criptografia e oferece STARTTLS.
detail-wire-plain = Esta porta faz a saudação sem criptografia.
detail-wire-no-greeting = Nenhuma saudação sem criptografia chegou, então o TLS não foi iniciado.
detail-wire-web-server = Um servidor web respondeu ao handshake TLS, então o TLS não foi iniciado.
detail-wire-silent = O servidor não enviou nada em { $ms } ms, e um handshake TLS também ficou sem resposta.
detail-wire-tls-outdated = Esta porta usa SSL/TLS desde o início, mas só com versões de TLS que não são mais seguras.
detail-wire-tls-fails-chosen-plain = Esta porta usa SSL/TLS desde o início (não uma saudação sem criptografia), e o TLS dela falha.
detail-wire-tls-fails = Esta porta usa SSL/TLS desde o início, mas o handshake TLS dela falha.
detail-wire-plain-on-tls = O servidor respondeu sem criptografia onde se esperava um handshake TLS.
detail-wire-handshake-failed = O handshake TLS falhou.
detail-wire-tls-on-plain = O servidor fala TLS logo de início nesta porta.

## A verificação de envio (SMTP)

detail-send-no-sender = A verificação de envio precisa do endereço de onde você envia; nenhum foi informado.
detail-send-accepted = O servidor aceitaria e-mails de { $sender } para { $recipient } (MAIL FROM e RCPT TO aceitos e depois cancelados: nada foi enviado).
detail-send-refused = O servidor recusou { $command } para { $sender } → { $recipient }; nada foi enviado.
detail-send-signin-failed = A verificação de envio não foi executada: o login não deu certo.
detail-send-needs-signin = A verificação de envio não foi executada: ela precisa de nome de usuário e senha (sem login, é normal o servidor se recusar a repassar e-mails).
detail-mailbox-maildrop =
    { $messages ->
        [one] { $messages } mensagem, { $size }.
       *[other] { $messages } mensagens, { $size }.
    }
detail-mailbox-list-unreadable = Não foi possível ler a lista de pastas ({ $why }).
detail-mailbox-no-counts =
    { $folders ->
        [one] { $folders } pasta; o servidor não informou o número de mensagens.
       *[other] { $folders } pastas; o servidor não informou o número de mensagens.
    }
detail-mailbox-some-counted =
    { $folders ->
        [one] { $folders } pasta
       *[other] { $folders } pastas
    }, { $messages ->
        [one] { $messages } mensagem
       *[other] { $messages } mensagens
    } nas { $counted } contadas.
detail-mailbox-folders =
    { $folders ->
        [one] { $folders } pasta
       *[other] { $folders } pastas
    }, { $messages ->
        [one] { $messages } mensagem.
       *[other] { $messages } mensagens.
    }
detail-mailbox-largest = { $name } tem { $messages } mensagens.
detail-mailbox-quota-full =
    { $kind ->
        [storage] { $used } usados de { $limit } de armazenamento: a caixa está cheia.
       *[messages] { $used } mensagens usadas de { $limit } da cota: a caixa está cheia.
    }
detail-mailbox-quota-almost-full =
    { $kind ->
        [storage] { $used } usados de { $limit } de armazenamento ({ $percent }%, quase cheia).
       *[messages] { $used } mensagens usadas de { $limit } da cota ({ $percent }%, quase cheia).
    }
detail-mailbox-quota =
    { $kind ->
        [storage] { $used } usados de { $limit } de armazenamento ({ $percent }%).
       *[messages] { $used } mensagens usadas de { $limit } da cota ({ $percent }%).
    }
detail-mailbox-quota-unlimited =
    { $kind ->
        [storage] { $used } de armazenamento usados (sem limite).
       *[messages] { $used } mensagens usadas (sem limite).
    }
detail-mailbox-folder-in-use = Uma pasta está sendo usada por outra sessão.
detail-mailbox-stopped = O maildoctor parou antes da hora ({ $why }).
