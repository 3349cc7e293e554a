# Las demás páginas: encontrar la configuración a partir de una dirección de correo, dos
# informes en paralelo y las páginas breves de error de un informe guardado.

## Encontrar tu configuración

discover-title = Encuentra la configuración de tu servidor de correo
discover-lead = Escribe tu dirección de correo. maildoctor consulta todos los lugares donde buscan las aplicaciones de correo (su tabla de proveedores, los registros DNS y el archivo autoconfig de tu dominio, los nombres de servidor habituales) y luego comprueba cada servidor en directo, sin contraseña.
discover-error-title = Revisa la dirección
discover-email-label = Dirección de correo
discover-email-hint = Por ejemplo, jo@example.com. Solo se usa la dirección; no se pide ninguna contraseña.
discover-submit = Buscar mi configuración
discover-confirmed = Configuración encontrada y confirmada
discover-suggested = Configuración sugerida, sin confirmar
discover-nothing = No se encontró ninguna configuración
discover-for = Para { $email } ({ $ms } ms).
discover-provider = Proveedor: { $provider }.
discover-settings = Configuración para tu aplicación de correo
discover-status-confirmed = confirmada
discover-status-suggested = sugerida
discover-encryption = Cifrado
discover-found-by = Encontrada mediante
discover-diagnose = Diagnosticar con esta configuración
discover-disagree = Las fuentes no coinciden
discover-notes = Conviene saber
discover-advice = Qué hacer
discover-tried = Todos los candidatos probados
discover-nothing-tried = No se encontró ningún servidor que probar.
discover-service = Servicio
discover-outcome = Resultado
discover-what-happened = Qué pasó
discover-sources = Fuentes consultadas
discover-source = Fuente
discover-asked = Consulta
discover-answer = Respuesta
username-local-part = la parte anterior a la @

## Dos informes en paralelo

compare-title = Dos informes en paralelo
compare-reading = Qué significa la diferencia
compare-first-fix = Qué corregir primero:
compare-open = Abrir el informe completo
compare-caption = Cada paso, visto desde los dos lugares
compare-stage = Paso

## Un informe guardado que no se puede mostrar

saved-not-found-title = No encontrado
saved-not-found = Este informe no existe: se eliminó o caducó. Vuelve a hacer la comprobación para obtener uno nuevo.
saved-check-link = Comprobar un servidor de correo
saved-unavailable-title = No disponible
saved-unavailable = Ahora no se pueden leer los informes guardados. Inténtalo de nuevo en un minuto.
saved-deleted-title = Eliminado
saved-deleted = El informe guardado se eliminó. Su enlace ya no lo abre.

## Discovery: the sources' answers, the probes, notes and advice

discover-source-table = tabla de proveedores
discover-source-autoconfig = autoconfig
discover-source-srv = registros SRV
discover-source-mx = registros MX
discover-source-guess = nombres habituales
discover-source-ispdb = ISPDB de Thunderbird
outcome-confirmed = confirmada
outcome-unencrypted = funciona, pero sin cifrar
outcome-bad-certificate = responde, pero su certificado no es válido
outcome-failed = falló
outcome-not-tried = no probada
discover-setting = { $host } puerto { $port } ({ $security })
discover-source-says = { $source }: { $setting }
discover-disagreement = { $role }: { $said }.
discover-note-unencrypted = Funciona, pero sin cifrar: la contraseña viajaría legible.
discover-note-not-confirmed = No confirmada ({ $outcome }): { $detail }
discover-note-nxdomain = { $domain } no existe en el DNS: comprueba cómo está escrita la dirección.
discover-note-srv-not-offered = { $name } indica que { $protocol } con { $security } no se ofrece.
discover-note-srv-outside = { $name } apunta a { $target }, fuera de { $domain }: sin DNSSEC esto podría estar falsificado (RFC 6186 §6); confirma con tu proveedor que ese servidor es suyo.
discover-note-app-password = { $provider } pide una contraseña de aplicación en las aplicaciones de correo, no la contraseña de tu cuenta: activa la verificación en dos pasos, crea una contraseña de aplicación en la configuración de seguridad de tu cuenta y úsala como contraseña.
discover-note-oauth-only = { $provider } solo acepta el inicio de sesión con OAuth2 en las aplicaciones de correo: una contraseña, aunque sea la correcta, se rechaza. Usa una aplicación de correo que inicie sesión con tu cuenta en una ventana del navegador.
discover-note-oauth-only-microsoft = { $provider } solo acepta el inicio de sesión con OAuth2 en las aplicaciones de correo: una contraseña, aunque sea la correcta, se rechaza. Usa una aplicación de correo que inicie sesión con tu cuenta de Microsoft en una ventana del navegador.
discover-note-since = Esto se aplica desde { $since }.
discover-advice-nothing = No se encontró ninguna configuración de correo para { $domain }: la tabla de proveedores no conoce el dominio, el dominio no publica ningún archivo autoconfig ni registros SRV, y ninguno de los nombres de servidor habituales respondió.
discover-ask-provider = Pide a tu proveedor de correo (o a quien gestione el dominio): el nombre del servidor de correo entrante, su puerto y su cifrado (SSL/TLS o STARTTLS) para IMAP o POP; el nombre del servidor de correo saliente (SMTP), su puerto y su cifrado; y si tu nombre de usuario es la dirección de correo completa o solo la parte anterior a la @. También podría publicar esta configuración (un archivo autoconfig o registros SRV) para que las aplicaciones de correo la encuentren.
discover-probe-too-many = No probada: hay más de { $limit } candidatas.
discover-probe-port-refused = No probada: el puerto { $port } no es un puerto de correo que este servicio compruebe.
discover-probe-out-of-time = El tiempo de la búsqueda se agotó antes.
discover-probe-unencrypted = { $protocol } respondió, sin cifrado.
discover-probe-confirmed = { $protocol } respondió mediante { $security } con un certificado válido.
discover-probe-bad-certificate = { $protocol } respondió, pero el certificado no es válido para { $host }.
discover-answer-known = conocido: { $provider }
discover-answer-not-in-table = no está en la tabla
discover-answer-nxdomain = el dominio no existe (NXDOMAIN)
discover-answer-no-mx = ningún MX utilizable
discover-answer-no-address = sin dirección
discover-answer-has-address = tiene dirección
discover-answer-no-record = ningún registro
discover-answer-not-offered = «.»: el servicio no se ofrece, expresamente
discover-answer-listed =
    { $count ->
        [one] { $count } servidor utilizable de { $listed } indicados
       *[other] { $count } servidores utilizables de { $listed } indicados
    }
