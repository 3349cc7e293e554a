# Il catalogo dei rimedi: per ogni codice di risultato il titolo (il messaggio), la spiegazione e
# i passaggi in ordine (.step-1, .step-2, …) e, dove un provider noto cambia la soluzione, i
# passaggi di quel provider (.gmail-step-1, …) ed eventualmente la sua spiegazione (.gmail-explanation).
# Id del messaggio: finding- e il codice con il punto sostituito da un trattino
# (auth.app_password_required → finding-auth-app_password_required). Letto da
# src/diagnosis/catalog.rs; docs/I18N.md.
#
# Regole della casa (controllate dai test in catalog.rs e i18n.rs, in ogni lingua):
# - il titolo: una sola riga semplice, senza punto finale;
# - la spiegazione: da una a tre frasi semplici: cosa significa e perché succede;
# - i passaggi: numerati da 1 senza salti, da due a cinque, ognuno una frase completa che inizia
#   con un verbo, senza numerazione nel testo (la pagina, la CLI e i consumatori JSON li numerano);
# - nessun dato dinamico (nomi host digitati, porte provate, parole del server): sono mostrati
#   come prove accanto ai passaggi, quindi il testo dice "i nomi elencati qui sotto";
# - ogni lingua ha gli stessi messaggi, attributi e numero di passaggi dell'inglese.
# Si dà del "tu", con i termini delle guide di Google, Microsoft e Apple in italiano.

## input: what was typed

finding-input-invalid_host = Il nome del server non è un nome valido
    .explanation = Il nome del server è vuoto, troppo lungo o contiene caratteri che un nome di server non può avere, come spazi, barre o un "http://" davanti. Non è stato possibile verificare nulla perché non c'è nessun server da cercare.
    .step-1 = Controlla che nel nome del server non ci siano errori di battitura, spazi o caratteri in più; il problema trovato è indicato qui sotto.
    .step-2 = Elimina tutto ciò che non fa parte del nome vero e proprio, come "http://", "https://", una barra o un percorso dopo il nome.
    .step-3 = Cerca il nome del server della posta in arrivo nelle pagine di assistenza del tuo provider o nell'email di benvenuto che hai ricevuto quando è stato creato l'account; di solito inizia con "imap.", "pop." o "mail.".
    .step-4 = Inserisci di nuovo il nome ed esegui ancora il test.

finding-input-invalid_port = La porta non è un numero valido
    .explanation = Una porta deve essere un numero intero da 1 a 65535. Il valore inserito non lo è, quindi non è stato possibile verificare nulla.
    .step-1 = Controlla che nella porta non ci siano errori di battitura; il valore inserito è indicato qui sotto.
    .step-2 = Usa la porta abituale per il tipo di server che stai configurando: 993 per IMAP, 995 per POP, 465 o 587 per l'invio (SMTP).
    .step-3 = Lascia vuota la porta se non sei sicuro: verrà usata quella abituale per la sicurezza che hai scelto.

