# De catalogus met oplossingen in het Nederlands: per bevinding de titel, de uitleg en de
# stappen, en de stappen van bekende providers. Aanspreekvorm "je", zoals de hulp van Google.

## input: what was typed

finding-input-invalid_host = De servernaam is geen geldige naam
    .explanation = De servernaam is leeg, veel te lang of bevat tekens die een servernaam niet kan hebben, zoals spaties, schuine strepen of "http://" ervoor. Er kon niets worden getest, omdat er geen server is om op te zoeken.
    .step-1 = Controleer de servernaam op typfouten, spaties en extra tekens; het gevonden probleem staat hieronder.
    .step-2 = Haal alles weg wat niet bij de naam zelf hoort, zoals "http://", "https://", een schuine streep of een pad na de naam.
    .step-3 = Zoek de naam van de server voor inkomende e-mail op in de helppagina's van je provider of in de welkomstmail die je kreeg toen het account werd gemaakt; die begint meestal met "imap.", "pop." of "mail.".
    .step-4 = Typ de naam opnieuw en voer de test nog eens uit.

finding-input-invalid_port = De poort is geen geldig getal
    .explanation = Een poort moet een heel getal van 1 tot 65535 zijn. De ingevulde waarde is dat niet, dus er kon niets worden getest.
    .step-1 = Controleer de poort op typfouten; de ingevulde waarde staat hieronder.
    .step-2 = Gebruik de gebruikelijke poort voor het soort server dat je instelt: 993 voor IMAP, 995 voor POP, 465 of 587 voor versturen (SMTP).
    .step-3 = Laat de poort leeg als je het niet zeker weet; dan wordt de gebruikelijke poort voor de gekozen beveiliging gebruikt.

finding-input-invalid_username = De gebruikersnaam bevat een regeleinde
    .explanation = De gebruikersnaam (of het e-mailadres) bevat een regeleinde of een ander onzichtbaar stuurteken, meestal doordat hij uit een document of bericht is gekopieerd. Geen enkele mail-app kan daarmee inloggen, dus er is niets naar de server gestuurd.
    .step-1 = Typ de gebruikersnaam opnieuw met de hand in plaats van hem te plakken.
    .step-2 = Zorg dat hij op één regel staat, zonder spatie of regeleinde ervoor of erna.
    .step-3 = Voer de test opnieuw uit.

finding-input-email_as_server = Er is een e-mailadres als servernaam ingevuld
    .explanation = In het veld voor de servernaam staat een e-mailadres. Je adres hoort in het veld voor de gebruikersnaam; de servernaam is de naam van de mailserver van je provider, zoals imap.example.com.
    .step-1 = Zet het e-mailadres in het gebruikersnaamveld van je mail-app.
    .step-2 = Typ in het serverveld de naam van de server voor inkomende e-mail van je provider; als de provider bekend is, staat de juiste naam hieronder bij de voorgestelde instellingen.
    .step-3 = Zoek de servernaam op in de helppagina's van je provider als er geen voorstel wordt getoond.
    .gmail-step-1 = Zet je Gmail-adres in het gebruikersnaamveld van je mail-app.
    .gmail-step-2 = Typ in het serverveld imap.gmail.com voor IMAP of pop.gmail.com voor POP, met SSL/TLS en poort 993 (IMAP) of 995 (POP).
    .gmail-step-3 = Gebruik voor versturen smtp.gmail.com met SSL/TLS en poort 465, of met STARTTLS en poort 587.
    .outlook-step-1 = Zet je Outlook.com-adres in het gebruikersnaamveld van je mail-app.
    .outlook-step-2 = Typ in het serverveld outlook.office365.com, met SSL/TLS en poort 993 voor IMAP of poort 995 voor POP.
    .outlook-step-3 = Gebruik voor versturen smtp-mail.outlook.com met STARTTLS en poort 587.
    .outlook-step-4 = Kies in je mail-app inloggen met Microsoft (OAuth): Outlook.com accepteert geen wachtwoorden van mail-apps meer.
    .yahoo-step-1 = Zet je Yahoo-adres in het gebruikersnaamveld van je mail-app.
    .yahoo-step-2 = Typ in het serverveld imap.mail.yahoo.com voor IMAP of pop.mail.yahoo.com voor POP, met SSL/TLS en poort 993 (IMAP) of 995 (POP).
    .yahoo-step-3 = Gebruik voor versturen smtp.mail.yahoo.com met SSL/TLS en poort 465.
    .yahoo-step-4 = Gebruik als wachtwoord een Yahoo-app-wachtwoord, niet je gewone wachtwoord.
    .icloud-step-1 = Zet het deel van je iCloud-adres vóór de @ in het gebruikersnaamveld van je mail-app; als dat wordt geweigerd, probeer dan het volledige adres.
    .icloud-step-2 = Typ in het serverveld imap.mail.me.com met SSL/TLS en poort 993; iCloud Mail heeft geen POP-server.
    .icloud-step-3 = Gebruik voor versturen smtp.mail.me.com met STARTTLS en poort 587, en je volledige adres als gebruikersnaam.
    .icloud-step-4 = Gebruik een app-specifiek wachtwoord van je Apple Account, niet je gewone wachtwoord.

finding-input-webmail_host = Dit is het adres van een website, niet de mailserver
    .explanation = De ingevulde naam is het adres van de website of webmail van je provider, die je in een browser opent. Mail-apps hebben de naam van de mailserver van de provider nodig, en dat is een andere naam.
    .step-1 = Vervang de servernaam door de naam van de mailserver van de provider uit de voorgestelde instellingen hieronder.
    .step-2 = Houd de beveiliging en de poort die ernaast staan; die horen bij elkaar.
    .step-3 = Zoek de naam van de mailserver op in de helppagina's van je provider als er geen voorstel wordt getoond.
    .gmail-step-1 = Vervang de servernaam door imap.gmail.com voor IMAP of pop.gmail.com voor POP.
    .gmail-step-2 = Kies SSL/TLS en poort 993 voor IMAP, of poort 995 voor POP.
    .gmail-step-3 = Gebruik voor versturen smtp.gmail.com met SSL/TLS en poort 465, of met STARTTLS en poort 587.
    .outlook-step-1 = Vervang de servernaam door outlook.office365.com.
    .outlook-step-2 = Kies SSL/TLS en poort 993 voor IMAP, of poort 995 voor POP.
    .outlook-step-3 = Gebruik voor versturen smtp-mail.outlook.com met STARTTLS en poort 587.
    .outlook-step-4 = Kies in je mail-app inloggen met Microsoft (OAuth): Outlook.com accepteert geen wachtwoorden van mail-apps meer.
    .yahoo-step-1 = Vervang de servernaam door imap.mail.yahoo.com voor IMAP of pop.mail.yahoo.com voor POP.
    .yahoo-step-2 = Kies SSL/TLS en poort 993 voor IMAP, of poort 995 voor POP.
    .yahoo-step-3 = Gebruik voor versturen smtp.mail.yahoo.com met SSL/TLS en poort 465.
    .icloud-step-1 = Vervang de servernaam door imap.mail.me.com; iCloud Mail heeft geen POP-server.
    .icloud-step-2 = Kies SSL/TLS en poort 993.
    .icloud-step-3 = Gebruik voor versturen smtp.mail.me.com met STARTTLS en poort 587.

finding-input-protocol_port_mismatch = Deze poort hoort bij een ander soort mailserver
    .explanation = Elk soort mailserver heeft zijn eigen poorten: IMAP gebruikt 993 of 143, POP 995 of 110 en versturen (SMTP) 465, 587 of 25. De gekozen poort hoort bij een ander soort dan wat je instelt, dus waarschijnlijk antwoordt de verkeerde dienst.
    .step-1 = Controleer of je IMAP, POP of versturen (SMTP) wilde instellen; het gebruikelijke gebruik van de poort staat hieronder.
    .step-2 = Verander de poort in de gebruikelijke poort hieronder, met de bijbehorende beveiliging: SSL/TLS op 993, 995 en 465, STARTTLS op 143, 110 en 587.
    .step-3 = Voer de test opnieuw uit met de verbeterde poort.
    .icloud-explanation = De gekozen poort hoort bij een ander soort mailserver. iCloud Mail gebruikt er maar twee: poort 993 voor inkomende e-mail via IMAP (er is geen POP) en poort 587 voor versturen.
    .icloud-step-1 = Stel het account voor inkomende e-mail in als IMAP met imap.mail.me.com, SSL/TLS en poort 993; iCloud Mail heeft geen POP-server.
    .icloud-step-2 = Gebruik voor versturen smtp.mail.me.com met STARTTLS en poort 587.
    .icloud-step-3 = Voer de test opnieuw uit met deze instellingen.

finding-input-host_protocol_mismatch = De servernaam hoort bij een ander soort mailserver
    .explanation = De servernaam begint met een woord dat zegt wat voor server het is, zoals "pop." voor POP, "imap." voor IMAP of "smtp." voor versturen, en dat past niet bij wat je instelt. Veel providers draaien deze op aparte machines, dus de verkeerde antwoordt misschien niet of op de verkeerde manier.
    .step-1 = Controleer of je IMAP, POP of versturen (SMTP) wilde instellen.
    .step-2 = Gebruik de servernaam die hieronder als voorgestelde host staat, of zoek de juiste naam op in de helppagina's van je provider.
    .step-3 = Voer de test opnieuw uit met de verbeterde naam.
    .icloud-explanation = De servernaam past niet bij het soort server dat je instelt. iCloud Mail heeft één server voor inkomende e-mail, alleen via IMAP (er is geen POP), en één server voor versturen.
    .icloud-step-1 = Stel het account voor inkomende e-mail in als IMAP met imap.mail.me.com, SSL/TLS en poort 993; iCloud Mail heeft geen POP-server.
    .icloud-step-2 = Gebruik voor versturen smtp.mail.me.com met STARTTLS en poort 587.
    .icloud-step-3 = Voer de test opnieuw uit met deze instellingen.

finding-input-security_port_mismatch = De beveiligingsinstelling past niet bij deze poort
    .explanation = De poorten 993, 995 en 465 verwachten SSL/TLS vanaf de allereerste byte, terwijl de poorten 143, 110 en 587 onversleuteld beginnen en met STARTTLS overstappen op versleuteling. De gekozen beveiliging is de andere soort, dus de verbinding blijft waarschijnlijk hangen of mislukt.
    .step-1 = Als je SSL/TLS hebt gekozen op poort 143, 110 of 587: houd SSL/TLS en verander de poort in 993 (IMAP), 995 (POP) of 465 (SMTP).
    .step-2 = Als je STARTTLS of geen beveiliging hebt gekozen op poort 993, 995 of 465: houd de poort en kies SSL/TLS.
    .step-3 = Voer de test opnieuw uit met de instellingen uit de voorgestelde instellingen hieronder.


## dns: finding the server's address

finding-dns-nxdomain = De servernaam bestaat niet
    .explanation = Het naamsysteem van internet (DNS) zegt dat er geen server met deze naam is. Dat is bijna altijd een typfout, of een servernaam die uit het e-mailadres is afgeleid in plaats van opgezocht.
    .step-1 = Controleer de servernaam letter voor letter op typfouten.
    .step-2 = Zoek de precieze naam van de server voor inkomende e-mail op in de helppagina's van je provider; raad hem niet aan de hand van je e-mailadres.
    .step-3 = Als de naam bij je eigen domein hoort, vraag dan degene die het domein beheert de naam van de mailserver aan de DNS-records toe te voegen.