discover-answer-not-used = (no se usó: una dirección anterior ya respondió)
discover-answer-snapshot =
    { $count ->
        [one] { $provider }: { $count } servidor ({ $why })
       *[other] { $provider }: { $count } servidores ({ $why })
    }
discover-answer-not-in-snapshot = no está en la copia integrada ({ $why })
discover-why-not-asked = no se consulta el servicio ISPDB
discover-why-unreachable = no se pudo consultar el servicio
discover-answer-timeout = sin respuesta antes del límite de tiempo
as-given = { $answer }
discover-cli-for = para { $email } ({ $ms } ms)
discover-cli-tried = Todas las candidatas probadas:
discover-cli-diagnose = Diagnosticar
discover-note-ispdb-oauth-only = { $provider } solo acepta el inicio de sesión con OAuth2 («Iniciar sesión con Microsoft/Google») en las aplicaciones de correo: una contraseña, aunque sea la correcta, se rechaza. Usa una aplicación de correo que inicie sesión así.

## The comparison's reading
compare-who-user = el equipo del usuario
compare-who-desk = el servicio de asistencia
compare-who-first = { $who } (primer informe)
compare-who-second = { $who } (segundo informe)
compare-differ-protocol = protocolo: { $left } / { $right }
compare-differ-server = servidor: { $left } / { $right }
compare-differ-port = puerto: { $left } / { $right }
compare-differ-security = seguridad: { $left } / { $right }
compare-differ-username = el nombre de usuario es distinto
compare-settings-differ = Estos dos informes no comprobaron la misma configuración ({ $differences }). Compara primero la configuración: puede que la aplicación en { $right } simplemente esté configurada de otra forma que la que hay en { $left }.
compare-same-ending = Los dos informes terminan igual ({ $verdict }): la red en la que está { $who } no cambia nada aquí.
compare-interception = En { $seen }, el servidor mostró otro certificado (emitido por { $issuer }) que en { $other } (emitido por { $other_issuer }), y no es de confianza: algo en esa red intercepta las conexiones cifradas, normalmente un antivirus o programa de seguridad que «analiza las conexiones cifradas», o un proxy de empresa. Desactiva ese análisis para el correo o añade el servidor de correo a sus excepciones.
compare-input = La solicitud hecha desde { $bad } no se pudo comprobar{ $why }; la hecha desde { $good }, sí.
compare-dns = Desde { $good } se puede consultar { $host }; desde { $bad }, no{ $why }. El servidor DNS que se usa ahí (el router, una VPN o una red de empresa) no responde para este nombre: reinicia el router, desactiva la VPN o prueba otra red para confirmarlo.
compare-tcp = Desde { $good }, { $host } responde en el puerto { $port }; desde { $bad }, no{ $why }. Algo en esa red bloquea el puerto { $port }: un cortafuegos, un antivirus o programa de seguridad, o el proveedor de internet. Prueba otra red (la zona wifi de un teléfono) para confirmarlo y luego permite el puerto { $port } para la aplicación de correo, o usa otro puerto de la tabla de configuración.
compare-tls = Desde { $good } se establece el cifrado con { $host }; desde { $bad } falla{ $why }. Algo en esa red interfiere con las conexiones cifradas (un antivirus que las analiza, un proxy de empresa o un portal cautivo).
compare-protocol = Desde { $good } responde un servidor de correo en el puerto { $port }; desde { $bad } responde otra cosa{ $why }. Un dispositivo o programa de esa red responde en lugar del servidor (un proxy, un cortafuegos que inspecciona el correo o un portal cautivo).
compare-auth = Desde los dos se llega al servidor, pero el inicio de sesión solo funciona desde { $good }{ $why }. El nombre de usuario o la contraseña escritos en { $bad } no son los mismos, o el proveedor rechaza los inicios de sesión desde esa red o ese lugar (revisa las alertas de seguridad del proveedor).
compare-later = El inicio de sesión funciona desde los dos; en { $bad } aparece después un problema que en { $good } no hay{ $why }. El informe hecho desde { $bad } indica qué cambiar.
compare-error-title = No se puede comparar
compare-need-two = Para comparar, indica dos informes guardados: sus enlaces (…/r/…) o sus identificadores.
compare-missing = Uno de estos informes no existe: se eliminó o ha caducado.
compare-failed = No se pudo mostrar la comparación.

## Where a candidate came from ("Found by")
claim-table = tabla de proveedores: { $provider }
claim-guess = suposición: nombre habitual { $host }
claim-srv = SRV { $name } (prioridad { $priority }, peso { $weight })
claim-srv-outside = SRV { $name } (prioridad { $priority }, peso { $weight }): destino fuera del dominio
claim-ispdb-snapshot = copia integrada de ISPDB (thunderbird/autoconfig { $commit }): { $id }
