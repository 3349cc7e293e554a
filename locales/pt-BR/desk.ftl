# A lista de relatórios salvos para a central de suporte.

desk-title = Central de suporte
desk-heading = Relatórios salvos
desk-verdict = Resultado
desk-any = qualquer
desk-primary = Resultado principal
desk-provider = Provedor
desk-server = Servidor
desk-ticket = Chamado
desk-run-from = Feito em
desk-anywhere = qualquer lugar
desk-this-service = este serviço
desk-user-computer = o computador do usuário
desk-show = Mostrar
desk-clear = Limpar
desk-failed = Não é possível ler os relatórios salvos agora. Tente de novo em um minuto.
desk-chart =
    { $count ->
        [one] Resultados principais por hora (última { $count } hora, UTC)
       *[other] Resultados principais por hora (últimas { $count } horas, UTC)
    }
desk-no-failures = Nenhuma falha neste período.
desk-other-findings = outros resultados
desk-total =
    { $count ->
        [one] { $count } relatório
       *[other] { $count } relatórios
    }
desk-none = Nenhum relatório salvo corresponde.
desk-when = Quando
desk-older = Relatórios mais antigos →
desk-no-store = Este serviço não guarda relatórios.
desk-off = A visão da central de suporte está desativada: ela precisa dos api_tokens do serviço (docs/CONFIGURATION.md).
desk-error-title = Erro
desk-not-shown = Não foi possível mostrar a visão da central de suporte.
