# Pozostałe strony: ustawienia z adresu e-mail, dwa raporty obok siebie i krótkie strony błędów.

## Znajdowanie ustawień

discover-title = Znajdź ustawienia serwera poczty
discover-lead = Wpisz swój adres e-mail. maildoctor sprawdza wszystkie miejsca, w których szukają aplikacje pocztowe (własną tabelę dostawców, rekordy DNS i plik autoconfig Twojej domeny, typowe nazwy serwerów), a potem testuje każdy serwer na żywo – bez hasła.
discover-error-title = Sprawdź adres
discover-email-label = Adres e-mail
discover-email-hint = Na przykład jo@example.com. Używany jest tylko adres; hasło nie jest potrzebne.
discover-submit = Znajdź moje ustawienia
discover-confirmed = Znaleziono i potwierdzono ustawienia
discover-suggested = Proponowane ustawienia, niepotwierdzone
discover-nothing = Nie znaleziono ustawień
discover-for = Dla { $email } ({ $ms } ms).
discover-provider = Dostawca: { $provider }.
discover-settings = Ustawienia dla Twojej aplikacji pocztowej
discover-status-confirmed = potwierdzone
discover-status-suggested = proponowane
discover-encryption = Szyfrowanie
discover-found-by = Znalezione przez
discover-diagnose = Zdiagnozuj z tymi ustawieniami
discover-disagree = Źródła się nie zgadzają
discover-notes = Warto wiedzieć
discover-advice = Co zrobić
discover-tried = Wszystkie wypróbowane serwery
discover-nothing-tried = Nie znaleziono żadnego serwera do wypróbowania.
discover-service = Usługa
discover-outcome = Wynik
discover-what-happened = Co się stało
discover-sources = Sprawdzone źródła
discover-source = Źródło
discover-asked = Zapytanie
discover-answer = Odpowiedź
username-local-part = część przed @

## Dwa raporty obok siebie

compare-title = Dwa raporty obok siebie
compare-reading = Co oznacza różnica
compare-first-fix = Co naprawić najpierw:
compare-open = Otwórz pełny raport
compare-caption = Każdy etap z obu miejsc
compare-stage = Etap

## Zapisany raport, którego nie można pokazać

saved-not-found-title = Nie znaleziono
saved-not-found = Ten raport nie istnieje: został usunięty lub wygasł. Uruchom sprawdzenie ponownie, aby otrzymać nowy.
saved-check-link = Sprawdź serwer poczty
saved-unavailable-title = Niedostępne
saved-unavailable = Nie można teraz odczytać zapisanych raportów. Spróbuj ponownie za minutę.
saved-deleted-title = Usunięto
saved-deleted = Zapisany raport został usunięty. Jego link już go nie otwiera.

## Discovery: the sources' answers, the probes, notes and advice

