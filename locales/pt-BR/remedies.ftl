# O catálogo de soluções em português do Brasil: para cada resultado, o título, a explicação e
# as etapas, e as dos provedores conhecidos. Tratamento por "você", como a ajuda do Google.

## input: what was typed

finding-input-invalid_host = O nome do servidor não é válido
    .explanation = O nome do servidor está vazio, é longo demais ou tem caracteres que um nome de servidor não pode ter, como espaços, barras ou um "http://" no começo. Nada pôde ser testado porque não há servidor para procurar.
    .step-1 = Verifique se o nome do servidor tem erros de digitação, espaços ou caracteres a mais; o problema encontrado aparece abaixo.
    .step-2 = Remova tudo o que não faz parte do nome, como "http://", "https://", uma barra ou um caminho depois do nome.
    .step-3 = Procure o nome do servidor de entrada nas páginas de ajuda do seu provedor ou no e-mail de boas-vindas recebido quando a conta foi criada; ele costuma começar com "imap.", "pop." ou "mail.".
    .step-4 = Digite o nome de novo e faça o teste mais uma vez.

finding-input-invalid_port = A porta não é um número válido
    .explanation = A porta precisa ser um número inteiro de 1 a 65535. O valor digitado não é, então nada pôde ser testado.
    .step-1 = Verifique se a porta tem erros de digitação; o valor digitado aparece abaixo.
    .step-2 = Use a porta padrão para o tipo de servidor que você está configurando: 993 para IMAP, 995 para POP, 465 ou 587 para envio (SMTP).
    .step-3 = Deixe a porta em branco se não tiver certeza; será usada a porta padrão da segurança escolhida.

finding-input-invalid_username = O nome de usuário tem uma quebra de linha
    .explanation = O nome de usuário (ou o endereço de e-mail) tem uma quebra de linha ou outro caractere de controle invisível, geralmente por ter sido copiado de um documento ou de uma mensagem. Nenhum app de e-mail consegue fazer login com ele, então nada foi enviado ao servidor.
    .step-1 = Digite o nome de usuário de novo à mão em vez de colar.
    .step-2 = Confira se ele está todo em uma linha, sem espaço nem quebra de linha antes ou depois.
    .step-3 = Faça o teste de novo.

finding-input-email_as_server = Um endereço de e-mail foi digitado como nome do servidor
    .explanation = O campo do nome do servidor tem um endereço de e-mail. Seu endereço vai no campo do nome de usuário; o nome do servidor é o nome do servidor de e-mail do seu provedor, como imap.example.com.
    .step-1 = Passe o endereço de e-mail para o campo do nome de usuário do seu app de e-mail.
    .step-2 = No campo do servidor, digite o nome do servidor de entrada do seu provedor; se o provedor for conhecido, o nome certo está nas configurações sugeridas abaixo.
    .step-3 = Procure o nome do servidor nas páginas de ajuda do seu provedor se nenhuma sugestão aparecer.
    .gmail-step-1 = Passe seu endereço do Gmail para o campo do nome de usuário do seu app de e-mail.
    .gmail-step-2 = No campo do servidor, digite imap.gmail.com para IMAP ou pop.gmail.com para POP, com SSL/TLS e a porta 993 (IMAP) ou 995 (POP).
    .gmail-step-3 = Para enviar, use smtp.gmail.com com SSL/TLS e a porta 465, ou com STARTTLS e a porta 587.
    .outlook-step-1 = Passe seu endereço do Outlook.com para o campo do nome de usuário do seu app de e-mail.
    .outlook-step-2 = No campo do servidor, digite outlook.office365.com, com SSL/TLS e a porta 993 para IMAP ou a porta 995 para POP.
    .outlook-step-3 = Para enviar, use smtp-mail.outlook.com com STARTTLS e a porta 587.
    .outlook-step-4 = Escolha o login da Microsoft (OAuth) no seu app de e-mail: o Outlook.com não aceita mais senhas de apps de e-mail.
    .yahoo-step-1 = Passe seu endereço do Yahoo para o campo do nome de usuário do seu app de e-mail.
    .yahoo-step-2 = No campo do servidor, digite imap.mail.yahoo.com para IMAP ou pop.mail.yahoo.com para POP, com SSL/TLS e a porta 993 (IMAP) ou 995 (POP).
    .yahoo-step-3 = Para enviar, use smtp.mail.yahoo.com com SSL/TLS e a porta 465.
    .yahoo-step-4 = Use como senha uma senha de app do Yahoo, não a sua senha normal.
    .icloud-step-1 = Coloque a parte do seu endereço do iCloud antes do @ no campo do nome de usuário; se for recusada, tente o endereço completo.
    .icloud-step-2 = No campo do servidor, digite imap.mail.me.com com SSL/TLS e a porta 993; o iCloud Mail não tem servidor POP.
    .icloud-step-3 = Para enviar, use smtp.mail.me.com com STARTTLS e a porta 587, e o seu endereço completo como nome de usuário.
    .icloud-step-4 = Use uma senha específica de app da sua Conta Apple, não a sua senha normal.

finding-input-webmail_host = Este é o endereço de um site, não do servidor de e-mail
    .explanation = O nome digitado é o endereço do site ou do webmail do seu provedor, que você abre no navegador. Os apps de e-mail precisam do nome do servidor de e-mail do provedor, que é outro nome.
    .step-1 = Troque o nome do servidor pelo nome do servidor de e-mail do provedor mostrado nas configurações sugeridas abaixo.
    .step-2 = Mantenha a segurança e a porta mostradas ao lado; elas andam juntas.
    .step-3 = Procure o nome do servidor de e-mail nas páginas de ajuda do seu provedor se nenhuma sugestão aparecer.
    .gmail-step-1 = Troque o nome do servidor por imap.gmail.com para IMAP ou pop.gmail.com para POP.
    .gmail-step-2 = Escolha SSL/TLS e a porta 993 para IMAP, ou a porta 995 para POP.
    .gmail-step-3 = Para enviar, use smtp.gmail.com com SSL/TLS e a porta 465, ou com STARTTLS e a porta 587.
    .outlook-step-1 = Troque o nome do servidor por outlook.office365.com.
    .outlook-step-2 = Escolha SSL/TLS e a porta 993 para IMAP, ou a porta 995 para POP.
    .outlook-step-3 = Para enviar, use smtp-mail.outlook.com com STARTTLS e a porta 587.
    .outlook-step-4 = Escolha o login da Microsoft (OAuth) no seu app de e-mail: o Outlook.com não aceita mais senhas de apps de e-mail.
    .yahoo-step-1 = Troque o nome do servidor por imap.mail.yahoo.com para IMAP ou pop.mail.yahoo.com para POP.
    .yahoo-step-2 = Escolha SSL/TLS e a porta 993 para IMAP, ou a porta 995 para POP.
    .yahoo-step-3 = Para enviar, use smtp.mail.yahoo.com com SSL/TLS e a porta 465.
    .icloud-step-1 = Troque o nome do servidor por imap.mail.me.com; o iCloud Mail não tem servidor POP.
    .icloud-step-2 = Escolha SSL/TLS e a porta 993.
    .icloud-step-3 = Para enviar, use smtp.mail.me.com com STARTTLS e a porta 587.

finding-input-protocol_port_mismatch = Esta porta é de outro tipo de servidor de e-mail
    .explanation = Cada tipo de servidor de e-mail tem suas portas: o IMAP usa 993 ou 143, o POP usa 995 ou 110 e o envio (SMTP) usa 465, 587 ou 25. A porta escolhida é de um tipo diferente do que você está configurando, então provavelmente o serviço errado vai responder.
    .step-1 = Confira se você queria configurar IMAP, POP ou envio (SMTP); o uso comum da porta aparece abaixo.
    .step-2 = Mude a porta para a porta padrão mostrada abaixo, com a segurança correspondente: SSL/TLS em 993, 995 e 465, STARTTLS em 143, 110 e 587.
    .step-3 = Faça o teste de novo com a porta corrigida.
    .icloud-explanation = A porta escolhida é de outro tipo de servidor de e-mail. O iCloud Mail usa só duas: a porta 993 para receber por IMAP (não há POP) e a porta 587 para enviar.
    .icloud-step-1 = Para receber, configure a conta como IMAP com imap.mail.me.com, SSL/TLS e a porta 993; o iCloud Mail não tem servidor POP.
    .icloud-step-2 = Para enviar, use smtp.mail.me.com com STARTTLS e a porta 587.
    .icloud-step-3 = Faça o teste de novo com essas configurações.

finding-input-host_protocol_mismatch = O nome do servidor é de outro tipo de servidor de e-mail
    .explanation = O nome do servidor começa com uma palavra que indica o tipo dele, como "pop." para POP, "imap." para IMAP ou "smtp." para envio, e não combina com o que você está configurando. Muitos provedores mantêm esses serviços em máquinas separadas, então o servidor errado pode não responder ou responder do jeito errado.
    .step-1 = Confira se você queria configurar IMAP, POP ou envio (SMTP).
    .step-2 = Use o nome de servidor mostrado abaixo como host sugerido, ou procure o nome certo nas páginas de ajuda do seu provedor.
    .step-3 = Faça o teste de novo com o nome corrigido.
    .icloud-explanation = O nome do servidor não combina com o tipo de servidor que você está configurando. O iCloud Mail tem um servidor de entrada, só por IMAP (não há POP), e um servidor de saída.
    .icloud-step-1 = Para receber, configure a conta como IMAP com imap.mail.me.com, SSL/TLS e a porta 993; o iCloud Mail não tem servidor POP.
    .icloud-step-2 = Para enviar, use smtp.mail.me.com com STARTTLS e a porta 587.
    .icloud-step-3 = Faça o teste de novo com essas configurações.

finding-input-security_port_mismatch = A opção de segurança não combina com esta porta
    .explanation = As portas 993, 995 e 465 esperam SSL/TLS desde o primeiro byte, enquanto as portas 143, 110 e 587 começam sem criptografia e mudam para a criptografia com STARTTLS. A segurança escolhida é a do outro tipo, então a conexão provavelmente vai travar ou falhar.
    .step-1 = Se você escolheu SSL/TLS na porta 143, 110 ou 587: mantenha SSL/TLS e mude a porta para 993 (IMAP), 995 (POP) ou 465 (SMTP).
    .step-2 = Se você escolheu STARTTLS ou nenhuma segurança na porta 993, 995 ou 465: mantenha a porta e escolha SSL/TLS.
    .step-3 = Faça o teste de novo com as configurações mostradas nas configurações sugeridas abaixo.


## dns: finding the server's address

