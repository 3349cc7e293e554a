# Zdanie, którym kończy się każdy etap na osi czasu. Wartości (nazwy hostów, adresy, czasy,
# komunikaty błędów) są wstawiane tak, jak przyszły.

## Każdy etap

speaks-imap = serwer IMAP
speaks-pop3 = serwer POP3
speaks-smtp = serwer SMTP
speaks-http = serwer WWW
speaks-ssh = serwer SSH
speaks-tls = usługa TLS (szyfrowana)
speaks-unknown = nieznana usługa
detail-skip-earlier-failed = Nie uruchomiono: wcześniejszy etap się nie powiódł.
detail-skip-needs-sign-in = Nie uruchomiono: wymaga udanego logowania.
detail-skip-ca-unusable = Nie uruchomiono: certyfikatu CA z żądania nie da się użyć.
detail-skip-smtp-mailbox = Nie uruchomiono: przy wysyłaniu (SMTP) nie ma skrzynki do sprawdzenia (test wysyłania jest opcjonalny).
detail-skip-limits-opt-in = Nie uruchomiono: test limitu połączeń jest opcjonalny.
detail-deadline = Łączny limit czasu skończył się w trakcie tego etapu.

## Wpisane dane

detail-input-target =
    { $security ->
        [auto] { $protocol } na { $host }, port { $port }, z automatycznym zabezpieczeniem.
        [none] { $protocol } na { $host }, port { $port }, bez szyfrowania.
       *[other] { $protocol } na { $host }, port { $port }, z { $security }.
    }
detail-input-unusable = Wpisanych danych nie da się użyć w tej postaci.

## TLS

detail-tls-ca-unusable = Certyfikatu CA z żądania nie da się użyć: { $error }.

## DNS

detail-dns-ip = { $ip } to adres IP, więc wyszukiwanie nie jest potrzebne.
detail-dns-ip-refused = { $ip } jest odrzucany przez zasady adresów, więc nie nawiązano z nim połączenia.
detail-dns-all-refused = Każdy adres { $name } jest odrzucany przez zasady adresów, więc nie nawiązano połączenia z żadnym.
detail-dns-resolved =
    { $name } wskazuje na { $addresses }{ $more ->
        [0] {""}
       *[other] {" "}i { $more } inne
    } (w { $ms } ms){ $refused ->
        [0] .
       *[other] , ale { $refused } z nich jest odrzucanych przez zasady adresów.
    }
detail-dns-alias =
    { $name } to alias { $canonical } i wskazuje na { $addresses }{ $more ->
        [0] {""}
       *[other] {" "}i { $more } inne
    } (w { $ms } ms){ $refused ->
        [0] .
       *[other] , ale { $refused } z nich jest odrzucanych przez zasady adresów.
    }
detail-dns-network-blamed = Serwer DNS odpowiedział { $answer } dla { $name }, znanego serwera poczty: prawdopodobną przyczyną jest DNS tej sieci.
detail-dns-nxdomain = { $name } nie istnieje w DNS.
detail-dns-servfail = Serwer DNS odpowiedział { $rcode } na pytanie o { $name }.
detail-dns-unaskable = Nie udało się zapytać serwera DNS o { $name }.
detail-dns-timeout = Serwer DNS nie odpowiedział w sprawie { $name } w ciągu { $limit }.
detail-dns-no-address = { $name } istnieje w DNS, ale nie ma adresu IPv4 ani IPv6.

## TCP

detail-tcp-failed = Nie udało się połączyć z { $host } na porcie { $port }.
detail-tcp-connected = Połączono z { $address }, port { $port }, w { $ms } ms.

## TLS

detail-tls-valid = Zaszyfrowano za pomocą { $version }; certyfikat jest ważny dla { $host }.
detail-tls-problems =
    { $count ->
        [one] Zaszyfrowano za pomocą { $version }, ale certyfikat ma { $count } problem.
        [few] Zaszyfrowano za pomocą { $version }, ale certyfikat ma { $count } problemy.
        [many] Zaszyfrowano za pomocą { $version }, ale certyfikat ma { $count } problemów.
       *[other] Zaszyfrowano za pomocą { $version }, ale certyfikat ma { $count } problemu.
    }