finding-dns-no_address = De servernaam bestaat, maar verwijst nergens naar
    .explanation = De DNS kent de naam, maar er hoort geen internetadres bij, dus er is niets om verbinding mee te maken. Dat gebeurt als een domein bestaat maar er geen mailservernaam onder is ingesteld, of als alleen de website of de bezorging van inkomende e-mail (MX) is ingesteld.
    .step-1 = Controleer of je de naam van de mailserver hebt ingevuld en niet alleen je domein.
    .step-2 = Zoek de precieze naam van de server voor inkomende e-mail op in de helppagina's van je provider.
    .step-3 = Als je het domein beheert: voeg voor deze naam een adresrecord toe (A voor IPv4, AAAA voor IPv6) dat naar de mailserver verwijst.

finding-dns-servfail = De naamserver kon deze naam niet opzoeken
    .explanation = De DNS-server die werd gevraagd, faalde of weigerde te antwoorden. Dat wijst meestal op een kapotte DNS-instelling van het domein (bijvoorbeeld een DNSSEC-fout of een naamserver die plat ligt), niet op je mail-app.
    .step-1 = Wacht een paar minuten en voer de test opnieuw uit; korte DNS-storingen komen vaak voor.
    .step-2 = Controleer of de servernaam goed gespeld is.
    .step-3 = Als het blijft mislukken, laat degene die het domein beheert weten dat de naamservers niet antwoorden; die kan het domein met een DNS-testtool controleren.

finding-dns-timeout = Het opzoeken van de servernaam duurde te lang
    .explanation = Geen enkele DNS-server antwoordde op tijd, dus het adres van de server is onbekend. De naamservers van het domein liggen misschien plat of zijn onbereikbaar, of het netwerk waarop werd getest blokkeert DNS.
    .step-1 = Voer de test over een paar minuten opnieuw uit.
    .step-2 = Controleer of de servernaam goed gespeld is.
    .step-3 = Als het blijft mislukken, laat degene die het domein beheert weten dat de naamservers niet antwoorden.

finding-dns-blocked_address = De servernaam verwijst naar een adres dat maildoctor niet test
    .explanation = Elk adres van deze naam is een privé-, lokaal of anderszins gereserveerd adres, zoals een thuisnetwerk, de computer zelf of een intern adres van een cloud. Uit veiligheid maakt maildoctor geen verbinding met zulke adressen, tenzij het daarvoor is ingesteld.
    .step-1 = Controleer of je de openbare naam van de mailserver hebt ingevuld en geen interne of lokale naam.
    .step-2 = Als je het domein beheert: zorg dat het openbare DNS-record van deze naam naar het openbare adres van de server verwijst.
    .step-3 = Als je maildoctor gebruikt voor een helpdesk die privéservers test: start het met --allow-private of voeg het privébereik toe aan de lijst met toegestane adressen.

finding-dns-did_you_mean = De servernaam lijkt een typfout
    .explanation = De naam verschilt maar een of twee letters van de naam van de mailserver van een bekende provider. Waarschijnlijk is het een typfout.
    .step-1 = Vergelijk de ingevulde naam met de voorgestelde naam hieronder.
    .step-2 = Gebruik de voorgestelde naam als dat de bedoelde server is, en voer de test opnieuw uit.

finding-dns-provider_lookup_failed = De DNS van dit netwerk vindt een bekende mailserver niet
    .explanation = De servernaam is die van de mailserver van een bekende provider, die zeker bestaat, maar de gevraagde DNS-server zei dat hij niet bestaat, antwoordde niet of gaf een adres dat niet van de provider kan zijn. Dat wijst op de DNS van het netwerk waarvandaan is getest, zoals een filter- of ouderlijktoezichtdienst, een wifi-inlogpagina of een kapotte router, niet op een typfout.
    .step-1 = Probeer je mail-app op een ander netwerk, bijvoorbeeld via de mobiele data van je telefoon in plaats van wifi, om te zien of het daar werkt.
    .step-2 = Gebruik je openbare wifi in een hotel, café of op een vliegveld, open dan eerst een willekeurige webpagina, rond de inlogpagina af en probeer het daarna opnieuw.
    .step-3 = Start je router opnieuw op of stel je apparaat in op een andere DNS-server, zoals die van je internetprovider of een openbare, zoals 1.1.1.1 of 9.9.9.9.
    .step-4 = Vraag op een bedrijfs- of schoolnetwerk aan de IT-afdeling of hun DNS-filter deze e-maildienst blokkeert; de gevraagde DNS-server staat hieronder.


## tcp: reaching the server

finding-tcp-refused = De server weigerde de verbinding
    .explanation = De server is bereikt, maar niets accepteert verbindingen op deze poort. Meestal is de poort verkeerd voor deze server of is de e-maildienst erop gestopt; soms blokkeert een server een adres een tijdje na veel mislukte inlogpogingen.
    .step-1 = Controleer de poort: 993 voor IMAP, 995 voor POP, of 465 of 587 voor versturen, zoals de helppagina's van je provider zeggen.
    .step-2 = Controleer of de servernaam die van de mailserver is en niet van een andere machine van dezelfde provider.
    .step-3 = Als je de server beheert: controleer of de e-maildienst draait en op deze poort luistert.
    .step-4 = Als dezelfde instellingen eerder werkten, wacht dan een uur: de server heeft je adres misschien geblokkeerd na veel mislukte inlogpogingen.

finding-tcp-timeout = De server antwoordde niet op tijd
    .explanation = De poging om verbinding te maken kreeg helemaal geen antwoord. Waarschijnlijk gooit een firewall onderweg de verbinding weg, ligt de server plat of is de poort zonder melding gesloten.
    .step-1 = Probeer het opnieuw vanaf een ander netwerk, zoals de mobiele data van een telefoon: sommige netwerken, hotels en bedrijven blokkeren e-mailpoorten.
    .step-2 = Controleer de poort: 993 voor IMAP, 995 voor POP, of 465 of 587 voor versturen.
    .step-3 = Als je de server beheert: controleer of de firewall verbindingen op deze poort doorlaat en of de server draait.

finding-tcp-unreachable = De server is vanaf hier niet bereikbaar
    .explanation = Het netwerk meldde dat er geen route naar de server is. Het netwerk van de server ligt misschien plat, of het adres is niet bereikbaar vanaf internet.
    .step-1 = Voer de test over een paar minuten opnieuw uit.
    .step-2 = Controleer of de servernaam de openbare naam van de mailserver is.
    .step-3 = Als je de server beheert: controleer de netwerkverbinding en of het openbare adres wordt gerouteerd.

finding-tcp-partial = Sommige adressen van de server werken niet
    .explanation = De servernaam heeft meerdere adressen, vaak een IPv6- en een IPv4-adres, en maar een deel daarvan accepteert verbindingen. Mail-apps die eerst een kapot adres proberen, kunnen traag zijn of af en toe mislukken.
    .step-1 = Bekijk hieronder de resultaten per adres om te zien welke adressen mislukken.
    .step-2 = Als je de server beheert: herstel de falende adressen of verwijder hun DNS-records (vaak het IPv6-record AAAA) totdat ze werken.
    .step-3 = Als je de server niet beheert: meld de falende adressen aan je provider; intussen zou je mail-app via de werkende adressen verbinding moeten maken.


## tls: encryption and certificates

finding-tls-plaintext_on_tls_port = SSL/TLS is gekozen, maar deze poort begint onversleuteld
    .explanation = Je instellingen zeggen SSL/TLS, dat vanaf de eerste byte versleutelt, maar de server begroette onversleuteld op deze poort. De poort verwacht STARTTLS (versleuteling na de begroeting ingeschakeld) of geen versleuteling.
    .step-1 = Kies in je mail-app STARTTLS voor deze poort, of houd SSL/TLS en verander de poort in 993 (IMAP), 995 (POP) of 465 (SMTP).
    .step-2 = Kies bij voorkeur SSL/TLS op 993, 995 of 465 als je provider dat aanbiedt: dan is de verbinding vanaf de allereerste byte versleuteld.
    .step-3 = Voer de test opnieuw uit met de nieuwe instellingen.

finding-tls-tls_on_plaintext_port = Deze poort heeft vanaf het begin SSL/TLS nodig
    .explanation = Er werd een onversleutelde begroeting verwacht omdat STARTTLS of geen beveiliging was gekozen, maar de server wacht meteen op versleuteling. Poorten zoals 993, 995 en 465 werken zo.
    .step-1 = Kies in je mail-app SSL/TLS voor deze poort.
    .step-2 = Wil je liever STARTTLS, verander de poort dan in 143 (IMAP), 110 (POP) of 587 (SMTP).
    .step-3 = Voer de test opnieuw uit met de nieuwe instellingen.

finding-tls-handshake_failed = De beveiligde verbinding kon niet worden opgezet
    .explanation = De server en maildoctor konden het niet eens worden over de versleuteling van de verbinding, of de server brak de poging af. Dat kan komen door een verkeerde poort, een slecht ingestelde server of een netwerkapparaat dat versleuteld verkeer verstoort.
    .step-1 = Controleer of poort en beveiliging bij elkaar horen: SSL/TLS op 993, 995 en 465, STARTTLS op 143, 110 en 587.
    .step-2 = Probeer het opnieuw vanaf een ander netwerk, voor het geval een firewall of filter versleutelde verbindingen verstoort.
    .step-3 = Als je de server beheert: controleer de TLS-configuratie en zoek in de logboeken naar de handshakefout hieronder.

finding-tls-protocol_outdated = Verouderde versleuteling: de app en de server vinden geen veilige TLS-versie
    .explanation = Een van beide kanten ondersteunt alleen oude versleutelingsversies (TLS 1.0 of 1.1) of zwakke methoden die niet meer als veilig gelden. Of de server biedt alleen die aan, wat huidige mail-apps en maildoctor weigeren, of de server weigert een oude mail-app die alleen die kent.
    .step-1 = Als de server zegt dat TLS 1.0 en 1.1 niet worden ondersteund: werk de mail-app of het systeem van het apparaat bij, of stap over op een app die TLS 1.2 ondersteunt.
    .step-2 = Vraag anders je provider of serverbeheerder om TLS 1.2 en TLS 1.3 in te schakelen.
    .step-3 = Als je de server beheert: werk de mailserver en de TLS-bibliotheek bij en sta TLS 1.2 en 1.3 toe in de instellingen.
    .step-4 = Schakel de versleuteling in je mail-app niet uit om dit te omzeilen: je wachtwoord zou dan onbeschermd worden verstuurd.

finding-tls-cert_name_mismatch = Het certificaat van de server is voor een andere naam
    .explanation = Het certificaat dat de server liet zien, bevat de ingevulde servernaam niet, dus de mail-app kan niet zeker weten of hij de juiste server heeft bereikt. Vaak heeft de mailserver van de provider een andere naam dan de ingevulde, bijvoorbeeld de naam van gedeelde hosting in plaats van je eigen domein.
    .step-1 = Bekijk de namen die het certificaat dekt; ze staan hieronder.
    .step-2 = Gebruik een van die namen als servernaam in je mail-app, als het de mailserver van je provider is.
    .step-3 = Controleer of je het juiste soort server hebt gekozen: een IMAP-naam voor IMAP, een POP-naam voor POP.
    .step-4 = Als je de server beheert: installeer een certificaat dat deze servernaam bevat.