finding-dns-nxdomain = O nome do servidor não existe
    .explanation = O sistema de nomes da internet (DNS) diz que não há servidor com esse nome. Quase sempre é um erro de digitação ou um nome de servidor deduzido do endereço de e-mail em vez de consultado.
    .step-1 = Confira o nome do servidor letra por letra.
    .step-2 = Procure o nome exato do servidor de entrada nas páginas de ajuda do seu provedor; não tente adivinhá-lo pelo seu endereço de e-mail.
    .step-3 = Se o nome for do seu próprio domínio, peça a quem administra o domínio que adicione o nome do servidor de e-mail aos registros DNS.

finding-dns-no_address = O nome do servidor existe, mas não aponta para lugar nenhum
    .explanation = O DNS conhece o nome, mas ele não tem endereço na internet, então não há a que se conectar. Isso acontece quando um domínio existe, mas nenhum nome de servidor de e-mail foi configurado nele, ou quando só o site ou o recebimento de e-mails (MX) foi configurado.
    .step-1 = Confira se você digitou o nome do servidor de e-mail, e não só o seu domínio.
    .step-2 = Procure o nome exato do servidor de entrada nas páginas de ajuda do seu provedor.
    .step-3 = Se você administra o domínio: adicione para esse nome um registro de endereço (A para IPv4, AAAA para IPv6) apontando para o servidor de e-mail.

finding-dns-servfail = O servidor de nomes não conseguiu procurar esse nome
    .explanation = O servidor DNS consultado falhou ou se recusou a responder. Isso geralmente indica uma configuração de DNS com defeito no domínio (por exemplo, um erro de DNSSEC ou um servidor de nomes fora do ar), e não um problema no seu app de e-mail.
    .step-1 = Espere alguns minutos e faça o teste de novo; quedas curtas de DNS são comuns.
    .step-2 = Confira se o nome do servidor está escrito corretamente.
    .step-3 = Se continuar falhando, avise quem administra o domínio que os servidores de nomes não respondem; essa pessoa pode verificar o domínio com uma ferramenta de teste de DNS.

finding-dns-timeout = A busca pelo nome do servidor demorou demais
    .explanation = Nenhum servidor DNS respondeu a tempo, então o endereço do servidor é desconhecido. Os servidores de nomes do domínio podem estar fora do ar ou inacessíveis, ou a rede usada no teste pode bloquear o DNS.
    .step-1 = Faça o teste de novo em alguns minutos.
    .step-2 = Confira se o nome do servidor está escrito corretamente.
    .step-3 = Se continuar falhando, avise quem administra o domínio que os servidores de nomes não respondem.

finding-dns-blocked_address = O nome do servidor aponta para um endereço que o maildoctor não testa
    .explanation = Todos os endereços desse nome são privados, locais ou reservados, como uma rede doméstica, a própria máquina ou um endereço interno de uma nuvem. Por segurança, o maildoctor não se conecta a esses endereços, a menos que tenha sido configurado para isso.
    .step-1 = Confira se você digitou o nome público do servidor de e-mail, e não um nome interno ou local.
    .step-2 = Se você administra o domínio: garanta que o registro DNS público desse nome aponte para o endereço público do servidor.
    .step-3 = Se você usa o maildoctor numa central de suporte que testa servidores privados: inicie-o com --allow-private ou adicione a faixa privada à lista de permitidos.

finding-dns-did_you_mean = O nome do servidor parece ter um erro de digitação
    .explanation = O nome difere em uma ou duas letras do nome do servidor de e-mail de um provedor conhecido. Provavelmente é um erro de digitação.
    .step-1 = Compare o nome digitado com o nome sugerido abaixo.
    .step-2 = Use o nome sugerido se for o servidor que você queria e faça o teste de novo.

finding-dns-provider_lookup_failed = O DNS desta rede não encontra um servidor de e-mail muito conhecido
    .explanation = O nome é o do servidor de e-mail de um provedor conhecido, que com certeza existe, mas o servidor DNS consultado disse que ele não existe, não respondeu ou deu um endereço que não pode ser do provedor. Isso aponta para o DNS da rede de onde o teste foi feito, como um serviço de filtro ou de controle parental, uma página de login de Wi-Fi ou um roteador com defeito, e não para um erro de digitação.
    .step-1 = Teste seu app de e-mail em outra rede, por exemplo nos dados móveis do celular em vez do Wi-Fi, para ver se lá funciona.
    .step-2 = Se você usa o Wi-Fi público de um hotel, café ou aeroporto, abra primeiro qualquer página da web e conclua a página de login; depois tente de novo.
    .step-3 = Reinicie o roteador ou configure o dispositivo para usar outro servidor DNS, como o da sua operadora de internet ou um público como 1.1.1.1 ou 9.9.9.9.
    .step-4 = Na rede de uma empresa ou escola, pergunte ao departamento de TI se o filtro de DNS bloqueia este serviço de e-mail; o servidor DNS consultado aparece abaixo.


## tcp: reaching the server

finding-tcp-refused = O servidor recusou a conexão
    .explanation = O servidor foi alcançado, mas nada aceita conexões nesta porta. Geralmente a porta está errada para esse servidor ou o serviço de e-mail está parado; às vezes o servidor bloqueia um endereço por um tempo depois de muitos logins com falha.
    .step-1 = Confira a porta: 993 para IMAP, 995 para POP, ou 465 ou 587 para envio, como dizem as páginas de ajuda do seu provedor.
    .step-2 = Confira se o nome do servidor é o do servidor de e-mail, e não de outra máquina do mesmo provedor.
    .step-3 = Se você administra o servidor: confira se o serviço de e-mail está rodando e escutando nesta porta.
    .step-4 = Se as mesmas configurações funcionavam antes, espere uma hora: o servidor pode ter bloqueado seu endereço depois de muitos logins com falha.

finding-tcp-timeout = O servidor não respondeu a tempo
    .explanation = A tentativa de conexão não teve resposta nenhuma. Provavelmente um firewall a descarta no caminho, o servidor está fora do ar ou a porta está fechada sem avisar.
    .step-1 = Tente de novo em outra rede, como os dados móveis do celular: algumas redes, hotéis e empresas bloqueiam as portas de e-mail.
    .step-2 = Confira a porta: 993 para IMAP, 995 para POP, ou 465 ou 587 para envio.
    .step-3 = Se você administra o servidor: confira se o firewall deixa passar conexões nesta porta e se o servidor está no ar.

finding-tcp-unreachable = Não dá para chegar ao servidor daqui
    .explanation = A rede informou que não há rota até o servidor. A rede do servidor pode estar fora do ar, ou o endereço pode não ser acessível pela internet.
    .step-1 = Faça o teste de novo em alguns minutos.
    .step-2 = Confira se o nome do servidor é o nome público do servidor de e-mail.
    .step-3 = Se você administra o servidor: confira a conexão de rede dele e se o endereço público está roteado.

finding-tcp-partial = Alguns endereços do servidor não funcionam
    .explanation = O nome do servidor tem vários endereços, muitas vezes um IPv6 e um IPv4, e só alguns aceitam conexões. Apps que tentam primeiro um endereço com defeito podem ficar lentos ou falhar de vez em quando.
    .step-1 = Veja abaixo os resultados por endereço para saber quais falham.
    .step-2 = Se você administra o servidor: corrija os endereços com falha ou remova os registros DNS deles (muitas vezes o registro IPv6 AAAA) até que funcionem.
    .step-3 = Se você não administra o servidor: informe ao seu provedor os endereços com falha; enquanto isso, seu app deve conseguir se conectar pelos que funcionam.


## tls: encryption and certificates

finding-tls-plaintext_on_tls_port = SSL/TLS foi escolhido, mas esta porta começa sem criptografia
    .explanation = Suas configurações dizem SSL/TLS, que criptografa desde o primeiro byte, mas o servidor fez a saudação sem criptografia nesta porta. A porta espera STARTTLS (criptografia ativada depois da saudação) ou nenhuma criptografia.
    .step-1 = No seu app de e-mail, escolha STARTTLS para esta porta, ou mantenha SSL/TLS e mude a porta para 993 (IMAP), 995 (POP) ou 465 (SMTP).
    .step-2 = Prefira SSL/TLS em 993, 995 ou 465 quando o provedor oferecer: assim a conexão fica criptografada desde o primeiro byte.
    .step-3 = Faça o teste de novo com as novas configurações.

finding-tls-tls_on_plaintext_port = Esta porta precisa de SSL/TLS desde o início
    .explanation = Esperava-se uma saudação sem criptografia porque foi escolhido STARTTLS ou nenhuma segurança, mas o servidor espera criptografia logo de cara. Portas como 993, 995 e 465 funcionam assim.
    .step-1 = No seu app de e-mail, escolha SSL/TLS para esta porta.
    .step-2 = Se preferir STARTTLS, mude a porta para 143 (IMAP), 110 (POP) ou 587 (SMTP).
    .step-3 = Faça o teste de novo com as novas configurações.

finding-tls-handshake_failed = Não foi possível estabelecer a conexão segura
    .explanation = O servidor e o maildoctor não chegaram a um acordo sobre como criptografar a conexão, ou o servidor interrompeu a tentativa. Isso pode vir de uma porta errada, de um servidor mal configurado ou de um equipamento de rede que interfere no tráfego criptografado.
    .step-1 = Confira se a porta e a segurança combinam: SSL/TLS em 993, 995 e 465, STARTTLS em 143, 110 e 587.
    .step-2 = Tente de novo em outra rede, caso um firewall ou filtro interfira nas conexões criptografadas.
    .step-3 = Se você administra o servidor: confira a configuração de TLS e procure nos logs o erro de handshake mostrado abaixo.

finding-tls-protocol_outdated = Criptografia ultrapassada: o app e o servidor não chegam a uma versão segura de TLS
    .explanation = Um dos lados só aceita versões antigas de criptografia (TLS 1.0 ou 1.1) ou algoritmos fracos que não são mais considerados seguros. Ou o servidor só oferece essas versões, que os apps atuais e o maildoctor recusam, ou o servidor recusa um app antigo que só conhece essas versões.
    .step-1 = Se o servidor diz que não aceita TLS 1.0 e 1.1: atualize o app ou o sistema do dispositivo, ou troque para um app que aceite TLS 1.2.
    .step-2 = Caso contrário, peça ao seu provedor ou ao administrador do servidor que ative o TLS 1.2 e o TLS 1.3.
    .step-3 = Se você administra o servidor: atualize o servidor de e-mail e a biblioteca TLS dele, e permita TLS 1.2 e 1.3 nas configurações.
    .step-4 = Não desative a criptografia no seu app para contornar o problema: sua senha passaria sem proteção.

