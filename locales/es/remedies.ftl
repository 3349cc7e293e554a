# El catálogo de soluciones en español: para cada resultado, su título, su explicación y sus
# pasos, y los propios de los proveedores conocidos. Tratamiento de «tú», como la ayuda de Google.

## input: what was typed

finding-input-invalid_host = El nombre del servidor no es válido
    .explanation = El nombre del servidor está vacío, es demasiado largo o contiene caracteres que un nombre de servidor no puede tener, como espacios, barras o un «http://» delante. No se pudo probar nada porque no hay ningún servidor que buscar.
    .step-1 = Revisa el nombre del servidor por si tiene errores de escritura, espacios o caracteres de más; el problema encontrado se muestra abajo.
    .step-2 = Quita todo lo que no forme parte del nombre, como «http://», «https://», una barra o una ruta después del nombre.
    .step-3 = Busca el nombre del servidor de correo entrante en la ayuda de tu proveedor o en el correo de bienvenida que recibiste al crear la cuenta; suele empezar por «imap.», «pop.» o «mail.».
    .step-4 = Vuelve a escribir el nombre y repite la prueba.

finding-input-invalid_port = El puerto no es un número válido
    .explanation = Un puerto debe ser un número entero entre 1 y 65535. El valor escrito no lo es, así que no se pudo probar nada.
    .step-1 = Revisa el puerto por si tiene errores de escritura; el valor escrito se muestra abajo.
    .step-2 = Usa el puerto habitual para el tipo de servidor que configuras: 993 para IMAP, 995 para POP, 465 o 587 para el envío (SMTP).
    .step-3 = Deja el puerto vacío si no estás seguro; se usará el habitual para la seguridad elegida.

finding-input-invalid_username = El nombre de usuario contiene un salto de línea
    .explanation = El nombre de usuario (o la dirección de correo) tiene un salto de línea u otro carácter de control invisible, normalmente por haberlo copiado de un documento o de un mensaje. Ninguna aplicación de correo puede iniciar sesión con él, así que no se envió nada al servidor.
    .step-1 = Escribe el nombre de usuario a mano en lugar de pegarlo.
    .step-2 = Asegúrate de que está en una sola línea, sin espacios ni saltos de línea antes o después.
    .step-3 = Repite la prueba.

finding-input-email_as_server = Se escribió una dirección de correo como nombre del servidor
    .explanation = El campo del nombre del servidor contiene una dirección de correo. Tu dirección va en el campo del nombre de usuario; el nombre del servidor es el del servidor de correo de tu proveedor, por ejemplo imap.example.com.
    .step-1 = Pasa la dirección de correo al campo del nombre de usuario de tu aplicación de correo.
    .step-2 = Escribe en su lugar el nombre del servidor de correo entrante de tu proveedor en el campo del servidor; si se conoce el proveedor, el nombre correcto está en la configuración sugerida abajo.
    .step-3 = Busca el nombre del servidor en la ayuda de tu proveedor si no se muestra ninguna sugerencia.
    .gmail-step-1 = Pasa tu dirección de Gmail al campo del nombre de usuario de tu aplicación de correo.
    .gmail-step-2 = En el campo del servidor, escribe imap.gmail.com para IMAP o pop.gmail.com para POP, con SSL/TLS y el puerto 993 (IMAP) o 995 (POP).
    .gmail-step-3 = Para enviar, usa smtp.gmail.com con SSL/TLS y el puerto 465, o con STARTTLS y el puerto 587.
    .outlook-step-1 = Pasa tu dirección de Outlook.com al campo del nombre de usuario de tu aplicación de correo.
    .outlook-step-2 = En el campo del servidor, escribe outlook.office365.com, con SSL/TLS y el puerto 993 para IMAP o el puerto 995 para POP.
    .outlook-step-3 = Para enviar, usa smtp-mail.outlook.com con STARTTLS y el puerto 587.
    .outlook-step-4 = Elige el inicio de sesión de Microsoft (OAuth) en tu aplicación: Outlook.com ya no acepta contraseñas de las aplicaciones de correo.
    .yahoo-step-1 = Pasa tu dirección de Yahoo al campo del nombre de usuario de tu aplicación de correo.
    .yahoo-step-2 = En el campo del servidor, escribe imap.mail.yahoo.com para IMAP o pop.mail.yahoo.com para POP, con SSL/TLS y el puerto 993 (IMAP) o 995 (POP).
    .yahoo-step-3 = Para enviar, usa smtp.mail.yahoo.com con SSL/TLS y el puerto 465.
    .yahoo-step-4 = Usa como contraseña una contraseña de aplicación de Yahoo, no tu contraseña normal.
    .icloud-step-1 = Pon la parte de tu dirección de iCloud anterior a la @ en el campo del nombre de usuario; si se rechaza, prueba con la dirección completa.
    .icloud-step-2 = En el campo del servidor, escribe imap.mail.me.com con SSL/TLS y el puerto 993; iCloud Mail no tiene servidor POP.
    .icloud-step-3 = Para enviar, usa smtp.mail.me.com con STARTTLS y el puerto 587, y tu dirección completa como nombre de usuario.
    .icloud-step-4 = Usa una contraseña específica de app de tu cuenta de Apple, no tu contraseña normal.

finding-input-webmail_host = Esta es la dirección de un sitio web, no del servidor de correo
    .explanation = El nombre escrito es la dirección del sitio web o del webmail de tu proveedor, que se abre en un navegador. Las aplicaciones de correo necesitan el nombre del servidor de correo del proveedor, que es otro nombre.
    .step-1 = Sustituye el nombre del servidor por el del servidor de correo del proveedor que aparece en la configuración sugerida abajo.
    .step-2 = Mantén la seguridad y el puerto que aparecen al lado; van juntos.
    .step-3 = Busca el nombre del servidor de correo en la ayuda de tu proveedor si no se muestra ninguna sugerencia.
    .gmail-step-1 = Sustituye el nombre del servidor por imap.gmail.com para IMAP o pop.gmail.com para POP.
    .gmail-step-2 = Elige SSL/TLS y el puerto 993 para IMAP, o el puerto 995 para POP.
    .gmail-step-3 = Para enviar, usa smtp.gmail.com con SSL/TLS y el puerto 465, o con STARTTLS y el puerto 587.
    .outlook-step-1 = Sustituye el nombre del servidor por outlook.office365.com.
    .outlook-step-2 = Elige SSL/TLS y el puerto 993 para IMAP, o el puerto 995 para POP.
    .outlook-step-3 = Para enviar, usa smtp-mail.outlook.com con STARTTLS y el puerto 587.
    .outlook-step-4 = Elige el inicio de sesión de Microsoft (OAuth) en tu aplicación: Outlook.com ya no acepta contraseñas de las aplicaciones de correo.
    .yahoo-step-1 = Sustituye el nombre del servidor por imap.mail.yahoo.com para IMAP o pop.mail.yahoo.com para POP.
    .yahoo-step-2 = Elige SSL/TLS y el puerto 993 para IMAP, o el puerto 995 para POP.
    .yahoo-step-3 = Para enviar, usa smtp.mail.yahoo.com con SSL/TLS y el puerto 465.
    .icloud-step-1 = Sustituye el nombre del servidor por imap.mail.me.com; iCloud Mail no tiene servidor POP.
    .icloud-step-2 = Elige SSL/TLS y el puerto 993.
    .icloud-step-3 = Para enviar, usa smtp.mail.me.com con STARTTLS y el puerto 587.

finding-input-protocol_port_mismatch = Este puerto es de otro tipo de servidor de correo
    .explanation = Cada tipo de servidor de correo tiene sus puertos: IMAP usa 993 o 143, POP usa 995 o 110 y el envío (SMTP) usa 465, 587 o 25. El puerto elegido es de un tipo distinto del que configuras, así que probablemente responda el servicio equivocado.
    .step-1 = Comprueba si querías configurar IMAP, POP o el envío (SMTP); el uso habitual del puerto se muestra abajo.
    .step-2 = Cambia el puerto al habitual que se muestra abajo, con la seguridad correspondiente: SSL/TLS en 993, 995 y 465, STARTTLS en 143, 110 y 587.
    .step-3 = Repite la prueba con el puerto corregido.
    .icloud-explanation = El puerto elegido es de otro tipo de servidor de correo. iCloud Mail solo usa dos: el puerto 993 para el correo entrante por IMAP (no hay POP) y el puerto 587 para el envío.
    .icloud-step-1 = Para el correo entrante, configura la cuenta como IMAP con imap.mail.me.com, SSL/TLS y el puerto 993; iCloud Mail no tiene servidor POP.
    .icloud-step-2 = Para enviar, usa smtp.mail.me.com con STARTTLS y el puerto 587.
    .icloud-step-3 = Repite la prueba con esta configuración.

finding-input-host_protocol_mismatch = El nombre del servidor es de otro tipo de servidor de correo
    .explanation = El nombre del servidor empieza por una palabra que indica de qué tipo es, como «pop.» para POP, «imap.» para IMAP o «smtp.» para el envío, y no coincide con lo que configuras. Muchos proveedores los tienen en máquinas distintas, así que el equivocado puede no responder o hacerlo de forma incorrecta.
    .step-1 = Comprueba si querías configurar IMAP, POP o el envío (SMTP).
    .step-2 = Usa el nombre de servidor que aparece abajo como host sugerido, o busca el nombre correcto en la ayuda de tu proveedor.
    .step-3 = Repite la prueba con el nombre corregido.
    .icloud-explanation = El nombre del servidor no coincide con el tipo de servidor que configuras. iCloud Mail tiene un servidor de correo entrante, solo por IMAP (no hay POP), y un servidor de envío.
    .icloud-step-1 = Para el correo entrante, configura la cuenta como IMAP con imap.mail.me.com, SSL/TLS y el puerto 993; iCloud Mail no tiene servidor POP.
    .icloud-step-2 = Para enviar, usa smtp.mail.me.com con STARTTLS y el puerto 587.
    .icloud-step-3 = Repite la prueba con esta configuración.

finding-input-security_port_mismatch = La opción de seguridad no encaja con este puerto
    .explanation = Los puertos 993, 995 y 465 esperan SSL/TLS desde el primer byte, mientras que los puertos 143, 110 y 587 empiezan sin cifrar y pasan al cifrado con STARTTLS. La seguridad elegida es la del otro tipo, así que es probable que la conexión se quede colgada o falle.
    .step-1 = Si elegiste SSL/TLS en el puerto 143, 110 o 587: mantén SSL/TLS y cambia el puerto a 993 (IMAP), 995 (POP) o 465 (SMTP).
    .step-2 = Si elegiste STARTTLS o ninguna seguridad en el puerto 993, 995 o 465: mantén el puerto y elige SSL/TLS.
    .step-3 = Repite la prueba con la configuración que aparece en la configuración sugerida abajo.


## dns: finding the server's address

finding-dns-nxdomain = El nombre del servidor no existe
    .explanation = El sistema de nombres de Internet (DNS) indica que no hay ningún servidor con este nombre. Casi siempre es un error de escritura o un nombre deducido de la dirección de correo en lugar de consultado.
    .step-1 = Revisa el nombre del servidor letra por letra.
    .step-2 = Busca el nombre exacto del servidor de correo entrante en la ayuda de tu proveedor; no lo adivines a partir de tu dirección de correo.
    .step-3 = Si el nombre pertenece a tu propio dominio, pide a quien gestiona el dominio que añada el nombre del servidor de correo a sus registros DNS.

