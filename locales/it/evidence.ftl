# Etichette dei dettagli mostrati accanto a un risultato. Le parole dei protocolli restano invariate.

evidence-a-ipv4 = A (IPv4)
evidence-aaaa-ipv6 = AAAA (IPv6)
evidence-also-missing = manca anche
evidence-asked = interrogato
evidence-belongs-to = appartiene a
evidence-certificate = certificato
evidence-certificate-covers = il certificato copre
evidence-certificate-for = certificato per
evidence-certificates-sent = certificati inviati
evidence-chosen = scelto
evidence-confirmed = confermato
evidence-days-left = giorni rimasti
evidence-days-since = giorni da
evidence-did-you-mean = forse intendevi
evidence-dns-answer = risposta DNS
evidence-during = durante
evidence-error = errore
evidence-expected = previsto
evidence-expired-on = scaduto il
evidence-expires-on = scade il
evidence-folder = cartella
evidence-found = trovato
evidence-greeting-took = saluto in
evidence-held-back-because = trattenuto perché
evidence-host = host
evidence-host-is-for = l'host è per
evidence-host-typed = host inserito
evidence-how-far = fin dove
evidence-issuer = emittente
evidence-issuer-published-at = emittente pubblicato su
evidence-issuer-s-certificate = certificato dell'emittente
evidence-its-issuer = il suo emittente
evidence-largest-message-the-server-takes = messaggio più grande accettato dal server
evidence-limit = limite
evidence-logindisabled = LOGINDISABLED
evidence-mail-server = server di posta
evidence-messages = messaggi
evidence-missing-certificate-s-issuer = emittente del certificato mancante
evidence-missing-issuer = emittente mancante
evidence-name = nome
evidence-needed-for-a-token = necessario per un token
evidence-next-session = sessione successiva
evidence-no-answer-within = nessuna risposta entro
evidence-not-confirmed = non confermato
evidence-password = password
evidence-port = porta
evidence-port-expects = la porta si aspetta
evidence-port-is-for = la porta è per
evidence-probe = prova
evidence-problem = problema
evidence-provider = provider
evidence-published-at = pubblicato su
evidence-quota-root = radice della quota
evidence-recipient = destinatario
evidence-response = risposta
evidence-security = sicurezza
evidence-sender = mittente
evidence-server = server
evidence-server-limit = limite del server
evidence-server-said = il server ha risposto
evidence-server-said-decoded = il server ha risposto (decodificato)
evidence-server-sent = il server ha inviato
evidence-service = servizio
evidence-sessions-allowed = sessioni consentite
evidence-sign-in-methods-offered = metodi di accesso offerti
evidence-slower-than = più lento di
evidence-stage = fase
evidence-starttls = STARTTLS
evidence-submission-ports = porte di invio
evidence-suggested-host = host suggerito
evidence-testing = test
evidence-the-test-stopped = il test si è fermato
evidence-tls-clienthello = TLS ClientHello
evidence-tls-clienthello-on-a-second-connection = TLS ClientHello su una seconda connessione
evidence-try-again-in = riprova tra
evidence-typed = inserito
evidence-typed-name-resolves-to = il nome inserito punta a
evidence-used = usato
evidence-usual-port = porta abituale
evidence-usual-ssl-tls-port = porta SSL/TLS abituale
evidence-valid-from = valido dal
evidence-verifier-said = il verificatore ha risposto
evidence-waited = attesa
evidence-why = perché
evidence-worked = ha funzionato