finding-input-invalid_username = Il nome utente contiene un a capo
    .explanation = Il nome utente (o l'indirizzo email) contiene un a capo o un altro carattere di controllo invisibile, di solito perché è stato copiato da un documento o da un messaggio. Nessuna app di posta può accedere con un nome così, quindi non è stato inviato nulla al server.
    .step-1 = Digita di nuovo il nome utente a mano invece di incollarlo.
    .step-2 = Assicurati che sia tutto su una riga, senza spazi o a capo prima o dopo.
    .step-3 = Esegui di nuovo il test.

finding-input-email_as_server = Come nome del server è stato inserito un indirizzo email
    .explanation = Il campo del nome del server contiene un indirizzo email. Il tuo indirizzo va nel campo del nome utente; il nome del server è il nome del server di posta del tuo provider, ad esempio imap.example.com.
    .step-1 = Sposta l'indirizzo email nel campo del nome utente della tua app di posta.
    .step-2 = Nel campo del server inserisci invece il nome del server della posta in arrivo del tuo provider; se il provider è noto, il nome giusto è nelle impostazioni suggerite qui sotto.
    .step-3 = Cerca il nome del server nelle pagine di assistenza del tuo provider se non viene mostrato nessun suggerimento.
    .gmail-step-1 = Sposta il tuo indirizzo Gmail nel campo del nome utente della tua app di posta.
    .gmail-step-2 = Nel campo del server inserisci imap.gmail.com per IMAP o pop.gmail.com per POP, con SSL/TLS e porta 993 (IMAP) o 995 (POP).
    .gmail-step-3 = Per l'invio usa smtp.gmail.com con SSL/TLS e porta 465, oppure STARTTLS e porta 587.
    .outlook-step-1 = Sposta il tuo indirizzo Outlook.com nel campo del nome utente della tua app di posta.
    .outlook-step-2 = Nel campo del server inserisci outlook.office365.com, con SSL/TLS e porta 993 per IMAP o porta 995 per POP.
    .outlook-step-3 = Per l'invio usa smtp-mail.outlook.com con STARTTLS e porta 587.
    .outlook-step-4 = Nella tua app di posta scegli l'accesso con Microsoft (OAuth): Outlook.com non accetta più password dalle app di posta.
    .yahoo-step-1 = Sposta il tuo indirizzo Yahoo nel campo del nome utente della tua app di posta.
    .yahoo-step-2 = Nel campo del server inserisci imap.mail.yahoo.com per IMAP o pop.mail.yahoo.com per POP, con SSL/TLS e porta 993 (IMAP) o 995 (POP).
    .yahoo-step-3 = Per l'invio usa smtp.mail.yahoo.com con SSL/TLS e porta 465.
    .yahoo-step-4 = Come password usa una password per le app di Yahoo, non la tua password normale.
    .icloud-step-1 = Sposta la parte del tuo indirizzo iCloud prima della @ nel campo del nome utente della tua app di posta; se viene rifiutata, prova con l'indirizzo completo.
    .icloud-step-2 = Nel campo del server inserisci imap.mail.me.com con SSL/TLS e porta 993; iCloud Mail non ha un server POP.
    .icloud-step-3 = Per l'invio usa smtp.mail.me.com con STARTTLS e porta 587, e il tuo indirizzo completo come nome utente.
    .icloud-step-4 = Usa una password specifica per le app del tuo Account Apple, non la tua password normale.

finding-input-webmail_host = Questo è l'indirizzo di un sito web, non il server di posta
    .explanation = Il nome inserito è l'indirizzo del sito web o della webmail del provider, che si apre in un browser. Le app di posta hanno bisogno del nome del server di posta del provider, che è un nome diverso.
    .step-1 = Sostituisci il nome del server con il nome del server di posta del provider indicato nelle impostazioni suggerite qui sotto.
    .step-2 = Mantieni la sicurezza e la porta indicate accanto: vanno insieme.
    .step-3 = Cerca il nome del server di posta nelle pagine di assistenza del tuo provider se non viene mostrato nessun suggerimento.
    .gmail-step-1 = Sostituisci il nome del server con imap.gmail.com per IMAP o pop.gmail.com per POP.
    .gmail-step-2 = Scegli SSL/TLS e porta 993 per IMAP, oppure porta 995 per POP.
    .gmail-step-3 = Per l'invio usa smtp.gmail.com con SSL/TLS e porta 465, oppure STARTTLS e porta 587.
    .outlook-step-1 = Sostituisci il nome del server con outlook.office365.com.
    .outlook-step-2 = Scegli SSL/TLS e porta 993 per IMAP, oppure porta 995 per POP.
    .outlook-step-3 = Per l'invio usa smtp-mail.outlook.com con STARTTLS e porta 587.
    .outlook-step-4 = Nella tua app di posta scegli l'accesso con Microsoft (OAuth): Outlook.com non accetta più password dalle app di posta.
    .yahoo-step-1 = Sostituisci il nome del server con imap.mail.yahoo.com per IMAP o pop.mail.yahoo.com per POP.
    .yahoo-step-2 = Scegli SSL/TLS e porta 993 per IMAP, oppure porta 995 per POP.
    .yahoo-step-3 = Per l'invio usa smtp.mail.yahoo.com con SSL/TLS e porta 465.
    .icloud-step-1 = Sostituisci il nome del server con imap.mail.me.com; iCloud Mail non ha un server POP.
    .icloud-step-2 = Scegli SSL/TLS e porta 993.
    .icloud-step-3 = Per l'invio usa smtp.mail.me.com con STARTTLS e porta 587.

finding-input-protocol_port_mismatch = Questa porta appartiene a un altro tipo di server di posta
    .explanation = Ogni tipo di server di posta ha le sue porte: IMAP usa 993 o 143, POP usa 995 o 110 e l'invio (SMTP) usa 465, 587 o 25. La porta scelta appartiene a un tipo diverso da quello che stai configurando, quindi probabilmente risponderà il servizio sbagliato.
    .step-1 = Controlla se volevi configurare IMAP, POP o l'invio (SMTP); l'uso abituale della porta è indicato qui sotto.
    .step-2 = Cambia la porta con quella abituale indicata qui sotto, con la sicurezza corrispondente: SSL/TLS su 993, 995 e 465, STARTTLS su 143, 110 e 587.
    .step-3 = Esegui di nuovo il test con la porta corretta.
    .icloud-explanation = La porta scelta appartiene a un altro tipo di server di posta. iCloud Mail ne usa solo due: la porta 993 per la posta in arrivo tramite IMAP (non c'è POP) e la porta 587 per l'invio.
    .icloud-step-1 = Per la posta in arrivo configura l'account come IMAP con imap.mail.me.com, SSL/TLS e porta 993; iCloud Mail non ha un server POP.
    .icloud-step-2 = Per l'invio usa smtp.mail.me.com con STARTTLS e porta 587.
    .icloud-step-3 = Esegui di nuovo il test con queste impostazioni.

finding-input-host_protocol_mismatch = Il nome del server è di un altro tipo di server di posta
    .explanation = Il nome del server inizia con una parola che indica di che tipo di server si tratta, come "pop." per POP, "imap." per IMAP o "smtp." per l'invio, e non corrisponde a quello che stai configurando. Molti provider usano macchine separate per questi servizi, quindi quella sbagliata potrebbe non rispondere o rispondere in modo sbagliato.
    .step-1 = Controlla se volevi configurare IMAP, POP o l'invio (SMTP).
    .step-2 = Usa il nome del server indicato come host suggerito qui sotto, oppure cerca il nome giusto nelle pagine di assistenza del tuo provider.
    .step-3 = Esegui di nuovo il test con il nome corretto.
    .icloud-explanation = Il nome del server non corrisponde al tipo di server che stai configurando. iCloud Mail ha un solo server per la posta in arrivo, solo tramite IMAP (non c'è POP), e un solo server per l'invio.
    .icloud-step-1 = Per la posta in arrivo configura l'account come IMAP con imap.mail.me.com, SSL/TLS e porta 993; iCloud Mail non ha un server POP.
    .icloud-step-2 = Per l'invio usa smtp.mail.me.com con STARTTLS e porta 587.
    .icloud-step-3 = Esegui di nuovo il test con queste impostazioni.

finding-input-security_port_mismatch = L'impostazione di sicurezza non è adatta a questa porta
    .explanation = Le porte 993, 995 e 465 si aspettano SSL/TLS fin dal primo byte, mentre le porte 143, 110 e 587 iniziano in chiaro e passano alla crittografia con STARTTLS. La sicurezza scelta è dell'altro tipo, quindi probabilmente la connessione si bloccherà o non riuscirà.
    .step-1 = Se hai scelto SSL/TLS sulla porta 143, 110 o 587: mantieni SSL/TLS e cambia la porta in 993 (IMAP), 995 (POP) o 465 (SMTP).
    .step-2 = Se hai scelto STARTTLS o nessuna sicurezza sulla porta 993, 995 o 465: mantieni la porta e scegli SSL/TLS.
    .step-3 = Esegui di nuovo il test con i valori indicati nelle impostazioni suggerite qui sotto.


## dns: finding the server's address

finding-dns-nxdomain = Il nome del server non esiste
    .explanation = Il sistema dei nomi di Internet (DNS) dice che non esiste nessun server con questo nome. Quasi sempre si tratta di un errore di battitura o di un nome di server ricavato dall'indirizzo email invece che cercato.
    .step-1 = Controlla lettera per lettera che nel nome del server non ci siano errori di battitura.
    .step-2 = Cerca il nome esatto del server della posta in arrivo nelle pagine di assistenza del tuo provider; non ricavarlo dal tuo indirizzo email.
    .step-3 = Se il nome appartiene al tuo dominio, chiedi a chi gestisce il dominio di aggiungere il nome del server di posta ai suoi record DNS.

finding-dns-no_address = Il nome del server esiste ma non porta da nessuna parte
    .explanation = Il nome è noto al DNS ma non ha un indirizzo Internet, quindi non c'è nulla a cui connettersi. Succede quando un dominio esiste ma non vi è stato configurato nessun nome di server di posta, oppure quando è stato configurato solo il sito web o l'instradamento della posta in arrivo (MX).
    .step-1 = Controlla di aver inserito il nome del server di posta e non solo il tuo dominio.
    .step-2 = Cerca il nome esatto del server della posta in arrivo nelle pagine di assistenza del tuo provider.
    .step-3 = Se gestisci il dominio: aggiungi per questo nome un record di indirizzo (A per IPv4, AAAA per IPv6) che punti al server di posta.

finding-dns-servfail = Il server dei nomi non è riuscito a cercare questo nome
    .explanation = Il server DNS interpellato ha avuto un errore o si è rifiutato di rispondere. Di solito indica una configurazione DNS del dominio difettosa (ad esempio un errore DNSSEC o un server dei nomi non attivo), non un problema della tua app di posta.
    .step-1 = Attendi qualche minuto ed esegui di nuovo il test; brevi interruzioni del DNS sono frequenti.
    .step-2 = Controlla che il nome del server sia scritto correttamente.
    .step-3 = Se continua a non funzionare, informa chi gestisce il dominio che i suoi server dei nomi non rispondono correttamente; può controllare il dominio con uno strumento di test DNS.

finding-dns-timeout = La ricerca del nome del server ha richiesto troppo tempo
    .explanation = Nessun server DNS ha risposto in tempo, quindi l'indirizzo del server non è noto. I server dei nomi del dominio potrebbero essere non attivi o irraggiungibili, oppure la rete usata per il test potrebbe bloccare il DNS.
    .step-1 = Esegui di nuovo il test tra qualche minuto.
    .step-2 = Controlla che il nome del server sia scritto correttamente.
    .step-3 = Se continua a non funzionare, informa chi gestisce il dominio che i suoi server dei nomi non rispondono.

finding-dns-blocked_address = Il nome del server punta a un indirizzo che maildoctor non verifica
    .explanation = Tutti gli indirizzi di questo nome sono privati, locali o comunque riservati, come una rete domestica, il computer stesso o un indirizzo interno di un cloud. Per sicurezza, maildoctor non si connette a questi indirizzi, a meno che non sia stato configurato per consentirlo.
    .step-1 = Controlla di aver inserito il nome pubblico del server di posta, non uno interno o locale.
    .step-2 = Se gestisci il dominio: assicurati che il record DNS pubblico di questo nome punti all'indirizzo pubblico del server.
    .step-3 = Se gestisci maildoctor per un help desk che verifica server privati: avvialo con --allow-private, oppure aggiungi l'intervallo privato al suo elenco di indirizzi consentiti.

finding-dns-did_you_mean = Il nome del server sembra scritto male
    .explanation = Il nome differisce solo per una o due lettere dal nome del server di posta di un provider conosciuto. Probabilmente è un errore di battitura.
    .step-1 = Confronta il nome che hai inserito con il nome suggerito qui sotto.
    .step-2 = Usa il nome suggerito se è il server che intendevi ed esegui di nuovo il test.

finding-dns-provider_lookup_failed = Il DNS di questa rete non riesce a trovare un server di posta conosciuto
    .explanation = Il nome del server è quello del server di posta di un provider conosciuto, che esiste di sicuro, eppure il server DNS interpellato ha risposto che non esiste, non ha risposto oppure ha fornito un indirizzo che non può essere del provider. Questo indica un problema nel DNS della rete da cui è stato eseguito il test, come un servizio di filtro o di parental control, una pagina di accesso a una rete Wi-Fi o un router difettoso, non un errore di battitura.
    .step-1 = Prova la tua app di posta su un'altra rete, ad esempio con i dati mobili del telefono invece del Wi-Fi, per vedere se lì funziona.
    .step-2 = Se usi il Wi-Fi pubblico di un hotel, un bar, un aeroporto o simili, apri prima una pagina web qualsiasi e completa la pagina di accesso, poi riprova.
    .step-3 = Riavvia il router, oppure imposta il dispositivo in modo che usi un altro server DNS, come quello del tuo provider Internet o uno pubblico come 1.1.1.1 o 9.9.9.9.
    .step-4 = Su una rete aziendale o scolastica, chiedi al reparto IT se il suo filtro DNS blocca questo servizio di posta; il server DNS interpellato è indicato qui sotto.


## tcp: reaching the server

finding-tcp-refused = Il server ha rifiutato la connessione
    .explanation = Il server è stato raggiunto, ma su questa porta nessun servizio accetta connessioni. Di solito la porta è sbagliata per questo server, oppure il servizio di posta è fermo; a volte un server blocca un indirizzo per un certo tempo dopo molti accessi non riusciti.
    .step-1 = Controlla la porta: usa 993 per IMAP, 995 per POP oppure 465 o 587 per l'invio, come indicato nelle pagine di assistenza del tuo provider.
    .step-2 = Controlla che il nome del server sia quello del server di posta e non di un'altra macchina dello stesso provider.
    .step-3 = Se gestisci il server: controlla che il servizio di posta sia attivo e in ascolto su questa porta.
    .step-4 = Se le stesse impostazioni prima funzionavano, attendi un'ora: il server potrebbe aver bloccato il tuo indirizzo dopo molti accessi non riusciti.

finding-tcp-timeout = Il server non ha risposto in tempo
    .explanation = Il tentativo di connessione non ha ricevuto nessuna risposta. Probabilmente un firewall lungo il percorso la scarta, il server non è attivo oppure la porta è chiusa senza segnalarlo.
    .step-1 = Riprova da un'altra rete, ad esempio con i dati mobili del telefono: alcune reti, hotel e aziende bloccano le porte della posta.
    .step-2 = Controlla la porta: usa 993 per IMAP, 995 per POP oppure 465 o 587 per l'invio.
    .step-3 = Se gestisci il server: controlla che il firewall consenta le connessioni in entrata su questa porta e che il server sia attivo.

finding-tcp-unreachable = Il server non è raggiungibile da qui
    .explanation = La rete ha segnalato che non esiste un percorso verso il server. La rete del server potrebbe non essere attiva, oppure l'indirizzo potrebbe non essere raggiungibile da Internet.
    .step-1 = Esegui di nuovo il test tra qualche minuto.
    .step-2 = Controlla che il nome del server sia il nome pubblico del server di posta.
    .step-3 = Se gestisci il server: controlla la sua connessione di rete e che il suo indirizzo pubblico sia instradato.

finding-tcp-partial = Alcuni indirizzi del server non funzionano
    .explanation = Il nome del server ha più indirizzi, spesso uno IPv6 e uno IPv4, e solo alcuni accettano connessioni. Le app di posta che provano prima un indirizzo non funzionante possono essere lente o non riuscire a connettersi ogni tanto.
    .step-1 = Guarda i risultati per indirizzo qui sotto per vedere quali indirizzi non funzionano.
    .step-2 = Se gestisci il server: correggi gli indirizzi che non funzionano, oppure elimina i loro record DNS (spesso il record IPv6 AAAA) finché non funzionano.
    .step-3 = Se non gestisci il server: segnala al tuo provider gli indirizzi che non funzionano; nel frattempo la tua app di posta dovrebbe comunque connettersi tramite quelli che funzionano.


## tls: encryption and certificates

finding-tls-plaintext_on_tls_port = È stato scelto SSL/TLS, ma questa porta inizia senza crittografia
    .explanation = Le tue impostazioni indicano SSL/TLS, che crittografa dal primo byte, ma su questa porta il server ha inviato il saluto in chiaro. La porta si aspetta STARTTLS (crittografia attivata dopo il saluto) oppure nessuna crittografia.
    .step-1 = Nella tua app di posta scegli STARTTLS per questa porta, oppure mantieni SSL/TLS e cambia la porta in 993 (IMAP), 995 (POP) o 465 (SMTP).
    .step-2 = Se il tuo provider lo offre, preferisci SSL/TLS su 993, 995 o 465: così la connessione è crittografata fin dal primo byte.
    .step-3 = Esegui di nuovo il test con le nuove impostazioni.

finding-tls-tls_on_plaintext_port = Questa porta richiede SSL/TLS fin dall'inizio
    .explanation = Era previsto un saluto in chiaro perché è stato scelto STARTTLS o nessuna sicurezza, ma il server attende subito la crittografia. Le porte come 993, 995 e 465 funzionano così.
    .step-1 = Nella tua app di posta scegli SSL/TLS per questa porta.
    .step-2 = Se invece vuoi STARTTLS, cambia la porta in 143 (IMAP), 110 (POP) o 587 (SMTP).
    .step-3 = Esegui di nuovo il test con le nuove impostazioni.

finding-tls-handshake_failed = Non è stato possibile stabilire la connessione sicura
    .explanation = Il server e maildoctor non sono riusciti ad accordarsi su come crittografare la connessione, oppure il server ha interrotto il tentativo. Può dipendere da una porta sbagliata, da un server configurato male o da un dispositivo di rete che interferisce con il traffico crittografato.
    .step-1 = Controlla che porta e impostazione di sicurezza vadano insieme: SSL/TLS su 993, 995 e 465, STARTTLS su 143, 110 e 587.
    .step-2 = Riprova da un'altra rete, nel caso in cui un firewall o un filtro interferisca con le connessioni crittografate.
    .step-3 = Se gestisci il server: controlla la sua configurazione TLS e cerca nei suoi log l'errore di handshake indicato qui sotto.

finding-tls-protocol_outdated = Crittografia obsoleta: l'app e il server non riescono ad accordarsi su una versione TLS sicura
    .explanation = Una delle due parti supporta solo versioni di crittografia vecchie (TLS 1.0 o 1.1) o cifrari deboli che non sono più considerati sicuri. O il server offre solo quelli, che le app di posta attuali e maildoctor rifiutano, oppure il server rifiuta una vecchia app di posta che conosce solo quelli.
    .step-1 = Se il server dice che TLS 1.0 e 1.1 non sono supportati: aggiorna l'app di posta o il sistema del dispositivo, oppure passa a un'app che supporti TLS 1.2.
    .step-2 = Altrimenti chiedi al tuo provider o all'amministratore del server di attivare TLS 1.2 e TLS 1.3.
    .step-3 = Se gestisci il server: aggiorna il server di posta e la sua libreria TLS, e consenti TLS 1.2 e 1.3 nelle sue impostazioni.
    .step-4 = Non disattivare la crittografia nella tua app di posta per aggirare il problema: la tua password viaggerebbe senza protezione.

finding-tls-cert_name_mismatch = Il certificato del server è per un altro nome
    .explanation = Il certificato presentato dal server non include il nome del server che hai inserito, quindi l'app di posta non può essere sicura di aver raggiunto il server giusto. Spesso il server di posta del provider ha un nome diverso da quello inserito, ad esempio un nome dell'hosting condiviso invece del tuo dominio.
    .step-1 = Guarda i nomi coperti dal certificato, elencati qui sotto.
    .step-2 = Usa uno di questi nomi come nome del server nella tua app di posta, se è il server di posta del tuo provider.
    .step-3 = Controlla di aver scelto il tipo di server giusto: un nome IMAP per IMAP, un nome POP per POP.
    .step-4 = Se gestisci il server: installa un certificato che includa questo nome del server.

finding-tls-cert_expired = Il certificato del server è scaduto
    .explanation = I certificati sono validi per un tempo limitato e la data di scadenza di questo è passata. Le app di posta mostrano un avviso o rifiutano di connettersi, perché un certificato scaduto non può più dimostrare che il server è autentico.
    .step-1 = Informa il tuo provider o l'amministratore del server che il certificato è scaduto; la data di scadenza è indicata qui sotto.
    .step-2 = Non accettare in modo permanente l'avviso sul certificato nella tua app di posta: nasconderebbe sia questo problema sia un vero attacco.
    .step-3 = Se gestisci il server: rinnova il certificato, installalo con il suo certificato intermedio e riavvia o ricarica il servizio di posta.

finding-tls-cert_not_yet_valid = Il certificato del server non è ancora valido
    .explanation = La data di inizio validità del certificato è nel futuro. O è stato installato troppo presto un nuovo certificato, oppure l'orologio del server o del computer che esegue il test è sbagliato.
    .step-1 = Controlla che data e ora sul tuo dispositivo siano corrette.
    .step-2 = Informa il tuo provider o l'amministratore del server; la data di inizio validità del certificato è indicata qui sotto.
    .step-3 = Se gestisci il server: controlla l'orologio del server e installa un certificato valido adesso.

finding-tls-cert_expiring_soon = Il certificato del server scade a breve
    .explanation = Il certificato funziona ancora, ma scade entro 14 giorni. Dopo, le app di posta mostreranno un avviso o rifiuteranno di connettersi.
    .step-1 = Informa il tuo provider o l'amministratore del server che il certificato scade a breve; la data è indicata qui sotto.
    .step-2 = Se gestisci il server: rinnova subito il certificato, controlla che il rinnovo automatico funzioni e ricarica il servizio di posta dopo il rinnovo.

finding-tls-cert_self_signed = Il certificato del server non è stato emesso da un'autorità attendibile
    .explanation = Il certificato è stato firmato dal server stesso, quindi nessuna autorità riconosciuta ne garantisce l'autenticità. Le app di posta non possono distinguerlo dal certificato di un malintenzionato e mostrano un avviso.
    .step-1 = Controlla che il nome del server sia il server di posta pubblico del tuo provider; alcuni provider usano un nome diverso che ha un certificato valido.
    .step-2 = Se gestisci il server: installa per questo nome del server un certificato di un'autorità attendibile, ad esempio uno gratuito di Let's Encrypt.
    .step-3 = Se si tratta volutamente di un server privato: installa il suo certificato come attendibile su ogni dispositivo, ma solo dopo averne verificato l'impronta digitale con l'amministratore.

finding-tls-cert_untrusted = Il certificato del server proviene da un'autorità sconosciuta
    .explanation = Il certificato è stato emesso da un'autorità di cui le app di posta non si fidano, come l'autorità interna di un'azienda o un'autorità sconosciuta. All'interno di un'organizzazione può andare bene, ma il certificato di un malintenzionato ha lo stesso aspetto.
    .step-1 = Controlla che il nome del server sia il server di posta pubblico del tuo provider.
    .step-2 = Se il server appartiene alla tua organizzazione: chiedi al reparto IT il certificato radice dell'organizzazione e installalo sul tuo dispositivo.
    .step-3 = Se gestisci il server: installa per questo nome del server un certificato di un'autorità pubblicamente attendibile.

finding-tls-cert_chain_incomplete = Il server non invia la catena completa dei certificati
    .explanation = Il server ha inviato il proprio certificato ma non il certificato intermedio che lo collega a un'autorità attendibile. Alcune app riescono a colmare la lacuna da sole e altre no, quindi le stesse impostazioni funzionano su un dispositivo e non su un altro. maildoctor recupera il certificato mancante dall'indirizzo indicato nel certificato del server, e i dettagli qui sotto dicono quale certificato manca e se la cosa è stata confermata.
    .step-1 = Informa il tuo provider o l'amministratore del server che manca il certificato intermedio e comunicagli il nome e l'indirizzo del certificato elencati qui sotto.
    .step-2 = Se gestisci il server: installa il certificato per questo nome insieme al certificato intermedio (il file con la catena completa fornito dalla tua autorità), poi ricarica il servizio di posta.
    .step-3 = Esegui di nuovo il test dopo, per confermare che la catena sia completa.

finding-tls-starttls_unsupported = Il server non offre STARTTLS
    .explanation = È stato scelto STARTTLS, ma su questa porta il server non offre di passare alla crittografia. Senza di essa la password viaggerebbe non crittografata.
    .step-1 = Nella tua app di posta scegli invece SSL/TLS e la porta 993 (IMAP), 995 (POP) o 465 (SMTP).
    .step-2 = Controlla che nome del server e porta siano quelli consigliati dal tuo provider.
    .step-3 = Se gestisci il server: attiva TLS per questo servizio e questa porta.

finding-tls-starttls_failed = Il passaggio alla crittografia non è riuscito
    .explanation = Il server ha offerto STARTTLS, ma il passaggio a una connessione crittografata non è stato completato. La configurazione TLS del server potrebbe essere difettosa, oppure qualcosa nella rete interferisce.
    .step-1 = Nella tua app di posta prova invece SSL/TLS e la porta 993 (IMAP), 995 (POP) o 465 (SMTP).
    .step-2 = Riprova da un'altra rete, nel caso in cui un firewall interferisca con le connessioni crittografate.
    .step-3 = Se gestisci il server: controlla il suo certificato TLS, le sue impostazioni e cerca nei suoi log l'errore indicato qui sotto.

finding-tls-not_used = La connessione non è crittografata
    .explanation = La connessione è stata stabilita senza alcuna crittografia, quindi la tua password e la tua posta possono essere lette da chiunque lungo il percorso. La maggior parte dei provider rifiuta l'accesso su connessioni di questo tipo.
    .step-1 = Nella tua app di posta scegli SSL/TLS e la porta 993 (IMAP), 995 (POP) o 465 (SMTP).
    .step-2 = Se il server non offre SSL/TLS, scegli STARTTLS con la porta 143 (IMAP), 110 (POP) o 587 (SMTP).
    .step-3 = Se gestisci il server: attiva TLS e smetti di accettare password su connessioni non crittografate.


## protocol: what answers on the port

finding-protocol-pop3_not_imap = Questa porta è per POP, non per IMAP
    .explanation = Stai configurando IMAP, ma su questo host e questa porta ha risposto un server POP. I due funzionano in modo diverso, quindi l'app di posta non può comunicare con esso come IMAP.
    .step-1 = Se vuoi IMAP: cambia la porta in 993 con SSL/TLS (o 143 con STARTTLS) e usa il nome del server IMAP indicato nelle pagine di assistenza del tuo provider.
    .step-2 = Se vuoi POP: configura l'account come POP invece che come IMAP.
    .step-3 = Esegui di nuovo il test con le impostazioni corrette.
    .icloud-explanation = Stai configurando IMAP, ma ha risposto un server POP. iCloud Mail non ha un server POP, quindi questo non è il server di iCloud.
    .icloud-step-1 = Usa imap.mail.me.com come nome del server.
    .icloud-step-2 = Scegli SSL/TLS e porta 993.
    .icloud-step-3 = Esegui di nuovo il test con queste impostazioni.

finding-protocol-imap_not_pop3 = Questa porta è per IMAP, non per POP
    .explanation = Stai configurando POP, ma su questo host e questa porta ha risposto un server IMAP. L'app di posta non può comunicare con esso come POP.
    .step-1 = Se vuoi POP: cambia la porta in 995 con SSL/TLS (o 110 con STARTTLS) e usa il nome del server POP indicato nelle pagine di assistenza del tuo provider.
    .step-2 = Se per te va bene IMAP: configura invece l'account come IMAP; mantiene la posta sincronizzata su tutti i dispositivi.
    .step-3 = Esegui di nuovo il test con le impostazioni corrette.
    .icloud-explanation = Stai configurando POP, ma iCloud Mail non ha un server POP: la posta in arrivo è disponibile solo tramite IMAP.
    .icloud-step-1 = Configura l'account come IMAP invece che come POP.
    .icloud-step-2 = Usa imap.mail.me.com con SSL/TLS e porta 993.
    .icloud-step-3 = Esegui di nuovo il test come IMAP.

finding-protocol-smtp_not_incoming = Questo è un server per l'invio, non per la posta in arrivo
    .explanation = Stai configurando la posta in arrivo (IMAP o POP), ma ha risposto un server per l'invio (SMTP). Invio e ricezione usano server o porte diversi.
    .step-1 = Per la posta in arrivo usa il nome del server della posta in arrivo: di solito inizia con "imap." o "pop.", non con "smtp.".
    .step-2 = Usa la porta 993 con SSL/TLS per IMAP, oppure la porta 995 con SSL/TLS per POP.
    .step-3 = Inserisci invece questo server e questa porta nelle impostazioni della posta in uscita (SMTP) della tua app di posta, se è lì che vanno.

finding-protocol-incoming_not_smtp = Questo è un server per la posta in arrivo, non per l'invio
    .explanation = Stai configurando l'invio (SMTP), ma ha risposto un server della posta in arrivo (IMAP o POP). L'invio usa un nome di server o una porta propri.
    .step-1 = Per l'invio usa il nome del server della posta in uscita: di solito inizia con "smtp.".
    .step-2 = Usa la porta 465 con SSL/TLS, oppure la porta 587 con STARTTLS.
    .step-3 = Inserisci invece questo server e questa porta nelle impostazioni della posta in arrivo della tua app di posta, se è lì che vanno.

finding-protocol-http_not_mail = Ha risposto un server web, non un server di posta
    .explanation = L'host e la porta portano a un sito web. Le app di posta hanno bisogno del server di posta del provider e di una porta per la posta, non dell'indirizzo che apri nel browser.
    .step-1 = Controlla che la porta sia una porta per la posta: 993 o 143 per IMAP, 995 o 110 per POP, 465 o 587 per l'invio; 80 e 443 sono porte web.
    .step-2 = Sostituisci il nome del server con il nome del server di posta indicato nelle pagine di assistenza del tuo provider; di solito inizia con "imap.", "pop.", "smtp." o "mail.".
    .step-3 = Esegui di nuovo il test con le impostazioni corrette.

finding-protocol-unknown = Ha risposto qualcosa che non è un server di posta
    .explanation = Il server ha risposto, ma non come un server di posta; potrebbe essere un altro tipo di servizio, come l'accesso remoto (SSH), oppure un dispositivo lungo il percorso. I primi byte che ha inviato sono indicati qui sotto.
    .step-1 = Controlla che la porta sia una porta per la posta: 993 o 143 per IMAP, 995 o 110 per POP, 465 o 587 per l'invio.
    .step-2 = Controlla che il nome del server sia il server di posta del tuo provider.
    .step-3 = Se gestisci il server: controlla quale programma è in ascolto su questa porta.

finding-protocol-no_greeting = Il server si è connesso ma non ha detto nulla
    .explanation = La connessione è stata stabilita, ma il server non ha mai inviato il saluto che un server di posta invia per primo. Il server potrebbe essere sovraccarico o bloccato, potrebbe limitare le connessioni da uno stesso indirizzo oppure potrebbe attendere una crittografia che non è stata avviata.
    .step-1 = Controlla che porta e impostazione di sicurezza vadano insieme: SSL/TLS su 993, 995 e 465, STARTTLS su 143, 110 e 587.
    .step-2 = Chiudi le altre app di posta o gli altri dispositivi che usano questo account, poi esegui di nuovo il test tra qualche minuto.
    .step-3 = Se gestisci il server: controlla che il servizio di posta funzioni correttamente e se è stato raggiunto un limite di connessioni per indirizzo.

finding-protocol-rejected = Il server ha rifiutato subito il servizio
    .explanation = Il server ha risposto, ma ha subito rifiutato di servire questa connessione. Potrebbe essere troppo occupato, bloccare l'indirizzo da cui viene eseguito il test oppure essere chiuso per manutenzione; il suo messaggio è indicato qui sotto.
    .step-1 = Leggi il messaggio del server qui sotto: spesso dice il motivo.
    .step-2 = Attendi un po' ed esegui di nuovo il test, soprattutto se il messaggio parla di server occupato o di troppe connessioni.
    .step-3 = Chiedi al tuo provider o all'amministratore del server se il tuo indirizzo o la tua rete sono bloccati.

finding-server-slow_response = Il server è lento a rispondere
    .explanation = Il server ha impiegato più di 3 secondi per inviare il saluto. Funziona ancora, ma le app di posta potrebbero andare in timeout, e spesso significa che il server è sovraccarico o lento a risolvere l'indirizzo che si connette.
    .step-1 = Esegui di nuovo il test più tardi per vedere se il ritardo persiste.
    .step-2 = Aumenta il timeout di connessione nella tua app di posta se rinuncia troppo presto.
    .step-3 = Se gestisci il server: controlla il suo carico e se prima di inviare il saluto attende il DNS inverso o altre ricerche.


## auth: signing in

finding-auth-invalid_credentials = Il nome utente o la password non sono stati accettati
    .explanation = Il server ha rifiutato l'accesso. Di solito la password o il nome utente sono sbagliati, ma molti provider danno la stessa risposta quando vogliono una password per le app o un altro metodo di accesso. Per esempio, "LOGIN failed" o "AUTHENTICATE failed" di Microsoft di solito significa che l'accesso con password è disattivato per l'account.
    .step-1 = Controlla la password: digitala di nuovo con attenzione, facendo caso al blocco delle maiuscole e alla lingua della tastiera.
    .step-2 = Controlla il nome utente: la maggior parte dei provider vuole il tuo indirizzo email completo.
    .step-3 = Accedi alla webmail del tuo provider con lo stesso nome utente e la stessa password per confermare che siano giusti.
    .step-4 = Se la webmail funziona ma l'app di posta no, controlla se il tuo provider richiede una password per le app per accedere dalle app di posta.
    .gmail-explanation = Gmail ha rifiutato l'accesso. Gmail non accetta più la tua normale password Google dalle app di posta (per gli account personali dal 30 maggio 2022, per gli account di lavoro e della scuola dall'autunno 2024), quindi di solito serve una password per le app o "Accedi con Google"; la password potrebbe anche essere stata digitata male o revocata.
    .gmail-step-1 = Usa l'indirizzo Gmail completo come nome utente.
    .gmail-step-2 = Attiva la verifica in due passaggi nel tuo Account Google, nella sezione Sicurezza, se non è ancora attiva.
    .gmail-step-3 = Crea una password per le app nel tuo Account Google (Sicurezza, Verifica in due passaggi, Password per le app) e usala al posto della tua password normale.
    .gmail-step-4 = Usa invece "Accedi con Google" se la tua app di posta lo offre (Apple Mail, Outlook e Thunderbird lo fanno); lì funziona la tua normale password Google.
    .gmail-step-5 = Per un account di lavoro o della scuola: chiedi al tuo amministratore se le password per le app o le app di posta sono consentite.
    .yahoo-explanation = Yahoo ha rifiutato l'accesso. Yahoo dà la stessa risposta sia per una password sbagliata sia per una password normale usata dove è richiesta una password per le app, e le app di posta hanno bisogno di una password per le app.
    .yahoo-step-1 = Usa l'indirizzo Yahoo completo come nome utente.
    .yahoo-step-2 = Accedi a Yahoo in un browser, apri Info account, poi Sicurezza dell'account, e scegli di generare una password per le app.
    .yahoo-step-3 = Usa la password per le app nella tua app di posta al posto della tua password normale.
    .aol-explanation = AOL ha rifiutato l'accesso. AOL dà la stessa risposta sia per una password sbagliata sia per una password normale usata dove è richiesta una password per le app, e le app di posta hanno bisogno di una password per le app.
    .aol-step-1 = Usa l'indirizzo AOL completo come nome utente.
    .aol-step-2 = Accedi ad AOL in un browser, apri Info account, poi Sicurezza dell'account, e scegli di generare una password per le app.
    .aol-step-3 = Usa la password per le app nella tua app di posta al posto della tua password normale.
    .icloud-explanation = iCloud ha rifiutato l'accesso. iCloud dà la stessa risposta sia per una password sbagliata sia per la password dell'Account Apple usata dove è richiesta una password specifica per le app, e le app di posta hanno bisogno di una password specifica per le app.
    .icloud-step-1 = Usa come nome utente la parte del tuo indirizzo iCloud prima della @; se viene rifiutata, prova con l'indirizzo completo.
    .icloud-step-2 = Accedi al tuo Account Apple in un browser, apri Accesso e sicurezza, poi Password specifiche per le app, e creane una; l'autenticazione a due fattori deve essere attiva.
    .icloud-step-3 = Usa la password specifica per le app nella tua app di posta al posto della password dell'Account Apple.
    .qq-explanation = QQ Mail ha rifiutato l'accesso. Le app di posta devono usare un codice di autorizzazione ottenuto dalle impostazioni di QQ Mail, non la tua password QQ.
    .qq-step-1 = Usa l'indirizzo QQ Mail completo come nome utente.
    .qq-step-2 = In QQ Mail sul web apri Impostazioni, poi Account, e attiva il servizio IMAP/SMTP (e POP3 se lo usi).
    .qq-step-3 = Genera lì un codice di autorizzazione e usalo nella tua app di posta al posto della password.
    .netease-explanation = NetEase Mail ha rifiutato l'accesso. Le app di posta devono usare un codice di autorizzazione client ottenuto dalle impostazioni della casella di posta, non la password dell'account.
    .netease-step-1 = Usa l'indirizzo 163, 126 o yeah.net completo come nome utente.
    .netease-step-2 = Nella casella di posta sul web apri Impostazioni, poi POP3/SMTP/IMAP, e attiva il servizio IMAP/SMTP (e POP3 se lo usi).
    .netease-step-3 = Crea lì un codice di autorizzazione client e usalo nella tua app di posta al posto della password.
    .netease126-explanation = NetEase Mail ha rifiutato l'accesso. Le app di posta devono usare un codice di autorizzazione client ottenuto dalle impostazioni della casella di posta, non la password dell'account.
    .netease126-step-1 = Usa l'indirizzo 163, 126 o yeah.net completo come nome utente.
    .netease126-step-2 = Nella casella di posta sul web apri Impostazioni, poi POP3/SMTP/IMAP, e attiva il servizio IMAP/SMTP (e POP3 se lo usi).
    .netease126-step-3 = Crea lì un codice di autorizzazione client e usalo nella tua app di posta al posto della password.
    .neteaseyeah-explanation = NetEase Mail ha rifiutato l'accesso. Le app di posta devono usare un codice di autorizzazione client ottenuto dalle impostazioni della casella di posta, non la password dell'account.
    .neteaseyeah-step-1 = Usa l'indirizzo 163, 126 o yeah.net completo come nome utente.
    .neteaseyeah-step-2 = Nella casella di posta sul web apri Impostazioni, poi POP3/SMTP/IMAP, e attiva il servizio IMAP/SMTP (e POP3 se lo usi).
    .neteaseyeah-step-3 = Crea lì un codice di autorizzazione client e usalo nella tua app di posta al posto della password.
    .outlook-explanation = Outlook.com ha rifiutato l'accesso. Dal 16 settembre 2024 Outlook.com non accetta più in nessun caso password dalle app di posta, ma solo l'accesso con Microsoft (OAuth), quindi viene rifiutata anche una password corretta.
    .outlook-step-1 = Usa un'app di posta che supporti l'accesso con Microsoft, come Outlook, Apple Mail o Thunderbird con OAuth.
    .outlook-step-2 = Rimuovi l'account dalla tua app di posta e aggiungilo di nuovo scegliendo l'accesso con Microsoft (in Thunderbird: metodo di autenticazione OAuth2).
    .outlook-step-3 = Accedi a outlook.com in un browser per confermare che l'account in sé funziona.
    .microsoft365-explanation = Microsoft 365 ha rifiutato l'accesso. Per IMAP e POP l'accesso con password è stato disattivato a fine 2022, quindi "LOGIN failed" o "AUTHENTICATE failed" di Microsoft di solito significa che l'accesso con password è disattivato e non che la password è sbagliata; può però anche trattarsi di una password sbagliata.
    .microsoft365-step-1 = Usa un'app di posta che supporti l'accesso con Microsoft, come Outlook, Apple Mail o Thunderbird con OAuth, e aggiungi di nuovo l'account con l'accesso con Microsoft.
    .microsoft365-step-2 = Accedi a office.com in un browser con lo stesso account per confermare che la password è giusta.
    .microsoft365-step-3 = Per inviare con una password (SMTP AUTH): chiedi al tuo amministratore di consentire SMTP autenticato per la tua casella di posta; Microsoft lo disattiva per impostazione predefinita a fine dicembre 2026.
    .microsoft365-step-4 = Chiedi al tuo amministratore se le impostazioni predefinite per la sicurezza o l'accesso condizionale bloccano le app di posta per il tuo account.
    .gmx-explanation = GMX ha rifiutato l'accesso. GMX dà la stessa risposta sia per una password sbagliata sia per un account in cui l'accesso tramite POP3 e IMAP è disattivato.
    .gmx-step-1 = Usa l'indirizzo GMX completo come nome utente e verifica la password accedendo a GMX in un browser.
    .gmx-step-2 = In GMX sul web apri Impostazioni, poi POP3 & IMAP, e consenti l'accesso tramite POP3 e IMAP.
    .gmx-step-3 = Esegui di nuovo il test dopo aver salvato l'impostazione.
    .gmxnet-explanation = GMX ha rifiutato l'accesso. GMX dà la stessa risposta sia per una password sbagliata sia per un account in cui l'accesso tramite POP3 e IMAP è disattivato.
    .gmxnet-step-1 = Usa l'indirizzo GMX completo come nome utente e verifica la password accedendo a GMX in un browser.
    .gmxnet-step-2 = In GMX sul web apri Impostazioni, poi POP3 & IMAP, e consenti l'accesso tramite POP3 e IMAP.
    .gmxnet-step-3 = Esegui di nuovo il test dopo aver salvato l'impostazione.
    .webde-explanation = WEB.DE ha rifiutato l'accesso. WEB.DE dà la stessa risposta sia per una password sbagliata sia per un account in cui l'accesso tramite POP3 e IMAP è disattivato.
    .webde-step-1 = Usa l'indirizzo WEB.DE completo come nome utente e verifica la password accedendo a WEB.DE in un browser.
    .webde-step-2 = In WEB.DE sul web apri Impostazioni, poi POP3/IMAP, e consenti l'accesso tramite POP3 e IMAP.
    .webde-step-3 = Esegui di nuovo il test dopo aver salvato l'impostazione.
    .yandex-explanation = Yandex ha rifiutato l'accesso. Yandex dà la stessa risposta per una password sbagliata, per un account in cui l'accesso dalle app di posta è disattivato e per una password normale usata dove è richiesta una password per le app.
    .yandex-step-1 = In Yandex Mail sul web apri le impostazioni per i client di posta e consenti l'accesso tramite IMAP.
    .yandex-step-2 = Crea una password per le app per la posta nelle impostazioni di sicurezza del tuo ID Yandex.
    .yandex-step-3 = Usa l'indirizzo completo come nome utente e la password per le app come password.

finding-auth-app_password_required = Questo account richiede una password per le app
    .explanation = Il tuo provider non accetta la tua password normale dalle app di posta, di solito perché è attiva la verifica in due passaggi. Richiede una password per le app separata, creata nelle impostazioni di sicurezza dell'account, solo per le app di posta.
    .step-1 = Accedi al sito web del tuo provider e apri le impostazioni di sicurezza dell'account.
    .step-2 = Crea una password per le app per la posta (alcuni provider la chiamano password specifica per le app o codice di autorizzazione).
    .step-3 = Usa la password per le app nella tua app di posta al posto della tua password normale.
    .step-4 = Non rivelare a nessuno la password per le app; puoi revocarla in qualsiasi momento dallo stesso punto.
    .gmail-step-1 = Attiva la verifica in due passaggi nel tuo Account Google, nella sezione Sicurezza, se non è ancora attiva.
    .gmail-step-2 = Crea una password per le app nel tuo Account Google (Sicurezza, Verifica in due passaggi, Password per le app).
    .gmail-step-3 = Usa la password per le app nella tua app di posta al posto della tua normale password Google, con l'indirizzo Gmail completo come nome utente.
    .gmail-step-4 = Usa invece "Accedi con Google" se la tua app di posta lo offre; lì funziona la tua normale password Google.
    .yahoo-step-1 = Accedi a Yahoo in un browser e apri Info account, poi Sicurezza dell'account.
    .yahoo-step-2 = Attiva la verifica in due passaggi se non è ancora attiva.
    .yahoo-step-3 = Scegli di generare una password per le app e usala nella tua app di posta al posto della tua password normale.
    .aol-step-1 = Accedi ad AOL in un browser e apri Info account, poi Sicurezza dell'account.
    .aol-step-2 = Attiva la verifica in due passaggi se non è ancora attiva.
    .aol-step-3 = Scegli di generare una password per le app e usala nella tua app di posta al posto della tua password normale.
    .icloud-step-1 = Accedi al tuo Account Apple in un browser e apri Accesso e sicurezza.
    .icloud-step-2 = Attiva l'autenticazione a due fattori se non è ancora attiva.
    .icloud-step-3 = Apri Password specifiche per le app, creane una e usala nella tua app di posta al posto della password dell'Account Apple.
    .qq-explanation = QQ Mail richiede un codice di autorizzazione: le app di posta non possono accedere con la tua password QQ.
    .qq-step-1 = In QQ Mail sul web apri Impostazioni, poi Account.
    .qq-step-2 = Attiva il servizio IMAP/SMTP (e POP3 se lo usi) e conferma tramite SMS quando ti viene chiesto.
    .qq-step-3 = Genera un codice di autorizzazione e usalo nella tua app di posta al posto della password.
    .netease-explanation = NetEase Mail richiede un codice di autorizzazione client: le app di posta non possono accedere con la password dell'account.
    .netease-step-1 = Nella casella di posta 163, 126 o yeah.net sul web apri Impostazioni, poi POP3/SMTP/IMAP.
    .netease-step-2 = Attiva il servizio IMAP/SMTP (e POP3 se lo usi).
    .netease-step-3 = Crea un codice di autorizzazione client e usalo nella tua app di posta al posto della password.
    .netease126-explanation = NetEase Mail richiede un codice di autorizzazione client: le app di posta non possono accedere con la password dell'account.
    .netease126-step-1 = Nella casella di posta 163, 126 o yeah.net sul web apri Impostazioni, poi POP3/SMTP/IMAP.
    .netease126-step-2 = Attiva il servizio IMAP/SMTP (e POP3 se lo usi).
    .netease126-step-3 = Crea un codice di autorizzazione client e usalo nella tua app di posta al posto della password.
    .neteaseyeah-explanation = NetEase Mail richiede un codice di autorizzazione client: le app di posta non possono accedere con la password dell'account.
    .neteaseyeah-step-1 = Nella casella di posta 163, 126 o yeah.net sul web apri Impostazioni, poi POP3/SMTP/IMAP.
    .neteaseyeah-step-2 = Attiva il servizio IMAP/SMTP (e POP3 se lo usi).
    .neteaseyeah-step-3 = Crea un codice di autorizzazione client e usalo nella tua app di posta al posto della password.

finding-auth-web_login_required = Il tuo provider vuole che tu acceda prima al suo sito web
    .explanation = Il provider ha bloccato questo accesso finché non lo confermi sul suo sito web, spesso perché l'accesso è avvenuto da un luogo o da un dispositivo nuovo, oppure perché ha giudicato l'app di posta non sicura. La tua password potrebbe essere giusta.
    .step-1 = Accedi alla webmail del tuo provider in un browser, possibilmente dalla stessa rete della tua app di posta.
    .step-2 = Completa gli eventuali controlli di sicurezza o conferma il tentativo di accesso, se ti viene chiesto.
    .step-3 = Esegui di nuovo il test entro pochi minuti.
    .step-4 = Se continua a succedere, controlla se il tuo provider richiede una password per le app per accedere dalle app di posta.
    .gmail-step-1 = Accedi a Gmail in un browser dalla stessa rete e completa gli eventuali controlli di sicurezza.
    .gmail-step-2 = Nel tuo Account Google, nella sezione Sicurezza, controlla l'attività di sicurezza recente e conferma che l'accesso è stato fatto da te.
    .gmail-step-3 = Usa una password per le app (Account Google, Sicurezza, Verifica in due passaggi, Password per le app) nella tua app di posta, oppure un'app di posta con "Accedi con Google".
    .gmail-step-4 = Esegui di nuovo il test entro pochi minuti.
    .yahoo-step-1 = Accedi a Yahoo Mail in un browser e completa gli eventuali controlli di sicurezza.
    .yahoo-step-2 = Crea una password per le app in Info account, Sicurezza dell'account, e usala nella tua app di posta.
    .yahoo-step-3 = Esegui di nuovo il test entro pochi minuti.
    .aol-step-1 = Accedi ad AOL Mail in un browser e completa gli eventuali controlli di sicurezza.
    .aol-step-2 = Crea una password per le app in Info account, Sicurezza dell'account, e usala nella tua app di posta.
    .aol-step-3 = Esegui di nuovo il test entro pochi minuti.
    .icloud-step-1 = Accedi a icloud.com in un browser e accetta gli eventuali termini o avvisi di sicurezza mostrati.
    .icloud-step-2 = Crea una password specifica per le app nel tuo Account Apple in Accesso e sicurezza e usala nella tua app di posta.
    .icloud-step-3 = Esegui di nuovo il test entro pochi minuti.
    .qq-step-1 = Accedi a QQ Mail in un browser e completa gli eventuali controlli di sicurezza.
    .qq-step-2 = Controlla in Impostazioni, Account che il servizio IMAP/SMTP sia attivo e, se serve, genera un nuovo codice di autorizzazione.
    .qq-step-3 = Usa il codice di autorizzazione nella tua app di posta ed esegui di nuovo il test.
    .netease-step-1 = Accedi alla casella di posta NetEase sul web in un browser e completa gli eventuali controlli di sicurezza.
    .netease-step-2 = Controlla in Impostazioni, POP3/SMTP/IMAP che il servizio IMAP/SMTP sia attivo e, se serve, crea un nuovo codice di autorizzazione client.
    .netease-step-3 = Usa il codice di autorizzazione nella tua app di posta ed esegui di nuovo il test.
    .netease-step-4 = Se dopo l'accesso il server risponde "Unsafe Login": NetEase rifiuta le app di posta che non si identificano, quindi usa Thunderbird, Apple Mail, Outlook o l'app NetEase, oppure POP3 invece di IMAP.
    .netease126-step-1 = Accedi alla casella di posta NetEase sul web in un browser e completa gli eventuali controlli di sicurezza.
    .netease126-step-2 = Controlla in Impostazioni, POP3/SMTP/IMAP che il servizio IMAP/SMTP sia attivo e, se serve, crea un nuovo codice di autorizzazione client.
    .netease126-step-3 = Usa il codice di autorizzazione nella tua app di posta ed esegui di nuovo il test.
    .netease126-step-4 = Se dopo l'accesso il server risponde "Unsafe Login": NetEase rifiuta le app di posta che non si identificano, quindi usa Thunderbird, Apple Mail, Outlook o l'app NetEase, oppure POP3 invece di IMAP.
    .neteaseyeah-step-1 = Accedi alla casella di posta NetEase sul web in un browser e completa gli eventuali controlli di sicurezza.
    .neteaseyeah-step-2 = Controlla in Impostazioni, POP3/SMTP/IMAP che il servizio IMAP/SMTP sia attivo e, se serve, crea un nuovo codice di autorizzazione client.
    .neteaseyeah-step-3 = Usa il codice di autorizzazione nella tua app di posta ed esegui di nuovo il test.
    .neteaseyeah-step-4 = Se dopo l'accesso il server risponde "Unsafe Login": NetEase rifiuta le app di posta che non si identificano, quindi usa Thunderbird, Apple Mail, Outlook o l'app NetEase, oppure POP3 invece di IMAP.

finding-auth-basic_auth_disabled = Questo account non accetta password dalle app di posta
    .explanation = Il server consente solo l'accesso moderno (OAuth), in cui accedi tramite la pagina del provider, quindi una password viene rifiutata anche quando è giusta. maildoctor verifica l'accesso con una password, quindi qui non può andare oltre.
    .step-1 = Usa un'app di posta che supporti l'accesso tramite il provider (spesso indicato come "Accedi con …" o OAuth2).
    .step-2 = Rimuovi l'account dalla tua app di posta e aggiungilo di nuovo scegliendo quel metodo di accesso.
    .step-3 = Se è un account di lavoro: chiedi al tuo amministratore se l'accesso con password può essere consentito per la tua casella di posta.
    .outlook-explanation = Outlook.com ha smesso di accettare password dalle app di posta il 16 settembre 2024. Ora funziona solo l'accesso con Microsoft (OAuth), quindi viene rifiutata anche una password corretta.
    .outlook-step-1 = Usa un'app di posta che supporti l'accesso con Microsoft, come Outlook, Apple Mail o Thunderbird con OAuth.
    .outlook-step-2 = Rimuovi l'account dalla tua app di posta e aggiungilo di nuovo scegliendo l'accesso con Microsoft (in Thunderbird: metodo di autenticazione OAuth2).
    .outlook-step-3 = Aggiorna la tua app di posta se non offre l'accesso con Microsoft; le versioni meno recenti conoscono solo le password.
    .microsoft365-explanation = Da fine 2022 Microsoft 365 non accetta più password per IMAP e POP, e lì funziona solo l'accesso con Microsoft (OAuth). L'invio con password (SMTP AUTH) funziona ancora dove l'amministratore lo consente, finché Microsoft non lo disattiverà per impostazione predefinita a fine dicembre 2026.
    .microsoft365-step-1 = Usa un'app di posta che supporti l'accesso con Microsoft, come Outlook, Apple Mail o Thunderbird con OAuth, e aggiungi di nuovo l'account con l'accesso con Microsoft.
    .microsoft365-step-2 = Per inviare con una password: chiedi al tuo amministratore di consentire SMTP autenticato per la tua casella di posta nell'interfaccia di amministrazione di Microsoft 365 (Utenti, Posta, Gestisci le app di posta elettronica).
    .microsoft365-step-3 = Chiedi al tuo amministratore se le impostazioni predefinite per la sicurezza o l'accesso condizionale bloccano l'accesso con password per il tuo account.
    .microsoft365-step-4 = Pianifica il passaggio a OAuth dei dispositivi e degli script che inviano con una password prima della fine di dicembre 2026.

finding-auth-protocol_disabled = IMAP, POP o l'invio dalle app di posta sono disattivati per questo account
    .explanation = La tua password potrebbe essere giusta, ma l'account non può usare questo tipo di accesso (IMAP, POP o l'invio con SMTP da un'app di posta). Molti provider ti permettono di attivarlo nelle impostazioni sul web; nelle aziende decide l'amministratore.
    .step-1 = Accedi alla webmail del tuo provider e cerca nelle impostazioni l'accesso IMAP, POP o dalle app di posta.
    .step-2 = Attiva l'accesso per il tipo che stai configurando (IMAP o POP) e salva.
    .step-3 = Se l'impostazione non c'è o non si può modificare: chiedi al tuo amministratore o al tuo provider di attivare IMAP o POP per il tuo account.
    .step-4 = Esegui di nuovo il test dopo qualche minuto.
    .gmail-explanation = Gmail ha rifiutato questo tipo di accesso. Da gennaio 2025 IMAP è sempre attivo per gli account Gmail personali, quindi un accesso IMAP rifiutato indica un account di lavoro o della scuola in cui l'amministratore lo ha disattivato; POP ha ancora una sua impostazione.
    .gmail-step-1 = Per POP: in Gmail sul web apri Impostazioni, Visualizza tutte le impostazioni, Inoltro e POP/IMAP, e attiva POP.
    .gmail-step-2 = Per IMAP su un account di lavoro o della scuola: chiedi al tuo amministratore di Google Workspace di consentirti l'accesso POP e IMAP (Console di amministrazione, App, Google Workspace, Gmail, Accesso utente finale).
    .gmail-step-3 = Esegui di nuovo il test dopo aver lasciato qualche minuto perché la modifica venga applicata.
    .gmx-step-1 = Accedi a GMX in un browser e apri Impostazioni, poi POP3 & IMAP.
    .gmx-step-2 = Consenti l'accesso a questo account tramite POP3 e IMAP e salva.
    .gmx-step-3 = Esegui di nuovo il test con l'indirizzo GMX completo come nome utente.
    .gmxnet-step-1 = Accedi a GMX in un browser e apri Impostazioni, poi POP3 & IMAP.
    .gmxnet-step-2 = Consenti l'accesso a questo account tramite POP3 e IMAP e salva.
    .gmxnet-step-3 = Esegui di nuovo il test con l'indirizzo GMX completo come nome utente.
    .webde-step-1 = Accedi a WEB.DE in un browser e apri Impostazioni, poi POP3/IMAP.
    .webde-step-2 = Consenti l'accesso a questo account tramite POP3 e IMAP e salva.
    .webde-step-3 = Esegui di nuovo il test con l'indirizzo WEB.DE completo come nome utente.
    .qq-step-1 = In QQ Mail sul web apri Impostazioni, poi Account.
    .qq-step-2 = Attiva il servizio IMAP/SMTP (e POP3 se lo usi).
    .qq-step-3 = Genera lì un codice di autorizzazione e usalo come password nella tua app di posta.
    .netease-step-1 = Nella casella di posta NetEase sul web apri Impostazioni, poi POP3/SMTP/IMAP.
    .netease-step-2 = Attiva il servizio IMAP/SMTP (e POP3 se lo usi).
    .netease-step-3 = Crea lì un codice di autorizzazione client e usalo come password nella tua app di posta.
    .netease126-step-1 = Nella casella di posta NetEase sul web apri Impostazioni, poi POP3/SMTP/IMAP.
    .netease126-step-2 = Attiva il servizio IMAP/SMTP (e POP3 se lo usi).
    .netease126-step-3 = Crea lì un codice di autorizzazione client e usalo come password nella tua app di posta.
    .neteaseyeah-step-1 = Nella casella di posta NetEase sul web apri Impostazioni, poi POP3/SMTP/IMAP.
    .neteaseyeah-step-2 = Attiva il servizio IMAP/SMTP (e POP3 se lo usi).
    .neteaseyeah-step-3 = Crea lì un codice di autorizzazione client e usalo come password nella tua app di posta.

finding-auth-plaintext_disallowed = Il server non accetta una password senza crittografia
    .explanation = Il server si rifiuta di ricevere una password su una connessione non crittografata, e questo ti protegge. La connessione deve prima usare SSL/TLS o STARTTLS.
    .step-1 = Nella tua app di posta scegli SSL/TLS con la porta 993 (IMAP), 995 (POP) o 465 (SMTP), oppure STARTTLS con la porta 143 (IMAP), 110 (POP) o 587 (SMTP).
    .step-2 = Scegli un'impostazione che crittografi sempre, non una che usi la crittografia solo "se disponibile".
    .step-3 = Esegui di nuovo il test con la crittografia attiva.

finding-auth-mechanism_unsupported = Il server non offre nessun metodo di accesso utilizzabile qui
    .explanation = Il server e maildoctor non hanno nessun metodo di accesso con password in comune, oppure su questa porta l'accesso non è offerto affatto. Succede sulle porte pensate per la posta tra server, come la 25, e sui server che consentono solo l'accesso con OAuth o con certificato.
    .step-1 = Per l'invio usa la porta 587 con STARTTLS o la porta 465 con SSL/TLS, non la porta 25.
    .step-2 = Controlla che la crittografia sia attiva: molti server offrono l'accesso solo dopo SSL/TLS o STARTTLS.
    .step-3 = Se gestisci il server: attiva l'accesso con password (ad esempio PLAIN o LOGIN su TLS) su questa porta.

finding-auth-account_locked = L'account è bloccato o disattivato
    .explanation = Il server dice che l'account è bloccato, disattivato o sospeso, quindi al momento nessuna password funzionerà. I provider lo fanno dopo attività sospette, per servizi non pagati o quando un amministratore blocca l'account.
    .step-1 = Accedi alla webmail del tuo provider in un browser per vedere perché l'account è bloccato e come sbloccarlo.
    .step-2 = Segui i passaggi del provider per recuperare l'account, ad esempio confermando la tua identità o reimpostando la password.
    .step-3 = Per un account di lavoro o della scuola: chiedi al tuo amministratore di sbloccarlo.

finding-auth-too_many_failures = Troppi accessi non riusciti: il server blocca per un po'
    .explanation = Dopo diversi accessi non riusciti il server, o un sistema di sicurezza davanti a esso, rifiuta temporaneamente gli accessi per questo account o dal tuo indirizzo di rete, a volte anche con la password giusta. Di solito il blocco si toglie da solo dopo alcuni minuti o al massimo un'ora.
    .step-1 = Chiudi tutte le app di posta e i dispositivi che usano questo account, in modo che smettano di riprovare con una vecchia password.
    .step-2 = Attendi almeno 15 minuti, o un'ora se il blocco si ripresenta.
    .step-3 = Verifica la password accedendo alla webmail, poi aggiornala in ogni app di posta prima di riattivarle.
    .step-4 = Se il server dice che il tuo indirizzo è bannato o bloccato: chiedi all'amministratore del server di togliere il blocco e controlla se il tuo provider richiede una password per le app per accedere dalle app di posta.

finding-auth-server_error = Il server di posta ha avuto un problema temporaneo
    .explanation = Il server ha detto che al momento non può servirti a causa di un problema da parte sua: è occupato, si sta riavviando o è in manutenzione, oppure una sua parte, come il database degli accessi, non è attiva. Non dipende dalla tua password né dalle tue impostazioni.
    .step-1 = Attendi qualche minuto ed esegui di nuovo il test.
    .step-2 = Controlla la pagina di stato del tuo provider per eventuali interruzioni del servizio.
    .step-3 = Non cambiare la password o le impostazioni a causa di questo messaggio: non sono loro la causa.
    .step-4 = Se il problema persiste: informa il tuo provider o l'amministratore del server, includendo il messaggio del server indicato qui sotto.

finding-auth-failed_unclassified = Accesso non riuscito per un motivo che maildoctor non riconosce
    .explanation = Il server ha rifiutato l'accesso con un messaggio per cui maildoctor non ha una regola. Le parole del server, indicate qui sotto, di solito dicono cosa non va.
    .step-1 = Cerca un motivo nel messaggio del server qui sotto, come un paese bloccato o una policy.
    .step-2 = Verifica nome utente e password accedendo alla webmail.
    .step-3 = Chiedi al tuo provider o all'amministratore del server, citando il messaggio del server indicato qui sotto.

finding-auth-skipped_no_credentials = L'accesso non è stato verificato
    .explanation = Non sono stati forniti nome utente né password, quindi il test si è fermato dopo aver verificato che il server sia raggiungibile e risponda correttamente. Tutto ciò che precede l'accesso è stato verificato.
    .step-1 = Esegui di nuovo il test con il tuo nome utente e la tua password per verificare anche l'accesso.
    .step-2 = Usa una password per le app se il tuo provider ne richiede una per le app di posta.

finding-auth-skipped_insecure = La password non è stata inviata perché la connessione non è sicura
    .explanation = La connessione non era crittografata, oppure il suo certificato non ha superato i controlli, quindi chiunque lungo il percorso avrebbe potuto leggere o intercettare la password. maildoctor non invia mai una password su una connessione di questo tipo, a meno che non gli venga chiesto, quindi l'accesso non è stato verificato.
    .step-1 = Prima risolvi il problema di crittografia trovato da questo test: scegli SSL/TLS (porte 993, 995, 465) o STARTTLS (porte 143, 110, 587), oppure correggi il certificato.
    .step-2 = Usa le stesse impostazioni crittografate nella tua app di posta.
    .step-3 = Solo per un server di test di cui ti fidi su una rete privata: consenti comunque l'invio della password con l'opzione allow_insecure_auth, oppure trust_certificate per un problema di certificato.

finding-auth-password_expired = La password è scaduta
    .explanation = La password è giusta ma troppo vecchia: il server richiede che tu ne imposti una nuova prima di farti entrare. Le app di posta non possono cambiare la password al posto tuo.
    .step-1 = Accedi alla webmail o alla pagina dell'account del tuo provider in un browser e imposta una nuova password quando ti viene chiesto.
    .step-2 = Aggiorna la password in ogni app di posta e dispositivo che usa questo account.
    .step-3 = Per un account di lavoro o della scuola: chiedi al tuo amministratore se la pagina web non offre la possibilità di cambiare la password.

finding-auth-oauth_token_invalid = Il token di accesso è stato rifiutato
    .explanation = Il server ha rifiutato il token di accesso OAuth: potrebbe essere scaduto, essere stato emesso per l'account sbagliato oppure non avere l'autorizzazione per la posta.
    .step-1 = Rimuovi l'account dalla tua app di posta e aggiungilo di nuovo, accedendo tramite la pagina del provider.
    .step-2 = Assicurati di accedere con lo stesso account della casella di posta che stai configurando.
    .step-3 = Se gestisci l'applicazione: richiedi l'autorizzazione per la posta (scope) per IMAP, POP o SMTP e aggiorna il token prima che scada.
    .gmail-explanation = Gmail ha rifiutato il token di accesso OAuth. La sua risposta (decodificata qui sotto) indica l'autorizzazione necessaria a un token per la posta: lo scope https://mail.google.com/. Un token scaduto (dopo circa un'ora), emesso per un altro Account Google o privo di quello scope viene rifiutato in questo modo.
    .gmail-step-1 = Ottieni un nuovo token di accesso: i token di Google scadono dopo circa un'ora, quindi aggiornalo con il token di aggiornamento dell'app.
    .gmail-step-2 = Richiedi lo scope https://mail.google.com/ quando viene emesso il token; gli altri scope di Gmail non consentono IMAP, POP o SMTP.
    .gmail-step-3 = Usa come nome utente lo stesso Account Google per cui è stato emesso il token.
    .gmail-step-4 = Per un account di lavoro o della scuola: chiedi al tuo amministratore se l'app è autorizzata ad accedere a Gmail nella Console di amministrazione Google.
    .microsoft365-explanation = Microsoft 365 ha rifiutato il token di accesso OAuth. Risponde allo stesso modo per un token scaduto, emesso per una casella di posta diversa da quella del nome utente o privo dell'autorizzazione (scope) per questo protocollo.
    .microsoft365-step-1 = Richiedi un token con lo scope per il protocollo usato: https://outlook.office.com/IMAP.AccessAsUser.All per IMAP, https://outlook.office.com/POP.AccessAsUser.All per POP, https://outlook.office.com/SMTP.Send per l'invio, più offline_access per aggiornarlo.
    .microsoft365-step-2 = Usa come nome utente l'indirizzo della casella di posta stessa: il token deve essere emesso per quello stesso account.
    .microsoft365-step-3 = Ottieni un nuovo token se ha più di circa un'ora.
    .microsoft365-step-4 = Chiedi al tuo amministratore di controllare che IMAP, POP o SMTP autenticato siano attivi per la casella di posta (interfaccia di amministrazione di Microsoft 365, impostazioni Posta dell'utente): anche un protocollo disattivato rifiuta i token.
    .outlook-explanation = Outlook.com ha rifiutato il token di accesso OAuth: è scaduto, è stato emesso per un altro account oppure non ha l'autorizzazione (scope) per questo protocollo.
    .outlook-step-1 = Richiedi un token con lo scope per il protocollo usato: https://outlook.office.com/IMAP.AccessAsUser.All, https://outlook.office.com/POP.AccessAsUser.All o https://outlook.office.com/SMTP.Send, più offline_access.
    .outlook-step-2 = Usa come nome utente l'indirizzo Outlook.com per cui è stato emesso il token.
    .outlook-step-3 = Ottieni un nuovo token se ha più di circa un'ora.

finding-auth-skipped_cooldown = L'accesso non è stato verificato perché questo account è stato controllato troppe volte negli ultimi minuti
    .explanation = Negli ultimi minuti questo account è stato controllato con una password diverse volte, da qui o da altre persone che usano questo servizio. Per evitare che il tuo provider blocchi l'account, questa volta la password non è stata inviata; tutto ciò che precede l'accesso è stato comunque verificato.
    .step-1 = Attendi il tempo indicato qui sotto, poi esegui di nuovo il test.
    .step-2 = Assicurati che nessun altro stia verificando lo stesso account nello stesso momento.
    .step-3 = Se l'accesso non è riuscito nei test precedenti, verifica la password nella webmail del tuo provider prima di riprovare, così il prossimo test sarà utile.


## limits: connection and usage limits

finding-limits-too_many_connections = Troppe connessioni contemporanee a questo account o da questo indirizzo
    .explanation = Il server consente solo poche connessioni contemporanee, per account o per indirizzo di rete, e sono tutte in uso. Ogni app di posta, telefono e computer ne apre una o più; dietro un router di casa o dell'ufficio condividono tutti lo stesso indirizzo.
    .step-1 = Chiudi le app di posta sui dispositivi che non stai usando in questo momento, oppure rimuovi l'account dai vecchi dispositivi.
    .step-2 = Nella tua app di posta riduci il numero di connessioni contemporanee, se c'è un'impostazione per farlo.
    .step-3 = Attendi qualche minuto che le vecchie connessioni scadano, poi esegui di nuovo il test.
    .step-4 = Se il server ha rifiutato la connessione stessa (prima di qualsiasi accesso), chiedi al suo amministratore se il tuo indirizzo di rete ha un limite di connessioni.
    .gmail-explanation = Gmail consente al massimo 15 connessioni IMAP contemporanee per account. Una volta raggiunto questo limite, per un po' Gmail può rispondere "Invalid credentials" anche quando la password è giusta.
    .gmail-step-1 = Chiudi Gmail nelle app di posta sui dispositivi che non stai usando in questo momento, oppure rimuovi l'account dai vecchi dispositivi.
    .gmail-step-2 = Nella tua app di posta riduci il numero di connessioni contemporanee, in modo che tutti i tuoi dispositivi insieme restino sotto le 15.
    .gmail-step-3 = Attendi circa 10 minuti che le vecchie connessioni si chiudano prima di eseguire di nuovo il test o cambiare la password.

finding-limits-bandwidth_exceeded = L'account ha raggiunto il limite giornaliero di download
    .explanation = Il provider limita la quantità di posta che si può scaricare ogni giorno, o il numero di comandi che si possono inviare, e questo account ha raggiunto il limite. La sincronizzazione si ferma finché il limite non si azzera, di solito entro 24 ore.
    .step-1 = Prima di sincronizzare di nuovo, attendi che il limite si azzeri, di solito entro un giorno.
    .step-2 = Cerca app di posta o strumenti di backup che scaricano l'intera casella di posta più e più volte, e fermali.
    .step-3 = Imposta le app di posta che scaricano molto in modo che sincronizzino solo le cartelle che ti servono.
    .gmail-explanation = Gmail limita i download IMAP a 2.500 MB al giorno e i caricamenti a 500 MB al giorno per account. Quando un'app o uno strumento supera il limite, Gmail sospende l'accesso per un massimo di 24 ore.
    .gmail-step-1 = Attendi fino a 24 ore prima di sincronizzare di nuovo; il limite si azzera da solo.
    .gmail-step-2 = Ferma gli strumenti che copiano o eseguono il backup dell'intera casella di posta e impostali in modo che lavorino a blocchi più piccoli in giorni diversi.
    .gmail-step-3 = Nella tua app di posta sincronizza solo le cartelle che ti servono.
    .gmail-step-4 = Per un account di lavoro o della scuola: chiedi al tuo amministratore, che può vedere il limite nella Console di amministrazione Google.

finding-limits-connection_limit_measured = Quante connessioni ha consentito il server
    .explanation = maildoctor ha aperto diverse connessioni contemporaneamente per vedere quante ne può usare questo account; il numero consentito è indicato qui sotto. È un'informazione, non un problema.
    .step-1 = Mantieni il numero totale di connessioni di tutte le tue app di posta e dei tuoi dispositivi sotto il numero indicato.
    .step-2 = Se raggiungi spesso il limite: riduci l'impostazione delle connessioni contemporanee nelle tue app di posta.

finding-limits-throttled = Il server sta rallentando questo account
    .explanation = Il server funziona ancora, ma rallenta volutamente questo account, di solito perché di recente ha sincronizzato moltissimo. La posta potrebbe arrivare in ritardo finché la situazione non si calma.
    .step-1 = Lascia che l'app di posta finisca la sincronizzazione in corso senza riavviarla.
    .step-2 = Controlla se ci sono più app o strumenti che sincronizzano lo stesso account contemporaneamente e ferma quelli che non ti servono.
    .step-3 = Esegui di nuovo il test più tardi per vedere se il rallentamento è finito.


## mailbox: the mailbox itself

finding-mailbox-folder_too_large = Una cartella contiene moltissimi messaggi
    .explanation = Una cartella contiene più di 10.000 messaggi. Con cartelle così grandi molte app di posta diventano lente, si bloccano o smettono di sincronizzare.
    .step-1 = Sposta i messaggi più vecchi in cartelle di archivio, ad esempio una per anno.
    .step-2 = Nella tua app di posta sincronizza solo la posta recente o solo le cartelle che ti servono.
    .step-3 = Elimina o svuota le cartelle che non ti servono, come Cestino e Spam.

finding-mailbox-over_quota = La casella di posta è piena
    .explanation = La casella di posta ha esaurito tutto lo spazio di archiviazione. La nuova posta potrebbe tornare indietro ai mittenti e alcune app smettono di sincronizzare.
    .step-1 = Elimina i messaggi grandi e gli allegati che non ti servono, e svuota Cestino e Spam.
    .step-2 = Controlla lo spazio utilizzato nelle impostazioni web del tuo provider.
    .step-3 = Acquista altro spazio di archiviazione o chiedi al tuo amministratore di aumentare la quota se devi conservare tutto.

finding-mailbox-in_use = Un'altra app sta usando la casella di posta in questo momento
    .explanation = Con POP solo un'app alla volta può aprire la casella di posta, e un'altra sessione la sta occupando. Il blocco viene rilasciato quando quell'app termina o dopo un timeout.
    .step-1 = Chiudi le altre app di posta o gli altri dispositivi che scaricano questo account tramite POP, oppure disattiva il loro controllo automatico della posta.
    .step-2 = Attendi qualche minuto che l'altra sessione termini, poi esegui di nuovo il test.
    .step-3 = Valuta di usare IMAP invece di POP se più dispositivi leggono lo stesso account.

finding-mailbox-login_delay = Il server consente un nuovo accesso solo a distanza di qualche minuto
    .explanation = Questo server POP impone un'attesa minima tra un accesso e l'altro; l'attesa è indicata qui sotto. Le app che controllano la posta più spesso vengono respinte.
    .step-1 = Imposta la tua app di posta in modo che controlli la nuova posta meno spesso dell'attesa indicata qui sotto.
    .step-2 = Attendi che passi quel tempo, poi esegui di nuovo il test.

finding-send-accepted = Questo account può inviare da questo indirizzo
    .explanation = Dopo l'accesso, il server ha accettato il mittente e il destinatario indicati qui sotto. maildoctor ha poi annullato (RSET) prima che venisse inviato qualsiasi messaggio: non è stato recapitato nulla.
    .step-1 = Se la tua app di posta continua a non inviare, controlla che esegua l'accesso per l'invio: nelle impostazioni del server della posta in uscita attiva "Il server della posta in uscita (SMTP) richiede l'autenticazione" (oppure "Usa le stesse impostazioni del server della posta in arrivo").
    .step-2 = Controlla che l'app usi lo stesso server della posta in uscita, la stessa porta e la stessa sicurezza di questo test.
    .microsoft365-explanation = Dopo l'accesso, il server ha accettato il mittente e il destinatario indicati qui sotto, poi maildoctor ha annullato prima che venisse inviato qualsiasi messaggio. Microsoft 365 controlla l'autorizzazione "Invia come" (Send As) solo quando un messaggio viene inviato davvero, quindi una casella di posta condivisa o l'indirizzo di un'altra persona possono ancora essere rifiutati in quel momento (5.7.60).
    .microsoft365-step-1 = Controlla che la tua app di posta esegua l'accesso per l'invio con questo stesso account.
    .microsoft365-step-2 = Se in seguito la posta da una casella di posta condivisa o da un altro indirizzo viene rifiutata con 5.7.60, chiedi al tuo amministratore l'autorizzazione "Invia come" per quell'indirizzo.
    .outlook-explanation = Dopo l'accesso, il server ha accettato il mittente e il destinatario indicati qui sotto, poi maildoctor ha annullato prima che venisse inviato qualsiasi messaggio. Outlook.com controlla di nuovo l'indirizzo del mittente quando un messaggio viene inviato davvero, quindi un indirizzo che non è un alias di questo account può ancora essere rifiutato in quel momento.
    .outlook-step-1 = Controlla che la tua app di posta esegua l'accesso per l'invio con questo stesso account.
    .outlook-step-2 = Invia solo dal tuo indirizzo Outlook.com o da uno dei suoi alias (in Impostazioni apri Posta, poi Sincronizza posta elettronica, poi la sezione per gestire gli alias).

finding-send-sender_not_permitted = Il server non invia posta da questo indirizzo per questo account
    .explanation = Hai eseguito l'accesso, ma il server rifiuta l'indirizzo del mittente. Succede quando l'app invia come alias, con l'indirizzo di un'altra persona o da una casella di posta condivisa per cui questo account non ha l'autorizzazione all'invio.
    .step-1 = Nella tua app di posta controlla l'indirizzo "Da" di questo account: dovrebbe essere l'indirizzo con cui accedi.
    .step-2 = Per inviare da un altro indirizzo, aggiungilo prima al tuo account come indirizzo di invio (un alias) sul sito web del tuo provider, oppure chiedi al tuo amministratore l'autorizzazione "Invia come".
    .step-3 = Se usi una casella di posta condivisa, invia da essa con il suo account, oppure chiedi al tuo amministratore di darti l'autorizzazione "Invia come" o "Invia per conto di".
    .gmail-step-1 = Sul computer apri Gmail e fai clic su Impostazioni, poi su Visualizza tutte le impostazioni.
    .gmail-step-2 = Fai clic sulla scheda Account e importazione. In "Invia messaggi come", fai clic su Aggiungi un altro indirizzo email e segui i passaggi per verificare l'indirizzo.
    .gmail-step-3 = Nella tua app di posta invia dal tuo indirizzo Gmail o da un indirizzo elencato in "Invia messaggi come".
    .microsoft365-step-1 = Chiedi al tuo amministratore di Microsoft 365 di dare al tuo account l'autorizzazione "Invia come" per questo indirizzo o per questa casella di posta condivisa (nell'interfaccia di amministrazione di Exchange: Destinatari, poi Cassette postali, poi la casella di posta, poi Delega).
    .microsoft365-step-2 = Le autorizzazioni possono richiedere fino a un'ora per essere applicate; riprova dopo.
    .microsoft365-step-3 = Fino ad allora invia dal tuo indirizzo.
    .outlook-step-1 = Accedi a Outlook.com e apri Impostazioni, poi Posta, poi Sincronizza posta elettronica. Nella sezione per gestire gli alias, controlla che questo indirizzo sia un alias del tuo account.
    .outlook-step-2 = Nella tua app di posta invia dal tuo indirizzo Outlook.com o da uno dei suoi alias.

finding-send-relay_denied = Il server non inoltra la tua posta
    .explanation = Il server si è rifiutato di inviare posta a questo destinatario per conto tuo. I server inoltrano la posta solo per le app che hanno eseguito l'accesso; questo rifiuto di solito significa che l'app non esegue l'accesso per l'invio o usa il server sbagliato.
    .step-1 = Nelle impostazioni del server della posta in uscita (SMTP) della tua app di posta attiva l'autenticazione: "Il server della posta in uscita (SMTP) richiede l'autenticazione", con lo stesso nome utente e la stessa password della posta in arrivo.
    .step-2 = Usa il server di invio del tuo provider, porta 465 (SSL/TLS) o 587 (STARTTLS), non la porta 25.
    .step-3 = Se usi il server del tuo provider Internet invece di quello del tuo provider di posta, passa al server di invio del tuo provider di posta.

finding-send-limit_reached = Questo account ha raggiunto il limite di invio
    .explanation = Il server rifiuta nuova posta perché l'account ha inviato tutti i messaggi o raggiunto tutti i destinatari che gli sono consentiti per ora (spesso al giorno). L'invio torna a funzionare quando il limite si azzera.
    .step-1 = Attendi che il limite si azzeri (di solito entro 24 ore), poi riprova.
    .step-2 = Invia le comunicazioni di massa con un servizio di mailing list o di newsletter invece che con il tuo account di posta.
    .step-3 = Se non hai inviato molti messaggi, cambia la password: qualcun altro potrebbe inviare dal tuo account.
    .gmail-step-1 = Attendi fino a 24 ore: Gmail rimuove da solo un limite di invio. Un account Gmail può inviare a circa 500 destinatari al giorno.
    .gmail-step-2 = Se non hai inviato così tanta posta, cambia la password Google e controlla l'attività di sicurezza recente su myaccount.google.com/security.
    .gmail-step-3 = Per le comunicazioni di massa usa invece un servizio di mailing list.
    .microsoft365-step-1 = Attendi fino a 24 ore: Exchange Online consente 10.000 destinatari al giorno per casella di posta e rimuove il limite da solo.
    .microsoft365-step-2 = Se non hai inviato così tanta posta, cambia la password e informa il tuo amministratore: l'account potrebbe essere compromesso.

finding-send-account_blocked = Questo account non può inviare posta
    .explanation = Il provider ha impedito a questo account di inviare posta, di solito perché ha inviato messaggi che sembravano spam, oppure perché qualcun altro potrebbe usarlo.
    .step-1 = Cambia subito la password e attiva la verifica in due passaggi, se non l'hai ancora fatto.
    .step-2 = Controlla nella posta inviata se ci sono messaggi che non hai scritto tu.
    .step-3 = Contatta il tuo provider o il tuo amministratore per far riattivare l'invio; prima controlleranno l'account.
    .microsoft365-step-1 = Informa il tuo amministratore di Microsoft 365: l'account è nell'elenco delle entità con restrizioni per invio di spam.
    .microsoft365-step-2 = Il tuo amministratore reimposta la tua password, controlla l'account e poi lo rimuove da Entità con restrizioni nel portale di Microsoft Defender.
    .outlook-step-1 = Accedi a outlook.com in un browser e segui gli eventuali passaggi indicati per verificare il tuo account.
    .outlook-step-2 = Cambia la password e controlla l'attività recente su account.microsoft.com/security.
    .outlook-step-3 = Se l'invio resta bloccato, contatta il supporto di Outlook.com dalla pagina della guida.

finding-send-message_too_large = Il server rifiuta un messaggio di queste dimensioni
    .explanation = Il server ha rifiutato le dimensioni del messaggio dichiarate prima dell'invio: i messaggi di queste dimensioni superano il suo limite.
    .step-1 = Invia meno allegati o allegati più piccoli in un solo messaggio, oppure condividi i file grandi tramite link (un servizio di archiviazione cloud).
    .step-2 = Chiedi al tuo provider o al tuo amministratore quali dimensioni dei messaggi accetta il server.

finding-send-size_limit_small = Questo server accetta solo messaggi piccoli
    .explanation = Il server dice di accettare messaggi fino alle dimensioni indicate qui sotto. Foto e documenti spesso rendono un messaggio più grande (gli allegati crescono di circa un terzo quando vengono inviati), quindi messaggi di questo tipo verranno rifiutati.
    .step-1 = Condividi i file grandi tramite link (un servizio di archiviazione cloud) invece di allegarli.
    .step-2 = Se gestisci il server, aumenta il suo limite di dimensione dei messaggi (per Postfix: message_size_limit) ad almeno 25 MB.

finding-send-recipient_refused = Il server rifiuta questo destinatario
    .explanation = Il server ha accettato il mittente ma ha rifiutato l'indirizzo del destinatario: potrebbe non esistere, oppure non viene accettato da questo account.
    .step-1 = Controlla che nell'indirizzo del destinatario non ci siano errori di battitura.
    .step-2 = Prova un altro destinatario, ad esempio il tuo indirizzo.

finding-send-refused_unclassified = Il server si rifiuta di inviare questa posta
    .explanation = Il server ha rifiutato il mittente o il destinatario per un motivo che maildoctor non riconosce. Le sue parole sono indicate qui sotto.
    .step-1 = Leggi la risposta del server qui sotto: di solito indica il motivo.
    .step-2 = Invia la risposta del server al tuo provider o al tuo amministratore.

finding-send-temporary_failure = Il server non può accettare posta in questo momento
    .explanation = Il server ha risposto con un rifiuto temporaneo: non può accettare questa posta ora, ma potrebbe farlo più tardi. Le app di posta tengono questi messaggi nella posta in uscita e riprovano.
    .step-1 = Attendi qualche minuto, poi riprova.
    .step-2 = Se continua a succedere, invia la risposta del server indicata qui sotto al tuo provider o al tuo amministratore.

finding-send-needs_signin = L'invio non è stato verificato: nessun accesso
    .explanation = Un server di invio inoltra la posta solo per le app che eseguono l'accesso, quindi senza nome utente e password qui sarebbe normale un rifiuto come "Relay access denied", non un errore.
    .step-1 = Esegui di nuovo il test con il tuo nome utente e la tua password per verificare anche l'invio.
    .step-2 = Nella tua app di posta assicurati che il server della posta in uscita esegua l'accesso: attiva "Il server della posta in uscita (SMTP) richiede l'autenticazione".

finding-send-no_sender = L'invio non è stato verificato: nessun indirizzo del mittente
    .explanation = Per verificare l'invio, maildoctor ha bisogno dell'indirizzo da cui invii. Il tuo nome utente non è un indirizzo email e non ne è stato indicato nessuno.
    .step-1 = Esegui di nuovo il test con il tuo indirizzo email come nome utente, oppure indica l'indirizzo del mittente per il controllo dell'invio.
    .step-2 = Usa l'indirizzo "Da" con cui invia la tua app di posta, così il controllo riguarda quell'indirizzo.
