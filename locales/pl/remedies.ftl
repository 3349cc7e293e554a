# Katalog rozwiązań: dla każdego kodu wyniku jego tytuł (wiadomość), wyjaśnienie i
# kolejne kroki (.step-1, .step-2, …), a tam, gdzie znany dostawca zmienia sposób naprawy,
# kroki dla tego dostawcy (.gmail-step-1, …) i opcjonalnie jego wyjaśnienie (.gmail-explanation).
# Identyfikator wiadomości: finding- i kod z kropką zamienioną na myślnik
# (auth.app_password_required → finding-auth-app_password_required). Czytane przez
# src/diagnosis/catalog.rs; zob. docs/I18N.md.
#
# Zasady (sprawdzane przez testy w catalog.rs i i18n.rs, w każdym języku):
# - tytuł: jedna zwykła linia, bez kropki na końcu;
# - wyjaśnienie: od jednego do trzech zwykłych zdań: co to znaczy i dlaczego się dzieje;
# - kroki: numerowane od 1 bez przerw, od dwóch do pięciu, każdy to pełne zdanie, bez numeru
#   w tekście (numerują je strona, CLI i odbiorcy JSON);
# - bez faktów dynamicznych (wpisane nazwy hostów, sprawdzane porty, słowa serwera): są
#   pokazywane jako dowody obok kroków, więc tekst mówi „nazwy podane poniżej”;
# - każdy język ma te same wiadomości, atrybuty i liczbę kroków co angielski.
# Polski: 2. osoba liczby pojedynczej jak w polskiej pomocy Google („Twoje”, „Ci” wielką
# literą); zamiast skrótu „np.” piszemy „na przykład”.

## input: what was typed

finding-input-invalid_host = Nazwa serwera jest nieprawidłowa
    .explanation = Nazwa serwera jest pusta, zdecydowanie za długa albo zawiera znaki, których nazwa serwera nie może mieć, takie jak spacje, ukośniki lub „http://” na początku. Nie udało się niczego sprawdzić, bo nie ma serwera, którego można by szukać.
    .step-1 = Sprawdź, czy w nazwie serwera nie ma literówek, spacji i zbędnych znaków – wykryty problem jest pokazany poniżej.
    .step-2 = Usuń wszystko, co nie należy do samej nazwy, na przykład „http://”, „https://”, ukośnik lub ścieżkę po nazwie.
    .step-3 = Znajdź nazwę serwera poczty przychodzącej na stronach pomocy swojego dostawcy lub w e-mailu powitalnym otrzymanym po założeniu konta – zwykle zaczyna się od „imap.”, „pop.” lub „mail.”.
    .step-4 = Wpisz nazwę ponownie i jeszcze raz uruchom test.

finding-input-invalid_port = Port nie jest prawidłową liczbą
    .explanation = Port musi być liczbą całkowitą od 1 do 65535. Wpisana wartość nią nie jest, więc nie udało się niczego sprawdzić.
    .step-1 = Sprawdź, czy w numerze portu nie ma literówek – wpisana wartość jest pokazana poniżej.
    .step-2 = Użyj zwykłego portu dla rodzaju konfigurowanego serwera: 993 dla IMAP, 995 dla POP, 465 lub 587 do wysyłania (SMTP).
    .step-3 = Jeśli nie masz pewności, zostaw pole portu puste – zostanie użyty zwykły port dla wybranych zabezpieczeń.

finding-input-invalid_username = Nazwa użytkownika zawiera podział wiersza
    .explanation = Nazwa użytkownika (lub adres e-mail) zawiera podział wiersza albo inny niewidoczny znak sterujący, zwykle skopiowany razem z nią z dokumentu lub wiadomości. Żadna aplikacja pocztowa nie zaloguje się z taką nazwą, więc nic nie zostało wysłane do serwera.
    .step-1 = Wpisz nazwę użytkownika ponownie ręcznie, zamiast ją wklejać.
    .step-2 = Upewnij się, że cała nazwa jest w jednym wierszu, bez spacji ani podziału wiersza przed nią lub po niej.
    .step-3 = Uruchom test ponownie.

finding-input-email_as_server = Jako nazwę serwera wpisano adres e-mail
    .explanation = W polu nazwy serwera jest adres e-mail. Twój adres wpisuje się w polu nazwy użytkownika, a nazwa serwera to nazwa serwera pocztowego Twojego dostawcy, na przykład imap.example.com.
    .step-1 = Przenieś adres e-mail do pola nazwy użytkownika w aplikacji pocztowej.
    .step-2 = W polu serwera wpisz zamiast tego nazwę serwera poczty przychodzącej swojego dostawcy – jeśli dostawca jest znany, właściwa nazwa jest w sugerowanych ustawieniach poniżej.
    .step-3 = Jeśli nie widać żadnej sugestii, znajdź nazwę serwera na stronach pomocy swojego dostawcy.
    .gmail-step-1 = Przenieś swój adres Gmail do pola nazwy użytkownika w aplikacji pocztowej.
    .gmail-step-2 = W polu serwera wpisz imap.gmail.com dla IMAP lub pop.gmail.com dla POP, z SSL/TLS i portem 993 (IMAP) lub 995 (POP).
    .gmail-step-3 = Do wysyłania użyj smtp.gmail.com z SSL/TLS i portem 465 albo ze STARTTLS i portem 587.
    .outlook-step-1 = Przenieś swój adres Outlook.com do pola nazwy użytkownika w aplikacji pocztowej.
    .outlook-step-2 = W polu serwera wpisz outlook.office365.com, z SSL/TLS i portem 993 dla IMAP lub portem 995 dla POP.
    .outlook-step-3 = Do wysyłania użyj smtp-mail.outlook.com ze STARTTLS i portem 587.
    .outlook-step-4 = Wybierz w aplikacji pocztowej logowanie przez konto Microsoft (OAuth) – Outlook.com nie przyjmuje już haseł z aplikacji pocztowych.
    .yahoo-step-1 = Przenieś swój adres Yahoo do pola nazwy użytkownika w aplikacji pocztowej.
    .yahoo-step-2 = W polu serwera wpisz imap.mail.yahoo.com dla IMAP lub pop.mail.yahoo.com dla POP, z SSL/TLS i portem 993 (IMAP) lub 995 (POP).
    .yahoo-step-3 = Do wysyłania użyj smtp.mail.yahoo.com z SSL/TLS i portem 465.
    .yahoo-step-4 = Jako hasła użyj hasła aplikacji Yahoo, a nie swojego zwykłego hasła.
    .icloud-step-1 = Przenieś część adresu iCloud przed znakiem @ do pola nazwy użytkownika w aplikacji pocztowej – jeśli zostanie odrzucona, spróbuj pełnego adresu.
    .icloud-step-2 = W polu serwera wpisz imap.mail.me.com z SSL/TLS i portem 993 – Poczta iCloud nie ma serwera POP.
    .icloud-step-3 = Do wysyłania użyj smtp.mail.me.com ze STARTTLS i portem 587, a jako nazwy użytkownika – pełnego adresu.
    .icloud-step-4 = Użyj hasła dla aplikacji z Twojego Konta Apple, a nie swojego zwykłego hasła.

finding-input-webmail_host = To adres strony internetowej, a nie serwera pocztowego
    .explanation = Wpisana nazwa to adres strony internetowej dostawcy lub jego poczty internetowej, które otwierasz w przeglądarce. Aplikacje pocztowe potrzebują nazwy serwera pocztowego dostawcy, a to inna nazwa.
    .step-1 = Zastąp nazwę serwera nazwą serwera pocztowego dostawcy podaną w sugerowanych ustawieniach poniżej.
    .step-2 = Zachowaj zabezpieczenia i port podane obok niej – pasują do siebie.
    .step-3 = Jeśli nie widać żadnej sugestii, znajdź nazwę serwera pocztowego na stronach pomocy swojego dostawcy.
    .gmail-step-1 = Zastąp nazwę serwera nazwą imap.gmail.com dla IMAP lub pop.gmail.com dla POP.
    .gmail-step-2 = Wybierz SSL/TLS i port 993 dla IMAP albo port 995 dla POP.
    .gmail-step-3 = Do wysyłania użyj smtp.gmail.com z SSL/TLS i portem 465 albo ze STARTTLS i portem 587.
    .outlook-step-1 = Zastąp nazwę serwera nazwą outlook.office365.com.
    .outlook-step-2 = Wybierz SSL/TLS i port 993 dla IMAP albo port 995 dla POP.
    .outlook-step-3 = Do wysyłania użyj smtp-mail.outlook.com ze STARTTLS i portem 587.
    .outlook-step-4 = Wybierz w aplikacji pocztowej logowanie przez konto Microsoft (OAuth) – Outlook.com nie przyjmuje już haseł z aplikacji pocztowych.
    .yahoo-step-1 = Zastąp nazwę serwera nazwą imap.mail.yahoo.com dla IMAP lub pop.mail.yahoo.com dla POP.
    .yahoo-step-2 = Wybierz SSL/TLS i port 993 dla IMAP albo port 995 dla POP.
    .yahoo-step-3 = Do wysyłania użyj smtp.mail.yahoo.com z SSL/TLS i portem 465.
    .icloud-step-1 = Zastąp nazwę serwera nazwą imap.mail.me.com – Poczta iCloud nie ma serwera POP.
    .icloud-step-2 = Wybierz SSL/TLS i port 993.
    .icloud-step-3 = Do wysyłania użyj smtp.mail.me.com ze STARTTLS i portem 587.

finding-input-protocol_port_mismatch = Ten port należy do innego rodzaju serwera pocztowego
    .explanation = Każdy rodzaj serwera pocztowego ma własne porty: IMAP używa 993 lub 143, POP używa 995 lub 110, a wysyłanie (SMTP) używa 465, 587 lub 25. Wybrany port należy do innego rodzaju serwera niż ten, który konfigurujesz, więc prawdopodobnie odpowie niewłaściwa usługa.
    .step-1 = Sprawdź, czy chcesz skonfigurować IMAP, POP czy wysyłanie (SMTP) – zwykłe zastosowanie tego portu jest pokazane poniżej.
    .step-2 = Zmień port na zwykły port podany poniżej, z pasującymi zabezpieczeniami: SSL/TLS na portach 993, 995 i 465, STARTTLS na portach 143, 110 i 587.
    .step-3 = Uruchom test ponownie z poprawionym portem.
    .icloud-explanation = Wybrany port należy do innego rodzaju serwera pocztowego. Poczta iCloud używa tylko dwóch portów: 993 dla poczty przychodzącej przez IMAP (POP nie ma) i 587 do wysyłania.
    .icloud-step-1 = Dla poczty przychodzącej skonfiguruj konto jako IMAP z imap.mail.me.com, SSL/TLS i portem 993 – Poczta iCloud nie ma serwera POP.
    .icloud-step-2 = Do wysyłania użyj smtp.mail.me.com ze STARTTLS i portem 587.
    .icloud-step-3 = Uruchom test ponownie z tymi ustawieniami.

finding-input-host_protocol_mismatch = Nazwa serwera dotyczy innego rodzaju serwera pocztowego
    .explanation = Nazwa serwera zaczyna się od słowa, które mówi, jakiego rodzaju jest to serwer, na przykład „pop.” dla POP, „imap.” dla IMAP lub „smtp.” do wysyłania, i nie pasuje ono do tego, co konfigurujesz. Wielu dostawców uruchamia te usługi na osobnych maszynach, więc niewłaściwy serwer może nie odpowiedzieć albo odpowiedzieć w niewłaściwy sposób.
    .step-1 = Sprawdź, czy chcesz skonfigurować IMAP, POP czy wysyłanie (SMTP).
    .step-2 = Użyj nazwy serwera podanej poniżej jako sugerowany host albo znajdź właściwą nazwę na stronach pomocy swojego dostawcy.
    .step-3 = Uruchom test ponownie z poprawioną nazwą.
    .icloud-explanation = Nazwa serwera nie pasuje do rodzaju serwera, który konfigurujesz. Poczta iCloud ma jeden serwer poczty przychodzącej, działający tylko przez IMAP (POP nie ma), i jeden serwer do wysyłania.
    .icloud-step-1 = Dla poczty przychodzącej skonfiguruj konto jako IMAP z imap.mail.me.com, SSL/TLS i portem 993 – Poczta iCloud nie ma serwera POP.
    .icloud-step-2 = Do wysyłania użyj smtp.mail.me.com ze STARTTLS i portem 587.
    .icloud-step-3 = Uruchom test ponownie z tymi ustawieniami.

finding-input-security_port_mismatch = Ustawienie zabezpieczeń nie pasuje do tego portu
    .explanation = Porty 993, 995 i 465 oczekują SSL/TLS od pierwszego bajtu, a porty 143, 110 i 587 zaczynają bez szyfrowania i przełączają się na szyfrowanie za pomocą STARTTLS. Wybrane zabezpieczenia są tym drugim rodzajem, więc połączenie prawdopodobnie się zawiesi lub nie powiedzie.
    .step-1 = Jeśli wybrano SSL/TLS na porcie 143, 110 lub 587: zostaw SSL/TLS i zmień port na 993 (IMAP), 995 (POP) lub 465 (SMTP).
    .step-2 = Jeśli wybrano STARTTLS lub brak zabezpieczeń na porcie 993, 995 lub 465: zostaw port i wybierz SSL/TLS.
    .step-3 = Uruchom test ponownie z ustawieniami podanymi w sugerowanych ustawieniach poniżej.


