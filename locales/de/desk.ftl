# Die Liste gespeicherter Berichte für den Helpdesk.

desk-title = Helpdesk
desk-heading = Gespeicherte Berichte
desk-verdict = Ergebnis
desk-any = beliebig
desk-primary = Wichtigster Befund
desk-provider = Anbieter
desk-server = Server
desk-ticket = Ticket
desk-run-from = Ausgeführt von
desk-anywhere = überall
desk-this-service = diesem Dienst
desk-user-computer = dem Computer der Nutzerin oder des Nutzers
desk-show = Anzeigen
desk-clear = Zurücksetzen
desk-failed = Gespeicherte Berichte können gerade nicht gelesen werden. Bitte versuchen Sie es in einer Minute noch einmal.
desk-chart =
    { $count ->
        [one] Wichtigste Befunde pro Stunde (letzte { $count } Stunde, UTC)
       *[other] Wichtigste Befunde pro Stunde (letzte { $count } Stunden, UTC)
    }
desk-no-failures = In diesem Zeitraum keine Fehler.
desk-other-findings = weitere Befunde
desk-total =
    { $count ->
        [one] { $count } Bericht
       *[other] { $count } Berichte
    }
desk-none = Kein gespeicherter Bericht passt.
desk-when = Wann
desk-older = Ältere Berichte →
desk-no-store = Dieser Dienst speichert keine Berichte.
desk-off = Die Helpdesk-Ansicht ist ausgeschaltet: Sie braucht die api_tokens des Dienstes (docs/CONFIGURATION.md).
desk-error-title = Fehler
desk-not-shown = Die Helpdesk-Ansicht konnte nicht angezeigt werden.