discover-source-table = tabela dostawców
discover-source-autoconfig = autoconfig
discover-source-srv = rekordy SRV
discover-source-mx = rekordy MX
discover-source-guess = typowe nazwy
discover-source-ispdb = ISPDB Thunderbirda
outcome-confirmed = potwierdzone
outcome-unencrypted = działa, ale bez szyfrowania
outcome-bad-certificate = odpowiada, ale jego certyfikat jest nieważny
outcome-failed = nie powiodło się
outcome-not-tried = nie sprawdzono
discover-setting = { $host } port { $port } ({ $security })
discover-source-says = { $source }: { $setting }
discover-disagreement = { $role }: { $said }.
discover-note-unencrypted = Działa, ale bez szyfrowania: hasło byłoby przesyłane czytelnym tekstem.
discover-note-not-confirmed = Niepotwierdzone ({ $outcome }): { $detail }
discover-note-nxdomain = Domena { $domain } nie istnieje w DNS: sprawdź pisownię adresu.
discover-note-srv-not-offered = { $name } podaje, że { $protocol } z { $security } nie jest oferowany.
discover-note-srv-outside = { $name } wskazuje na { $target }, poza domeną { $domain }: bez DNSSEC mogło to zostać sfałszowane (RFC 6186 §6); sprawdź u dostawcy, czy ten serwer należy do niego.
discover-note-app-password = { $provider } wymaga w aplikacjach pocztowych hasła aplikacji, a nie hasła do konta: włącz weryfikację dwuetapową, utwórz hasło aplikacji w ustawieniach zabezpieczeń konta i użyj go jako hasła.
discover-note-oauth-only = { $provider } w aplikacjach pocztowych przyjmuje tylko logowanie przez OAuth2: hasło, nawet poprawne, jest odrzucane. Użyj aplikacji pocztowej, która loguje cię do konta w oknie przeglądarki.
discover-note-oauth-only-microsoft = { $provider } w aplikacjach pocztowych przyjmuje tylko logowanie przez OAuth2: hasło, nawet poprawne, jest odrzucane. Użyj aplikacji pocztowej, która loguje cię do konta Microsoft w oknie przeglądarki.
discover-note-since = Obowiązuje to od { $since }.
discover-advice-nothing = Nie znaleziono ustawień poczty dla domeny { $domain }: tabela dostawców nie zna tej domeny, domena nie publikuje pliku autoconfig ani rekordów SRV, a żadna z typowych nazw serwerów nie odpowiedziała.
discover-ask-provider = Zapytaj dostawcę poczty (lub osobę zarządzającą domeną) o: nazwę serwera poczty przychodzącej, jego port i szyfrowanie (SSL/TLS lub STARTTLS) dla IMAP lub POP; nazwę serwera poczty wychodzącej (SMTP), jego port i szyfrowanie; oraz o to, czy nazwą użytkownika jest pełny adres e-mail, czy tylko część przed @. Dostawca mógłby też opublikować te ustawienia (plik autoconfig lub rekordy SRV), aby aplikacje pocztowe same je znalazły.
discover-probe-too-many = Nie sprawdzono: ponad { $limit } kandydatów.
discover-probe-port-refused = Nie sprawdzono: port { $port } nie jest portem pocztowym, który sprawdza ta usługa.
discover-probe-out-of-time = Czas na wyszukiwanie skończył się wcześniej.
discover-probe-unencrypted = { $protocol } odpowiedział bez szyfrowania.
discover-probe-confirmed = { $protocol } odpowiedział przez { $security } z ważnym certyfikatem.
discover-probe-bad-certificate = { $protocol } odpowiedział, ale certyfikat jest nieważny dla { $host }.
discover-answer-known = znany: { $provider }
discover-answer-not-in-table = brak w tabeli
discover-answer-nxdomain = domena nie istnieje (NXDOMAIN)
discover-answer-no-mx = brak użytecznego MX
discover-answer-no-address = brak adresu
discover-answer-has-address = ma adres
discover-answer-no-record = brak rekordu
discover-answer-not-offered = „.”: usługa jest wprost nieoferowana
discover-answer-listed =
    { $count ->
        [one] { $count } użyteczny serwer z { $listed } podanych
        [few] { $count } użyteczne serwery z { $listed } podanych
        [many] { $count } użytecznych serwerów z { $listed } podanych
       *[other] { $count } użytecznego serwera z { $listed } podanych
    }
discover-answer-not-used = (nieużyte: wcześniejszy adres już odpowiedział)
discover-answer-snapshot =
    { $count ->
        [one] { $provider }: { $count } serwer ({ $why })
        [few] { $provider }: { $count } serwery ({ $why })
        [many] { $provider }: { $count } serwerów ({ $why })
       *[other] { $provider }: { $count } serwera ({ $why })
    }
discover-answer-not-in-snapshot = brak we wbudowanej kopii ({ $why })
discover-why-not-asked = usługa ISPDB nie jest pytana
discover-why-unreachable = nie udało się zapytać usługi
discover-answer-timeout = brak odpowiedzi przed upływem czasu
as-given = { $answer }
discover-cli-for = dla { $email } ({ $ms } ms)
discover-cli-tried = Wszyscy sprawdzeni kandydaci:
discover-cli-diagnose = Diagnoza
discover-note-ispdb-oauth-only = { $provider } w aplikacjach pocztowych przyjmuje tylko logowanie przez OAuth2 („Zaloguj się przez Microsoft/Google”): hasło, nawet poprawne, jest odrzucane. Użyj aplikacji pocztowej, która loguje się w ten sposób.