detail-tls-starttls-refused = Serwer nie zgodził się na STARTTLS, więc połączenie pozostaje nieszyfrowane.
detail-tls-starttls-failed = Serwer zgodził się na STARTTLS, ale przejście na szyfrowanie się nie powiodło.
detail-tls-starttls-other-protocol = Nie próbowano STARTTLS: odpowiedział { $answered }, a oczekiwano: { $expected }.
detail-tls-starttls-greeting-refused = Nie próbowano STARTTLS: serwer odmówił obsługi już przy powitaniu.
detail-tls-none = Połączenie nie jest szyfrowane.

## Protokół

detail-protocol-answered = { $host } odpowiedział jako { $answered }{ $software } w { $ms } ms.
detail-protocol-silent-to-tls = { $host } przyjął połączenie, ale przez { $ms } ms nic nie wysłał, nawet odpowiedzi na uzgadnianie TLS.
detail-protocol-never-greeted = { $host } nigdy nie wysłał powitania, choć odpowiedział na { $command }.
detail-protocol-silent = { $host } przyjął połączenie, ale przez { $ms } ms nic nie wysłał, nawet odpowiedzi na { $command }.
detail-protocol-no-greeting-error = { $host } nie wysłał powitania: { $error }.
detail-protocol-closed = { $host } przyjął połączenie i zamknął je bez powitania.
detail-protocol-unusable = { $host } nie wysłał użytecznego powitania ({ $problem }).
detail-protocol-other-protocol-because = Na { $host }, port { $port }, odpowiedział { $answered }, a nie { $expected } ({ $problem }).
detail-protocol-refused = { $host } odpowiedział jako { $expected }, ale odmówił sesji już przy powitaniu.
detail-protocol-other-protocol = Na { $host }, port { $port }, odpowiedział { $answered }, a nie { $expected }.
detail-protocol-greeting-endless = Powitanie { $host } nigdy się nie skończyło.
detail-protocol-no-greeting = { $host } nie wysłał powitania.

## Logowanie

detail-auth-no-password = Logowania nie testowano: nie podano hasła.
detail-auth-refused = Serwer odrzucił logowanie dla { $user } ({ $mechanism }).
detail-auth-timeout = Serwer nie odpowiedział na logowanie w ciągu { $limit }.
detail-auth-closed = Serwer zamknął połączenie podczas logowania.
detail-auth-broken = Połączenie zawiodło podczas logowania: { $error }.
detail-auth-no-oauth = Tokenu nie wysłano: serwer nie oferuje tu logowania OAuth2 (XOAUTH2 ani OAUTHBEARER).
detail-auth-unsendable = Hasła nie wysłano: jedyna oferowana metoda logowania nie może go przenieść.
detail-auth-no-method = Serwer nie oferuje metody logowania hasłem, której maildoctor może użyć.
detail-auth-plaintext-not-sent = Hasła nie wysłano: serwer nie przyjmuje haseł przez to nieszyfrowane połączenie.
detail-auth-plaintext-cannot = Z tymi ustawieniami żadna aplikacja pocztowa się nie zaloguje: serwer nie przyjmuje haseł przez to nieszyfrowane połączenie.
detail-auth-no-sign-in-not-sent = Hasła nie wysłano: serwer nie oferuje tu logowania hasłem, którego maildoctor może użyć.
detail-auth-no-sign-in-cannot = Z tymi ustawieniami żadna aplikacja pocztowa się nie zaloguje: serwer nie oferuje tu logowania hasłem.
detail-auth-not-sent-unencrypted = Hasła nie wysłano: połączenie nie jest szyfrowane.
detail-auth-not-sent-certificate = Hasła nie wysłano: nie udało się zweryfikować certyfikatu.
detail-auth-signed-in = Zalogowano jako { $user } za pomocą { $mechanism }.
detail-auth-after-refused = Zalogowano jako { $user }, ale serwer odrzucił pierwsze polecenie po zalogowaniu.
detail-auth-after-ended = Zalogowano jako { $user }, ale serwer potem zakończył sesję.
detail-auth-after-broken = Zalogowano jako { $user }, ale połączenie zawiodło tuż po zalogowaniu.
detail-auth-limit-unavailable = Nie zalogowano: usługa nie może teraz pilnować limitu na konto, więc hasła nie wysłano.
detail-auth-cooldown = Nie zalogowano: to konto było przed chwilą sprawdzane zbyt często, więc hasła nie wysłano.