finding-tls-cert_expired = Het certificaat van de server is verlopen
    .explanation = Certificaten zijn maar een beperkte tijd geldig, en de einddatum van dit certificaat is voorbij. Mail-apps waarschuwen of weigeren verbinding te maken, omdat een verlopen certificaat niet meer kan bewijzen dat de server echt is.
    .step-1 = Laat je provider of serverbeheerder weten dat het certificaat is verlopen; de einddatum staat hieronder.
    .step-2 = Accepteer de certificaatwaarschuwing in je mail-app niet blijvend: dat verbergt het probleem én een echte aanval.
    .step-3 = Als je de server beheert: vernieuw het certificaat, installeer het met het tussencertificaat en start de e-maildienst opnieuw of laad hem opnieuw.

finding-tls-cert_not_yet_valid = Het certificaat van de server is nog niet geldig
    .explanation = De begindatum van het certificaat ligt in de toekomst. Of er is te vroeg een nieuw certificaat geïnstalleerd, of de klok van de server of van de testcomputer staat verkeerd.
    .step-1 = Controleer of datum en tijd op je eigen apparaat kloppen.
    .step-2 = Laat het je provider of serverbeheerder weten; de begindatum van het certificaat staat hieronder.
    .step-3 = Als je de server beheert: controleer de klok van de server en installeer een certificaat dat nu geldig is.

finding-tls-cert_expiring_soon = Het certificaat van de server verloopt binnenkort
    .explanation = Het certificaat werkt nog, maar verloopt binnen 14 dagen. Daarna waarschuwen mail-apps of weigeren ze verbinding te maken.
    .step-1 = Laat je provider of serverbeheerder weten dat het certificaat binnenkort verloopt; de datum staat hieronder.
    .step-2 = Als je de server beheert: vernieuw het certificaat nu, controleer of automatisch vernieuwen werkt en laad de e-maildienst na het vernieuwen opnieuw.

finding-tls-cert_self_signed = Het certificaat van de server is niet uitgegeven door een vertrouwde instantie
    .explanation = Het certificaat is door de server zelf ondertekend, dus geen erkende instantie staat ervoor in. Mail-apps kunnen het niet onderscheiden van het certificaat van een aanvaller en tonen een waarschuwing.
    .step-1 = Controleer of de servernaam de openbare mailserver van je provider is; sommige providers gebruiken een andere naam met een echt certificaat.
    .step-2 = Als je de server beheert: installeer voor deze naam een certificaat van een vertrouwde instantie, bijvoorbeeld een gratis certificaat van Let's Encrypt.
    .step-3 = Als het bewust een privéserver is: installeer het certificaat op elk apparaat als vertrouwd, maar pas nadat je de vingerafdruk met de beheerder hebt gecontroleerd.

finding-tls-cert_untrusted = Het certificaat van de server komt van een onbekende instantie
    .explanation = Het certificaat is uitgegeven door een instantie die mail-apps niet vertrouwen, zoals de eigen instantie van een bedrijf of een onbekende. Binnen een organisatie kan dat in orde zijn, maar het certificaat van een aanvaller ziet er net zo uit.
    .step-1 = Controleer of de servernaam de openbare mailserver van je provider is.
    .step-2 = Als de server van je organisatie is: vraag het IT-team om het rootcertificaat van de organisatie en installeer het op je apparaat.
    .step-3 = Als je de server beheert: installeer voor deze naam een certificaat van een openbaar vertrouwde instantie.

finding-tls-cert_chain_incomplete = De server stuurt zijn certificaatketen niet volledig
    .explanation = De server stuurde zijn eigen certificaat, maar niet het tussencertificaat dat het met een vertrouwde instantie verbindt. Sommige apps vullen dat gat zelf op en andere niet, dus dezelfde instellingen werken op het ene apparaat wel en op het andere niet. maildoctor haalt het ontbrekende certificaat op van het adres dat het certificaat van de server noemt, en de details hieronder zeggen welk certificaat ontbreekt en of dat is bevestigd.
    .step-1 = Laat je provider of serverbeheerder weten dat het tussencertificaat ontbreekt, en geef de naam en het adres van het certificaat hieronder door.
    .step-2 = Als je de server beheert: installeer het certificaat voor deze naam inclusief het tussencertificaat (het volledige ketenbestand van je certificaatinstantie) en laad de e-maildienst opnieuw.
    .step-3 = Voer de test daarna opnieuw uit om te bevestigen dat de keten volledig is.

finding-tls-starttls_unsupported = De server biedt geen STARTTLS aan
    .explanation = STARTTLS is gekozen, maar de server biedt op deze poort geen overstap naar versleuteling aan. Zonder die overstap zou het wachtwoord onversleuteld worden verstuurd.
    .step-1 = Kies in je mail-app in plaats daarvan SSL/TLS en poort 993 (IMAP), 995 (POP) of 465 (SMTP).
    .step-2 = Controleer of servernaam en poort de aanbevolen instellingen van je provider zijn.
    .step-3 = Als je de server beheert: schakel TLS in voor deze dienst en poort.

finding-tls-starttls_failed = De overstap naar versleuteling is mislukt
    .explanation = De server bood STARTTLS aan, maar de overstap naar een versleutelde verbinding is niet afgerond. De TLS-instelling van de server is misschien kapot, of iets in het netwerk verstoort het.
    .step-1 = Probeer in je mail-app in plaats daarvan SSL/TLS en poort 993 (IMAP), 995 (POP) of 465 (SMTP).
    .step-2 = Probeer het opnieuw vanaf een ander netwerk, voor het geval een firewall versleutelde verbindingen verstoort.
    .step-3 = Als je de server beheert: controleer het TLS-certificaat en de instellingen, en zoek in de logboeken naar de fout hieronder.

finding-tls-not_used = De verbinding is niet versleuteld
    .explanation = De verbinding is zonder enige versleuteling gemaakt, dus iedereen onderweg kan je wachtwoord en e-mail lezen. De meeste providers weigeren inloggen via zulke verbindingen.
    .step-1 = Kies in je mail-app SSL/TLS en poort 993 (IMAP), 995 (POP) of 465 (SMTP).
    .step-2 = Als de server geen SSL/TLS aanbiedt, kies dan STARTTLS met poort 143 (IMAP), 110 (POP) of 587 (SMTP).
    .step-3 = Als je de server beheert: schakel TLS in en accepteer geen wachtwoorden meer via onversleutelde verbindingen.


## protocol: what answers on the port

finding-protocol-pop3_not_imap = Deze poort is voor POP, niet voor IMAP
    .explanation = Je stelt IMAP in, maar op deze host en poort antwoordde een POP-server. Die twee werken anders, dus de mail-app kan er niet via IMAP mee praten.
    .step-1 = Als je IMAP wilt: verander de poort in 993 met SSL/TLS (of 143 met STARTTLS) en gebruik de naam van de IMAP-server uit de helppagina's van je provider.
    .step-2 = Als je POP wilt: stel het account in als POP in plaats van IMAP.
    .step-3 = Voer de test opnieuw uit met de verbeterde instellingen.
    .icloud-explanation = Je stelt IMAP in, maar er antwoordde een POP-server. iCloud Mail heeft geen POP-server, dus dit is niet de server van iCloud.
    .icloud-step-1 = Gebruik imap.mail.me.com als servernaam.
    .icloud-step-2 = Kies SSL/TLS en poort 993.
    .icloud-step-3 = Voer de test opnieuw uit met deze instellingen.

finding-protocol-imap_not_pop3 = Deze poort is voor IMAP, niet voor POP
    .explanation = Je stelt POP in, maar op deze host en poort antwoordde een IMAP-server. De mail-app kan er niet via POP mee praten.
    .step-1 = Als je POP wilt: verander de poort in 995 met SSL/TLS (of 110 met STARTTLS) en gebruik de naam van de POP-server uit de helppagina's van je provider.
    .step-2 = Als IMAP ook goed is: stel het account dan in als IMAP; zo blijft je e-mail op al je apparaten gelijk.
    .step-3 = Voer de test opnieuw uit met de verbeterde instellingen.
    .icloud-explanation = Je stelt POP in, maar iCloud Mail heeft geen POP-server: inkomende e-mail is alleen via IMAP beschikbaar.
    .icloud-step-1 = Stel het account in als IMAP in plaats van POP.
    .icloud-step-2 = Gebruik imap.mail.me.com met SSL/TLS en poort 993.
    .icloud-step-3 = Voer de test opnieuw uit als IMAP.

finding-protocol-smtp_not_incoming = Dit is een server voor versturen, niet voor ontvangen
    .explanation = Je stelt inkomende e-mail in (IMAP of POP), maar er antwoordde een server voor versturen (SMTP). Versturen en ontvangen gebruiken verschillende servers of poorten.
    .step-1 = Gebruik voor inkomende e-mail de naam van de server voor inkomende e-mail: die begint meestal met "imap." of "pop.", niet met "smtp.".
    .step-2 = Gebruik poort 993 met SSL/TLS voor IMAP, of poort 995 met SSL/TLS voor POP.
    .step-3 = Zet deze server en poort in de instellingen voor uitgaande e-mail (SMTP) van je mail-app, als ze daar thuishoren.

finding-protocol-incoming_not_smtp = Dit is een server voor ontvangen, niet voor versturen
    .explanation = Je stelt versturen (SMTP) in, maar er antwoordde een server voor inkomende e-mail (IMAP of POP). Versturen gebruikt een eigen servernaam of poort.
    .step-1 = Gebruik voor versturen de naam van de server voor uitgaande e-mail: die begint meestal met "smtp.".
    .step-2 = Gebruik poort 465 met SSL/TLS, of poort 587 met STARTTLS.
    .step-3 = Zet deze server en poort in de instellingen voor inkomende e-mail van je mail-app, als ze daar thuishoren.

finding-protocol-http_not_mail = Er antwoordde een webserver, geen mailserver
    .explanation = De host en poort leiden naar een website. Mail-apps hebben de mailserver van de provider en een e-mailpoort nodig, niet het adres dat je in een browser opent.
    .step-1 = Controleer of de poort een e-mailpoort is: 993 of 143 voor IMAP, 995 of 110 voor POP, 465 of 587 voor versturen; 80 en 443 zijn webpoorten.
    .step-2 = Vervang de servernaam door de naam van de mailserver uit de helppagina's van je provider; die begint meestal met "imap.", "pop.", "smtp." of "mail.".
    .step-3 = Voer de test opnieuw uit met de verbeterde instellingen.

finding-protocol-unknown = Er antwoordde iets anders dan een mailserver
    .explanation = De server antwoordde, maar niet als een mailserver; het kan een ander soort dienst zijn, zoals inloggen op afstand (SSH), of een apparaat ertussen. De eerste bytes die het stuurde, staan hieronder.
    .step-1 = Controleer of de poort een e-mailpoort is: 993 of 143 voor IMAP, 995 of 110 voor POP, 465 of 587 voor versturen.
    .step-2 = Controleer of de servernaam de mailserver van je provider is.
    .step-3 = Als je de server beheert: controleer welk programma op deze poort luistert.

finding-protocol-no_greeting = De server maakte verbinding maar zei niets
    .explanation = Er is een verbinding gemaakt, maar de server stuurde nooit de begroeting die een mailserver als eerste stuurt. De server is misschien overbelast of loopt vast, beperkt het aantal verbindingen per adres, of wacht op versleuteling die niet is gestart.
    .step-1 = Controleer of poort en beveiliging bij elkaar horen: SSL/TLS op 993, 995 en 465, STARTTLS op 143, 110 en 587.
    .step-2 = Sluit andere mail-apps of apparaten die dit account gebruiken en voer de test over een paar minuten opnieuw uit.
    .step-3 = Als je de server beheert: controleer of de e-maildienst gezond is en of een verbindingslimiet per adres is bereikt.