## dns: finding the server's address

finding-dns-nxdomain = Nazwa serwera nie istnieje
    .explanation = System nazw internetu (DNS) informuje, że nie ma serwera o tej nazwie. Prawie zawsze jest to literówka albo nazwa serwera wymyślona na podstawie adresu e-mail zamiast sprawdzonej.
    .step-1 = Sprawdź nazwę serwera litera po literze, szukając literówek.
    .step-2 = Znajdź dokładną nazwę serwera poczty przychodzącej na stronach pomocy swojego dostawcy – nie zgaduj jej na podstawie adresu e-mail.
    .step-3 = Jeśli nazwa należy do Twojej własnej domeny, poproś osobę, która zarządza domeną, o dodanie nazwy serwera pocztowego do jej rekordów DNS.

finding-dns-no_address = Nazwa serwera istnieje, ale nie wskazuje żadnego adresu
    .explanation = DNS zna tę nazwę, ale nie ma ona adresu internetowego, więc nie ma się z czym połączyć. Dzieje się tak, gdy domena istnieje, ale nie skonfigurowano w niej nazwy serwera pocztowego, albo gdy skonfigurowano tylko stronę internetową lub kierowanie poczty przychodzącej (MX).
    .step-1 = Sprawdź, czy wpisano nazwę serwera pocztowego, a nie tylko swoją domenę.
    .step-2 = Znajdź dokładną nazwę serwera poczty przychodzącej na stronach pomocy swojego dostawcy.
    .step-3 = Jeśli zarządzasz domeną: dodaj dla tej nazwy rekord adresu (A dla IPv4, AAAA dla IPv6) wskazujący serwer pocztowy.

finding-dns-servfail = Serwer nazw nie mógł znaleźć tej nazwy
    .explanation = Zapytany serwer DNS uległ awarii lub odmówił odpowiedzi. Zwykle wskazuje to na błędną konfigurację DNS domeny (na przykład błąd DNSSEC lub niedziałający serwer nazw), a nie na Twoją aplikację pocztową.
    .step-1 = Odczekaj kilka minut i uruchom test ponownie – krótkie awarie DNS zdarzają się często.
    .step-2 = Sprawdź, czy nazwa serwera jest wpisana poprawnie.
    .step-3 = Jeśli problem się powtarza, poinformuj osobę, która zarządza domeną, że jej serwery nazw nie odpowiadają – może sprawdzić domenę narzędziem do testowania DNS.

finding-dns-timeout = Wyszukiwanie nazwy serwera trwało za długo
    .explanation = Żaden serwer DNS nie odpowiedział na czas, więc adres serwera jest nieznany. Serwery nazw domeny mogą nie działać lub być nieosiągalne albo sieć, z której wykonano test, może blokować DNS.
    .step-1 = Uruchom test ponownie za kilka minut.
    .step-2 = Sprawdź, czy nazwa serwera jest wpisana poprawnie.
    .step-3 = Jeśli problem się powtarza, poinformuj osobę, która zarządza domeną, że jej serwery nazw nie odpowiadają.

finding-dns-blocked_address = Nazwa serwera wskazuje adres, którego maildoctor nie sprawdza
    .explanation = Każdy adres tej nazwy jest adresem prywatnym, lokalnym lub w inny sposób zarezerwowanym, na przykład adresem sieci domowej, samego komputera albo adresem wewnętrznym chmury. Ze względów bezpieczeństwa maildoctor nie łączy się z takimi adresami, chyba że skonfigurowano go tak, by na to pozwalał.
    .step-1 = Sprawdź, czy wpisano publiczną nazwę serwera pocztowego, a nie nazwę wewnętrzną lub lokalną.
    .step-2 = Jeśli zarządzasz domeną: upewnij się, że publiczny rekord DNS tej nazwy wskazuje publiczny adres serwera.
    .step-3 = Jeśli uruchamiasz maildoctor dla działu pomocy, który sprawdza serwery prywatne: uruchom go z opcją --allow-private albo dodaj zakres prywatny do jego listy dozwolonych adresów.

finding-dns-did_you_mean = Nazwa serwera wygląda na literówkę
    .explanation = Nazwa różni się tylko jedną lub dwiema literami od nazwy serwera pocztowego znanego dostawcy. To prawdopodobnie literówka.
    .step-1 = Porównaj wpisaną nazwę z sugerowaną nazwą podaną poniżej.
    .step-2 = Jeśli to serwer, o który Ci chodziło, użyj sugerowanej nazwy i uruchom test ponownie.

finding-dns-provider_lookup_failed = DNS tej sieci nie może znaleźć znanego serwera pocztowego
    .explanation = Nazwa serwera to serwer pocztowy znanego dostawcy, który na pewno istnieje, a mimo to zapytany serwer DNS odpowiedział, że go nie ma, nie odpowiedział albo podał adres, który nie może należeć do dostawcy. Wskazuje to na DNS sieci, z której wykonano test, na przykład usługę filtrowania lub kontroli rodzicielskiej, stronę logowania do Wi-Fi albo wadliwy router, a nie na literówkę.
    .step-1 = Wypróbuj aplikację pocztową w innej sieci, na przykład w komórkowej transmisji danych telefonu zamiast Wi-Fi, aby sprawdzić, czy tam działa.
    .step-2 = Jeśli korzystasz z publicznej sieci Wi-Fi w hotelu, kawiarni, na lotnisku lub w innym miejscu, najpierw otwórz dowolną stronę internetową i przejdź przez jej stronę logowania, a potem spróbuj ponownie.
    .step-3 = Uruchom ponownie router albo ustaw na urządzeniu inny serwer DNS, na przykład serwer swojego dostawcy internetu lub publiczny, taki jak 1.1.1.1 lub 9.9.9.9.
    .step-4 = W sieci firmowej lub szkolnej zapytaj dział IT, czy jego filtr DNS blokuje tę usługę pocztową – zapytany serwer DNS jest podany poniżej.


## tcp: reaching the server

finding-tcp-refused = Serwer odrzucił połączenie
    .explanation = Udało się dotrzeć do serwera, ale nic nie przyjmuje połączeń na tym porcie. Zwykle port jest niewłaściwy dla tego serwera albo działająca na nim usługa pocztowa jest zatrzymana; czasem serwer na jakiś czas blokuje adres po wielu nieudanych logowaniach.
    .step-1 = Sprawdź port: użyj 993 dla IMAP, 995 dla POP albo 465 lub 587 do wysyłania, tak jak podają strony pomocy Twojego dostawcy.
    .step-2 = Sprawdź, czy nazwa serwera to serwer pocztowy, a nie inna maszyna tego samego dostawcy.
    .step-3 = Jeśli zarządzasz serwerem: sprawdź, czy usługa pocztowa działa i nasłuchuje na tym porcie.
    .step-4 = Jeśli te same ustawienia wcześniej działały, odczekaj godzinę – serwer mógł zablokować Twój adres po wielu nieudanych logowaniach.

finding-tcp-timeout = Serwer nie odpowiedział na czas
    .explanation = Próba połączenia nie dostała żadnej odpowiedzi. Prawdopodobnie zapora sieciowa po drodze ją odrzuca, serwer nie działa albo port jest zamknięty bez żadnej informacji.
    .step-1 = Spróbuj ponownie z innej sieci, na przykład przez komórkową transmisję danych telefonu – niektóre sieci, hotele i firmy blokują porty pocztowe.
    .step-2 = Sprawdź port: użyj 993 dla IMAP, 995 dla POP albo 465 lub 587 do wysyłania.
    .step-3 = Jeśli zarządzasz serwerem: sprawdź, czy zapora sieciowa przepuszcza połączenia przychodzące na tym porcie i czy serwer działa.

finding-tcp-unreachable = Serwer jest stąd nieosiągalny
    .explanation = Sieć zgłosiła, że nie ma trasy do serwera. Sieć serwera może nie działać albo jego adres może być nieosiągalny z internetu.
    .step-1 = Uruchom test ponownie za kilka minut.
    .step-2 = Sprawdź, czy nazwa serwera to publiczna nazwa serwera pocztowego.
    .step-3 = Jeśli zarządzasz serwerem: sprawdź jego połączenie z siecią i czy jego publiczny adres jest routowany.

finding-tcp-partial = Niektóre adresy serwera nie działają
    .explanation = Nazwa serwera ma kilka adresów, często jeden IPv6 i jeden IPv4, a tylko niektóre z nich przyjmują połączenia. Aplikacje pocztowe, które najpierw próbują niedziałającego adresu, mogą działać wolno lub od czasu do czasu zawodzić.
    .step-1 = Sprawdź poniżej wyniki dla poszczególnych adresów, aby zobaczyć, które z nich nie działają.
    .step-2 = Jeśli zarządzasz serwerem: napraw niedziałające adresy albo usuń ich rekordy DNS (często rekord IPv6 AAAA), dopóki nie zaczną działać.
    .step-3 = Jeśli nie zarządzasz serwerem: zgłoś niedziałające adresy swojemu dostawcy – do tego czasu aplikacja pocztowa powinna nadal łączyć się przez działające adresy.


## tls: encryption and certificates

finding-tls-plaintext_on_tls_port = Wybrano SSL/TLS, ale ten port zaczyna bez szyfrowania
    .explanation = Twoje ustawienia mówią SSL/TLS, czyli szyfrowanie od pierwszego bajtu, ale serwer przywitał się na tym porcie otwartym tekstem. Ten port oczekuje STARTTLS (szyfrowania włączanego po powitaniu) albo braku szyfrowania.
    .step-1 = W aplikacji pocztowej wybierz STARTTLS dla tego portu albo zostaw SSL/TLS i zmień port na 993 (IMAP), 995 (POP) lub 465 (SMTP).
    .step-2 = Jeśli Twój dostawca to oferuje, wybieraj SSL/TLS na porcie 993, 995 lub 465 – połączenie jest wtedy szyfrowane od pierwszego bajtu.
    .step-3 = Uruchom test ponownie z nowymi ustawieniami.

finding-tls-tls_on_plaintext_port = Ten port wymaga SSL/TLS od samego początku
    .explanation = Oczekiwano powitania otwartym tekstem, bo wybrano STARTTLS lub brak zabezpieczeń, ale serwer od razu czeka na szyfrowanie. Tak działają porty takie jak 993, 995 i 465.
    .step-1 = W aplikacji pocztowej wybierz SSL/TLS dla tego portu.
    .step-2 = Jeśli zamiast tego chcesz używać STARTTLS, zmień port na 143 (IMAP), 110 (POP) lub 587 (SMTP).
    .step-3 = Uruchom test ponownie z nowymi ustawieniami.

finding-tls-handshake_failed = Nie udało się nawiązać bezpiecznego połączenia
    .explanation = Serwer i maildoctor nie mogły uzgodnić sposobu szyfrowania połączenia albo serwer przerwał je w trakcie próby. Przyczyną może być niewłaściwy port, źle skonfigurowany serwer lub urządzenie sieciowe, które zakłóca szyfrowany ruch.
    .step-1 = Sprawdź, czy port i ustawienie zabezpieczeń do siebie pasują: SSL/TLS na portach 993, 995 i 465, STARTTLS na portach 143, 110 i 587.
    .step-2 = Spróbuj ponownie z innej sieci, na wypadek gdyby zapora sieciowa lub filtr zakłócały szyfrowane połączenia.
    .step-3 = Jeśli zarządzasz serwerem: sprawdź jego konfigurację TLS i dzienniki pod kątem błędu uzgadniania podanego poniżej.

finding-tls-protocol_outdated = Przestarzałe szyfrowanie: aplikacja i serwer nie mogą uzgodnić bezpiecznej wersji TLS
    .explanation = Jedna ze stron obsługuje tylko stare wersje szyfrowania (TLS 1.0 lub 1.1) albo słabe szyfry, które nie są już uważane za bezpieczne. Albo serwer oferuje tylko je, a obecne aplikacje pocztowe i maildoctor ich nie akceptują, albo serwer odrzuca starą aplikację pocztową, która zna tylko je.
    .step-1 = Jeśli serwer informuje, że TLS 1.0 i 1.1 nie są obsługiwane: zaktualizuj aplikację pocztową lub system urządzenia albo przejdź na aplikację, która obsługuje TLS 1.2.
    .step-2 = W przeciwnym razie poproś dostawcę lub administratora serwera o włączenie TLS 1.2 i TLS 1.3.
    .step-3 = Jeśli zarządzasz serwerem: zaktualizuj serwer pocztowy i jego bibliotekę TLS oraz zezwól w jego ustawieniach na TLS 1.2 i 1.3.
    .step-4 = Nie wyłączaj szyfrowania w aplikacji pocztowej, aby obejść ten problem – Twoje hasło byłoby przesyłane bez ochrony.

