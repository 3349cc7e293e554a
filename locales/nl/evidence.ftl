# Labels van de gegevens naast een bevinding. Protocolwoorden blijven zoals ze zijn.

evidence-a-ipv4 = A (IPv4)
evidence-aaaa-ipv6 = AAAA (IPv6)
evidence-also-missing = ontbreekt ook
evidence-asked = gevraagd
evidence-belongs-to = hoort bij
evidence-certificate = certificaat
evidence-certificate-covers = certificaat geldt voor
evidence-certificate-for = certificaat voor
evidence-certificates-sent = verstuurde certificaten
evidence-chosen = gekozen
evidence-confirmed = bevestigd
evidence-days-left = resterende dagen
evidence-days-since = dagen sinds
evidence-did-you-mean = bedoelde je
evidence-dns-answer = DNS-antwoord
evidence-during = tijdens
evidence-error = fout
evidence-expected = verwacht
evidence-expired-on = verlopen op
evidence-expires-on = verloopt op
evidence-folder = map
evidence-found = gevonden
evidence-greeting-took = begroeting duurde
evidence-held-back-because = tegengehouden omdat
evidence-host = host
evidence-host-is-for = host is voor
evidence-host-typed = ingevulde host
evidence-how-far = hoe ver
evidence-issuer = uitgever
evidence-issuer-published-at = uitgever gepubliceerd op
evidence-issuer-s-certificate = certificaat van de uitgever
evidence-its-issuer = de uitgever daarvan
evidence-largest-message-the-server-takes = grootste bericht dat de server accepteert
evidence-limit = limiet
evidence-logindisabled = LOGINDISABLED
evidence-mail-server = mailserver
evidence-messages = berichten
evidence-missing-certificate-s-issuer = uitgever van het ontbrekende certificaat
evidence-missing-issuer = ontbrekende uitgever
evidence-name = naam
evidence-needed-for-a-token = nodig voor een token
evidence-next-session = volgende sessie
evidence-no-answer-within = geen antwoord binnen
evidence-not-confirmed = niet bevestigd
evidence-password = wachtwoord
evidence-port = poort
evidence-port-expects = poort verwacht
evidence-port-is-for = poort is voor
evidence-probe = test
evidence-problem = probleem
evidence-provider = provider
evidence-published-at = gepubliceerd op
evidence-quota-root = quotumroot
evidence-recipient = ontvanger
evidence-response = antwoord
evidence-security = beveiliging
evidence-sender = afzender
evidence-server = server
evidence-server-limit = limiet van de server
evidence-server-said = server zei
evidence-server-said-decoded = server zei (gedecodeerd)
evidence-server-sent = server stuurde
evidence-service = dienst
evidence-sessions-allowed = toegestane sessies
evidence-sign-in-methods-offered = aangeboden inlogmethoden
evidence-slower-than = langzamer dan
evidence-stage = stap
evidence-starttls = STARTTLS
evidence-submission-ports = poorten voor versturen
evidence-suggested-host = voorgestelde host
evidence-testing = testen
evidence-the-test-stopped = de test is gestopt
evidence-tls-clienthello = TLS ClientHello
evidence-tls-clienthello-on-a-second-connection = TLS ClientHello op een tweede verbinding
evidence-try-again-in = probeer het opnieuw over
evidence-typed = ingevuld
evidence-typed-name-resolves-to = ingevulde naam verwijst naar
evidence-used = gebruikt
evidence-usual-port = gebruikelijke poort
evidence-usual-ssl-tls-port = gebruikelijke SSL/TLS-poort
evidence-valid-from = geldig vanaf
evidence-verifier-said = controle zei
evidence-waited = gewacht
evidence-why = waarom
evidence-worked = werkte

