# Paginakader en formulier (templates/base.html, templates/index.html, web::pages).
# Aanspreekvorm "je", zoals de Nederlandse hulp van Google en Microsoft.
site-skip = Naar de inhoud
site-tagline = Waarom maakt mijn mail-app geen verbinding?
site-footer = maildoctor controleert de server die je opgeeft vanaf deze computer. Je wachtwoord wordt alleen voor deze controle gebruikt en wordt nooit opgeslagen of getoond.
site-language = Taal
form-title = Je e-mailinstellingen controleren
form-lead = Typ de instellingen precies zoals ze in je mail-app staan. maildoctor maakt stap voor stap verbinding met de server en vertelt je wat je moet wijzigen.
form-errors-title = Controleer het formulier
shortcuts-title = Gebruik je een bekende provider?
shortcuts-hint = Kies de jouwe en maildoctor vult de servers in. Je gebruikersnaam en wachtwoord typ je zelf.
shortcut-use = Ik gebruik { $provider }
discover-link = Weet je je server niet? Zoek hem op met je e-mailadres.
protocol-legend = Wat wil je controleren?
protocol-hint = Met IMAP en POP ontvang je e-mail; met SMTP verstuur je die. De meeste apps gebruiken tegenwoordig IMAP.
choice-imap = E-mail ontvangen – IMAP
choice-pop3 = E-mail ontvangen – POP
choice-smtp = E-mail versturen – SMTP
choice-auto = Automatisch
choice-tls = SSL/TLS
choice-starttls = STARTTLS
choice-none = Geen (niet versleuteld)
optional = (optioneel)
host-label = Server
host-hint = Bijvoorbeeld imap.example.com: de server voor inkomende of uitgaande e-mail in je mail-app.
port-label = Poort
port-hint = Leeg betekent de gebruikelijke poort.
security-label = Beveiliging
security-hint = Ook wel "Versleuteling" genoemd. Met "Automatisch" zoekt maildoctor uit wat de server gebruikt.
username-label = Gebruikersnaam
username-hint = Meestal je volledige e-mailadres.
password-label = Wachtwoord
password-hint = Eén keer gebruikt voor deze controle, nooit opgeslagen of getoond. Laat het leeg om alleen de verbinding te testen.
email-label = E-mailadres
email-hint = Helpt maildoctor je provider te herkennen en de instellingen ervan voor te stellen.
ticket-label = Ticketnummer
ticket-hint = Voor helpdesks: een ticket- of zaaknummer dat bij het opgeslagen rapport wordt bewaard, zodat je het terugvindt.
limits-label = Ook de verbindingslimiet testen
limits-hint = Opent meerdere verbindingen tegelijk om te zien hoeveel de server toestaat. Duurt iets langer.
more-options = Meer opties
oauth-label = OAuth2-toegangstoken in plaats van een wachtwoord
oauth-hint = Voor accounts die inloggen via Microsoft of Google: een token uit de tools van je beheerder. Eén keer gebruikt voor deze controle, nooit opgeslagen of getoond.
send-test-label = Versturen (SMTP): ook controleren of dit account vanaf mijn adres mag versturen
send-test-hint = Na het inloggen vraagt maildoctor de server een afzender en een ontvanger te accepteren en breekt dan af: er wordt nooit een bericht verstuurd.
send-from-label = Afzenderadres voor de controle
send-from-hint = Het "Van"-adres dat je app gebruikt, als dat niet je gebruikersnaam is, bijvoorbeeld een alias of een gedeelde mailbox.
send-to-label = Ontvanger voor de controle
send-to-hint = Laat leeg om de afzender zelf te gebruiken. Er wordt in geen geval iets verstuurd.
insecure-label = Mijn wachtwoord ook versturen als de verbinding niet versleuteld is
insecure-hint = Alleen voor servers in je eigen netwerk. Iedereen onderweg zou het wachtwoord kunnen lezen.
trust-label = Mijn wachtwoord ook versturen als het certificaat van de server niet vertrouwd wordt
trust-hint = Alleen als je e-mailprovider je heeft verteld dat het certificaat zelf gemaakt is.
submit = Mijn instellingen controleren
progress-title = Je instellingen worden gecontroleerd…
progress-status = Elke stap verschijnt hier zodra die klaar is.
stop = Stoppen
field-protocol-missing = Kies IMAP, POP of SMTP.
field-security-missing = Kies een beveiligingsinstelling.
field-host-missing = Typ de naam van de server, bijvoorbeeld imap.example.com.

## Refusals: why a check was not run (the page or the API's "detail")
refused-title = Niet gecontroleerd
refused-back = Terug naar het formulier
refused-rate =
    { $count ->
        [one] Te veel controles vanaf je adres in korte tijd. Wacht { $count } seconde en probeer het opnieuw.
       *[other] Te veel controles vanaf je adres in korte tijd. Wacht { $count } seconden en probeer het opnieuw.
    }
refused-busy =
    { $count ->
        [one] maildoctor voert op dit moment zoveel controles uit als het kan. Probeer het over { $count } seconde opnieuw.
       *[other] maildoctor voert op dit moment zoveel controles uit als het kan. Probeer het over { $count } seconden opnieuw.
    }
refused-port = Deze dienst controleert alleen e-mailpoorten ({ $ports }). Poort { $port } hoort daar niet bij; voer `maildoctor check` uit op je eigen computer om andere poorten te testen.
refused-too-long = Te lang: { $field } (`{ $name }`, hoogstens { $max } tekens).
refused-field-host = de servernaam
refused-field-username = de gebruikersnaam
refused-field-email = het e-mailadres
refused-field-password = het wachtwoord
refused-field-oauth-token = het OAuth2-token
refused-field-ticket = het ticketnummer
refused-field-lang = de taal
refused-forwarded-for = De proxy voor deze dienst stuurde een clientadres dat niet te lezen is.
refused-token = Deze dienst heeft een toegangstoken nodig.
refused-origin = Het formulier is vanaf een andere website verstuurd en daarom niet uitgevoerd.
refused-shared-down = maildoctor kan de opslag niet bereiken waarin zijn replica's hun limieten delen, en logt daarom nu bij geen enkel account in (het zou de limiet per account die blokkeringen voorkomt niet kunnen bewaken). Probeer het over een minuut opnieuw, of laat het wachtwoord weg om alleen de verbinding te controleren.
api-error-too-large = de body van het verzoek is groter dan 64 KiB
api-error-timeout = de diagnose duurde te lang; probeer het opnieuw
api-error-not-found = dit API-eindpunt bestaat niet
api-error-method = gebruik POST voor /api/v1/diagnose
api-error-other = het verzoek kon niet worden afgehandeld
form-unreadable = Het formulier kon niet worden gelezen. Vul het opnieuw in.
