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
