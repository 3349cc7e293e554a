# Il report come lo si legge: la pagina, il testo della riga di comando, il riepilogo per un
# ticket. Citazioni del server, codici, nomi host e numeri non vengono mai tradotti.

## L'esito e la frase che riassume il report

verdict-ok = Nessun problema trovato
verdict-warning = Funziona, ma qualcosa andrebbe cambiato
verdict-error = Non funziona ancora
summary-ok = { $what }: nessun problema trovato.
summary-warning = { $what } funziona, ma: { $title }.
summary-error = { $what } non funziona: { $title }.
summary-other = { $what }: vedi i risultati.
summary-no-target = Il controllo
target-auto = { $protocol } su { $host }, porta { $port }, con sicurezza automatica
target-plain = { $protocol } su { $host }, porta { $port }, senza crittografia
target-secure = { $protocol } su { $host }, porta { $port }, con { $security }

## Le fasi della cronologia

stage-input = Controllo dei dati inseriti
stage-dns = Ricerca del nome del server
stage-tcp = Connessione al server
stage-tls = Protezione della connessione
stage-protocol = Dialogo con il servizio di posta
stage-auth = Accesso
stage-mailbox = Controllo della casella
stage-limits = Test dei limiti di connessione
status-pass = Fatto
status-warn = Avviso
status-fail = Non riuscito
status-skip = Saltato
severity-error = errore
severity-warning = avviso
severity-info = info

## Le sezioni della pagina

report-provider = Provider: { $provider }
report-fix-first = Cosa correggere per primo
report-also-found = Trovato anche
report-findings = Risultati
report-other-findings = Altri risultati
report-code = Codice:
report-evidence = Dettagli:
report-timeline = Cosa ha fatto maildoctor
report-stages = Fasi
report-total-time = Tempo totale: { $ms } ms
report-server-software = Software del server: { $software }
report-send = Invialo al tuo help desk
report-copy-ticket = Copia il riepilogo per un ticket
report-download-json = Scarica JSON
report-ticket-summary = Riepilogo per un ticket (testo semplice)
report-technical = Dettagli tecnici
report-again = Controlla altre impostazioni
report-ticket = Ticket: { $ticket }

## Le impostazioni che dovrebbero funzionare