finding-protocol-rejected = De server weigerde de dienst meteen
    .explanation = De server antwoordde, maar weigerde meteen deze verbinding te bedienen. Hij is misschien te druk, blokkeert het testadres of is gesloten voor onderhoud; zijn eigen melding staat hieronder.
    .step-1 = Lees de melding van de server hieronder: daarin staat vaak de reden.
    .step-2 = Wacht even en voer de test opnieuw uit, vooral als de melding over drukte of te veel verbindingen gaat.
    .step-3 = Vraag je provider of serverbeheerder of je adres of netwerk is geblokkeerd.

finding-server-slow_response = De server antwoordt traag
    .explanation = De server deed er meer dan 3 seconden over om te begroeten. Hij werkt nog, maar mail-apps kunnen een time-out krijgen, en vaak betekent het dat de server overbelast is of traag het verbindende adres opzoekt.
    .step-1 = Voer de test later opnieuw uit om te zien of de vertraging blijft.
    .step-2 = Verhoog de time-out voor verbinden in je mail-app als die te snel opgeeft.
    .step-3 = Als je de server beheert: controleer de belasting en of hij vóór de begroeting wacht op reverse DNS of andere zoekacties.


## auth: signing in

finding-auth-invalid_credentials = De gebruikersnaam of het wachtwoord is niet geaccepteerd
    .explanation = De server weigerde het inloggen. Meestal klopt het wachtwoord of de gebruikersnaam niet, maar veel providers geven hetzelfde antwoord als ze een app-wachtwoord of een andere inlogmethode willen. Bij Microsoft betekent "LOGIN failed" of "AUTHENTICATE failed" bijvoorbeeld meestal dat inloggen met een wachtwoord voor het account is uitgeschakeld.
    .step-1 = Controleer het wachtwoord: typ het zorgvuldig opnieuw en let op Caps Lock en de toetsenbordtaal.
    .step-2 = Controleer de gebruikersnaam: de meeste providers willen je volledige e-mailadres.
    .step-3 = Log met dezelfde gebruikersnaam en hetzelfde wachtwoord in op de webmail van je provider om te bevestigen dat ze kloppen.
    .step-4 = Als de webmail werkt maar de mail-app niet, kijk dan of je provider een app-wachtwoord voor mail-apps vereist.
    .gmail-explanation = Gmail weigerde het inloggen. Gmail accepteert je gewone Google-wachtwoord niet meer van mail-apps (persoonlijke accounts sinds 30 mei 2022, werk- en schoolaccounts sinds het najaar van 2024), dus meestal is een app-wachtwoord of "Inloggen met Google" nodig; het wachtwoord kan ook verkeerd getypt of ingetrokken zijn.
    .gmail-step-1 = Gebruik het volledige Gmail-adres als gebruikersnaam.
    .gmail-step-2 = Zet verificatie in twee stappen aan in je Google-account, onder Beveiliging, als die nog niet aanstaat.
    .gmail-step-3 = Maak een app-wachtwoord in je Google-account (Beveiliging, Verificatie in twee stappen, App-wachtwoorden) en gebruik dat in plaats van je gewone wachtwoord.
    .gmail-step-4 = Gebruik in plaats daarvan "Inloggen met Google" als je mail-app dat aanbiedt (Apple Mail, Outlook en Thunderbird doen dat); daar werkt je gewone Google-wachtwoord.
    .gmail-step-5 = Voor een werk- of schoolaccount: vraag je beheerder of app-wachtwoorden of mail-apps zijn toegestaan.
    .yahoo-explanation = Yahoo weigerde het inloggen. Yahoo geeft hetzelfde antwoord voor een verkeerd wachtwoord en voor een gewoon wachtwoord waar een app-wachtwoord nodig is, en mail-apps hebben een app-wachtwoord nodig.
    .yahoo-step-1 = Gebruik het volledige Yahoo-adres als gebruikersnaam.
    .yahoo-step-2 = Log in een browser in bij Yahoo, open Accountgegevens en daarna Accountbeveiliging, en kies om een app-wachtwoord te maken.
    .yahoo-step-3 = Gebruik het app-wachtwoord in je mail-app in plaats van je gewone wachtwoord.
    .aol-explanation = AOL weigerde het inloggen. AOL geeft hetzelfde antwoord voor een verkeerd wachtwoord en voor een gewoon wachtwoord waar een app-wachtwoord nodig is, en mail-apps hebben een app-wachtwoord nodig.
    .aol-step-1 = Gebruik het volledige AOL-adres als gebruikersnaam.
    .aol-step-2 = Log in een browser in bij AOL, open Accountgegevens en daarna Accountbeveiliging, en kies om een app-wachtwoord te maken.
    .aol-step-3 = Gebruik het app-wachtwoord in je mail-app in plaats van je gewone wachtwoord.
    .icloud-explanation = iCloud weigerde het inloggen. iCloud geeft hetzelfde antwoord voor een verkeerd wachtwoord en voor het wachtwoord van je Apple Account waar een app-specifiek wachtwoord nodig is, en mail-apps hebben een app-specifiek wachtwoord nodig.
    .icloud-step-1 = Gebruik het deel van je iCloud-adres vóór de @ als gebruikersnaam; als dat wordt geweigerd, probeer dan het volledige adres.
    .icloud-step-2 = Log in een browser in bij je Apple Account, open Inloggen en beveiliging en daarna App-specifieke wachtwoorden, en maak er een; twee-factor-authenticatie moet aanstaan.
    .icloud-step-3 = Gebruik het app-specifieke wachtwoord in je mail-app in plaats van het wachtwoord van je Apple Account.
    .qq-explanation = QQ Mail weigerde het inloggen. Mail-apps moeten een autorisatiecode uit de instellingen van QQ Mail gebruiken, niet je QQ-wachtwoord.
    .qq-step-1 = Gebruik het volledige QQ Mail-adres als gebruikersnaam.
    .qq-step-2 = Open in QQ Mail op het web Instellingen en daarna Account, en zet de IMAP/SMTP-dienst aan (en POP3 als je dat gebruikt).
    .qq-step-3 = Maak daar een autorisatiecode en gebruik die in je mail-app in plaats van je wachtwoord.
    .netease-explanation = NetEase Mail weigerde het inloggen. Mail-apps moeten een clientautorisatiecode uit de mailboxinstellingen gebruiken, niet het wachtwoord van je account.
    .netease-step-1 = Gebruik het volledige adres bij 163, 126 of yeah.net als gebruikersnaam.
    .netease-step-2 = Open in de webmailbox Instellingen en daarna POP3/SMTP/IMAP, en zet de IMAP/SMTP-dienst aan (en POP3 als je dat gebruikt).
    .netease-step-3 = Maak daar een clientautorisatiecode en gebruik die in je mail-app in plaats van je wachtwoord.
    .netease126-explanation = NetEase Mail weigerde het inloggen. Mail-apps moeten een clientautorisatiecode uit de mailboxinstellingen gebruiken, niet het wachtwoord van je account.
    .netease126-step-1 = Gebruik het volledige adres bij 163, 126 of yeah.net als gebruikersnaam.
    .netease126-step-2 = Open in de webmailbox Instellingen en daarna POP3/SMTP/IMAP, en zet de IMAP/SMTP-dienst aan (en POP3 als je dat gebruikt).
    .netease126-step-3 = Maak daar een clientautorisatiecode en gebruik die in je mail-app in plaats van je wachtwoord.
    .neteaseyeah-explanation = NetEase Mail weigerde het inloggen. Mail-apps moeten een clientautorisatiecode uit de mailboxinstellingen gebruiken, niet het wachtwoord van je account.
    .neteaseyeah-step-1 = Gebruik het volledige adres bij 163, 126 of yeah.net als gebruikersnaam.
    .neteaseyeah-step-2 = Open in de webmailbox Instellingen en daarna POP3/SMTP/IMAP, en zet de IMAP/SMTP-dienst aan (en POP3 als je dat gebruikt).
    .neteaseyeah-step-3 = Maak daar een clientautorisatiecode en gebruik die in je mail-app in plaats van je wachtwoord.
    .outlook-explanation = Outlook.com weigerde het inloggen. Sinds 16 september 2024 accepteert Outlook.com helemaal geen wachtwoorden meer van mail-apps, alleen inloggen met Microsoft (OAuth), dus ook een juist wachtwoord wordt geweigerd.
    .outlook-step-1 = Gebruik een mail-app die inloggen met Microsoft ondersteunt, zoals Outlook, Apple Mail of Thunderbird met OAuth.
    .outlook-step-2 = Verwijder het account uit je mail-app en voeg het opnieuw toe met inloggen met Microsoft (in Thunderbird: verificatiemethode OAuth2).
    .outlook-step-3 = Log in een browser in op outlook.com om te bevestigen dat het account zelf werkt.
    .microsoft365-explanation = Microsoft 365 weigerde het inloggen. Voor IMAP en POP is inloggen met een wachtwoord eind 2022 uitgeschakeld, dus "LOGIN failed" of "AUTHENTICATE failed" van Microsoft betekent meestal dat inloggen met een wachtwoord is uitgeschakeld, niet dat het wachtwoord verkeerd is; het kan ook een verkeerd wachtwoord zijn.
    .microsoft365-step-1 = Gebruik een mail-app die inloggen met Microsoft ondersteunt, zoals Outlook, Apple Mail of Thunderbird met OAuth, en voeg het account opnieuw toe met inloggen met Microsoft.
    .microsoft365-step-2 = Log in een browser met hetzelfde account in op office.com om te bevestigen dat het wachtwoord klopt.
    .microsoft365-step-3 = Voor versturen met een wachtwoord (SMTP AUTH): vraag je beheerder om geverifieerde SMTP voor je mailbox toe te staan; Microsoft schakelt die eind december 2026 standaard uit.
    .microsoft365-step-4 = Vraag je beheerder of standaardbeveiligingsinstellingen of voorwaardelijke toegang mail-apps voor je account blokkeren.
    .gmx-explanation = GMX weigerde het inloggen. GMX geeft hetzelfde antwoord voor een verkeerd wachtwoord en voor een account waarbij toegang via POP3 en IMAP is uitgeschakeld.
    .gmx-step-1 = Gebruik het volledige GMX-adres als gebruikersnaam en controleer het wachtwoord door in een browser in te loggen bij GMX.
    .gmx-step-2 = Open in GMX op het web Instellingen en daarna POP3 & IMAP, en sta toegang via POP3 en IMAP toe.
    .gmx-step-3 = Voer de test opnieuw uit nadat je de instelling hebt opgeslagen.
    .gmxnet-explanation = GMX weigerde het inloggen. GMX geeft hetzelfde antwoord voor een verkeerd wachtwoord en voor een account waarbij toegang via POP3 en IMAP is uitgeschakeld.
    .gmxnet-step-1 = Gebruik het volledige GMX-adres als gebruikersnaam en controleer het wachtwoord door in een browser in te loggen bij GMX.
    .gmxnet-step-2 = Open in GMX op het web Instellingen en daarna POP3 & IMAP, en sta toegang via POP3 en IMAP toe.
    .gmxnet-step-3 = Voer de test opnieuw uit nadat je de instelling hebt opgeslagen.
    .webde-explanation = WEB.DE weigerde het inloggen. WEB.DE geeft hetzelfde antwoord voor een verkeerd wachtwoord en voor een account waarbij toegang via POP3 en IMAP is uitgeschakeld.
    .webde-step-1 = Gebruik het volledige WEB.DE-adres als gebruikersnaam en controleer het wachtwoord door in een browser in te loggen bij WEB.DE.
    .webde-step-2 = Open in WEB.DE op het web Instellingen en daarna POP3/IMAP, en sta toegang via POP3 en IMAP toe.
    .webde-step-3 = Voer de test opnieuw uit nadat je de instelling hebt opgeslagen.
    .yandex-explanation = Yandex weigerde het inloggen. Yandex geeft hetzelfde antwoord voor een verkeerd wachtwoord, voor een account zonder toegang voor mail-apps en voor een gewoon wachtwoord waar een app-wachtwoord nodig is.
    .yandex-step-1 = Open in Yandex Mail op het web de instellingen voor mailprogramma's en sta toegang via IMAP toe.
    .yandex-step-2 = Maak een app-wachtwoord voor e-mail in de beveiligingsinstellingen van je Yandex ID.
    .yandex-step-3 = Gebruik het volledige adres als gebruikersnaam en het app-wachtwoord als wachtwoord.

