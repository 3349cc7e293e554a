# La frase con cui si chiude ogni fase della cronologia. I valori (nomi host, indirizzi, tempi,
# messaggi di errore) vengono inseriti così come sono arrivati.

## Tutte le fasi

speaks-imap = un server IMAP
speaks-pop3 = un server POP3
speaks-smtp = un server SMTP
speaks-http = un server web
speaks-ssh = un server SSH
speaks-tls = un servizio TLS (cifrato)
speaks-unknown = un servizio sconosciuto
detail-skip-earlier-failed = Non eseguito: una fase precedente non è riuscita.
detail-skip-needs-sign-in = Non eseguito: serve un accesso riuscito.
detail-skip-ca-unusable = Non eseguito: il certificato CA della richiesta non è utilizzabile.
detail-skip-smtp-mailbox = Non eseguito: l'invio (SMTP) non ha una casella da controllare (il controllo di invio è facoltativo).
detail-skip-limits-opt-in = Non eseguito: il test del limite di connessioni è facoltativo.
detail-deadline = Il tempo massimo complessivo è scaduto durante questa fase.

## Dati inseriti

detail-input-target =
    { $security ->
        [auto] { $protocol } su { $host }, porta { $port }, con sicurezza automatica.
        [none] { $protocol } su { $host }, porta { $port }, senza crittografia.
       *[other] { $protocol } su { $host }, porta { $port }, con { $security }.
    }
detail-input-unusable = I dati inseriti non si possono usare così come sono.

## TLS

detail-tls-ca-unusable = Il certificato CA della richiesta non si può usare: { $error }.

## DNS

detail-dns-ip = { $ip } è un indirizzo IP, quindi non serve nessuna ricerca.
detail-dns-ip-refused = { $ip } è rifiutato dalla politica degli indirizzi, quindi non è stato contattato.
detail-dns-all-refused = Ogni indirizzo di { $name } è rifiutato dalla politica degli indirizzi, quindi non ne è stato contattato nessuno.
detail-dns-resolved =
    { $name } è stato risolto in { $addresses }{ $more ->
        [0] {""}
       *[other] {" "}e altri { $more }
    } in { $ms } ms{ $refused ->
        [0] .
        [one] , ma 1 di questi è rifiutato dalla politica degli indirizzi.
       *[other] , ma { $refused } di questi sono rifiutati dalla politica degli indirizzi.
    }
detail-dns-alias =
    { $name } è un alias di { $canonical } ed è stato risolto in { $addresses }{ $more ->
        [0] {""}
       *[other] {" "}e altri { $more }
    } in { $ms } ms{ $refused ->
        [0] .
        [one] , ma 1 di questi è rifiutato dalla politica degli indirizzi.
       *[other] , ma { $refused } di questi sono rifiutati dalla politica degli indirizzi.
    }
detail-dns-network-blamed = Il server DNS ha risposto { $answer } per { $name }, un server di posta molto noto: la causa probabile è il DNS di questa rete.
detail-dns-nxdomain = { $name } non esiste nel DNS.
detail-dns-servfail = Il server DNS ha risposto { $rcode } alla richiesta per { $name }.
detail-dns-unaskable = Non è stato possibile interrogare il server DNS su { $name }.
detail-dns-timeout = Il server DNS non ha risposto per { $name } entro { $limit }.
detail-dns-no-address = { $name } esiste nel DNS ma non ha un indirizzo IPv4 o IPv6.

## TCP

detail-tcp-failed = Impossibile connettersi a { $host } sulla porta { $port }.
detail-tcp-connected = Connesso a { $address } porta { $port } in { $ms } ms.

## TLS

detail-tls-valid = Cifrato con { $version }; il certificato è valido per { $host }.
detail-tls-problems =
    { $count ->
        [one] Cifrato con { $version }, ma il certificato ha { $count } problema.
       *[other] Cifrato con { $version }, ma il certificato ha { $count } problemi.
    }
detail-tls-starttls-refused = Il server non ha accettato STARTTLS, quindi la connessione resta non cifrata.
detail-tls-starttls-failed = Il server ha accettato STARTTLS, ma il passaggio alla crittografia non è riuscito.
detail-tls-starttls-other-protocol = STARTTLS non è stato provato: ha risposto { $answered } dove ci si aspettava { $expected }.
detail-tls-starttls-greeting-refused = STARTTLS non è stato provato: il server ha rifiutato il servizio già al saluto.
detail-tls-none = La connessione non è cifrata.

## Protocollo