## Skrzynka

detail-mailbox-smtp = Przy wysyłaniu poczty (SMTP) nie ma skrzynki do sprawdzenia.
detail-mailbox-stat-unreadable = Nie udało się odczytać odpowiedzi serwera na STAT, więc rozmiar skrzynki jest nieznany.
detail-mailbox-stat-failed = Serwer nie odpowiedział na STAT ({ $error }), więc rozmiar skrzynki jest nieznany.
detail-mailbox-locked = Skrzynka jest zablokowana przez inną sesję (STAT odrzucono).
detail-mailbox-too-many = Serwer odrzucił STAT: zbyt wiele połączeń dla tego konta.
detail-mailbox-stat-refused = Serwer odrzucił STAT.
detail-mailbox-stat-refused-unknown = Serwer odrzucił STAT, więc rozmiar skrzynki jest nieznany.
detail-mailbox-slow = Serwer nie odpowiedział w pozostałym czasie, więc rozmiar skrzynki jest nieznany.

## Limity

detail-limits-refused =
    { $count ->
        [one] Serwer dopuścił { $count } równoczesną sesję i odrzucił następną.
        [few] Serwer dopuścił { $count } równoczesne sesje i odrzucił następną.
        [many] Serwer dopuścił { $count } równoczesnych sesji i odrzucił następną.
       *[other] Serwer dopuścił { $count } równoczesnej sesji i odrzucił następną.
    }
detail-limits-stopped =
    { $count ->
        [one] { $count } równoczesna sesja zadziałała; test zatrzymał się przed znalezieniem limitu.
        [few] { $count } równoczesne sesje zadziałały; test zatrzymał się przed znalezieniem limitu.
        [many] { $count } równoczesnych sesji zadziałało; test zatrzymał się przed znalezieniem limitu.
       *[other] { $count } równoczesnej sesji zadziałało; test zatrzymał się przed znalezieniem limitu.
    }
detail-limits-cap =
    { $count ->
        [one] Serwer dopuścił co najmniej { $count } równoczesną sesję (na tym test się kończy).
        [few] Serwer dopuścił co najmniej { $count } równoczesne sesje (na tym test się kończy).
        [many] Serwer dopuścił co najmniej { $count } równoczesnych sesji (na tym test się kończy).
       *[other] Serwer dopuścił co najmniej { $count } równoczesnej sesji (na tym test się kończy).
    }

## Czym mówi port

detail-wire-tls-first = Ten port używa SSL/TLS od samego początku.
detail-wire-plain-starttls = Ten port wita się zwykłym tekstem i oferuje STARTTLS.
detail-wire-plain = Ten port wita się zwykłym tekstem.
detail-wire-no-greeting = Nie przyszło powitanie zwykłym tekstem, więc nie rozpoczęto TLS.
detail-wire-web-server = Na uzgadnianie TLS odpowiedział serwer WWW, więc nie rozpoczęto TLS.
detail-wire-silent = Serwer przez { $ms } ms nic nie wysłał, a uzgadnianie TLS też nie dostało odpowiedzi.
detail-wire-tls-outdated = Ten port używa SSL/TLS od samego początku, ale tylko w wersjach TLS, które nie są już bezpieczne.
detail-wire-tls-fails-chosen-plain = Ten port używa SSL/TLS od samego początku (a nie powitania zwykłym tekstem), a jego TLS zawodzi.
detail-wire-tls-fails = Ten port używa SSL/TLS od samego początku, ale jego uzgadnianie TLS zawodzi.
detail-wire-plain-on-tls = Serwer odpowiedział zwykłym tekstem tam, gdzie oczekiwano uzgadniania TLS.
detail-wire-handshake-failed = Uzgadnianie TLS się nie powiodło.
detail-wire-tls-on-plain = Serwer na tym porcie od razu mówi TLS.

