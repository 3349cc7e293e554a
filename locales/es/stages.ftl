# La frase con la que termina cada paso de la cronología. Los valores (nombres de host,
# direcciones, tiempos, mensajes de error) se insertan tal como llegaron.

## Todos los pasos

speaks-imap = un servidor IMAP
speaks-pop3 = un servidor POP3
speaks-smtp = un servidor SMTP
speaks-http = un servidor web
speaks-ssh = un servidor SSH
speaks-tls = un servicio TLS (cifrado)
speaks-unknown = un servicio desconocido
detail-skip-earlier-failed = No se ejecutó: falló un paso anterior.
detail-skip-needs-sign-in = No se ejecutó: necesita un inicio de sesión correcto.
detail-skip-ca-unusable = No se ejecutó: el certificado de CA de la solicitud no se puede usar.
detail-skip-smtp-mailbox = No se ejecutó: el envío (SMTP) no tiene buzón que revisar (la comprobación de envío es opcional).
detail-skip-limits-opt-in = No se ejecutó: la prueba del límite de conexiones es opcional.
detail-deadline = El tiempo total se agotó durante este paso.

## Lo escrito

detail-input-target =
    { $security ->
        [auto] { $protocol } en { $host }, puerto { $port }, con seguridad automática.
        [none] { $protocol } en { $host }, puerto { $port }, sin cifrado.
       *[other] { $protocol } en { $host }, puerto { $port }, con { $security }.
    }
detail-input-unusable = Lo escrito no se puede usar tal cual.

## TLS

detail-tls-ca-unusable = El certificado de CA de la solicitud no se puede usar: { $error }.

## DNS

detail-dns-ip = { $ip } es una dirección IP, así que no hace falta buscarla.
detail-dns-ip-refused = La política de direcciones rechaza { $ip }, así que no se contactó.
detail-dns-all-refused = La política de direcciones rechaza todas las direcciones de { $name }, así que no se contactó ninguna.
detail-dns-resolved =
    { $name } se resolvió en { $addresses }{ $more ->
        [0] {""}
       *[other] {" "}y { $more } más
    } en { $ms } ms{ $refused ->
        [0] .
        [one] , pero la política de direcciones rechaza 1 de ellas.
       *[other] , pero la política de direcciones rechaza { $refused } de ellas.
    }
detail-dns-alias =
    { $name } es un alias de { $canonical } y se resolvió en { $addresses }{ $more ->
        [0] {""}
       *[other] {" "}y { $more } más
    } en { $ms } ms{ $refused ->
        [0] .
        [one] , pero la política de direcciones rechaza 1 de ellas.
       *[other] , pero la política de direcciones rechaza { $refused } de ellas.
    }
detail-dns-network-blamed = El servidor DNS respondió { $answer } para { $name }, un servidor de correo muy conocido: la causa probable es el DNS de esta red.
detail-dns-nxdomain = { $name } no existe en el DNS.
detail-dns-servfail = El servidor DNS respondió { $rcode } al preguntar por { $name }.
detail-dns-unaskable = No se pudo preguntar al servidor DNS por { $name }.
detail-dns-timeout = El servidor DNS no respondió por { $name } en { $limit }.
detail-dns-no-address = { $name } existe en el DNS pero no tiene dirección IPv4 ni IPv6.

## TCP

detail-tcp-failed = No se pudo conectar con { $host } en el puerto { $port }.
detail-tcp-connected = Conectado a { $address }, puerto { $port }, en { $ms } ms.

## TLS

detail-tls-valid = Cifrado con { $version }; el certificado es válido para { $host }.
detail-tls-problems =
    { $count ->
        [one] Cifrado con { $version }, pero el certificado tiene { $count } problema.
       *[other] Cifrado con { $version }, pero el certificado tiene { $count } problemas.
    }
detail-tls-starttls-refused = El servidor no aceptó STARTTLS, así que la conexión sigue sin cifrar.
detail-tls-starttls-failed = El servidor aceptó STARTTLS, pero el paso al cifrado falló.
detail-tls-starttls-other-protocol = No se probó STARTTLS: respondió { $answered } donde se esperaba { $expected }.
detail-tls-starttls-greeting-refused = No se probó STARTTLS: el servidor rechazó el servicio en el saludo.
detail-tls-none = La conexión no está cifrada.

## Protocolo

