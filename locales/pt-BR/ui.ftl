# Moldura da página e formulário (templates/base.html, templates/index.html, web::pages).
# Tratamento por "você", como a ajuda do Google e da Microsoft no Brasil.
site-skip = Pular para o conteúdo
site-tagline = Por que meu app de e-mail não conecta?
site-footer = O maildoctor verifica o servidor informado a partir deste computador. Sua senha é usada só nesta verificação e nunca é armazenada nem exibida.
site-language = Idioma
form-title = Verifique as configurações do seu e-mail
form-lead = Digite as configurações exatamente como estão no seu app de e-mail. O maildoctor se conecta ao servidor passo a passo e diz o que mudar.
form-errors-title = Confira o formulário
shortcuts-title = Usa um provedor conhecido?
shortcuts-hint = Escolha o seu e o maildoctor preenche os servidores dele. Você continua digitando seu nome de usuário e sua senha.
shortcut-use = Uso { $provider }
discover-link = Não sabe qual é o seu servidor? Encontre-o pelo seu endereço de e-mail.
protocol-legend = O que você quer verificar?
protocol-hint = IMAP e POP recebem e-mails; SMTP envia. Hoje a maioria dos apps usa IMAP.
choice-imap = Receber e-mails – IMAP
choice-pop3 = Receber e-mails – POP
choice-smtp = Enviar e-mails – SMTP
choice-auto = Automático
choice-tls = SSL/TLS
choice-starttls = STARTTLS
choice-none = Nenhuma (sem criptografia)
optional = (opcional)
host-label = Servidor
host-hint = Por exemplo, imap.example.com: o servidor de entrada ou de saída no seu app de e-mail.
port-label = Porta
port-hint = Em branco significa a porta padrão.
security-label = Segurança
security-hint = Também chamada de "Criptografia". "Automático" descobre o que o servidor usa.
username-label = Nome de usuário
username-hint = Geralmente seu endereço de e-mail completo.
password-label = Senha
password-hint = Usada só nesta verificação, nunca armazenada nem exibida. Deixe em branco para testar só a conexão.
email-label = Endereço de e-mail
email-hint = Ajuda o maildoctor a reconhecer seu provedor e sugerir as configurações dele.
ticket-label = Referência do chamado
ticket-hint = Para centrais de suporte: um número de chamado ou caso, guardado com o relatório salvo para que ele possa ser encontrado de novo.
limits-label = Testar também o limite de conexões
limits-hint = Abre várias conexões ao mesmo tempo para ver quantas o servidor permite. Demora um pouco mais.
more-options = Mais opções
oauth-label = Token de acesso OAuth2 em vez de senha
oauth-hint = Para contas que fazem login com a Microsoft ou o Google: um token das ferramentas do seu administrador. Usado só nesta verificação, nunca armazenado nem exibido.
send-test-label = Envio (SMTP): verificar também se esta conta pode enviar do meu endereço
send-test-hint = Depois do login, o maildoctor pede ao servidor que aceite um remetente e um destinatário e então cancela: nenhuma mensagem é enviada.
send-from-label = Endereço do remetente para a verificação
send-from-hint = O endereço "De" que seu app usa, se não for o seu nome de usuário; por exemplo, um alias ou uma caixa de correio compartilhada.
send-to-label = Destinatário para a verificação
send-to-hint = Deixe em branco para usar o próprio remetente. Nada é enviado de qualquer forma.
insecure-label = Enviar minha senha mesmo que a conexão não seja criptografada
insecure-hint = Só para servidores da sua própria rede. Qualquer pessoa no caminho poderia ler a senha.
trust-label = Enviar minha senha mesmo que o certificado do servidor não seja confiável
trust-hint = Só se o seu provedor de e-mail disse que o certificado dele é autoassinado.
submit = Verificar minhas configurações
progress-title = Verificando suas configurações…
progress-status = Cada etapa aparece aqui assim que é concluída.
stop = Parar
field-protocol-missing = Escolha IMAP, POP ou SMTP.
field-security-missing = Escolha uma opção de segurança.
field-host-missing = Digite o nome do servidor, por exemplo imap.example.com.

## Refusals: why a check was not run (the page or the API's "detail")
refused-title = Não verificado
refused-back = Voltar ao formulário
refused-rate =
    { $count ->
        [one] Muitas verificações a partir do seu endereço em pouco tempo. Aguarde { $count } segundo e tente de novo.
       *[other] Muitas verificações a partir do seu endereço em pouco tempo. Aguarde { $count } segundos e tente de novo.
    }
refused-busy =
    { $count ->
        [one] O maildoctor está fazendo agora todas as verificações que consegue. Tente de novo em { $count } segundo.
       *[other] O maildoctor está fazendo agora todas as verificações que consegue. Tente de novo em { $count } segundos.
    }
refused-port = Este serviço só verifica portas de e-mail ({ $ports }). A porta { $port } não é uma delas; execute `maildoctor check` no seu próprio computador para testar outras portas.
refused-too-long = Longo demais: { $field } (`{ $name }`, no máximo { $max } caracteres).
refused-field-host = o nome do servidor
refused-field-username = o nome de usuário
refused-field-email = o endereço de e-mail
refused-field-password = a senha
refused-field-oauth-token = o token OAuth2
refused-field-ticket = o número do chamado
refused-field-lang = o idioma
refused-forwarded-for = O proxy na frente deste serviço enviou um endereço de cliente que não pode ser lido.
refused-token = Este serviço precisa de um token de acesso.
refused-origin = O formulário foi enviado de outro site, então não foi executado.
refused-shared-down = O maildoctor não consegue acessar o armazenamento em que suas réplicas compartilham os limites, por isso não faz login em nenhuma conta agora (não conseguiria respeitar o limite por conta que evita bloqueios). Tente de novo em um minuto ou deixe a senha em branco para verificar só a conexão.
api-error-too-large = o corpo da solicitação tem mais de 64 KiB
api-error-timeout = o diagnóstico demorou demais; tente de novo
api-error-not-found = esse endpoint da API não existe
api-error-method = use POST para /api/v1/diagnose
api-error-other = não foi possível atender a solicitação
form-unreadable = Não foi possível ler o formulário. Preencha-o de novo.
