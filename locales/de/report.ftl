# Der Bericht, wie man ihn liest: die Seite, die Textausgabe der Kommandozeile, die
# Zusammenfassung für ein Ticket. Serverzitate, Codes, Hostnamen und Zahlen werden eingesetzt,
# nie übersetzt. Anrede mit „Sie“.

## Das Ergebnis und der Satz, der den Bericht zusammenfasst

verdict-ok = Keine Probleme gefunden
verdict-warning = Es funktioniert, aber etwas sollte geändert werden
verdict-error = Es funktioniert noch nicht
summary-ok = { $what }: keine Probleme gefunden.
summary-warning = { $what } funktioniert, aber: { $title }.
summary-error = { $what } funktioniert nicht: { $title }.
summary-other = { $what }: siehe die Befunde.
summary-no-target = Die Prüfung
target-auto = { $protocol } auf { $host }, Port { $port }, mit automatischer Sicherheit
target-plain = { $protocol } auf { $host }, Port { $port }, ohne Verschlüsselung
target-secure = { $protocol } auf { $host }, Port { $port }, mit { $security }

## Die Schritte, wie die Zeitleiste sie nennt

stage-input = Eingaben prüfen
stage-dns = Servernamen nachschlagen
stage-tcp = Verbindung zum Server aufbauen
stage-tls = Verbindung absichern
stage-protocol = Mit dem E-Mail-Dienst sprechen
stage-auth = Anmelden
stage-mailbox = Postfach ansehen
stage-limits = Verbindungslimits testen
status-pass = Erledigt
status-warn = Warnung
status-fail = Fehlgeschlagen
status-skip = Übersprungen
severity-error = Fehler
severity-warning = Warnung
severity-info = Hinweis

## Die Abschnitte der Seite

report-provider = Anbieter: { $provider }
report-fix-first = Das zuerst beheben
report-also-found = Außerdem gefunden
report-findings = Befunde
report-other-findings = Weitere Befunde
report-code = Code:
report-evidence = Belege:
report-timeline = Was maildoctor getan hat
report-stages = Schritte
report-total-time = Gesamtdauer: { $ms } ms
report-server-software = Serversoftware: { $software }
report-send = An Ihren Helpdesk senden
report-copy-ticket = Zusammenfassung für ein Ticket kopieren
report-download-json = JSON herunterladen
report-ticket-summary = Zusammenfassung für ein Ticket (reiner Text)
report-technical = Technische Details
report-again = Andere Einstellungen prüfen
report-ticket = Ticket: { $ticket }

## Die Einstellungen, die funktionieren sollten

settings-title = Einstellungen, die funktionieren sollten
settings-lead = Tragen Sie diese in die Kontoeinstellungen Ihrer Mail-App ein.
settings-verified = Gerade eben als funktionierend bestätigt
settings-also-suggested = Außerdem vorgeschlagen (nicht bestätigt)
settings-suggested = Vorgeschlagen (nicht bestätigt)
role-imap = Posteingangsserver (IMAP)
role-pop3 = Posteingangsserver (POP)
role-smtp = Postausgangsserver (SMTP)
settings-server = Server
settings-requires-ssl = SSL erforderlich
settings-port = Port
settings-requires-sign-in = Anmeldung erforderlich
settings-username = Nutzername
settings-password = Passwort
settings-password-yours = Ihr Passwort
settings-password-or-app = Ihr Passwort (oder ein App-Passwort, falls der Anbieter eines verlangt)
settings-found-from = Gefunden über
settings-note = Hinweis
settings-check-sign-in = Anmeldung mit diesen Einstellungen prüfen
settings-yes-with = Ja ({ $security })
settings-yes = Ja
settings-no = Nein
username-full-address = Ihre vollständige E-Mail-Adresse
username-unchanged = unverändert (der Nutzername, den Sie jetzt verwenden)
username-not-tried = unverändert (die Anmeldung wurde hier nicht versucht)
checked-verified-in = Bestätigt: Antwort nach { $ms } ms
checked-verified = Bestätigt
checked-not-verified = Nicht bestätigt

## Die technischen Details

cert-title = Zertifikat
cert-subject = Inhaber
cert-names = Abgedeckte Namen
cert-none = (keine)
cert-issuer = Aussteller
cert-valid-from = Gültig ab
cert-valid-until = Gültig bis
cert-days-left =
    { $count ->
        [one] noch { $count } Tag
       *[other] noch { $count } Tage
    }
cert-key = Schlüssel
cert-connection = Verbindung
cert-chain = Zertifikatskette, wie der Server sie sendet
cert-issued-by = ausgestellt von
cert-until = gültig bis
alternatives-title = Ausprobierte Alternativen
alternatives-settings = Einstellungen
alternatives-result = Ergebnis
alternatives-time = Dauer
alternatives-found-from = Gefunden über
alternatives-summary =
    { $count ->
        [one] { $count } Alternative in { $ms } ms ausprobiert (ohne Anmeldung), { $verified } davon funktionieren.
       *[other] { $count } Alternativen in { $ms } ms ausprobiert (ohne Anmeldung), { $verified } davon funktionieren.
    }
transcript-title =
    { $count ->
        [one] Gespräch mit dem Server ({ $count } Zeile)
       *[other] Gespräch mit dem Server ({ $count } Zeilen)
    }
