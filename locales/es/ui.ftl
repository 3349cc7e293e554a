# Marco de la página y formulario (templates/base.html, templates/index.html, web::pages).
# Tratamiento de «tú», como la ayuda de Google y Microsoft en español.
site-skip = Saltar al contenido
site-tagline = ¿Por qué no se conecta mi aplicación de correo?
site-footer = maildoctor comprueba el servidor que indicas desde este equipo. Tu contraseña solo se usa para esta comprobación y nunca se guarda ni se muestra.
site-language = Idioma
form-title = Comprueba la configuración de tu correo
form-lead = Escribe la configuración tal como aparece en tu aplicación de correo. maildoctor se conecta al servidor paso a paso y te dice qué cambiar.
form-errors-title = Revisa el formulario
shortcuts-title = ¿Usas un proveedor conocido?
shortcuts-hint = Elige el tuyo y maildoctor rellena sus servidores. El nombre de usuario y la contraseña los sigues escribiendo tú.
shortcut-use = Uso { $provider }
discover-link = ¿No sabes cuál es tu servidor? Búscalo a partir de tu dirección de correo.
protocol-legend = ¿Qué quieres comprobar?
protocol-hint = IMAP y POP reciben el correo; SMTP lo envía. Hoy la mayoría de las aplicaciones usan IMAP.
choice-imap = Recibir correo – IMAP
choice-pop3 = Recibir correo – POP
choice-smtp = Enviar correo – SMTP
choice-auto = Automático
choice-tls = SSL/TLS
choice-starttls = STARTTLS
choice-none = Ninguna (sin cifrar)
optional = (opcional)
host-label = Servidor
host-hint = Por ejemplo, imap.example.com: el servidor de correo entrante o saliente de tu aplicación.
port-label = Puerto
port-hint = Vacío significa el habitual.
security-label = Seguridad
security-hint = También se llama «Cifrado». «Automático» averigua qué usa el servidor.
username-label = Nombre de usuario
username-hint = Suele ser tu dirección de correo completa.
password-label = Contraseña
password-hint = Se usa una sola vez para esta comprobación y nunca se guarda ni se muestra. Déjala vacía para comprobar solo la conexión.
email-label = Dirección de correo
email-hint = Ayuda a maildoctor a reconocer tu proveedor y a sugerir su configuración.
ticket-label = Referencia del ticket
ticket-hint = Para servicios de asistencia: un número de ticket o de caso que se guarda con el informe para poder encontrarlo.
limits-label = Comprobar también el límite de conexiones
limits-hint = Abre varias conexiones a la vez para ver cuántas permite el servidor. Tarda un poco más.
more-options = Más opciones
oauth-label = Token de acceso OAuth2 en lugar de una contraseña
oauth-hint = Para cuentas que inician sesión con Microsoft o Google: un token de las herramientas de tu administrador. Se usa una sola vez para esta comprobación y nunca se guarda ni se muestra.
send-test-label = Envío (SMTP): comprobar también que esta cuenta puede enviar desde mi dirección
send-test-hint = Tras iniciar sesión, maildoctor pide al servidor que acepte un remitente y un destinatario, y luego cancela: nunca se envía ningún mensaje.
send-from-label = Dirección del remitente para la comprobación
send-from-hint = La dirección «De» que usa tu aplicación, si no es tu nombre de usuario; por ejemplo, un alias o un buzón compartido.
send-to-label = Destinatario para la comprobación
send-to-hint = Déjalo vacío para usar el propio remitente. En ningún caso se envía nada.
insecure-label = Enviar mi contraseña aunque la conexión no esté cifrada
insecure-hint = Solo para servidores de tu propia red. Cualquiera en el camino podría leer la contraseña.
trust-label = Enviar mi contraseña aunque no se confíe en el certificado del servidor
trust-hint = Solo si tu proveedor de correo te ha dicho que su certificado es autofirmado.
submit = Comprobar mi configuración
progress-title = Comprobando tu configuración…
progress-status = Cada paso aparece aquí en cuanto termina.
stop = Detener
field-protocol-missing = Elige IMAP, POP o SMTP.
field-security-missing = Elige una opción de seguridad.
field-host-missing = Escribe el nombre del servidor, por ejemplo imap.example.com.

## Refusals: why a check was not run (the page or the API's "detail")
refused-title = No se comprobó
refused-back = Volver al formulario
refused-rate =
    { $count ->
        [one] Demasiadas comprobaciones desde tu dirección en poco tiempo. Espera { $count } segundo y vuelve a intentarlo.
       *[other] Demasiadas comprobaciones desde tu dirección en poco tiempo. Espera { $count } segundos y vuelve a intentarlo.
    }
refused-busy =
    { $count ->
        [one] maildoctor está haciendo ahora todas las comprobaciones que puede. Vuelve a intentarlo dentro de { $count } segundo.
       *[other] maildoctor está haciendo ahora todas las comprobaciones que puede. Vuelve a intentarlo dentro de { $count } segundos.
    }
refused-port = Este servicio solo comprueba puertos de correo ({ $ports }). El puerto { $port } no es uno de ellos; ejecuta `maildoctor check` en tu propio equipo para probar otros puertos.
refused-too-long = Demasiado largo: { $field } (`{ $name }`, { $max } caracteres como máximo).
refused-field-host = el nombre del servidor
refused-field-username = el nombre de usuario
refused-field-email = la dirección de correo
refused-field-password = la contraseña
refused-field-oauth-token = el token de OAuth2
refused-field-ticket = el número de incidencia
refused-field-lang = el idioma
refused-forwarded-for = El proxy que hay delante de este servicio envió una dirección de cliente que no se puede leer.
refused-token = Este servicio necesita un token de acceso.
refused-origin = El formulario se envió desde otro sitio web, así que no se ejecutó.
refused-shared-down = maildoctor no puede acceder al almacén en el que sus réplicas comparten los límites, así que ahora no inicia sesión en ninguna cuenta (no podría respetar el límite por cuenta que evita los bloqueos). Vuelve a intentarlo en un minuto o deja la contraseña en blanco para comprobar solo la conexión.
api-error-too-large = el cuerpo de la solicitud ocupa más de 64 KiB
api-error-timeout = el diagnóstico tardó demasiado; vuelve a intentarlo
api-error-not-found = no existe ese punto de acceso de la API
api-error-method = usa POST para /api/v1/diagnose
api-error-other = no se pudo atender la solicitud
form-unreadable = No se pudo leer el formulario. Vuelve a rellenarlo.
