# L'elenco dei report salvati per l'help desk.

desk-title = Help desk
desk-heading = Report salvati
desk-verdict = Esito
desk-any = qualsiasi
desk-primary = Risultato principale
desk-provider = Provider
desk-server = Server
desk-ticket = Ticket
desk-run-from = Eseguito da
desk-anywhere = ovunque
desk-this-service = questo servizio
desk-user-computer = il computer dell'utente
desk-show = Mostra
desk-clear = Cancella
desk-failed = Al momento non è possibile leggere i report salvati. Riprova tra un minuto.
desk-chart =
    { $count ->
        [one] Risultati principali per ora (ultima { $count } ora, UTC)
       *[other] Risultati principali per ora (ultime { $count } ore, UTC)
    }
desk-no-failures = Nessun errore in questo periodo.
desk-other-findings = altri risultati
desk-total =
    { $count ->
        [one] { $count } report
       *[other] { $count } report
    }
desk-none = Nessun report salvato corrisponde.
desk-when = Quando
desk-older = Report meno recenti →
desk-no-store = Questo servizio non conserva rapporti.
desk-off = La vista dell'help desk è disattivata: richiede gli api_tokens del servizio (docs/CONFIGURATION.md).
desk-error-title = Errore
desk-not-shown = Non è stato possibile mostrare la vista dell'help desk.