finding-tls-cert_name_mismatch = Certyfikat serwera jest wystawiony dla innej nazwy
    .explanation = Certyfikat przedstawiony przez serwer nie zawiera wpisanej nazwy serwera, więc aplikacja pocztowa nie może mieć pewności, że połączyła się z właściwym serwerem. Często serwer pocztowy dostawcy ma inną nazwę niż wpisana, na przykład nazwę wspólnego hostingu zamiast Twojej własnej domeny.
    .step-1 = Sprawdź nazwy objęte certyfikatem, podane poniżej.
    .step-2 = Użyj jednej z tych nazw jako nazwy serwera w aplikacji pocztowej, jeśli jest to serwer pocztowy Twojego dostawcy.
    .step-3 = Sprawdź, czy wybrano właściwy rodzaj serwera: nazwę IMAP dla IMAP, nazwę POP dla POP.
    .step-4 = Jeśli zarządzasz serwerem: zainstaluj certyfikat, który zawiera tę nazwę serwera.

finding-tls-cert_expired = Certyfikat serwera wygasł
    .explanation = Certyfikaty są ważne przez ograniczony czas, a data ważności tego certyfikatu już minęła. Aplikacje pocztowe ostrzegają o tym lub odmawiają połączenia, bo wygasły certyfikat nie może już potwierdzić, że serwer jest prawdziwy.
    .step-1 = Poinformuj dostawcę lub administratora serwera, że certyfikat wygasł – data wygaśnięcia jest podana poniżej.
    .step-2 = Nie akceptuj na stałe ostrzeżenia o certyfikacie w aplikacji pocztowej – ukrywa to zarówno ten problem, jak i prawdziwy atak.
    .step-3 = Jeśli zarządzasz serwerem: odnów certyfikat, zainstaluj go razem z certyfikatem pośrednim i uruchom ponownie lub przeładuj usługę pocztową.

finding-tls-cert_not_yet_valid = Certyfikat serwera nie jest jeszcze ważny
    .explanation = Data początku ważności certyfikatu jest w przyszłości. Albo nowy certyfikat zainstalowano za wcześnie, albo zegar na serwerze lub na komputerze wykonującym test jest źle ustawiony.
    .step-1 = Sprawdź, czy data i godzina na Twoim urządzeniu są prawidłowe.
    .step-2 = Poinformuj dostawcę lub administratora serwera – data początku ważności certyfikatu jest podana poniżej.
    .step-3 = Jeśli zarządzasz serwerem: sprawdź zegar serwera i zainstaluj certyfikat, który jest ważny już teraz.

finding-tls-cert_expiring_soon = Certyfikat serwera wkrótce wygaśnie
    .explanation = Certyfikat nadal działa, ale wygaśnie w ciągu 14 dni. Potem aplikacje pocztowe będą wyświetlać ostrzeżenie lub odmawiać połączenia.
    .step-1 = Poinformuj dostawcę lub administratora serwera, że certyfikat wkrótce wygaśnie – data jest podana poniżej.
    .step-2 = Jeśli zarządzasz serwerem: odnów certyfikat już teraz, sprawdź, czy automatyczne odnawianie działa, i po odnowieniu przeładuj usługę pocztową.

finding-tls-cert_self_signed = Certyfikat serwera nie został wystawiony przez zaufany urząd
    .explanation = Certyfikat został podpisany przez sam serwer, więc nie poręcza za niego żaden uznany urząd certyfikacji. Aplikacje pocztowe nie mogą go odróżnić od certyfikatu atakującego i wyświetlają ostrzeżenie.
    .step-1 = Sprawdź, czy nazwa serwera to publiczny serwer pocztowy Twojego dostawcy – niektórzy dostawcy używają innej nazwy, która ma prawidłowy certyfikat.
    .step-2 = Jeśli zarządzasz serwerem: zainstaluj dla tej nazwy serwera certyfikat od zaufanego urzędu certyfikacji, na przykład bezpłatny certyfikat od Let's Encrypt.
    .step-3 = Jeśli to celowo serwer prywatny: zainstaluj jego certyfikat jako zaufany na każdym urządzeniu, ale dopiero po sprawdzeniu jego odcisku palca z administratorem.

finding-tls-cert_untrusted = Certyfikat serwera pochodzi od nieznanego urzędu certyfikacji
    .explanation = Certyfikat został wystawiony przez urząd certyfikacji, któremu aplikacje pocztowe nie ufają, na przykład własny urząd firmy albo nieznany urząd. Wewnątrz organizacji może to być w porządku, ale certyfikat atakującego wygląda tak samo.
    .step-1 = Sprawdź, czy nazwa serwera to publiczny serwer pocztowy Twojego dostawcy.
    .step-2 = Jeśli serwer należy do Twojej organizacji: poproś jej dział IT o certyfikat główny organizacji i zainstaluj go na swoim urządzeniu.
    .step-3 = Jeśli zarządzasz serwerem: zainstaluj dla tej nazwy serwera certyfikat od publicznie zaufanego urzędu certyfikacji.

finding-tls-cert_chain_incomplete = Serwer nie wysyła pełnego łańcucha certyfikatów
    .explanation = Serwer wysłał własny certyfikat, ale nie certyfikat pośredni, który łączy go z zaufanym urzędem certyfikacji. Niektóre aplikacje potrafią same uzupełnić tę lukę, a inne nie, więc te same ustawienia działają na jednym urządzeniu, a na innym nie. maildoctor pobiera brakujący certyfikat z adresu podanego w certyfikacie serwera, a szczegóły poniżej pokazują, którego certyfikatu brakuje i czy zostało to potwierdzone.
    .step-1 = Poinformuj dostawcę lub administratora serwera, że brakuje certyfikatu pośredniego, i przekaż nazwę oraz adres certyfikatu podane poniżej.
    .step-2 = Jeśli zarządzasz serwerem: zainstaluj certyfikat dla tej nazwy razem z certyfikatem pośrednim (plik pełnego łańcucha, który udostępnia Twój urząd certyfikacji), a następnie przeładuj usługę pocztową.
    .step-3 = Potem uruchom test ponownie, aby potwierdzić, że łańcuch jest kompletny.

finding-tls-starttls_unsupported = Serwer nie oferuje STARTTLS
    .explanation = Wybrano STARTTLS, ale serwer nie oferuje na tym porcie przełączenia na szyfrowanie. Bez niego hasło byłoby przesyłane bez szyfrowania.
    .step-1 = W aplikacji pocztowej wybierz zamiast tego SSL/TLS i port 993 (IMAP), 995 (POP) lub 465 (SMTP).
    .step-2 = Sprawdź, czy nazwa serwera i port to ustawienia zalecane przez Twojego dostawcę.
    .step-3 = Jeśli zarządzasz serwerem: włącz TLS dla tej usługi i tego portu.

finding-tls-starttls_failed = Przełączenie na szyfrowanie nie powiodło się
    .explanation = Serwer zaoferował STARTTLS, ale przełączenie na szyfrowane połączenie nie zostało dokończone. Konfiguracja TLS serwera może być błędna albo coś w sieci zakłóca połączenie.
    .step-1 = W aplikacji pocztowej spróbuj zamiast tego SSL/TLS i portu 993 (IMAP), 995 (POP) lub 465 (SMTP).
    .step-2 = Spróbuj ponownie z innej sieci, na wypadek gdyby zapora sieciowa zakłócała szyfrowane połączenia.
    .step-3 = Jeśli zarządzasz serwerem: sprawdź jego certyfikat i ustawienia TLS oraz dzienniki pod kątem błędu podanego poniżej.

finding-tls-not_used = Połączenie nie jest szyfrowane
    .explanation = Połączenie zostało nawiązane bez żadnego szyfrowania, więc każdy po drodze może odczytać Twoje hasło i pocztę. Większość dostawców odmawia logowania przez takie połączenia.
    .step-1 = W aplikacji pocztowej wybierz SSL/TLS i port 993 (IMAP), 995 (POP) lub 465 (SMTP).
    .step-2 = Jeśli serwer nie oferuje SSL/TLS, wybierz STARTTLS z portem 143 (IMAP), 110 (POP) lub 587 (SMTP).
    .step-3 = Jeśli zarządzasz serwerem: włącz TLS i przestań przyjmować hasła przez nieszyfrowane połączenia.


## protocol: what answers on the port

finding-protocol-pop3_not_imap = Ten port jest dla POP, a nie dla IMAP
    .explanation = Konfigurujesz IMAP, ale na tym hoście i porcie odpowiedział serwer POP. Oba działają inaczej, więc aplikacja pocztowa nie może się z nim porozumieć jak z serwerem IMAP.
    .step-1 = Jeśli chcesz używać IMAP: zmień port na 993 z SSL/TLS (lub 143 ze STARTTLS) i użyj nazwy serwera IMAP ze stron pomocy swojego dostawcy.
    .step-2 = Jeśli chcesz używać POP: skonfiguruj konto jako POP zamiast IMAP.
    .step-3 = Uruchom test ponownie z poprawionymi ustawieniami.
    .icloud-explanation = Konfigurujesz IMAP, ale odpowiedział serwer POP. Poczta iCloud nie ma serwera POP, więc to nie jest serwer iCloud.
    .icloud-step-1 = Jako nazwy serwera użyj imap.mail.me.com.
    .icloud-step-2 = Wybierz SSL/TLS i port 993.
    .icloud-step-3 = Uruchom test ponownie z tymi ustawieniami.

finding-protocol-imap_not_pop3 = Ten port jest dla IMAP, a nie dla POP
    .explanation = Konfigurujesz POP, ale na tym hoście i porcie odpowiedział serwer IMAP. Aplikacja pocztowa nie może się z nim porozumieć jak z serwerem POP.
    .step-1 = Jeśli chcesz używać POP: zmień port na 995 z SSL/TLS (lub 110 ze STARTTLS) i użyj nazwy serwera POP ze stron pomocy swojego dostawcy.
    .step-2 = Jeśli IMAP Ci odpowiada: skonfiguruj zamiast tego konto jako IMAP – dzięki temu poczta jest zsynchronizowana na wszystkich urządzeniach.
    .step-3 = Uruchom test ponownie z poprawionymi ustawieniami.
    .icloud-explanation = Konfigurujesz POP, ale Poczta iCloud nie ma serwera POP: poczta przychodząca jest dostępna tylko przez IMAP.
    .icloud-step-1 = Skonfiguruj konto jako IMAP zamiast POP.
    .icloud-step-2 = Użyj imap.mail.me.com z SSL/TLS i portem 993.
    .icloud-step-3 = Uruchom test ponownie jako IMAP.

finding-protocol-smtp_not_incoming = To serwer poczty wychodzącej, a nie przychodzącej
    .explanation = Konfigurujesz pocztę przychodzącą (IMAP lub POP), ale odpowiedział serwer do wysyłania (SMTP). Wysyłanie i odbieranie używają różnych serwerów lub portów.
    .step-1 = Dla poczty przychodzącej użyj nazwy serwera poczty przychodzącej – zwykle zaczyna się od „imap.” lub „pop.”, a nie od „smtp.”.
    .step-2 = Użyj portu 993 z SSL/TLS dla IMAP albo portu 995 z SSL/TLS dla POP.
    .step-3 = Wpisz ten serwer i port w ustawieniach poczty wychodzącej (SMTP) w aplikacji pocztowej, jeśli to tam jest ich miejsce.

finding-protocol-incoming_not_smtp = To serwer poczty przychodzącej, a nie wychodzącej
    .explanation = Konfigurujesz wysyłanie (SMTP), ale odpowiedział serwer poczty przychodzącej (IMAP lub POP). Wysyłanie używa własnej nazwy serwera lub portu.
    .step-1 = Do wysyłania użyj nazwy serwera poczty wychodzącej – zwykle zaczyna się od „smtp.”.
    .step-2 = Użyj portu 465 z SSL/TLS albo portu 587 ze STARTTLS.
    .step-3 = Wpisz ten serwer i port w ustawieniach poczty przychodzącej w aplikacji pocztowej, jeśli to tam jest ich miejsce.

finding-protocol-http_not_mail = Odpowiedział serwer WWW, a nie serwer pocztowy
    .explanation = Ten host i port prowadzą do strony internetowej. Aplikacje pocztowe potrzebują serwera pocztowego dostawcy i portu pocztowego, a nie adresu, który otwierasz w przeglądarce.
    .step-1 = Sprawdź, czy port jest portem pocztowym: 993 lub 143 dla IMAP, 995 lub 110 dla POP, 465 lub 587 do wysyłania – 80 i 443 to porty stron internetowych.
    .step-2 = Zastąp nazwę serwera nazwą serwera pocztowego ze stron pomocy swojego dostawcy – zwykle zaczyna się od „imap.”, „pop.”, „smtp.” lub „mail.”.
    .step-3 = Uruchom test ponownie z poprawionymi ustawieniami.

finding-protocol-unknown = Odpowiedziało coś innego niż serwer pocztowy
    .explanation = Serwer odpowiedział, ale nie jak żaden serwer pocztowy – może to być inna usługa, na przykład zdalne logowanie (SSH), albo urządzenie po drodze. Pierwsze bajty, które wysłał, są pokazane poniżej.
    .step-1 = Sprawdź, czy port jest portem pocztowym: 993 lub 143 dla IMAP, 995 lub 110 dla POP, 465 lub 587 do wysyłania.
    .step-2 = Sprawdź, czy nazwa serwera to serwer pocztowy Twojego dostawcy.
    .step-3 = Jeśli zarządzasz serwerem: sprawdź, który program nasłuchuje na tym porcie.

