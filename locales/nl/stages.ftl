# De zin waarmee elke stap op de tijdlijn eindigt. Waarden (hostnamen, adressen, tijden,
# foutmeldingen) worden ingevuld zoals ze binnenkwamen.

## Elke stap

speaks-imap = een IMAP-server
speaks-pop3 = een POP3-server
speaks-smtp = een SMTP-server
speaks-http = een webserver
speaks-ssh = een SSH-server
speaks-tls = een TLS-dienst (versleuteld)
speaks-unknown = een onbekende dienst
detail-skip-earlier-failed = Niet uitgevoerd: een eerdere stap is mislukt.
detail-skip-needs-sign-in = Niet uitgevoerd: hiervoor is geslaagd inloggen nodig.
detail-skip-ca-unusable = Niet uitgevoerd: het CA-certificaat in het verzoek is onbruikbaar.
detail-skip-smtp-mailbox = Niet uitgevoerd: bij versturen (SMTP) is er geen mailbox om te bekijken (de verzendcontrole is optioneel).
detail-skip-limits-opt-in = Niet uitgevoerd: de test van de verbindingslimiet is optioneel.
detail-deadline = De totale tijdslimiet is tijdens deze stap verstreken.

## Wat er is ingevuld

detail-input-target =
    { $security ->
        [auto] { $protocol } op { $host }, poort { $port }, met automatische beveiliging.
        [none] { $protocol } op { $host }, poort { $port }, zonder versleuteling.
       *[other] { $protocol } op { $host }, poort { $port }, met { $security }.
    }
detail-input-unusable = Wat er is ingevuld, kan niet zo gebruikt worden.

## TLS

detail-tls-ca-unusable = Het CA-certificaat in het verzoek kan niet worden gebruikt: { $error }.

## DNS

detail-dns-ip = { $ip } is een IP-adres, dus opzoeken is niet nodig.
detail-dns-ip-refused = { $ip } wordt geweigerd door het adresbeleid en is dus niet benaderd.
detail-dns-all-refused = Elk adres van { $name } wordt geweigerd door het adresbeleid, dus geen enkel adres is benaderd.
detail-dns-resolved =
    { $name } verwijst naar { $addresses }{ $more ->
        [0] {""}
       *[other] {" "}en nog { $more }
    } (in { $ms } ms){ $refused ->
        [0] .
        [one] , maar 1 daarvan wordt geweigerd door het adresbeleid.
       *[other] , maar { $refused } daarvan worden geweigerd door het adresbeleid.
    }
detail-dns-alias =
    { $name } is een alias van { $canonical } en verwijst naar { $addresses }{ $more ->
        [0] {""}
       *[other] {" "}en nog { $more }
    } (in { $ms } ms){ $refused ->
        [0] .
        [one] , maar 1 daarvan wordt geweigerd door het adresbeleid.
       *[other] , maar { $refused } daarvan worden geweigerd door het adresbeleid.
    }
detail-dns-network-blamed = De DNS-server antwoordde { $answer } voor { $name }, een bekende mailserver: waarschijnlijk ligt het aan de DNS van dit netwerk.
detail-dns-nxdomain = { $name } bestaat niet in de DNS.
detail-dns-servfail = De DNS-server antwoordde { $rcode } op de vraag naar { $name }.
detail-dns-unaskable = De DNS-server kon niet naar { $name } worden gevraagd.
detail-dns-timeout = De DNS-server gaf binnen { $limit } geen antwoord voor { $name }.
detail-dns-no-address = { $name } bestaat in de DNS, maar heeft geen IPv4- of IPv6-adres.

## TCP

detail-tcp-failed = Kan geen verbinding maken met { $host } op poort { $port }.
detail-tcp-connected = Verbonden met { $address } poort { $port } in { $ms } ms.

## TLS

detail-tls-valid = Versleuteld met { $version }; het certificaat is geldig voor { $host }.
detail-tls-problems =
    { $count ->
        [one] Versleuteld met { $version }, maar het certificaat heeft { $count } probleem.
       *[other] Versleuteld met { $version }, maar het certificaat heeft { $count } problemen.
    }
detail-tls-starttls-refused = De server ging niet akkoord met STARTTLS, dus de verbinding blijft onversleuteld.
detail-tls-starttls-failed = De server ging akkoord met STARTTLS, maar de overstap naar versleuteling is mislukt.
detail-tls-starttls-other-protocol = STARTTLS is niet geprobeerd: { $answered } antwoordde waar { $expected } werd verwacht.
detail-tls-starttls-greeting-refused = STARTTLS is niet geprobeerd: de server weigerde de dienst al bij de begroeting.
detail-tls-none = De verbinding is niet versleuteld.

## Protocol

