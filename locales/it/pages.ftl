# Le altre pagine: trovare le impostazioni da un indirizzo email, due report affiancati e le
# brevi pagine di errore di un report salvato.

## Trovare le tue impostazioni

discover-title = Trova le impostazioni del tuo server di posta
discover-lead = Inserisci il tuo indirizzo email. maildoctor cerca in tutti i posti in cui guardano le app di posta (la sua tabella dei provider, i record DNS e il file autoconfig del tuo dominio, i nomi di server più comuni), poi controlla ogni server dal vivo, senza password.
discover-error-title = Controlla l'indirizzo
discover-email-label = Indirizzo email
discover-email-hint = Per esempio jo@example.com. Viene usato solo l'indirizzo; non viene chiesta nessuna password.
discover-submit = Trova le mie impostazioni
discover-confirmed = Impostazioni trovate e confermate
discover-suggested = Impostazioni suggerite, non confermate
discover-nothing = Nessuna impostazione trovata
discover-for = Per { $email } ({ $ms } ms).
discover-provider = Provider: { $provider }.
discover-settings = Impostazioni per la tua app di posta
discover-status-confirmed = confermato
discover-status-suggested = suggerito
discover-encryption = Crittografia
discover-found-by = Trovato tramite
discover-diagnose = Diagnostica con queste impostazioni
discover-disagree = Le fonti non concordano
discover-notes = Da sapere
discover-advice = Cosa fare
discover-tried = Tutti i candidati provati
discover-nothing-tried = Non è stato trovato nessun server da provare.
discover-service = Servizio
discover-outcome = Esito
discover-what-happened = Cosa è successo
discover-sources = Fonti consultate
discover-source = Fonte
discover-asked = Richiesta
discover-answer = Risposta
username-local-part = la parte prima della @

## Due report affiancati

compare-title = Due report affiancati
compare-reading = Cosa significa la differenza
compare-first-fix = Cosa correggere per primo:
compare-open = Apri il report completo
compare-caption = Ogni fase, vista dai due posti
compare-stage = Fase

## Un report salvato che non si può mostrare

saved-not-found-title = Non trovato
saved-not-found = Questo report non esiste: è stato eliminato o è scaduto. Esegui di nuovo il controllo per ottenerne uno nuovo.
saved-check-link = Controlla un server di posta
saved-unavailable-title = Non disponibile
saved-unavailable = Al momento non è possibile leggere i report salvati. Riprova tra un minuto.
saved-deleted-title = Eliminato
saved-deleted = Il report salvato è stato eliminato. Il suo link non lo apre più.

## Discovery: the sources' answers, the probes, notes and advice

discover-source-table = tabella dei provider
discover-source-autoconfig = autoconfig
discover-source-srv = record SRV
discover-source-mx = record MX
discover-source-guess = nomi usuali
discover-source-ispdb = ISPDB di Thunderbird
outcome-confirmed = confermato
outcome-unencrypted = funziona, ma senza crittografia
outcome-bad-certificate = risponde, ma il suo certificato non è valido
outcome-failed = non riuscito
outcome-not-tried = non provato
discover-setting = { $host } porta { $port } ({ $security })
discover-source-says = { $source }: { $setting }
discover-disagreement = { $role }: { $said }.
discover-note-unencrypted = Funziona, ma senza crittografia: la password viaggerebbe leggibile.
discover-note-not-confirmed = Non confermato ({ $outcome }): { $detail }
discover-note-nxdomain = { $domain } non esiste nel DNS: controlla come è scritto l'indirizzo.
discover-note-srv-not-offered = { $name } indica che { $protocol } con { $security } non è offerto.
discover-note-srv-outside = { $name } punta a { $target }, fuori da { $domain }: senza DNSSEC potrebbe essere falsificato (RFC 6186 §6); verifica con il tuo provider che il server sia suo.
discover-note-app-password = { $provider } vuole una password per le app nelle app di posta, non la password del tuo account: attiva la verifica in due passaggi, crea una password per le app nelle impostazioni di sicurezza del tuo account e usala come password.
discover-note-oauth-only = { $provider } accetta nelle app di posta solo l'accesso con OAuth2: una password, anche quella giusta, viene rifiutata. Usa un'app di posta che ti fa accedere al tuo account in una finestra del browser.
discover-note-oauth-only-microsoft = { $provider } accetta nelle app di posta solo l'accesso con OAuth2: una password, anche quella giusta, viene rifiutata. Usa un'app di posta che ti fa accedere al tuo account Microsoft in una finestra del browser.
discover-note-since = Vale dal { $since }.
discover-advice-nothing = Non è stata trovata nessuna impostazione di posta per { $domain }: la tabella dei provider non conosce il dominio, il dominio non pubblica né un file autoconfig né record SRV, e nessuno dei nomi di server usuali ha risposto.
discover-ask-provider = Chiedi al tuo provider di posta (o a chi gestisce il dominio): il nome del server della posta in arrivo, la sua porta e la sua crittografia (SSL/TLS o STARTTLS) per IMAP o POP; il nome del server della posta in uscita (SMTP), la sua porta e la sua crittografia; e se il tuo nome utente è l'indirizzo email completo o solo la parte prima della @. Il provider potrebbe anche pubblicare queste impostazioni (un file autoconfig o record SRV) perché le app di posta le trovino.
discover-probe-too-many = Non provato: più di { $limit } candidati.
discover-probe-port-refused = Non provato: la porta { $port } non è una porta di posta che questo servizio controlla.
discover-probe-out-of-time = Il tempo per la ricerca è scaduto prima.
discover-probe-unencrypted = { $protocol } ha risposto, senza crittografia.
discover-probe-confirmed = { $protocol } ha risposto tramite { $security } con un certificato valido.
discover-probe-bad-certificate = { $protocol } ha risposto, ma il certificato non è valido per { $host }.
discover-answer-known = noto: { $provider }
discover-answer-not-in-table = non presente nella tabella
discover-answer-nxdomain = il dominio non esiste (NXDOMAIN)
discover-answer-no-mx = nessun MX utilizzabile
discover-answer-no-address = nessun indirizzo
discover-answer-has-address = ha un indirizzo
discover-answer-no-record = nessun record
discover-answer-not-offered = «.»: il servizio non è offerto, esplicitamente
discover-answer-listed =
    { $count ->
        [one] { $count } server utilizzabile su { $listed } elencati
       *[other] { $count } server utilizzabili su { $listed } elencati
    }