## The comparison's reading (Polish: the who-labels are genitives: "po stronie komputera użytkownika")
compare-who-user = komputera użytkownika
compare-who-desk = usługi działu pomocy
compare-who-first = { $who } (pierwszy raport)
compare-who-second = { $who } (drugi raport)
compare-differ-protocol = protokół: { $left } / { $right }
compare-differ-server = serwer: { $left } / { $right }
compare-differ-port = port: { $left } / { $right }
compare-differ-security = zabezpieczenia: { $left } / { $right }
compare-differ-username = nazwa użytkownika jest inna
compare-settings-differ = Te dwa raporty nie sprawdzały tych samych ustawień ({ $differences }). Najpierw porównaj ustawienia: aplikacja po stronie { $right } może być po prostu skonfigurowana inaczej niż po stronie { $left }.
compare-same-ending = Oba raporty kończą się tak samo ({ $verdict }): sieć po stronie { $who } nie ma tu znaczenia.
compare-interception = Po stronie { $seen } serwer pokazał inny certyfikat (wystawiony przez { $issuer }) niż po stronie { $other } (wystawiony przez { $other_issuer }) i nie jest on zaufany: coś w tej sieci przechwytuje szyfrowane połączenia — zwykle antywirus lub program zabezpieczający, który „skanuje szyfrowane połączenia”, albo firmowe proxy. Wyłącz to skanowanie dla poczty lub dodaj serwer poczty do jego wyjątków.
compare-input = Żądania po stronie { $bad } nie udało się sprawdzić{ $why }; po stronie { $good } się udało.
compare-dns = Po stronie { $good } nazwę { $host } da się wyszukać; po stronie { $bad } nie{ $why }. Używany tam serwer DNS (router, VPN lub sieć firmowa) nie odpowiada dla tej nazwy: uruchom ponownie router, wyłącz VPN albo spróbuj innej sieci, aby to potwierdzić.
compare-tcp = Po stronie { $good } { $host } odpowiada na porcie { $port }; po stronie { $bad } nie{ $why }. Coś w tej sieci blokuje port { $port }: zapora, antywirus lub program zabezpieczający albo dostawca internetu. Spróbuj innej sieci (hotspotu w telefonie), aby to potwierdzić, a potem zezwól aplikacji pocztowej na port { $port } — albo użyj innego portu z tabeli ustawień.
compare-tls = Po stronie { $good } szyfrowanie z { $host } się nawiązuje; po stronie { $bad } nie udaje się{ $why }. Coś w tej sieci zakłóca szyfrowane połączenia (antywirus, który je skanuje, firmowe proxy albo portal logowania do sieci).
compare-protocol = Po stronie { $good } na porcie { $port } odpowiada serwer poczty; po stronie { $bad } odpowiada coś innego{ $why }. Urządzenie lub program w tej sieci odpowiada zamiast serwera (proxy, zapora sprawdzająca pocztę albo portal logowania do sieci).
compare-auth = Obie strony docierają do serwera, ale logowanie działa tylko po stronie { $good }{ $why }. Nazwa użytkownika lub hasło wpisane po stronie { $bad } nie są takie same albo dostawca odrzuca logowania z tej sieci lub z tego miejsca (sprawdź alerty bezpieczeństwa dostawcy).
compare-later = Logowanie działa po obu stronach; po stronie { $bad } pojawia się potem problem, którego nie ma po stronie { $good }{ $why }. Raport z { $bad } mówi, co zmienić.
compare-error-title = Nie można porównać
compare-need-two = Aby porównać, podaj dwa zapisane raporty: ich linki (…/r/…) lub identyfikatory.
compare-missing = Jeden z tych raportów nie istnieje: został usunięty albo wygasł.
compare-failed = Nie udało się wyświetlić porównania.

## Where a candidate came from ("Found by")
claim-table = tabela dostawców: { $provider }
claim-guess = przypuszczenie: typowa nazwa { $host }
claim-srv = SRV { $name } (priorytet { $priority }, waga { $weight })
claim-srv-outside = SRV { $name } (priorytet { $priority }, waga { $weight }) — cel poza domeną
claim-ispdb-snapshot = wbudowana kopia ISPDB (thunderbird/autoconfig { $commit }): { $id }