## Evidence values that are maildoctor's own words
value-either = { $first } of { $second }
value-password-unsendable = bevat een regeleinde of een NUL-teken, dat POP3 USER/PASS niet kan overbrengen
value-login-disabled = de server weigert de opdracht LOGIN op deze verbinding
value-starttls-offered = aangeboden: inloggen wordt mogelijk zodra de verbinding versleuteld is
value-submission-ports = 587 met STARTTLS, of 465 met SSL/TLS
value-not-sent-unencrypted = de verbinding is niet versleuteld, dus het wachtwoord zou leesbaar over het netwerk gaan
value-not-sent-certificate = het certificaat van de server kwam niet door de controle, dus iemand zou de verbinding kunnen onderscheppen
value-mailbox-read-late = de mailbox kon niet voor de tijdslimiet worden gelezen
value-mailbox-list-late = de mappen van de mailbox konden niet voor de tijdslimiet worden opgesomd
value-expected-tls = een TLS-handshake
value-expected-greeting = een begroeting in platte tekst
value-no-tls-answer = de server antwoordde niet met TLS
value-first-bytes-tls = de eerste bytes van de server zijn een TLS-record
value-tls-answered-hello = de server antwoordde op een nieuwe verbinding op een TLS-ClientHello
value-tls-fresh-handshake = een TLS-handshake op een nieuwe verbinding is gelukt ({ $version })
value-tls-failed-after-certificate = de server stuurde zijn ServerHello en zijn certificaat, en mislukte daarna
value-tls-failed-after-hello = de server stuurde zijn ServerHello (TLS was begonnen), en mislukte daarna
value-tls-no-server-hello = de server antwoordde met TLS, maar zonder ServerHello
value-no-answer = geen antwoord
value-no-answer-within = geen antwoord binnen { $ms } ms
value-probe-no-answer = { $command } (geen antwoord)
value-no-complete-line = geen volledige regel
value-greeting-cut = de server sloot de verbinding midden in zijn begroeting
value-greeting-unfinished = de begroeting was na { $ms } ms niet af
value-greeting-endless =
    { $count ->
        [one] de begroeting ging door na meer dan { $count } regel
       *[other] de begroeting ging door na meer dan { $count } regels
    }
value-closed-without-greeting = sloot de verbinding zonder begroeting
value-server-answered = de server antwoordde { $answer }
value-port-range = een getal van 1 tot en met 65535
value-stop-bye = de server beëindigde de sessie: { $line }
value-stop-flood =
    { $count ->
        [one] het antwoord ging door na { $count } regel
       *[other] het antwoord ging door na { $count } regels
    }
value-stop-literal =
    { $count ->
        [one] de server kondigde een literal van { $count } byte aan
       *[other] de server kondigde een literal van { $count } bytes aan
    }
value-stop-budget = de tijd voor deze stap was op
value-aia-unreadable-leaf = het certificaat waarvan de uitgever ontbreekt, kon niet worden gelezen
value-aia-unreadable = het certificaat op { $url } kon niet worden gelezen
value-aia-untrusted-root = de uitgever { $root } is een basiscertificaat dat hier niet wordt vertrouwd
value-aia-too-deep = geen vertrouwd basiscertificaat binnen { $count } opgehaalde certificaten
value-aia-confirmed = met het daar opgehaalde certificaat reikt de keten tot het vertrouwde basiscertificaat { $root }
value-aia-fetched = { $subject } (van { $url })
value-aia-no-trusted-root = de keten reikt niet tot een vertrouwd basiscertificaat: { $why }
value-at-least = minstens { $count }
value-at-least-cap = minstens { $count } (de test stopt bij { $cap })
value-other-reason = om een andere reden
value-refused = geweigerd
value-address-loopback = een loopback-adres (deze machine zelf)
value-address-private = een adres in een privénetwerk
value-address-link-local = een link-local-adres
value-address-cgnat = een carrier-grade-NAT-adres
value-address-multicast = een multicastadres
value-address-unspecified = een niet-gespecificeerd adres
value-address-metadata = een adres voor cloudmetadata
value-address-reserved = een gereserveerd of documentatieadres
value-attempt-connected = verbonden
value-attempt-refused = geweigerd
value-attempt-timeout = time-out
value-attempt-unreachable = onbereikbaar
value-attempt-failed = mislukt
# Why a sign-in answer is ambiguous (the classifier's rules, docs/CLASSIFIER.md).
value-ambiguous-either = de server zegt: verkeerd wachtwoord, of dit protocol staat uit voor het account
value-ambiguous-exchange-throttled = Exchange stuurt dit als het account wordt afgeremd, vaak om te veel sessies
value-ambiguous-yahoo-auth005 = Yahoo stuurt dit na mislukte inlogpogingen en ook als er een app-wachtwoord nodig is
value-ambiguous-microsoft-not-connected = Microsoft stuurt dit bij een token van een andere mailbox en bij een mailbox zonder IMAP/POP
value-ambiguous-after-connection-limit = na een weigering wegens de verbindingslimiet wordt elke inlogpoging geweigerd, ook met het juiste wachtwoord
value-ambiguous-gmail = Gmail weigert zo het wachtwoord van het account als er een app-wachtwoord nodig is
value-ambiguous-microsoft = Microsoft antwoordt hetzelfde op een verkeerd wachtwoord en op uitgeschakeld inloggen met wachtwoord
value-ambiguous-gmx = GMX antwoordt hetzelfde op een verkeerd wachtwoord, een ontbrekend app-wachtwoord en uitgeschakelde POP3/IMAP
value-ambiguous-app-password = deze provider antwoordt hetzelfde op een verkeerd wachtwoord en op een ontbrekend app-wachtwoord