## Test wysyłania (SMTP)

detail-send-no-sender = Test wysyłania potrzebuje adresu, z którego wysyłasz; nie podano go.
detail-send-accepted = Serwer przyjąłby pocztę od { $sender } do { $recipient } (MAIL FROM i RCPT TO przyjęte, potem anulowane: nic nie wysłano).
detail-send-refused = Serwer odrzucił { $command } dla { $sender } → { $recipient }; nic nie wysłano.
detail-send-signin-failed = Test wysyłania nie został uruchomiony: logowanie się nie powiodło.
detail-send-needs-signin = Test wysyłania nie został uruchomiony: potrzebuje nazwy użytkownika i hasła (bez logowania odmowa przekazania poczty jest czymś oczekiwanym).
detail-mailbox-maildrop =
    { $messages ->
        [one] { $messages } wiadomość, { $size }.
        [few] { $messages } wiadomości, { $size }.
        [many] { $messages } wiadomości, { $size }.
       *[other] { $messages } wiadomości, { $size }.
    }
detail-mailbox-list-unreadable = Nie udało się odczytać listy folderów ({ $why }).
detail-mailbox-no-counts =
    { $folders ->
        [one] { $folders } folder; serwer nie podał liczby wiadomości.
        [few] { $folders } foldery; serwer nie podał liczby wiadomości.
        [many] { $folders } folderów; serwer nie podał liczby wiadomości.
       *[other] { $folders } folderów; serwer nie podał liczby wiadomości.
    }
detail-mailbox-some-counted =
    { $folders ->
        [one] { $folders } folder
        [few] { $folders } foldery
        [many] { $folders } folderów
       *[other] { $folders } folderów
    }, { $messages ->
        [one] { $messages } wiadomość
        [few] { $messages } wiadomości
        [many] { $messages } wiadomości
       *[other] { $messages } wiadomości
    } w { $counted } policzonych.
detail-mailbox-folders =
    { $folders ->
        [one] { $folders } folder
        [few] { $folders } foldery
        [many] { $folders } folderów
       *[other] { $folders } folderów
    }, { $messages ->
        [one] { $messages } wiadomość.
        [few] { $messages } wiadomości.
        [many] { $messages } wiadomości.
       *[other] { $messages } wiadomości.
    }
detail-mailbox-largest = { $name } zawiera { $messages } wiadomości.
detail-mailbox-quota-full =
    { $kind ->
        [storage] Zajęto { $used } z { $limit } miejsca: skrzynka jest pełna.
       *[messages] Zajęto { $used } z { $limit } wiadomości limitu: skrzynka jest pełna.
    }
detail-mailbox-quota-almost-full =
    { $kind ->
        [storage] Zajęto { $used } z { $limit } miejsca ({ $percent }%, prawie pełna).
       *[messages] Zajęto { $used } z { $limit } wiadomości limitu ({ $percent }%, prawie pełna).
    }
detail-mailbox-quota =
    { $kind ->
        [storage] Zajęto { $used } z { $limit } miejsca ({ $percent }%).
       *[messages] Zajęto { $used } z { $limit } wiadomości limitu ({ $percent }%).
    }
detail-mailbox-quota-unlimited =
    { $kind ->
        [storage] Zajęto { $used } miejsca (bez limitu).
       *[messages] Zajęto { $used } wiadomości (bez limitu).
    }
detail-mailbox-folder-in-use = Inna sesja używa jednego z folderów.
detail-mailbox-stopped = maildoctor przerwał wcześniej ({ $why }).
