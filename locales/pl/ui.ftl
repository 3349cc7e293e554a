# Ramka strony i formularz (templates/base.html, templates/index.html, web::pages).
# Zwracamy się do użytkownika w 2. osobie liczby pojedynczej, jak polska pomoc Google.
site-skip = Przejdź do treści
site-tagline = Dlaczego moja aplikacja pocztowa nie może się połączyć?
site-footer = maildoctor sprawdza podany przez Ciebie serwer z tego komputera. Twoje hasło jest używane tylko do tego sprawdzenia i nigdy nie jest zapisywane ani wyświetlane.
site-language = Język
form-title = Sprawdź ustawienia poczty
form-lead = Wpisz ustawienia dokładnie tak, jak są podane w Twojej aplikacji pocztowej. maildoctor łączy się z serwerem krok po kroku i mówi Ci, co zmienić.
form-errors-title = Sprawdź formularz
shortcuts-title = Korzystasz ze znanego dostawcy?
shortcuts-hint = Wybierz swojego dostawcę, a maildoctor wpisze jego serwery. Nazwę użytkownika i hasło nadal wpisujesz samodzielnie.
shortcut-use = Mój dostawca to { $provider }
discover-link = Nie znasz swojego serwera? Znajdź go na podstawie adresu e-mail.
protocol-legend = Co chcesz sprawdzić?
protocol-hint = IMAP i POP służą do odbierania poczty, a SMTP do jej wysyłania. Większość aplikacji używa dziś IMAP.
choice-imap = Odbieranie poczty – IMAP
choice-pop3 = Odbieranie poczty – POP
choice-smtp = Wysyłanie poczty – SMTP
choice-auto = Automatycznie
choice-tls = SSL/TLS
choice-starttls = STARTTLS
choice-none = Brak (bez szyfrowania)
optional = (opcjonalnie)
host-label = Serwer
host-hint = Na przykład imap.example.com – serwer poczty przychodzącej lub wychodzącej w Twojej aplikacji pocztowej.
port-label = Port
port-hint = Puste pole oznacza zwykły port.
security-label = Zabezpieczenia
security-hint = Nazywane też „Szyfrowanie”. Opcja „Automatycznie” sprawdza, czego używa serwer.
username-label = Nazwa użytkownika
username-hint = Często jest to pełny adres e-mail.
password-label = Hasło
password-hint = Używane tylko raz do tego sprawdzenia, nigdy nie jest zapisywane ani wyświetlane. Zostaw puste, aby sprawdzić tylko połączenie.
email-label = Adres e-mail
email-hint = Pomaga maildoctor rozpoznać Twojego dostawcę i zaproponować jego ustawienia.
ticket-label = Numer zgłoszenia
ticket-hint = Dla działów pomocy: numer zgłoszenia lub sprawy zapisywany razem z raportem, aby można go było później odnaleźć.
limits-label = Sprawdź też limit połączeń
limits-hint = Otwiera jednocześnie kilka połączeń, aby sprawdzić, na ile pozwala serwer. Trwa to trochę dłużej.
more-options = Więcej opcji
oauth-label = Token dostępu OAuth2 zamiast hasła
oauth-hint = Dla kont, które logują się przez Microsoft lub Google: token z narzędzi Twojego administratora. Używany tylko raz do tego sprawdzenia, nigdy nie jest zapisywany ani wyświetlany.
send-test-label = Wysyłanie (SMTP): sprawdź też, czy to konto może wysyłać z mojego adresu
send-test-hint = Po zalogowaniu maildoctor prosi serwer o przyjęcie nadawcy i odbiorcy, a potem anuluje: żadna wiadomość nie zostaje wysłana.
send-from-label = Adres nadawcy do sprawdzenia
send-from-hint = Adres „Od”, którego używa Twoja aplikacja, jeśli nie jest to Twoja nazwa użytkownika – na przykład alias lub udostępniona skrzynka pocztowa.
send-to-label = Odbiorca do sprawdzenia
send-to-hint = Zostaw puste, aby użyć adresu nadawcy. W żadnym wypadku nic nie zostanie wysłane.
insecure-label = Wyślij moje hasło, nawet jeśli połączenie nie jest szyfrowane
insecure-hint = Tylko dla serwerów w Twojej własnej sieci. Każdy po drodze mógłby odczytać hasło.
trust-label = Wyślij moje hasło, nawet jeśli certyfikat serwera nie jest zaufany
trust-hint = Tylko wtedy, gdy dostawca poczty poinformował Cię, że jego certyfikat jest wystawiony samodzielnie.
submit = Sprawdź moje ustawienia
progress-title = Sprawdzanie ustawień…
progress-status = Każdy krok pojawi się tutaj zaraz po jego zakończeniu.
stop = Zatrzymaj
field-protocol-missing = Wybierz IMAP, POP lub SMTP.
field-security-missing = Wybierz ustawienie zabezpieczeń.
field-host-missing = Wpisz nazwę serwera, na przykład imap.example.com.