finding-tls-cert_name_mismatch = O certificado do servidor é de outro nome
    .explanation = O certificado apresentado pelo servidor não inclui o nome de servidor digitado, então o app não tem como saber se chegou ao servidor certo. Muitas vezes o servidor de e-mail do provedor tem outro nome, por exemplo o de uma hospedagem compartilhada em vez do seu próprio domínio.
    .step-1 = Veja os nomes cobertos pelo certificado, listados abaixo.
    .step-2 = Use um desses nomes como nome do servidor no seu app, se for o servidor de e-mail do seu provedor.
    .step-3 = Confira se você escolheu o tipo certo de servidor: um nome IMAP para IMAP, um nome POP para POP.
    .step-4 = Se você administra o servidor: instale um certificado que inclua esse nome de servidor.

finding-tls-cert_expired = O certificado do servidor expirou
    .explanation = Os certificados valem por um tempo limitado, e a data final deste já passou. Os apps de e-mail avisam ou se recusam a conectar, porque um certificado expirado não prova mais que o servidor é autêntico.
    .step-1 = Avise seu provedor ou o administrador do servidor que o certificado expirou; a data final aparece abaixo.
    .step-2 = Não aceite para sempre o aviso do certificado no seu app: isso esconde o problema e também um ataque real.
    .step-3 = Se você administra o servidor: renove o certificado, instale-o com o certificado intermediário e reinicie ou recarregue o serviço de e-mail.

finding-tls-cert_not_yet_valid = O certificado do servidor ainda não é válido
    .explanation = A data inicial do certificado está no futuro. Ou um certificado novo foi instalado cedo demais, ou o relógio do servidor ou da máquina de teste está errado.
    .step-1 = Confira se a data e a hora do seu próprio dispositivo estão certas.
    .step-2 = Avise seu provedor ou o administrador do servidor; a data inicial do certificado aparece abaixo.
    .step-3 = Se você administra o servidor: confira o relógio do servidor e instale um certificado válido agora.

finding-tls-cert_expiring_soon = O certificado do servidor vai expirar em breve
    .explanation = O certificado ainda funciona, mas expira em menos de 14 dias. Depois disso, os apps de e-mail vão avisar ou se recusar a conectar.
    .step-1 = Avise seu provedor ou o administrador do servidor que o certificado vai expirar em breve; a data aparece abaixo.
    .step-2 = Se você administra o servidor: renove o certificado agora, confira se a renovação automática funciona e recarregue o serviço de e-mail depois da renovação.

finding-tls-cert_self_signed = O certificado do servidor não foi emitido por uma autoridade confiável
    .explanation = O certificado foi assinado pelo próprio servidor, então nenhuma autoridade reconhecida garante que ele é legítimo. Os apps de e-mail não conseguem distingui-lo do certificado de um atacante e mostram um aviso.
    .step-1 = Confira se o nome do servidor é o do servidor de e-mail público do seu provedor; alguns provedores usam outro nome com um certificado adequado.
    .step-2 = Se você administra o servidor: instale para esse nome um certificado de uma autoridade confiável, por exemplo um gratuito do Let's Encrypt.
    .step-3 = Se for de propósito um servidor privado: instale o certificado dele como confiável em cada dispositivo, mas só depois de conferir a impressão digital com o administrador.

finding-tls-cert_untrusted = O certificado do servidor vem de uma autoridade desconhecida
    .explanation = O certificado foi emitido por uma autoridade em que os apps de e-mail não confiam, como a autoridade própria de uma empresa ou uma desconhecida. Pode estar tudo bem dentro de uma organização, mas o certificado de um atacante tem a mesma aparência.
    .step-1 = Confira se o nome do servidor é o do servidor de e-mail público do seu provedor.
    .step-2 = Se o servidor for da sua organização: peça à equipe de TI o certificado raiz da organização e instale-o no seu dispositivo.
    .step-3 = Se você administra o servidor: instale para esse nome um certificado de uma autoridade publicamente confiável.

finding-tls-cert_chain_incomplete = O servidor não envia a cadeia de certificados completa
    .explanation = O servidor enviou o próprio certificado, mas não o certificado intermediário que o liga a uma autoridade confiável. Alguns apps preenchem essa lacuna sozinhos e outros não, então as mesmas configurações funcionam num dispositivo e falham em outro. O maildoctor busca o certificado que falta no endereço indicado pelo certificado do servidor, e os detalhes abaixo dizem qual certificado falta e se isso foi confirmado.
    .step-1 = Avise seu provedor ou o administrador do servidor que falta o certificado intermediário e repasse o nome e o endereço do certificado listados abaixo.
    .step-2 = Se você administra o servidor: instale o certificado desse nome com o certificado intermediário (o arquivo de cadeia completa fornecido pela sua autoridade) e recarregue o serviço de e-mail.
    .step-3 = Depois, faça o teste de novo para confirmar que a cadeia está completa.

finding-tls-starttls_unsupported = O servidor não oferece STARTTLS
    .explanation = Foi escolhido STARTTLS, mas o servidor não oferece a mudança para a criptografia nesta porta. Sem ela, a senha passaria sem criptografia.
    .step-1 = No seu app de e-mail, escolha SSL/TLS e a porta 993 (IMAP), 995 (POP) ou 465 (SMTP).
    .step-2 = Confira se o nome do servidor e a porta são os recomendados pelo seu provedor.
    .step-3 = Se você administra o servidor: ative o TLS para esse serviço e essa porta.

finding-tls-starttls_failed = A mudança para a criptografia falhou
    .explanation = O servidor ofereceu STARTTLS, mas a mudança para uma conexão criptografada não foi concluída. A configuração de TLS do servidor pode estar com defeito, ou algo na rede está interferindo.
    .step-1 = No seu app de e-mail, tente SSL/TLS e a porta 993 (IMAP), 995 (POP) ou 465 (SMTP).
    .step-2 = Tente de novo em outra rede, caso um firewall interfira nas conexões criptografadas.
    .step-3 = Se você administra o servidor: confira o certificado e as configurações de TLS e procure nos logs o erro mostrado abaixo.

finding-tls-not_used = A conexão não é criptografada
    .explanation = A conexão foi feita sem nenhuma criptografia, então qualquer pessoa no caminho pode ler sua senha e seus e-mails. A maioria dos provedores recusa o login nesse tipo de conexão.
    .step-1 = No seu app de e-mail, escolha SSL/TLS e a porta 993 (IMAP), 995 (POP) ou 465 (SMTP).
    .step-2 = Se o servidor não oferecer SSL/TLS, escolha STARTTLS com a porta 143 (IMAP), 110 (POP) ou 587 (SMTP).
    .step-3 = Se você administra o servidor: ative o TLS e pare de aceitar senhas em conexões sem criptografia.


## protocol: what answers on the port

finding-protocol-pop3_not_imap = Esta porta é de POP, não de IMAP
    .explanation = Você está configurando IMAP, mas um servidor POP respondeu neste host e nesta porta. Os dois funcionam de forma diferente, então o app não consegue falar com ele por IMAP.
    .step-1 = Se você quer IMAP: mude a porta para 993 com SSL/TLS (ou 143 com STARTTLS) e use o nome do servidor IMAP das páginas de ajuda do seu provedor.
    .step-2 = Se você quer POP: configure a conta como POP em vez de IMAP.
    .step-3 = Faça o teste de novo com as configurações corrigidas.
    .icloud-explanation = Você está configurando IMAP, mas um servidor POP respondeu. O iCloud Mail não tem servidor POP, então este não é o servidor do iCloud.
    .icloud-step-1 = Use imap.mail.me.com como nome do servidor.
    .icloud-step-2 = Escolha SSL/TLS e a porta 993.
    .icloud-step-3 = Faça o teste de novo com essas configurações.

finding-protocol-imap_not_pop3 = Esta porta é de IMAP, não de POP
    .explanation = Você está configurando POP, mas um servidor IMAP respondeu neste host e nesta porta. O app não consegue falar com ele por POP.
    .step-1 = Se você quer POP: mude a porta para 995 com SSL/TLS (ou 110 com STARTTLS) e use o nome do servidor POP das páginas de ajuda do seu provedor.
    .step-2 = Se IMAP servir para você: configure a conta como IMAP; assim seus e-mails ficam sincronizados em todos os dispositivos.
    .step-3 = Faça o teste de novo com as configurações corrigidas.
    .icloud-explanation = Você está configurando POP, mas o iCloud Mail não tem servidor POP: os e-mails recebidos só estão disponíveis por IMAP.
    .icloud-step-1 = Configure a conta como IMAP em vez de POP.
    .icloud-step-2 = Use imap.mail.me.com com SSL/TLS e a porta 993.
    .icloud-step-3 = Faça o teste de novo como IMAP.

finding-protocol-smtp_not_incoming = Este é um servidor de saída, não de entrada
    .explanation = Você está configurando o recebimento (IMAP ou POP), mas respondeu um servidor de saída (SMTP). Enviar e receber usam servidores ou portas diferentes.
    .step-1 = Para receber, use o nome do servidor de entrada: ele costuma começar com "imap." ou "pop.", e não com "smtp.".
    .step-2 = Use a porta 993 com SSL/TLS para IMAP, ou a porta 995 com SSL/TLS para POP.
    .step-3 = Coloque este servidor e esta porta nas configurações de saída (SMTP) do seu app, se for lá que eles devem ficar.

finding-protocol-incoming_not_smtp = Este é um servidor de entrada, não de saída
    .explanation = Você está configurando o envio (SMTP), mas respondeu um servidor de entrada (IMAP ou POP). O envio usa um nome de servidor ou uma porta próprios.
    .step-1 = Para enviar, use o nome do servidor de saída: ele costuma começar com "smtp.".
    .step-2 = Use a porta 465 com SSL/TLS ou a porta 587 com STARTTLS.
    .step-3 = Coloque este servidor e esta porta nas configurações de entrada do seu app, se for lá que eles devem ficar.

finding-protocol-http_not_mail = Respondeu um servidor web, não um servidor de e-mail
    .explanation = O host e a porta levam a um site. Os apps de e-mail precisam do servidor de e-mail do provedor e de uma porta de e-mail, não do endereço que você abre no navegador.
    .step-1 = Confira se a porta é de e-mail: 993 ou 143 para IMAP, 995 ou 110 para POP, 465 ou 587 para envio; 80 e 443 são portas web.
    .step-2 = Troque o nome do servidor pelo nome do servidor de e-mail das páginas de ajuda do seu provedor; ele costuma começar com "imap.", "pop.", "smtp." ou "mail.".
    .step-3 = Faça o teste de novo com as configurações corrigidas.

