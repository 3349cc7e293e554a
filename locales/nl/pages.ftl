# De andere pagina's: instellingen vinden aan de hand van een e-mailadres, twee rapporten naast
# elkaar en de korte foutpagina's van een opgeslagen rapport.

## Je instellingen vinden

discover-title = De instellingen van je mailserver vinden
discover-lead = Typ je e-mailadres. maildoctor kijkt overal waar mail-apps zoeken (de eigen lijst met providers, de DNS-records en het autoconfig-bestand van je domein, de gebruikelijke servernamen) en test daarna elke server live, zonder wachtwoord.
discover-error-title = Controleer het adres
discover-email-label = E-mailadres
discover-email-hint = Bijvoorbeeld jo@example.com. Alleen het adres wordt gebruikt; er wordt geen wachtwoord gevraagd.
discover-submit = Mijn instellingen zoeken
discover-confirmed = Instellingen gevonden en bevestigd
discover-suggested = Instellingen voorgesteld, niet bevestigd
discover-nothing = Geen instellingen gevonden
discover-for = Voor { $email } ({ $ms } ms).
discover-provider = Provider: { $provider }.
discover-settings = Instellingen voor je mail-app
discover-status-confirmed = bevestigd
discover-status-suggested = voorgesteld
discover-encryption = Versleuteling
discover-found-by = Gevonden via
discover-diagnose = Diagnose met deze instellingen
discover-disagree = De bronnen zijn het oneens
discover-notes = Goed om te weten
discover-advice = Wat je kunt doen
discover-tried = Alle geprobeerde kandidaten
discover-nothing-tried = Er is geen server gevonden om te proberen.
discover-service = Dienst
discover-outcome = Resultaat
discover-what-happened = Wat er gebeurde
discover-sources = Geraadpleegde bronnen
discover-source = Bron
discover-asked = Vraag
discover-answer = Antwoord
username-local-part = het deel vóór de @

## Twee rapporten naast elkaar

compare-title = Twee rapporten naast elkaar
compare-reading = Wat het verschil betekent
compare-first-fix = Dit eerst oplossen:
compare-open = Het volledige rapport openen
compare-caption = Elke stap, vanaf beide plekken
compare-stage = Stap

## Een opgeslagen rapport dat niet getoond kan worden

saved-not-found-title = Niet gevonden
saved-not-found = Dit rapport bestaat niet: het is verwijderd of verlopen. Voer de controle opnieuw uit voor een nieuw rapport.
saved-check-link = Een mailserver controleren
saved-unavailable-title = Niet beschikbaar
saved-unavailable = Opgeslagen rapporten kunnen nu niet worden gelezen. Probeer het over een minuut opnieuw.
saved-deleted-title = Verwijderd
saved-deleted = Het opgeslagen rapport is verwijderd. De link opent het niet meer.