finding-dns-no_address = El nombre del servidor existe, pero no apunta a ninguna parte
    .explanation = El DNS conoce el nombre, pero no tiene ninguna dirección de Internet, así que no hay nada a lo que conectarse. Pasa cuando existe un dominio pero no se ha configurado ningún nombre de servidor de correo en él, o cuando solo se configuró el sitio web o la entrega de correo entrante (MX).
    .step-1 = Comprueba que escribiste el nombre del servidor de correo y no solo tu dominio.
    .step-2 = Busca el nombre exacto del servidor de correo entrante en la ayuda de tu proveedor.
    .step-3 = Si gestionas el dominio: añade para este nombre un registro de dirección (A para IPv4, AAAA para IPv6) que apunte al servidor de correo.

finding-dns-servfail = El servidor de nombres no pudo buscar este nombre
    .explanation = El servidor DNS consultado falló o se negó a responder. Suele indicar una configuración DNS defectuosa del dominio (por ejemplo, un error de DNSSEC o un servidor de nombres caído), no un problema de tu aplicación de correo.
    .step-1 = Espera unos minutos y repite la prueba; los cortes breves de DNS son frecuentes.
    .step-2 = Comprueba que el nombre del servidor está bien escrito.
    .step-3 = Si sigue fallando, dile a quien gestiona el dominio que sus servidores de nombres no responden; puede revisar el dominio con una herramienta de prueba de DNS.

finding-dns-timeout = La búsqueda del nombre del servidor tardó demasiado
    .explanation = Ningún servidor DNS respondió a tiempo, así que la dirección del servidor es desconocida. Los servidores de nombres del dominio pueden estar caídos o inaccesibles, o la red usada para la prueba puede bloquear el DNS.
    .step-1 = Repite la prueba dentro de unos minutos.
    .step-2 = Comprueba que el nombre del servidor está bien escrito.
    .step-3 = Si sigue fallando, dile a quien gestiona el dominio que sus servidores de nombres no responden.

finding-dns-blocked_address = El nombre del servidor apunta a una dirección que maildoctor no prueba
    .explanation = Todas las direcciones de este nombre son privadas, locales o reservadas, como una red doméstica, el propio equipo o una dirección interna de una nube. Por seguridad, maildoctor no se conecta a esas direcciones salvo que se haya configurado para permitirlo.
    .step-1 = Comprueba que escribiste el nombre público del servidor de correo, no uno interno o local.
    .step-2 = Si gestionas el dominio: asegúrate de que el registro DNS público de este nombre apunta a la dirección pública del servidor.
    .step-3 = Si usas maildoctor para un servicio de asistencia que prueba servidores privados: inícialo con --allow-private o añade el rango privado a su lista de permitidos.

finding-dns-did_you_mean = El nombre del servidor parece un error de escritura
    .explanation = El nombre se diferencia solo en una o dos letras del nombre del servidor de correo de un proveedor conocido. Probablemente es un error de escritura.
    .step-1 = Compara el nombre que escribiste con el nombre sugerido que aparece abajo.
    .step-2 = Usa el nombre sugerido si es el servidor que querías y repite la prueba.

finding-dns-provider_lookup_failed = El DNS de esta red no encuentra un servidor de correo muy conocido
    .explanation = El nombre del servidor es el del servidor de correo de un proveedor conocido, que sin duda existe, pero el servidor DNS consultado dijo que no existe, no respondió o dio una dirección que no puede ser del proveedor. Esto apunta al DNS de la red desde la que se hizo la prueba, como un servicio de filtrado o de control parental, una página de acceso a wifi o un router defectuoso, no a un error de escritura.
    .step-1 = Prueba tu aplicación de correo en otra red, por ejemplo con los datos móviles de tu teléfono en lugar de la wifi, para ver si ahí funciona.
    .step-2 = Si usas la wifi pública de un hotel, una cafetería o un aeropuerto, abre primero cualquier página web y completa su página de acceso; luego vuelve a intentarlo.
    .step-3 = Reinicia el router o configura tu dispositivo para usar otro servidor DNS, como el de tu proveedor de Internet o uno público como 1.1.1.1 o 9.9.9.9.
    .step-4 = En la red de una empresa o centro educativo, pregunta al departamento de informática si su filtro DNS bloquea este servicio de correo; el servidor DNS consultado aparece abajo.


## tcp: reaching the server

finding-tcp-refused = El servidor rechazó la conexión
    .explanation = Se llegó al servidor, pero nada acepta conexiones en este puerto. Normalmente el puerto no es el correcto para este servidor o el servicio de correo está detenido; a veces un servidor bloquea una dirección durante un tiempo tras muchos inicios de sesión fallidos.
    .step-1 = Revisa el puerto: 993 para IMAP, 995 para POP, o 465 o 587 para enviar, según la ayuda de tu proveedor.
    .step-2 = Comprueba que el nombre del servidor es el del servidor de correo y no el de otro equipo del mismo proveedor.
    .step-3 = Si gestionas el servidor: comprueba que el servicio de correo está en marcha y escucha en este puerto.
    .step-4 = Si la misma configuración funcionaba antes, espera una hora: puede que el servidor haya bloqueado tu dirección tras muchos inicios de sesión fallidos.

finding-tcp-timeout = El servidor no respondió a tiempo
    .explanation = El intento de conexión no obtuvo ninguna respuesta. Probablemente un cortafuegos la descarta por el camino, el servidor está caído o el puerto está cerrado sin avisar.
    .step-1 = Vuelve a intentarlo desde otra red, como los datos móviles de un teléfono: algunas redes, hoteles y empresas bloquean los puertos de correo.
    .step-2 = Revisa el puerto: 993 para IMAP, 995 para POP, o 465 o 587 para enviar.
    .step-3 = Si gestionas el servidor: comprueba que el cortafuegos deja pasar las conexiones en este puerto y que el servidor está en marcha.

finding-tcp-unreachable = No se puede llegar al servidor desde aquí
    .explanation = La red indicó que no hay ninguna ruta hasta el servidor. Puede que la red del servidor esté caída o que la dirección no sea accesible desde Internet.
    .step-1 = Repite la prueba dentro de unos minutos.
    .step-2 = Comprueba que el nombre del servidor es el nombre público del servidor de correo.
    .step-3 = Si gestionas el servidor: revisa su conexión de red y que su dirección pública esté enrutada.

finding-tcp-partial = Algunas direcciones del servidor no funcionan
    .explanation = El nombre del servidor tiene varias direcciones, a menudo una IPv6 y una IPv4, y solo algunas aceptan conexiones. Las aplicaciones que prueban primero una dirección que falla pueden ir lentas o fallar de vez en cuando.
    .step-1 = Mira abajo los resultados por dirección para ver cuáles fallan.
    .step-2 = Si gestionas el servidor: corrige las direcciones que fallan o elimina sus registros DNS (a menudo el registro IPv6 AAAA) hasta que funcionen.
    .step-3 = Si no gestionas el servidor: informa a tu proveedor de las direcciones que fallan; mientras tanto, tu aplicación debería conectarse por las que funcionan.


## tls: encryption and certificates

finding-tls-plaintext_on_tls_port = Se eligió SSL/TLS, pero este puerto empieza sin cifrar
    .explanation = Tu configuración indica SSL/TLS, que cifra desde el primer byte, pero el servidor saludó sin cifrar en este puerto. El puerto espera STARTTLS (el cifrado se activa después del saludo) o ningún cifrado.
    .step-1 = En tu aplicación de correo, elige STARTTLS para este puerto, o mantén SSL/TLS y cambia el puerto a 993 (IMAP), 995 (POP) o 465 (SMTP).
    .step-2 = Es preferible SSL/TLS en 993, 995 o 465 cuando tu proveedor lo ofrece: así la conexión está cifrada desde el primer byte.
    .step-3 = Repite la prueba con la nueva configuración.

finding-tls-tls_on_plaintext_port = Este puerto necesita SSL/TLS desde el principio
    .explanation = Se esperaba un saludo sin cifrar porque se eligió STARTTLS o ninguna seguridad, pero el servidor espera cifrado desde el primer momento. Los puertos como 993, 995 y 465 funcionan así.
    .step-1 = En tu aplicación de correo, elige SSL/TLS para este puerto.
    .step-2 = Si prefieres STARTTLS, cambia el puerto a 143 (IMAP), 110 (POP) o 587 (SMTP).
    .step-3 = Repite la prueba con la nueva configuración.

finding-tls-handshake_failed = No se pudo establecer la conexión segura
    .explanation = El servidor y maildoctor no se pusieron de acuerdo sobre cómo cifrar la conexión, o el servidor la cortó mientras lo intentaban. Puede deberse a un puerto equivocado, a un servidor mal configurado o a un dispositivo de red que interfiere con el tráfico cifrado.
    .step-1 = Comprueba que el puerto y la seguridad van juntos: SSL/TLS en 993, 995 y 465, STARTTLS en 143, 110 y 587.
    .step-2 = Vuelve a intentarlo desde otra red, por si un cortafuegos o un filtro interfiere con las conexiones cifradas.
    .step-3 = Si gestionas el servidor: revisa su configuración de TLS y busca en sus registros el error de negociación que aparece abajo.

finding-tls-protocol_outdated = Cifrado obsoleto: la aplicación y el servidor no coinciden en una versión segura de TLS
    .explanation = Una de las partes solo admite versiones de cifrado antiguas (TLS 1.0 o 1.1) o algoritmos débiles que ya no se consideran seguros. O el servidor solo ofrece esas versiones, que las aplicaciones actuales y maildoctor rechazan, o el servidor rechaza una aplicación antigua que solo conoce esas.
    .step-1 = Si el servidor dice que no admite TLS 1.0 ni 1.1: actualiza la aplicación o el sistema del dispositivo, o cambia a una aplicación que admita TLS 1.2.
    .step-2 = Si no, pide a tu proveedor o al administrador del servidor que active TLS 1.2 y TLS 1.3.
    .step-3 = Si gestionas el servidor: actualiza el servidor de correo y su biblioteca TLS, y permite TLS 1.2 y 1.3 en su configuración.
    .step-4 = No desactives el cifrado en tu aplicación para evitar el problema: tu contraseña viajaría sin protección.

finding-tls-cert_name_mismatch = El certificado del servidor es para otro nombre
    .explanation = El certificado que presentó el servidor no incluye el nombre de servidor que escribiste, así que la aplicación no puede estar segura de haber llegado al servidor correcto. A menudo el servidor de correo del proveedor tiene un nombre distinto del escrito, por ejemplo el de un alojamiento compartido en lugar de tu propio dominio.
    .step-1 = Mira los nombres que cubre el certificado, que aparecen abajo.
    .step-2 = Usa uno de esos nombres como nombre del servidor en tu aplicación, si es el servidor de correo de tu proveedor.
    .step-3 = Comprueba que elegiste el tipo de servidor correcto: un nombre IMAP para IMAP y un nombre POP para POP.
    .step-4 = Si gestionas el servidor: instala un certificado que incluya este nombre de servidor.