discover-answer-not-used = (non usato: un indirizzo precedente ha già risposto)
discover-answer-snapshot =
    { $count ->
        [one] { $provider }: { $count } server ({ $why })
       *[other] { $provider }: { $count } server ({ $why })
    }
discover-answer-not-in-snapshot = non presente nella copia integrata ({ $why })
discover-why-not-asked = il servizio ISPDB non viene interpellato
discover-why-unreachable = non è stato possibile interpellare il servizio
discover-answer-timeout = nessuna risposta prima del limite di tempo
as-given = { $answer }
discover-cli-for = per { $email } ({ $ms } ms)
discover-cli-tried = Tutti i candidati provati:
discover-cli-diagnose = Diagnostica
discover-note-ispdb-oauth-only = { $provider } accetta nelle app di posta solo l'accesso con OAuth2 («Accedi con Microsoft/Google»): una password, anche quella giusta, viene rifiutata. Usa un'app di posta che accede in questo modo.

## The comparison's reading (Italian: the who-labels have no article: "dal computer dell'utente")
compare-who-user = computer dell'utente
compare-who-desk = servizio dell'help desk
compare-who-first = { $who } (primo rapporto)
compare-who-second = { $who } (secondo rapporto)
compare-differ-protocol = protocollo: { $left } / { $right }
compare-differ-server = server: { $left } / { $right }
compare-differ-port = porta: { $left } / { $right }
compare-differ-security = sicurezza: { $left } / { $right }
compare-differ-username = il nome utente è diverso
compare-settings-differ = Questi due rapporti non hanno controllato le stesse impostazioni ({ $differences }). Confronta prima le impostazioni: l'app sul { $right } potrebbe essere semplicemente configurata in modo diverso da quella sul { $left }.
compare-same-ending = Entrambi i rapporti finiscono allo stesso modo ({ $verdict }): la rete del { $who } qui non fa differenza.
compare-interception = Sul { $seen } il server ha mostrato un certificato diverso (emesso da { $issuer }) rispetto a quello sul { $other } (emesso da { $other_issuer }), e non è attendibile: qualcosa in quella rete intercetta le connessioni crittografate, di solito un antivirus o un programma di sicurezza che «analizza le connessioni crittografate», oppure un proxy aziendale. Disattiva quell'analisi per la posta o aggiungi il server di posta alle sue eccezioni.
compare-input = La richiesta dal { $bad } non è stata controllata{ $why }; quella dal { $good } sì.
compare-dns = Dal { $good } si riesce a risolvere { $host }; dal { $bad } no{ $why }. Il server DNS usato lì (il router, una VPN o una rete aziendale) non risponde per questo nome: riavvia il router, disattiva la VPN o prova un'altra rete per averne conferma.
compare-tcp = Dal { $good }, { $host } risponde sulla porta { $port }; dal { $bad } no{ $why }. Qualcosa in quella rete blocca la porta { $port }: un firewall, un antivirus o programma di sicurezza, oppure il provider internet. Prova un'altra rete (l'hotspot di un telefono) per averne conferma, poi consenti la porta { $port } all'app di posta, oppure usa un'altra porta della tabella delle impostazioni.
compare-tls = Dal { $good } la crittografia con { $host } si stabilisce; dal { $bad } non riesce{ $why }. Qualcosa in quella rete interferisce con le connessioni crittografate (un antivirus che le analizza, un proxy aziendale o un captive portal).
compare-protocol = Dal { $good } risponde un server di posta sulla porta { $port }; dal { $bad } risponde qualcos'altro{ $why }. Un dispositivo o un programma in quella rete risponde al posto del server (un proxy, un firewall che ispeziona la posta o un captive portal).
compare-auth = Entrambi raggiungono il server, ma l'accesso funziona solo dal { $good }{ $why }. Il nome utente o la password inseriti sul { $bad } non sono gli stessi, oppure il provider rifiuta gli accessi da quella rete o da quel luogo (controlla gli avvisi di sicurezza del provider).
compare-later = L'accesso funziona da entrambi; sul { $bad } segue un problema che sul { $good } non c'è{ $why }. Il rapporto del { $bad } dice cosa cambiare.
compare-error-title = Impossibile confrontare
compare-need-two = Per confrontare, indica due rapporti salvati: i loro link (…/r/…) o i loro ID.
compare-missing = Uno di questi rapporti non esiste: è stato eliminato o è scaduto.
compare-failed = Non è stato possibile mostrare il confronto.

## Where a candidate came from ("Found by")
claim-table = tabella dei provider: { $provider }
claim-guess = ipotesi: nome usuale { $host }
claim-srv = SRV { $name } (priorità { $priority }, peso { $weight })
claim-srv-outside = SRV { $name } (priorità { $priority }, peso { $weight }) — destinazione fuori dal dominio
claim-ispdb-snapshot = copia integrata dell'ISPDB (thunderbird/autoconfig { $commit }): { $id }
