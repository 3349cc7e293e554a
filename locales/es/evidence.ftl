# Etiquetas de los datos que se muestran junto a un resultado. Las palabras de protocolo no se traducen.

evidence-a-ipv4 = A (IPv4)
evidence-aaaa-ipv6 = AAAA (IPv6)
evidence-also-missing = también falta
evidence-asked = consultado
evidence-belongs-to = pertenece a
evidence-certificate = certificado
evidence-certificate-covers = el certificado cubre
evidence-certificate-for = certificado para
evidence-certificates-sent = certificados enviados
evidence-chosen = elegido
evidence-confirmed = confirmado
evidence-days-left = días restantes
evidence-days-since = días desde
evidence-did-you-mean = quizás quisiste decir
evidence-dns-answer = respuesta DNS
evidence-during = durante
evidence-error = error
evidence-expected = esperado
evidence-expired-on = caducó el
evidence-expires-on = caduca el
evidence-folder = carpeta
evidence-found = encontrado
evidence-greeting-took = el saludo tardó
evidence-held-back-because = retenido porque
evidence-host = host
evidence-host-is-for = el host es para
evidence-host-typed = host escrito
evidence-how-far = hasta dónde
evidence-issuer = emisor
evidence-issuer-published-at = emisor publicado en
evidence-issuer-s-certificate = certificado del emisor
evidence-its-issuer = su emisor
evidence-largest-message-the-server-takes = mensaje más grande que acepta el servidor
evidence-limit = límite
evidence-logindisabled = LOGINDISABLED
evidence-mail-server = servidor de correo
evidence-messages = mensajes
evidence-missing-certificate-s-issuer = emisor del certificado que falta
evidence-missing-issuer = emisor que falta
evidence-name = nombre
evidence-needed-for-a-token = necesario para un token
evidence-next-session = siguiente sesión
evidence-no-answer-within = sin respuesta en
evidence-not-confirmed = sin confirmar
evidence-password = contraseña
evidence-port = puerto
evidence-port-expects = el puerto espera
evidence-port-is-for = el puerto es para
evidence-probe = sonda
evidence-problem = problema
evidence-provider = proveedor
evidence-published-at = publicado en
evidence-quota-root = raíz de la cuota
evidence-recipient = destinatario
evidence-response = respuesta
evidence-security = seguridad
evidence-sender = remitente
evidence-server = servidor
evidence-server-limit = límite del servidor
evidence-server-said = el servidor dijo
evidence-server-said-decoded = el servidor dijo (descodificado)
evidence-server-sent = el servidor envió
evidence-service = servicio
evidence-sessions-allowed = sesiones permitidas
evidence-sign-in-methods-offered = métodos de inicio de sesión ofrecidos
evidence-slower-than = más lento que
evidence-stage = paso
evidence-starttls = STARTTLS
evidence-submission-ports = puertos de envío
evidence-suggested-host = host sugerido
evidence-testing = probando
evidence-the-test-stopped = la prueba se detuvo
evidence-tls-clienthello = TLS ClientHello
evidence-tls-clienthello-on-a-second-connection = TLS ClientHello en una segunda conexión
evidence-try-again-in = vuelve a intentarlo en
evidence-typed = escrito
evidence-typed-name-resolves-to = el nombre escrito apunta a
evidence-used = usado
evidence-usual-port = puerto habitual
evidence-usual-ssl-tls-port = puerto SSL/TLS habitual
evidence-valid-from = válido desde
evidence-verifier-said = el verificador dijo
evidence-waited = esperado durante
evidence-why = por qué
evidence-worked = funcionó