detail-protocol-answered = { $host } ha risposto come { $answered }{ $software } in { $ms } ms.
detail-protocol-silent-to-tls = { $host } ha accettato la connessione ma non ha inviato nulla in { $ms } ms, nemmeno una risposta all'handshake TLS.
detail-protocol-never-greeted = { $host } non ha mai inviato il saluto, anche se ha risposto a { $command }.
detail-protocol-silent = { $host } ha accettato la connessione ma non ha inviato nulla in { $ms } ms, nemmeno una risposta a { $command }.
detail-protocol-no-greeting-error = { $host } non ha inviato nessun saluto: { $error }.
detail-protocol-closed = { $host } ha accettato la connessione e l'ha chiusa senza saluto.
detail-protocol-unusable = { $host } non ha inviato un saluto utilizzabile ({ $problem }).
detail-protocol-other-protocol-because = Su { $host }, porta { $port }, ha risposto { $answered }, non { $expected } ({ $problem }).
detail-protocol-refused = { $host } ha risposto come { $expected } ma ha rifiutato la sessione già al saluto.
detail-protocol-other-protocol = Su { $host }, porta { $port }, ha risposto { $answered }, non { $expected }.
detail-protocol-greeting-endless = Il saluto di { $host } non è mai finito.
detail-protocol-no-greeting = { $host } non ha inviato nessun saluto.

## Accesso

detail-auth-no-password = L'accesso non è stato testato: non è stata indicata nessuna password.
detail-auth-refused = Il server ha rifiutato l'accesso per { $user } ({ $mechanism }).
detail-auth-timeout = Il server non ha risposto all'accesso entro { $limit }.
detail-auth-closed = Il server ha chiuso la connessione durante l'accesso.
detail-auth-broken = La connessione non è riuscita durante l'accesso: { $error }.
detail-auth-no-oauth = Il token non è stato inviato: qui il server non offre l'accesso OAuth2 (XOAUTH2 o OAUTHBEARER).
detail-auth-unsendable = La password non è stata inviata: l'unico metodo di accesso offerto non può trasmetterla.
detail-auth-no-method = Il server non offre nessun metodo di accesso con password che maildoctor possa usare.
detail-auth-plaintext-not-sent = La password non è stata inviata: il server rifiuta le password su questa connessione non cifrata.
detail-auth-plaintext-cannot = Con queste impostazioni nessuna app di posta può accedere: il server rifiuta le password su questa connessione non cifrata.
detail-auth-no-sign-in-not-sent = La password non è stata inviata: qui il server non offre un accesso con password che maildoctor possa usare.
detail-auth-no-sign-in-cannot = Con queste impostazioni nessuna app di posta può accedere: qui il server non offre l'accesso con password.
detail-auth-not-sent-unencrypted = La password non è stata inviata: la connessione non è cifrata.
detail-auth-not-sent-certificate = La password non è stata inviata: non è stato possibile verificare il certificato.
detail-auth-signed-in = Accesso eseguito come { $user } con { $mechanism }.
detail-auth-after-refused = Accesso eseguito come { $user }, ma il server ha rifiutato il primo comando dopo l'accesso.
detail-auth-after-ended = Accesso eseguito come { $user }, ma poi il server ha chiuso la sessione.
detail-auth-after-broken = Accesso eseguito come { $user }, ma la connessione non è riuscita subito dopo.
detail-auth-limit-unavailable = Accesso non eseguito: al momento il servizio non può applicare il suo limite per account, quindi la password non è stata inviata.
detail-auth-cooldown = Accesso non eseguito: questo account è stato controllato troppo spesso negli ultimi minuti, quindi la password non è stata inviata.

## Casella

detail-mailbox-smtp = L'invio della posta (SMTP) non ha una casella da controllare.
detail-mailbox-stat-unreadable = Non è stato possibile leggere la risposta del server a STAT, quindi la dimensione della casella è sconosciuta.
detail-mailbox-stat-failed = Il server non ha risposto a STAT ({ $error }), quindi la dimensione della casella è sconosciuta.
detail-mailbox-locked = La casella è bloccata da un'altra sessione (STAT è stato rifiutato).
detail-mailbox-too-many = Il server ha rifiutato STAT: troppe connessioni per questo account.
detail-mailbox-stat-refused = Il server ha rifiutato STAT.
detail-mailbox-stat-refused-unknown = Il server ha rifiutato STAT, quindi la dimensione della casella è sconosciuta.
detail-mailbox-slow = Il server non ha risposto nel tempo rimasto, quindi la dimensione della casella è sconosciuta.

## Limiti

detail-limits-refused =
    { $count ->
        [one] Il server ha consentito { $count } sessione simultanea e ha rifiutato la successiva.
       *[other] Il server ha consentito { $count } sessioni simultanee e ha rifiutato la successiva.
    }
