# Die weiteren Seiten: Einstellungen anhand der E-Mail-Adresse finden, zwei Berichte
# nebeneinander und die kurzen Fehlerseiten eines gespeicherten Berichts.

## Ihre Einstellungen finden

discover-title = Einstellungen Ihres Mailservers finden
discover-lead = Geben Sie Ihre E-Mail-Adresse ein. maildoctor fragt überall dort nach, wo auch Mail-Apps suchen (in seiner Anbietertabelle, in den DNS-Einträgen und der Autoconfig-Datei Ihrer Domain, unter den üblichen Servernamen), und prüft dann jeden Server live – ohne Passwort.
discover-error-title = Bitte prüfen Sie die Adresse
discover-email-label = E-Mail-Adresse
discover-email-hint = Zum Beispiel jo@example.com. Es wird nur die Adresse verwendet; nach einem Passwort wird nicht gefragt.
discover-submit = Meine Einstellungen finden
discover-confirmed = Einstellungen gefunden und bestätigt
discover-suggested = Einstellungen vorgeschlagen, nicht bestätigt
discover-nothing = Keine Einstellungen gefunden
discover-for = Für { $email } ({ $ms } ms).
discover-provider = Anbieter: { $provider }.
discover-settings = Einstellungen für Ihre Mail-App
discover-status-confirmed = bestätigt
discover-status-suggested = vorgeschlagen
discover-encryption = Verschlüsselung
discover-found-by = Gefunden über
discover-diagnose = Mit diesen Einstellungen prüfen
discover-disagree = Die Quellen widersprechen sich
discover-notes = Gut zu wissen
discover-advice = Was Sie tun können
discover-tried = Alle ausprobierten Kandidaten
discover-nothing-tried = Es wurde kein Server zum Ausprobieren gefunden.
discover-service = Dienst
discover-outcome = Ergebnis
discover-what-happened = Was passiert ist
discover-sources = Gefragte Quellen
discover-source = Quelle
discover-asked = Gefragt
discover-answer = Antwort
username-local-part = der Teil vor dem @

## Zwei Berichte nebeneinander

compare-title = Zwei Berichte nebeneinander
compare-reading = Was der Unterschied bedeutet
compare-first-fix = Zuerst beheben:
compare-open = Vollständigen Bericht öffnen
compare-caption = Jeder Schritt, von beiden Orten aus
compare-stage = Schritt

## Ein gespeicherter Bericht, der sich nicht anzeigen lässt

saved-not-found-title = Nicht gefunden
saved-not-found = Diesen Bericht gibt es nicht: Er wurde gelöscht oder ist abgelaufen. Führen Sie die Prüfung noch einmal aus, um einen neuen zu erhalten.
saved-check-link = Einen Mailserver prüfen
saved-unavailable-title = Nicht verfügbar
saved-unavailable = Gespeicherte Berichte können gerade nicht gelesen werden. Bitte versuchen Sie es in einer Minute noch einmal.
saved-deleted-title = Gelöscht
saved-deleted = Der gespeicherte Bericht wurde gelöscht. Sein Link öffnet ihn nicht mehr.
