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

## Discovery: the sources' answers, the probes, notes and advice

discover-source-table = providertabel
discover-source-autoconfig = autoconfig
discover-source-srv = SRV-records
discover-source-mx = MX-records
discover-source-guess = gebruikelijke namen
discover-source-ispdb = ISPDB van Thunderbird
outcome-confirmed = bevestigd
outcome-unencrypted = werkt, maar niet versleuteld
outcome-bad-certificate = antwoordt, maar het certificaat is niet geldig
outcome-failed = mislukt
outcome-not-tried = niet geprobeerd
discover-setting = { $host } poort { $port } ({ $security })
discover-source-says = { $source }: { $setting }
discover-disagreement = { $role }: { $said }.
discover-note-unencrypted = Werkt, maar niet versleuteld: het wachtwoord zou leesbaar over het netwerk gaan.
discover-note-not-confirmed = Niet bevestigd ({ $outcome }): { $detail }
discover-note-nxdomain = { $domain } bestaat niet in de DNS: controleer hoe het adres gespeld is.
discover-note-srv-not-offered = { $name } zegt dat { $protocol } met { $security } niet wordt aangeboden.
discover-note-srv-outside = { $name } wijst naar { $target }, buiten { $domain }: zonder DNSSEC kan dit vervalst zijn (RFC 6186 §6); vraag je provider of deze server van hen is.
discover-note-app-password = { $provider } wil in mail-apps een app-wachtwoord, niet het wachtwoord van je account: zet verificatie in twee stappen aan, maak een app-wachtwoord aan in de beveiligingsinstellingen van je account en gebruik dat als wachtwoord.
discover-note-oauth-only = { $provider } accepteert in mail-apps alleen inloggen met OAuth2: een wachtwoord wordt geweigerd, ook het juiste. Gebruik een mail-app die je in een browservenster met je account laat inloggen.
discover-note-oauth-only-microsoft = { $provider } accepteert in mail-apps alleen inloggen met OAuth2: een wachtwoord wordt geweigerd, ook het juiste. Gebruik een mail-app die je in een browservenster met je Microsoft-account laat inloggen.
discover-note-since = Dit geldt sinds { $since }.
discover-advice-nothing = Er zijn geen e-mailinstellingen gevonden voor { $domain }: de providertabel kent het domein niet, het domein publiceert geen autoconfig-bestand en geen SRV-records, en geen van de gebruikelijke servernamen antwoordde.
discover-ask-provider = Vraag je e-mailprovider (of wie het domein beheert) naar: de naam van de server voor inkomende e-mail, de poort en de versleuteling (SSL/TLS of STARTTLS) voor IMAP of POP; de naam van de server voor uitgaande e-mail (SMTP), de poort en de versleuteling; en of je gebruikersnaam het volledige e-mailadres is of alleen het deel vóór de @. De provider kan deze instellingen ook publiceren (een autoconfig-bestand of SRV-records), zodat mail-apps ze vinden.
discover-probe-too-many = Niet geprobeerd: meer dan { $limit } kandidaten.
discover-probe-port-refused = Niet geprobeerd: poort { $port } is geen e-mailpoort die deze dienst controleert.
discover-probe-out-of-time = De tijd voor het zoeken was eerder op.
discover-probe-unencrypted = { $protocol } antwoordde, zonder versleuteling.
discover-probe-confirmed = { $protocol } antwoordde via { $security } met een geldig certificaat.
discover-probe-bad-certificate = { $protocol } antwoordde, maar het certificaat is niet geldig voor { $host }.
discover-answer-known = bekend: { $provider }
discover-answer-not-in-table = niet in de tabel
discover-answer-nxdomain = het domein bestaat niet (NXDOMAIN)
discover-answer-no-mx = geen bruikbare MX
discover-answer-no-address = geen adres
discover-answer-has-address = heeft een adres
discover-answer-no-record = geen record
discover-answer-not-offered = '.': de dienst wordt uitdrukkelijk niet aangeboden
discover-answer-listed =
    { $count ->
        [one] { $count } bruikbare server van { $listed } vermelde
       *[other] { $count } bruikbare servers van { $listed } vermelde
    }
discover-answer-not-used = (niet gebruikt: een eerder adres antwoordde al)
discover-answer-snapshot =
    { $count ->
        [one] { $provider }: { $count } server ({ $why })
       *[other] { $provider }: { $count } servers ({ $why })
    }