finding-protocol-unknown = Respondeu algo que não é um servidor de e-mail
    .explanation = O servidor respondeu, mas não como um servidor de e-mail; pode ser outro tipo de serviço, como o acesso remoto (SSH), ou um equipamento no caminho. Os primeiros bytes que ele enviou aparecem abaixo.
    .step-1 = Confira se a porta é de e-mail: 993 ou 143 para IMAP, 995 ou 110 para POP, 465 ou 587 para envio.
    .step-2 = Confira se o nome do servidor é o do servidor de e-mail do seu provedor.
    .step-3 = Se você administra o servidor: confira qual programa escuta nesta porta.

finding-protocol-no_greeting = O servidor conectou, mas não disse nada
    .explanation = A conexão foi feita, mas o servidor nunca enviou a saudação que um servidor de e-mail envia primeiro. Ele pode estar sobrecarregado ou travado, pode limitar as conexões por endereço ou pode estar esperando uma criptografia que não foi iniciada.
    .step-1 = Confira se a porta e a segurança combinam: SSL/TLS em 993, 995 e 465, STARTTLS em 143, 110 e 587.
    .step-2 = Feche outros apps de e-mail ou dispositivos que usam esta conta e faça o teste de novo em alguns minutos.
    .step-3 = Se você administra o servidor: confira se o serviço de e-mail está saudável e se um limite de conexões por endereço foi atingido.

finding-protocol-rejected = O servidor recusou o serviço na hora
    .explanation = O servidor respondeu, mas logo se recusou a atender esta conexão. Ele pode estar ocupado demais, bloqueando o endereço do teste ou fechado para manutenção; a mensagem dele aparece abaixo.
    .step-1 = Leia a mensagem do servidor abaixo: muitas vezes ela diz o motivo.
    .step-2 = Espere um pouco e faça o teste de novo, principalmente se a mensagem falar de sobrecarga ou de conexões demais.
    .step-3 = Pergunte ao seu provedor ou ao administrador do servidor se o seu endereço ou a sua rede estão bloqueados.

finding-server-slow_response = O servidor demora para responder
    .explanation = O servidor levou mais de 3 segundos para fazer a saudação. Ele ainda funciona, mas os apps de e-mail podem esgotar o tempo de espera, e isso costuma indicar que o servidor está sobrecarregado ou demora para identificar o endereço que se conecta.
    .step-1 = Faça o teste de novo mais tarde para ver se a demora continua.
    .step-2 = Aumente o tempo limite de conexão no seu app se ele desistir cedo demais.
    .step-3 = Se você administra o servidor: confira a carga dele e se ele espera pelo DNS reverso ou outras consultas antes de fazer a saudação.


## auth: signing in

finding-auth-invalid_credentials = O nome de usuário ou a senha não foram aceitos
    .explanation = O servidor recusou o login. Geralmente a senha ou o nome de usuário estão errados, mas muitos provedores dão a mesma resposta quando exigem uma senha de app ou outro método de login. Na Microsoft, por exemplo, "LOGIN failed" ou "AUTHENTICATE failed" costuma significar que o login com senha está desativado para a conta.
    .step-1 = Confira a senha: digite de novo com cuidado, atento ao Caps Lock e ao idioma do teclado.
    .step-2 = Confira o nome de usuário: a maioria dos provedores pede o endereço de e-mail completo.
    .step-3 = Faça login no webmail do seu provedor com o mesmo nome de usuário e senha para confirmar que estão certos.
    .step-4 = Se o webmail funciona mas o app não, veja se o seu provedor exige uma senha de app para apps de e-mail.
    .gmail-explanation = O Gmail recusou o login. O Gmail não aceita mais sua senha normal do Google em apps de e-mail (contas pessoais desde 30 de maio de 2022, contas de trabalho e escolares desde o outono de 2024), então geralmente é preciso uma senha de app ou "Fazer login com o Google"; a senha também pode estar digitada errado ou ter sido revogada.
    .gmail-step-1 = Use o endereço do Gmail completo como nome de usuário.
    .gmail-step-2 = Ative a verificação em duas etapas na sua Conta do Google, em Segurança, se ainda não estiver ativada.
    .gmail-step-3 = Crie uma senha de app na sua Conta do Google (Segurança, Verificação em duas etapas, Senhas de app) e use-a no lugar da sua senha normal.
    .gmail-step-4 = Use "Fazer login com o Google" se o seu app oferecer (Apple Mail, Outlook e Thunderbird oferecem); lá a sua senha normal do Google funciona.
    .gmail-step-5 = Em uma conta de trabalho ou escolar: pergunte ao administrador se senhas de app ou apps de e-mail são permitidos.
    .yahoo-explanation = O Yahoo recusou o login. O Yahoo dá a mesma resposta para uma senha errada e para a senha normal usada onde é preciso uma senha de app, e os apps de e-mail precisam de uma senha de app.
    .yahoo-step-1 = Use o endereço do Yahoo completo como nome de usuário.
    .yahoo-step-2 = Faça login no Yahoo em um navegador, abra Informações da conta e depois Segurança da conta, e escolha gerar uma senha de app.
    .yahoo-step-3 = Use a senha de app no seu app de e-mail no lugar da sua senha normal.
    .aol-explanation = A AOL recusou o login. A AOL dá a mesma resposta para uma senha errada e para a senha normal usada onde é preciso uma senha de app, e os apps de e-mail precisam de uma senha de app.
    .aol-step-1 = Use o endereço da AOL completo como nome de usuário.
    .aol-step-2 = Faça login na AOL em um navegador, abra Informações da conta e depois Segurança da conta, e escolha gerar uma senha de app.
    .aol-step-3 = Use a senha de app no seu app de e-mail no lugar da sua senha normal.
    .icloud-explanation = O iCloud recusou o login. O iCloud dá a mesma resposta para uma senha errada e para a senha da sua Conta Apple usada onde é preciso uma senha específica de app, e os apps de e-mail precisam de uma senha específica de app.
    .icloud-step-1 = Use como nome de usuário a parte do seu endereço do iCloud antes do @; se for recusada, tente o endereço completo.
    .icloud-step-2 = Faça login na sua Conta Apple em um navegador, abra Início de Sessão e Segurança e depois Senhas Específicas de App, e crie uma; a autenticação de dois fatores precisa estar ativada.
    .icloud-step-3 = Use a senha específica de app no seu app de e-mail no lugar da senha da sua Conta Apple.
    .qq-explanation = O QQ Mail recusou o login. Os apps de e-mail precisam usar um código de autorização das configurações do QQ Mail, e não a sua senha do QQ.
    .qq-step-1 = Use o endereço do QQ Mail completo como nome de usuário.
    .qq-step-2 = No QQ Mail na web, abra Configurações e depois Conta, e ative o serviço IMAP/SMTP (e o POP3, se você usar).
    .qq-step-3 = Gere ali um código de autorização e use-o no seu app no lugar da senha.
    .netease-explanation = O NetEase Mail recusou o login. Os apps de e-mail precisam usar um código de autorização de cliente das configurações da caixa de correio, e não a senha da conta.
    .netease-step-1 = Use o endereço completo 163, 126 ou yeah.net como nome de usuário.
    .netease-step-2 = Na caixa de correio na web, abra Configurações e depois POP3/SMTP/IMAP, e ative o serviço IMAP/SMTP (e o POP3, se você usar).
    .netease-step-3 = Crie ali um código de autorização de cliente e use-o no seu app no lugar da senha.
    .netease126-explanation = O NetEase Mail recusou o login. Os apps de e-mail precisam usar um código de autorização de cliente das configurações da caixa de correio, e não a senha da conta.
    .netease126-step-1 = Use o endereço completo 163, 126 ou yeah.net como nome de usuário.
    .netease126-step-2 = Na caixa de correio na web, abra Configurações e depois POP3/SMTP/IMAP, e ative o serviço IMAP/SMTP (e o POP3, se você usar).
    .netease126-step-3 = Crie ali um código de autorização de cliente e use-o no seu app no lugar da senha.
    .neteaseyeah-explanation = O NetEase Mail recusou o login. Os apps de e-mail precisam usar um código de autorização de cliente das configurações da caixa de correio, e não a senha da conta.
    .neteaseyeah-step-1 = Use o endereço completo 163, 126 ou yeah.net como nome de usuário.
    .neteaseyeah-step-2 = Na caixa de correio na web, abra Configurações e depois POP3/SMTP/IMAP, e ative o serviço IMAP/SMTP (e o POP3, se você usar).
    .neteaseyeah-step-3 = Crie ali um código de autorização de cliente e use-o no seu app no lugar da senha.
    .outlook-explanation = O Outlook.com recusou o login. Desde 16 de setembro de 2024, o Outlook.com não aceita mais nenhuma senha de apps de e-mail, só o login da Microsoft (OAuth), então até uma senha correta é recusada.
    .outlook-step-1 = Use um app de e-mail compatível com o login da Microsoft, como o Outlook, o Apple Mail ou o Thunderbird com OAuth.
    .outlook-step-2 = Remova a conta do seu app e adicione de novo escolhendo o login da Microsoft (no Thunderbird: método de autenticação OAuth2).
    .outlook-step-3 = Faça login no outlook.com em um navegador para confirmar que a conta em si funciona.
    .microsoft365-explanation = O Microsoft 365 recusou o login. Para IMAP e POP, o login com senha foi desativado no fim de 2022, então "LOGIN failed" ou "AUTHENTICATE failed" da Microsoft geralmente significa que o login com senha está desativado, e não que a senha está errada; mas também pode ser a senha errada.
    .microsoft365-step-1 = Use um app compatível com o login da Microsoft, como o Outlook, o Apple Mail ou o Thunderbird com OAuth, e adicione a conta de novo com o login da Microsoft.
    .microsoft365-step-2 = Faça login no office.com em um navegador com a mesma conta para confirmar que a senha está certa.
    .microsoft365-step-3 = Para enviar com senha (SMTP AUTH): peça ao administrador que permita o SMTP autenticado para a sua caixa de correio; a Microsoft vai desativá-lo por padrão no fim de dezembro de 2026.
    .microsoft365-step-4 = Pergunte ao administrador se os padrões de segurança ou o acesso condicional bloqueiam apps de e-mail na sua conta.
    .gmx-explanation = O GMX recusou o login. O GMX dá a mesma resposta para uma senha errada e para uma conta com o acesso POP3 e IMAP desativado.
    .gmx-step-1 = Use o endereço do GMX completo como nome de usuário e confira a senha fazendo login no GMX em um navegador.
    .gmx-step-2 = No GMX na web, abra Configurações e depois POP3 & IMAP, e permita o acesso por POP3 e IMAP.
    .gmx-step-3 = Faça o teste de novo depois de salvar a configuração.
    .gmxnet-explanation = O GMX recusou o login. O GMX dá a mesma resposta para uma senha errada e para uma conta com o acesso POP3 e IMAP desativado.
    .gmxnet-step-1 = Use o endereço do GMX completo como nome de usuário e confira a senha fazendo login no GMX em um navegador.
    .gmxnet-step-2 = No GMX na web, abra Configurações e depois POP3 & IMAP, e permita o acesso por POP3 e IMAP.
    .gmxnet-step-3 = Faça o teste de novo depois de salvar a configuração.
    .webde-explanation = O WEB.DE recusou o login. O WEB.DE dá a mesma resposta para uma senha errada e para uma conta com o acesso POP3 e IMAP desativado.
    .webde-step-1 = Use o endereço do WEB.DE completo como nome de usuário e confira a senha fazendo login no WEB.DE em um navegador.
    .webde-step-2 = No WEB.DE na web, abra Configurações e depois POP3/IMAP, e permita o acesso por POP3 e IMAP.
    .webde-step-3 = Faça o teste de novo depois de salvar a configuração.
    .yandex-explanation = O Yandex recusou o login. O Yandex dá a mesma resposta para uma senha errada, para uma conta sem acesso de apps de e-mail e para a senha normal usada onde é preciso uma senha de app.
    .yandex-step-1 = No Yandex Mail na web, abra as configurações de clientes de e-mail e permita o acesso por IMAP.
    .yandex-step-2 = Crie uma senha de app para e-mail nas configurações de segurança do seu Yandex ID.
    .yandex-step-3 = Use o endereço completo como nome de usuário e a senha de app como senha.

