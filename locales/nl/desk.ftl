# De lijst met opgeslagen rapporten voor de helpdesk.

desk-title = Helpdesk
desk-heading = Opgeslagen rapporten
desk-verdict = Oordeel
desk-any = alle
desk-primary = Belangrijkste bevinding
desk-provider = Provider
desk-server = Server
desk-ticket = Ticket
desk-run-from = Uitgevoerd vanaf
desk-anywhere = overal
desk-this-service = deze dienst
desk-user-computer = de computer van de gebruiker
desk-show = Tonen
desk-clear = Wissen
desk-failed = Opgeslagen rapporten kunnen nu niet worden gelezen. Probeer het over een minuut opnieuw.
desk-chart =
    { $count ->
        [one] Belangrijkste bevindingen per uur (laatste { $count } uur, UTC)
       *[other] Belangrijkste bevindingen per uur (laatste { $count } uur, UTC)
    }
desk-no-failures = Geen fouten in deze periode.
desk-other-findings = andere bevindingen
desk-total =
    { $count ->
        [one] { $count } rapport
       *[other] { $count } rapporten
    }
desk-none = Geen opgeslagen rapport komt overeen.
desk-when = Wanneer
desk-older = Oudere rapporten →
desk-no-store = Deze dienst bewaart geen rapporten.
desk-off = De helpdeskweergave staat uit: die heeft de api_tokens van de dienst nodig (docs/CONFIGURATION.md).
desk-error-title = Fout
desk-not-shown = De helpdeskweergave kon niet worden getoond.