discover-answer-not-in-snapshot = niet in de ingebouwde kopie ({ $why })
discover-why-not-asked = de ISPDB-dienst wordt niet gevraagd
discover-why-unreachable = de dienst kon niet worden gevraagd
discover-answer-timeout = geen antwoord voor de tijdslimiet
as-given = { $answer }
discover-cli-for = voor { $email } ({ $ms } ms)
discover-cli-tried = Alle geprobeerde kandidaten:
discover-cli-diagnose = Diagnose
discover-note-ispdb-oauth-only = { $provider } accepteert in mail-apps alleen inloggen met OAuth2 ('Inloggen met Microsoft/Google'): een wachtwoord wordt geweigerd, ook het juiste. Gebruik een mail-app die op die manier inlogt.

## The comparison's reading
compare-who-user = de computer van de gebruiker
compare-who-desk = de dienst van de helpdesk
compare-who-first = { $who } (eerste rapport)
compare-who-second = { $who } (tweede rapport)
compare-differ-protocol = protocol: { $left } / { $right }
compare-differ-server = server: { $left } / { $right }
compare-differ-port = poort: { $left } / { $right }
compare-differ-security = beveiliging: { $left } / { $right }
compare-differ-username = de gebruikersnaam verschilt
compare-settings-differ = Deze twee rapporten controleerden niet dezelfde instellingen ({ $differences }). Vergelijk eerst de instellingen: de app op { $right } is misschien gewoon anders ingesteld dan die op { $left }.
compare-same-ending = Beide rapporten eindigen hetzelfde ({ $verdict }): het netwerk van { $who } maakt hier geen verschil.
compare-interception = Op { $seen } liet de server een ander certificaat zien (uitgegeven door { $issuer }) dan op { $other } (uitgegeven door { $other_issuer }), en het wordt niet vertrouwd: iets in dat netwerk onderschept versleutelde verbindingen — meestal een antivirus- of beveiligingsprogramma dat 'versleutelde verbindingen scant', of een bedrijfsproxy. Zet dat scannen uit voor e-mail, of voeg de mailserver toe aan de uitzonderingen.
compare-input = Het verzoek vanaf { $bad } kon niet worden gecontroleerd{ $why }; dat vanaf { $good } wel.
compare-dns = Vanaf { $good } is { $host } op te zoeken; vanaf { $bad } niet{ $why }. De DNS-server die daar wordt gebruikt (de router, een vpn of een bedrijfsnetwerk) antwoordt niet voor deze naam: herstart de router, zet de vpn uit of probeer een ander netwerk om het te bevestigen.
compare-tcp = Vanaf { $good } antwoordt { $host } op poort { $port }; vanaf { $bad } niet{ $why }. Iets in dat netwerk blokkeert poort { $port }: een firewall, een antivirus- of beveiligingsprogramma, of de internetprovider. Probeer een ander netwerk (de hotspot van een telefoon) om het te bevestigen en sta daarna poort { $port } toe voor de mail-app — of gebruik een andere poort uit de tabel met instellingen.
compare-tls = Vanaf { $good } komt de versleuteling met { $host } tot stand; vanaf { $bad } mislukt die{ $why }. Iets in dat netwerk verstoort versleutelde verbindingen (een antivirusprogramma dat ze scant, een bedrijfsproxy of een captive portal).
compare-protocol = Vanaf { $good } antwoordt een mailserver op poort { $port }; vanaf { $bad } antwoordt iets anders{ $why }. Een apparaat of programma in dat netwerk antwoordt in plaats van de server (een proxy, een firewall die e-mail inspecteert of een captive portal).
compare-auth = Beide bereiken de server, maar inloggen werkt alleen vanaf { $good }{ $why }. De gebruikersnaam of het wachtwoord op { $bad } is niet hetzelfde, of de provider weigert inlogpogingen vanaf dat netwerk of die plek (bekijk de beveiligingsmeldingen van de provider).
compare-later = Inloggen werkt vanaf beide; op { $bad } volgt daarna een probleem dat er op { $good } niet is{ $why }. Het rapport vanaf { $bad } zegt wat er moet veranderen.
compare-error-title = Vergelijken niet mogelijk
compare-need-two = Geef om te vergelijken twee opgeslagen rapporten op: hun links (…/r/…) of id's.
compare-missing = Een van deze rapporten bestaat niet: het is verwijderd of verlopen.
compare-failed = De vergelijking kon niet worden getoond.

## Where a candidate came from ("Found by")
claim-table = providertabel: { $provider }
claim-guess = gok: gebruikelijke naam { $host }
claim-srv = SRV { $name } (prioriteit { $priority }, gewicht { $weight })
claim-srv-outside = SRV { $name } (prioriteit { $priority }, gewicht { $weight }) — doel buiten het domein
claim-ispdb-snapshot = ingebouwde kopie van de ISPDB (thunderbird/autoconfig { $commit }): { $id }
