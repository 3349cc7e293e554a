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

## Discovery: the sources' answers, the probes, notes and advice

discover-source-table = Anbietertabelle
discover-source-autoconfig = Autoconfig
discover-source-srv = SRV-Einträge
discover-source-mx = MX-Einträge
discover-source-guess = übliche Namen
discover-source-ispdb = Thunderbirds ISPDB
outcome-confirmed = bestätigt
outcome-unencrypted = funktioniert, aber unverschlüsselt
outcome-bad-certificate = antwortet, aber das Zertifikat ist nicht gültig
outcome-failed = fehlgeschlagen
outcome-not-tried = nicht versucht
discover-setting = { $host } Port { $port } ({ $security })
discover-source-says = { $source }: { $setting }
discover-disagreement = { $role }: { $said }.
discover-note-unencrypted = Funktioniert, aber unverschlüsselt: Das Passwort würde lesbar übertragen.
discover-note-not-confirmed = Nicht bestätigt ({ $outcome }): { $detail }
discover-note-nxdomain = { $domain } existiert im DNS nicht: Prüfen Sie die Schreibweise der Adresse.
discover-note-srv-not-offered = { $name } gibt an, dass { $protocol } mit { $security } nicht angeboten wird.
discover-note-srv-outside = { $name } verweist auf { $target }, außerhalb von { $domain }: Ohne DNSSEC könnte das gefälscht sein (RFC 6186 §6); fragen Sie Ihren Anbieter, ob der Server zu ihm gehört.
discover-note-app-password = { $provider } verlangt in Mail-Apps ein App-Passwort statt Ihres Kontopassworts: Aktivieren Sie die Bestätigung in zwei Schritten, erstellen Sie in den Sicherheitseinstellungen Ihres Kontos ein App-Passwort und verwenden Sie es als Passwort.
discover-note-oauth-only = { $provider } akzeptiert in Mail-Apps nur die Anmeldung über OAuth2: Ein Passwort wird abgelehnt, selbst das richtige. Verwenden Sie eine Mail-App, die Sie in einem Browserfenster mit Ihrem Konto anmeldet.
discover-note-oauth-only-microsoft = { $provider } akzeptiert in Mail-Apps nur die Anmeldung über OAuth2: Ein Passwort wird abgelehnt, selbst das richtige. Verwenden Sie eine Mail-App, die Sie in einem Browserfenster mit Ihrem Microsoft-Konto anmeldet.
discover-note-since = Das gilt seit { $since }.
discover-advice-nothing = Für { $domain } wurden keine Mail-Einstellungen gefunden: Die Anbietertabelle kennt die Domain nicht, sie veröffentlicht weder eine Autoconfig-Datei noch SRV-Einträge, und keiner der üblichen Servernamen hat geantwortet.
discover-ask-provider = Fragen Sie Ihren E-Mail-Anbieter (oder wer die Domain betreibt) nach: dem Namen des Posteingangsservers, seinem Port und seiner Verschlüsselung (SSL/TLS oder STARTTLS) für IMAP oder POP; dem Namen des Postausgangsservers (SMTP), seinem Port und seiner Verschlüsselung; und ob Ihr Benutzername die vollständige E-Mail-Adresse ist oder nur der Teil vor dem @. Der Anbieter könnte diese Einstellungen auch veröffentlichen (eine Autoconfig-Datei oder SRV-Einträge), damit Mail-Apps sie finden.
discover-probe-too-many = Nicht versucht: mehr als { $limit } Kandidaten.
discover-probe-port-refused = Nicht versucht: Port { $port } ist kein Mail-Port, den dieser Dienst prüft.
discover-probe-out-of-time = Die Zeit für die Suche war vorher abgelaufen.
discover-probe-unencrypted = { $protocol } hat geantwortet, ohne Verschlüsselung.
discover-probe-confirmed = { $protocol } hat über { $security } mit einem gültigen Zertifikat geantwortet.
discover-probe-bad-certificate = { $protocol } hat geantwortet, aber das Zertifikat ist für { $host } nicht gültig.
discover-answer-known = bekannt: { $provider }
discover-answer-not-in-table = nicht in der Tabelle
discover-answer-nxdomain = die Domain existiert nicht (NXDOMAIN)
discover-answer-no-mx = kein verwendbarer MX
discover-answer-no-address = keine Adresse
discover-answer-has-address = hat eine Adresse
discover-answer-no-record = kein Eintrag
discover-answer-not-offered = „.“: Der Dienst wird ausdrücklich nicht angeboten
discover-answer-listed =
    { $count ->
        [one] { $count } verwendbarer Server von { $listed } aufgeführten
       *[other] { $count } verwendbare Server von { $listed } aufgeführten
    }
discover-answer-not-used = (nicht verwendet: Eine frühere Adresse hat geantwortet)
discover-answer-snapshot =
    { $count ->
        [one] { $provider }: { $count } Server ({ $why })
       *[other] { $provider }: { $count } Server ({ $why })
    }
