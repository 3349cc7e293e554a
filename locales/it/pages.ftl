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