finding-protocol-no_greeting = Serwer się połączył, ale nic nie powiedział
    .explanation = Połączenie zostało nawiązane, ale serwer nie wysłał powitania, które serwer pocztowy wysyła na początku. Serwer może być przeciążony lub zawieszony, może ograniczać liczbę połączeń z jednego adresu albo czekać na szyfrowanie, którego nie rozpoczęto.
    .step-1 = Sprawdź, czy port i ustawienie zabezpieczeń do siebie pasują: SSL/TLS na portach 993, 995 i 465, STARTTLS na portach 143, 110 i 587.
    .step-2 = Zamknij inne aplikacje pocztowe lub urządzenia, które korzystają z tego konta, a potem uruchom test ponownie za kilka minut.
    .step-3 = Jeśli zarządzasz serwerem: sprawdź, czy usługa pocztowa działa prawidłowo i czy nie został osiągnięty limit połączeń na adres.

finding-protocol-rejected = Serwer od razu odmówił obsługi
    .explanation = Serwer odpowiedział, ale od razu odmówił obsługi tego połączenia. Może być zbyt zajęty, blokować adres, z którego wykonano test, albo być wyłączony z powodu prac konserwacyjnych – jego własny komunikat jest pokazany poniżej.
    .step-1 = Przeczytaj komunikat serwera poniżej – często podaje przyczynę.
    .step-2 = Odczekaj chwilę i uruchom test ponownie, zwłaszcza jeśli komunikat wspomina o dużym obciążeniu lub zbyt wielu połączeniach.
    .step-3 = Zapytaj dostawcę lub administratora serwera, czy Twój adres lub Twoja sieć nie są zablokowane.

finding-server-slow_response = Serwer wolno odpowiada
    .explanation = Serwer potrzebował ponad 3 sekund, aby się przywitać. Nadal działa, ale aplikacje pocztowe mogą przekraczać limit czasu, a często oznacza to, że serwer jest przeciążony lub wolno sprawdza adres łączącego się urządzenia.
    .step-1 = Uruchom test ponownie później, aby sprawdzić, czy opóźnienie się utrzymuje.
    .step-2 = Zwiększ limit czasu połączenia w aplikacji pocztowej, jeśli rezygnuje ona za wcześnie.
    .step-3 = Jeśli zarządzasz serwerem: sprawdź jego obciążenie i czy przed powitaniem nie czeka na odwrotne zapytanie DNS lub inne wyszukiwania.


## auth: signing in

finding-auth-invalid_credentials = Nazwa użytkownika lub hasło nie zostały zaakceptowane
    .explanation = Serwer odrzucił logowanie. Zwykle hasło lub nazwa użytkownika są nieprawidłowe, ale wielu dostawców wysyła tę samą odpowiedź, gdy wymaga hasła aplikacji lub innej metody logowania. Na przykład komunikat Microsoftu „LOGIN failed” lub „AUTHENTICATE failed” zwykle oznacza, że logowanie hasłem jest na tym koncie wyłączone.
    .step-1 = Sprawdź hasło: wpisz je ponownie uważnie, zwracając uwagę na Caps Lock i język klawiatury.
    .step-2 = Sprawdź nazwę użytkownika: większość dostawców wymaga pełnego adresu e-mail.
    .step-3 = Zaloguj się do poczty w przeglądarce u swojego dostawcy, używając tej samej nazwy użytkownika i hasła, aby potwierdzić, że są prawidłowe.
    .step-4 = Jeśli poczta w przeglądarce działa, a aplikacja pocztowa nie, sprawdź, czy Twój dostawca wymaga hasła aplikacji dla aplikacji pocztowych.
    .gmail-explanation = Gmail odrzucił logowanie. Gmail nie przyjmuje już zwykłego hasła do konta Google z aplikacji pocztowych (konta osobiste od 30 maja 2022, konta firmowe i szkolne od jesieni 2024), więc zwykle oznacza to, że potrzebne jest hasło aplikacji lub opcja „Zaloguj się przez Google”; hasło może też być źle wpisane lub unieważnione.
    .gmail-step-1 = Jako nazwy użytkownika użyj pełnego adresu Gmail.
    .gmail-step-2 = Jeśli weryfikacja dwuetapowa nie jest jeszcze włączona, włącz ją na koncie Google w sekcji Bezpieczeństwo.
    .gmail-step-3 = Utwórz hasło aplikacji na koncie Google (Bezpieczeństwo, Weryfikacja dwuetapowa, Hasła do aplikacji) i użyj go zamiast zwykłego hasła.
    .gmail-step-4 = Jeśli Twoja aplikacja pocztowa to umożliwia (Apple Mail, Outlook i Thunderbird to robią), użyj zamiast tego opcji „Zaloguj się przez Google” – tam działa Twoje zwykłe hasło do konta Google.
    .gmail-step-5 = W przypadku konta firmowego lub szkolnego zapytaj administratora, czy hasła aplikacji lub aplikacje pocztowe są dozwolone.
    .yahoo-explanation = Yahoo odrzuciło logowanie. Yahoo wysyła tę samą odpowiedź w przypadku nieprawidłowego hasła i zwykłego hasła użytego tam, gdzie wymagane jest hasło aplikacji, a aplikacje pocztowe potrzebują hasła aplikacji.
    .yahoo-step-1 = Jako nazwy użytkownika użyj pełnego adresu Yahoo.
    .yahoo-step-2 = Zaloguj się do Yahoo w przeglądarce, otwórz Informacje o koncie (Account Info), a potem Bezpieczeństwo konta (Account security) i wybierz wygenerowanie hasła aplikacji.
    .yahoo-step-3 = Użyj hasła aplikacji w aplikacji pocztowej zamiast zwykłego hasła.
    .aol-explanation = AOL odrzucił logowanie. AOL wysyła tę samą odpowiedź w przypadku nieprawidłowego hasła i zwykłego hasła użytego tam, gdzie wymagane jest hasło aplikacji, a aplikacje pocztowe potrzebują hasła aplikacji.
    .aol-step-1 = Jako nazwy użytkownika użyj pełnego adresu AOL.
    .aol-step-2 = Zaloguj się do AOL w przeglądarce, otwórz Informacje o koncie (Account Info), a potem Bezpieczeństwo konta (Account security) i wybierz wygenerowanie hasła aplikacji.
    .aol-step-3 = Użyj hasła aplikacji w aplikacji pocztowej zamiast zwykłego hasła.
    .icloud-explanation = iCloud odrzucił logowanie. iCloud wysyła tę samą odpowiedź w przypadku nieprawidłowego hasła i hasła do Konta Apple użytego tam, gdzie wymagane jest hasło dla aplikacji, a aplikacje pocztowe potrzebują hasła dla aplikacji.
    .icloud-step-1 = Jako nazwy użytkownika użyj części adresu iCloud przed znakiem @ – jeśli zostanie odrzucona, spróbuj pełnego adresu.
    .icloud-step-2 = Zaloguj się do swojego Konta Apple w przeglądarce, otwórz Logowanie i bezpieczeństwo, a potem Hasła dla aplikacji i utwórz nowe hasło – uwierzytelnianie dwupoziomowe musi być włączone.
    .icloud-step-3 = Użyj hasła dla aplikacji w aplikacji pocztowej zamiast hasła do Konta Apple.
    .qq-explanation = QQ Mail odrzuciło logowanie. Aplikacje pocztowe muszą używać kodu autoryzacyjnego z ustawień QQ Mail, a nie Twojego hasła QQ.
    .qq-step-1 = Jako nazwy użytkownika użyj pełnego adresu QQ Mail.
    .qq-step-2 = W QQ Mail w przeglądarce otwórz Ustawienia, a potem Konto, i włącz usługę IMAP/SMTP (oraz POP3, jeśli z niego korzystasz).
    .qq-step-3 = Wygeneruj tam kod autoryzacyjny i użyj go w aplikacji pocztowej zamiast hasła.
    .netease-explanation = NetEase Mail odrzuciło logowanie. Aplikacje pocztowe muszą używać kodu autoryzacyjnego klienta z ustawień skrzynki, a nie hasła do Twojego konta.
    .netease-step-1 = Jako nazwy użytkownika użyj pełnego adresu 163, 126 lub yeah.net.
    .netease-step-2 = W skrzynce w przeglądarce otwórz Ustawienia, a potem POP3/SMTP/IMAP, i włącz usługę IMAP/SMTP (oraz POP3, jeśli z niego korzystasz).
    .netease-step-3 = Utwórz tam kod autoryzacyjny klienta i użyj go w aplikacji pocztowej zamiast hasła.
    .netease126-explanation = NetEase Mail odrzuciło logowanie. Aplikacje pocztowe muszą używać kodu autoryzacyjnego klienta z ustawień skrzynki, a nie hasła do Twojego konta.
    .netease126-step-1 = Jako nazwy użytkownika użyj pełnego adresu 163, 126 lub yeah.net.
    .netease126-step-2 = W skrzynce w przeglądarce otwórz Ustawienia, a potem POP3/SMTP/IMAP, i włącz usługę IMAP/SMTP (oraz POP3, jeśli z niego korzystasz).
    .netease126-step-3 = Utwórz tam kod autoryzacyjny klienta i użyj go w aplikacji pocztowej zamiast hasła.
    .neteaseyeah-explanation = NetEase Mail odrzuciło logowanie. Aplikacje pocztowe muszą używać kodu autoryzacyjnego klienta z ustawień skrzynki, a nie hasła do Twojego konta.
    .neteaseyeah-step-1 = Jako nazwy użytkownika użyj pełnego adresu 163, 126 lub yeah.net.
    .neteaseyeah-step-2 = W skrzynce w przeglądarce otwórz Ustawienia, a potem POP3/SMTP/IMAP, i włącz usługę IMAP/SMTP (oraz POP3, jeśli z niego korzystasz).
    .neteaseyeah-step-3 = Utwórz tam kod autoryzacyjny klienta i użyj go w aplikacji pocztowej zamiast hasła.
    .outlook-explanation = Outlook.com odrzucił logowanie. Od 16 września 2024 Outlook.com w ogóle nie przyjmuje haseł z aplikacji pocztowych, tylko logowanie przez konto Microsoft (OAuth), więc odrzucane jest też prawidłowe hasło.
    .outlook-step-1 = Użyj aplikacji pocztowej, która obsługuje logowanie przez konto Microsoft, takiej jak Outlook, Apple Mail lub Thunderbird z OAuth.
    .outlook-step-2 = Usuń konto z aplikacji pocztowej i dodaj je ponownie, wybierając logowanie przez konto Microsoft (w Thunderbirdzie: metoda uwierzytelniania OAuth2).
    .outlook-step-3 = Zaloguj się na outlook.com w przeglądarce, aby potwierdzić, że samo konto działa.
    .microsoft365-explanation = Microsoft 365 odrzucił logowanie. Dla IMAP i POP logowanie hasłem zostało wyłączone pod koniec 2022 roku, więc komunikat Microsoftu „LOGIN failed” lub „AUTHENTICATE failed” zwykle oznacza wyłączone logowanie hasłem, a nie nieprawidłowe hasło; może to jednak być też nieprawidłowe hasło.
    .microsoft365-step-1 = Użyj aplikacji pocztowej, która obsługuje logowanie przez konto Microsoft, takiej jak Outlook, Apple Mail lub Thunderbird z OAuth, i dodaj konto ponownie, logując się przez konto Microsoft.
    .microsoft365-step-2 = Zaloguj się na office.com w przeglądarce za pomocą tego samego konta, aby potwierdzić, że hasło jest prawidłowe.
    .microsoft365-step-3 = Do wysyłania z hasłem (SMTP AUTH): poproś administratora o włączenie uwierzytelnionego protokołu SMTP (Authenticated SMTP) dla Twojej skrzynki pocztowej – Microsoft domyślnie wyłącza go z końcem grudnia 2026.
    .microsoft365-step-4 = Zapytaj administratora, czy ustawienia domyślne zabezpieczeń (Security Defaults) lub dostęp warunkowy (Conditional Access) nie blokują aplikacji pocztowych na Twoim koncie.
    .gmx-explanation = GMX odrzucił logowanie. GMX wysyła tę samą odpowiedź w przypadku nieprawidłowego hasła i konta, na którym dostęp przez POP3 i IMAP jest wyłączony.
    .gmx-step-1 = Jako nazwy użytkownika użyj pełnego adresu GMX i sprawdź hasło, logując się do GMX w przeglądarce.
    .gmx-step-2 = W GMX w przeglądarce otwórz Ustawienia, a potem POP3 & IMAP, i zezwól na dostęp przez POP3 i IMAP.
    .gmx-step-3 = Po zapisaniu ustawienia uruchom test ponownie.
    .gmxnet-explanation = GMX odrzucił logowanie. GMX wysyła tę samą odpowiedź w przypadku nieprawidłowego hasła i konta, na którym dostęp przez POP3 i IMAP jest wyłączony.
    .gmxnet-step-1 = Jako nazwy użytkownika użyj pełnego adresu GMX i sprawdź hasło, logując się do GMX w przeglądarce.
    .gmxnet-step-2 = W GMX w przeglądarce otwórz Ustawienia, a potem POP3 & IMAP, i zezwól na dostęp przez POP3 i IMAP.
    .gmxnet-step-3 = Po zapisaniu ustawienia uruchom test ponownie.
    .webde-explanation = WEB.DE odrzucił logowanie. WEB.DE wysyła tę samą odpowiedź w przypadku nieprawidłowego hasła i konta, na którym dostęp przez POP3 i IMAP jest wyłączony.
    .webde-step-1 = Jako nazwy użytkownika użyj pełnego adresu WEB.DE i sprawdź hasło, logując się do WEB.DE w przeglądarce.
    .webde-step-2 = W WEB.DE w przeglądarce otwórz Ustawienia, a potem POP3/IMAP, i zezwól na dostęp przez POP3 i IMAP.
    .webde-step-3 = Po zapisaniu ustawienia uruchom test ponownie.
    .yandex-explanation = Yandex odrzucił logowanie. Yandex wysyła tę samą odpowiedź w przypadku nieprawidłowego hasła, konta z wyłączonym dostępem dla aplikacji pocztowych i zwykłego hasła użytego tam, gdzie wymagane jest hasło aplikacji.
    .yandex-step-1 = W Yandex Mail w przeglądarce otwórz ustawienia programów pocztowych i zezwól na dostęp przez IMAP.
    .yandex-step-2 = Utwórz hasło aplikacji dla poczty w ustawieniach bezpieczeństwa Yandex ID.
    .yandex-step-3 = Jako nazwy użytkownika użyj pełnego adresu, a jako hasła – hasła aplikacji.

