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