detail-protocol-answered = { $host } respondió como { $answered }{ $software } en { $ms } ms.
detail-protocol-silent-to-tls = { $host } aceptó la conexión pero no envió nada en { $ms } ms, ni siquiera una respuesta al protocolo de enlace TLS.
detail-protocol-never-greeted = { $host } nunca saludó, aunque respondió a { $command }.
detail-protocol-silent = { $host } aceptó la conexión pero no envió nada en { $ms } ms, ni siquiera una respuesta a { $command }.
detail-protocol-no-greeting-error = { $host } no envió ningún saludo: { $error }.
detail-protocol-closed = { $host } aceptó la conexión y la cerró sin saludar.
detail-protocol-unusable = { $host } no envió un saludo utilizable ({ $problem }).
detail-protocol-other-protocol-because = En { $host }, puerto { $port }, respondió { $answered }, no { $expected } ({ $problem }).
detail-protocol-refused = { $host } respondió como { $expected } pero rechazó la sesión en el saludo.
detail-protocol-other-protocol = En { $host }, puerto { $port }, respondió { $answered }, no { $expected }.
detail-protocol-greeting-endless = El saludo de { $host } nunca terminó.
detail-protocol-no-greeting = { $host } no envió ningún saludo.

## Inicio de sesión

detail-auth-no-password = No se probó el inicio de sesión: no se indicó ninguna contraseña.
detail-auth-refused = El servidor rechazó el inicio de sesión de { $user } ({ $mechanism }).
detail-auth-timeout = El servidor no respondió al inicio de sesión en { $limit }.
detail-auth-closed = El servidor cerró la conexión durante el inicio de sesión.
detail-auth-broken = La conexión falló durante el inicio de sesión: { $error }.
detail-auth-no-oauth = No se envió el token: el servidor no ofrece aquí inicio de sesión OAuth2 (XOAUTH2 u OAUTHBEARER).
detail-auth-unsendable = No se envió la contraseña: el único método de inicio de sesión ofrecido no puede transmitirla.
detail-auth-no-method = El servidor no ofrece ningún método de inicio de sesión con contraseña que maildoctor pueda usar.
detail-auth-plaintext-not-sent = No se envió la contraseña: el servidor rechaza contraseñas en esta conexión sin cifrar.
detail-auth-plaintext-cannot = Ninguna aplicación de correo puede iniciar sesión con esta configuración: el servidor rechaza contraseñas en esta conexión sin cifrar.
detail-auth-no-sign-in-not-sent = No se envió la contraseña: el servidor no ofrece aquí un inicio de sesión con contraseña que maildoctor pueda usar.
detail-auth-no-sign-in-cannot = Ninguna aplicación de correo puede iniciar sesión con esta configuración: el servidor no ofrece aquí inicio de sesión con contraseña.
detail-auth-not-sent-unencrypted = No se envió la contraseña: la conexión no está cifrada.
detail-auth-not-sent-certificate = No se envió la contraseña: no se pudo verificar el certificado.
detail-auth-signed-in = Sesión iniciada como { $user } con { $mechanism }.
detail-auth-after-refused = Sesión iniciada como { $user }, pero el servidor rechazó el primer comando tras iniciar sesión.
detail-auth-after-ended = Sesión iniciada como { $user }, pero después el servidor cerró la sesión.
detail-auth-after-broken = Sesión iniciada como { $user }, pero la conexión falló justo después.
detail-auth-limit-unavailable = No se inició sesión: el servicio no puede aplicar ahora su límite por cuenta, así que no se envió la contraseña.
detail-auth-cooldown = No se inició sesión: esta cuenta se comprobó demasiadas veces hace poco, así que no se envió la contraseña.

## Buzón

detail-mailbox-smtp = El envío de correo (SMTP) no tiene buzón que revisar.
detail-mailbox-stat-unreadable = No se pudo leer la respuesta del servidor a STAT, así que el tamaño del buzón es desconocido.
detail-mailbox-stat-failed = El servidor no respondió a STAT ({ $error }), así que el tamaño del buzón es desconocido.
detail-mailbox-locked = Otra sesión tiene bloqueado el buzón (STAT se rechazó).
detail-mailbox-too-many = El servidor rechazó STAT: demasiadas conexiones para esta cuenta.
detail-mailbox-stat-refused = El servidor rechazó STAT.
detail-mailbox-stat-refused-unknown = El servidor rechazó STAT, así que el tamaño del buzón es desconocido.
detail-mailbox-slow = El servidor no respondió en el tiempo restante, así que el tamaño del buzón es desconocido.

## Límites

detail-limits-refused =
    { $count ->
        [one] El servidor permitió { $count } sesión simultánea y rechazó la siguiente.
       *[other] El servidor permitió { $count } sesiones simultáneas y rechazó la siguiente.
    }