finding-auth-app_password_required = Esta conta precisa de uma senha de app
    .explanation = Seu provedor não aceita sua senha normal em apps de e-mail, geralmente porque o login em duas etapas está ativado. Ele exige uma senha de app separada, criada nas configurações de segurança da conta só para apps de e-mail.
    .step-1 = Faça login no site do seu provedor e abra as configurações de segurança da conta.
    .step-2 = Crie uma senha de app para e-mail (alguns provedores chamam de senha específica de app ou código de autorização).
    .step-3 = Use a senha de app no seu app de e-mail no lugar da sua senha normal.
    .step-4 = Não compartilhe a senha de app; você pode revogá-la a qualquer momento no mesmo lugar.
    .gmail-step-1 = Ative a verificação em duas etapas na sua Conta do Google, em Segurança, se ainda não estiver ativada.
    .gmail-step-2 = Crie uma senha de app na sua Conta do Google (Segurança, Verificação em duas etapas, Senhas de app).
    .gmail-step-3 = Use a senha de app no seu app de e-mail no lugar da sua senha normal do Google, com o endereço do Gmail completo como nome de usuário.
    .gmail-step-4 = Use "Fazer login com o Google" se o seu app oferecer; lá a sua senha normal do Google funciona.
    .yahoo-step-1 = Faça login no Yahoo em um navegador e abra Informações da conta e depois Segurança da conta.
    .yahoo-step-2 = Ative a verificação em duas etapas se ainda não estiver ativada.
    .yahoo-step-3 = Escolha gerar uma senha de app e use-a no seu app de e-mail no lugar da sua senha normal.
    .aol-step-1 = Faça login na AOL em um navegador e abra Informações da conta e depois Segurança da conta.
    .aol-step-2 = Ative a verificação em duas etapas se ainda não estiver ativada.
    .aol-step-3 = Escolha gerar uma senha de app e use-a no seu app de e-mail no lugar da sua senha normal.
    .icloud-step-1 = Faça login na sua Conta Apple em um navegador e abra Início de Sessão e Segurança.
    .icloud-step-2 = Ative a autenticação de dois fatores se ainda não estiver ativada.
    .icloud-step-3 = Abra Senhas Específicas de App, crie uma e use-a no seu app de e-mail no lugar da senha da sua Conta Apple.
    .qq-explanation = O QQ Mail pede um código de autorização: os apps de e-mail não conseguem fazer login com a sua senha do QQ.
    .qq-step-1 = No QQ Mail na web, abra Configurações e depois Conta.
    .qq-step-2 = Ative o serviço IMAP/SMTP (e o POP3, se você usar) e confirme por SMS quando for pedido.
    .qq-step-3 = Gere um código de autorização e use-o no seu app no lugar da senha.
    .netease-explanation = O NetEase Mail pede um código de autorização de cliente: os apps de e-mail não conseguem fazer login com a senha da conta.
    .netease-step-1 = Na caixa de correio 163, 126 ou yeah.net na web, abra Configurações e depois POP3/SMTP/IMAP.
    .netease-step-2 = Ative o serviço IMAP/SMTP (e o POP3, se você usar).
    .netease-step-3 = Crie um código de autorização de cliente e use-o no seu app no lugar da senha.
    .netease126-explanation = O NetEase Mail pede um código de autorização de cliente: os apps de e-mail não conseguem fazer login com a senha da conta.
    .netease126-step-1 = Na caixa de correio 163, 126 ou yeah.net na web, abra Configurações e depois POP3/SMTP/IMAP.
    .netease126-step-2 = Ative o serviço IMAP/SMTP (e o POP3, se você usar).
    .netease126-step-3 = Crie um código de autorização de cliente e use-o no seu app no lugar da senha.
    .neteaseyeah-explanation = O NetEase Mail pede um código de autorização de cliente: os apps de e-mail não conseguem fazer login com a senha da conta.
    .neteaseyeah-step-1 = Na caixa de correio 163, 126 ou yeah.net na web, abra Configurações e depois POP3/SMTP/IMAP.
    .neteaseyeah-step-2 = Ative o serviço IMAP/SMTP (e o POP3, se você usar).
    .neteaseyeah-step-3 = Crie um código de autorização de cliente e use-o no seu app no lugar da senha.

finding-auth-web_login_required = Seu provedor quer que você faça login no site dele primeiro
    .explanation = O provedor bloqueou este login até você confirmá-lo no site dele, muitas vezes porque veio de um lugar ou dispositivo novo, ou porque ele considerou o app de e-mail inseguro. Sua senha pode muito bem estar certa.
    .step-1 = Faça login no webmail do seu provedor em um navegador, de preferência na mesma rede do seu app de e-mail.
    .step-2 = Conclua a verificação de segurança ou confirme a tentativa de login se for pedido.
    .step-3 = Faça o teste de novo nos minutos seguintes.
    .step-4 = Se isso se repetir, veja se o seu provedor exige uma senha de app para apps de e-mail.
    .gmail-step-1 = Faça login no Gmail em um navegador na mesma rede e conclua a verificação de segurança, se aparecer.
    .gmail-step-2 = Na sua Conta do Google, em Segurança, veja a atividade de segurança recente e confirme que foi você.
    .gmail-step-3 = Use no seu app uma senha de app (Conta do Google, Segurança, Verificação em duas etapas, Senhas de app) ou um app com "Fazer login com o Google".
    .gmail-step-4 = Faça o teste de novo nos minutos seguintes.
    .yahoo-step-1 = Faça login no Yahoo Mail em um navegador e conclua a verificação de segurança, se aparecer.
    .yahoo-step-2 = Crie uma senha de app em Informações da conta, Segurança da conta, e use-a no seu app de e-mail.
    .yahoo-step-3 = Faça o teste de novo nos minutos seguintes.
    .aol-step-1 = Faça login no AOL Mail em um navegador e conclua a verificação de segurança, se aparecer.
    .aol-step-2 = Crie uma senha de app em Informações da conta, Segurança da conta, e use-a no seu app de e-mail.
    .aol-step-3 = Faça o teste de novo nos minutos seguintes.
    .icloud-step-1 = Faça login no icloud.com em um navegador e aceite os termos ou avisos de segurança que aparecerem.
    .icloud-step-2 = Crie uma senha específica de app na sua Conta Apple, em Início de Sessão e Segurança, e use-a no seu app de e-mail.
    .icloud-step-3 = Faça o teste de novo nos minutos seguintes.
    .qq-step-1 = Faça login no QQ Mail em um navegador e conclua a verificação de segurança, se aparecer.
    .qq-step-2 = Confira em Configurações, Conta se o serviço IMAP/SMTP está ativado e gere um novo código de autorização, se preciso.
    .qq-step-3 = Use o código de autorização no seu app e faça o teste de novo.
    .netease-step-1 = Faça login na caixa de correio NetEase na web e conclua a verificação de segurança, se aparecer.
    .netease-step-2 = Confira em Configurações, POP3/SMTP/IMAP se o serviço IMAP/SMTP está ativado e crie um novo código de autorização de cliente, se preciso.
    .netease-step-3 = Use o código de autorização no seu app e faça o teste de novo.
    .netease-step-4 = Se o servidor disser "Unsafe Login" depois do login: a NetEase recusa apps de e-mail que não se identificam, então use o Thunderbird, o Apple Mail, o Outlook ou o app da NetEase, ou POP3 em vez de IMAP.
    .netease126-step-1 = Faça login na caixa de correio NetEase na web e conclua a verificação de segurança, se aparecer.
    .netease126-step-2 = Confira em Configurações, POP3/SMTP/IMAP se o serviço IMAP/SMTP está ativado e crie um novo código de autorização de cliente, se preciso.
    .netease126-step-3 = Use o código de autorização no seu app e faça o teste de novo.
    .netease126-step-4 = Se o servidor disser "Unsafe Login" depois do login: a NetEase recusa apps de e-mail que não se identificam, então use o Thunderbird, o Apple Mail, o Outlook ou o app da NetEase, ou POP3 em vez de IMAP.
    .neteaseyeah-step-1 = Faça login na caixa de correio NetEase na web e conclua a verificação de segurança, se aparecer.
    .neteaseyeah-step-2 = Confira em Configurações, POP3/SMTP/IMAP se o serviço IMAP/SMTP está ativado e crie um novo código de autorização de cliente, se preciso.
    .neteaseyeah-step-3 = Use o código de autorização no seu app e faça o teste de novo.
    .neteaseyeah-step-4 = Se o servidor disser "Unsafe Login" depois do login: a NetEase recusa apps de e-mail que não se identificam, então use o Thunderbird, o Apple Mail, o Outlook ou o app da NetEase, ou POP3 em vez de IMAP.