finding-auth-app_password_required = Dit account heeft een app-wachtwoord nodig
    .explanation = Je provider accepteert je gewone wachtwoord niet van mail-apps, meestal omdat inloggen in twee stappen aanstaat. Hij wil een apart app-wachtwoord, dat je in de beveiligingsinstellingen van het account alleen voor mail-apps maakt.
    .step-1 = Log in op de website van je provider en open de beveiligingsinstellingen van het account.
    .step-2 = Maak een app-wachtwoord voor e-mail (sommige providers noemen het een app-specifiek wachtwoord of een autorisatiecode).
    .step-3 = Gebruik het app-wachtwoord in je mail-app in plaats van je gewone wachtwoord.
    .step-4 = Houd het app-wachtwoord voor jezelf; je kunt het op dezelfde plek altijd weer intrekken.
    .gmail-step-1 = Zet verificatie in twee stappen aan in je Google-account, onder Beveiliging, als die nog niet aanstaat.
    .gmail-step-2 = Maak een app-wachtwoord in je Google-account (Beveiliging, Verificatie in twee stappen, App-wachtwoorden).
    .gmail-step-3 = Gebruik het app-wachtwoord in je mail-app in plaats van je gewone Google-wachtwoord, met het volledige Gmail-adres als gebruikersnaam.
    .gmail-step-4 = Gebruik in plaats daarvan "Inloggen met Google" als je mail-app dat aanbiedt; daar werkt je gewone Google-wachtwoord.
    .yahoo-step-1 = Log in een browser in bij Yahoo en open Accountgegevens en daarna Accountbeveiliging.
    .yahoo-step-2 = Zet verificatie in twee stappen aan als die nog niet aanstaat.
    .yahoo-step-3 = Kies om een app-wachtwoord te maken en gebruik het in je mail-app in plaats van je gewone wachtwoord.
    .aol-step-1 = Log in een browser in bij AOL en open Accountgegevens en daarna Accountbeveiliging.
    .aol-step-2 = Zet verificatie in twee stappen aan als die nog niet aanstaat.
    .aol-step-3 = Kies om een app-wachtwoord te maken en gebruik het in je mail-app in plaats van je gewone wachtwoord.
    .icloud-step-1 = Log in een browser in bij je Apple Account en open Inloggen en beveiliging.
    .icloud-step-2 = Zet twee-factor-authenticatie aan als die nog niet aanstaat.
    .icloud-step-3 = Open App-specifieke wachtwoorden, maak er een en gebruik het in je mail-app in plaats van het wachtwoord van je Apple Account.
    .qq-explanation = QQ Mail vraagt om een autorisatiecode: mail-apps kunnen niet inloggen met je QQ-wachtwoord.
    .qq-step-1 = Open in QQ Mail op het web Instellingen en daarna Account.
    .qq-step-2 = Zet de IMAP/SMTP-dienst aan (en POP3 als je dat gebruikt) en bevestig per sms als daarom wordt gevraagd.
    .qq-step-3 = Maak een autorisatiecode en gebruik die in je mail-app in plaats van je wachtwoord.
    .netease-explanation = NetEase Mail vraagt om een clientautorisatiecode: mail-apps kunnen niet inloggen met het wachtwoord van je account.
    .netease-step-1 = Open in de webmailbox van 163, 126 of yeah.net Instellingen en daarna POP3/SMTP/IMAP.
    .netease-step-2 = Zet de IMAP/SMTP-dienst aan (en POP3 als je dat gebruikt).
    .netease-step-3 = Maak een clientautorisatiecode en gebruik die in je mail-app in plaats van je wachtwoord.
    .netease126-explanation = NetEase Mail vraagt om een clientautorisatiecode: mail-apps kunnen niet inloggen met het wachtwoord van je account.
    .netease126-step-1 = Open in de webmailbox van 163, 126 of yeah.net Instellingen en daarna POP3/SMTP/IMAP.
    .netease126-step-2 = Zet de IMAP/SMTP-dienst aan (en POP3 als je dat gebruikt).
    .netease126-step-3 = Maak een clientautorisatiecode en gebruik die in je mail-app in plaats van je wachtwoord.
    .neteaseyeah-explanation = NetEase Mail vraagt om een clientautorisatiecode: mail-apps kunnen niet inloggen met het wachtwoord van je account.
    .neteaseyeah-step-1 = Open in de webmailbox van 163, 126 of yeah.net Instellingen en daarna POP3/SMTP/IMAP.
    .neteaseyeah-step-2 = Zet de IMAP/SMTP-dienst aan (en POP3 als je dat gebruikt).
    .neteaseyeah-step-3 = Maak een clientautorisatiecode en gebruik die in je mail-app in plaats van je wachtwoord.

finding-auth-web_login_required = Je provider wil dat je eerst op zijn website inlogt
    .explanation = De provider heeft dit inloggen geblokkeerd totdat je het op zijn website bevestigt, vaak omdat het van een nieuwe plek of een nieuw apparaat kwam, of omdat hij de mail-app onveilig vond. Je wachtwoord kan best kloppen.
    .step-1 = Log in een browser in op de webmail van je provider, het liefst op hetzelfde netwerk als je mail-app.
    .step-2 = Rond een eventuele beveiligingscontrole af of bevestig de inlogpoging als daarom wordt gevraagd.
    .step-3 = Voer de test binnen een paar minuten opnieuw uit.
    .step-4 = Als het steeds weer gebeurt, kijk dan of je provider een app-wachtwoord voor mail-apps vereist.
    .gmail-step-1 = Log in een browser op hetzelfde netwerk in bij Gmail en rond een eventuele beveiligingscontrole af.
    .gmail-step-2 = Bekijk in je Google-account onder Beveiliging de recente beveiligingsactiviteit en bevestig dat jij het was.
    .gmail-step-3 = Gebruik in je mail-app een app-wachtwoord (Google-account, Beveiliging, Verificatie in twee stappen, App-wachtwoorden) of een mail-app met "Inloggen met Google".
    .gmail-step-4 = Voer de test binnen een paar minuten opnieuw uit.
    .yahoo-step-1 = Log in een browser in bij Yahoo Mail en rond een eventuele beveiligingscontrole af.
    .yahoo-step-2 = Maak een app-wachtwoord onder Accountgegevens, Accountbeveiliging, en gebruik het in je mail-app.
    .yahoo-step-3 = Voer de test binnen een paar minuten opnieuw uit.
    .aol-step-1 = Log in een browser in bij AOL Mail en rond een eventuele beveiligingscontrole af.
    .aol-step-2 = Maak een app-wachtwoord onder Accountgegevens, Accountbeveiliging, en gebruik het in je mail-app.
    .aol-step-3 = Voer de test binnen een paar minuten opnieuw uit.
    .icloud-step-1 = Log in een browser in op icloud.com en accepteer eventuele voorwaarden of beveiligingsmeldingen.
    .icloud-step-2 = Maak in je Apple Account onder Inloggen en beveiliging een app-specifiek wachtwoord en gebruik het in je mail-app.
    .icloud-step-3 = Voer de test binnen een paar minuten opnieuw uit.
    .qq-step-1 = Log in een browser in bij QQ Mail en rond een eventuele beveiligingscontrole af.
    .qq-step-2 = Controleer onder Instellingen, Account of de IMAP/SMTP-dienst aanstaat en maak zo nodig een nieuwe autorisatiecode.
    .qq-step-3 = Gebruik de autorisatiecode in je mail-app en voer de test opnieuw uit.
    .netease-step-1 = Log in een browser in op de webmailbox van NetEase en rond een eventuele beveiligingscontrole af.
    .netease-step-2 = Controleer onder Instellingen, POP3/SMTP/IMAP of de IMAP/SMTP-dienst aanstaat en maak zo nodig een nieuwe clientautorisatiecode.
    .netease-step-3 = Gebruik de autorisatiecode in je mail-app en voer de test opnieuw uit.
    .netease-step-4 = Als de server na het inloggen "Unsafe Login" meldt: NetEase weigert mail-apps die zich niet bekendmaken, dus gebruik Thunderbird, Apple Mail, Outlook of de NetEase-app, of POP3 in plaats van IMAP.
    .netease126-step-1 = Log in een browser in op de webmailbox van NetEase en rond een eventuele beveiligingscontrole af.
    .netease126-step-2 = Controleer onder Instellingen, POP3/SMTP/IMAP of de IMAP/SMTP-dienst aanstaat en maak zo nodig een nieuwe clientautorisatiecode.
    .netease126-step-3 = Gebruik de autorisatiecode in je mail-app en voer de test opnieuw uit.
    .netease126-step-4 = Als de server na het inloggen "Unsafe Login" meldt: NetEase weigert mail-apps die zich niet bekendmaken, dus gebruik Thunderbird, Apple Mail, Outlook of de NetEase-app, of POP3 in plaats van IMAP.
    .neteaseyeah-step-1 = Log in een browser in op de webmailbox van NetEase en rond een eventuele beveiligingscontrole af.
    .neteaseyeah-step-2 = Controleer onder Instellingen, POP3/SMTP/IMAP of de IMAP/SMTP-dienst aanstaat en maak zo nodig een nieuwe clientautorisatiecode.
    .neteaseyeah-step-3 = Gebruik de autorisatiecode in je mail-app en voer de test opnieuw uit.
    .neteaseyeah-step-4 = Als de server na het inloggen "Unsafe Login" meldt: NetEase weigert mail-apps die zich niet bekendmaken, dus gebruik Thunderbird, Apple Mail, Outlook of de NetEase-app, of POP3 in plaats van IMAP.