transcript-empty = Kein Gespräch: maildoctor hat den E-Mail-Dienst nicht erreicht.
transcript-caption = Jede gesendete und empfangene Zeile, mit der Zeit seit dem Start
transcript-who = Wer
transcript-time = Zeit
transcript-line = Zeile
who-client = maildoctor hat gesendet
who-server = der Server hat geantwortet
who-note = Notiz
request-title = Die Anfrage, wie sie gestellt wurde
request-protocol = Protokoll
request-server = Server
request-port = Port
request-security = Sicherheit
request-username = Nutzername
request-password = Passwort
request-email = E-Mail-Adresse
request-options = Optionen
request-none = (keine)
request-standard-port = (Standard)
request-automatic = Automatisch
request-no-security = Keine
request-password-given = angegeben (nicht angezeigt)
request-password-not-given = nicht angegeben
option-test-limits = Verbindungslimit testen
option-insecure-auth = Passwort ohne Verschlüsselung senden
option-trust-certificate = Passwort trotz des Zertifikats senden

## Einen gespeicherten Bericht teilen

share-failed = Dieser Bericht konnte nicht gespeichert werden (der Berichtsspeicher ist gerade nicht erreichbar), daher gibt es keinen Link zum Teilen. Er wird nur hier angezeigt.
share-title = Diesen Bericht teilen
share-saved-for =
    { $count ->
        [one] { $count } Tag lang gespeichert unter
       *[other] { $count } Tage lang gespeichert unter
    }
share-saved-hint = kopieren Sie diesen Link in Ihr Ticket; jeder, der ihn hat, kann den Bericht öffnen (er enthält kein Passwort).
share-copy = Link kopieren
compare-label = Mit einem anderen Bericht desselben Servers vergleichen (zum Beispiel einem, der auf dem Computer der Nutzerin oder des Nutzers erstellt wurde)
compare-hint = Fügen Sie dessen Link oder ID ein.
compare-submit = Nebeneinander vergleichen
share-delete = Gespeicherten Bericht löschen
vantage-service = Vom Dienst des Helpdesks aus geprüft
vantage-user = Vom eigenen Computer der Nutzerin oder des Nutzers aus geprüft (maildoctor { $version })

## Die Zusammenfassung für ein Ticket und die Kommandozeile

ticket-heading = maildoctor-Bericht ({ $started })
ticket-checked = Geprüft: { $protocol } auf { $host } ({ $port })
ticket-standard-port = Standardport
ticket-request-id = Anfrage-ID: { $id }
ticket-saved = Gespeicherter Bericht: { $link }
cli-port = Port { $port }
cli-username = Nutzername: { $username }
cli-found-from = gefunden über: { $from }

## Das Skript der Live-Seite (static/app.js liest die Texte aus der Seite; die Platzhalter
## füllt das Skript)

js-copied = Kopiert. Fügen Sie es in Ihr Ticket oder Ihre E-Mail ein.
js-copy-failed = Kopieren hat nicht funktioniert: Öffnen Sie „Zusammenfassung für ein Ticket“ und kopieren Sie den Text.
js-no-server = { $provider } hat keinen { $protocol }-Server.
js-filled = Der { $protocol }-Server von { $provider } wurde eingetragen: { $host }, Port { $port }.
js-progress = Jeder Schritt erscheint hier, sobald er abgeschlossen ist.
js-next = Der nächste Schritt läuft …
js-start-failed = Die Prüfung konnte nicht starten ({ $status }).
js-ended-early = Die Verbindung zu maildoctor wurde zu früh beendet. Bitte versuchen Sie es noch einmal.
js-not-finished = Die Prüfung wurde nicht abgeschlossen. Bitte versuchen Sie es noch einmal.

## The alternatives tried after a failure
alternatives-too-many = Nicht versucht: mehr als { $limit } Alternativen.
alternatives-no-answer = Keine Antwort innerhalb der { $ms } ms, die den Alternativen zur Verfügung standen.
alternatives-stopped = Abgebrochen: Eine andere Alternative funktioniert bereits.
origin-provider = Anbieter
origin-srv = SRV-Eintrag
origin-autoconfig = Autoconfig
origin-same-port = gleicher Port
origin-standard-port = Standardport
origin-certificate = Zertifikat
origin-finding = Befund
settings-note-port-25 = Port 25 ist zum Senden nur ein letzter Ausweg: Die meisten Heim- und Mobilfunknetze sperren ihn für den Mailversand. Verwenden Sie 465 oder 587, wenn einer davon funktioniert.
settings-note-sign-in = Anmeldung: { $how }.
settings-note-tried = Eben versucht:
signin-password = Passwort
signin-app-password = App-Passwort (oder OAuth2)
signin-oauth2-only = nur OAuth2
settings-sign-in-note = maildoctor hat diese Einstellungen ohne Anmeldung geprüft: Es hat sich verbunden, die Verschlüsselung aufgebaut, das Zertifikat geprüft und die Begrüßung gelesen. Angemeldet wird nur mit den Einstellungen, die Sie angegeben haben.
# What exactly an origin was (the JSON's sources[].detail).
origin-detail-provider = der veröffentlichte { $protocol }-Server von { $provider }
origin-detail-finding = die Korrektur, die ein Befund nennt
origin-detail-certificate = ein Name, den das Zertifikat abdeckt: { $name }
origin-detail-same-port = derselbe Port, { $port }, mit { $security }
origin-detail-standard-port = der Standardport für { $protocol } mit { $security }
origin-detail-port-25 = Port 25, ein letzter Ausweg zum Senden (aus Heimnetzen meist gesperrt)