finding-tls-cert_expired = El certificado del servidor caducó
    .explanation = Los certificados son válidos durante un tiempo limitado, y la fecha de fin de este ya pasó. Las aplicaciones de correo avisan o se niegan a conectarse, porque un certificado caducado ya no puede demostrar que el servidor es auténtico.
    .step-1 = Avisa a tu proveedor o al administrador del servidor de que el certificado caducó; la fecha de fin aparece abajo.
    .step-2 = No aceptes para siempre el aviso del certificado en tu aplicación: eso oculta tanto el problema como un ataque real.
    .step-3 = Si gestionas el servidor: renueva el certificado, instálalo con su certificado intermedio y reinicia o recarga el servicio de correo.

finding-tls-cert_not_yet_valid = El certificado del servidor todavía no es válido
    .explanation = La fecha de inicio del certificado está en el futuro. O se instaló un certificado nuevo demasiado pronto, o el reloj del servidor o del equipo de la prueba no está en hora.
    .step-1 = Comprueba que la fecha y la hora de tu dispositivo son correctas.
    .step-2 = Avisa a tu proveedor o al administrador del servidor; la fecha de inicio del certificado aparece abajo.
    .step-3 = Si gestionas el servidor: revisa el reloj del servidor e instala un certificado que sea válido ahora.

finding-tls-cert_expiring_soon = El certificado del servidor caduca pronto
    .explanation = El certificado todavía funciona, pero caduca en menos de 14 días. Después, las aplicaciones de correo avisarán o se negarán a conectarse.
    .step-1 = Avisa a tu proveedor o al administrador del servidor de que el certificado caduca pronto; la fecha aparece abajo.
    .step-2 = Si gestionas el servidor: renueva el certificado ahora, comprueba que la renovación automática funciona y recarga el servicio de correo tras renovarlo.

finding-tls-cert_self_signed = El certificado del servidor no lo emite una autoridad de confianza
    .explanation = El certificado lo firmó el propio servidor, así que ninguna autoridad reconocida responde por él. Las aplicaciones de correo no pueden distinguirlo del certificado de un atacante y muestran un aviso.
    .step-1 = Comprueba que el nombre del servidor es el del servidor de correo público de tu proveedor; algunos proveedores usan otro nombre con un certificado válido.
    .step-2 = Si gestionas el servidor: instala para este nombre un certificado de una autoridad de confianza, por ejemplo uno gratuito de Let's Encrypt.
    .step-3 = Si es un servidor privado a propósito: instala su certificado como de confianza en cada dispositivo, pero solo después de comprobar su huella digital con el administrador.

finding-tls-cert_untrusted = El certificado del servidor viene de una autoridad desconocida
    .explanation = El certificado lo emitió una autoridad en la que las aplicaciones de correo no confían, como la autoridad propia de una empresa o una desconocida. Puede ser correcto dentro de una organización, pero el certificado de un atacante tiene el mismo aspecto.
    .step-1 = Comprueba que el nombre del servidor es el del servidor de correo público de tu proveedor.
    .step-2 = Si el servidor es de tu organización: pide a su equipo de informática el certificado raíz de la organización e instálalo en tu dispositivo.
    .step-3 = Si gestionas el servidor: instala para este nombre un certificado de una autoridad de confianza pública.

finding-tls-cert_chain_incomplete = El servidor no envía su cadena de certificados completa
    .explanation = El servidor envió su propio certificado, pero no el certificado intermedio que lo enlaza con una autoridad de confianza. Algunas aplicaciones completan el hueco por sí mismas y otras no, así que la misma configuración funciona en un dispositivo y falla en otro. maildoctor obtiene el certificado que falta de la dirección que indica el certificado del servidor, y los detalles de abajo dicen qué certificado falta y si se confirmó.
    .step-1 = Avisa a tu proveedor o al administrador del servidor de que falta el certificado intermedio, y pásale el nombre y la dirección del certificado que aparecen abajo.
    .step-2 = Si gestionas el servidor: instala el certificado de este nombre con su certificado intermedio (el archivo de cadena completa que da tu autoridad) y recarga el servicio de correo.
    .step-3 = Después, repite la prueba para confirmar que la cadena está completa.

finding-tls-starttls_unsupported = El servidor no ofrece STARTTLS
    .explanation = Se eligió STARTTLS, pero el servidor no ofrece pasar al cifrado en este puerto. Sin él, la contraseña viajaría sin cifrar.
    .step-1 = En tu aplicación, elige en su lugar SSL/TLS y el puerto 993 (IMAP), 995 (POP) o 465 (SMTP).
    .step-2 = Comprueba que el nombre del servidor y el puerto son los que recomienda tu proveedor.
    .step-3 = Si gestionas el servidor: activa TLS para este servicio y puerto.

finding-tls-starttls_failed = No se pudo pasar al cifrado
    .explanation = El servidor ofreció STARTTLS, pero el paso a una conexión cifrada no se completó. Puede que la configuración TLS del servidor esté mal o que algo en la red interfiera.
    .step-1 = En tu aplicación, prueba en su lugar SSL/TLS y el puerto 993 (IMAP), 995 (POP) o 465 (SMTP).
    .step-2 = Vuelve a intentarlo desde otra red, por si un cortafuegos interfiere con las conexiones cifradas.
    .step-3 = Si gestionas el servidor: revisa su certificado y su configuración TLS, y busca en sus registros el error que aparece abajo.

finding-tls-not_used = La conexión no está cifrada
    .explanation = La conexión se hizo sin ningún cifrado, así que cualquiera en el camino puede leer tu contraseña y tu correo. La mayoría de los proveedores rechazan el inicio de sesión en este tipo de conexiones.
    .step-1 = En tu aplicación de correo, elige SSL/TLS y el puerto 993 (IMAP), 995 (POP) o 465 (SMTP).
    .step-2 = Si el servidor no ofrece SSL/TLS, elige STARTTLS con el puerto 143 (IMAP), 110 (POP) o 587 (SMTP).
    .step-3 = Si gestionas el servidor: activa TLS y deja de aceptar contraseñas en conexiones sin cifrar.


## protocol: what answers on the port

finding-protocol-pop3_not_imap = Este puerto es para POP, no para IMAP
    .explanation = Estás configurando IMAP, pero en este host y puerto respondió un servidor POP. Funcionan de forma distinta, así que la aplicación no puede hablar con él por IMAP.
    .step-1 = Si quieres IMAP: cambia el puerto a 993 con SSL/TLS (o 143 con STARTTLS) y usa el nombre del servidor IMAP que indica la ayuda de tu proveedor.
    .step-2 = Si quieres POP: configura la cuenta como POP en lugar de IMAP.
    .step-3 = Repite la prueba con la configuración corregida.
    .icloud-explanation = Estás configurando IMAP, pero respondió un servidor POP. iCloud Mail no tiene servidor POP, así que este no es el servidor de iCloud.
    .icloud-step-1 = Usa imap.mail.me.com como nombre del servidor.
    .icloud-step-2 = Elige SSL/TLS y el puerto 993.
    .icloud-step-3 = Repite la prueba con esta configuración.

finding-protocol-imap_not_pop3 = Este puerto es para IMAP, no para POP
    .explanation = Estás configurando POP, pero en este host y puerto respondió un servidor IMAP. La aplicación no puede hablar con él por POP.
    .step-1 = Si quieres POP: cambia el puerto a 995 con SSL/TLS (o 110 con STARTTLS) y usa el nombre del servidor POP que indica la ayuda de tu proveedor.
    .step-2 = Si te sirve IMAP: configura la cuenta como IMAP; así tu correo se mantiene sincronizado en todos tus dispositivos.
    .step-3 = Repite la prueba con la configuración corregida.
    .icloud-explanation = Estás configurando POP, pero iCloud Mail no tiene servidor POP: el correo entrante solo está disponible por IMAP.
    .icloud-step-1 = Configura la cuenta como IMAP en lugar de POP.
    .icloud-step-2 = Usa imap.mail.me.com con SSL/TLS y el puerto 993.
    .icloud-step-3 = Repite la prueba como IMAP.

finding-protocol-smtp_not_incoming = Es un servidor de envío, no de correo entrante
    .explanation = Estás configurando el correo entrante (IMAP o POP), pero respondió un servidor de envío (SMTP). Enviar y recibir usan servidores o puertos distintos.
    .step-1 = Para el correo entrante, usa el nombre del servidor de correo entrante: suele empezar por «imap.» o «pop.», no por «smtp.».
    .step-2 = Usa el puerto 993 con SSL/TLS para IMAP, o el puerto 995 con SSL/TLS para POP.
    .step-3 = Pon este servidor y este puerto en la configuración de correo saliente (SMTP) de tu aplicación, si es ahí donde van.

finding-protocol-incoming_not_smtp = Es un servidor de correo entrante, no de envío
    .explanation = Estás configurando el envío (SMTP), pero respondió un servidor de correo entrante (IMAP o POP). El envío usa su propio nombre de servidor o puerto.
    .step-1 = Para enviar, usa el nombre del servidor de correo saliente: suele empezar por «smtp.».
    .step-2 = Usa el puerto 465 con SSL/TLS o el puerto 587 con STARTTLS.
    .step-3 = Pon este servidor y este puerto en la configuración de correo entrante de tu aplicación, si es ahí donde van.

finding-protocol-http_not_mail = Respondió un servidor web, no un servidor de correo
    .explanation = El host y el puerto llevan a un sitio web. Las aplicaciones de correo necesitan el servidor de correo del proveedor y un puerto de correo, no la dirección que abres en el navegador.
    .step-1 = Comprueba que el puerto es de correo: 993 o 143 para IMAP, 995 o 110 para POP, 465 o 587 para enviar; 80 y 443 son puertos web.
    .step-2 = Sustituye el nombre del servidor por el del servidor de correo que indica la ayuda de tu proveedor; suele empezar por «imap.», «pop.», «smtp.» o «mail.».
    .step-3 = Repite la prueba con la configuración corregida.

finding-protocol-unknown = Respondió algo que no es un servidor de correo
    .explanation = El servidor respondió, pero no como un servidor de correo; puede ser otro tipo de servicio, como el acceso remoto (SSH), o un dispositivo intermedio. Los primeros bytes que envió aparecen abajo.
    .step-1 = Comprueba que el puerto es de correo: 993 o 143 para IMAP, 995 o 110 para POP, 465 o 587 para enviar.
    .step-2 = Comprueba que el nombre del servidor es el del servidor de correo de tu proveedor.
    .step-3 = Si gestionas el servidor: comprueba qué programa escucha en este puerto.

finding-protocol-no_greeting = El servidor aceptó la conexión pero no dijo nada
    .explanation = Se estableció la conexión, pero el servidor nunca envió el saludo que un servidor de correo envía primero. Puede que esté sobrecargado o bloqueado, que limite las conexiones por dirección o que espere un cifrado que no se inició.
    .step-1 = Comprueba que el puerto y la seguridad van juntos: SSL/TLS en 993, 995 y 465, STARTTLS en 143, 110 y 587.
    .step-2 = Cierra otras aplicaciones de correo o dispositivos que usen esta cuenta y repite la prueba dentro de unos minutos.
    .step-3 = Si gestionas el servidor: comprueba que el servicio de correo funciona bien y si se alcanzó un límite de conexiones por dirección.