## Evidence values that are maildoctor's own words
value-either = { $first } o { $second }
value-password-unsendable = contiene un a capo o un carattere NUL, che POP3 USER/PASS non può trasmettere
value-login-disabled = il server rifiuta il comando LOGIN su questa connessione
value-starttls-offered = offerto: l'accesso diventa possibile una volta crittografata la connessione
value-submission-ports = 587 con STARTTLS, oppure 465 con SSL/TLS
value-not-sent-unencrypted = la connessione non è crittografata, quindi la password attraverserebbe la rete in chiaro
value-not-sent-certificate = il certificato del server non ha superato la verifica, quindi qualcuno potrebbe intercettare la connessione
value-mailbox-read-late = non è stato possibile leggere la casella di posta entro il limite di tempo
value-mailbox-list-late = non è stato possibile elencare le cartelle della casella di posta entro il limite di tempo
value-expected-tls = un handshake TLS
value-expected-greeting = un messaggio di benvenuto in chiaro
value-no-tls-answer = il server non ha risposto con TLS
value-first-bytes-tls = i primi byte del server sono un record TLS
value-tls-answered-hello = il server ha risposto a un ClientHello TLS su una nuova connessione
value-tls-fresh-handshake = un handshake TLS su una nuova connessione è riuscito ({ $version })
value-tls-failed-after-certificate = il server ha inviato il suo ServerHello e il suo certificato, poi non è riuscito
value-tls-failed-after-hello = il server ha inviato il suo ServerHello (TLS era iniziato), poi non è riuscito
value-tls-no-server-hello = il server ha risposto con TLS, ma senza ServerHello
value-no-answer = nessuna risposta
value-no-answer-within = nessuna risposta entro { $ms } ms
value-probe-no-answer = { $command } (nessuna risposta)
value-no-complete-line = nessuna riga completa
value-greeting-cut = il server ha chiuso la connessione a metà del suo messaggio di benvenuto
value-greeting-unfinished = il messaggio di benvenuto non era finito dopo { $ms } ms
value-greeting-endless =
    { $count ->
        [one] il messaggio di benvenuto è andato oltre { $count } riga
       *[other] il messaggio di benvenuto è andato oltre { $count } righe
    }
value-closed-without-greeting = ha chiuso la connessione senza messaggio di benvenuto
value-server-answered = il server ha risposto { $answer }
value-port-range = un numero da 1 a 65535
value-stop-bye = il server ha chiuso la sessione: { $line }
value-stop-flood =
    { $count ->
        [one] la risposta è andata oltre { $count } riga
       *[other] la risposta è andata oltre { $count } righe
    }
value-stop-literal =
    { $count ->
        [one] il server ha annunciato un literal di { $count } byte
       *[other] il server ha annunciato un literal di { $count } byte
    }
value-stop-budget = il tempo per questa fase era scaduto
value-aia-unreadable-leaf = non è stato possibile leggere il certificato di cui manca l'emittente
value-aia-unreadable = non è stato possibile leggere il certificato all'indirizzo { $url }
value-aia-untrusted-root = il suo emittente { $root } è una radice non attendibile qui
value-aia-too-deep = nessuna radice attendibile entro { $count } certificati scaricati
value-aia-confirmed = con il certificato scaricato da lì, la catena arriva alla radice attendibile { $root }
value-aia-fetched = { $subject } (da { $url })
value-aia-no-trusted-root = la catena non arriva a una radice attendibile: { $why }
value-at-least = almeno { $count }
value-at-least-cap = almeno { $count } (il test si ferma a { $cap })
value-other-reason = per un altro motivo
value-refused = rifiutata
value-address-loopback = un indirizzo di loopback (questa macchina stessa)
value-address-private = un indirizzo di rete privata
value-address-link-local = un indirizzo link-local
value-address-cgnat = un indirizzo di NAT dell'operatore (CGNAT)
value-address-multicast = un indirizzo multicast
value-address-unspecified = un indirizzo non specificato
value-address-metadata = un indirizzo dei metadati del cloud
value-address-reserved = un indirizzo riservato o di documentazione
value-attempt-connected = connesso
value-attempt-refused = rifiutata
value-attempt-timeout = tempo scaduto
value-attempt-unreachable = irraggiungibile
value-attempt-failed = non riuscito
# Why a sign-in answer is ambiguous (the classifier's rules, docs/CLASSIFIER.md).
value-ambiguous-either = il server dice: password errata, oppure questo protocollo è disattivato per l'account
value-ambiguous-exchange-throttled = Exchange invia questo quando limita l'account, spesso per troppe sessioni
value-ambiguous-yahoo-auth005 = Yahoo invia questo dopo accessi non riusciti e anche quando serve una password per le app
value-ambiguous-microsoft-not-connected = Microsoft invia questo per un token di un'altra casella e per una casella senza IMAP/POP
value-ambiguous-after-connection-limit = dopo un rifiuto per limite di connessioni ogni accesso viene rifiutato, anche con la password giusta
value-ambiguous-gmail = Gmail rifiuta così la password dell'account quando serve una password per le app
value-ambiguous-microsoft = Microsoft risponde allo stesso modo a una password errata e all'accesso con password disattivato
value-ambiguous-gmx = GMX risponde allo stesso modo a una password errata, a una password per le app mancante e a POP3/IMAP disattivati
value-ambiguous-app-password = questo provider risponde allo stesso modo a una password errata e a una password per le app mancante