detail-protocol-answered = { $host } antwoordde als { $answered }{ $software } in { $ms } ms.
detail-protocol-silent-to-tls = { $host } accepteerde de verbinding maar stuurde in { $ms } ms niets, zelfs geen antwoord op de TLS-handshake.
detail-protocol-never-greeted = { $host } stuurde nooit een begroeting, hoewel de server wel op { $command } antwoordde.
detail-protocol-silent = { $host } accepteerde de verbinding maar stuurde in { $ms } ms niets, zelfs geen antwoord op { $command }.
detail-protocol-no-greeting-error = { $host } stuurde geen begroeting: { $error }.
detail-protocol-closed = { $host } accepteerde de verbinding en sloot die zonder begroeting.
detail-protocol-unusable = { $host } stuurde geen bruikbare begroeting ({ $problem }).
detail-protocol-other-protocol-because = Op { $host } poort { $port } antwoordde { $answered }, niet { $expected } ({ $problem }).
detail-protocol-refused = { $host } antwoordde als { $expected }, maar weigerde de sessie al bij de begroeting.
detail-protocol-other-protocol = Op { $host } poort { $port } antwoordde { $answered }, niet { $expected }.
detail-protocol-greeting-endless = De begroeting van { $host } hield nooit op.
detail-protocol-no-greeting = { $host } stuurde geen begroeting.

## Inloggen

detail-auth-no-password = Inloggen is niet getest: er is geen wachtwoord opgegeven.
detail-auth-refused = De server weigerde het inloggen voor { $user } ({ $mechanism }).
detail-auth-timeout = De server gaf binnen { $limit } geen antwoord op het inloggen.
detail-auth-closed = De server sloot de verbinding tijdens het inloggen.
detail-auth-broken = De verbinding mislukte tijdens het inloggen: { $error }.
detail-auth-no-oauth = Het token is niet verstuurd: de server biedt hier geen OAuth2-inloggen (XOAUTH2 of OAUTHBEARER) aan.
detail-auth-unsendable = Het wachtwoord is niet verstuurd: de enige aangeboden inlogmethode kan het niet overbrengen.
detail-auth-no-method = De server biedt geen inlogmethode met wachtwoord aan die maildoctor kan gebruiken.
detail-auth-plaintext-not-sent = Het wachtwoord is niet verstuurd: de server weigert wachtwoorden via deze onversleutelde verbinding.
detail-auth-plaintext-cannot = Met deze instellingen kan geen enkele mail-app inloggen: de server weigert wachtwoorden via deze onversleutelde verbinding.
detail-auth-no-sign-in-not-sent = Het wachtwoord is niet verstuurd: de server biedt hier geen inloggen met wachtwoord aan dat maildoctor kan gebruiken.
detail-auth-no-sign-in-cannot = Met deze instellingen kan geen enkele mail-app inloggen: de server biedt hier geen inloggen met wachtwoord aan.
detail-auth-not-sent-unencrypted = Het wachtwoord is niet verstuurd: de verbinding is niet versleuteld.
detail-auth-not-sent-certificate = Het wachtwoord is niet verstuurd: het certificaat kon niet worden gecontroleerd.
detail-auth-signed-in = Ingelogd als { $user } met { $mechanism }.
detail-auth-after-refused = Ingelogd als { $user }, maar de server weigerde de eerste opdracht na het inloggen.
detail-auth-after-ended = Ingelogd als { $user }, maar daarna beëindigde de server de sessie.
detail-auth-after-broken = Ingelogd als { $user }, maar de verbinding mislukte direct daarna.
detail-auth-limit-unavailable = Niet ingelogd: de dienst kan zijn limiet per account nu niet bewaken, dus het wachtwoord is niet verstuurd.
detail-auth-cooldown = Niet ingelogd: dit account is zojuist te vaak gecontroleerd, dus het wachtwoord is niet verstuurd.

## Mailbox

detail-mailbox-smtp = Bij het versturen van e-mail (SMTP) is er geen mailbox om te bekijken.
detail-mailbox-stat-unreadable = Het antwoord van de server op STAT kon niet worden gelezen, dus de grootte van de mailbox is onbekend.
detail-mailbox-stat-failed = De server antwoordde niet op STAT ({ $error }), dus de grootte van de mailbox is onbekend.
detail-mailbox-locked = De mailbox is vergrendeld door een andere sessie (STAT is geweigerd).
detail-mailbox-too-many = De server weigerde STAT: te veel verbindingen voor dit account.
detail-mailbox-stat-refused = De server weigerde STAT.
detail-mailbox-stat-refused-unknown = De server weigerde STAT, dus de grootte van de mailbox is onbekend.
detail-mailbox-slow = De server antwoordde niet in de resterende tijd, dus de grootte van de mailbox is onbekend.

## Limieten

detail-limits-refused =
    { $count ->
        [one] De server stond { $count } gelijktijdige sessie toe en weigerde de volgende.
       *[other] De server stond { $count } gelijktijdige sessies toe en weigerde de volgende.
    }