finding-protocol-rejected = El servidor rechazó el servicio de inmediato
    .explanation = El servidor respondió, pero se negó enseguida a atender esta conexión. Puede estar demasiado ocupado, bloquear la dirección de la prueba o estar cerrado por mantenimiento; su propio mensaje aparece abajo.
    .step-1 = Lee el mensaje del servidor de abajo: a menudo dice el motivo.
    .step-2 = Espera un rato y repite la prueba, sobre todo si el mensaje habla de saturación o de demasiadas conexiones.
    .step-3 = Pregunta a tu proveedor o al administrador del servidor si tu dirección o tu red están bloqueadas.

finding-server-slow_response = El servidor tarda en responder
    .explanation = El servidor tardó más de 3 segundos en saludar. Sigue funcionando, pero las aplicaciones de correo pueden agotar el tiempo de espera, y suele significar que el servidor está sobrecargado o tarda en identificar la dirección que se conecta.
    .step-1 = Repite la prueba más tarde para ver si el retraso continúa.
    .step-2 = Aumenta el tiempo de espera de conexión en tu aplicación si se rinde demasiado pronto.
    .step-3 = Si gestionas el servidor: revisa su carga y si espera una resolución DNS inversa u otras consultas antes de saludar.


## auth: signing in

finding-auth-invalid_credentials = No se aceptó el nombre de usuario o la contraseña
    .explanation = El servidor rechazó el inicio de sesión. Normalmente la contraseña o el nombre de usuario son incorrectos, pero muchos proveedores dan la misma respuesta cuando quieren una contraseña de aplicación u otro método de inicio de sesión. En Microsoft, por ejemplo, «LOGIN failed» o «AUTHENTICATE failed» suele significar que el inicio de sesión con contraseña está desactivado para la cuenta.
    .step-1 = Revisa la contraseña: vuelve a escribirla con cuidado, atento a las mayúsculas y al idioma del teclado.
    .step-2 = Revisa el nombre de usuario: la mayoría de los proveedores piden tu dirección de correo completa.
    .step-3 = Inicia sesión en el webmail de tu proveedor con el mismo nombre de usuario y contraseña para confirmar que son correctos.
    .step-4 = Si el webmail funciona pero la aplicación no, comprueba si tu proveedor exige una contraseña de aplicación para las aplicaciones de correo.
    .gmail-explanation = Gmail rechazó el inicio de sesión. Gmail ya no acepta tu contraseña normal de Google desde las aplicaciones de correo (cuentas personales desde el 30 de mayo de 2022, cuentas de trabajo y centros educativos desde el otoño de 2024), así que normalmente hace falta una contraseña de aplicación o «Iniciar sesión con Google»; también puede que la contraseña esté mal escrita o revocada.
    .gmail-step-1 = Usa la dirección de Gmail completa como nombre de usuario.
    .gmail-step-2 = Activa la verificación en dos pasos en tu cuenta de Google, en Seguridad, si aún no está activada.
    .gmail-step-3 = Crea una contraseña de aplicación en tu cuenta de Google (Seguridad, Verificación en dos pasos, Contraseñas de aplicaciones) y úsala en lugar de tu contraseña normal.
    .gmail-step-4 = Usa en su lugar «Iniciar sesión con Google» si tu aplicación lo ofrece (Apple Mail, Outlook y Thunderbird lo hacen); ahí funciona tu contraseña normal de Google.
    .gmail-step-5 = Si es una cuenta de trabajo o de un centro educativo: pregunta a tu administrador si se permiten las contraseñas de aplicación o las aplicaciones de correo.
    .yahoo-explanation = Yahoo rechazó el inicio de sesión. Yahoo da la misma respuesta para una contraseña incorrecta y para una contraseña normal usada donde se necesita una contraseña de aplicación, y las aplicaciones de correo necesitan una contraseña de aplicación.
    .yahoo-step-1 = Usa la dirección de Yahoo completa como nombre de usuario.
    .yahoo-step-2 = Inicia sesión en Yahoo en un navegador, abre Información de la cuenta y luego Seguridad de la cuenta, y elige generar una contraseña de aplicación.
    .yahoo-step-3 = Usa la contraseña de aplicación en tu aplicación de correo en lugar de tu contraseña normal.
    .aol-explanation = AOL rechazó el inicio de sesión. AOL da la misma respuesta para una contraseña incorrecta y para una contraseña normal usada donde se necesita una contraseña de aplicación, y las aplicaciones de correo necesitan una contraseña de aplicación.
    .aol-step-1 = Usa la dirección de AOL completa como nombre de usuario.
    .aol-step-2 = Inicia sesión en AOL en un navegador, abre Información de la cuenta y luego Seguridad de la cuenta, y elige generar una contraseña de aplicación.
    .aol-step-3 = Usa la contraseña de aplicación en tu aplicación de correo en lugar de tu contraseña normal.
    .icloud-explanation = iCloud rechazó el inicio de sesión. iCloud da la misma respuesta para una contraseña incorrecta y para la contraseña de tu cuenta de Apple usada donde se necesita una contraseña específica de app, y las aplicaciones de correo necesitan una contraseña específica de app.
    .icloud-step-1 = Usa como nombre de usuario la parte de tu dirección de iCloud anterior a la @; si se rechaza, prueba con la dirección completa.
    .icloud-step-2 = Inicia sesión en tu cuenta de Apple en un navegador, abre Inicio de sesión y seguridad y luego Contraseñas específicas de apps, y crea una; la autenticación de doble factor debe estar activada.
    .icloud-step-3 = Usa la contraseña específica de app en tu aplicación de correo en lugar de la contraseña de tu cuenta de Apple.
    .qq-explanation = QQ Mail rechazó el inicio de sesión. Las aplicaciones de correo deben usar un código de autorización de la configuración de QQ Mail, no tu contraseña de QQ.
    .qq-step-1 = Usa la dirección de QQ Mail completa como nombre de usuario.
    .qq-step-2 = En QQ Mail en la web, abre Configuración y luego Cuenta, y activa el servicio IMAP/SMTP (y POP3 si lo usas).
    .qq-step-3 = Genera allí un código de autorización y úsalo en tu aplicación en lugar de tu contraseña.
    .netease-explanation = NetEase Mail rechazó el inicio de sesión. Las aplicaciones de correo deben usar un código de autorización de cliente de la configuración del buzón, no la contraseña de tu cuenta.
    .netease-step-1 = Usa la dirección completa de 163, 126 o yeah.net como nombre de usuario.
    .netease-step-2 = En el buzón web, abre Configuración y luego POP3/SMTP/IMAP, y activa el servicio IMAP/SMTP (y POP3 si lo usas).
    .netease-step-3 = Crea allí un código de autorización de cliente y úsalo en tu aplicación en lugar de tu contraseña.
    .netease126-explanation = NetEase Mail rechazó el inicio de sesión. Las aplicaciones de correo deben usar un código de autorización de cliente de la configuración del buzón, no la contraseña de tu cuenta.
    .netease126-step-1 = Usa la dirección completa de 163, 126 o yeah.net como nombre de usuario.
    .netease126-step-2 = En el buzón web, abre Configuración y luego POP3/SMTP/IMAP, y activa el servicio IMAP/SMTP (y POP3 si lo usas).
    .netease126-step-3 = Crea allí un código de autorización de cliente y úsalo en tu aplicación en lugar de tu contraseña.
    .neteaseyeah-explanation = NetEase Mail rechazó el inicio de sesión. Las aplicaciones de correo deben usar un código de autorización de cliente de la configuración del buzón, no la contraseña de tu cuenta.
    .neteaseyeah-step-1 = Usa la dirección completa de 163, 126 o yeah.net como nombre de usuario.
    .neteaseyeah-step-2 = En el buzón web, abre Configuración y luego POP3/SMTP/IMAP, y activa el servicio IMAP/SMTP (y POP3 si lo usas).
    .neteaseyeah-step-3 = Crea allí un código de autorización de cliente y úsalo en tu aplicación en lugar de tu contraseña.
    .outlook-explanation = Outlook.com rechazó el inicio de sesión. Desde el 16 de septiembre de 2024, Outlook.com no acepta ninguna contraseña de las aplicaciones de correo, solo el inicio de sesión de Microsoft (OAuth), así que también se rechaza una contraseña correcta.
    .outlook-step-1 = Usa una aplicación de correo compatible con el inicio de sesión de Microsoft, como Outlook, Apple Mail o Thunderbird con OAuth.
    .outlook-step-2 = Quita la cuenta de tu aplicación y vuelve a añadirla eligiendo el inicio de sesión de Microsoft (en Thunderbird: método de autenticación OAuth2).
    .outlook-step-3 = Inicia sesión en outlook.com en un navegador para confirmar que la cuenta en sí funciona.
    .microsoft365-explanation = Microsoft 365 rechazó el inicio de sesión. Para IMAP y POP, el inicio de sesión con contraseña se desactivó a finales de 2022, así que «LOGIN failed» o «AUTHENTICATE failed» de Microsoft suele significar que el inicio de sesión con contraseña está desactivado, no que la contraseña sea incorrecta; aunque también puede serlo.
    .microsoft365-step-1 = Usa una aplicación compatible con el inicio de sesión de Microsoft, como Outlook, Apple Mail o Thunderbird con OAuth, y vuelve a añadir la cuenta con el inicio de sesión de Microsoft.
    .microsoft365-step-2 = Inicia sesión en office.com en un navegador con la misma cuenta para confirmar que la contraseña es correcta.
    .microsoft365-step-3 = Para enviar con contraseña (SMTP AUTH): pide a tu administrador que permita SMTP autenticado para tu buzón; Microsoft lo desactiva de forma predeterminada a finales de diciembre de 2026.
    .microsoft365-step-4 = Pregunta a tu administrador si los valores predeterminados de seguridad o el acceso condicional bloquean las aplicaciones de correo en tu cuenta.
    .gmx-explanation = GMX rechazó el inicio de sesión. GMX da la misma respuesta para una contraseña incorrecta y para una cuenta con el acceso POP3 e IMAP desactivado.
    .gmx-step-1 = Usa la dirección de GMX completa como nombre de usuario y comprueba la contraseña iniciando sesión en GMX en un navegador.
    .gmx-step-2 = En GMX en la web, abre Configuración y luego POP3 & IMAP, y permite el acceso por POP3 e IMAP.
    .gmx-step-3 = Repite la prueba después de guardar la configuración.
    .gmxnet-explanation = GMX rechazó el inicio de sesión. GMX da la misma respuesta para una contraseña incorrecta y para una cuenta con el acceso POP3 e IMAP desactivado.
    .gmxnet-step-1 = Usa la dirección de GMX completa como nombre de usuario y comprueba la contraseña iniciando sesión en GMX en un navegador.
    .gmxnet-step-2 = En GMX en la web, abre Configuración y luego POP3 & IMAP, y permite el acceso por POP3 e IMAP.
    .gmxnet-step-3 = Repite la prueba después de guardar la configuración.
    .webde-explanation = WEB.DE rechazó el inicio de sesión. WEB.DE da la misma respuesta para una contraseña incorrecta y para una cuenta con el acceso POP3 e IMAP desactivado.
    .webde-step-1 = Usa la dirección de WEB.DE completa como nombre de usuario y comprueba la contraseña iniciando sesión en WEB.DE en un navegador.
    .webde-step-2 = En WEB.DE en la web, abre Configuración y luego POP3/IMAP, y permite el acceso por POP3 e IMAP.
    .webde-step-3 = Repite la prueba después de guardar la configuración.
    .yandex-explanation = Yandex rechazó el inicio de sesión. Yandex da la misma respuesta para una contraseña incorrecta, para una cuenta sin acceso para aplicaciones de correo y para una contraseña normal usada donde se necesita una contraseña de aplicación.
    .yandex-step-1 = En Yandex Mail en la web, abre la configuración de clientes de correo y permite el acceso por IMAP.
    .yandex-step-2 = Crea una contraseña de aplicación para el correo en la configuración de seguridad de tu Yandex ID.
    .yandex-step-3 = Usa la dirección completa como nombre de usuario y la contraseña de aplicación como contraseña.

