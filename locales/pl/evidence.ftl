# Etykiety dowodów: nazwy faktów pokazywanych obok wyniku. Słowa protokołów zostają bez zmian.

evidence-a-ipv4 = A (IPv4)
evidence-aaaa-ipv6 = AAAA (IPv6)
evidence-also-missing = również brakuje
evidence-asked = zapytano
evidence-belongs-to = należy do
evidence-certificate = certyfikat
evidence-certificate-covers = certyfikat obejmuje
evidence-certificate-for = certyfikat dla
evidence-certificates-sent = wysłane certyfikaty
evidence-chosen = wybrano
evidence-confirmed = potwierdzono
evidence-days-left = pozostałe dni
evidence-days-since = dni od
evidence-did-you-mean = czy chodziło o
evidence-dns-answer = odpowiedź DNS
evidence-during = podczas
evidence-error = błąd
evidence-expected = oczekiwano
evidence-expired-on = wygasł
evidence-expires-on = wygasa
evidence-folder = folder
evidence-found = znaleziono
evidence-greeting-took = powitanie trwało
evidence-held-back-because = wstrzymano, ponieważ
evidence-host = host
evidence-host-is-for = host jest dla
evidence-host-typed = wpisany host
evidence-how-far = jak daleko
evidence-issuer = wystawca
evidence-issuer-published-at = wystawca opublikowany pod
evidence-issuer-s-certificate = certyfikat wystawcy
evidence-its-issuer = jego wystawca
evidence-largest-message-the-server-takes = największa wiadomość, jaką przyjmuje serwer
evidence-limit = limit
evidence-logindisabled = LOGINDISABLED
evidence-mail-server = serwer poczty
evidence-messages = wiadomości
evidence-missing-certificate-s-issuer = wystawca brakującego certyfikatu
evidence-missing-issuer = brakujący wystawca
evidence-name = nazwa
evidence-needed-for-a-token = potrzebne dla tokenu
evidence-next-session = następna sesja
evidence-no-answer-within = brak odpowiedzi w ciągu
evidence-not-confirmed = niepotwierdzone
evidence-password = hasło
evidence-port = port
evidence-port-expects = port oczekuje
evidence-port-is-for = port jest dla
evidence-probe = próba
evidence-problem = problem
evidence-provider = dostawca
evidence-published-at = opublikowany pod
evidence-quota-root = korzeń limitu
evidence-recipient = odbiorca
evidence-response = odpowiedź
evidence-security = zabezpieczenia
evidence-sender = nadawca
evidence-server = serwer
evidence-server-limit = limit serwera
evidence-server-said = serwer odpowiedział
evidence-server-said-decoded = serwer odpowiedział (zdekodowane)
evidence-server-sent = serwer wysłał
evidence-service = usługa
evidence-sessions-allowed = dozwolone sesje
evidence-sign-in-methods-offered = oferowane metody logowania
evidence-slower-than = wolniej niż
evidence-stage = etap
evidence-starttls = STARTTLS
evidence-submission-ports = porty do wysyłania
evidence-suggested-host = proponowany host
evidence-testing = testowano
evidence-the-test-stopped = test się zatrzymał
evidence-tls-clienthello = TLS ClientHello
evidence-tls-clienthello-on-a-second-connection = TLS ClientHello na drugim połączeniu
evidence-try-again-in = spróbuj ponownie za
evidence-typed = wpisano
evidence-typed-name-resolves-to = wpisana nazwa wskazuje na
evidence-used = użyto
evidence-usual-port = zwykły port
evidence-usual-ssl-tls-port = zwykły port SSL/TLS
evidence-valid-from = ważny od
evidence-verifier-said = weryfikator odpowiedział
evidence-waited = czekano
evidence-why = dlaczego
evidence-worked = zadziałało

