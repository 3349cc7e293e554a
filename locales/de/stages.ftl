# Der Satz, mit dem jeder Schritt der Zeitleiste endet. Werte (Hostnamen, Adressen, Zeiten,
# Fehlermeldungen) werden eingesetzt, wie sie kamen.

## Jeder Schritt

speaks-imap = ein IMAP-Server
speaks-pop3 = ein POP3-Server
speaks-smtp = ein SMTP-Server
speaks-http = ein Webserver
speaks-ssh = ein SSH-Server
speaks-tls = ein TLS-Dienst (verschlüsselt)
speaks-unknown = ein unbekannter Dienst
detail-skip-earlier-failed = Nicht ausgeführt: Ein früherer Schritt ist fehlgeschlagen.
detail-skip-needs-sign-in = Nicht ausgeführt: Dafür ist eine erfolgreiche Anmeldung nötig.
detail-skip-ca-unusable = Nicht ausgeführt: Das CA-Zertifikat der Anfrage ist unbrauchbar.
detail-skip-smtp-mailbox = Nicht ausgeführt: Beim Senden (SMTP) gibt es kein Postfach anzusehen (die Sendeprüfung ist optional).
detail-skip-limits-opt-in = Nicht ausgeführt: Der Test des Verbindungslimits ist optional.
detail-deadline = Das Zeitlimit der gesamten Prüfung ist während dieses Schritts abgelaufen.

## Eingaben

detail-input-target =
    { $security ->
        [auto] { $protocol } auf { $host }, Port { $port }, mit automatischer Sicherheit.
        [none] { $protocol } auf { $host }, Port { $port }, ohne Verschlüsselung.
       *[other] { $protocol } auf { $host }, Port { $port }, mit { $security }.
    }
detail-input-unusable = Die Eingaben lassen sich so nicht verwenden.

## TLS

detail-tls-ca-unusable = Das CA-Zertifikat der Anfrage lässt sich nicht verwenden: { $error }.

## DNS

detail-dns-ip = { $ip } ist eine IP-Adresse, daher ist kein Nachschlagen nötig.
detail-dns-ip-refused = { $ip } wird von der Adressrichtlinie abgelehnt und wurde daher nicht kontaktiert.
detail-dns-all-refused = Jede Adresse von { $name } wird von der Adressrichtlinie abgelehnt, daher wurde keine kontaktiert.
detail-dns-resolved =
    { $name } wurde in { $ms } ms zu { $addresses }{ $more ->
        [0] {""}
       *[other] {" "}und { $more } weiteren
    } aufgelöst{ $refused ->
        [0] .
        [one] , aber 1 davon wird von der Adressrichtlinie abgelehnt.
       *[other] , aber { $refused } davon werden von der Adressrichtlinie abgelehnt.
    }
detail-dns-alias =
    { $name } ist ein Alias von { $canonical } und wurde in { $ms } ms zu { $addresses }{ $more ->
        [0] {""}
       *[other] {" "}und { $more } weiteren
    } aufgelöst{ $refused ->
        [0] .
        [one] , aber 1 davon wird von der Adressrichtlinie abgelehnt.
       *[other] , aber { $refused } davon werden von der Adressrichtlinie abgelehnt.
    }
detail-dns-network-blamed = Der DNS-Server hat für { $name }, einen bekannten Mailserver, { $answer } geantwortet: Wahrscheinlich liegt es am DNS dieses Netzwerks.
detail-dns-nxdomain = { $name } existiert im DNS nicht.
detail-dns-servfail = Der DNS-Server hat auf die Frage nach { $name } { $rcode } geantwortet.
detail-dns-unaskable = Der DNS-Server konnte nicht nach { $name } gefragt werden.
detail-dns-timeout = Der DNS-Server hat innerhalb von { $limit } nicht auf die Frage nach { $name } geantwortet.
detail-dns-no-address = { $name } existiert im DNS, hat aber keine IPv4- oder IPv6-Adresse.

## TCP