finding-auth-app_password_required = Esta cuenta necesita una contraseña de aplicación
    .explanation = Tu proveedor no acepta tu contraseña normal desde las aplicaciones de correo, normalmente porque tienes activado el inicio de sesión en dos pasos. Pide una contraseña de aplicación aparte, creada en la configuración de seguridad de la cuenta solo para las aplicaciones de correo.
    .step-1 = Inicia sesión en el sitio web de tu proveedor y abre la configuración de seguridad de la cuenta.
    .step-2 = Crea una contraseña de aplicación para el correo (algunos proveedores la llaman contraseña específica de app o código de autorización).
    .step-3 = Usa la contraseña de aplicación en tu aplicación de correo en lugar de tu contraseña normal.
    .step-4 = No compartas la contraseña de aplicación; puedes revocarla cuando quieras en el mismo sitio.
    .gmail-step-1 = Activa la verificación en dos pasos en tu cuenta de Google, en Seguridad, si aún no está activada.
    .gmail-step-2 = Crea una contraseña de aplicación en tu cuenta de Google (Seguridad, Verificación en dos pasos, Contraseñas de aplicaciones).
    .gmail-step-3 = Usa la contraseña de aplicación en tu aplicación de correo en lugar de tu contraseña normal de Google, con la dirección de Gmail completa como nombre de usuario.
    .gmail-step-4 = Usa en su lugar «Iniciar sesión con Google» si tu aplicación lo ofrece; ahí funciona tu contraseña normal de Google.
    .yahoo-step-1 = Inicia sesión en Yahoo en un navegador y abre Información de la cuenta y luego Seguridad de la cuenta.
    .yahoo-step-2 = Activa la verificación en dos pasos si aún no está activada.
    .yahoo-step-3 = Elige generar una contraseña de aplicación y úsala en tu aplicación de correo en lugar de tu contraseña normal.
    .aol-step-1 = Inicia sesión en AOL en un navegador y abre Información de la cuenta y luego Seguridad de la cuenta.
    .aol-step-2 = Activa la verificación en dos pasos si aún no está activada.
    .aol-step-3 = Elige generar una contraseña de aplicación y úsala en tu aplicación de correo en lugar de tu contraseña normal.
    .icloud-step-1 = Inicia sesión en tu cuenta de Apple en un navegador y abre Inicio de sesión y seguridad.
    .icloud-step-2 = Activa la autenticación de doble factor si aún no está activada.
    .icloud-step-3 = Abre Contraseñas específicas de apps, crea una y úsala en tu aplicación de correo en lugar de la contraseña de tu cuenta de Apple.
    .qq-explanation = QQ Mail pide un código de autorización: las aplicaciones de correo no pueden iniciar sesión con tu contraseña de QQ.
    .qq-step-1 = En QQ Mail en la web, abre Configuración y luego Cuenta.
    .qq-step-2 = Activa el servicio IMAP/SMTP (y POP3 si lo usas) y confirma por SMS cuando se te pida.
    .qq-step-3 = Genera un código de autorización y úsalo en tu aplicación en lugar de tu contraseña.
    .netease-explanation = NetEase Mail pide un código de autorización de cliente: las aplicaciones de correo no pueden iniciar sesión con la contraseña de tu cuenta.
    .netease-step-1 = En el buzón web de 163, 126 o yeah.net, abre Configuración y luego POP3/SMTP/IMAP.
    .netease-step-2 = Activa el servicio IMAP/SMTP (y POP3 si lo usas).
    .netease-step-3 = Crea un código de autorización de cliente y úsalo en tu aplicación en lugar de tu contraseña.
    .netease126-explanation = NetEase Mail pide un código de autorización de cliente: las aplicaciones de correo no pueden iniciar sesión con la contraseña de tu cuenta.
    .netease126-step-1 = En el buzón web de 163, 126 o yeah.net, abre Configuración y luego POP3/SMTP/IMAP.
    .netease126-step-2 = Activa el servicio IMAP/SMTP (y POP3 si lo usas).
    .netease126-step-3 = Crea un código de autorización de cliente y úsalo en tu aplicación en lugar de tu contraseña.
    .neteaseyeah-explanation = NetEase Mail pide un código de autorización de cliente: las aplicaciones de correo no pueden iniciar sesión con la contraseña de tu cuenta.
    .neteaseyeah-step-1 = En el buzón web de 163, 126 o yeah.net, abre Configuración y luego POP3/SMTP/IMAP.
    .neteaseyeah-step-2 = Activa el servicio IMAP/SMTP (y POP3 si lo usas).
    .neteaseyeah-step-3 = Crea un código de autorización de cliente y úsalo en tu aplicación en lugar de tu contraseña.

finding-auth-web_login_required = Tu proveedor quiere que primero inicies sesión en su sitio web
    .explanation = El proveedor bloqueó este inicio de sesión hasta que lo confirmes en su sitio web, a menudo porque venía de un lugar o dispositivo nuevo, o porque consideró que la aplicación de correo no es segura. Puede que tu contraseña sea correcta.
    .step-1 = Inicia sesión en el webmail de tu proveedor en un navegador, mejor desde la misma red que tu aplicación de correo.
    .step-2 = Completa la comprobación de seguridad o confirma el intento de inicio de sesión si se te pide.
    .step-3 = Repite la prueba en los minutos siguientes.
    .step-4 = Si vuelve a pasar, comprueba si tu proveedor exige una contraseña de aplicación para las aplicaciones de correo.
    .gmail-step-1 = Inicia sesión en Gmail en un navegador desde la misma red y completa la comprobación de seguridad si aparece.
    .gmail-step-2 = En tu cuenta de Google, en Seguridad, revisa la actividad de seguridad reciente y confirma que fuiste tú.
    .gmail-step-3 = Usa en tu aplicación una contraseña de aplicación (cuenta de Google, Seguridad, Verificación en dos pasos, Contraseñas de aplicaciones) o una aplicación con «Iniciar sesión con Google».
    .gmail-step-4 = Repite la prueba en los minutos siguientes.
    .yahoo-step-1 = Inicia sesión en Yahoo Mail en un navegador y completa la comprobación de seguridad si aparece.
    .yahoo-step-2 = Crea una contraseña de aplicación en Información de la cuenta, Seguridad de la cuenta, y úsala en tu aplicación de correo.
    .yahoo-step-3 = Repite la prueba en los minutos siguientes.
    .aol-step-1 = Inicia sesión en AOL Mail en un navegador y completa la comprobación de seguridad si aparece.
    .aol-step-2 = Crea una contraseña de aplicación en Información de la cuenta, Seguridad de la cuenta, y úsala en tu aplicación de correo.
    .aol-step-3 = Repite la prueba en los minutos siguientes.
    .icloud-step-1 = Inicia sesión en icloud.com en un navegador y acepta los términos o avisos de seguridad que aparezcan.
    .icloud-step-2 = Crea una contraseña específica de app en tu cuenta de Apple, en Inicio de sesión y seguridad, y úsala en tu aplicación de correo.
    .icloud-step-3 = Repite la prueba en los minutos siguientes.
    .qq-step-1 = Inicia sesión en QQ Mail en un navegador y completa la comprobación de seguridad si aparece.
    .qq-step-2 = Comprueba en Configuración, Cuenta que el servicio IMAP/SMTP está activado y genera un nuevo código de autorización si hace falta.
    .qq-step-3 = Usa el código de autorización en tu aplicación y repite la prueba.
    .netease-step-1 = Inicia sesión en el buzón web de NetEase en un navegador y completa la comprobación de seguridad si aparece.
    .netease-step-2 = Comprueba en Configuración, POP3/SMTP/IMAP que el servicio IMAP/SMTP está activado y crea un nuevo código de autorización de cliente si hace falta.
    .netease-step-3 = Usa el código de autorización en tu aplicación y repite la prueba.
    .netease-step-4 = Si el servidor dice «Unsafe Login» después de iniciar sesión: NetEase rechaza las aplicaciones de correo que no se identifican, así que usa Thunderbird, Apple Mail, Outlook o la aplicación de NetEase, o POP3 en lugar de IMAP.
    .netease126-step-1 = Inicia sesión en el buzón web de NetEase en un navegador y completa la comprobación de seguridad si aparece.
    .netease126-step-2 = Comprueba en Configuración, POP3/SMTP/IMAP que el servicio IMAP/SMTP está activado y crea un nuevo código de autorización de cliente si hace falta.
    .netease126-step-3 = Usa el código de autorización en tu aplicación y repite la prueba.
    .netease126-step-4 = Si el servidor dice «Unsafe Login» después de iniciar sesión: NetEase rechaza las aplicaciones de correo que no se identifican, así que usa Thunderbird, Apple Mail, Outlook o la aplicación de NetEase, o POP3 en lugar de IMAP.
    .neteaseyeah-step-1 = Inicia sesión en el buzón web de NetEase en un navegador y completa la comprobación de seguridad si aparece.
    .neteaseyeah-step-2 = Comprueba en Configuración, POP3/SMTP/IMAP que el servicio IMAP/SMTP está activado y crea un nuevo código de autorización de cliente si hace falta.
    .neteaseyeah-step-3 = Usa el código de autorización en tu aplicación y repite la prueba.
    .neteaseyeah-step-4 = Si el servidor dice «Unsafe Login» después de iniciar sesión: NetEase rechaza las aplicaciones de correo que no se identifican, así que usa Thunderbird, Apple Mail, Outlook o la aplicación de NetEase, o POP3 en lugar de IMAP.