settings-title = Impostazioni che dovrebbero funzionare
settings-lead = Inseriscile nelle impostazioni dell'account della tua app di posta.
settings-verified = Verificate funzionanti proprio ora
settings-also-suggested = Suggerite anche (non verificate)
settings-suggested = Suggerite (non verificate)
role-imap = Server della posta in arrivo (IMAP)
role-pop3 = Server della posta in arrivo (POP)
role-smtp = Server della posta in uscita (SMTP)
settings-server = Server
settings-requires-ssl = Richiede SSL
settings-port = Porta
settings-requires-sign-in = Richiede l'accesso
settings-username = Nome utente
settings-password = Password
settings-password-yours = La tua password
settings-password-or-app = La tua password (o una password per le app, se il provider la richiede)
settings-found-from = Fonte
settings-note = Nota
settings-check-sign-in = Controlla l'accesso con queste impostazioni
settings-yes-with = Sì ({ $security })
settings-yes = Sì
settings-no = No
username-full-address = Il tuo indirizzo email completo
username-unchanged = invariato (quello che usi ora)
username-not-tried = invariato (qui non è stato provato l'accesso)
checked-verified-in = Verificato: risposta in { $ms } ms
checked-verified = Verificato
checked-not-verified = Non verificato

## I dettagli tecnici

cert-title = Certificato
cert-subject = Soggetto
cert-names = Nomi coperti
cert-none = (nessuno)
cert-issuer = Emittente
cert-valid-from = Valido dal
cert-valid-until = Valido fino al
cert-days-left =
    { $count ->
        [one] { $count } giorno rimasto
       *[other] { $count } giorni rimasti
    }
cert-key = Chiave
cert-connection = Connessione
cert-chain = Catena inviata dal server
cert-issued-by = emesso da
cert-until = fino al
alternatives-title = Alternative provate
alternatives-settings = Impostazioni
alternatives-result = Risultato
alternatives-time = Tempo
alternatives-found-from = Fonte
alternatives-summary =
    { $count ->
        [one] { $count } alternativa provata in { $ms } ms (senza accedere), { $verified } verificate funzionanti.
       *[other] { $count } alternative provate in { $ms } ms (senza accedere), { $verified } verificate funzionanti.
    }
transcript-title =
    { $count ->
        [one] Conversazione con il server ({ $count } riga)
       *[other] Conversazione con il server ({ $count } righe)
    }
transcript-empty = Nessuna conversazione: maildoctor non ha raggiunto il servizio di posta.
transcript-caption = Ogni riga inviata e ricevuta, con il tempo dall'inizio
transcript-who = Chi
transcript-time = Tempo
transcript-line = Riga
who-client = maildoctor ha inviato
who-server = il server ha risposto
who-note = nota
request-title = La richiesta così come è stata inserita
request-protocol = Protocollo
request-server = Server
request-port = Porta
request-security = Sicurezza
request-username = Nome utente
request-password = Password
request-email = Indirizzo email
request-options = Opzioni
request-none = (nessuno)
request-standard-port = (standard)
request-automatic = Automatico
request-no-security = Nessuna
request-password-given = fornita (non mostrata)
request-password-not-given = non fornita
option-test-limits = testare il limite di connessioni
option-insecure-auth = inviare la password senza crittografia
option-trust-certificate = inviare la password nonostante il certificato

## Condividere un report salvato

share-failed = Non è stato possibile salvare questo report (l'archivio dei report non è disponibile al momento), quindi non ha un link da condividere. È mostrato solo qui.
share-title = Condividi questo report
share-saved-for =
    { $count ->
        [one] Salvato per { $count } giorno all'indirizzo
       *[other] Salvato per { $count } giorni all'indirizzo
    }
share-saved-hint = copia questo link nel tuo ticket; chiunque lo abbia può aprire il report (non contiene password).
share-copy = Copia link
compare-label = Confronta con un altro report dello stesso server (per esempio uno eseguito sul computer dell'utente)
compare-hint = Incolla il suo link o ID.
compare-submit = Confronta affiancati
share-delete = Elimina il report salvato
vantage-service = Eseguito dal servizio dell'help desk
vantage-user = Eseguito sul computer dell'utente (maildoctor { $version })

## Il riepilogo per un ticket e la riga di comando

ticket-heading = Report di maildoctor ({ $started })
ticket-checked = Controllato: { $protocol } su { $host } ({ $port })
ticket-standard-port = porta standard
ticket-request-id = ID richiesta: { $id }
ticket-saved = Report salvato: { $link }
cli-port = porta { $port }
cli-username = nome utente: { $username }
cli-found-from = fonte: { $from }

## Lo script della pagina dal vivo (static/app.js legge questi testi dalla pagina; i segnaposto li compila lo script)

js-copied = Copiato. Incollalo nel tuo ticket o nella tua email.
js-copy-failed = La copia non ha funzionato: apri "Riepilogo per un ticket" e copia il testo.
js-no-server = { $provider } non ha un server { $protocol }.
js-filled = Inserito il server { $protocol } di { $provider }: { $host }, porta { $port }.
js-progress = Ogni passaggio compare qui appena è completato.
js-next = Passaggio successivo in corso…
js-start-failed = Non è stato possibile avviare il controllo ({ $status }).
js-ended-early = La connessione a maildoctor si è chiusa troppo presto. Riprova.
js-not-finished = Il controllo non è terminato. Riprova.

## The alternatives tried after a failure
alternatives-too-many = Non provato: più di { $limit } alternative.
alternatives-no-answer = Nessuna risposta nei { $ms } ms concessi alle alternative.
alternatives-stopped = Interrotto: un'altra alternativa funziona già.
origin-provider = provider
origin-srv = record SRV
origin-autoconfig = autoconfig
origin-same-port = stessa porta
origin-standard-port = porta standard
origin-certificate = certificato
origin-finding = rilevamento
settings-note-port-25 = La porta 25 è l'ultima risorsa per l'invio: la maggior parte delle reti domestiche e mobili la blocca per l'invio della posta. Usa la 465 o la 587 se una delle due funziona.
settings-note-sign-in = Accesso: { $how }.
settings-note-tried = Provato proprio ora:
signin-password = password
signin-app-password = password per le app (o OAuth2)
signin-oauth2-only = solo OAuth2
settings-sign-in-note = maildoctor ha controllato queste impostazioni senza accedere all'account: si è connesso, ha stabilito la crittografia, ha controllato il certificato e ha letto il messaggio di benvenuto. Accede solo con le impostazioni che hai indicato.
# What exactly an origin was (the JSON's sources[].detail).
origin-detail-provider = il server { $protocol } pubblicato da { $provider }
origin-detail-finding = la correzione indicata da un rilevamento
origin-detail-certificate = un nome coperto dal certificato: { $name }
origin-detail-same-port = la stessa porta, { $port }, con { $security }
origin-detail-standard-port = la porta standard di { $protocol } con { $security }
origin-detail-port-25 = la porta 25, ultima risorsa per l'invio (di solito bloccata dalle reti domestiche)