finding-auth-basic_auth_disabled = Dit account accepteert geen wachtwoorden van mail-apps
    .explanation = De server staat alleen modern inloggen (OAuth) toe, waarbij je op de eigen pagina van de provider inlogt, dus een wachtwoord wordt geweigerd, ook als het klopt. maildoctor test inloggen met een wachtwoord en kan hier dus niet verder.
    .step-1 = Gebruik een mail-app die de eigen inlogmethode van de provider ondersteunt (vaak getoond als "Inloggen met …" of OAuth2).
    .step-2 = Verwijder het account uit je mail-app en voeg het opnieuw toe met die inlogmethode.
    .step-3 = Bij een werkaccount: vraag je beheerder of inloggen met een wachtwoord voor je mailbox kan worden toegestaan.
    .outlook-explanation = Outlook.com accepteert sinds 16 september 2024 geen wachtwoorden meer van mail-apps. Alleen inloggen met Microsoft (OAuth) werkt nog, dus ook een juist wachtwoord wordt geweigerd.
    .outlook-step-1 = Gebruik een mail-app die inloggen met Microsoft ondersteunt, zoals Outlook, Apple Mail of Thunderbird met OAuth.
    .outlook-step-2 = Verwijder het account uit je mail-app en voeg het opnieuw toe met inloggen met Microsoft (in Thunderbird: verificatiemethode OAuth2).
    .outlook-step-3 = Werk je mail-app bij als die geen inloggen met Microsoft aanbiedt; oudere versies kennen alleen wachtwoorden.
    .microsoft365-explanation = Microsoft 365 accepteert sinds eind 2022 geen wachtwoorden meer voor IMAP en POP; daar werkt alleen inloggen met Microsoft (OAuth). Versturen met een wachtwoord (SMTP AUTH) werkt nog waar de beheerder het toestaat, totdat Microsoft het eind december 2026 standaard uitschakelt.
    .microsoft365-step-1 = Gebruik een mail-app die inloggen met Microsoft ondersteunt, zoals Outlook, Apple Mail of Thunderbird met OAuth, en voeg het account opnieuw toe met inloggen met Microsoft.
    .microsoft365-step-2 = Voor versturen met een wachtwoord: vraag je beheerder om geverifieerde SMTP voor je mailbox toe te staan in het Microsoft 365-beheercentrum (Gebruikers, E-mail, E-mail-apps beheren).
    .microsoft365-step-3 = Vraag je beheerder of standaardbeveiligingsinstellingen of voorwaardelijke toegang inloggen met een wachtwoord voor je account blokkeren.
    .microsoft365-step-4 = Zet apparaten en scripts die met een wachtwoord versturen vóór eind december 2026 over op OAuth.

finding-auth-protocol_disabled = IMAP, POP of versturen vanuit mail-apps staat uit voor dit account
    .explanation = Je wachtwoord kan kloppen, maar het account mag dit soort toegang niet gebruiken (IMAP, POP of versturen via SMTP vanuit een mail-app). Bij veel providers kun je het in de webinstellingen aanzetten; bij bedrijven beslist de beheerder.
    .step-1 = Log in op de webmail van je provider en zoek in de instellingen naar IMAP, POP of toegang voor mail-apps.
    .step-2 = Zet de toegang aan voor het soort dat je instelt (IMAP of POP) en sla op.
    .step-3 = Als de instelling er niet is of niet kan worden gewijzigd: vraag je beheerder of provider om IMAP of POP voor je account in te schakelen.
    .step-4 = Voer de test na een paar minuten opnieuw uit.
    .gmail-explanation = Gmail weigerde dit soort toegang. IMAP staat sinds januari 2025 altijd aan voor persoonlijke Gmail-accounts, dus een geweigerd IMAP-inloggen wijst op een werk- of schoolaccount waarbij de beheerder het heeft uitgezet; POP heeft nog steeds een eigen schakelaar.
    .gmail-step-1 = Voor POP: open in Gmail op het web Instellingen, Alle instellingen bekijken, Doorsturen en POP/IMAP, en schakel POP in.
    .gmail-step-2 = Voor IMAP bij een werk- of schoolaccount: vraag je Google Workspace-beheerder om POP- en IMAP-toegang voor je toe te staan (Beheerdersconsole, Apps, Google Workspace, Gmail, Toegang voor eindgebruikers).
    .gmail-step-3 = Voer de test opnieuw uit als de wijziging een paar minuten de tijd heeft gehad.
    .gmx-step-1 = Log in een browser in bij GMX en open Instellingen en daarna POP3 & IMAP.
    .gmx-step-2 = Sta toegang tot dit account via POP3 en IMAP toe en sla op.
    .gmx-step-3 = Voer de test opnieuw uit met het volledige GMX-adres als gebruikersnaam.
    .gmxnet-step-1 = Log in een browser in bij GMX en open Instellingen en daarna POP3 & IMAP.
    .gmxnet-step-2 = Sta toegang tot dit account via POP3 en IMAP toe en sla op.
    .gmxnet-step-3 = Voer de test opnieuw uit met het volledige GMX-adres als gebruikersnaam.
    .webde-step-1 = Log in een browser in bij WEB.DE en open Instellingen en daarna POP3/IMAP.
    .webde-step-2 = Sta toegang tot dit account via POP3 en IMAP toe en sla op.
    .webde-step-3 = Voer de test opnieuw uit met het volledige WEB.DE-adres als gebruikersnaam.
    .qq-step-1 = Open in QQ Mail op het web Instellingen en daarna Account.
    .qq-step-2 = Zet de IMAP/SMTP-dienst aan (en POP3 als je dat gebruikt).
    .qq-step-3 = Maak daar een autorisatiecode en gebruik die als wachtwoord in je mail-app.
    .netease-step-1 = Open in de webmailbox van NetEase Instellingen en daarna POP3/SMTP/IMAP.
    .netease-step-2 = Zet de IMAP/SMTP-dienst aan (en POP3 als je dat gebruikt).
    .netease-step-3 = Maak daar een clientautorisatiecode en gebruik die als wachtwoord in je mail-app.
    .netease126-step-1 = Open in de webmailbox van NetEase Instellingen en daarna POP3/SMTP/IMAP.
    .netease126-step-2 = Zet de IMAP/SMTP-dienst aan (en POP3 als je dat gebruikt).
    .netease126-step-3 = Maak daar een clientautorisatiecode en gebruik die als wachtwoord in je mail-app.
    .neteaseyeah-step-1 = Open in de webmailbox van NetEase Instellingen en daarna POP3/SMTP/IMAP.
    .neteaseyeah-step-2 = Zet de IMAP/SMTP-dienst aan (en POP3 als je dat gebruikt).
    .neteaseyeah-step-3 = Maak daar een clientautorisatiecode en gebruik die als wachtwoord in je mail-app.

finding-auth-plaintext_disallowed = De server accepteert geen wachtwoord zonder versleuteling
    .explanation = De server weigert een wachtwoord via een onversleutelde verbinding te ontvangen, en beschermt je daarmee. De verbinding heeft eerst SSL/TLS of STARTTLS nodig.
    .step-1 = Kies in je mail-app SSL/TLS met poort 993 (IMAP), 995 (POP) of 465 (SMTP), of STARTTLS met poort 143 (IMAP), 110 (POP) of 587 (SMTP).
    .step-2 = Kies een instelling die altijd versleutelt, niet een die alleen versleutelt "indien beschikbaar".
    .step-3 = Voer de test opnieuw uit met versleuteling aan.

finding-auth-mechanism_unsupported = De server biedt geen inlogmethode aan die hier bruikbaar is
    .explanation = De server en maildoctor hebben geen inlogmethode met wachtwoord gemeen, of op deze poort wordt helemaal geen inloggen aangeboden. Dat gebeurt op poorten voor e-mail tussen servers, zoals 25, en bij servers die alleen OAuth of inloggen met een certificaat toestaan.
    .step-1 = Gebruik voor versturen poort 587 met STARTTLS of poort 465 met SSL/TLS, niet poort 25.
    .step-2 = Controleer of versleuteling aanstaat: veel servers bieden inloggen pas na SSL/TLS of STARTTLS aan.
    .step-3 = Als je de server beheert: schakel inloggen met een wachtwoord in op deze poort (bijvoorbeeld PLAIN of LOGIN via TLS).

finding-auth-account_locked = Het account is vergrendeld of uitgeschakeld
    .explanation = De server zegt dat het account vergrendeld, uitgeschakeld of opgeschort is, dus geen enkel wachtwoord werkt nu. Providers doen dat na verdachte activiteit, bij onbetaalde diensten of als een beheerder het account blokkeert.
    .step-1 = Log in een browser in op de webmail van je provider om te zien waarom het account is vergrendeld en hoe je het ontgrendelt.
    .step-2 = Volg de stappen van de provider om het account te herstellen, zoals je identiteit bevestigen of het wachtwoord opnieuw instellen.
    .step-3 = Bij een werk- of schoolaccount: vraag je beheerder het account te ontgrendelen.

finding-auth-too_many_failures = Te veel mislukte inlogpogingen: de server blokkeert een tijdje
    .explanation = Na meerdere mislukte inlogpogingen weigert de server, of een beveiligingssysteem ervoor, tijdelijk het inloggen voor dit account of vanaf je netwerkadres, soms zelfs met het juiste wachtwoord. De blokkade verdwijnt meestal vanzelf na enkele minuten tot een uur.
    .step-1 = Stop alle mail-apps en apparaten die dit account gebruiken, zodat ze niet steeds opnieuw proberen met een oud wachtwoord.
    .step-2 = Wacht minstens 15 minuten, of een uur als de blokkade terugkomt.
    .step-3 = Controleer het wachtwoord door in te loggen op de webmail en pas het aan in elke mail-app voordat je ze weer aanzet.
    .step-4 = Als de server zegt dat je adres verbannen of geblokkeerd is: vraag de serverbeheerder de blokkade op te heffen en kijk of je provider een app-wachtwoord voor mail-apps vereist.

finding-auth-server_error = De mailserver had een tijdelijk probleem
    .explanation = De server zei dat hij je nu niet kan helpen door een probleem aan zijn kant: hij is druk, start opnieuw op of is in onderhoud, of een deel ervan, zoals de inlogdatabase, ligt plat. Dit heeft niets met je wachtwoord of je instellingen te maken.
    .step-1 = Wacht een paar minuten en voer de test opnieuw uit.
    .step-2 = Kijk op de statuspagina van je provider of er storingen zijn.
    .step-3 = Verander je wachtwoord of instellingen niet vanwege deze melding: die zijn niet de oorzaak.
    .step-4 = Als het aanhoudt: meld het aan je provider of serverbeheerder, met de melding van de server hieronder.

finding-auth-failed_unclassified = Inloggen is mislukt om een reden die maildoctor niet herkent
    .explanation = De server weigerde het inloggen met een melding waarvoor maildoctor geen regel heeft. De eigen woorden van de server, hieronder, zeggen meestal wat er mis is.
    .step-1 = Lees de melding van de server hieronder en zoek naar een reden, zoals een geblokkeerd land of een beleid.
    .step-2 = Controleer gebruikersnaam en wachtwoord door in te loggen op de webmail.
    .step-3 = Vraag het je provider of serverbeheerder en citeer de melding van de server hieronder.

finding-auth-skipped_no_credentials = Inloggen is niet getest
    .explanation = Er is geen gebruikersnaam of wachtwoord opgegeven, dus de test stopte nadat was gecontroleerd dat de server bereikbaar is en goed antwoordt. Alles tot aan het inloggen is getest.
    .step-1 = Voer de test opnieuw uit met je gebruikersnaam en wachtwoord om ook het inloggen te controleren.
    .step-2 = Gebruik een app-wachtwoord als je provider dat voor mail-apps vereist.

finding-auth-skipped_insecure = Het wachtwoord is niet verstuurd omdat de verbinding niet veilig is
    .explanation = De verbinding was niet versleuteld, of het certificaat ervan slaagde niet voor de controles, dus iedereen onderweg had het wachtwoord kunnen lezen of onderscheppen. maildoctor verstuurt nooit een wachtwoord via zo'n verbinding, tenzij daarom wordt gevraagd, dus inloggen is niet getest.
    .step-1 = Los eerst het versleutelingsprobleem op dat deze test vond: kies SSL/TLS (poorten 993, 995, 465) of STARTTLS (poorten 143, 110, 587), of los het certificaatprobleem op.
    .step-2 = Gebruik dezelfde versleutelde instellingen in je mail-app.
    .step-3 = Alleen voor een vertrouwde testserver in een privénetwerk: sta het wachtwoord toch toe met de optie allow_insecure_auth, of trust_certificate bij een certificaatprobleem.