finding-auth-basic_auth_disabled = Esta cuenta no acepta contraseñas de las aplicaciones de correo
    .explanation = El servidor solo permite el inicio de sesión moderno (OAuth), en el que inicias sesión en la propia página del proveedor, así que rechaza la contraseña aunque sea correcta. maildoctor prueba el inicio de sesión con contraseña, así que aquí no puede seguir.
    .step-1 = Usa una aplicación de correo que admita el inicio de sesión propio del proveedor (a menudo aparece como «Iniciar sesión con…» u OAuth2).
    .step-2 = Quita la cuenta de tu aplicación y vuelve a añadirla eligiendo ese método de inicio de sesión.
    .step-3 = Si es una cuenta de trabajo: pregunta a tu administrador si se puede permitir el inicio de sesión con contraseña en tu buzón.
    .outlook-explanation = Outlook.com dejó de aceptar contraseñas de las aplicaciones de correo el 16 de septiembre de 2024. Ahora solo funciona el inicio de sesión de Microsoft (OAuth), así que también se rechaza una contraseña correcta.
    .outlook-step-1 = Usa una aplicación compatible con el inicio de sesión de Microsoft, como Outlook, Apple Mail o Thunderbird con OAuth.
    .outlook-step-2 = Quita la cuenta de tu aplicación y vuelve a añadirla eligiendo el inicio de sesión de Microsoft (en Thunderbird: método de autenticación OAuth2).
    .outlook-step-3 = Actualiza tu aplicación si no ofrece el inicio de sesión de Microsoft; las versiones antiguas solo conocen las contraseñas.
    .microsoft365-explanation = Microsoft 365 ya no acepta contraseñas para IMAP y POP desde finales de 2022, y ahí solo funciona el inicio de sesión de Microsoft (OAuth). Enviar con contraseña (SMTP AUTH) todavía funciona donde el administrador lo permite, hasta que Microsoft lo desactive de forma predeterminada a finales de diciembre de 2026.
    .microsoft365-step-1 = Usa una aplicación compatible con el inicio de sesión de Microsoft, como Outlook, Apple Mail o Thunderbird con OAuth, y vuelve a añadir la cuenta con el inicio de sesión de Microsoft.
    .microsoft365-step-2 = Para enviar con contraseña: pide a tu administrador que permita SMTP autenticado para tu buzón en el centro de administración de Microsoft 365 (Usuarios, Correo, Administrar aplicaciones de correo).
    .microsoft365-step-3 = Pregunta a tu administrador si los valores predeterminados de seguridad o el acceso condicional bloquean el inicio de sesión con contraseña en tu cuenta.
    .microsoft365-step-4 = Prevé pasar a OAuth, antes de finales de diciembre de 2026, los dispositivos y scripts que envían con contraseña.

finding-auth-protocol_disabled = IMAP, POP o el envío desde aplicaciones están desactivados en esta cuenta
    .explanation = Puede que tu contraseña sea correcta, pero la cuenta no tiene permitido este tipo de acceso (IMAP, POP o el envío por SMTP desde una aplicación de correo). Muchos proveedores te dejan activarlo en la configuración web; en las empresas decide el administrador.
    .step-1 = Inicia sesión en el webmail de tu proveedor y busca en la configuración el acceso IMAP, POP o de aplicaciones de correo.
    .step-2 = Activa el acceso para el tipo que configuras (IMAP o POP) y guarda.
    .step-3 = Si la opción no existe o no se puede cambiar: pide a tu administrador o a tu proveedor que active IMAP o POP en tu cuenta.
    .step-4 = Repite la prueba al cabo de unos minutos.
    .gmail-explanation = Gmail rechazó este tipo de acceso. IMAP está siempre activado en las cuentas personales de Gmail desde enero de 2025, así que un inicio de sesión IMAP rechazado apunta a una cuenta de trabajo o de un centro educativo cuyo administrador lo desactivó; POP sigue teniendo su propio interruptor.
    .gmail-step-1 = Para POP: en Gmail en la web, abre Configuración, Ver todos los ajustes, Reenvío y correo POP/IMAP, y habilita POP.
    .gmail-step-2 = Para IMAP en una cuenta de trabajo o de un centro educativo: pide a tu administrador de Google Workspace que te permita el acceso POP e IMAP (consola de administración, Aplicaciones, Google Workspace, Gmail, Acceso de usuarios finales).
    .gmail-step-3 = Repite la prueba cuando el cambio lleve unos minutos aplicado.
    .gmx-step-1 = Inicia sesión en GMX en un navegador y abre Configuración y luego POP3 & IMAP.
    .gmx-step-2 = Permite el acceso a esta cuenta por POP3 e IMAP y guarda.
    .gmx-step-3 = Repite la prueba con la dirección de GMX completa como nombre de usuario.
    .gmxnet-step-1 = Inicia sesión en GMX en un navegador y abre Configuración y luego POP3 & IMAP.
    .gmxnet-step-2 = Permite el acceso a esta cuenta por POP3 e IMAP y guarda.
    .gmxnet-step-3 = Repite la prueba con la dirección de GMX completa como nombre de usuario.
    .webde-step-1 = Inicia sesión en WEB.DE en un navegador y abre Configuración y luego POP3/IMAP.
    .webde-step-2 = Permite el acceso a esta cuenta por POP3 e IMAP y guarda.
    .webde-step-3 = Repite la prueba con la dirección de WEB.DE completa como nombre de usuario.
    .qq-step-1 = En QQ Mail en la web, abre Configuración y luego Cuenta.
    .qq-step-2 = Activa el servicio IMAP/SMTP (y POP3 si lo usas).
    .qq-step-3 = Genera allí un código de autorización y úsalo como contraseña en tu aplicación de correo.
    .netease-step-1 = En el buzón web de NetEase, abre Configuración y luego POP3/SMTP/IMAP.
    .netease-step-2 = Activa el servicio IMAP/SMTP (y POP3 si lo usas).
    .netease-step-3 = Crea allí un código de autorización de cliente y úsalo como contraseña en tu aplicación de correo.
    .netease126-step-1 = En el buzón web de NetEase, abre Configuración y luego POP3/SMTP/IMAP.
    .netease126-step-2 = Activa el servicio IMAP/SMTP (y POP3 si lo usas).
    .netease126-step-3 = Crea allí un código de autorización de cliente y úsalo como contraseña en tu aplicación de correo.
    .neteaseyeah-step-1 = En el buzón web de NetEase, abre Configuración y luego POP3/SMTP/IMAP.
    .neteaseyeah-step-2 = Activa el servicio IMAP/SMTP (y POP3 si lo usas).
    .neteaseyeah-step-3 = Crea allí un código de autorización de cliente y úsalo como contraseña en tu aplicación de correo.

finding-auth-plaintext_disallowed = El servidor no acepta una contraseña sin cifrado
    .explanation = El servidor se niega a recibir una contraseña por una conexión sin cifrar, lo que te protege. La conexión necesita primero SSL/TLS o STARTTLS.
    .step-1 = En tu aplicación de correo, elige SSL/TLS con el puerto 993 (IMAP), 995 (POP) o 465 (SMTP), o STARTTLS con el puerto 143 (IMAP), 110 (POP) o 587 (SMTP).
    .step-2 = Elige una opción que cifre siempre, no una que cifre solo «si está disponible».
    .step-3 = Repite la prueba con el cifrado activado.

finding-auth-mechanism_unsupported = El servidor no ofrece ningún método de inicio de sesión que se pueda usar aquí
    .explanation = El servidor y maildoctor no tienen en común ningún método de inicio de sesión con contraseña, o este puerto no ofrece inicio de sesión en absoluto. Pasa en puertos pensados para el correo entre servidores, como el 25, y en servidores que solo permiten OAuth o el inicio de sesión con certificado.
    .step-1 = Para enviar, usa el puerto 587 con STARTTLS o el puerto 465 con SSL/TLS, no el puerto 25.
    .step-2 = Comprueba que el cifrado está activado: muchos servidores solo ofrecen el inicio de sesión después de SSL/TLS o STARTTLS.
    .step-3 = Si gestionas el servidor: activa el inicio de sesión con contraseña (por ejemplo, PLAIN o LOGIN sobre TLS) en este puerto.

finding-auth-account_locked = La cuenta está bloqueada o desactivada
    .explanation = El servidor dice que la cuenta está bloqueada, desactivada o suspendida, así que ahora mismo no funcionará ninguna contraseña. Los proveedores lo hacen tras una actividad sospechosa, por servicios impagados o cuando un administrador bloquea la cuenta.
    .step-1 = Inicia sesión en el webmail de tu proveedor en un navegador para ver por qué está bloqueada la cuenta y cómo desbloquearla.
    .step-2 = Sigue los pasos del proveedor para recuperar la cuenta, como confirmar tu identidad o restablecer la contraseña.
    .step-3 = Si es una cuenta de trabajo o de un centro educativo: pide a tu administrador que la desbloquee.

finding-auth-too_many_failures = Demasiados inicios de sesión fallidos: el servidor bloquea durante un tiempo
    .explanation = Tras varios inicios de sesión fallidos, el servidor o un sistema de seguridad delante de él rechaza temporalmente los inicios de sesión de esta cuenta o desde tu dirección de red, a veces incluso con la contraseña correcta. El bloqueo suele levantarse solo al cabo de unos minutos o de una hora.
    .step-1 = Detén todas las aplicaciones de correo y dispositivos que usan esta cuenta, para que dejen de reintentar con una contraseña antigua.
    .step-2 = Espera al menos 15 minutos, o una hora si el bloqueo vuelve.
    .step-3 = Comprueba la contraseña iniciando sesión en el webmail y actualízala en cada aplicación antes de volver a activarlas.
    .step-4 = Si el servidor dice que tu dirección está vetada o bloqueada: pide al administrador del servidor que levante el bloqueo y comprueba si tu proveedor exige una contraseña de aplicación para las aplicaciones de correo.

finding-auth-server_error = El servidor de correo tuvo un problema temporal
    .explanation = El servidor dijo que ahora no puede atenderte por un problema suyo: está saturado, reiniciándose o en mantenimiento, o falla una de sus partes, como la base de datos de inicio de sesión. No tiene que ver con tu contraseña ni con tu configuración.
    .step-1 = Espera unos minutos y repite la prueba.
    .step-2 = Consulta la página de estado de tu proveedor por si hay una incidencia.
    .step-3 = No cambies la contraseña ni la configuración por este mensaje: no son la causa.
    .step-4 = Si dura: avisa a tu proveedor o al administrador del servidor e incluye el mensaje del servidor que aparece abajo.

finding-auth-failed_unclassified = El inicio de sesión falló por un motivo que maildoctor no reconoce
    .explanation = El servidor rechazó el inicio de sesión con un mensaje para el que maildoctor no tiene ninguna regla. Las propias palabras del servidor, que aparecen abajo, suelen decir qué falla.
    .step-1 = Lee el mensaje del servidor de abajo en busca de un motivo, como un país bloqueado o una política.
    .step-2 = Comprueba el nombre de usuario y la contraseña iniciando sesión en el webmail.
    .step-3 = Pregunta a tu proveedor o al administrador del servidor citando el mensaje del servidor de abajo.

finding-auth-skipped_no_credentials = No se probó el inicio de sesión
    .explanation = No se indicó nombre de usuario ni contraseña, así que la prueba se detuvo después de comprobar que se llega al servidor y que responde correctamente. Se probó todo lo anterior al inicio de sesión.
    .step-1 = Repite la prueba con tu nombre de usuario y tu contraseña para comprobar también el inicio de sesión.
    .step-2 = Usa una contraseña de aplicación si tu proveedor la exige para las aplicaciones de correo.

