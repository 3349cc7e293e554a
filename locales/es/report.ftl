# El informe tal como se lee: la página, el texto de la línea de comandos y el resumen para un
# ticket. Las citas del servidor, los códigos, los nombres de host y los números nunca se traducen.

## El resultado y la frase que resume el informe

verdict-ok = No se encontraron problemas
verdict-warning = Funciona, pero conviene cambiar algo
verdict-error = Todavía no funciona
summary-ok = { $what }: no se encontraron problemas.
summary-warning = { $what } funciona, pero: { $title }.
summary-error = { $what } no funciona: { $title }.
summary-other = { $what }: consulta los resultados.
summary-no-target = La comprobación
target-auto = { $protocol } en { $host }, puerto { $port }, con seguridad automática
target-plain = { $protocol } en { $host }, puerto { $port }, sin cifrado
target-secure = { $protocol } en { $host }, puerto { $port }, con { $security }

## Los pasos de la cronología

stage-input = Comprobando lo escrito
stage-dns = Buscando el nombre del servidor
stage-tcp = Conectando con el servidor
stage-tls = Protegiendo la conexión
stage-protocol = Hablando con el servicio de correo
stage-auth = Iniciando sesión
stage-mailbox = Revisando el buzón
stage-limits = Probando los límites de conexión
status-pass = Hecho
status-warn = Advertencia
status-fail = Error
status-skip = Omitido
severity-error = error
severity-warning = advertencia
severity-info = información

## Las secciones de la página

report-provider = Proveedor: { $provider }
report-fix-first = Qué corregir primero
report-also-found = También se encontró
report-findings = Resultados
report-other-findings = Otros resultados
report-code = Código:
report-evidence = Datos:
report-timeline = Qué hizo maildoctor
report-stages = Pasos
report-total-time = Tiempo total: { $ms } ms
report-server-software = Software del servidor: { $software }
report-send = Envíalo a tu servicio de asistencia
report-copy-ticket = Copiar el resumen para un ticket
report-download-json = Descargar JSON
report-ticket-summary = Resumen para un ticket (texto sin formato)
report-technical = Detalles técnicos
report-again = Comprobar otra configuración
report-ticket = Ticket: { $ticket }

## La configuración que debería funcionar

settings-title = Configuración que debería funcionar
settings-lead = Escríbela en la configuración de la cuenta de tu aplicación de correo.
settings-verified = Verificada ahora mismo
settings-also-suggested = También sugerida (sin verificar)
settings-suggested = Sugerida (sin verificar)
role-imap = Servidor de correo entrante (IMAP)
role-pop3 = Servidor de correo entrante (POP)
role-smtp = Servidor de correo saliente (SMTP)
settings-server = Servidor
settings-requires-ssl = Requiere SSL
settings-port = Puerto
settings-requires-sign-in = Requiere autenticación
settings-username = Nombre de usuario
settings-password = Contraseña
settings-password-yours = Tu contraseña
settings-password-or-app = Tu contraseña (o una contraseña de aplicación, si el proveedor la pide)
settings-found-from = Origen
settings-note = Nota
settings-check-sign-in = Comprobar el inicio de sesión con esta configuración
settings-yes-with = Sí ({ $security })
settings-yes = Sí
settings-no = No
username-full-address = Tu dirección de correo completa
username-unchanged = sin cambios (el que usas ahora)
username-not-tried = sin cambios (aquí no se probó el inicio de sesión)
checked-verified-in = Verificado: respondió en { $ms } ms
checked-verified = Verificado
checked-not-verified = Sin verificar

## Los detalles técnicos

cert-title = Certificado
cert-subject = Sujeto
cert-names = Nombres cubiertos
cert-none = (ninguno)
cert-issuer = Emisor
cert-valid-from = Válido desde
cert-valid-until = Válido hasta
cert-days-left =
    { $count ->
        [one] queda { $count } día
       *[other] quedan { $count } días
    }
cert-key = Clave
cert-connection = Conexión
cert-chain = Cadena enviada por el servidor
cert-issued-by = emitido por
cert-until = hasta
alternatives-title = Alternativas probadas
alternatives-settings = Configuración
alternatives-result = Resultado
alternatives-time = Tiempo
alternatives-found-from = Origen
alternatives-summary =
    { $count ->
        [one] { $count } alternativa probada en { $ms } ms (sin iniciar sesión), { $verified } verificadas.
       *[other] { $count } alternativas probadas en { $ms } ms (sin iniciar sesión), { $verified } verificadas.
    }
transcript-title =
    { $count ->
        [one] Conversación con el servidor ({ $count } línea)
       *[other] Conversación con el servidor ({ $count } líneas)
    }