detail-limits-stopped =
    { $count ->
        [one] { $count } sesión simultánea funcionó; la prueba se detuvo antes de encontrar el límite.
       *[other] { $count } sesiones simultáneas funcionaron; la prueba se detuvo antes de encontrar el límite.
    }
detail-limits-cap =
    { $count ->
        [one] El servidor permitió al menos { $count } sesión simultánea (la prueba se detiene ahí).
       *[other] El servidor permitió al menos { $count } sesiones simultáneas (la prueba se detiene ahí).
    }

## Qué habla un puerto

detail-wire-tls-first = Este puerto usa SSL/TLS desde el principio.
detail-wire-plain-starttls = Este puerto saluda sin cifrar y ofrece STARTTLS.
detail-wire-plain = Este puerto saluda sin cifrar.
detail-wire-no-greeting = No llegó ningún saludo sin cifrar, así que no se inició TLS.
detail-wire-web-server = Un servidor web respondió al protocolo de enlace TLS, así que no se inició TLS.
detail-wire-silent = El servidor no envió nada en { $ms } ms, y un protocolo de enlace TLS tampoco obtuvo respuesta.
detail-wire-tls-outdated = Este puerto usa SSL/TLS desde el principio, pero solo con versiones de TLS que ya no son seguras.
detail-wire-tls-fails-chosen-plain = Este puerto usa SSL/TLS desde el principio (no un saludo sin cifrar), y su TLS falla.
detail-wire-tls-fails = Este puerto usa SSL/TLS desde el principio, pero su protocolo de enlace TLS falla.
detail-wire-plain-on-tls = El servidor respondió sin cifrar donde se esperaba un protocolo de enlace TLS.
detail-wire-handshake-failed = El protocolo de enlace TLS falló.
detail-wire-tls-on-plain = El servidor habla TLS desde el primer momento en este puerto.

## La comprobación de envío (SMTP)

detail-send-no-sender = La comprobación de envío necesita la dirección desde la que envías; no se indicó ninguna.
detail-send-accepted = El servidor aceptaría correo de { $sender } a { $recipient } (MAIL FROM y RCPT TO aceptados y luego cancelados: no se envió nada).
detail-send-refused = El servidor rechazó { $command } para { $sender } → { $recipient }; no se envió nada.
detail-send-signin-failed = La comprobación de envío no se ejecutó: el inicio de sesión no funcionó.
detail-send-needs-signin = La comprobación de envío no se ejecutó: necesita nombre de usuario y contraseña (sin iniciar sesión, es normal que el servidor se niegue a reenviar el correo).
detail-mailbox-maildrop =
    { $messages ->
        [one] { $messages } mensaje, { $size }.
       *[other] { $messages } mensajes, { $size }.
    }
detail-mailbox-list-unreadable = No se pudo leer la lista de carpetas ({ $why }).
detail-mailbox-no-counts =
    { $folders ->
        [one] { $folders } carpeta; el servidor no dio el número de mensajes.
       *[other] { $folders } carpetas; el servidor no dio el número de mensajes.
    }
detail-mailbox-some-counted =
    { $folders ->
        [one] { $folders } carpeta
       *[other] { $folders } carpetas
    }, { $messages ->
        [one] { $messages } mensaje
       *[other] { $messages } mensajes
    } en las { $counted } contadas.
detail-mailbox-folders =
    { $folders ->
        [one] { $folders } carpeta
       *[other] { $folders } carpetas
    }, { $messages ->
        [one] { $messages } mensaje.
       *[other] { $messages } mensajes.
    }
detail-mailbox-largest = { $name } contiene { $messages } mensajes.
detail-mailbox-quota-full =
    { $kind ->
        [storage] { $used } usados de { $limit } de almacenamiento: el buzón está lleno.
       *[messages] { $used } mensajes usados de { $limit } de la cuota: el buzón está lleno.
    }
detail-mailbox-quota-almost-full =
    { $kind ->
        [storage] { $used } usados de { $limit } de almacenamiento ({ $percent } %, casi lleno).
       *[messages] { $used } mensajes usados de { $limit } de la cuota ({ $percent } %, casi lleno).
    }
detail-mailbox-quota =
    { $kind ->
        [storage] { $used } usados de { $limit } de almacenamiento ({ $percent } %).
       *[messages] { $used } mensajes usados de { $limit } de la cuota ({ $percent } %).
    }
detail-mailbox-quota-unlimited =
    { $kind ->
        [storage] { $used } de almacenamiento usados (sin límite).
       *[messages] { $used } mensajes usados (sin límite).
    }
detail-mailbox-folder-in-use = Otra sesión está usando una carpeta.
detail-mailbox-stopped = maildoctor se detuvo antes de tiempo ({ $why }).
