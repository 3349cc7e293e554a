# Belege: die Namen der Fakten neben den Schritten eines Befunds. Protokollwörter bleiben.

evidence-a-ipv4 = A (IPv4)
evidence-aaaa-ipv6 = AAAA (IPv6)
evidence-also-missing = ebenfalls fehlend
evidence-asked = gefragt
evidence-belongs-to = gehört zu
evidence-certificate = Zertifikat
evidence-certificate-covers = Zertifikat gilt für
evidence-certificate-for = Zertifikat für
evidence-certificates-sent = gesendete Zertifikate
evidence-chosen = gewählt
evidence-confirmed = bestätigt
evidence-days-left = verbleibende Tage
evidence-days-since = Tage seit
evidence-did-you-mean = meinten Sie
evidence-dns-answer = DNS-Antwort
evidence-during = während
evidence-error = Fehler
evidence-expected = erwartet
evidence-expired-on = abgelaufen am
evidence-expires-on = läuft ab am
evidence-folder = Ordner
evidence-found = gefunden
evidence-greeting-took = Begrüßung dauerte
evidence-held-back-because = zurückgehalten, weil
evidence-host = Host
evidence-host-is-for = Host ist für
evidence-host-typed = eingegebener Host
evidence-how-far = wie weit
evidence-issuer = Aussteller
evidence-issuer-published-at = Aussteller veröffentlicht unter
evidence-issuer-s-certificate = Zertifikat des Ausstellers
evidence-its-issuer = dessen Aussteller
evidence-largest-message-the-server-takes = größte Nachricht, die der Server annimmt
evidence-limit = Limit
evidence-logindisabled = LOGINDISABLED
evidence-mail-server = Mailserver
evidence-messages = Nachrichten
evidence-missing-certificate-s-issuer = Aussteller des fehlenden Zertifikats
evidence-missing-issuer = fehlender Aussteller
evidence-name = Name
evidence-needed-for-a-token = für ein Token nötig
evidence-next-session = nächste Sitzung
evidence-no-answer-within = keine Antwort innerhalb von
evidence-not-confirmed = nicht bestätigt
evidence-password = Passwort
evidence-port = Port
evidence-port-expects = Port erwartet
evidence-port-is-for = Port ist für
evidence-probe = Test
evidence-problem = Problem
evidence-provider = Anbieter
evidence-published-at = veröffentlicht unter
evidence-quota-root = Quota-Root
evidence-recipient = Empfänger
evidence-response = Antwort
evidence-security = Sicherheit
evidence-sender = Absender
evidence-server = Server
evidence-server-limit = Server-Limit
evidence-server-said = Server sagte
evidence-server-said-decoded = Server sagte (decodiert)
evidence-server-sent = Server sendete
evidence-service = Dienst
evidence-sessions-allowed = erlaubte Sitzungen
evidence-sign-in-methods-offered = angebotene Anmeldeverfahren
evidence-slower-than = langsamer als
evidence-stage = Schritt
evidence-starttls = STARTTLS
evidence-submission-ports = Ports für den Versand
evidence-suggested-host = vorgeschlagener Host
evidence-testing = getestet
evidence-the-test-stopped = der Test wurde beendet
evidence-tls-clienthello = TLS ClientHello
evidence-tls-clienthello-on-a-second-connection = TLS ClientHello über eine zweite Verbindung
evidence-try-again-in = erneut versuchen in
evidence-typed = eingegeben
evidence-typed-name-resolves-to = eingegebener Name verweist auf
evidence-used = verwendet
evidence-usual-port = üblicher Port
evidence-usual-ssl-tls-port = üblicher SSL/TLS-Port
evidence-valid-from = gültig ab
evidence-verifier-said = Prüfung ergab
evidence-waited = gewartet
evidence-why = warum
evidence-worked = funktionierte

## Evidence values that are maildoctor's own words
value-either = { $first } oder { $second }
value-password-unsendable = enthält einen Zeilenumbruch oder ein NUL-Zeichen, das POP3 USER/PASS nicht übertragen kann
value-login-disabled = der Server lehnt den Befehl LOGIN auf dieser Verbindung ab
value-starttls-offered = angeboten: Die Anmeldung wird möglich, sobald die Verbindung verschlüsselt ist
value-submission-ports = 587 mit STARTTLS oder 465 mit SSL/TLS
value-not-sent-unencrypted = die Verbindung ist nicht verschlüsselt, das Passwort würde also im Klartext durchs Netz gehen
value-not-sent-certificate = das Zertifikat des Servers hat die Prüfung nicht bestanden, jemand könnte die Verbindung also abfangen
value-mailbox-read-late = das Postfach ließ sich vor Ablauf der Zeit nicht lesen
value-mailbox-list-late = die Ordner des Postfachs ließen sich vor Ablauf der Zeit nicht auflisten
value-expected-tls = ein TLS-Handshake
value-expected-greeting = eine Begrüßung im Klartext
value-no-tls-answer = der Server hat nicht mit TLS geantwortet
value-first-bytes-tls = die ersten Bytes des Servers sind ein TLS-Record
value-tls-answered-hello = der Server hat auf einer neuen Verbindung auf ein TLS-ClientHello geantwortet
value-tls-fresh-handshake = ein TLS-Handshake auf einer neuen Verbindung ist gelungen ({ $version })
value-tls-failed-after-certificate = der Server hat sein ServerHello und sein Zertifikat gesendet, dann ist es gescheitert
value-tls-failed-after-hello = der Server hat sein ServerHello gesendet (TLS hatte begonnen), dann ist es gescheitert
value-tls-no-server-hello = der Server hat mit TLS geantwortet, aber ohne ServerHello
value-no-answer = keine Antwort
value-no-answer-within = keine Antwort innerhalb von { $ms } ms
value-probe-no-answer = { $command } (keine Antwort)
value-no-complete-line = keine vollständige Zeile
value-greeting-cut = der Server hat die Verbindung mitten in seiner Begrüßung geschlossen
value-greeting-unfinished = die Begrüßung war nach { $ms } ms nicht zu Ende
value-greeting-endless =
    { $count ->
        [one] die Begrüßung ging über mehr als { $count } Zeile
       *[other] die Begrüßung ging über mehr als { $count } Zeilen
    }