finding-auth-app_password_required = To konto wymaga hasła aplikacji
    .explanation = Twój dostawca nie przyjmuje zwykłego hasła z aplikacji pocztowych, zwykle dlatego, że włączone jest logowanie dwuetapowe. Wymaga osobnego hasła aplikacji, utworzonego w ustawieniach bezpieczeństwa konta specjalnie dla aplikacji pocztowych.
    .step-1 = Zaloguj się na stronie swojego dostawcy i otwórz ustawienia bezpieczeństwa konta.
    .step-2 = Utwórz hasło aplikacji dla poczty (niektórzy dostawcy nazywają je hasłem dla aplikacji lub kodem autoryzacyjnym).
    .step-3 = Użyj hasła aplikacji w aplikacji pocztowej zamiast zwykłego hasła.
    .step-4 = Nie udostępniaj nikomu hasła aplikacji – w tym samym miejscu możesz je w każdej chwili unieważnić.
    .gmail-step-1 = Jeśli weryfikacja dwuetapowa nie jest jeszcze włączona, włącz ją na koncie Google w sekcji Bezpieczeństwo.
    .gmail-step-2 = Utwórz hasło aplikacji na koncie Google (Bezpieczeństwo, Weryfikacja dwuetapowa, Hasła do aplikacji).
    .gmail-step-3 = Użyj hasła aplikacji w aplikacji pocztowej zamiast zwykłego hasła do konta Google, a jako nazwy użytkownika – pełnego adresu Gmail.
    .gmail-step-4 = Jeśli Twoja aplikacja pocztowa to umożliwia, użyj zamiast tego opcji „Zaloguj się przez Google” – tam działa Twoje zwykłe hasło do konta Google.
    .yahoo-step-1 = Zaloguj się do Yahoo w przeglądarce i otwórz Informacje o koncie (Account Info), a potem Bezpieczeństwo konta (Account security).
    .yahoo-step-2 = Jeśli weryfikacja dwuetapowa nie jest jeszcze włączona, włącz ją.
    .yahoo-step-3 = Wybierz wygenerowanie hasła aplikacji i użyj go w aplikacji pocztowej zamiast zwykłego hasła.
    .aol-step-1 = Zaloguj się do AOL w przeglądarce i otwórz Informacje o koncie (Account Info), a potem Bezpieczeństwo konta (Account security).
    .aol-step-2 = Jeśli weryfikacja dwuetapowa nie jest jeszcze włączona, włącz ją.
    .aol-step-3 = Wybierz wygenerowanie hasła aplikacji i użyj go w aplikacji pocztowej zamiast zwykłego hasła.
    .icloud-step-1 = Zaloguj się do swojego Konta Apple w przeglądarce i otwórz Logowanie i bezpieczeństwo.
    .icloud-step-2 = Jeśli uwierzytelnianie dwupoziomowe nie jest jeszcze włączone, włącz je.
    .icloud-step-3 = Otwórz Hasła dla aplikacji, utwórz nowe hasło i użyj go w aplikacji pocztowej zamiast hasła do Konta Apple.
    .qq-explanation = QQ Mail wymaga kodu autoryzacyjnego: aplikacje pocztowe nie mogą logować się Twoim hasłem QQ.
    .qq-step-1 = W QQ Mail w przeglądarce otwórz Ustawienia, a potem Konto.
    .qq-step-2 = Włącz usługę IMAP/SMTP (oraz POP3, jeśli z niego korzystasz) i potwierdź SMS-em, gdy pojawi się taka prośba.
    .qq-step-3 = Wygeneruj kod autoryzacyjny i użyj go w aplikacji pocztowej zamiast hasła.
    .netease-explanation = NetEase Mail wymaga kodu autoryzacyjnego klienta: aplikacje pocztowe nie mogą logować się hasłem do Twojego konta.
    .netease-step-1 = W skrzynce 163, 126 lub yeah.net w przeglądarce otwórz Ustawienia, a potem POP3/SMTP/IMAP.
    .netease-step-2 = Włącz usługę IMAP/SMTP (oraz POP3, jeśli z niego korzystasz).
    .netease-step-3 = Utwórz kod autoryzacyjny klienta i użyj go w aplikacji pocztowej zamiast hasła.
    .netease126-explanation = NetEase Mail wymaga kodu autoryzacyjnego klienta: aplikacje pocztowe nie mogą logować się hasłem do Twojego konta.
    .netease126-step-1 = W skrzynce 163, 126 lub yeah.net w przeglądarce otwórz Ustawienia, a potem POP3/SMTP/IMAP.
    .netease126-step-2 = Włącz usługę IMAP/SMTP (oraz POP3, jeśli z niego korzystasz).
    .netease126-step-3 = Utwórz kod autoryzacyjny klienta i użyj go w aplikacji pocztowej zamiast hasła.
    .neteaseyeah-explanation = NetEase Mail wymaga kodu autoryzacyjnego klienta: aplikacje pocztowe nie mogą logować się hasłem do Twojego konta.
    .neteaseyeah-step-1 = W skrzynce 163, 126 lub yeah.net w przeglądarce otwórz Ustawienia, a potem POP3/SMTP/IMAP.
    .neteaseyeah-step-2 = Włącz usługę IMAP/SMTP (oraz POP3, jeśli z niego korzystasz).
    .neteaseyeah-step-3 = Utwórz kod autoryzacyjny klienta i użyj go w aplikacji pocztowej zamiast hasła.

finding-auth-web_login_required = Dostawca wymaga, aby najpierw zalogować się na jego stronie
    .explanation = Dostawca zablokował to logowanie, dopóki nie potwierdzisz go na jego stronie, często dlatego, że logowanie nastąpiło z nowego miejsca lub urządzenia albo dostawca uznał aplikację pocztową za niebezpieczną. Twoje hasło może być całkowicie prawidłowe.
    .step-1 = Zaloguj się do poczty w przeglądarce u swojego dostawcy, najlepiej w tej samej sieci co aplikacja pocztowa.
    .step-2 = Przejdź przez kontrolę bezpieczeństwa lub potwierdź próbę logowania, jeśli pojawi się taka prośba.
    .step-3 = W ciągu kilku minut uruchom test ponownie.
    .step-4 = Jeśli to się powtarza, sprawdź, czy Twój dostawca wymaga hasła aplikacji dla aplikacji pocztowych.
    .gmail-step-1 = Zaloguj się do Gmaila w przeglądarce w tej samej sieci i przejdź przez kontrolę bezpieczeństwa, jeśli się pojawi.
    .gmail-step-2 = Na koncie Google w sekcji Bezpieczeństwo przejrzyj ostatnią aktywność związaną z bezpieczeństwem i potwierdź, że to logowanie było Twoje.
    .gmail-step-3 = Użyj w aplikacji pocztowej hasła aplikacji (Konto Google, Bezpieczeństwo, Weryfikacja dwuetapowa, Hasła do aplikacji) albo aplikacji pocztowej z opcją „Zaloguj się przez Google”.
    .gmail-step-4 = W ciągu kilku minut uruchom test ponownie.
    .yahoo-step-1 = Zaloguj się do Yahoo Mail w przeglądarce i przejdź przez kontrolę bezpieczeństwa, jeśli się pojawi.
    .yahoo-step-2 = Utwórz hasło aplikacji w sekcji Informacje o koncie (Account Info), Bezpieczeństwo konta (Account security) i użyj go w aplikacji pocztowej.
    .yahoo-step-3 = W ciągu kilku minut uruchom test ponownie.
    .aol-step-1 = Zaloguj się do AOL Mail w przeglądarce i przejdź przez kontrolę bezpieczeństwa, jeśli się pojawi.
    .aol-step-2 = Utwórz hasło aplikacji w sekcji Informacje o koncie (Account Info), Bezpieczeństwo konta (Account security) i użyj go w aplikacji pocztowej.
    .aol-step-3 = W ciągu kilku minut uruchom test ponownie.
    .icloud-step-1 = Zaloguj się na icloud.com w przeglądarce i zaakceptuj wyświetlone warunki lub komunikaty bezpieczeństwa.
    .icloud-step-2 = Utwórz hasło dla aplikacji na swoim Koncie Apple w sekcji Logowanie i bezpieczeństwo i użyj go w aplikacji pocztowej.
    .icloud-step-3 = W ciągu kilku minut uruchom test ponownie.
    .qq-step-1 = Zaloguj się do QQ Mail w przeglądarce i przejdź przez kontrolę bezpieczeństwa, jeśli się pojawi.
    .qq-step-2 = Sprawdź w Ustawieniach, w sekcji Konto, czy usługa IMAP/SMTP jest włączona, i w razie potrzeby wygeneruj nowy kod autoryzacyjny.
    .qq-step-3 = Użyj kodu autoryzacyjnego w aplikacji pocztowej i uruchom test ponownie.
    .netease-step-1 = Zaloguj się do skrzynki NetEase w przeglądarce i przejdź przez kontrolę bezpieczeństwa, jeśli się pojawi.
    .netease-step-2 = Sprawdź w Ustawieniach, w sekcji POP3/SMTP/IMAP, czy usługa IMAP/SMTP jest włączona, i w razie potrzeby utwórz nowy kod autoryzacyjny klienta.
    .netease-step-3 = Użyj kodu autoryzacyjnego w aplikacji pocztowej i uruchom test ponownie.
    .netease-step-4 = Jeśli po zalogowaniu serwer odpowiada „Unsafe Login”: NetEase odrzuca aplikacje pocztowe, które się nie identyfikują, więc użyj Thunderbirda, Apple Mail, Outlooka lub aplikacji NetEase albo POP3 zamiast IMAP.
    .netease126-step-1 = Zaloguj się do skrzynki NetEase w przeglądarce i przejdź przez kontrolę bezpieczeństwa, jeśli się pojawi.
    .netease126-step-2 = Sprawdź w Ustawieniach, w sekcji POP3/SMTP/IMAP, czy usługa IMAP/SMTP jest włączona, i w razie potrzeby utwórz nowy kod autoryzacyjny klienta.
    .netease126-step-3 = Użyj kodu autoryzacyjnego w aplikacji pocztowej i uruchom test ponownie.
    .netease126-step-4 = Jeśli po zalogowaniu serwer odpowiada „Unsafe Login”: NetEase odrzuca aplikacje pocztowe, które się nie identyfikują, więc użyj Thunderbirda, Apple Mail, Outlooka lub aplikacji NetEase albo POP3 zamiast IMAP.
    .neteaseyeah-step-1 = Zaloguj się do skrzynki NetEase w przeglądarce i przejdź przez kontrolę bezpieczeństwa, jeśli się pojawi.
    .neteaseyeah-step-2 = Sprawdź w Ustawieniach, w sekcji POP3/SMTP/IMAP, czy usługa IMAP/SMTP jest włączona, i w razie potrzeby utwórz nowy kod autoryzacyjny klienta.
    .neteaseyeah-step-3 = Użyj kodu autoryzacyjnego w aplikacji pocztowej i uruchom test ponownie.
    .neteaseyeah-step-4 = Jeśli po zalogowaniu serwer odpowiada „Unsafe Login”: NetEase odrzuca aplikacje pocztowe, które się nie identyfikują, więc użyj Thunderbirda, Apple Mail, Outlooka lub aplikacji NetEase albo POP3 zamiast IMAP.

