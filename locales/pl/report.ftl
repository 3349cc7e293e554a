# Raport tak, jak się go czyta: strona, tekst wiersza poleceń, podsumowanie do zgłoszenia.
# Cytaty serwera, kody, nazwy hostów i liczby są wstawiane bez tłumaczenia.

## Wynik i zdanie podsumowujące raport

verdict-ok = Nie znaleziono problemów
verdict-warning = Działa, ale coś warto zmienić
verdict-error = Jeszcze nie działa
summary-ok = { $what }: nie znaleziono problemów.
summary-warning = { $what } działa, ale: { $title }.
summary-error = { $what } nie działa: { $title }.
summary-other = { $what }: zobacz wyniki.
summary-no-target = Sprawdzenie
target-auto = { $protocol } na { $host }, port { $port }, z automatycznym zabezpieczeniem
target-plain = { $protocol } na { $host }, port { $port }, bez szyfrowania
target-secure = { $protocol } na { $host }, port { $port }, z { $security }

## Etapy na osi czasu

stage-input = Sprawdzanie wpisanych danych
stage-dns = Wyszukiwanie nazwy serwera
stage-tcp = Łączenie z serwerem
stage-tls = Zabezpieczanie połączenia
stage-protocol = Rozmowa z usługą poczty
stage-auth = Logowanie
stage-mailbox = Sprawdzanie skrzynki
stage-limits = Test limitu połączeń
status-pass = Gotowe
status-warn = Ostrzeżenie
status-fail = Niepowodzenie
status-skip = Pominięto
severity-error = błąd
severity-warning = ostrzeżenie
severity-info = informacja

## Sekcje strony

report-provider = Dostawca: { $provider }
report-fix-first = Co naprawić najpierw
report-also-found = Znaleziono też
report-findings = Wyniki
report-other-findings = Inne wyniki
report-code = Kod:
report-evidence = Dowody:
report-timeline = Co zrobił maildoctor
report-stages = Etapy
report-total-time = Łączny czas: { $ms } ms
report-server-software = Oprogramowanie serwera: { $software }
report-send = Wyślij to do swojego działu pomocy
report-copy-ticket = Skopiuj podsumowanie do zgłoszenia
report-download-json = Pobierz JSON
report-ticket-summary = Podsumowanie do zgłoszenia (zwykły tekst)
report-technical = Szczegóły techniczne
report-again = Sprawdź inne ustawienia
report-ticket = Zgłoszenie: { $ticket }

## Ustawienia, które powinny działać

settings-title = Ustawienia, które powinny działać
settings-lead = Wpisz je w ustawieniach konta w swojej aplikacji pocztowej.
settings-verified = Sprawdzone przed chwilą – działają
settings-also-suggested = Inne propozycje (niesprawdzone)
settings-suggested = Propozycje (niesprawdzone)
role-imap = Serwer poczty przychodzącej (IMAP)
role-pop3 = Serwer poczty przychodzącej (POP)
role-smtp = Serwer poczty wychodzącej (SMTP)
settings-server = Serwer
settings-requires-ssl = Wymaga SSL
settings-port = Port
settings-requires-sign-in = Wymaga logowania
settings-username = Nazwa użytkownika
settings-password = Hasło
settings-password-yours = Twoje hasło
settings-password-or-app = Twoje hasło (lub hasło aplikacji, jeśli dostawca go wymaga)
settings-found-from = Źródło
settings-note = Uwaga
settings-check-sign-in = Sprawdź logowanie z tymi ustawieniami
settings-yes-with = Tak ({ $security })
settings-yes = Tak
settings-no = Nie
username-full-address = Twój pełny adres e-mail
username-unchanged = bez zmian (ta, której używasz teraz)
username-not-tried = bez zmian (tu nie próbowano logowania)
checked-verified-in = Sprawdzone: odpowiedź w { $ms } ms
checked-verified = Sprawdzone
checked-not-verified = Niesprawdzone

## Szczegóły techniczne

cert-title = Certyfikat
cert-subject = Podmiot
cert-names = Objęte nazwy
cert-none = (brak)
cert-issuer = Wystawca
cert-valid-from = Ważny od
cert-valid-until = Ważny do
cert-days-left =
    { $count ->
        [one] został { $count } dzień
        [few] zostały { $count } dni
        [many] zostało { $count } dni
       *[other] zostało { $count } dnia
    }
cert-key = Klucz
cert-connection = Połączenie
cert-chain = Łańcuch certyfikatów wysłany przez serwer
cert-issued-by = wystawiony przez
cert-until = ważny do
alternatives-title = Wypróbowane alternatywy
alternatives-settings = Ustawienia
alternatives-result = Wynik
alternatives-time = Czas
alternatives-found-from = Źródło
alternatives-summary =
    { $count ->
        [one] Wypróbowano { $count } alternatywę w { $ms } ms (bez logowania), działa: { $verified }.
        [few] Wypróbowano { $count } alternatywy w { $ms } ms (bez logowania), działa: { $verified }.
        [many] Wypróbowano { $count } alternatyw w { $ms } ms (bez logowania), działa: { $verified }.
       *[other] Wypróbowano { $count } alternatywy w { $ms } ms (bez logowania), działa: { $verified }.
    }
transcript-title =
    { $count ->
        [one] Rozmowa z serwerem ({ $count } wiersz)
        [few] Rozmowa z serwerem ({ $count } wiersze)
        [many] Rozmowa z serwerem ({ $count } wierszy)
       *[other] Rozmowa z serwerem ({ $count } wiersza)
    }