detail-tcp-failed = Keine Verbindung zu { $host } auf Port { $port } möglich.
detail-tcp-connected = In { $ms } ms mit { $address }, Port { $port }, verbunden.

## TLS

detail-tls-valid = Mit { $version } verschlüsselt; das Zertifikat ist für { $host } gültig.
detail-tls-problems =
    { $count ->
        [one] Mit { $version } verschlüsselt, aber das Zertifikat hat { $count } Problem.
       *[other] Mit { $version } verschlüsselt, aber das Zertifikat hat { $count } Probleme.
    }
detail-tls-starttls-refused = Der Server hat STARTTLS nicht zugestimmt, daher bleibt die Verbindung unverschlüsselt.
detail-tls-starttls-failed = Der Server hat STARTTLS zugestimmt, aber der Wechsel zur Verschlüsselung ist fehlgeschlagen.
detail-tls-starttls-other-protocol = STARTTLS wurde nicht versucht: Es hat { $answered } geantwortet, erwartet war { $expected }.
detail-tls-starttls-greeting-refused = STARTTLS wurde nicht versucht: Der Server hat den Dienst schon bei der Begrüßung verweigert.
detail-tls-none = Die Verbindung ist nicht verschlüsselt.

## Protokoll

detail-protocol-answered = { $host } hat in { $ms } ms als { $answered }{ $software } geantwortet.
detail-protocol-silent-to-tls = { $host } hat die Verbindung angenommen, aber in { $ms } ms nichts gesendet, nicht einmal eine Antwort auf den TLS-Handshake.
detail-protocol-never-greeted = { $host } hat nie gegrüßt, obwohl er auf { $command } geantwortet hat.
detail-protocol-silent = { $host } hat die Verbindung angenommen, aber in { $ms } ms nichts gesendet, nicht einmal eine Antwort auf { $command }.
detail-protocol-no-greeting-error = { $host } hat keine Begrüßung gesendet: { $error }.
detail-protocol-closed = { $host } hat die Verbindung angenommen und ohne Begrüßung wieder geschlossen.
detail-protocol-unusable = { $host } hat keine brauchbare Begrüßung gesendet ({ $problem }).
detail-protocol-other-protocol-because = Auf { $host }, Port { $port }, hat { $answered } geantwortet, nicht { $expected } ({ $problem }).
detail-protocol-refused = { $host } hat als { $expected } geantwortet, die Sitzung aber schon bei der Begrüßung verweigert.
detail-protocol-other-protocol = Auf { $host }, Port { $port }, hat { $answered } geantwortet, nicht { $expected }.
detail-protocol-greeting-endless = Die Begrüßung von { $host } hat nie geendet.
detail-protocol-no-greeting = { $host } hat keine Begrüßung gesendet.

## Anmeldung