finding-auth-basic_auth_disabled = To konto nie przyjmuje haseł z aplikacji pocztowych
    .explanation = Serwer pozwala tylko na nowoczesne logowanie (OAuth), w którym logujesz się na własnej stronie dostawcy, więc hasło jest odrzucane, nawet jeśli jest prawidłowe. maildoctor sprawdza logowanie hasłem, więc nie może tu przejść dalej.
    .step-1 = Użyj aplikacji pocztowej, która obsługuje własne logowanie dostawcy (często widoczne jako „Zaloguj się przez …” lub OAuth2).
    .step-2 = Usuń konto z aplikacji pocztowej i dodaj je ponownie, wybierając tę metodę logowania.
    .step-3 = Jeśli to konto służbowe: zapytaj administratora, czy dla Twojej skrzynki pocztowej można zezwolić na logowanie hasłem.
    .outlook-explanation = Outlook.com przestał przyjmować hasła z aplikacji pocztowych 16 września 2024. Teraz działa tylko logowanie przez konto Microsoft (OAuth), więc odrzucane jest też prawidłowe hasło.
    .outlook-step-1 = Użyj aplikacji pocztowej, która obsługuje logowanie przez konto Microsoft, takiej jak Outlook, Apple Mail lub Thunderbird z OAuth.
    .outlook-step-2 = Usuń konto z aplikacji pocztowej i dodaj je ponownie, wybierając logowanie przez konto Microsoft (w Thunderbirdzie: metoda uwierzytelniania OAuth2).
    .outlook-step-3 = Zaktualizuj aplikację pocztową, jeśli nie oferuje logowania przez konto Microsoft – starsze wersje obsługują tylko hasła.
    .microsoft365-explanation = Microsoft 365 od końca 2022 roku nie przyjmuje haseł dla IMAP i POP – działa tam tylko logowanie przez konto Microsoft (OAuth). Wysyłanie z hasłem (SMTP AUTH) nadal działa tam, gdzie zezwala na to administrator, dopóki Microsoft nie wyłączy go domyślnie z końcem grudnia 2026.
    .microsoft365-step-1 = Użyj aplikacji pocztowej, która obsługuje logowanie przez konto Microsoft, takiej jak Outlook, Apple Mail lub Thunderbird z OAuth, i dodaj konto ponownie, logując się przez konto Microsoft.
    .microsoft365-step-2 = Do wysyłania z hasłem: poproś administratora o włączenie uwierzytelnionego protokołu SMTP (Authenticated SMTP) dla Twojej skrzynki pocztowej w centrum administracyjnym platformy Microsoft 365 (Użytkownicy, Poczta, Zarządzaj aplikacjami poczty e-mail).
    .microsoft365-step-3 = Zapytaj administratora, czy ustawienia domyślne zabezpieczeń (Security Defaults) lub dostęp warunkowy (Conditional Access) nie blokują logowania hasłem na Twoim koncie.
    .microsoft365-step-4 = Zaplanuj przejście na OAuth dla urządzeń i skryptów, które wysyłają pocztę z hasłem, przed końcem grudnia 2026.

finding-auth-protocol_disabled = IMAP, POP lub wysyłanie z aplikacji pocztowych są wyłączone na tym koncie
    .explanation = Twoje hasło może być prawidłowe, ale konto nie ma pozwolenia na ten rodzaj dostępu (IMAP, POP lub wysyłanie przez SMTP z aplikacji pocztowej). Wielu dostawców pozwala go włączyć w ustawieniach w przeglądarce; w firmach decyduje administrator.
    .step-1 = Zaloguj się do poczty w przeglądarce u swojego dostawcy i poszukaj w ustawieniach opcji IMAP, POP lub dostępu dla aplikacji pocztowych.
    .step-2 = Włącz dostęp dla rodzaju, który konfigurujesz (IMAP lub POP), i zapisz zmiany.
    .step-3 = Jeśli takiego ustawienia nie ma lub nie można go zmienić: poproś administratora lub dostawcę o włączenie IMAP lub POP na Twoim koncie.
    .step-4 = Po kilku minutach uruchom test ponownie.
    .gmail-explanation = Gmail odrzucił ten rodzaj dostępu. Od stycznia 2025 IMAP jest zawsze włączony na osobistych kontach Gmail, więc odrzucone logowanie przez IMAP wskazuje na konto firmowe lub szkolne, na którym administrator go wyłączył; POP nadal ma własny przełącznik.
    .gmail-step-1 = Dla POP: w Gmailu w przeglądarce otwórz Ustawienia, Zobacz wszystkie ustawienia, Przekazywanie i POP/IMAP i włącz POP.
    .gmail-step-2 = Dla IMAP na koncie firmowym lub szkolnym: poproś administratora Google Workspace o zezwolenie Ci na dostęp przez POP i IMAP (konsola administracyjna, Aplikacje, Google Workspace, Gmail, Dostęp użytkowników).
    .gmail-step-3 = Uruchom test ponownie, gdy zmiana będzie miała kilka minut na zastosowanie.
    .gmx-step-1 = Zaloguj się do GMX w przeglądarce i otwórz Ustawienia, a potem POP3 & IMAP.
    .gmx-step-2 = Zezwól na dostęp do tego konta przez POP3 i IMAP i zapisz zmiany.
    .gmx-step-3 = Uruchom test ponownie, podając pełny adres GMX jako nazwę użytkownika.
    .gmxnet-step-1 = Zaloguj się do GMX w przeglądarce i otwórz Ustawienia, a potem POP3 & IMAP.
    .gmxnet-step-2 = Zezwól na dostęp do tego konta przez POP3 i IMAP i zapisz zmiany.
    .gmxnet-step-3 = Uruchom test ponownie, podając pełny adres GMX jako nazwę użytkownika.
    .webde-step-1 = Zaloguj się do WEB.DE w przeglądarce i otwórz Ustawienia, a potem POP3/IMAP.
    .webde-step-2 = Zezwól na dostęp do tego konta przez POP3 i IMAP i zapisz zmiany.
    .webde-step-3 = Uruchom test ponownie, podając pełny adres WEB.DE jako nazwę użytkownika.
    .qq-step-1 = W QQ Mail w przeglądarce otwórz Ustawienia, a potem Konto.
    .qq-step-2 = Włącz usługę IMAP/SMTP (oraz POP3, jeśli z niego korzystasz).
    .qq-step-3 = Wygeneruj tam kod autoryzacyjny i użyj go jako hasła w aplikacji pocztowej.
    .netease-step-1 = W skrzynce NetEase w przeglądarce otwórz Ustawienia, a potem POP3/SMTP/IMAP.
    .netease-step-2 = Włącz usługę IMAP/SMTP (oraz POP3, jeśli z niego korzystasz).
    .netease-step-3 = Utwórz tam kod autoryzacyjny klienta i użyj go jako hasła w aplikacji pocztowej.
    .netease126-step-1 = W skrzynce NetEase w przeglądarce otwórz Ustawienia, a potem POP3/SMTP/IMAP.
    .netease126-step-2 = Włącz usługę IMAP/SMTP (oraz POP3, jeśli z niego korzystasz).
    .netease126-step-3 = Utwórz tam kod autoryzacyjny klienta i użyj go jako hasła w aplikacji pocztowej.
    .neteaseyeah-step-1 = W skrzynce NetEase w przeglądarce otwórz Ustawienia, a potem POP3/SMTP/IMAP.
    .neteaseyeah-step-2 = Włącz usługę IMAP/SMTP (oraz POP3, jeśli z niego korzystasz).
    .neteaseyeah-step-3 = Utwórz tam kod autoryzacyjny klienta i użyj go jako hasła w aplikacji pocztowej.

finding-auth-plaintext_disallowed = Serwer nie przyjmie hasła bez szyfrowania
    .explanation = Serwer odmawia przyjęcia hasła przez nieszyfrowane połączenie, co Cię chroni. Połączenie musi najpierw używać SSL/TLS lub STARTTLS.
    .step-1 = W aplikacji pocztowej wybierz SSL/TLS z portem 993 (IMAP), 995 (POP) lub 465 (SMTP) albo STARTTLS z portem 143 (IMAP), 110 (POP) lub 587 (SMTP).
    .step-2 = Wybierz ustawienie, które zawsze szyfruje, a nie takie, które używa szyfrowania tylko „jeśli jest dostępne”.
    .step-3 = Uruchom test ponownie z włączonym szyfrowaniem.

finding-auth-mechanism_unsupported = Serwer nie oferuje metody logowania, której można tu użyć
    .explanation = Serwer i maildoctor nie mają wspólnej metody logowania hasłem albo na tym porcie logowanie w ogóle nie jest oferowane. Zdarza się to na portach przeznaczonych do przesyłania poczty między serwerami, takich jak 25, oraz na serwerach, które pozwalają tylko na logowanie przez OAuth lub certyfikatem.
    .step-1 = Do wysyłania użyj portu 587 ze STARTTLS lub portu 465 z SSL/TLS, a nie portu 25.
    .step-2 = Sprawdź, czy szyfrowanie jest włączone – wiele serwerów oferuje logowanie dopiero po SSL/TLS lub STARTTLS.
    .step-3 = Jeśli zarządzasz serwerem: włącz na tym porcie logowanie hasłem (na przykład PLAIN lub LOGIN przez TLS).

finding-auth-account_locked = Konto jest zablokowane lub wyłączone
    .explanation = Serwer informuje, że konto jest zablokowane, wyłączone lub zawieszone, więc obecnie żadne hasło nie zadziała. Dostawcy robią tak po podejrzanej aktywności, przy nieopłaconych usługach albo gdy administrator blokuje konto.
    .step-1 = Zaloguj się do poczty w przeglądarce u swojego dostawcy, aby sprawdzić, dlaczego konto jest zablokowane i jak je odblokować.
    .step-2 = Wykonaj kroki dostawcy, aby odzyskać konto, na przykład potwierdź swoją tożsamość lub zresetuj hasło.
    .step-3 = W przypadku konta firmowego lub szkolnego poproś administratora o jego odblokowanie.

finding-auth-too_many_failures = Zbyt wiele nieudanych logowań: serwer na jakiś czas blokuje dostęp
    .explanation = Po kilku nieudanych logowaniach serwer lub system bezpieczeństwa przed nim tymczasowo odrzuca logowania na to konto lub z Twojego adresu sieciowego, czasem nawet z prawidłowym hasłem. Blokada zwykle znika sama po kilku minutach lub godzinie.
    .step-1 = Zatrzymaj wszystkie aplikacje pocztowe i urządzenia, które korzystają z tego konta, aby przestały ponawiać próby ze starym hasłem.
    .step-2 = Odczekaj co najmniej 15 minut albo godzinę, jeśli blokada wróci.
    .step-3 = Sprawdź hasło, logując się do poczty w przeglądarce, a potem zaktualizuj je w każdej aplikacji pocztowej, zanim ponownie je włączysz.
    .step-4 = Jeśli serwer informuje, że Twój adres jest zablokowany lub zbanowany: poproś administratora serwera o zdjęcie blokady i sprawdź, czy Twój dostawca wymaga hasła aplikacji dla aplikacji pocztowych.

finding-auth-server_error = Serwer pocztowy miał chwilowy problem
    .explanation = Serwer poinformował, że nie może Cię teraz obsłużyć z powodu problemu po swojej stronie: jest zajęty, uruchamia się ponownie lub trwają prace konserwacyjne albo jakaś jego część, na przykład baza danych logowania, nie działa. Nie ma to związku z Twoim hasłem ani ustawieniami.
    .step-1 = Odczekaj kilka minut i uruchom test ponownie.
    .step-2 = Sprawdź na stronie stanu usług swojego dostawcy, czy nie ma awarii.
    .step-3 = Nie zmieniaj hasła ani ustawień z powodu tego komunikatu – to nie one są przyczyną.
    .step-4 = Jeśli problem się utrzymuje: poinformuj dostawcę lub administratora serwera i przekaż mu komunikat serwera podany poniżej.

finding-auth-failed_unclassified = Logowanie nie powiodło się z powodu, którego maildoctor nie rozpoznaje
    .explanation = Serwer odrzucił logowanie z komunikatem, dla którego maildoctor nie ma reguły. Własne słowa serwera, podane poniżej, zwykle mówią, co jest nie tak.
    .step-1 = Poszukaj przyczyny w komunikacie serwera poniżej, na przykład zablokowanego kraju lub zasady.
    .step-2 = Sprawdź nazwę użytkownika i hasło, logując się do poczty w przeglądarce.
    .step-3 = Zapytaj dostawcę lub administratora serwera, przytaczając komunikat serwera podany poniżej.

finding-auth-skipped_no_credentials = Logowanie nie zostało sprawdzone
    .explanation = Nie podano nazwy użytkownika ani hasła, więc test zakończył się po sprawdzeniu, czy serwer jest osiągalny i prawidłowo odpowiada. Wszystko aż do logowania zostało sprawdzone.
    .step-1 = Uruchom test ponownie z nazwą użytkownika i hasłem, aby sprawdzić też logowanie.
    .step-2 = Użyj hasła aplikacji, jeśli Twój dostawca wymaga go dla aplikacji pocztowych.