finding-auth-password_expired = Het wachtwoord is verlopen
    .explanation = Het wachtwoord klopt, maar is te oud: de server eist dat je een nieuw wachtwoord instelt voordat je erin kunt. Mail-apps kunnen het wachtwoord niet voor je wijzigen.
    .step-1 = Log in een browser in op de webmail of accountpagina van je provider en stel een nieuw wachtwoord in als daarom wordt gevraagd.
    .step-2 = Pas het wachtwoord aan in elke mail-app en op elk apparaat dat dit account gebruikt.
    .step-3 = Bij een werk- of schoolaccount: vraag je beheerder als de webpagina geen wachtwoordwijziging aanbiedt.

finding-auth-oauth_token_invalid = Het inlogtoken is geweigerd
    .explanation = De server weigerde het OAuth-inlogtoken: het is misschien verlopen, voor het verkeerde account uitgegeven of heeft geen toestemming voor e-mail.
    .step-1 = Verwijder het account uit je mail-app en voeg het opnieuw toe door in te loggen via de pagina van de provider.
    .step-2 = Zorg dat je inlogt met hetzelfde account als de mailbox die je instelt.
    .step-3 = Als je de applicatie beheert: vraag de e-mailtoestemming (scope) voor IMAP, POP of SMTP aan en vernieuw het token voordat het verloopt.
    .gmail-explanation = Gmail weigerde het OAuth-inlogtoken. Het antwoord (hieronder gedecodeerd) noemt de toestemming die een token voor e-mail nodig heeft: de scope https://mail.google.com/. Een token dat verlopen is (na ongeveer een uur), voor een ander Google-account is uitgegeven of die scope mist, wordt zo geweigerd.
    .gmail-step-1 = Haal een nieuw toegangstoken op: tokens van Google verlopen na ongeveer een uur, dus vernieuw het met het vernieuwingstoken van de app.
    .gmail-step-2 = Vraag bij het uitgeven van het token de scope https://mail.google.com/ aan; andere Gmail-scopes staan geen IMAP, POP of SMTP toe.
    .gmail-step-3 = Gebruik als gebruikersnaam hetzelfde Google-account waarvoor het token is uitgegeven.
    .gmail-step-4 = Bij een werk- of schoolaccount: vraag je beheerder of de app in de Google-beheerdersconsole toegang tot Gmail heeft.
    .microsoft365-explanation = Microsoft 365 weigerde het OAuth-inlogtoken. Het antwoordt hetzelfde bij een token dat verlopen is, voor een andere mailbox dan de gebruikersnaam is uitgegeven of de toestemming (scope) voor dit protocol mist.
    .microsoft365-step-1 = Vraag een token aan met de scope voor het gebruikte protocol: https://outlook.office.com/IMAP.AccessAsUser.All voor IMAP, https://outlook.office.com/POP.AccessAsUser.All voor POP, https://outlook.office.com/SMTP.Send voor versturen, plus offline_access om het te vernieuwen.
    .microsoft365-step-2 = Gebruik het eigen adres van de mailbox als gebruikersnaam: het token moet voor precies dat account zijn uitgegeven.
    .microsoft365-step-3 = Haal een nieuw token op als het ouder is dan ongeveer een uur.
    .microsoft365-step-4 = Vraag je beheerder te controleren of IMAP, POP of geverifieerde SMTP voor de mailbox aanstaat (Microsoft 365-beheercentrum, e-mailinstellingen van de gebruiker): een uitgeschakeld protocol weigert ook tokens.
    .outlook-explanation = Outlook.com weigerde het OAuth-inlogtoken: het is verlopen, voor een ander account uitgegeven of mist de toestemming (scope) voor dit protocol.
    .outlook-step-1 = Vraag een token aan met de scope voor het gebruikte protocol: https://outlook.office.com/IMAP.AccessAsUser.All, https://outlook.office.com/POP.AccessAsUser.All of https://outlook.office.com/SMTP.Send, plus offline_access.
    .outlook-step-2 = Gebruik als gebruikersnaam het Outlook.com-adres waarvoor het token is uitgegeven.
    .outlook-step-3 = Haal een nieuw token op als het ouder is dan ongeveer een uur.

finding-auth-skipped_cooldown = Inloggen is niet getest omdat dit account zojuist te vaak is gecontroleerd
    .explanation = Dit account is de afgelopen minuten meerdere keren met een wachtwoord gecontroleerd, vanaf hier of door anderen die deze dienst gebruiken. Om te voorkomen dat je provider het account vergrendelt, is het wachtwoord deze keer niet verstuurd; alles tot aan het inloggen is wel getest.
    .step-1 = Wacht de tijd die hieronder staat en voer de test daarna opnieuw uit.
    .step-2 = Zorg dat niemand anders tegelijkertijd hetzelfde account test.
    .step-3 = Als het inloggen bij eerdere tests mislukte, controleer dan het wachtwoord in de webmail van je provider voordat je het opnieuw probeert, zodat de volgende test telt.


## limits: connection and usage limits

finding-limits-too_many_connections = Te veel verbindingen tegelijk met dit account of vanaf dit adres
    .explanation = De server staat maar een paar verbindingen tegelijk toe, per account of per netwerkadres, en die zijn allemaal in gebruik. Elke mail-app, telefoon en computer opent er een of meer; achter één kantoor- of thuisrouter delen ze allemaal één adres.
    .step-1 = Sluit mail-apps op apparaten die je nu niet gebruikt, of verwijder het account van oude apparaten.
    .step-2 = Verlaag in je mail-app het aantal gelijktijdige verbindingen als daar een instelling voor is.
    .step-3 = Wacht een paar minuten totdat oude verbindingen verlopen en voer de test daarna opnieuw uit.
    .step-4 = Als de server de verbinding zelf weigerde (vóór het inloggen), vraag de beheerder dan of er een verbindingslimiet voor je netwerkadres geldt.
    .gmail-explanation = Gmail staat maximaal 15 gelijktijdige IMAP-verbindingen per account toe. Als die limiet is bereikt, kan Gmail een tijdje "Invalid credentials" antwoorden, ook als het wachtwoord klopt.
    .gmail-step-1 = Sluit Gmail in mail-apps op apparaten die je nu niet gebruikt, of verwijder het account van oude apparaten.
    .gmail-step-2 = Verlaag in je mail-app het aantal gelijktijdige verbindingen, zodat al je apparaten samen onder de 15 blijven.
    .gmail-step-3 = Wacht ongeveer 10 minuten totdat oude verbindingen gesloten zijn voordat je opnieuw test of je wachtwoord wijzigt.

finding-limits-bandwidth_exceeded = Het account heeft zijn dagelijkse downloadlimiet bereikt
    .explanation = De provider beperkt hoeveel e-mail er per dag kan worden gedownload, of hoeveel opdrachten er kunnen worden verstuurd, en dit account heeft de limiet bereikt. Synchroniseren stopt totdat de limiet wordt gereset, meestal binnen 24 uur.
    .step-1 = Wacht totdat de limiet is gereset, meestal binnen een dag, voordat je opnieuw synchroniseert.
    .step-2 = Zoek naar mail-apps of back-uptools die de hele mailbox steeds opnieuw downloaden, en stop ze.
    .step-3 = Stel grote mail-apps zo in dat ze alleen de mappen synchroniseren die je nodig hebt.
    .gmail-explanation = Gmail beperkt IMAP-downloads tot 2500 MB per dag en uploads tot 500 MB per dag per account. Als een app of tool daar overheen gaat, zet Gmail de toegang tot maximaal 24 uur stil.
    .gmail-step-1 = Wacht tot 24 uur voordat je opnieuw synchroniseert; de limiet wordt vanzelf gereset.
    .gmail-step-2 = Stop tools die de hele mailbox kopiëren of back-uppen, en laat ze in kleinere delen op verschillende dagen werken.
    .gmail-step-3 = Synchroniseer in je mail-app alleen de mappen die je nodig hebt.
    .gmail-step-4 = Bij een werk- of schoolaccount: vraag het je beheerder, die de limiet in de Google-beheerdersconsole kan zien.

finding-limits-connection_limit_measured = Hoeveel verbindingen de server toestond
    .explanation = maildoctor opende meerdere verbindingen tegelijk om te zien hoeveel dit account mag gebruiken; het toegestane aantal staat hieronder. Dit is informatie, geen probleem.
    .step-1 = Houd het totale aantal verbindingen van al je mail-apps en apparaten onder het getoonde aantal.
    .step-2 = Als je vaak tegen de limiet aanloopt: verlaag de instelling voor gelijktijdige verbindingen in je mail-apps.

finding-limits-throttled = De server remt dit account af
    .explanation = De server werkt nog, maar remt dit account bewust af, meestal omdat het onlangs heel veel heeft gesynchroniseerd. E-mail kan later aankomen totdat het rustiger wordt.
    .step-1 = Laat de mail-app de huidige synchronisatie afmaken zonder hem opnieuw te starten.
    .step-2 = Kijk of meerdere apps of tools hetzelfde account tegelijk synchroniseren, en stop de apps die je niet nodig hebt.
    .step-3 = Voer de test later opnieuw uit om te zien of het afremmen voorbij is.


## mailbox: the mailbox itself

finding-mailbox-folder_too_large = Een map bevat heel veel berichten
    .explanation = Een map bevat meer dan 10.000 berichten. Met zulke grote mappen worden veel mail-apps traag, lopen ze vast of stoppen ze met synchroniseren.
    .step-1 = Verplaats oudere berichten naar archiefmappen, bijvoorbeeld één per jaar.
    .step-2 = Synchroniseer in je mail-app alleen recente e-mail of alleen de mappen die je nodig hebt.
    .step-3 = Verwijder of leeg mappen die je niet nodig hebt, zoals Prullenbak en Spam.

finding-mailbox-over_quota = De mailbox is vol
    .explanation = De mailbox heeft al zijn opslagruimte gebruikt. Nieuwe e-mail kan terug naar de afzender gaan, en sommige apps stoppen met synchroniseren.
    .step-1 = Verwijder grote berichten en bijlagen die je niet nodig hebt, en leeg Prullenbak en Spam.
    .step-2 = Bekijk in de webinstellingen van je provider hoeveel opslag er in gebruik is.
    .step-3 = Koop meer opslag of vraag je beheerder om het quotum te verhogen als je alles moet bewaren.

finding-mailbox-in_use = Een andere app gebruikt de mailbox op dit moment
    .explanation = Bij POP kan maar één app tegelijk de mailbox openen, en een andere sessie heeft hem nu in gebruik. De vergrendeling wordt opgeheven als die app klaar is of na een time-out.
    .step-1 = Sluit andere mail-apps of apparaten die dit account via POP ophalen, of zet het automatisch ophalen daar uit.
    .step-2 = Wacht een paar minuten totdat de andere sessie voorbij is en voer de test opnieuw uit.
    .step-3 = Overweeg IMAP in plaats van POP als meerdere apparaten hetzelfde account lezen.

finding-mailbox-login_delay = De server staat maar om de paar minuten een nieuwe inlog toe
    .explanation = Deze POP-server hanteert een minimale wachttijd tussen inlogpogingen; die wachttijd staat hieronder. Apps die vaker kijken, worden geweigerd.
    .step-1 = Stel je mail-app zo in dat hij minder vaak naar nieuwe e-mail kijkt dan de wachttijd hieronder.
    .step-2 = Wacht tot die tijd voorbij is en voer de test daarna opnieuw uit.