## Refusals: why a check was not run (the page or the API's "detail")
refused-title = Nie sprawdzono
refused-back = Wróć do formularza
refused-rate =
    { $count ->
        [one] Zbyt wiele sprawdzeń z twojego adresu w krótkim czasie. Poczekaj { $count } sekundę i spróbuj ponownie.
        [few] Zbyt wiele sprawdzeń z twojego adresu w krótkim czasie. Poczekaj { $count } sekundy i spróbuj ponownie.
        [many] Zbyt wiele sprawdzeń z twojego adresu w krótkim czasie. Poczekaj { $count } sekund i spróbuj ponownie.
       *[other] Zbyt wiele sprawdzeń z twojego adresu w krótkim czasie. Poczekaj { $count } sekundy i spróbuj ponownie.
    }
refused-busy =
    { $count ->
        [one] maildoctor wykonuje teraz tyle sprawdzeń, ile może. Spróbuj ponownie za { $count } sekundę.
        [few] maildoctor wykonuje teraz tyle sprawdzeń, ile może. Spróbuj ponownie za { $count } sekundy.
        [many] maildoctor wykonuje teraz tyle sprawdzeń, ile może. Spróbuj ponownie za { $count } sekund.
       *[other] maildoctor wykonuje teraz tyle sprawdzeń, ile może. Spróbuj ponownie za { $count } sekundy.
    }
refused-port = Ta usługa sprawdza tylko porty pocztowe ({ $ports }). Port { $port } do nich nie należy; uruchom `maildoctor check` na własnym komputerze, aby sprawdzić inne porty.
refused-too-long = Za długie: { $field } (`{ $name }`, najwyżej { $max } znaków).
refused-field-host = nazwa serwera
refused-field-username = nazwa użytkownika
refused-field-email = adres e-mail
refused-field-password = hasło
refused-field-oauth-token = token OAuth2
refused-field-ticket = numer zgłoszenia
refused-field-lang = język
refused-forwarded-for = Proxy przed tą usługą przesłało adres klienta, którego nie da się odczytać.
refused-token = Ta usługa wymaga tokenu dostępu.
refused-origin = Formularz został wysłany z innej witryny, więc go nie uruchomiono.
refused-shared-down = maildoctor nie może połączyć się z magazynem, w którym jego repliki dzielą limity, więc teraz nie loguje się do żadnego konta (nie mógłby pilnować limitu na konto, który zapobiega blokadom). Spróbuj ponownie za minutę albo pomiń hasło, aby sprawdzić tylko połączenie.
api-error-too-large = treść żądania przekracza 64 KiB
api-error-timeout = diagnoza trwała zbyt długo; spróbuj ponownie
api-error-not-found = nie ma takiego punktu końcowego API
api-error-method = użyj POST dla /api/v1/diagnose
api-error-other = nie udało się obsłużyć żądania
form-unreadable = Nie udało się odczytać formularza. Wypełnij go ponownie.