finding-auth-skipped_insecure = No se envió la contraseña porque la conexión no es segura
    .explanation = La conexión no estaba cifrada, o su certificado no pasó las comprobaciones, así que cualquiera en el camino podría haber leído o interceptado la contraseña. maildoctor nunca envía una contraseña por una conexión así salvo que se le pida, así que no se probó el inicio de sesión.
    .step-1 = Corrige primero el problema de cifrado que encontró esta prueba: elige SSL/TLS (puertos 993, 995, 465) o STARTTLS (puertos 143, 110, 587), o corrige el certificado.
    .step-2 = Usa la misma configuración cifrada en tu aplicación de correo.
    .step-3 = Solo para un servidor de pruebas de confianza en una red privada: permite igualmente la contraseña con la opción allow_insecure_auth, o trust_certificate si el problema es el certificado.

finding-auth-password_expired = La contraseña caducó
    .explanation = La contraseña es correcta pero demasiado antigua: el servidor exige que establezcas una nueva antes de dejarte entrar. Las aplicaciones de correo no pueden cambiar la contraseña por ti.
    .step-1 = Inicia sesión en el webmail o en la página de la cuenta de tu proveedor en un navegador y establece una contraseña nueva cuando se te pida.
    .step-2 = Actualiza la contraseña en todas las aplicaciones de correo y dispositivos que usan esta cuenta.
    .step-3 = Si es una cuenta de trabajo o de un centro educativo: pregunta a tu administrador si la página web no ofrece cambiar la contraseña.

finding-auth-oauth_token_invalid = Se rechazó el token de inicio de sesión
    .explanation = El servidor rechazó el token de inicio de sesión OAuth: puede que haya caducado, que se emitiera para otra cuenta o que no tenga permiso para el correo.
    .step-1 = Quita la cuenta de tu aplicación y vuelve a añadirla iniciando sesión en la página del proveedor.
    .step-2 = Asegúrate de iniciar sesión con la misma cuenta que el buzón que configuras.
    .step-3 = Si gestionas la aplicación: solicita el permiso (scope) de correo para IMAP, POP o SMTP y renueva el token antes de que caduque.
    .gmail-explanation = Gmail rechazó el token de inicio de sesión OAuth. Su respuesta (descodificada abajo) indica el permiso que necesita un token para el correo: el scope https://mail.google.com/. Un token caducado (al cabo de una hora aproximadamente), emitido para otra cuenta de Google o sin ese scope se rechaza así.
    .gmail-step-1 = Obtén un token de acceso nuevo: los tokens de Google caducan al cabo de una hora aproximadamente, así que renuévalo con el token de actualización de la aplicación.
    .gmail-step-2 = Solicita el scope https://mail.google.com/ al emitir el token; los demás scopes de Gmail no permiten IMAP, POP ni SMTP.
    .gmail-step-3 = Usa como nombre de usuario la misma cuenta de Google para la que se emitió el token.
    .gmail-step-4 = Si es una cuenta de trabajo o de un centro educativo: pregunta a tu administrador si la aplicación tiene permiso para acceder a Gmail en la consola de administración de Google.
    .microsoft365-explanation = Microsoft 365 rechazó el token de inicio de sesión OAuth. Responde igual si el token caducó, si se emitió para un buzón distinto del nombre de usuario o si no tiene el permiso (scope) de este protocolo.
    .microsoft365-step-1 = Solicita un token con el scope del protocolo que usas: https://outlook.office.com/IMAP.AccessAsUser.All para IMAP, https://outlook.office.com/POP.AccessAsUser.All para POP, https://outlook.office.com/SMTP.Send para enviar, y además offline_access para renovarlo.
    .microsoft365-step-2 = Usa la dirección del propio buzón como nombre de usuario: el token debe emitirse para esa misma cuenta.
    .microsoft365-step-3 = Obtén un token nuevo si tiene más de una hora aproximadamente.
    .microsoft365-step-4 = Pide a tu administrador que compruebe que IMAP, POP o SMTP autenticado están activados en el buzón (centro de administración de Microsoft 365, configuración de correo del usuario): un protocolo desactivado también rechaza los tokens.
    .outlook-explanation = Outlook.com rechazó el token de inicio de sesión OAuth: caducó, se emitió para otra cuenta o no tiene el permiso (scope) de este protocolo.
    .outlook-step-1 = Solicita un token con el scope del protocolo que usas: https://outlook.office.com/IMAP.AccessAsUser.All, https://outlook.office.com/POP.AccessAsUser.All o https://outlook.office.com/SMTP.Send, y además offline_access.
    .outlook-step-2 = Usa como nombre de usuario la dirección de Outlook.com para la que se emitió el token.
    .outlook-step-3 = Obtén un token nuevo si tiene más de una hora aproximadamente.

finding-auth-skipped_cooldown = No se probó el inicio de sesión porque esta cuenta se comprobó demasiadas veces hace poco
    .explanation = Esta cuenta se comprobó con contraseña varias veces en los últimos minutos, desde aquí o por otras personas que usan este servicio. Para evitar que tu proveedor bloquee la cuenta, esta vez no se envió la contraseña; aun así, se probó todo lo anterior al inicio de sesión.
    .step-1 = Espera el tiempo que aparece abajo y repite la prueba.
    .step-2 = Asegúrate de que nadie más está probando la misma cuenta a la vez.
    .step-3 = Si el inicio de sesión falló en las pruebas anteriores, comprueba la contraseña en el webmail de tu proveedor antes de volver a intentarlo, para que la siguiente prueba sirva.


## limits: connection and usage limits

finding-limits-too_many_connections = Demasiadas conexiones a la vez a esta cuenta o desde esta dirección
    .explanation = El servidor solo permite unas pocas conexiones a la vez, por cuenta o por dirección de red, y todas están en uso. Cada aplicación de correo, teléfono y ordenador abre una o varias; detrás del router de una oficina o de una casa, todos comparten una sola dirección.
    .step-1 = Cierra las aplicaciones de correo de los dispositivos que no estés usando ahora, o quita la cuenta de los dispositivos antiguos.
    .step-2 = En tu aplicación de correo, reduce el número de conexiones simultáneas si tiene esa opción.
    .step-3 = Espera unos minutos a que caduquen las conexiones antiguas y repite la prueba.
    .step-4 = Si el servidor rechazó la propia conexión (antes de cualquier inicio de sesión), pregunta a su administrador si tu dirección de red tiene un límite de conexiones.
    .gmail-explanation = Gmail permite como máximo 15 conexiones IMAP simultáneas por cuenta. Al alcanzar ese límite, Gmail puede responder «Invalid credentials» durante un tiempo aunque la contraseña sea correcta.
    .gmail-step-1 = Cierra Gmail en las aplicaciones de correo de los dispositivos que no estés usando ahora, o quita la cuenta de los dispositivos antiguos.
    .gmail-step-2 = En tu aplicación de correo, reduce el número de conexiones simultáneas para que entre todos tus dispositivos no pasen de 15.
    .gmail-step-3 = Espera unos 10 minutos a que se cierren las conexiones antiguas antes de volver a probar o de cambiar la contraseña.

finding-limits-bandwidth_exceeded = La cuenta alcanzó su límite diario de descarga
    .explanation = El proveedor limita cuánto correo se puede descargar al día, o cuántos comandos se pueden enviar, y esta cuenta alcanzó el límite. La sincronización se detiene hasta que el límite se restablece, normalmente en 24 horas.
    .step-1 = Espera a que se restablezca el límite, normalmente en un día, antes de volver a sincronizar.
    .step-2 = Busca aplicaciones de correo o herramientas de copia de seguridad que descarguen el buzón entero una y otra vez, y detenlas.
    .step-3 = Configura las aplicaciones grandes para que sincronicen solo las carpetas que necesitas.
    .gmail-explanation = Gmail limita las descargas por IMAP a 2500 MB al día y las subidas a 500 MB al día por cuenta. Cuando una aplicación o herramienta se pasa, Gmail suspende el acceso durante un máximo de 24 horas.
    .gmail-step-1 = Espera hasta 24 horas antes de volver a sincronizar; el límite se restablece solo.
    .gmail-step-2 = Detén las herramientas que copian o guardan todo el buzón y configúralas para que trabajen por partes más pequeñas en días distintos.
    .gmail-step-3 = En tu aplicación de correo, sincroniza solo las carpetas que necesitas.
    .gmail-step-4 = Si es una cuenta de trabajo o de un centro educativo: pregunta a tu administrador, que puede ver el límite en la consola de administración de Google.

finding-limits-connection_limit_measured = Cuántas conexiones permitió el servidor
    .explanation = maildoctor abrió varias conexiones a la vez para ver cuántas puede usar esta cuenta; el número permitido aparece abajo. Es información, no un problema.
    .step-1 = Mantén el total de conexiones de todas tus aplicaciones de correo y dispositivos por debajo del número indicado.
    .step-2 = Si llegas a menudo al límite: reduce la opción de conexiones simultáneas en tus aplicaciones de correo.

finding-limits-throttled = El servidor está ralentizando esta cuenta
    .explanation = El servidor sigue funcionando, pero ralentiza a propósito esta cuenta, normalmente porque ha sincronizado muchísimo hace poco. El correo puede llegar con retraso hasta que se normalice.
    .step-1 = Deja que la aplicación termine la sincronización en curso sin reiniciarla.
    .step-2 = Comprueba si varias aplicaciones o herramientas sincronizan la misma cuenta a la vez y detén las que no necesites.
    .step-3 = Repite la prueba más tarde para ver si la ralentización ha desaparecido.


## mailbox: the mailbox itself

finding-mailbox-folder_too_large = Una carpeta tiene muchísimos mensajes
    .explanation = Una carpeta tiene más de 10 000 mensajes. Con carpetas así de grandes, muchas aplicaciones de correo se vuelven lentas, se cierran o dejan de sincronizar.
    .step-1 = Mueve los mensajes antiguos a carpetas de archivo, por ejemplo una por año.
    .step-2 = En tu aplicación de correo, sincroniza solo el correo reciente o las carpetas que necesitas.
    .step-3 = Elimina o vacía las carpetas que no necesites, como la papelera y el spam.

finding-mailbox-over_quota = El buzón está lleno
    .explanation = El buzón ha usado todo su espacio de almacenamiento. Puede que el correo nuevo se devuelva a los remitentes y que algunas aplicaciones dejen de sincronizar.
    .step-1 = Elimina los mensajes y adjuntos grandes que no necesites y vacía la papelera y el spam.
    .step-2 = Consulta el almacenamiento usado en la configuración web de tu proveedor.
    .step-3 = Compra más almacenamiento o pide a tu administrador que aumente la cuota si necesitas conservarlo todo.

finding-mailbox-in_use = Otra aplicación está usando el buzón ahora mismo
    .explanation = Con POP, solo una aplicación puede abrir el buzón a la vez, y ahora lo tiene otra sesión. El bloqueo se libera cuando esa aplicación termina o tras un tiempo de espera.
    .step-1 = Cierra otras aplicaciones de correo o dispositivos que descarguen esta cuenta por POP, o desactiva su comprobación automática.
    .step-2 = Espera unos minutos a que termine la otra sesión y repite la prueba.
    .step-3 = Plantéate usar IMAP en lugar de POP si varios dispositivos leen la misma cuenta.