finding-send-accepted = Dit account mag vanaf dit adres versturen
    .explanation = Na het inloggen accepteerde de server de afzender en ontvanger hieronder. Daarna brak maildoctor af (RSET) voordat er een bericht werd verstuurd: er is niets bezorgd.
    .step-1 = Als je mail-app nog steeds niet kan versturen, controleer dan of hij inlogt voor versturen: zet in de instellingen van de uitgaande server "Voor mijn uitgaande server (SMTP) is verificatie vereist" aan (of "Dezelfde instellingen gebruiken als voor de server voor inkomende e-mail").
    .step-2 = Controleer of de app dezelfde uitgaande server, poort en beveiliging gebruikt als deze test.
    .microsoft365-explanation = Na het inloggen accepteerde de server de afzender en ontvanger hieronder, waarna maildoctor afbrak voordat er een bericht werd verstuurd. Microsoft 365 controleert de machtiging "Verzenden als" pas wanneer een bericht echt wordt verstuurd, dus een gedeelde mailbox of het adres van iemand anders kan dan alsnog worden geweigerd (5.7.60).
    .microsoft365-step-1 = Controleer of je mail-app voor versturen met precies dit account inlogt.
    .microsoft365-step-2 = Als e-mail van een gedeelde mailbox of een ander adres later met 5.7.60 wordt geweigerd, vraag je beheerder dan om de machtiging "Verzenden als" daarvoor.
    .outlook-explanation = Na het inloggen accepteerde de server de afzender en ontvanger hieronder, waarna maildoctor afbrak voordat er een bericht werd verstuurd. Outlook.com controleert het verzendadres opnieuw wanneer een bericht echt wordt verstuurd, dus een adres dat geen alias van dit account is, kan dan alsnog worden geweigerd.
    .outlook-step-1 = Controleer of je mail-app voor versturen met precies dit account inlogt.
    .outlook-step-2 = Verstuur alleen vanaf je Outlook.com-adres of een van de aliassen ervan (open in Instellingen E-mail, daarna E-mail synchroniseren en dan Je aliassen beheren).

finding-send-sender_not_permitted = De server verstuurt voor dit account geen e-mail vanaf dit adres
    .explanation = Je bent ingelogd, maar de server weigert het afzenderadres. Dat gebeurt als de app verstuurt als een alias, met het adres van iemand anders of vanuit een gedeelde mailbox waarvoor dit account geen verzendrechten heeft.
    .step-1 = Controleer in je mail-app het "Van"-adres van dit account: dat moet het adres zijn waarmee je inlogt.
    .step-2 = Wil je vanaf een ander adres versturen, voeg het dan eerst op de website van je provider als verzendadres (alias) aan je account toe, of vraag je beheerder om de machtiging "Verzenden als".
    .step-3 = Gebruik je een gedeelde mailbox, verstuur dan met het eigen account daarvan, of vraag je beheerder om de machtiging "Verzenden als" of "Verzenden namens".
    .gmail-step-1 = Open Gmail op je computer en klik op Instellingen en daarna op Alle instellingen bekijken.
    .gmail-step-2 = Klik op het tabblad Accounts en import. Klik onder "E-mail verzenden als" op Nog een e-mailadres toevoegen en volg de stappen om het adres te verifiëren.
    .gmail-step-3 = Verstuur in je mail-app vanaf je Gmail-adres of vanaf een adres dat onder "E-mail verzenden als" staat.
    .microsoft365-step-1 = Vraag je Microsoft 365-beheerder om je account de machtiging "Verzenden als" te geven voor dit adres of deze gedeelde mailbox (in het Exchange-beheercentrum: Geadresseerden, daarna Postvakken, dan het postvak en daarna Delegering).
    .microsoft365-step-2 = Machtigingen kunnen tot een uur nodig hebben om te werken; probeer het daarna opnieuw.
    .microsoft365-step-3 = Verstuur tot die tijd vanaf je eigen adres.
    .outlook-step-1 = Log in bij Outlook.com en open Instellingen, daarna E-mail en dan E-mail synchroniseren. Controleer onder "Je aliassen beheren" of dit adres een alias van je account is.
    .outlook-step-2 = Verstuur in je mail-app vanaf je Outlook.com-adres of een van de aliassen ervan.

finding-send-relay_denied = De server stuurt je e-mail niet door
    .explanation = De server weigerde namens jou e-mail naar deze ontvanger te versturen. Servers sturen alleen e-mail door voor apps die zijn ingelogd; deze weigering betekent meestal dat de app niet inlogt voor versturen of de verkeerde server gebruikt.
    .step-1 = Zet in de instellingen van de uitgaande server (SMTP) van je mail-app verificatie aan: "Voor mijn uitgaande server (SMTP) is verificatie vereist", met dezelfde gebruikersnaam en hetzelfde wachtwoord als voor inkomende e-mail.
    .step-2 = Gebruik de verzendserver van je provider, met poort 465 (SSL/TLS) of 587 (STARTTLS), niet poort 25.
    .step-3 = Gebruik je de server van je internetprovider in plaats van die van je e-mailprovider, stap dan over op de verzendserver van je e-mailprovider.

finding-send-limit_reached = Dit account heeft zijn verzendlimiet bereikt
    .explanation = De server weigert nieuwe e-mail omdat het account voorlopig zoveel berichten of ontvangers heeft verstuurd als toegestaan (vaak per dag). Versturen werkt weer zodra de limiet is gereset.
    .step-1 = Wacht totdat de limiet is gereset (meestal binnen 24 uur) en probeer het dan opnieuw.
    .step-2 = Verstuur grote mailings met een dienst voor mailinglijsten of nieuwsbrieven in plaats van met je e-mailaccount.
    .step-3 = Als je niet veel berichten hebt verstuurd, wijzig dan je wachtwoord: misschien verstuurt iemand anders e-mail vanaf je account.
    .gmail-step-1 = Wacht tot 24 uur: Gmail heft een verzendlimiet vanzelf op. Een Gmail-account mag naar ongeveer 500 ontvangers per dag versturen.
    .gmail-step-2 = Als je niet zoveel e-mail hebt verstuurd, wijzig dan je Google-wachtwoord en bekijk de recente beveiligingsactiviteit op myaccount.google.com/security.
    .gmail-step-3 = Gebruik voor grote mailings in plaats daarvan een dienst voor mailinglijsten.
    .microsoft365-step-1 = Wacht tot 24 uur: Exchange Online staat 10.000 ontvangers per dag per mailbox toe en heft de limiet vanzelf op.
    .microsoft365-step-2 = Als je niet zoveel e-mail hebt verstuurd, wijzig dan je wachtwoord en laat het je beheerder weten: het account is misschien gehackt.

finding-send-account_blocked = Dit account mag geen e-mail meer versturen
    .explanation = De provider heeft dit account het versturen ontzegd, meestal omdat het e-mail verstuurde die op spam leek, of omdat iemand anders het misschien gebruikt.
    .step-1 = Wijzig nu je wachtwoord en zet verificatie in twee stappen aan als je dat nog niet hebt gedaan.
    .step-2 = Kijk bij je verzonden berichten of er berichten tussen staan die je niet zelf hebt geschreven.
    .step-3 = Neem contact op met je provider of beheerder om versturen weer te laten inschakelen; die controleert eerst het account.
    .microsoft365-step-1 = Laat het je Microsoft 365-beheerder weten: het account staat op de lijst met beperkte entiteiten wegens het versturen van spam.
    .microsoft365-step-2 = Je beheerder stelt je wachtwoord opnieuw in, controleert het account en haalt het daarna in de Microsoft Defender-portal van de beperkte entiteiten af.
    .outlook-step-1 = Log in een webbrowser in op outlook.com en volg de getoonde stappen om je account te verifiëren.
    .outlook-step-2 = Wijzig je wachtwoord en bekijk de recente activiteit op account.microsoft.com/security.
    .outlook-step-3 = Als versturen geblokkeerd blijft, neem dan via de helppagina contact op met de ondersteuning van Outlook.com.

finding-send-message_too_large = De server weigert een bericht van deze grootte
    .explanation = De server weigerde de berichtgrootte die vóór het versturen werd opgegeven: berichten van deze grootte gaan over de limiet.
    .step-1 = Verstuur minder of kleinere bijlagen per bericht, of deel grote bestanden via een link (een cloudopslagdienst).
    .step-2 = Vraag je provider of beheerder welke berichtgrootte de server accepteert.

finding-send-size_limit_small = Deze server accepteert alleen kleine berichten
    .explanation = De server zegt dat hij berichten tot de grootte hieronder accepteert. Foto's en documenten maken een bericht vaak groter dan dat (bijlagen worden bij het versturen ongeveer een derde groter), dus zulke berichten worden geweigerd.
    .step-1 = Deel grote bestanden via een link (een cloudopslagdienst) in plaats van ze als bijlage toe te voegen.
    .step-2 = Als je de server beheert, verhoog dan de limiet voor de berichtgrootte (bij Postfix: message_size_limit) tot minstens 25 MB.

finding-send-recipient_refused = De server weigert deze ontvanger
    .explanation = De server accepteerde de afzender, maar weigerde het adres van de ontvanger: het bestaat misschien niet, of het wordt vanaf dit account niet geaccepteerd.
    .step-1 = Controleer het adres van de ontvanger op typfouten.
    .step-2 = Probeer een andere ontvanger, bijvoorbeeld je eigen adres.

finding-send-refused_unclassified = De server weigert deze e-mail te versturen
    .explanation = De server weigerde de afzender of de ontvanger om een reden die maildoctor niet herkent. De eigen woorden van de server staan hieronder.
    .step-1 = Lees het antwoord van de server hieronder: daarin staat meestal de reden.
    .step-2 = Stuur het antwoord van de server naar je provider of beheerder.

finding-send-temporary_failure = De server kan nu geen e-mail aannemen
    .explanation = De server antwoordde met een tijdelijke weigering: hij kan deze e-mail nu niet aannemen, maar later misschien wel. Mail-apps houden zulke berichten in de outbox en proberen het opnieuw.
    .step-1 = Wacht een paar minuten en probeer het dan opnieuw.
    .step-2 = Als het blijft gebeuren, stuur het antwoord van de server hieronder dan naar je provider of beheerder.

finding-send-needs_signin = Versturen is niet gecontroleerd: er is niet ingelogd
    .explanation = Een verzendserver stuurt alleen e-mail door voor apps die inloggen, dus zonder gebruikersnaam en wachtwoord zou een weigering zoals "Relay access denied" hier te verwachten zijn, en geen fout.
    .step-1 = Voer de test opnieuw uit met je gebruikersnaam en wachtwoord om ook het versturen te controleren.
    .step-2 = Zorg in je mail-app dat de uitgaande server inlogt: zet "Voor mijn uitgaande server (SMTP) is verificatie vereist" aan.

finding-send-no_sender = Versturen is niet gecontroleerd: er is geen afzenderadres
    .explanation = Om versturen te controleren heeft maildoctor het adres nodig waarvandaan je verstuurt. Je gebruikersnaam is geen e-mailadres en er is geen adres opgegeven.
    .step-1 = Voer de test opnieuw uit met je e-mailadres als gebruikersnaam, of geef het afzenderadres op voor de verzendcontrole.
    .step-2 = Gebruik het "Van"-adres waarmee je mail-app verstuurt, zodat de controle over dat adres gaat.