finding-auth-skipped_insecure = Hasło nie zostało wysłane, bo połączenie nie jest bezpieczne
    .explanation = Połączenie nie było szyfrowane albo jego certyfikat nie przeszedł kontroli, więc każdy po drodze mógłby odczytać lub przechwycić hasło. maildoctor nigdy nie wysyła hasła przez takie połączenie, chyba że o to poprosisz, więc logowanie nie zostało sprawdzone.
    .step-1 = Najpierw napraw problem z szyfrowaniem wykryty przez ten test: wybierz SSL/TLS (porty 993, 995, 465) lub STARTTLS (porty 143, 110, 587) albo napraw certyfikat.
    .step-2 = Użyj tych samych szyfrowanych ustawień w aplikacji pocztowej.
    .step-3 = Tylko dla zaufanego serwera testowego w sieci prywatnej: mimo to zezwól na wysłanie hasła opcją allow_insecure_auth, a przy problemie z certyfikatem opcją trust_certificate.

finding-auth-password_expired = Hasło wygasło
    .explanation = Hasło jest prawidłowe, ale zbyt stare: serwer wymaga ustawienia nowego, zanim Cię wpuści. Aplikacje pocztowe nie mogą zmienić hasła za Ciebie.
    .step-1 = Zaloguj się w przeglądarce do poczty lub na stronę konta u swojego dostawcy i ustaw nowe hasło, gdy pojawi się taka prośba.
    .step-2 = Zaktualizuj hasło w każdej aplikacji pocztowej i na każdym urządzeniu, które korzysta z tego konta.
    .step-3 = W przypadku konta firmowego lub szkolnego zapytaj administratora, jeśli strona nie oferuje zmiany hasła.

finding-auth-oauth_token_invalid = Token logowania został odrzucony
    .explanation = Serwer odrzucił token logowania OAuth: mógł wygasnąć, zostać wystawiony dla niewłaściwego konta albo nie mieć uprawnień do poczty.
    .step-1 = Usuń konto z aplikacji pocztowej i dodaj je ponownie, logując się na stronie dostawcy.
    .step-2 = Upewnij się, że logujesz się tym samym kontem, do którego należy konfigurowana skrzynka pocztowa.
    .step-3 = Jeśli zarządzasz aplikacją: poproś o uprawnienie do poczty (zakres, scope) dla IMAP, POP lub SMTP i odśwież token, zanim wygaśnie.
    .gmail-explanation = Gmail odrzucił token logowania OAuth. Jego odpowiedź (odkodowana poniżej) podaje uprawnienie, którego potrzebuje token do poczty: zakres https://mail.google.com/. Token, który wygasł (po około godzinie), został wystawiony dla innego konta Google lub nie ma tego zakresu, jest odrzucany właśnie w ten sposób.
    .gmail-step-1 = Uzyskaj nowy token dostępu – tokeny od Google wygasają po około godzinie, więc odśwież go tokenem odświeżania aplikacji.
    .gmail-step-2 = Przy wystawianiu tokena poproś o zakres https://mail.google.com/ – inne zakresy Gmaila nie pozwalają na IMAP, POP ani SMTP.
    .gmail-step-3 = Jako nazwy użytkownika użyj tego samego konta Google, dla którego wystawiono token.
    .gmail-step-4 = W przypadku konta firmowego lub szkolnego zapytaj administratora, czy w konsoli administracyjnej Google aplikacja ma pozwolenie na dostęp do Gmaila.
    .microsoft365-explanation = Microsoft 365 odrzucił token logowania OAuth. Odpowiada tak samo w przypadku tokena, który wygasł, został wystawiony dla innej skrzynki pocztowej niż nazwa użytkownika lub nie ma uprawnienia (zakresu) dla tego protokołu.
    .microsoft365-step-1 = Poproś o token z zakresem dla używanego protokołu: https://outlook.office.com/IMAP.AccessAsUser.All dla IMAP, https://outlook.office.com/POP.AccessAsUser.All dla POP, https://outlook.office.com/SMTP.Send do wysyłania, a także offline_access, aby można go było odświeżać.
    .microsoft365-step-2 = Jako nazwy użytkownika użyj adresu samej skrzynki pocztowej – token musi być wystawiony dla tego samego konta.
    .microsoft365-step-3 = Uzyskaj nowy token, jeśli ma więcej niż około godzinę.
    .microsoft365-step-4 = Poproś administratora o sprawdzenie, czy dla skrzynki pocztowej włączony jest IMAP, POP lub uwierzytelniony protokół SMTP (centrum administracyjne platformy Microsoft 365, ustawienia poczty użytkownika) – wyłączony protokół też odrzuca tokeny.
    .outlook-explanation = Outlook.com odrzucił token logowania OAuth: wygasł, został wystawiony dla innego konta albo nie ma uprawnienia (zakresu) dla tego protokołu.
    .outlook-step-1 = Poproś o token z zakresem dla używanego protokołu: https://outlook.office.com/IMAP.AccessAsUser.All, https://outlook.office.com/POP.AccessAsUser.All lub https://outlook.office.com/SMTP.Send, a także offline_access.
    .outlook-step-2 = Jako nazwy użytkownika użyj adresu Outlook.com, dla którego wystawiono token.
    .outlook-step-3 = Uzyskaj nowy token, jeśli ma więcej niż około godzinę.

finding-auth-skipped_cooldown = Logowanie nie zostało sprawdzone, bo to konto było przed chwilą sprawdzane zbyt często
    .explanation = W ciągu ostatnich kilku minut to konto zostało kilka razy sprawdzone z hasłem, stąd lub przez inne osoby korzystające z tej usługi. Aby dostawca nie zablokował konta, tym razem hasło nie zostało wysłane; wszystko aż do logowania zostało jednak sprawdzone.
    .step-1 = Odczekaj czas podany poniżej, a potem uruchom test ponownie.
    .step-2 = Upewnij się, że nikt inny nie sprawdza tego samego konta w tym samym czasie.
    .step-3 = Jeśli logowanie nie powiodło się we wcześniejszych testach, sprawdź hasło w poczcie w przeglądarce u swojego dostawcy, zanim spróbujesz ponownie, aby następny test się liczył.


## limits: connection and usage limits

finding-limits-too_many_connections = Zbyt wiele jednoczesnych połączeń z tym kontem lub z tego adresu
    .explanation = Serwer pozwala tylko na kilka jednoczesnych połączeń na konto lub na adres sieciowy, a wszystkie są zajęte. Każda aplikacja pocztowa, każdy telefon i komputer otwiera co najmniej jedno połączenie, a za jednym routerem w biurze lub w domu wszystkie mają ten sam adres.
    .step-1 = Zamknij aplikacje pocztowe na urządzeniach, których teraz nie używasz, albo usuń konto ze starych urządzeń.
    .step-2 = Zmniejsz w aplikacji pocztowej liczbę jednoczesnych połączeń, jeśli ma takie ustawienie.
    .step-3 = Odczekaj kilka minut, aż stare połączenia wygasną, a potem uruchom test ponownie.
    .step-4 = Jeśli serwer odrzucił samo połączenie (jeszcze przed logowaniem), zapytaj jego administratora, czy Twój adres sieciowy ma limit połączeń.
    .gmail-explanation = Gmail pozwala na maksymalnie 15 jednoczesnych połączeń IMAP na konto. Po osiągnięciu tego limitu Gmail może przez jakiś czas odpowiadać „Invalid credentials”, nawet jeśli hasło jest prawidłowe.
    .gmail-step-1 = Zamknij Gmaila w aplikacjach pocztowych na urządzeniach, których teraz nie używasz, albo usuń konto ze starych urządzeń.
    .gmail-step-2 = Zmniejsz w aplikacji pocztowej liczbę jednoczesnych połączeń, aby wszystkie Twoje urządzenia razem miały ich mniej niż 15.
    .gmail-step-3 = Odczekaj około 10 minut, aż stare połączenia się zamkną, zanim ponownie uruchomisz test lub zmienisz hasło.

finding-limits-bandwidth_exceeded = Konto osiągnęło dzienny limit pobierania
    .explanation = Dostawca ogranicza, ile poczty można pobrać dziennie lub ile poleceń można wysłać, a to konto osiągnęło ten limit. Synchronizacja zatrzymuje się do czasu zresetowania limitu, zwykle w ciągu 24 godzin.
    .step-1 = Przed ponowną synchronizacją odczekaj, aż limit się zresetuje, zwykle w ciągu doby.
    .step-2 = Sprawdź, czy jakieś aplikacje pocztowe lub narzędzia do kopii zapasowych nie pobierają w kółko całej skrzynki, i zatrzymaj je.
    .step-3 = Ustaw duże aplikacje pocztowe tak, aby synchronizowały tylko potrzebne foldery.
    .gmail-explanation = Gmail ogranicza pobieranie przez IMAP do 2500 MB dziennie, a przesyłanie do 500 MB dziennie na konto. Gdy aplikacja lub narzędzie przekroczy limit, Gmail wstrzymuje dostęp na maksymalnie 24 godziny.
    .gmail-step-1 = Przed ponowną synchronizacją odczekaj do 24 godzin – limit resetuje się sam.
    .gmail-step-2 = Zatrzymaj narzędzia, które kopiują całą skrzynkę lub tworzą jej kopię zapasową, i ustaw je tak, aby działały w mniejszych częściach w różne dni.
    .gmail-step-3 = Synchronizuj w aplikacji pocztowej tylko potrzebne foldery.
    .gmail-step-4 = W przypadku konta firmowego lub szkolnego zapytaj administratora, który widzi limit w konsoli administracyjnej Google.

finding-limits-connection_limit_measured = Ile połączeń pozwolił otworzyć serwer
    .explanation = maildoctor otworzył jednocześnie kilka połączeń, aby sprawdzić, ilu może używać to konto – dozwolona liczba jest podana poniżej. To tylko informacja, a nie problem.
    .step-1 = Utrzymuj łączną liczbę połączeń ze wszystkich Twoich aplikacji pocztowych i urządzeń poniżej podanej liczby.
    .step-2 = Jeśli często osiągasz limit: zmniejsz ustawienie liczby jednoczesnych połączeń w aplikacjach pocztowych.

finding-limits-throttled = Serwer spowalnia to konto
    .explanation = Serwer nadal działa, ale celowo spowalnia to konto, zwykle dlatego, że ostatnio bardzo intensywnie się synchronizowało. Poczta może przychodzić z opóźnieniem, dopóki sytuacja się nie uspokoi.
    .step-1 = Pozwól aplikacji pocztowej dokończyć bieżącą synchronizację bez jej ponownego uruchamiania.
    .step-2 = Sprawdź, czy kilka aplikacji lub narzędzi nie synchronizuje tego samego konta jednocześnie, i zatrzymaj te, których nie potrzebujesz.
    .step-3 = Uruchom test ponownie później, aby sprawdzić, czy spowolnienie minęło.


## mailbox: the mailbox itself

finding-mailbox-folder_too_large = Folder zawiera bardzo dużo wiadomości
    .explanation = Folder zawiera ponad 10 000 wiadomości. Wiele aplikacji pocztowych przy tak dużych folderach działa wolno, ulega awarii lub przestaje synchronizować.
    .step-1 = Przenieś starsze wiadomości do folderów archiwum, na przykład po jednym na każdy rok.
    .step-2 = Synchronizuj w aplikacji pocztowej tylko najnowszą pocztę lub tylko potrzebne foldery.
    .step-3 = Usuń lub opróżnij foldery, których nie potrzebujesz, takie jak Kosz i Spam.

finding-mailbox-over_quota = Skrzynka pocztowa jest pełna
    .explanation = Skrzynka pocztowa wykorzystała całe swoje miejsce na dane. Nowa poczta może wracać do nadawców, a niektóre aplikacje przestają synchronizować.
    .step-1 = Usuń duże wiadomości i załączniki, których nie potrzebujesz, i opróżnij Kosz oraz Spam.
    .step-2 = Sprawdź wykorzystane miejsce w ustawieniach swojego dostawcy w przeglądarce.
    .step-3 = Jeśli chcesz zachować wszystko, kup więcej miejsca lub poproś administratora o zwiększenie limitu.

finding-mailbox-in_use = Inna aplikacja korzysta teraz ze skrzynki pocztowej
    .explanation = W POP skrzynkę pocztową może jednocześnie otworzyć tylko jedna aplikacja, a teraz blokuje ją inna sesja. Blokada zostaje zwolniona, gdy ta aplikacja skończy pracę, lub po upływie limitu czasu.
    .step-1 = Zamknij inne aplikacje pocztowe lub urządzenia, które pobierają pocztę z tego konta przez POP, albo wyłącz w nich automatyczne sprawdzanie poczty.
    .step-2 = Odczekaj kilka minut, aż druga sesja się zakończy, a potem uruchom test ponownie.
    .step-3 = Jeśli z tego samego konta korzysta kilka urządzeń, rozważ używanie IMAP zamiast POP.

finding-mailbox-login_delay = Serwer pozwala zalogować się ponownie tylko co kilka minut
    .explanation = Ten serwer POP wymaga minimalnego odstępu między logowaniami – jest on podany poniżej. Aplikacje, które sprawdzają pocztę częściej, są odrzucane.
    .step-1 = Ustaw w aplikacji pocztowej sprawdzanie nowej poczty rzadziej niż odstęp podany poniżej.
    .step-2 = Odczekaj ten czas, a potem uruchom test ponownie.

