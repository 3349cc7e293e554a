# Het rapport zoals je het leest: de pagina, de tekst op de opdrachtregel en de samenvatting voor
# een ticket. Citaten van de server, codes, hostnamen en getallen worden nooit vertaald.

## Het oordeel en de zin die het rapport samenvat

verdict-ok = Geen problemen gevonden
verdict-warning = Het werkt, maar er moet iets veranderen
verdict-error = Het werkt nog niet
summary-ok = { $what }: geen problemen gevonden.
summary-warning = { $what } werkt, maar: { $title }.
summary-error = { $what } werkt niet: { $title }.
summary-other = { $what }: zie de bevindingen.
summary-no-target = De controle
target-auto = { $protocol } op { $host }, poort { $port }, met automatische beveiliging
target-plain = { $protocol } op { $host }, poort { $port }, zonder versleuteling
target-secure = { $protocol } op { $host }, poort { $port }, met { $security }

## De stappen op de tijdlijn

stage-input = Controleren wat er is ingevuld
stage-dns = De servernaam opzoeken
stage-tcp = Verbinding maken met de server
stage-tls = De verbinding beveiligen
stage-protocol = Praten met de e-maildienst
stage-auth = Inloggen
stage-mailbox = De mailbox bekijken
stage-limits = Verbindingslimieten testen
status-pass = Klaar
status-warn = Waarschuwing
status-fail = Mislukt
status-skip = Overgeslagen
severity-error = fout
severity-warning = waarschuwing
severity-info = info

## De onderdelen van de pagina

report-provider = Provider: { $provider }
report-fix-first = Dit eerst oplossen
report-also-found = Ook gevonden
report-findings = Bevindingen
report-other-findings = Andere bevindingen
report-code = Code:
report-evidence = Gegevens:
report-timeline = Wat maildoctor heeft gedaan
report-stages = Stappen
report-total-time = Totale tijd: { $ms } ms
report-server-software = Serversoftware: { $software }
report-send = Stuur dit naar je helpdesk
report-copy-ticket = Samenvatting voor een ticket kopiëren
report-download-json = JSON downloaden
report-ticket-summary = Samenvatting voor een ticket (platte tekst)
report-technical = Technische details
report-again = Andere instellingen controleren
report-ticket = Ticket: { $ticket }

## De instellingen die zouden moeten werken

settings-title = Instellingen die zouden moeten werken
settings-lead = Vul deze in bij de accountinstellingen van je mail-app.
settings-verified = Zojuist gecontroleerd: werkt
settings-also-suggested = Ook voorgesteld (niet gecontroleerd)
settings-suggested = Voorgesteld (niet gecontroleerd)
role-imap = Server voor inkomende e-mail (IMAP)
role-pop3 = Server voor inkomende e-mail (POP)
role-smtp = Server voor uitgaande e-mail (SMTP)
settings-server = Server
settings-requires-ssl = Vereist SSL
settings-port = Poort
settings-requires-sign-in = Vereist inloggen
settings-username = Gebruikersnaam
settings-password = Wachtwoord
settings-password-yours = Je wachtwoord
settings-password-or-app = Je wachtwoord (of een app-wachtwoord, als de provider daarom vraagt)
settings-found-from = Gevonden via
settings-note = Opmerking
settings-check-sign-in = Inloggen met deze instellingen controleren
settings-yes-with = Ja ({ $security })
settings-yes = Ja
settings-no = Nee
username-full-address = Je volledige e-mailadres
username-unchanged = ongewijzigd (de naam die je nu gebruikt)
username-not-tried = ongewijzigd (hier is inloggen niet geprobeerd)
checked-verified-in = Gecontroleerd: antwoord in { $ms } ms
checked-verified = Gecontroleerd
checked-not-verified = Niet gecontroleerd

## De technische details

cert-title = Certificaat
cert-subject = Onderwerp
cert-names = Gedekte namen
cert-none = (geen)
cert-issuer = Uitgever
cert-valid-from = Geldig vanaf
cert-valid-until = Geldig tot
cert-days-left =
    { $count ->
        [one] nog { $count } dag
       *[other] nog { $count } dagen
    }
cert-key = Sleutel
cert-connection = Verbinding
cert-chain = Keten zoals de server die stuurt
cert-issued-by = uitgegeven door
cert-until = tot
alternatives-title = Geprobeerde alternatieven
alternatives-settings = Instellingen
alternatives-result = Resultaat
alternatives-time = Tijd
alternatives-found-from = Gevonden via
alternatives-summary =
    { $count ->
        [one] { $count } alternatief geprobeerd in { $ms } ms (zonder in te loggen), { $verified } werkend bevonden.
       *[other] { $count } alternatieven geprobeerd in { $ms } ms (zonder in te loggen), { $verified } werkend bevonden.
    }
transcript-title =
    { $count ->
        [one] Gesprek met de server ({ $count } regel)
       *[other] Gesprek met de server ({ $count } regels)
    }