transcript-empty = Sin conversación: maildoctor no llegó al servicio de correo.
transcript-caption = Cada línea enviada y recibida, con el tiempo desde el inicio
transcript-who = Quién
transcript-time = Tiempo
transcript-line = Línea
who-client = maildoctor envió
who-server = el servidor respondió
who-note = nota
request-title = La solicitud tal como se hizo
request-protocol = Protocolo
request-server = Servidor
request-port = Puerto
request-security = Seguridad
request-username = Nombre de usuario
request-password = Contraseña
request-email = Dirección de correo
request-options = Opciones
request-none = (ninguno)
request-standard-port = (estándar)
request-automatic = Automático
request-no-security = Ninguna
request-password-given = indicada (no se muestra)
request-password-not-given = no indicada
option-test-limits = probar el límite de conexiones
option-insecure-auth = enviar la contraseña sin cifrado
option-trust-certificate = enviar la contraseña a pesar del certificado

## Compartir un informe guardado

share-failed = No se pudo guardar este informe (el almacén de informes no está disponible ahora), así que no tiene enlace para compartir. Solo se muestra aquí.
share-title = Compartir este informe
share-saved-for =
    { $count ->
        [one] Guardado durante { $count } día en
       *[other] Guardado durante { $count } días en
    }
share-saved-hint = copia este enlace en tu ticket; cualquiera que lo tenga puede abrir el informe (no contiene ninguna contraseña).
share-copy = Copiar enlace
compare-label = Comparar con otro informe del mismo servidor (por ejemplo, uno hecho en el equipo del usuario)
compare-hint = Pega su enlace o su identificador.
compare-submit = Comparar en paralelo
share-delete = Eliminar el informe guardado
vantage-service = Hecho desde el servicio de asistencia
vantage-user = Hecho en el equipo del usuario (maildoctor { $version })

## El resumen para un ticket y la línea de comandos

ticket-heading = Informe de maildoctor ({ $started })
ticket-checked = Comprobado: { $protocol } en { $host } ({ $port })
ticket-standard-port = puerto estándar
ticket-request-id = Id. de solicitud: { $id }
ticket-saved = Informe guardado: { $link }
cli-port = puerto { $port }
cli-username = nombre de usuario: { $username }
cli-found-from = origen: { $from }

## El script de la página en vivo (static/app.js lee estos textos de la página; el script rellena los marcadores)

js-copied = Copiado. Pégalo en tu ticket o correo.
js-copy-failed = No se pudo copiar: abre «Resumen para un ticket» y copia el texto.
js-no-server = { $provider } no tiene servidor { $protocol }.
js-filled = Se ha rellenado el servidor { $protocol } de { $provider }: { $host }, puerto { $port }.
js-progress = Cada paso aparece aquí en cuanto termina.
js-next = Con el siguiente paso…
js-start-failed = No se pudo iniciar la comprobación ({ $status }).
js-ended-early = La conexión con maildoctor terminó antes de tiempo. Inténtalo de nuevo.
js-not-finished = La comprobación no terminó. Inténtalo de nuevo.

## The alternatives tried after a failure
alternatives-too-many = No probada: hay más de { $limit } alternativas.
alternatives-no-answer = Sin respuesta en los { $ms } ms dados a las alternativas.
alternatives-stopped = Detenida: otra alternativa ya funciona.
origin-provider = proveedor
origin-srv = registro SRV
origin-autoconfig = autoconfig
origin-same-port = mismo puerto
origin-standard-port = puerto estándar
origin-certificate = certificado
origin-finding = hallazgo
settings-note-port-25 = El puerto 25 es el último recurso para enviar: la mayoría de las redes domésticas y móviles lo bloquean para enviar correo. Usa el 465 o el 587 si alguno funciona.
settings-note-sign-in = Inicio de sesión: { $how }.
settings-note-tried = Probado ahora mismo:
signin-password = contraseña
signin-app-password = contraseña de aplicación (u OAuth2)
signin-oauth2-only = solo OAuth2
settings-sign-in-note = maildoctor comprobó esta configuración sin iniciar sesión: se conectó, estableció el cifrado, comprobó el certificado y leyó el saludo. Solo inicia sesión con la configuración que indicaste.
# What exactly an origin was (the JSON's sources[].detail).
origin-detail-provider = el servidor { $protocol } publicado por { $provider }
origin-detail-finding = la corrección que indica un hallazgo
origin-detail-certificate = un nombre que cubre el certificado: { $name }
origin-detail-same-port = el mismo puerto, { $port }, con { $security }
origin-detail-standard-port = el puerto estándar de { $protocol } con { $security }
origin-detail-port-25 = el puerto 25, último recurso para enviar (suele estar bloqueado en redes domésticas)
