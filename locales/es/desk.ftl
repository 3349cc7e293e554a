# La lista de informes guardados para el servicio de asistencia.

desk-title = Servicio de asistencia
desk-heading = Informes guardados
desk-verdict = Resultado
desk-any = cualquiera
desk-primary = Resultado principal
desk-provider = Proveedor
desk-server = Servidor
desk-ticket = Ticket
desk-run-from = Hecho desde
desk-anywhere = cualquier lugar
desk-this-service = este servicio
desk-user-computer = el equipo del usuario
desk-show = Mostrar
desk-clear = Borrar
desk-failed = Ahora no se pueden leer los informes guardados. Inténtalo de nuevo en un minuto.
desk-chart =
    { $count ->
        [one] Resultados principales por hora (última { $count } hora, UTC)
       *[other] Resultados principales por hora (últimas { $count } horas, UTC)
    }
desk-no-failures = Ningún fallo en este periodo.
desk-other-findings = otros resultados
desk-total =
    { $count ->
        [one] { $count } informe
       *[other] { $count } informes
    }
desk-none = Ningún informe guardado coincide.
desk-when = Cuándo
desk-older = Informes anteriores →
desk-no-store = Este servicio no guarda informes.
desk-off = La vista del servicio de asistencia está desactivada: necesita los api_tokens del servicio (docs/CONFIGURATION.md).
desk-error-title = Error
desk-not-shown = No se pudo mostrar la vista del servicio de asistencia.