finding-auth-basic_auth_disabled = Esta conta não aceita senhas de apps de e-mail
    .explanation = O servidor só permite o login moderno (OAuth), em que você faz login na própria página do provedor, então a senha é recusada mesmo estando certa. O maildoctor testa o login com senha, por isso não consegue ir além daqui.
    .step-1 = Use um app de e-mail que aceite o login próprio do provedor (muitas vezes aparece como "Fazer login com…" ou OAuth2).
    .step-2 = Remova a conta do seu app e adicione de novo escolhendo esse método de login.
    .step-3 = Se for uma conta de trabalho: pergunte ao administrador se o login com senha pode ser permitido na sua caixa de correio.
    .outlook-explanation = O Outlook.com deixou de aceitar senhas de apps de e-mail em 16 de setembro de 2024. Agora só o login da Microsoft (OAuth) funciona, então até uma senha correta é recusada.
    .outlook-step-1 = Use um app compatível com o login da Microsoft, como o Outlook, o Apple Mail ou o Thunderbird com OAuth.
    .outlook-step-2 = Remova a conta do seu app e adicione de novo escolhendo o login da Microsoft (no Thunderbird: método de autenticação OAuth2).
    .outlook-step-3 = Atualize seu app se ele não oferecer o login da Microsoft; versões antigas só conhecem senhas.
    .microsoft365-explanation = O Microsoft 365 não aceita mais senhas para IMAP e POP desde o fim de 2022, e lá só funciona o login da Microsoft (OAuth). Enviar com senha (SMTP AUTH) ainda funciona onde o administrador permite, até a Microsoft desativá-lo por padrão no fim de dezembro de 2026.
    .microsoft365-step-1 = Use um app compatível com o login da Microsoft, como o Outlook, o Apple Mail ou o Thunderbird com OAuth, e adicione a conta de novo com o login da Microsoft.
    .microsoft365-step-2 = Para enviar com senha: peça ao administrador que permita o SMTP autenticado para a sua caixa de correio no centro de administração do Microsoft 365 (Usuários, E-mail, Gerenciar aplicativos de e-mail).
    .microsoft365-step-3 = Pergunte ao administrador se os padrões de segurança ou o acesso condicional bloqueiam o login com senha na sua conta.
    .microsoft365-step-4 = Planeje mudar para OAuth, antes do fim de dezembro de 2026, os dispositivos e scripts que enviam com senha.

finding-auth-protocol_disabled = IMAP, POP ou o envio por apps está desativado nesta conta
    .explanation = Sua senha pode estar certa, mas a conta não tem permissão para esse tipo de acesso (IMAP, POP ou envio por SMTP em um app de e-mail). Muitos provedores deixam você ativar isso nas configurações da web; nas empresas, quem decide é o administrador.
    .step-1 = Faça login no webmail do seu provedor e procure nas configurações o acesso IMAP, POP ou de apps de e-mail.
    .step-2 = Ative o acesso para o tipo que você está configurando (IMAP ou POP) e salve.
    .step-3 = Se a opção não existir ou não puder ser alterada: peça ao administrador ou ao provedor que ative IMAP ou POP na sua conta.
    .step-4 = Faça o teste de novo depois de alguns minutos.
    .gmail-explanation = O Gmail recusou esse tipo de acesso. O IMAP está sempre ativado nas contas pessoais do Gmail desde janeiro de 2025, então um login IMAP recusado indica uma conta de trabalho ou escolar em que o administrador o desativou; o POP continua tendo uma chave própria.
    .gmail-step-1 = Para POP: no Gmail na web, abra Configurações, Ver todas as configurações, Encaminhamento e POP/IMAP, e ative o POP.
    .gmail-step-2 = Para IMAP em uma conta de trabalho ou escolar: peça ao administrador do Google Workspace que libere o acesso POP e IMAP para você (Google Admin, Apps, Google Workspace, Gmail, Acesso do usuário final).
    .gmail-step-3 = Faça o teste de novo depois que a mudança tiver alguns minutos para entrar em vigor.
    .gmx-step-1 = Faça login no GMX em um navegador e abra Configurações e depois POP3 & IMAP.
    .gmx-step-2 = Permita o acesso a esta conta por POP3 e IMAP e salve.
    .gmx-step-3 = Faça o teste de novo com o endereço do GMX completo como nome de usuário.
    .gmxnet-step-1 = Faça login no GMX em um navegador e abra Configurações e depois POP3 & IMAP.
    .gmxnet-step-2 = Permita o acesso a esta conta por POP3 e IMAP e salve.
    .gmxnet-step-3 = Faça o teste de novo com o endereço do GMX completo como nome de usuário.
    .webde-step-1 = Faça login no WEB.DE em um navegador e abra Configurações e depois POP3/IMAP.
    .webde-step-2 = Permita o acesso a esta conta por POP3 e IMAP e salve.
    .webde-step-3 = Faça o teste de novo com o endereço do WEB.DE completo como nome de usuário.
    .qq-step-1 = No QQ Mail na web, abra Configurações e depois Conta.
    .qq-step-2 = Ative o serviço IMAP/SMTP (e o POP3, se você usar).
    .qq-step-3 = Gere ali um código de autorização e use-o como senha no seu app de e-mail.
    .netease-step-1 = Na caixa de correio NetEase na web, abra Configurações e depois POP3/SMTP/IMAP.
    .netease-step-2 = Ative o serviço IMAP/SMTP (e o POP3, se você usar).
    .netease-step-3 = Crie ali um código de autorização de cliente e use-o como senha no seu app de e-mail.
    .netease126-step-1 = Na caixa de correio NetEase na web, abra Configurações e depois POP3/SMTP/IMAP.
    .netease126-step-2 = Ative o serviço IMAP/SMTP (e o POP3, se você usar).
    .netease126-step-3 = Crie ali um código de autorização de cliente e use-o como senha no seu app de e-mail.
    .neteaseyeah-step-1 = Na caixa de correio NetEase na web, abra Configurações e depois POP3/SMTP/IMAP.
    .neteaseyeah-step-2 = Ative o serviço IMAP/SMTP (e o POP3, se você usar).
    .neteaseyeah-step-3 = Crie ali um código de autorização de cliente e use-o como senha no seu app de e-mail.

finding-auth-plaintext_disallowed = O servidor não aceita senha sem criptografia
    .explanation = O servidor se recusa a receber uma senha por uma conexão sem criptografia, o que protege você. A conexão precisa primeiro de SSL/TLS ou STARTTLS.
    .step-1 = No seu app de e-mail, escolha SSL/TLS com a porta 993 (IMAP), 995 (POP) ou 465 (SMTP), ou STARTTLS com a porta 143 (IMAP), 110 (POP) ou 587 (SMTP).
    .step-2 = Escolha uma opção que sempre criptografa, e não uma que criptografa só "se disponível".
    .step-3 = Faça o teste de novo com a criptografia ativada.

finding-auth-mechanism_unsupported = O servidor não oferece nenhum método de login que possa ser usado aqui
    .explanation = O servidor e o maildoctor não têm nenhum método de login com senha em comum, ou esta porta nem oferece login. Isso acontece em portas feitas para e-mail entre servidores, como a 25, e em servidores que só permitem OAuth ou login por certificado.
    .step-1 = Para enviar, use a porta 587 com STARTTLS ou a porta 465 com SSL/TLS, e não a porta 25.
    .step-2 = Confira se a criptografia está ativada: muitos servidores só oferecem login depois de SSL/TLS ou STARTTLS.
    .step-3 = Se você administra o servidor: ative o login com senha (por exemplo, PLAIN ou LOGIN sobre TLS) nesta porta.

finding-auth-account_locked = A conta está bloqueada ou desativada
    .explanation = O servidor diz que a conta está bloqueada, desativada ou suspensa, então nenhuma senha vai funcionar agora. Os provedores fazem isso depois de atividade suspeita, por serviços não pagos ou quando um administrador bloqueia a conta.
    .step-1 = Faça login no webmail do seu provedor em um navegador para ver por que a conta está bloqueada e como desbloqueá-la.
    .step-2 = Siga as etapas do provedor para recuperar a conta, como confirmar sua identidade ou redefinir a senha.
    .step-3 = Em uma conta de trabalho ou escolar: peça ao administrador que a desbloqueie.

finding-auth-too_many_failures = Muitos logins com falha: o servidor está bloqueando por um tempo
    .explanation = Depois de vários logins com falha, o servidor, ou um sistema de segurança na frente dele, recusa temporariamente os logins desta conta ou do seu endereço de rede, às vezes até com a senha certa. O bloqueio costuma sair sozinho depois de alguns minutos a uma hora.
    .step-1 = Pare todos os apps de e-mail e dispositivos que usam esta conta, para que parem de tentar com uma senha antiga.
    .step-2 = Espere pelo menos 15 minutos, ou uma hora se o bloqueio voltar.
    .step-3 = Confira a senha fazendo login no webmail e atualize-a em cada app de e-mail antes de ligá-los de novo.
    .step-4 = Se o servidor disser que seu endereço está banido ou bloqueado: peça ao administrador do servidor que retire o bloqueio e veja se o seu provedor exige uma senha de app para apps de e-mail.

finding-auth-server_error = O servidor de e-mail teve um problema temporário
    .explanation = O servidor disse que não pode atender você agora por um problema do lado dele: está ocupado, reiniciando ou em manutenção, ou uma parte dele, como o banco de dados de login, está fora do ar. Isso não tem a ver com a sua senha nem com as suas configurações.
    .step-1 = Espere alguns minutos e faça o teste de novo.
    .step-2 = Veja se há falhas na página de status do seu provedor.
    .step-3 = Não mude sua senha nem suas configurações por causa desta mensagem: elas não são a causa.
    .step-4 = Se continuar: avise seu provedor ou o administrador do servidor, incluindo a mensagem do servidor abaixo.

finding-auth-failed_unclassified = O login falhou por um motivo que o maildoctor não reconhece
    .explanation = O servidor recusou o login com uma mensagem para a qual o maildoctor não tem regra. As próprias palavras do servidor, mostradas abaixo, costumam dizer o que está errado.
    .step-1 = Leia a mensagem do servidor abaixo em busca de um motivo, como um país bloqueado ou uma política.
    .step-2 = Confira o nome de usuário e a senha fazendo login no webmail.
    .step-3 = Pergunte ao seu provedor ou ao administrador do servidor, citando a mensagem do servidor abaixo.

finding-auth-skipped_no_credentials = O login não foi testado
    .explanation = Nenhum nome de usuário ou senha foi informado, então o teste parou depois de verificar que o servidor pode ser alcançado e responde corretamente. Tudo até o login foi testado.
    .step-1 = Faça o teste de novo com seu nome de usuário e sua senha para verificar também o login.
    .step-2 = Use uma senha de app se o seu provedor exigir uma para apps de e-mail.