detail-auth-no-password = Die Anmeldung wurde nicht getestet: Es wurde kein Passwort angegeben.
detail-auth-refused = Der Server hat die Anmeldung für { $user } abgelehnt ({ $mechanism }).
detail-auth-timeout = Der Server hat innerhalb von { $limit } nicht auf die Anmeldung geantwortet.
detail-auth-closed = Der Server hat die Verbindung während der Anmeldung geschlossen.
detail-auth-broken = Die Verbindung ist während der Anmeldung fehlgeschlagen: { $error }.
detail-auth-no-oauth = Das Token wurde nicht gesendet: Der Server bietet hier keine OAuth2-Anmeldung (XOAUTH2 oder OAUTHBEARER) an.
detail-auth-unsendable = Das Passwort wurde nicht gesendet: Das einzige angebotene Anmeldeverfahren kann es nicht übertragen.
detail-auth-no-method = Der Server bietet kein Passwort-Anmeldeverfahren an, das maildoctor verwenden kann.
detail-auth-plaintext-not-sent = Das Passwort wurde nicht gesendet: Der Server lehnt Passwörter über diese unverschlüsselte Verbindung ab.
detail-auth-plaintext-cannot = Mit diesen Einstellungen kann sich keine Mail-App anmelden: Der Server lehnt Passwörter über diese unverschlüsselte Verbindung ab.
detail-auth-no-sign-in-not-sent = Das Passwort wurde nicht gesendet: Der Server bietet hier keine Passwort-Anmeldung an, die maildoctor verwenden kann.
detail-auth-no-sign-in-cannot = Mit diesen Einstellungen kann sich keine Mail-App anmelden: Der Server bietet hier keine Passwort-Anmeldung an.
detail-auth-not-sent-unencrypted = Das Passwort wurde nicht gesendet: Die Verbindung ist nicht verschlüsselt.
detail-auth-not-sent-certificate = Das Passwort wurde nicht gesendet: Das Zertifikat konnte nicht bestätigt werden.
detail-auth-signed-in = Als { $user } mit { $mechanism } angemeldet.
detail-auth-after-refused = Als { $user } angemeldet, aber der Server hat den ersten Befehl nach der Anmeldung abgelehnt.
detail-auth-after-ended = Als { $user } angemeldet, aber der Server hat die Sitzung danach beendet.
detail-auth-after-broken = Als { $user } angemeldet, aber die Verbindung ist direkt nach der Anmeldung fehlgeschlagen.
detail-auth-limit-unavailable = Nicht angemeldet: Der Dienst kann sein Limit pro Konto gerade nicht einhalten, daher wurde das Passwort nicht gesendet.
detail-auth-cooldown = Nicht angemeldet: Dieses Konto wurde gerade zu oft geprüft, daher wurde das Passwort nicht gesendet.

## Postfach

detail-mailbox-smtp = Beim Senden (SMTP) gibt es kein Postfach anzusehen.
detail-mailbox-stat-unreadable = Die Antwort des Servers auf STAT ließ sich nicht lesen, daher ist die Größe des Postfachs unbekannt.
detail-mailbox-stat-failed = Der Server hat nicht auf STAT geantwortet ({ $error }), daher ist die Größe des Postfachs unbekannt.
detail-mailbox-locked = Das Postfach ist von einer anderen Sitzung gesperrt (STAT wurde abgelehnt).
detail-mailbox-too-many = Der Server hat STAT abgelehnt: zu viele Verbindungen für dieses Konto.
detail-mailbox-stat-refused = Der Server hat STAT abgelehnt.
detail-mailbox-stat-refused-unknown = Der Server hat STAT abgelehnt, daher ist die Größe des Postfachs unbekannt.
detail-mailbox-slow = Der Server hat in der verbleibenden Zeit nicht geantwortet, daher ist die Größe des Postfachs unbekannt.

## Limits

detail-limits-refused =
    { $count ->
        [one] Der Server hat { $count } gleichzeitige Sitzung zugelassen und die nächste abgelehnt.
       *[other] Der Server hat { $count } gleichzeitige Sitzungen zugelassen und die nächste abgelehnt.
    }
detail-limits-stopped =
    { $count ->
        [one] { $count } gleichzeitige Sitzung hat funktioniert; der Test wurde beendet, bevor das Limit gefunden war.
       *[other] { $count } gleichzeitige Sitzungen haben funktioniert; der Test wurde beendet, bevor das Limit gefunden war.
    }
detail-limits-cap =
    { $count ->
        [one] Der Server hat mindestens { $count } gleichzeitige Sitzung zugelassen (dort endet der Test).
       *[other] Der Server hat mindestens { $count } gleichzeitige Sitzungen zugelassen (dort endet der Test).
    }

## Was ein Port spricht