## Evidence values that are maildoctor's own words
value-either = { $first } lub { $second }
value-password-unsendable = zawiera znak nowego wiersza lub znak NUL, którego POP3 USER/PASS nie może przenieść
value-login-disabled = serwer odrzuca polecenie LOGIN na tym połączeniu
value-starttls-offered = oferowany: logowanie stanie się możliwe, gdy połączenie będzie szyfrowane
value-submission-ports = 587 z STARTTLS lub 465 z SSL/TLS
value-not-sent-unencrypted = połączenie nie jest szyfrowane, więc hasło przeszłoby przez sieć czytelnym tekstem
value-not-sent-certificate = certyfikat serwera nie przeszedł weryfikacji, więc ktoś mógłby przechwytywać połączenie
value-mailbox-read-late = nie udało się odczytać skrzynki przed upływem czasu
value-mailbox-list-late = nie udało się wyświetlić folderów skrzynki przed upływem czasu
value-expected-tls = uzgadnianie TLS
value-expected-greeting = powitanie zwykłym tekstem
value-no-tls-answer = serwer nie odpowiedział przez TLS
value-first-bytes-tls = pierwsze bajty serwera to rekord TLS
value-tls-answered-hello = serwer odpowiedział na TLS ClientHello na nowym połączeniu
value-tls-fresh-handshake = uzgadnianie TLS na nowym połączeniu się udało ({ $version })
value-tls-failed-after-certificate = serwer wysłał ServerHello i certyfikat, po czym nastąpił błąd
value-tls-failed-after-hello = serwer wysłał ServerHello (TLS się rozpoczął), po czym nastąpił błąd
value-tls-no-server-hello = serwer odpowiedział przez TLS, ale bez ServerHello
value-no-answer = brak odpowiedzi
value-no-answer-within = brak odpowiedzi w ciągu { $ms } ms
value-probe-no-answer = { $command } (brak odpowiedzi)
value-no-complete-line = brak pełnego wiersza
value-greeting-cut = serwer zamknął połączenie w połowie powitania
value-greeting-unfinished = powitanie nie zakończyło się po { $ms } ms
value-greeting-endless =
    { $count ->
        [one] powitanie przekroczyło { $count } wiersz
        [few] powitanie przekroczyło { $count } wiersze
        [many] powitanie przekroczyło { $count } wierszy
       *[other] powitanie przekroczyło { $count } wiersza
    }
value-closed-without-greeting = zamknął połączenie bez powitania
value-server-answered = serwer odpowiedział { $answer }
value-port-range = liczba od 1 do 65535
value-stop-bye = serwer zakończył sesję: { $line }
value-stop-flood =
    { $count ->
        [one] odpowiedź przekroczyła { $count } wiersz
        [few] odpowiedź przekroczyła { $count } wiersze
        [many] odpowiedź przekroczyła { $count } wierszy
       *[other] odpowiedź przekroczyła { $count } wiersza
    }
value-stop-literal =
    { $count ->
        [one] serwer zapowiedział literał o długości { $count } bajtu
       *[other] serwer zapowiedział literał o długości { $count } bajtów
    }
value-stop-budget = skończył się czas na ten etap
value-aia-unreadable-leaf = nie udało się odczytać certyfikatu, którego wystawcy brakuje
value-aia-unreadable = nie udało się odczytać certyfikatu spod adresu { $url }
value-aia-untrusted-root = jego wystawca { $root } to certyfikat główny, który nie jest tu zaufany
value-aia-too-deep = brak zaufanego certyfikatu głównego wśród { $count } pobranych certyfikatów
value-aia-confirmed = z pobranym stamtąd certyfikatem łańcuch dochodzi do zaufanego certyfikatu głównego { $root }
value-aia-fetched = { $subject } (z { $url })
value-aia-no-trusted-root = łańcuch nie dochodzi do zaufanego certyfikatu głównego: { $why }
value-at-least = co najmniej { $count }
value-at-least-cap = co najmniej { $count } (test kończy się na { $cap })
value-other-reason = z innego powodu
value-refused = odrzucona
value-address-loopback = adres pętli zwrotnej (ten sam komputer)
value-address-private = adres sieci prywatnej
value-address-link-local = adres link-local
value-address-cgnat = adres NAT operatora (CGNAT)
value-address-multicast = adres multicast
value-address-unspecified = adres nieokreślony
value-address-metadata = adres metadanych chmury
value-address-reserved = adres zarezerwowany lub dokumentacyjny
value-attempt-connected = połączono
value-attempt-refused = odrzucono
value-attempt-timeout = przekroczono czas
value-attempt-unreachable = nieosiągalny
value-attempt-failed = nie powiodło się
# Why a sign-in answer is ambiguous (the classifier's rules, docs/CLASSIFIER.md).
value-ambiguous-either = serwer mówi: błędne hasło albo ten protokół jest wyłączony dla konta
value-ambiguous-exchange-throttled = Exchange wysyła to, gdy ogranicza konto, często z powodu zbyt wielu sesji
value-ambiguous-yahoo-auth005 = Yahoo wysyła to po nieudanych logowaniach, a także gdy wymagane jest hasło aplikacji
value-ambiguous-microsoft-not-connected = Microsoft wysyła to dla tokenu innej skrzynki i dla skrzynki bez IMAP/POP
value-ambiguous-after-connection-limit = po odmowie z powodu limitu połączeń każde logowanie jest odrzucane, nawet z poprawnym hasłem
value-ambiguous-gmail = Gmail odrzuca w ten sposób hasło do konta, gdy wymagane jest hasło aplikacji
value-ambiguous-microsoft = Microsoft odpowiada tak samo na błędne hasło i na wyłączone logowanie hasłem
value-ambiguous-gmx = GMX odpowiada tak samo na błędne hasło, brak hasła aplikacji i wyłączone POP3/IMAP
value-ambiguous-app-password = ten dostawca odpowiada tak samo na błędne hasło i na brak hasła aplikacji