discover-answer-not-in-snapshot = nicht in der eingebauten Kopie ({ $why })
discover-why-not-asked = der ISPDB-Dienst wird nicht gefragt
discover-why-unreachable = der Dienst war nicht erreichbar
discover-answer-timeout = keine Antwort vor Ablauf der Zeit
as-given = { $answer }
discover-cli-for = für { $email } ({ $ms } ms)
discover-cli-tried = Alle versuchten Kandidaten:
discover-cli-diagnose = Diagnose
discover-note-ispdb-oauth-only = { $provider } akzeptiert in Mail-Apps nur die Anmeldung über OAuth2 („Mit Microsoft/Google anmelden“): Ein Passwort wird abgelehnt, selbst das richtige. Verwenden Sie eine Mail-App, die sich auf diese Weise anmeldet.

## The comparison's reading (German: $good, $bad, $who, $seen and $other are datives: "auf dem Computer …")
compare-who-user = dem Computer der Nutzerin oder des Nutzers
compare-who-desk = dem Dienst des Helpdesks
compare-who-first = { $who } (erster Bericht)
compare-who-second = { $who } (zweiter Bericht)
compare-differ-protocol = Protokoll: { $left } / { $right }
compare-differ-server = Server: { $left } / { $right }
compare-differ-port = Port: { $left } / { $right }
compare-differ-security = Sicherheit: { $left } / { $right }
compare-differ-username = der Benutzername ist verschieden
compare-settings-differ = Diese beiden Berichte haben nicht dieselben Einstellungen geprüft ({ $differences }). Vergleichen Sie zuerst die Einstellungen: Die App auf { $right } ist vielleicht einfach anders eingerichtet als die auf { $left }.
compare-same-ending = Beide Berichte enden gleich ({ $verdict }): Das Netzwerk von { $who } macht hier keinen Unterschied.
compare-interception = Auf { $seen } hat der Server ein anderes Zertifikat gezeigt (ausgestellt von { $issuer }) als auf { $other } (ausgestellt von { $other_issuer }), und es ist nicht vertrauenswürdig: Etwas in diesem Netzwerk fängt verschlüsselte Verbindungen ab – meist ein Antivirus- oder Sicherheitsprogramm, das „verschlüsselte Verbindungen scannt“, oder ein Firmen-Proxy. Schalten Sie dieses Scannen für E-Mail aus oder nehmen Sie den Mailserver in seine Ausnahmen auf.
compare-input = Die Anfrage von { $bad } konnte nicht geprüft werden{ $why }; die von { $good } schon.
compare-dns = Auf { $good } lässt sich { $host } nachschlagen, auf { $bad } nicht{ $why }. Der DNS-Server, der dort verwendet wird (der Router, ein VPN oder ein Firmennetz), antwortet für diesen Namen nicht: Starten Sie den Router neu, schalten Sie das VPN aus oder versuchen Sie zur Bestätigung ein anderes Netzwerk.
compare-tcp = Auf { $good } antwortet { $host } auf Port { $port }, auf { $bad } nicht{ $why }. Etwas in diesem Netzwerk sperrt Port { $port }: eine Firewall, ein Antivirus- oder Sicherheitsprogramm oder der Internetanbieter. Versuchen Sie zur Bestätigung ein anderes Netzwerk (den Hotspot eines Smartphones) und geben Sie dann Port { $port } für die Mail-App frei – oder verwenden Sie einen anderen Port aus der Tabelle der Einstellungen.
compare-tls = Auf { $good } kommt die Verschlüsselung mit { $host } zustande, auf { $bad } schlägt sie fehl{ $why }. Etwas in diesem Netzwerk stört verschlüsselte Verbindungen (ein Antivirusprogramm, das sie scannt, ein Firmen-Proxy oder ein Captive Portal).
compare-protocol = Auf { $good } antwortet auf Port { $port } ein Mailserver, auf { $bad } antwortet etwas anderes{ $why }. Ein Gerät oder Programm in diesem Netzwerk antwortet an Stelle des Servers (ein Proxy, eine Firewall, die E-Mail prüft, oder ein Captive Portal).
compare-auth = Beide erreichen den Server, aber die Anmeldung funktioniert nur auf { $good }{ $why }. Der Benutzername oder das Passwort auf { $bad } ist nicht dasselbe, oder der Anbieter lehnt Anmeldungen aus diesem Netzwerk oder von diesem Ort ab (prüfen Sie die Sicherheitswarnungen des Anbieters).
compare-later = Die Anmeldung funktioniert auf beiden; auf { $bad } folgt ein Problem, das es auf { $good } nicht gibt{ $why }. Der Bericht von { $bad } sagt, was zu ändern ist.
compare-error-title = Vergleich nicht möglich
compare-need-two = Geben Sie zum Vergleichen zwei gespeicherte Berichte an: ihre Links (…/r/…) oder IDs.
compare-missing = Einen dieser Berichte gibt es nicht: Er wurde gelöscht oder ist abgelaufen.
compare-failed = Der Vergleich konnte nicht angezeigt werden.

## Where a candidate came from ("Found by")
claim-table = Anbietertabelle: { $provider }
claim-guess = Vermutung: üblicher Name { $host }
claim-srv = SRV { $name } (Priorität { $priority }, Gewichtung { $weight })
claim-srv-outside = SRV { $name } (Priorität { $priority }, Gewichtung { $weight }) – Ziel außerhalb der Domain
claim-ispdb-snapshot = eingebaute ISPDB-Kopie (thunderbird/autoconfig { $commit }): { $id }