finding-auth-skipped_insecure = A senha não foi enviada porque a conexão não é segura
    .explanation = A conexão não estava criptografada, ou o certificado dela não passou nas verificações, então qualquer pessoa no caminho poderia ter lido ou capturado a senha. O maildoctor nunca envia uma senha por uma conexão assim sem que isso seja pedido, então o login não foi testado.
    .step-1 = Corrija primeiro o problema de criptografia encontrado por este teste: escolha SSL/TLS (portas 993, 995, 465) ou STARTTLS (portas 143, 110, 587), ou corrija o certificado.
    .step-2 = Use as mesmas configurações criptografadas no seu app de e-mail.
    .step-3 = Só para um servidor de teste confiável numa rede privada: permita a senha mesmo assim com a opção allow_insecure_auth, ou trust_certificate para um problema de certificado.

finding-auth-password_expired = A senha expirou
    .explanation = A senha está certa, mas é antiga demais: o servidor exige que você defina uma nova antes de deixar você entrar. Os apps de e-mail não conseguem trocar a senha por você.
    .step-1 = Faça login no webmail ou na página da conta do seu provedor em um navegador e defina uma nova senha quando for pedido.
    .step-2 = Atualize a senha em cada app de e-mail e dispositivo que usa esta conta.
    .step-3 = Em uma conta de trabalho ou escolar: pergunte ao administrador se a página web não oferecer a troca de senha.

finding-auth-oauth_token_invalid = O token de login foi recusado
    .explanation = O servidor recusou o token de login OAuth: ele pode ter expirado, ter sido emitido para a conta errada ou não ter permissão para e-mail.
    .step-1 = Remova a conta do seu app e adicione de novo, fazendo login pela página do provedor.
    .step-2 = Faça login com a mesma conta da caixa de correio que você está configurando.
    .step-3 = Se você administra o aplicativo: peça a permissão (scope) de e-mail para IMAP, POP ou SMTP e renove o token antes que ele expire.
    .gmail-explanation = O Gmail recusou o token de login OAuth. A resposta dele (decodificada abaixo) diz a permissão de que um token precisa para e-mail: o scope https://mail.google.com/. Um token expirado (depois de cerca de uma hora), emitido para outra Conta do Google ou sem esse scope é recusado assim.
    .gmail-step-1 = Obtenha um novo token de acesso: os tokens do Google expiram depois de cerca de uma hora, então renove-o com o token de atualização do app.
    .gmail-step-2 = Peça o scope https://mail.google.com/ ao emitir o token; os outros scopes do Gmail não permitem IMAP, POP nem SMTP.
    .gmail-step-3 = Use como nome de usuário a mesma Conta do Google para a qual o token foi emitido.
    .gmail-step-4 = Em uma conta de trabalho ou escolar: pergunte ao administrador se o app tem permissão para acessar o Gmail no Google Admin.
    .microsoft365-explanation = O Microsoft 365 recusou o token de login OAuth. Ele responde do mesmo jeito para um token expirado, emitido para outra caixa de correio que não a do nome de usuário ou sem a permissão (scope) deste protocolo.
    .microsoft365-step-1 = Peça um token com o scope do protocolo usado: https://outlook.office.com/IMAP.AccessAsUser.All para IMAP, https://outlook.office.com/POP.AccessAsUser.All para POP, https://outlook.office.com/SMTP.Send para envio, mais offline_access para renová-lo.
    .microsoft365-step-2 = Use o próprio endereço da caixa de correio como nome de usuário: o token precisa ser emitido para essa mesma conta.
    .microsoft365-step-3 = Obtenha um novo token se ele tiver mais de cerca de uma hora.
    .microsoft365-step-4 = Peça ao administrador que confira se IMAP, POP ou SMTP autenticado está ativado na caixa de correio (centro de administração do Microsoft 365, configurações de e-mail do usuário): um protocolo desativado também recusa tokens.
    .outlook-explanation = O Outlook.com recusou o token de login OAuth: ele expirou, foi emitido para outra conta ou não tem a permissão (scope) deste protocolo.
    .outlook-step-1 = Peça um token com o scope do protocolo usado: https://outlook.office.com/IMAP.AccessAsUser.All, https://outlook.office.com/POP.AccessAsUser.All ou https://outlook.office.com/SMTP.Send, mais offline_access.
    .outlook-step-2 = Use como nome de usuário o endereço do Outlook.com para o qual o token foi emitido.
    .outlook-step-3 = Obtenha um novo token se ele tiver mais de cerca de uma hora.

finding-auth-skipped_cooldown = O login não foi testado porque esta conta foi verificada vezes demais há pouco
    .explanation = Esta conta foi verificada com senha várias vezes nos últimos minutos, daqui ou por outras pessoas que usam este serviço. Para evitar que seu provedor bloqueie a conta, a senha não foi enviada desta vez; mesmo assim, tudo até o login foi testado.
    .step-1 = Espere o tempo mostrado abaixo e faça o teste de novo.
    .step-2 = Garanta que ninguém mais esteja testando a mesma conta ao mesmo tempo.
    .step-3 = Se o login falhou nos testes anteriores, confira a senha no webmail do seu provedor antes de tentar de novo, para que o próximo teste valha.


## limits: connection and usage limits

finding-limits-too_many_connections = Conexões demais com esta conta ou deste endereço ao mesmo tempo
    .explanation = O servidor permite só algumas conexões ao mesmo tempo, por conta ou por endereço de rede, e todas estão em uso. Cada app de e-mail, celular e computador abre uma ou mais; atrás do roteador de um escritório ou de casa, todos compartilham um só endereço.
    .step-1 = Feche os apps de e-mail nos dispositivos que você não está usando agora, ou remova a conta dos dispositivos antigos.
    .step-2 = No seu app de e-mail, diminua o número de conexões simultâneas, se houver essa opção.
    .step-3 = Espere alguns minutos até as conexões antigas expirarem e faça o teste de novo.
    .step-4 = Se o servidor recusou a própria conexão (antes de qualquer login), pergunte ao administrador dele se o seu endereço de rede tem um limite de conexões.
    .gmail-explanation = O Gmail permite no máximo 15 conexões IMAP simultâneas por conta. Depois que esse limite é atingido, o Gmail pode responder "Invalid credentials" por um tempo mesmo com a senha certa.
    .gmail-step-1 = Feche o Gmail nos apps de e-mail dos dispositivos que você não está usando agora, ou remova a conta dos dispositivos antigos.
    .gmail-step-2 = No seu app de e-mail, diminua o número de conexões simultâneas, para que todos os seus dispositivos juntos fiquem abaixo de 15.
    .gmail-step-3 = Espere cerca de 10 minutos até as conexões antigas fecharem antes de testar de novo ou trocar a senha.

finding-limits-bandwidth_exceeded = A conta atingiu o limite diário de download
    .explanation = O provedor limita quanto e-mail pode ser baixado por dia, ou quantos comandos podem ser enviados, e esta conta atingiu o limite. A sincronização para até o limite ser redefinido, geralmente em 24 horas.
    .step-1 = Espere o limite ser redefinido, geralmente em um dia, antes de sincronizar de novo.
    .step-2 = Procure apps de e-mail ou ferramentas de backup que baixam a caixa inteira várias vezes e pare-os.
    .step-3 = Configure os apps grandes para sincronizar só as pastas de que você precisa.
    .gmail-explanation = O Gmail limita os downloads por IMAP a 2.500 MB por dia e os uploads a 500 MB por dia por conta. Quando um app ou ferramenta passa disso, o Gmail suspende o acesso por até 24 horas.
    .gmail-step-1 = Espere até 24 horas antes de sincronizar de novo; o limite é redefinido sozinho.
    .gmail-step-2 = Pare as ferramentas que copiam ou fazem backup da caixa inteira e configure-as para trabalhar em partes menores, em dias diferentes.
    .gmail-step-3 = No seu app de e-mail, sincronize só as pastas de que você precisa.
    .gmail-step-4 = Em uma conta de trabalho ou escolar: pergunte ao administrador, que pode ver o limite no Google Admin.

finding-limits-connection_limit_measured = Quantas conexões o servidor permitiu
    .explanation = O maildoctor abriu várias conexões ao mesmo tempo para ver quantas esta conta pode usar; o número permitido aparece abaixo. É uma informação, não um problema.
    .step-1 = Mantenha o total de conexões de todos os seus apps de e-mail e dispositivos abaixo do número mostrado.
    .step-2 = Se você atinge o limite com frequência: diminua a opção de conexões simultâneas nos seus apps de e-mail.

finding-limits-throttled = O servidor está deixando esta conta mais lenta
    .explanation = O servidor ainda funciona, mas deixa esta conta mais lenta de propósito, geralmente porque ela sincronizou muito recentemente. Os e-mails podem chegar com atraso até as coisas se acalmarem.
    .step-1 = Deixe o app terminar a sincronização em andamento sem reiniciá-lo.
    .step-2 = Veja se vários apps ou ferramentas sincronizam a mesma conta ao mesmo tempo e pare os que você não precisa.
    .step-3 = Faça o teste de novo mais tarde para ver se a lentidão passou.


## mailbox: the mailbox itself

finding-mailbox-folder_too_large = Uma pasta tem um número muito grande de mensagens
    .explanation = Uma pasta tem mais de 10.000 mensagens. Com pastas tão grandes, muitos apps de e-mail ficam lentos, travam ou param de sincronizar.
    .step-1 = Mova as mensagens mais antigas para pastas de arquivo, por exemplo uma por ano.
    .step-2 = No seu app de e-mail, sincronize só os e-mails recentes ou as pastas de que você precisa.
    .step-3 = Exclua ou esvazie as pastas de que você não precisa, como Lixeira e Spam.

finding-mailbox-over_quota = A caixa de correio está cheia
    .explanation = A caixa de correio usou todo o espaço de armazenamento. Novos e-mails podem voltar para os remetentes, e alguns apps param de sincronizar.
    .step-1 = Exclua mensagens e anexos grandes de que você não precisa e esvazie a Lixeira e o Spam.
    .step-2 = Veja o armazenamento usado nas configurações web do seu provedor.
    .step-3 = Compre mais armazenamento ou peça ao administrador que aumente a cota se você precisar guardar tudo.

finding-mailbox-in_use = Outro app está usando a caixa de correio agora
    .explanation = Com POP, só um app por vez pode abrir a caixa de correio, e outra sessão está com ela agora. O bloqueio é liberado quando esse app termina ou depois de um tempo limite.
    .step-1 = Feche outros apps de e-mail ou dispositivos que baixam esta conta por POP, ou desative a verificação automática deles.
    .step-2 = Espere alguns minutos até a outra sessão terminar e faça o teste de novo.
    .step-3 = Pense em usar IMAP em vez de POP se vários dispositivos leem a mesma conta.