finding-send-accepted = To konto może wysyłać pocztę z tego adresu
    .explanation = Po zalogowaniu serwer zaakceptował nadawcę i odbiorcę podanych poniżej. Następnie maildoctor anulował operację (RSET), zanim jakakolwiek wiadomość została wysłana: nic nie zostało dostarczone.
    .step-1 = Jeśli aplikacja pocztowa nadal nie może wysyłać, sprawdź, czy loguje się przy wysyłaniu: w ustawieniach serwera poczty wychodzącej włącz opcję „Mój serwer wychodzący (SMTP) wymaga uwierzytelniania” (lub „Użyj tych samych ustawień co mój serwer poczty przychodzącej”).
    .step-2 = Sprawdź, czy aplikacja używa tego samego serwera poczty wychodzącej, portu i zabezpieczeń co ten test.
    .microsoft365-explanation = Po zalogowaniu serwer zaakceptował nadawcę i odbiorcę podanych poniżej, a potem maildoctor anulował operację, zanim jakakolwiek wiadomość została wysłana. Microsoft 365 sprawdza uprawnienie „Wyślij jako” (Send As) dopiero przy faktycznym wysyłaniu wiadomości, więc udostępniona skrzynka pocztowa lub adres innej osoby mogą wtedy nadal zostać odrzucone (5.7.60).
    .microsoft365-step-1 = Sprawdź, czy aplikacja pocztowa loguje się przy wysyłaniu tym samym kontem.
    .microsoft365-step-2 = Jeśli poczta z udostępnionej skrzynki pocztowej lub z innego adresu zostanie później odrzucona z kodem 5.7.60, poproś administratora o uprawnienie „Wyślij jako” (Send As) do niej.
    .outlook-explanation = Po zalogowaniu serwer zaakceptował nadawcę i odbiorcę podanych poniżej, a potem maildoctor anulował operację, zanim jakakolwiek wiadomość została wysłana. Outlook.com ponownie sprawdza adres nadawcy przy faktycznym wysyłaniu wiadomości, więc adres, który nie jest aliasem tego konta, może wtedy nadal zostać odrzucony.
    .outlook-step-1 = Sprawdź, czy aplikacja pocztowa loguje się przy wysyłaniu tym samym kontem.
    .outlook-step-2 = Wysyłaj tylko ze swojego adresu Outlook.com lub jednego z jego aliasów (w Ustawieniach otwórz Poczta, a potem Synchronizuj pocztę e-mail, a potem Zarządzaj aliasami).

finding-send-sender_not_permitted = Serwer nie wyśle poczty z tego adresu dla tego konta
    .explanation = Logowanie się udało, ale serwer odrzuca adres nadawcy. Dzieje się tak, gdy aplikacja wysyła jako alias, adres innej osoby lub udostępniona skrzynka pocztowa, do których to konto nie ma uprawnienia „Wyślij jako”.
    .step-1 = Sprawdź w aplikacji pocztowej adres „Od” tego konta – powinien to być adres, którym się logujesz.
    .step-2 = Aby wysyłać z innego adresu, najpierw dodaj go do swojego konta jako adres do wysyłania (alias) na stronie swojego dostawcy albo poproś administratora o uprawnienie „Wyślij jako”.
    .step-3 = Jeśli korzystasz z udostępnionej skrzynki pocztowej, wysyłaj z niej przez jej własne konto albo poproś administratora o uprawnienie „Wyślij jako” (Send As) lub „Wyślij w imieniu” (Send on Behalf).
    .gmail-step-1 = Na komputerze otwórz Gmaila i kliknij Ustawienia, a potem Zobacz wszystkie ustawienia.
    .gmail-step-2 = Kliknij kartę Konta i importowanie, a w sekcji „Wyślij e-maila jako” kliknij Dodaj kolejny adres e-mail i wykonaj instrukcje, aby zweryfikować adres.
    .gmail-step-3 = W aplikacji pocztowej wysyłaj ze swojego adresu Gmail lub z adresu wymienionego w sekcji „Wyślij e-maila jako”.
    .microsoft365-step-1 = Poproś administratora Microsoft 365 o nadanie Twojemu kontu uprawnienia „Wyślij jako” (Send As) dla tego adresu lub udostępnionej skrzynki pocztowej (w centrum administracyjnym programu Exchange: Adresaci, potem Skrzynki pocztowe, potem dana skrzynka, potem Delegowanie).
    .microsoft365-step-2 = Zastosowanie uprawnień może potrwać do godziny – po tym czasie spróbuj ponownie.
    .microsoft365-step-3 = Do tego czasu wysyłaj ze swojego własnego adresu.
    .outlook-step-1 = Zaloguj się do Outlook.com i otwórz Ustawienia, potem Poczta, a potem Synchronizuj pocztę e-mail, a w sekcji „Zarządzaj aliasami” sprawdź, czy ten adres jest aliasem Twojego konta.
    .outlook-step-2 = W aplikacji pocztowej wysyłaj ze swojego adresu Outlook.com lub jednego z jego aliasów.

finding-send-relay_denied = Serwer nie przekaże Twojej poczty dalej
    .explanation = Serwer odmówił wysłania poczty do tego odbiorcy w Twoim imieniu. Serwery przekazują pocztę dalej tylko dla aplikacji, które się zalogowały; ta odmowa zwykle oznacza, że aplikacja nie loguje się przy wysyłaniu albo używa niewłaściwego serwera.
    .step-1 = W ustawieniach serwera poczty wychodzącej (SMTP) w aplikacji pocztowej włącz uwierzytelnianie: opcję „Mój serwer wychodzący (SMTP) wymaga uwierzytelniania”, z tą samą nazwą użytkownika i hasłem co dla poczty przychodzącej.
    .step-2 = Użyj serwera poczty wychodzącej swojego dostawcy, portu 465 (SSL/TLS) lub 587 (STARTTLS), a nie portu 25.
    .step-3 = Jeśli używasz serwera swojego dostawcy internetu zamiast serwera dostawcy poczty, przejdź na serwer poczty wychodzącej dostawcy poczty.

finding-send-limit_reached = To konto osiągnęło limit wysyłania
    .explanation = Serwer odrzuca nową pocztę, bo konto wysłało na razie tyle wiadomości lub do tylu odbiorców, na ile pozwala limit (często dzienny). Wysyłanie znowu zadziała po zresetowaniu limitu.
    .step-1 = Odczekaj, aż limit się zresetuje (zwykle w ciągu 24 godzin), a potem spróbuj ponownie.
    .step-2 = Duże wysyłki wysyłaj przez usługę list mailingowych lub newsletterów zamiast przez swoje konto pocztowe.
    .step-3 = Jeśli nie wysyłano z Twojego konta wielu wiadomości, zmień hasło – ktoś inny może wysyłać pocztę z Twojego konta.
    .gmail-step-1 = Odczekaj do 24 godzin – Gmail sam znosi limit wysyłania, a konto Gmail może wysyłać wiadomości do około 500 odbiorców dziennie.
    .gmail-step-2 = Jeśli nie wysyłano z Twojego konta tak dużo poczty, zmień hasło do konta Google i sprawdź ostatnią aktywność związaną z bezpieczeństwem na stronie myaccount.google.com/security.
    .gmail-step-3 = Do dużych wysyłek używaj zamiast tego usługi list mailingowych.
    .microsoft365-step-1 = Odczekaj do 24 godzin – Exchange Online pozwala na 10 000 odbiorców dziennie na skrzynkę pocztową i sam znosi limit.
    .microsoft365-step-2 = Jeśli nie wysyłano z Twojego konta tak dużo poczty, zmień hasło i poinformuj administratora – konto mogło zostać przejęte.

finding-send-account_blocked = To konto ma zablokowane wysyłanie poczty
    .explanation = Dostawca zablokował wysyłanie z tego konta, zwykle dlatego, że wysyłało ono pocztę wyglądającą na spam, albo dlatego, że może z niego korzystać ktoś inny.
    .step-1 = Od razu zmień hasło i włącz weryfikację dwuetapową, jeśli jeszcze nie jest włączona.
    .step-2 = Sprawdź w wysłanej poczcie, czy nie ma wiadomości, których nie napisano z Twojej strony.
    .step-3 = Skontaktuj się z dostawcą lub administratorem, aby ponownie włączył wysyłanie – najpierw sprawdzi konto.
    .microsoft365-step-1 = Poinformuj administratora Microsoft 365, że konto jest na liście jednostek z ograniczeniami (Restricted entities) z powodu wysyłania spamu.
    .microsoft365-step-2 = Administrator resetuje Twoje hasło, sprawdza konto, a potem usuwa je z listy jednostek z ograniczeniami w portalu Microsoft Defender.
    .outlook-step-1 = Zaloguj się na outlook.com w przeglądarce i wykonaj wyświetlone kroki, aby zweryfikować konto.
    .outlook-step-2 = Zmień hasło i sprawdź ostatnią aktywność na stronie account.microsoft.com/security.
    .outlook-step-3 = Jeśli wysyłanie pozostaje zablokowane, skontaktuj się z pomocą techniczną Outlook.com ze strony pomocy.

finding-send-message_too_large = Serwer odrzuca wiadomość tej wielkości
    .explanation = Serwer odrzucił rozmiar wiadomości zgłoszony przed wysłaniem: wiadomości tej wielkości przekraczają jego limit.
    .step-1 = Wysyłaj mniej lub mniejsze załączniki w jednej wiadomości albo udostępniaj duże pliki przez link (w usłudze przechowywania w chmurze).
    .step-2 = Zapytaj dostawcę lub administratora, jak duże wiadomości przyjmuje serwer.

finding-send-size_limit_small = Ten serwer przyjmuje tylko małe wiadomości
    .explanation = Serwer informuje, że przyjmuje wiadomości do rozmiaru podanego poniżej. Zdjęcia i dokumenty często sprawiają, że wiadomość jest większa (załączniki przy wysyłaniu rosną o około jedną trzecią), więc takie wiadomości zostaną odrzucone.
    .step-1 = Udostępniaj duże pliki przez link (w usłudze przechowywania w chmurze), zamiast je załączać.
    .step-2 = Jeśli zarządzasz serwerem, zwiększ jego limit rozmiaru wiadomości (w Postfiksie: message_size_limit) do co najmniej 25 MB.

finding-send-recipient_refused = Serwer odrzuca tego odbiorcę
    .explanation = Serwer zaakceptował nadawcę, ale odrzucił adres odbiorcy: adres może nie istnieć albo nie jest akceptowany z tego konta.
    .step-1 = Sprawdź, czy w adresie odbiorcy nie ma literówek.
    .step-2 = Spróbuj innego odbiorcy, na przykład swojego własnego adresu.

finding-send-refused_unclassified = Serwer odmawia wysłania tej poczty
    .explanation = Serwer odrzucił nadawcę lub odbiorcę z powodu, którego maildoctor nie rozpoznaje. Jego własne słowa są pokazane poniżej.
    .step-1 = Przeczytaj odpowiedź serwera poniżej – zwykle podaje ona przyczynę.
    .step-2 = Wyślij odpowiedź serwera swojemu dostawcy lub administratorowi.

finding-send-temporary_failure = Serwer nie może teraz przyjąć poczty
    .explanation = Serwer odpowiedział tymczasową odmową: nie może teraz przyjąć tej poczty, ale może później. Aplikacje pocztowe zatrzymują takie wiadomości w skrzynce nadawczej i próbują ponownie.
    .step-1 = Odczekaj kilka minut, a potem spróbuj ponownie.
    .step-2 = Jeśli problem się powtarza, wyślij odpowiedź serwera podaną poniżej swojemu dostawcy lub administratorowi.

finding-send-needs_signin = Wysyłanie nie zostało sprawdzone: brak logowania
    .explanation = Serwer poczty wychodzącej przekazuje pocztę dalej tylko dla aplikacji, które się logują, więc bez nazwy użytkownika i hasła odmowa taka jak „Relay access denied” byłaby tu czymś oczekiwanym, a nie błędem.
    .step-1 = Uruchom test ponownie z nazwą użytkownika i hasłem, aby sprawdzić też wysyłanie.
    .step-2 = Upewnij się, że w aplikacji pocztowej serwer poczty wychodzącej się loguje: włącz opcję „Mój serwer wychodzący (SMTP) wymaga uwierzytelniania”.

finding-send-no_sender = Wysyłanie nie zostało sprawdzone: brak adresu nadawcy
    .explanation = Aby sprawdzić wysyłanie, maildoctor potrzebuje adresu, z którego wysyłasz. Twoja nazwa użytkownika nie jest adresem e-mail, a żaden adres nie został podany.
    .step-1 = Uruchom test ponownie z adresem e-mail jako nazwą użytkownika albo podaj adres nadawcy do sprawdzenia wysyłania.
    .step-2 = Użyj adresu „Od”, z którego wysyła Twoja aplikacja pocztowa, aby test dotyczył właśnie tego adresu.