detail-limits-stopped =
    { $count ->
        [one] { $count } sessione simultanea ha funzionato; il test si è fermato prima di trovare il limite.
       *[other] { $count } sessioni simultanee hanno funzionato; il test si è fermato prima di trovare il limite.
    }
detail-limits-cap =
    { $count ->
        [one] Il server ha consentito almeno { $count } sessione simultanea (il test si ferma lì).
       *[other] Il server ha consentito almeno { $count } sessioni simultanee (il test si ferma lì).
    }

## Cosa parla una porta

detail-wire-tls-first = Questa porta usa SSL/TLS fin dall'inizio.
detail-wire-plain-starttls = Questa porta saluta in chiaro e offre STARTTLS.
detail-wire-plain = Questa porta saluta in chiaro.
detail-wire-no-greeting = Non è arrivato nessun saluto in chiaro, quindi TLS non è stato avviato.
detail-wire-web-server = Un server web ha risposto all'handshake TLS, quindi TLS non è stato avviato.
detail-wire-silent = Il server non ha inviato nulla in { $ms } ms e anche un handshake TLS è rimasto senza risposta.
detail-wire-tls-outdated = Questa porta usa SSL/TLS fin dall'inizio, ma solo con versioni di TLS non più sicure.
detail-wire-tls-fails-chosen-plain = Questa porta usa SSL/TLS fin dall'inizio (non un saluto in chiaro) e il suo TLS non riesce.
detail-wire-tls-fails = Questa porta usa SSL/TLS fin dall'inizio, ma il suo handshake TLS non riesce.
detail-wire-plain-on-tls = Il server ha risposto in chiaro dove ci si aspettava un handshake TLS.
detail-wire-handshake-failed = L'handshake TLS non è riuscito.
detail-wire-tls-on-plain = Su questa porta il server parla subito TLS.

## Il controllo di invio (SMTP)

detail-send-no-sender = Il controllo di invio ha bisogno dell'indirizzo da cui invii; non ne è stato indicato nessuno.
detail-send-accepted = Il server accetterebbe posta da { $sender } a { $recipient } (MAIL FROM e RCPT TO accettati, poi annullati: non è stato inviato nulla).
detail-send-refused = Il server ha rifiutato { $command } per { $sender } → { $recipient }; non è stato inviato nulla.
detail-send-signin-failed = Il controllo di invio non è stato eseguito: l'accesso non è riuscito.
detail-send-needs-signin = Il controllo di invio non è stato eseguito: servono nome utente e password (senza accesso, il rifiuto di inoltrare la posta è normale).
detail-mailbox-maildrop =
    { $messages ->
        [one] { $messages } messaggio, { $size }.
       *[other] { $messages } messaggi, { $size }.
    }
detail-mailbox-list-unreadable = Non è stato possibile leggere l'elenco delle cartelle ({ $why }).
detail-mailbox-no-counts =
    { $folders ->
        [one] { $folders } cartella; il server non ha indicato il numero dei messaggi.
       *[other] { $folders } cartelle; il server non ha indicato il numero dei messaggi.
    }
detail-mailbox-some-counted =
    { $folders ->
        [one] { $folders } cartella
       *[other] { $folders } cartelle
    }, { $messages ->
        [one] { $messages } messaggio
       *[other] { $messages } messaggi
    } nelle { $counted } contate.
detail-mailbox-folders =
    { $folders ->
        [one] { $folders } cartella
       *[other] { $folders } cartelle
    }, { $messages ->
        [one] { $messages } messaggio.
       *[other] { $messages } messaggi.
    }
detail-mailbox-largest = { $name } contiene { $messages } messaggi.
detail-mailbox-quota-full =
    { $kind ->
        [storage] { $used } usati su { $limit } di spazio: la casella è piena.
       *[messages] { $used } messaggi usati su { $limit } della quota: la casella è piena.
    }
detail-mailbox-quota-almost-full =
    { $kind ->
        [storage] { $used } usati su { $limit } di spazio ({ $percent }%, quasi piena).
       *[messages] { $used } messaggi usati su { $limit } della quota ({ $percent }%, quasi piena).
    }
detail-mailbox-quota =
    { $kind ->
        [storage] { $used } usati su { $limit } di spazio ({ $percent }%).
       *[messages] { $used } messaggi usati su { $limit } della quota ({ $percent }%).
    }
detail-mailbox-quota-unlimited =
    { $kind ->
        [storage] { $used } di spazio usati (nessun limite).
       *[messages] { $used } messaggi usati (nessun limite).
    }
detail-mailbox-folder-in-use = Una cartella è in uso da parte di un'altra sessione.
detail-mailbox-stopped = maildoctor si è fermato prima ({ $why }).