transcript-empty = Geen gesprek: maildoctor heeft de e-maildienst niet bereikt.
transcript-caption = Elke verzonden en ontvangen regel, met de tijd sinds het begin
transcript-who = Wie
transcript-time = Tijd
transcript-line = Regel
who-client = maildoctor stuurde
who-server = de server zei
who-note = opmerking
request-title = Het verzoek zoals ingevuld
request-protocol = Protocol
request-server = Server
request-port = Poort
request-security = Beveiliging
request-username = Gebruikersnaam
request-password = Wachtwoord
request-email = E-mailadres
request-options = Opties
request-none = (geen)
request-standard-port = (standaard)
request-automatic = Automatisch
request-no-security = Geen
request-password-given = opgegeven (niet getoond)
request-password-not-given = niet opgegeven
option-test-limits = de verbindingslimiet testen
option-insecure-auth = het wachtwoord zonder versleuteling versturen
option-trust-certificate = het wachtwoord ondanks het certificaat versturen

## Een opgeslagen rapport delen

share-failed = Dit rapport kon niet worden opgeslagen (de opslag voor rapporten is nu niet beschikbaar), dus er is geen link om te delen. Het wordt alleen hier getoond.
share-title = Dit rapport delen
share-saved-for =
    { $count ->
        [one] { $count } dag bewaard op
       *[other] { $count } dagen bewaard op
    }
share-saved-hint = kopieer deze link naar je ticket; iedereen met de link kan het rapport openen (er staat geen wachtwoord in).
share-copy = Link kopiëren
compare-label = Vergelijken met een ander rapport van dezelfde server (bijvoorbeeld een rapport van de computer van de gebruiker)
compare-hint = Plak de link of de id ervan.
compare-submit = Naast elkaar vergelijken
share-delete = Het opgeslagen rapport verwijderen
vantage-service = Uitgevoerd vanaf de dienst van de helpdesk
vantage-user = Uitgevoerd op de computer van de gebruiker (maildoctor { $version })

## De samenvatting voor een ticket en de opdrachtregel

ticket-heading = maildoctor-rapport ({ $started })
ticket-checked = Gecontroleerd: { $protocol } op { $host } ({ $port })
ticket-standard-port = standaardpoort
ticket-request-id = Verzoek-id: { $id }
ticket-saved = Opgeslagen rapport: { $link }
cli-port = poort { $port }
cli-username = gebruikersnaam: { $username }
cli-found-from = gevonden via: { $from }

## Het script van de livepagina (static/app.js leest deze teksten uit de pagina; het script vult de plaatsaanduidingen in)

js-copied = Gekopieerd. Plak het in je ticket of e-mail.
js-copy-failed = Kopiëren is niet gelukt: open "Samenvatting voor een ticket" en kopieer de tekst.
js-no-server = { $provider } heeft geen { $protocol }-server.
js-filled = De { $protocol }-server van { $provider } is ingevuld: { $host }, poort { $port }.
js-progress = Elke stap verschijnt hier zodra die klaar is.
js-next = Bezig met de volgende stap…
js-start-failed = De controle kon niet starten ({ $status }).
js-ended-early = De verbinding met maildoctor is te vroeg verbroken. Probeer het opnieuw.
js-not-finished = De controle is niet afgerond. Probeer het opnieuw.

## The alternatives tried after a failure
alternatives-too-many = Niet geprobeerd: meer dan { $limit } alternatieven.
alternatives-no-answer = Geen antwoord binnen de { $ms } ms die de alternatieven kregen.
alternatives-stopped = Gestopt: een ander alternatief werkt al.
origin-provider = provider
origin-srv = SRV-record
origin-autoconfig = autoconfig
origin-same-port = zelfde poort
origin-standard-port = standaardpoort
origin-certificate = certificaat
origin-finding = bevinding
settings-note-port-25 = Poort 25 is een laatste redmiddel voor verzenden: de meeste thuis- en mobiele netwerken blokkeren die voor het verzenden van e-mail. Gebruik 465 of 587 als een van beide werkt.
settings-note-sign-in = Inloggen: { $how }.
settings-note-tried = Zojuist geprobeerd:
signin-password = wachtwoord
signin-app-password = app-wachtwoord (of OAuth2)
signin-oauth2-only = alleen OAuth2
settings-sign-in-note = maildoctor controleerde deze instellingen zonder in te loggen: het maakte verbinding, zette de versleuteling op, controleerde het certificaat en las de begroeting. Het logt alleen in met de instellingen die je hebt opgegeven.
# What exactly an origin was (the JSON's sources[].detail).
origin-detail-provider = de gepubliceerde { $protocol }-server van { $provider }
origin-detail-finding = de oplossing die een bevinding noemt
origin-detail-certificate = een naam die het certificaat dekt: { $name }
origin-detail-same-port = dezelfde poort, { $port }, met { $security }
origin-detail-standard-port = de standaardpoort voor { $protocol } met { $security }
origin-detail-port-25 = poort 25, een laatste redmiddel voor verzenden (vanaf thuisnetwerken meestal geblokkeerd)