finding-mailbox-login_delay = O servidor só permite um novo login a cada poucos minutos
    .explanation = Este servidor POP exige um tempo mínimo entre logins; esse tempo aparece abaixo. Apps que verificam com mais frequência são recusados.
    .step-1 = Configure seu app de e-mail para verificar novos e-mails com menos frequência do que o tempo mostrado abaixo.
    .step-2 = Espere esse tempo passar e faça o teste de novo.

finding-send-accepted = Esta conta pode enviar deste endereço
    .explanation = Depois do login, o servidor aceitou o remetente e o destinatário abaixo. Em seguida, o maildoctor cancelou (RSET) antes de enviar qualquer mensagem: nada foi entregue.
    .step-1 = Se o seu app ainda não consegue enviar, confira se ele faz login para enviar: nas configurações do servidor de saída, ative "Meu servidor de saída (SMTP) requer autenticação" (ou "Usar as mesmas configurações do servidor de entrada").
    .step-2 = Confira se o app usa o mesmo servidor de saída, a mesma porta e a mesma segurança deste teste.
    .microsoft365-explanation = Depois do login, o servidor aceitou o remetente e o destinatário abaixo, e o maildoctor cancelou antes de enviar qualquer mensagem. O Microsoft 365 só verifica a permissão "Enviar como" quando uma mensagem é realmente enviada, então uma caixa de correio compartilhada ou o endereço de outra pessoa ainda podem ser recusados nesse momento (5.7.60).
    .microsoft365-step-1 = Confira se o seu app faz login para enviar com esta mesma conta.
    .microsoft365-step-2 = Se depois os e-mails de uma caixa compartilhada ou de outro endereço forem recusados com 5.7.60, peça ao administrador a permissão "Enviar como" para ele.
    .outlook-explanation = Depois do login, o servidor aceitou o remetente e o destinatário abaixo, e o maildoctor cancelou antes de enviar qualquer mensagem. O Outlook.com confere o endereço de envio de novo quando uma mensagem é realmente enviada, então um endereço que não seja alias desta conta ainda pode ser recusado nesse momento.
    .outlook-step-1 = Confira se o seu app faz login para enviar com esta mesma conta.
    .outlook-step-2 = Envie só do seu endereço do Outlook.com ou de um dos aliases dele (em Configurações, abra Email, depois Sincronizar email e depois Gerenciar seus aliases).

finding-send-sender_not_permitted = O servidor não envia e-mails deste endereço para esta conta
    .explanation = Você fez login, mas o servidor recusa o endereço do remetente. Isso acontece quando o app envia como um alias, com o endereço de outra pessoa ou de uma caixa de correio compartilhada para a qual esta conta não tem permissão de envio.
    .step-1 = No seu app de e-mail, confira o endereço "De" desta conta: ele deve ser o endereço com que você faz login.
    .step-2 = Para enviar de outro endereço, adicione-o primeiro à sua conta como endereço de envio (alias) no site do seu provedor, ou peça ao administrador a permissão "Enviar como".
    .step-3 = Se você usa uma caixa de correio compartilhada, envie com a própria conta dela ou peça ao administrador a permissão "Enviar como" ou "Enviar em nome de".
    .gmail-step-1 = No computador, abra o Gmail e clique em Configurações e depois em Ver todas as configurações.
    .gmail-step-2 = Clique na guia Contas e importação. Em "Enviar e-mail como", clique em Adicionar outro endereço de e-mail e siga as etapas para verificar o endereço.
    .gmail-step-3 = No seu app de e-mail, envie do seu endereço do Gmail ou de um endereço listado em "Enviar e-mail como".
    .microsoft365-step-1 = Peça ao administrador do Microsoft 365 que dê à sua conta a permissão "Enviar como" para este endereço ou caixa de correio compartilhada (no centro de administração do Exchange: Destinatários, depois Caixas de correio, depois a caixa e depois Delegação).
    .microsoft365-step-2 = As permissões podem levar até uma hora para valer; tente de novo depois disso.
    .microsoft365-step-3 = Até lá, envie do seu próprio endereço.
    .outlook-step-1 = Faça login no Outlook.com e abra Configurações, depois Email e depois Sincronizar email. Em "Gerenciar seus aliases", confira se este endereço é um alias da sua conta.
    .outlook-step-2 = No seu app de e-mail, envie do seu endereço do Outlook.com ou de um dos aliases dele.

finding-send-relay_denied = O servidor não repassa seus e-mails
    .explanation = O servidor se recusou a enviar e-mails para este destinatário por você. Os servidores só repassam e-mails de apps que fizeram login; esta recusa geralmente significa que o app não faz login para enviar ou usa o servidor errado.
    .step-1 = Nas configurações do servidor de saída (SMTP) do seu app, ative a autenticação: "Meu servidor de saída (SMTP) requer autenticação", com o mesmo nome de usuário e senha do recebimento.
    .step-2 = Use o servidor de saída do seu provedor, com a porta 465 (SSL/TLS) ou 587 (STARTTLS), e não a porta 25.
    .step-3 = Se você usa o servidor da sua operadora de internet em vez do seu provedor de e-mail, troque para o servidor de saída do seu provedor de e-mail.

finding-send-limit_reached = Esta conta atingiu o limite de envio
    .explanation = O servidor recusa novos e-mails porque a conta já enviou tantas mensagens ou destinatários quanto ele permite por enquanto (muitas vezes por dia). O envio volta a funcionar quando o limite é redefinido.
    .step-1 = Espere o limite ser redefinido (geralmente em 24 horas) e tente de novo.
    .step-2 = Faça envios em massa com um serviço de lista de e-mails ou de newsletter, e não com a sua conta de e-mail.
    .step-3 = Se você não enviou muitas mensagens, troque sua senha: outra pessoa pode estar enviando pela sua conta.
    .gmail-step-1 = Espere até 24 horas: o Gmail suspende o limite de envio sozinho. Uma conta do Gmail pode enviar para cerca de 500 destinatários por dia.
    .gmail-step-2 = Se você não enviou tantos e-mails, troque sua senha do Google e veja a atividade de segurança recente em myaccount.google.com/security.
    .gmail-step-3 = Para envios em massa, use um serviço de lista de e-mails.
    .microsoft365-step-1 = Espere até 24 horas: o Exchange Online permite 10.000 destinatários por dia por caixa de correio e suspende o limite sozinho.
    .microsoft365-step-2 = Se você não enviou tantos e-mails, troque sua senha e avise o administrador: a conta pode ter sido invadida.

finding-send-account_blocked = Esta conta está bloqueada para envio
    .explanation = O provedor impediu esta conta de enviar e-mails, geralmente porque ela enviou mensagens que pareciam spam ou porque outra pessoa pode estar usando a conta.
    .step-1 = Troque sua senha agora e ative a verificação em duas etapas, se ainda não tiver ativado.
    .step-2 = Confira nos e-mails enviados se há mensagens que você não escreveu.
    .step-3 = Entre em contato com seu provedor ou administrador para reativar o envio; eles vão verificar a conta antes.
    .microsoft365-step-1 = Avise o administrador do Microsoft 365: a conta está na lista de entidades restritas por envio de spam.
    .microsoft365-step-2 = O administrador redefine sua senha, verifica a conta e depois a remove das entidades restritas no portal do Microsoft Defender.
    .outlook-step-1 = Faça login no outlook.com em um navegador e siga as etapas mostradas para verificar sua conta.
    .outlook-step-2 = Troque sua senha e veja a atividade recente em account.microsoft.com/security.
    .outlook-step-3 = Se o envio continuar bloqueado, entre em contato com o suporte do Outlook.com pela página de ajuda.

finding-send-message_too_large = O servidor recusa uma mensagem deste tamanho
    .explanation = O servidor recusou o tamanho de mensagem declarado antes do envio: mensagens deste tamanho passam do limite dele.
    .step-1 = Envie menos anexos, ou anexos menores, em cada mensagem, ou compartilhe arquivos grandes por link (um serviço de armazenamento na nuvem).
    .step-2 = Pergunte ao seu provedor ou administrador qual tamanho de mensagem o servidor aceita.

finding-send-size_limit_small = Este servidor só aceita mensagens pequenas
    .explanation = O servidor diz que aceita mensagens até o tamanho abaixo. Fotos e documentos costumam deixar uma mensagem maior que isso (os anexos crescem cerca de um terço no envio), então essas mensagens serão recusadas.
    .step-1 = Compartilhe arquivos grandes por link (um serviço de armazenamento na nuvem) em vez de anexá-los.
    .step-2 = Se você administra o servidor, aumente o limite de tamanho de mensagem dele (no Postfix: message_size_limit) para pelo menos 25 MB.

finding-send-recipient_refused = O servidor recusa este destinatário
    .explanation = O servidor aceitou o remetente, mas recusou o endereço do destinatário: ele pode não existir ou não ser aceito a partir desta conta.
    .step-1 = Confira se o endereço do destinatário tem erros de digitação.
    .step-2 = Tente outro destinatário, por exemplo o seu próprio endereço.

finding-send-refused_unclassified = O servidor se recusa a enviar este e-mail
    .explanation = O servidor recusou o remetente ou o destinatário por um motivo que o maildoctor não reconhece. As palavras dele aparecem abaixo.
    .step-1 = Leia a resposta do servidor abaixo: ela costuma dizer o motivo.
    .step-2 = Envie a resposta do servidor para o seu provedor ou administrador.

finding-send-temporary_failure = O servidor não pode receber e-mails agora
    .explanation = O servidor respondeu com uma recusa temporária: agora ele não pode receber este e-mail, mas talvez possa mais tarde. Os apps de e-mail guardam essas mensagens na caixa de saída e tentam de novo.
    .step-1 = Espere alguns minutos e tente de novo.
    .step-2 = Se continuar acontecendo, envie a resposta do servidor abaixo para o seu provedor ou administrador.

finding-send-needs_signin = O envio não foi verificado: não houve login
    .explanation = Um servidor de saída só repassa e-mails de apps que fazem login, então sem nome de usuário e senha uma recusa como "Relay access denied" seria esperada aqui, e não uma falha.
    .step-1 = Faça o teste de novo com seu nome de usuário e sua senha para verificar também o envio.
    .step-2 = No seu app de e-mail, garanta que o servidor de saída faça login: ative "Meu servidor de saída (SMTP) requer autenticação".

finding-send-no_sender = O envio não foi verificado: falta o endereço do remetente
    .explanation = Para verificar o envio, o maildoctor precisa do endereço de onde você envia. Seu nome de usuário não é um endereço de e-mail, e nenhum foi informado.
    .step-1 = Faça o teste de novo com seu endereço de e-mail como nome de usuário, ou informe o endereço do remetente para a verificação de envio.
    .step-2 = Use o endereço "De" com que o seu app de e-mail envia, para que a verificação seja sobre esse endereço.