detail-wire-tls-first = Dieser Port verwendet SSL/TLS von Anfang an.
detail-wire-plain-starttls = Dieser Port grüßt unverschlüsselt und bietet STARTTLS an.
detail-wire-plain = Dieser Port grüßt unverschlüsselt.
detail-wire-no-greeting = Es kam keine unverschlüsselte Begrüßung, daher wurde TLS nicht gestartet.
detail-wire-web-server = Ein Webserver hat auf den TLS-Handshake geantwortet, daher wurde TLS nicht gestartet.
detail-wire-silent = Der Server hat in { $ms } ms nichts gesendet, und auch ein TLS-Handshake blieb ohne Antwort.
detail-wire-tls-outdated = Dieser Port verwendet SSL/TLS von Anfang an, aber nur mit TLS-Versionen, die nicht mehr sicher sind.
detail-wire-tls-fails-chosen-plain = Dieser Port verwendet SSL/TLS von Anfang an (keine unverschlüsselte Begrüßung), und sein TLS schlägt fehl.
detail-wire-tls-fails = Dieser Port verwendet SSL/TLS von Anfang an, aber sein TLS-Handshake schlägt fehl.
detail-wire-plain-on-tls = Der Server hat unverschlüsselt geantwortet, wo ein TLS-Handshake erwartet war.
detail-wire-handshake-failed = Der TLS-Handshake ist fehlgeschlagen.
detail-wire-tls-on-plain = Der Server spricht auf diesem Port sofort TLS.

## Die Sendeprüfung (SMTP)

detail-send-no-sender = Die Sendeprüfung braucht die Adresse, von der Sie senden; es wurde keine angegeben.
detail-send-accepted = Der Server würde E-Mails von { $sender } an { $recipient } annehmen (MAIL FROM und RCPT TO angenommen, dann abgebrochen: Es wurde nichts gesendet).
detail-send-refused = Der Server hat { $command } für { $sender } → { $recipient } abgelehnt; es wurde nichts gesendet.
detail-send-signin-failed = Die Sendeprüfung wurde nicht ausgeführt: Die Anmeldung war nicht erfolgreich.
detail-send-needs-signin = Die Sendeprüfung wurde nicht ausgeführt: Sie braucht Nutzername und Passwort (ohne Anmeldung ist die Ablehnung der Weiterleitung zu erwarten).
detail-mailbox-maildrop =
    { $messages ->
        [one] { $messages } Nachricht, { $size }.
       *[other] { $messages } Nachrichten, { $size }.
    }
detail-mailbox-list-unreadable = Die Ordnerliste ließ sich nicht lesen ({ $why }).
detail-mailbox-no-counts =
    { $folders ->
        [one] { $folders } Ordner; der Server hat keine Nachrichtenzahlen genannt.
       *[other] { $folders } Ordner; der Server hat keine Nachrichtenzahlen genannt.
    }
detail-mailbox-some-counted =
    { $folders ->
        [one] { $folders } Ordner
       *[other] { $folders } Ordner
    }, { $messages ->
        [one] { $messages } Nachricht
       *[other] { $messages } Nachrichten
    } in den { $counted } gezählten.
detail-mailbox-folders =
    { $folders ->
        [one] { $folders } Ordner
       *[other] { $folders } Ordner
    }, { $messages ->
        [one] { $messages } Nachricht.
       *[other] { $messages } Nachrichten.
    }
detail-mailbox-largest = { $name } enthält { $messages } Nachrichten.
detail-mailbox-quota-full =
    { $kind ->
        [storage] { $used } von { $limit } Speicher belegt: Das Postfach ist voll.
       *[messages] { $used } von { $limit } Nachrichten des Kontingents belegt: Das Postfach ist voll.
    }
detail-mailbox-quota-almost-full =
    { $kind ->
        [storage] { $used } von { $limit } Speicher belegt ({ $percent } %, fast voll).
       *[messages] { $used } von { $limit } Nachrichten des Kontingents belegt ({ $percent } %, fast voll).
    }
detail-mailbox-quota =
    { $kind ->
        [storage] { $used } von { $limit } Speicher belegt ({ $percent } %).
       *[messages] { $used } von { $limit } Nachrichten des Kontingents belegt ({ $percent } %).
    }
detail-mailbox-quota-unlimited =
    { $kind ->
        [storage] { $used } Speicher belegt (kein Limit).
       *[messages] { $used } Nachrichten belegt (kein Limit).
    }
detail-mailbox-folder-in-use = Ein Ordner wird von einer anderen Sitzung verwendet.
detail-mailbox-stopped = maildoctor hat vorzeitig aufgehört ({ $why }).
