# Lista zapisanych raportów dla działu pomocy.

desk-title = Dział pomocy
desk-heading = Zapisane raporty
desk-verdict = Wynik
desk-any = dowolny
desk-primary = Główny wynik
desk-provider = Dostawca
desk-server = Serwer
desk-ticket = Zgłoszenie
desk-run-from = Uruchomiono z
desk-anywhere = dowolnego miejsca
desk-this-service = tej usługi
desk-user-computer = komputera użytkownika
desk-show = Pokaż
desk-clear = Wyczyść
desk-failed = Nie można teraz odczytać zapisanych raportów. Spróbuj ponownie za minutę.
desk-chart =
    { $count ->
        [one] Główne wyniki na godzinę (ostatnia { $count } godzina, UTC)
        [few] Główne wyniki na godzinę (ostatnie { $count } godziny, UTC)
        [many] Główne wyniki na godzinę (ostatnie { $count } godzin, UTC)
       *[other] Główne wyniki na godzinę (ostatnie { $count } godziny, UTC)
    }
desk-no-failures = Brak błędów w tym czasie.
desk-other-findings = inne wyniki
desk-total =
    { $count ->
        [one] { $count } raport
        [few] { $count } raporty
        [many] { $count } raportów
       *[other] { $count } raportu
    }
desk-none = Żaden zapisany raport nie pasuje.
desk-when = Kiedy
desk-older = Starsze raporty →
desk-no-store = Ta usługa nie przechowuje raportów.
desk-off = Widok działu pomocy jest wyłączony: wymaga api_tokens usługi (docs/CONFIGURATION.md).
desk-error-title = Błąd
desk-not-shown = Nie udało się wyświetlić widoku działu pomocy.