transcript-empty = Brak rozmowy: maildoctor nie dotarł do usługi poczty.
transcript-caption = Każdy wysłany i odebrany wiersz z czasem od początku
transcript-who = Kto
transcript-time = Czas
transcript-line = Wiersz
who-client = maildoctor wysłał
who-server = serwer odpowiedział
who-note = notatka
request-title = Żądanie w postaci, w jakiej je podano
request-protocol = Protokół
request-server = Serwer
request-port = Port
request-security = Zabezpieczenia
request-username = Nazwa użytkownika
request-password = Hasło
request-email = Adres e-mail
request-options = Opcje
request-none = (brak)
request-standard-port = (standardowy)
request-automatic = Automatycznie
request-no-security = Brak
request-password-given = podane (nie pokazano)
request-password-not-given = nie podano
option-test-limits = test limitu połączeń
option-insecure-auth = wysyłanie hasła bez szyfrowania
option-trust-certificate = wysyłanie hasła mimo problemu z certyfikatem

## Udostępnianie zapisanego raportu

share-failed = Nie udało się zapisać tego raportu (magazyn raportów jest teraz niedostępny), więc nie ma linku do udostępnienia. Jest widoczny tylko tutaj.
share-title = Udostępnij ten raport
share-saved-for =
    { $count ->
        [one] Zapisany na { $count } dzień pod adresem
        [few] Zapisany na { $count } dni pod adresem
        [many] Zapisany na { $count } dni pod adresem
       *[other] Zapisany na { $count } dnia pod adresem
    }
share-saved-hint = skopiuj ten link do zgłoszenia; każdy, kto go ma, może otworzyć raport (nie zawiera hasła).
share-copy = Kopiuj link
compare-label = Porównaj z innym raportem tego samego serwera (na przykład uruchomionym na komputerze użytkownika)
compare-hint = Wklej jego link lub identyfikator.
compare-submit = Porównaj obok siebie
share-delete = Usuń zapisany raport
vantage-service = Uruchomiono z usługi działu pomocy
vantage-user = Uruchomiono na komputerze użytkownika (maildoctor { $version })

## Podsumowanie do zgłoszenia i wiersz poleceń

ticket-heading = Raport maildoctor ({ $started })
ticket-checked = Sprawdzono: { $protocol } na { $host } ({ $port })
ticket-standard-port = port standardowy
ticket-request-id = Identyfikator żądania: { $id }
ticket-saved = Zapisany raport: { $link }
cli-port = port { $port }
cli-username = nazwa użytkownika: { $username }
cli-found-from = źródło: { $from }

## Skrypt strony na żywo (static/app.js czyta te teksty ze strony; symbole zastępcze wypełnia skrypt)

js-copied = Skopiowano. Wklej to do zgłoszenia lub e-maila.
js-copy-failed = Kopiowanie nie zadziałało: otwórz „Podsumowanie do zgłoszenia” i skopiuj tekst.
js-no-server = { $provider } nie ma serwera { $protocol }.
js-filled = Wpisano serwer { $protocol } dostawcy { $provider }: { $host }, port { $port }.
js-progress = Każdy krok pojawi się tutaj, gdy tylko zostanie wykonany.
js-next = Trwa następny krok…
js-start-failed = Nie udało się rozpocząć sprawdzania ({ $status }).
js-ended-early = Połączenie z maildoctor zakończyło się zbyt wcześnie. Spróbuj ponownie.
js-not-finished = Sprawdzanie się nie zakończyło. Spróbuj ponownie.

## The alternatives tried after a failure
alternatives-too-many = Nie sprawdzono: ponad { $limit } alternatyw.
alternatives-no-answer = Brak odpowiedzi w ciągu { $ms } ms przeznaczonych na alternatywy.
alternatives-stopped = Przerwano: inna alternatywa już działa.
origin-provider = dostawca
origin-srv = rekord SRV
origin-autoconfig = autoconfig
origin-same-port = ten sam port
origin-standard-port = standardowy port
origin-certificate = certyfikat
origin-finding = wynik
settings-note-port-25 = Port 25 to ostateczność przy wysyłaniu: większość sieci domowych i komórkowych blokuje go do wysyłania poczty. Użyj 465 lub 587, jeśli któryś z nich działa.
settings-note-sign-in = Logowanie: { $how }.
settings-note-tried = Sprawdzono przed chwilą:
signin-password = hasło
signin-app-password = hasło aplikacji (lub OAuth2)
signin-oauth2-only = tylko OAuth2
settings-sign-in-note = maildoctor sprawdził te ustawienia bez logowania: połączył się, nawiązał szyfrowanie, sprawdził certyfikat i odczytał powitanie. Loguje się tylko z ustawieniami, które podajesz.
# What exactly an origin was (the JSON's sources[].detail).
origin-detail-provider = opublikowany serwer { $protocol } dostawcy { $provider }
origin-detail-finding = poprawka wskazana przez wynik
origin-detail-certificate = nazwa objęta certyfikatem: { $name }
origin-detail-same-port = ten sam port, { $port }, z { $security }
origin-detail-standard-port = standardowy port { $protocol } z { $security }
origin-detail-port-25 = port 25, ostateczność przy wysyłaniu (zwykle blokowany w sieciach domowych)