finding-mailbox-login_delay = El servidor solo permite iniciar sesión cada pocos minutos
    .explanation = Este servidor POP exige una espera mínima entre inicios de sesión; la espera aparece abajo. Las aplicaciones que comprueban el correo más a menudo son rechazadas.
    .step-1 = Configura tu aplicación de correo para que compruebe el correo nuevo con menos frecuencia que la espera indicada abajo.
    .step-2 = Espera a que pase ese tiempo y repite la prueba.

finding-send-accepted = Esta cuenta puede enviar desde esta dirección
    .explanation = Tras iniciar sesión, el servidor aceptó el remitente y el destinatario de abajo. Después maildoctor canceló (RSET) antes de enviar ningún mensaje: no se entregó nada.
    .step-1 = Si tu aplicación sigue sin poder enviar, comprueba que inicia sesión para enviar: en la configuración del servidor de salida, activa «Mi servidor de salida (SMTP) requiere autenticación» (o «Utilizar la misma configuración que mi servidor de correo de entrada»).
    .step-2 = Comprueba que la aplicación usa el mismo servidor de salida, puerto y seguridad que esta prueba.
    .microsoft365-explanation = Tras iniciar sesión, el servidor aceptó el remitente y el destinatario de abajo, y después maildoctor canceló antes de enviar ningún mensaje. Microsoft 365 comprueba el permiso «Enviar como» solo cuando se envía de verdad un mensaje, así que un buzón compartido o la dirección de otra persona todavía pueden rechazarse en ese momento (5.7.60).
    .microsoft365-step-1 = Comprueba que tu aplicación inicia sesión para enviar con esta misma cuenta.
    .microsoft365-step-2 = Si luego el correo de un buzón compartido o de otra dirección se rechaza con 5.7.60, pide a tu administrador el permiso «Enviar como» para esa dirección.
    .outlook-explanation = Tras iniciar sesión, el servidor aceptó el remitente y el destinatario de abajo, y después maildoctor canceló antes de enviar ningún mensaje. Outlook.com vuelve a comprobar la dirección de envío cuando se envía de verdad un mensaje, así que una dirección que no sea alias de esta cuenta todavía puede rechazarse en ese momento.
    .outlook-step-1 = Comprueba que tu aplicación inicia sesión para enviar con esta misma cuenta.
    .outlook-step-2 = Envía solo desde tu dirección de Outlook.com o desde uno de sus alias (en Configuración, abre Correo, luego Sincronizar correo electrónico y luego Administrar los alias).

finding-send-sender_not_permitted = El servidor no envía correo desde esta dirección para esta cuenta
    .explanation = Has iniciado sesión, pero el servidor rechaza la dirección del remitente. Pasa cuando la aplicación envía como un alias, con la dirección de otra persona o desde un buzón compartido para el que esta cuenta no tiene permiso de envío.
    .step-1 = En tu aplicación de correo, revisa la dirección «De» de esta cuenta: debe ser la dirección con la que inicias sesión.
    .step-2 = Para enviar desde otra dirección, añádela primero a tu cuenta como dirección de envío (alias) en el sitio web de tu proveedor, o pide a tu administrador el permiso «Enviar como».
    .step-3 = Si usas un buzón compartido, envía con su propia cuenta o pide a tu administrador el permiso «Enviar como» o «Enviar en nombre de».
    .gmail-step-1 = En tu ordenador, abre Gmail y haz clic en Configuración y luego en Ver todos los ajustes.
    .gmail-step-2 = Haz clic en la pestaña Cuentas e importación. En «Enviar como», haz clic en Añadir otra dirección de correo electrónico y sigue los pasos para verificar la dirección.
    .gmail-step-3 = En tu aplicación de correo, envía desde tu dirección de Gmail o desde una dirección de la lista «Enviar como».
    .microsoft365-step-1 = Pide a tu administrador de Microsoft 365 que dé a tu cuenta el permiso «Enviar como» para esta dirección o buzón compartido (en el centro de administración de Exchange: Destinatarios, luego Buzones, luego el buzón y luego Delegación).
    .microsoft365-step-2 = Los permisos pueden tardar hasta una hora en aplicarse; vuelve a intentarlo después.
    .microsoft365-step-3 = Mientras tanto, envía desde tu propia dirección.
    .outlook-step-1 = Inicia sesión en Outlook.com y abre Configuración, luego Correo y luego Sincronizar correo electrónico. En «Administrar los alias», comprueba que esta dirección es un alias de tu cuenta.
    .outlook-step-2 = En tu aplicación de correo, envía desde tu dirección de Outlook.com o desde uno de sus alias.

finding-send-relay_denied = El servidor no reenvía tu correo
    .explanation = El servidor se negó a enviar correo a este destinatario por ti. Los servidores solo reenvían correo de las aplicaciones que han iniciado sesión; este rechazo suele significar que la aplicación no inicia sesión para enviar o que usa un servidor equivocado.
    .step-1 = En la configuración del servidor de salida (SMTP) de tu aplicación, activa la autenticación: «Mi servidor de salida (SMTP) requiere autenticación», con el mismo nombre de usuario y contraseña que para el correo entrante.
    .step-2 = Usa el servidor de envío de tu proveedor, con el puerto 465 (SSL/TLS) o 587 (STARTTLS), no el puerto 25.
    .step-3 = Si usas el servidor de tu proveedor de Internet en lugar del de tu proveedor de correo, cambia al servidor de envío de tu proveedor de correo.

finding-send-limit_reached = Esta cuenta alcanzó su límite de envío
    .explanation = El servidor rechaza correo nuevo porque la cuenta ha enviado tantos mensajes o destinatarios como permite por ahora (a menudo por día). El envío vuelve a funcionar cuando se restablece el límite.
    .step-1 = Espera a que se restablezca el límite (normalmente en 24 horas) y vuelve a intentarlo.
    .step-2 = Haz los envíos masivos con un servicio de listas de correo o de boletines, no con tu cuenta de correo.
    .step-3 = Si no enviaste muchos mensajes, cambia tu contraseña: puede que otra persona esté enviando desde tu cuenta.
    .gmail-step-1 = Espera hasta 24 horas: Gmail levanta solo el límite de envío. Una cuenta de Gmail puede enviar a unos 500 destinatarios al día.
    .gmail-step-2 = Si no enviaste tanto correo, cambia tu contraseña de Google y revisa la actividad de seguridad reciente en myaccount.google.com/security.
    .gmail-step-3 = Para envíos masivos, usa en su lugar un servicio de listas de correo.
    .microsoft365-step-1 = Espera hasta 24 horas: Exchange Online permite 10 000 destinatarios al día por buzón y levanta el límite solo.
    .microsoft365-step-2 = Si no enviaste tanto correo, cambia tu contraseña y avisa a tu administrador: puede que la cuenta esté comprometida.

finding-send-account_blocked = Esta cuenta tiene bloqueado el envío de correo
    .explanation = El proveedor ha impedido que esta cuenta envíe correo, normalmente porque envió mensajes que parecían spam o porque puede que otra persona la esté usando.
    .step-1 = Cambia tu contraseña ahora y activa la verificación en dos pasos si aún no lo has hecho.
    .step-2 = Revisa tus mensajes enviados por si hay alguno que no escribiste tú.
    .step-3 = Ponte en contacto con tu proveedor o administrador para que vuelvan a activar el envío; antes revisarán la cuenta.
    .microsoft365-step-1 = Avisa a tu administrador de Microsoft 365: la cuenta está en la lista de entidades restringidas por enviar spam.
    .microsoft365-step-2 = Tu administrador restablece tu contraseña, revisa la cuenta y luego la quita de las entidades restringidas en el portal de Microsoft Defender.
    .outlook-step-1 = Inicia sesión en outlook.com en un navegador y sigue los pasos que aparezcan para verificar tu cuenta.
    .outlook-step-2 = Cambia tu contraseña y revisa la actividad reciente en account.microsoft.com/security.
    .outlook-step-3 = Si el envío sigue bloqueado, ponte en contacto con el soporte de Outlook.com desde la página de ayuda.

finding-send-message_too_large = El servidor rechaza un mensaje de este tamaño
    .explanation = El servidor rechazó el tamaño del mensaje declarado antes del envío: los mensajes de este tamaño superan su límite.
    .step-1 = Envía menos adjuntos o adjuntos más pequeños en cada mensaje, o comparte los archivos grandes mediante un enlace (un servicio de almacenamiento en la nube).
    .step-2 = Pregunta a tu proveedor o administrador qué tamaño de mensaje acepta el servidor.

finding-send-size_limit_small = Este servidor solo acepta mensajes pequeños
    .explanation = El servidor dice que acepta mensajes hasta el tamaño de abajo. Las fotos y los documentos suelen hacer que un mensaje sea más grande (los adjuntos crecen aproximadamente un tercio al enviarse), así que esos mensajes se rechazarán.
    .step-1 = Comparte los archivos grandes mediante un enlace (un servicio de almacenamiento en la nube) en lugar de adjuntarlos.
    .step-2 = Si gestionas el servidor, sube su límite de tamaño de mensaje (en Postfix: message_size_limit) a 25 MB como mínimo.

finding-send-recipient_refused = El servidor rechaza este destinatario
    .explanation = El servidor aceptó el remitente, pero rechazó la dirección del destinatario: puede que no exista o que no se acepte desde esta cuenta.
    .step-1 = Revisa la dirección del destinatario por si tiene errores de escritura.
    .step-2 = Prueba con otro destinatario, por ejemplo tu propia dirección.

finding-send-refused_unclassified = El servidor se niega a enviar este correo
    .explanation = El servidor rechazó el remitente o el destinatario por un motivo que maildoctor no reconoce. Sus propias palabras aparecen abajo.
    .step-1 = Lee la respuesta del servidor de abajo: suele indicar el motivo.
    .step-2 = Envía la respuesta del servidor a tu proveedor o administrador.

finding-send-temporary_failure = El servidor no puede aceptar correo ahora mismo
    .explanation = El servidor respondió con un rechazo temporal: ahora no puede aceptar este correo, pero quizá más tarde sí. Las aplicaciones de correo dejan estos mensajes en la bandeja de salida y lo vuelven a intentar.
    .step-1 = Espera unos minutos y vuelve a intentarlo.
    .step-2 = Si sigue pasando, envía la respuesta del servidor de abajo a tu proveedor o administrador.

finding-send-needs_signin = No se comprobó el envío: no hubo inicio de sesión
    .explanation = Un servidor de envío solo reenvía correo de las aplicaciones que inician sesión, así que sin nombre de usuario y contraseña aquí sería normal un rechazo como «Relay access denied», no un fallo.
    .step-1 = Repite la prueba con tu nombre de usuario y tu contraseña para comprobar también el envío.
    .step-2 = En tu aplicación de correo, asegúrate de que el servidor de salida inicia sesión: activa «Mi servidor de salida (SMTP) requiere autenticación».

finding-send-no_sender = No se comprobó el envío: falta la dirección del remitente
    .explanation = Para comprobar el envío, maildoctor necesita la dirección desde la que envías. Tu nombre de usuario no es una dirección de correo y no se indicó ninguna.
    .step-1 = Repite la prueba con tu dirección de correo como nombre de usuario, o indica la dirección del remitente para la comprobación de envío.
    .step-2 = Usa la dirección «De» con la que envía tu aplicación de correo, para que la comprobación se haga sobre esa dirección.