## Evidence values that are maildoctor's own words
value-either = { $first } o { $second }
value-password-unsendable = contiene un salto de línea o un carácter NUL, que POP3 USER/PASS no puede transmitir
value-login-disabled = el servidor rechaza el comando LOGIN en esta conexión
value-starttls-offered = se ofrece: el inicio de sesión es posible una vez cifrada la conexión
value-submission-ports = 587 con STARTTLS, o 465 con SSL/TLS
value-not-sent-unencrypted = la conexión no está cifrada, así que la contraseña cruzaría la red en texto legible
value-not-sent-certificate = el certificado del servidor no superó la verificación, así que alguien podría estar interceptando la conexión
value-mailbox-read-late = no se pudo leer el buzón antes del límite de tiempo
value-mailbox-list-late = no se pudieron listar las carpetas del buzón antes del límite de tiempo
value-expected-tls = un protocolo de enlace TLS
value-expected-greeting = un saludo en texto sin cifrar
value-no-tls-answer = el servidor no respondió con TLS
value-first-bytes-tls = los primeros bytes del servidor son un registro TLS
value-tls-answered-hello = el servidor respondió a un ClientHello de TLS en una conexión nueva
value-tls-fresh-handshake = un protocolo de enlace TLS en una conexión nueva funcionó ({ $version })
value-tls-failed-after-certificate = el servidor envió su ServerHello y su certificado, y después falló
value-tls-failed-after-hello = el servidor envió su ServerHello (TLS había empezado), y después falló
value-tls-no-server-hello = el servidor respondió con TLS, pero sin ServerHello
value-no-answer = sin respuesta
value-no-answer-within = sin respuesta en { $ms } ms
value-probe-no-answer = { $command } (sin respuesta)
value-no-complete-line = ninguna línea completa
value-greeting-cut = el servidor cerró la conexión a mitad de su saludo
value-greeting-unfinished = el saludo no había terminado tras { $ms } ms
value-greeting-endless =
    { $count ->
        [one] el saludo siguió durante más de { $count } línea
       *[other] el saludo siguió durante más de { $count } líneas
    }
value-closed-without-greeting = cerró la conexión sin saludo
value-server-answered = el servidor respondió { $answer }
value-port-range = un número del 1 al 65535
value-stop-bye = el servidor terminó la sesión: { $line }
value-stop-flood =
    { $count ->
        [one] la respuesta pasó de { $count } línea
       *[other] la respuesta pasó de { $count } líneas
    }
value-stop-literal =
    { $count ->
        [one] el servidor anunció un literal de { $count } byte
       *[other] el servidor anunció un literal de { $count } bytes
    }
value-stop-budget = se agotó el tiempo de esta etapa
value-aia-unreadable-leaf = no se pudo leer el certificado cuyo emisor falta
value-aia-unreadable = no se pudo leer el certificado de { $url }
value-aia-untrusted-root = su emisor { $root } es una raíz que aquí no es de confianza
value-aia-too-deep = ninguna raíz de confianza en { $count } certificados descargados
value-aia-confirmed = con el certificado descargado de ahí, la cadena llega a la raíz de confianza { $root }
value-aia-fetched = { $subject } (de { $url })
value-aia-no-trusted-root = la cadena no llega a una raíz de confianza: { $why }
value-at-least = al menos { $count }
value-at-least-cap = al menos { $count } (la prueba se detiene en { $cap })
value-other-reason = por otro motivo
value-refused = rechazada
value-address-loopback = una dirección de bucle local (este mismo equipo)
value-address-private = una dirección de red privada
value-address-link-local = una dirección de enlace local
value-address-cgnat = una dirección de NAT del operador (CGNAT)
value-address-multicast = una dirección de multidifusión
value-address-unspecified = una dirección sin especificar
value-address-metadata = una dirección de metadatos de la nube
value-address-reserved = una dirección reservada o de documentación
value-attempt-connected = conectado
value-attempt-refused = rechazada
value-attempt-timeout = tiempo agotado
value-attempt-unreachable = inaccesible
value-attempt-failed = falló
# Why a sign-in answer is ambiguous (the classifier's rules, docs/CLASSIFIER.md).
value-ambiguous-either = el servidor dice: contraseña incorrecta, o este protocolo está desactivado para la cuenta
value-ambiguous-exchange-throttled = Exchange envía esto cuando limita la cuenta, a menudo por demasiadas sesiones
value-ambiguous-yahoo-auth005 = Yahoo envía esto tras inicios de sesión fallidos y también cuando hace falta una contraseña de aplicación
value-ambiguous-microsoft-not-connected = Microsoft envía esto para un token de otro buzón y para un buzón sin IMAP/POP
value-ambiguous-after-connection-limit = tras un rechazo por límite de conexiones se rechaza todo inicio de sesión, incluso con la contraseña correcta
value-ambiguous-gmail = Gmail rechaza así la contraseña de la cuenta cuando hace falta una contraseña de aplicación
value-ambiguous-microsoft = Microsoft responde lo mismo a una contraseña incorrecta y al inicio de sesión con contraseña desactivado
value-ambiguous-gmx = GMX responde lo mismo a una contraseña incorrecta, a la falta de contraseña de aplicación y a POP3/IMAP desactivado
value-ambiguous-app-password = este proveedor responde lo mismo a una contraseña incorrecta y a la falta de contraseña de aplicación