value-closed-without-greeting = hat die Verbindung ohne Begrüßung geschlossen
value-server-answered = der Server hat { $answer } geantwortet
value-port-range = eine Zahl von 1 bis 65535
value-stop-bye = der Server hat die Sitzung beendet: { $line }
value-stop-flood =
    { $count ->
        [one] die Antwort ging über { $count } Zeile hinaus
       *[other] die Antwort ging über { $count } Zeilen hinaus
    }
value-stop-literal =
    { $count ->
        [one] der Server hat ein Literal von { $count } Byte angekündigt
       *[other] der Server hat ein Literal von { $count } Bytes angekündigt
    }
value-stop-budget = die Zeit für diesen Schritt war abgelaufen
value-aia-unreadable-leaf = das Zertifikat, dessen Aussteller fehlt, ließ sich nicht lesen
value-aia-unreadable = das Zertifikat unter { $url } ließ sich nicht lesen
value-aia-untrusted-root = sein Aussteller { $root } ist ein Stammzertifikat, dem hier nicht vertraut wird
value-aia-too-deep = kein vertrauenswürdiges Stammzertifikat innerhalb von { $count } abgerufenen Zertifikaten
value-aia-confirmed = mit dem dort abgerufenen Zertifikat reicht die Kette bis zum vertrauenswürdigen Stammzertifikat { $root }
value-aia-fetched = { $subject } (von { $url })
value-aia-no-trusted-root = die Kette reicht nicht bis zu einem vertrauenswürdigen Stammzertifikat: { $why }
value-at-least = mindestens { $count }
value-at-least-cap = mindestens { $count } (der Test hört bei { $cap } auf)
value-other-reason = aus einem anderen Grund
value-refused = abgelehnt
value-address-loopback = eine Loopback-Adresse (dieser Rechner selbst)
value-address-private = eine Adresse eines privaten Netzwerks
value-address-link-local = eine Link-Local-Adresse
value-address-cgnat = eine Carrier-Grade-NAT-Adresse
value-address-multicast = eine Multicast-Adresse
value-address-unspecified = eine unspezifizierte Adresse
value-address-metadata = eine Cloud-Metadaten-Adresse
value-address-reserved = eine reservierte oder Dokumentationsadresse
value-attempt-connected = verbunden
value-attempt-refused = abgelehnt
value-attempt-timeout = Zeitüberschreitung
value-attempt-unreachable = nicht erreichbar
value-attempt-failed = fehlgeschlagen
# Why a sign-in answer is ambiguous (the classifier's rules, docs/CLASSIFIER.md).
value-ambiguous-either = der Server sagt: falsches Passwort, oder dieses Protokoll ist für das Konto ausgeschaltet
value-ambiguous-exchange-throttled = Exchange sendet das, wenn es das Konto drosselt, oft wegen zu vieler Sitzungen
value-ambiguous-yahoo-auth005 = Yahoo sendet das nach fehlgeschlagenen Anmeldungen und auch, wenn ein App-Passwort nötig ist
value-ambiguous-microsoft-not-connected = Microsoft sendet das bei einem Token für ein anderes Postfach und bei einem Postfach ohne IMAP/POP
value-ambiguous-after-connection-limit = nach einer Ablehnung wegen des Verbindungslimits wird jede Anmeldung abgelehnt, selbst mit dem richtigen Passwort
value-ambiguous-gmail = Gmail lehnt so ein Kontopasswort ab, wenn ein App-Passwort nötig ist
value-ambiguous-microsoft = Microsoft antwortet gleich bei falschem Passwort und bei ausgeschalteter Anmeldung mit Passwort
value-ambiguous-gmx = GMX antwortet gleich bei falschem Passwort, fehlendem App-Passwort und ausgeschaltetem POP3/IMAP
value-ambiguous-app-password = dieser Anbieter antwortet gleich bei falschem Passwort und bei fehlendem App-Passwort