detail-limits-stopped =
    { $count ->
        [one] { $count } gelijktijdige sessie werkte; de test stopte voordat de limiet was gevonden.
       *[other] { $count } gelijktijdige sessies werkten; de test stopte voordat de limiet was gevonden.
    }
detail-limits-cap =
    { $count ->
        [one] De server stond minstens { $count } gelijktijdige sessie toe (daar stopt de test).
       *[other] De server stond minstens { $count } gelijktijdige sessies toe (daar stopt de test).
    }

## Wat een poort spreekt

detail-wire-tls-first = Deze poort gebruikt SSL/TLS vanaf het begin.
detail-wire-plain-starttls = Deze poort begroet onversleuteld en biedt STARTTLS aan.
detail-wire-plain = Deze poort begroet onversleuteld.
detail-wire-no-greeting = Er kwam geen onversleutelde begroeting, dus TLS is niet gestart.
detail-wire-web-server = Een webserver antwoordde op de TLS-handshake, dus TLS is niet gestart.
detail-wire-silent = De server stuurde in { $ms } ms niets, en ook een TLS-handshake kreeg geen antwoord.
detail-wire-tls-outdated = Deze poort gebruikt SSL/TLS vanaf het begin, maar alleen met TLS-versies die niet meer veilig zijn.
detail-wire-tls-fails-chosen-plain = Deze poort gebruikt SSL/TLS vanaf het begin (geen onversleutelde begroeting), en de TLS ervan mislukt.
detail-wire-tls-fails = Deze poort gebruikt SSL/TLS vanaf het begin, maar de TLS-handshake ervan mislukt.
detail-wire-plain-on-tls = De server antwoordde onversleuteld waar een TLS-handshake werd verwacht.
detail-wire-handshake-failed = De TLS-handshake is mislukt.
detail-wire-tls-on-plain = De server spreekt op deze poort meteen TLS.

## De verzendcontrole (SMTP)

detail-send-no-sender = De verzendcontrole heeft het adres nodig waarvandaan je verstuurt; dat is niet opgegeven.
detail-send-accepted = De server zou e-mail van { $sender } aan { $recipient } accepteren (MAIL FROM en RCPT TO geaccepteerd en daarna afgebroken: er is niets verstuurd).
detail-send-refused = De server weigerde { $command } voor { $sender } → { $recipient }; er is niets verstuurd.
detail-send-signin-failed = De verzendcontrole is niet uitgevoerd: het inloggen is niet gelukt.
detail-send-needs-signin = De verzendcontrole is niet uitgevoerd: daarvoor zijn een gebruikersnaam en wachtwoord nodig (zonder inloggen is een weigering om e-mail door te sturen te verwachten).
detail-mailbox-maildrop =
    { $messages ->
        [one] { $messages } bericht, { $size }.
       *[other] { $messages } berichten, { $size }.
    }
detail-mailbox-list-unreadable = De lijst met mappen kon niet worden gelezen ({ $why }).
detail-mailbox-no-counts =
    { $folders ->
        [one] { $folders } map; de server gaf geen aantallen berichten.
       *[other] { $folders } mappen; de server gaf geen aantallen berichten.
    }
detail-mailbox-some-counted =
    { $folders ->
        [one] { $folders } map
       *[other] { $folders } mappen
    }, { $messages ->
        [one] { $messages } bericht
       *[other] { $messages } berichten
    } in de { $counted } getelde.
detail-mailbox-folders =
    { $folders ->
        [one] { $folders } map
       *[other] { $folders } mappen
    }, { $messages ->
        [one] { $messages } bericht.
       *[other] { $messages } berichten.
    }
detail-mailbox-largest = { $name } bevat { $messages } berichten.
detail-mailbox-quota-full =
    { $kind ->
        [storage] { $used } van { $limit } opslag gebruikt: de mailbox is vol.
       *[messages] { $used } van { $limit } berichten van het quotum gebruikt: de mailbox is vol.
    }
detail-mailbox-quota-almost-full =
    { $kind ->
        [storage] { $used } van { $limit } opslag gebruikt ({ $percent }%, bijna vol).
       *[messages] { $used } van { $limit } berichten van het quotum gebruikt ({ $percent }%, bijna vol).
    }
detail-mailbox-quota =
    { $kind ->
        [storage] { $used } van { $limit } opslag gebruikt ({ $percent }%).
       *[messages] { $used } van { $limit } berichten van het quotum gebruikt ({ $percent }%).
    }
detail-mailbox-quota-unlimited =
    { $kind ->
        [storage] { $used } opslag gebruikt (geen limiet).
       *[messages] { $used } berichten gebruikt (geen limiet).
    }
detail-mailbox-folder-in-use = Een map wordt gebruikt door een andere sessie.
detail-mailbox-stopped = maildoctor is eerder gestopt ({ $why }).
