# Der Katalog der Abhilfen auf Deutsch: für jeden Befund Titel, Erklärung und Schritte,
# bei bekannten Anbietern deren eigene Schritte. Anrede mit „Sie“, Begriffe wie in Googles
# deutscher Gmail-Hilfe („App-Passwort“, „Bestätigung in zwei Schritten“).

## input: what was typed

finding-input-invalid_host = Der Servername ist kein gültiger Name
    .explanation = Der Servername ist leer, viel zu lang oder enthält Zeichen, die ein Servername nicht haben kann, etwa Leerzeichen, Schrägstriche oder ein vorangestelltes „http://“. Es konnte nichts getestet werden, weil es keinen Server zum Nachschlagen gibt.
    .step-1 = Prüfen Sie den Servernamen auf Tippfehler, Leerzeichen und überzählige Zeichen; das gefundene Problem wird unten angezeigt.
    .step-2 = Entfernen Sie alles, was nicht zum Namen selbst gehört, etwa „http://“, „https://“, einen Schrägstrich oder einen Pfad nach dem Namen.
    .step-3 = Suchen Sie den Namen des Posteingangsservers in den Hilfeseiten Ihres Anbieters oder in der Willkommens-E-Mail, die Sie beim Einrichten des Kontos erhalten haben; er beginnt meist mit „imap.“, „pop.“ oder „mail.“.
    .step-4 = Geben Sie den Namen erneut ein und führen Sie den Test noch einmal aus.

finding-input-invalid_port = Der Port ist keine gültige Zahl
    .explanation = Ein Port muss eine ganze Zahl von 1 bis 65535 sein. Der eingegebene Wert ist das nicht, daher konnte nichts getestet werden.
    .step-1 = Prüfen Sie den Port auf Tippfehler; der eingegebene Wert wird unten angezeigt.
    .step-2 = Verwenden Sie den üblichen Port für die Art von Server, die Sie einrichten: 993 für IMAP, 995 für POP, 465 oder 587 für den Versand (SMTP).
    .step-3 = Lassen Sie den Port leer, wenn Sie unsicher sind; dann wird der übliche Port für die gewählte Sicherheit verwendet.

finding-input-invalid_username = Der Nutzername enthält einen Zeilenumbruch
    .explanation = Der Nutzername (oder die E-Mail-Adresse) enthält einen Zeilenumbruch oder ein anderes unsichtbares Steuerzeichen, meist weil er aus einem Dokument oder einer Nachricht kopiert wurde. Damit kann sich keine Mail-App anmelden, daher wurde nichts an den Server gesendet.
    .step-1 = Tippen Sie den Nutzernamen von Hand neu ein, statt ihn einzufügen.
    .step-2 = Achten Sie darauf, dass er in einer Zeile steht, ohne Leerzeichen oder Zeilenumbruch davor oder dahinter.
    .step-3 = Führen Sie den Test noch einmal aus.

finding-input-email_as_server = Als Servername wurde eine E-Mail-Adresse eingegeben
    .explanation = Im Feld für den Servernamen steht eine E-Mail-Adresse. Ihre Adresse gehört in das Feld für den Nutzernamen; der Servername ist der Name des Mailservers Ihres Anbieters, zum Beispiel imap.example.com.
    .step-1 = Verschieben Sie die E-Mail-Adresse in das Nutzernamen-Feld Ihrer Mail-App.
    .step-2 = Geben Sie stattdessen den Namen des Posteingangsservers Ihres Anbieters in das Serverfeld ein; ist der Anbieter bekannt, steht der richtige Name unten in den vorgeschlagenen Einstellungen.
    .step-3 = Suchen Sie den Servernamen in den Hilfeseiten Ihres Anbieters, wenn kein Vorschlag angezeigt wird.
    .gmail-step-1 = Verschieben Sie Ihre Gmail-Adresse in das Nutzernamen-Feld Ihrer Mail-App.
    .gmail-step-2 = Geben Sie im Serverfeld imap.gmail.com für IMAP oder pop.gmail.com für POP ein, mit SSL/TLS und Port 993 (IMAP) oder 995 (POP).
    .gmail-step-3 = Verwenden Sie für den Versand smtp.gmail.com mit SSL/TLS und Port 465 oder mit STARTTLS und Port 587.
    .outlook-step-1 = Verschieben Sie Ihre Outlook.com-Adresse in das Nutzernamen-Feld Ihrer Mail-App.
    .outlook-step-2 = Geben Sie im Serverfeld outlook.office365.com ein, mit SSL/TLS und Port 993 für IMAP oder Port 995 für POP.
    .outlook-step-3 = Verwenden Sie für den Versand smtp-mail.outlook.com mit STARTTLS und Port 587.
    .outlook-step-4 = Wählen Sie in Ihrer Mail-App die Microsoft-Anmeldung (OAuth): Outlook.com nimmt keine Passwörter von Mail-Apps mehr an.
    .yahoo-step-1 = Verschieben Sie Ihre Yahoo-Adresse in das Nutzernamen-Feld Ihrer Mail-App.
    .yahoo-step-2 = Geben Sie im Serverfeld imap.mail.yahoo.com für IMAP oder pop.mail.yahoo.com für POP ein, mit SSL/TLS und Port 993 (IMAP) oder 995 (POP).
    .yahoo-step-3 = Verwenden Sie für den Versand smtp.mail.yahoo.com mit SSL/TLS und Port 465.
    .yahoo-step-4 = Verwenden Sie als Passwort ein Yahoo-App-Passwort, nicht Ihr normales Passwort.
    .icloud-step-1 = Tragen Sie den Teil Ihrer iCloud-Adresse vor dem @ in das Nutzernamen-Feld Ihrer Mail-App ein; wird das abgelehnt, versuchen Sie die vollständige Adresse.
    .icloud-step-2 = Geben Sie im Serverfeld imap.mail.me.com mit SSL/TLS und Port 993 ein; iCloud Mail hat keinen POP-Server.
    .icloud-step-3 = Verwenden Sie für den Versand smtp.mail.me.com mit STARTTLS und Port 587 und Ihre vollständige Adresse als Nutzernamen.
    .icloud-step-4 = Verwenden Sie ein app-spezifisches Passwort aus Ihrem Apple Account, nicht Ihr normales Passwort.

finding-input-webmail_host = Das ist eine Website-Adresse, nicht der Mailserver
    .explanation = Der eingegebene Name ist die Adresse der Website oder des Webmails Ihres Anbieters, die Sie im Browser öffnen. Mail-Apps brauchen den Namen des Mailservers des Anbieters, und das ist ein anderer Name.
    .step-1 = Ersetzen Sie den Servernamen durch den Mailservernamen des Anbieters aus den vorgeschlagenen Einstellungen unten.
    .step-2 = Übernehmen Sie auch die daneben angezeigte Sicherheit und den Port; sie gehören zusammen.
    .step-3 = Suchen Sie den Mailservernamen in den Hilfeseiten Ihres Anbieters, wenn kein Vorschlag angezeigt wird.
    .gmail-step-1 = Ersetzen Sie den Servernamen durch imap.gmail.com für IMAP oder pop.gmail.com für POP.
    .gmail-step-2 = Wählen Sie SSL/TLS und Port 993 für IMAP oder Port 995 für POP.
    .gmail-step-3 = Verwenden Sie für den Versand smtp.gmail.com mit SSL/TLS und Port 465 oder mit STARTTLS und Port 587.
    .outlook-step-1 = Ersetzen Sie den Servernamen durch outlook.office365.com.
    .outlook-step-2 = Wählen Sie SSL/TLS und Port 993 für IMAP oder Port 995 für POP.
    .outlook-step-3 = Verwenden Sie für den Versand smtp-mail.outlook.com mit STARTTLS und Port 587.
    .outlook-step-4 = Wählen Sie in Ihrer Mail-App die Microsoft-Anmeldung (OAuth): Outlook.com nimmt keine Passwörter von Mail-Apps mehr an.
    .yahoo-step-1 = Ersetzen Sie den Servernamen durch imap.mail.yahoo.com für IMAP oder pop.mail.yahoo.com für POP.
    .yahoo-step-2 = Wählen Sie SSL/TLS und Port 993 für IMAP oder Port 995 für POP.
    .yahoo-step-3 = Verwenden Sie für den Versand smtp.mail.yahoo.com mit SSL/TLS und Port 465.
    .icloud-step-1 = Ersetzen Sie den Servernamen durch imap.mail.me.com; iCloud Mail hat keinen POP-Server.
    .icloud-step-2 = Wählen Sie SSL/TLS und Port 993.
    .icloud-step-3 = Verwenden Sie für den Versand smtp.mail.me.com mit STARTTLS und Port 587.

finding-input-protocol_port_mismatch = Dieser Port gehört zu einer anderen Art von Mailserver
    .explanation = Jede Art von Mailserver hat eigene Ports: IMAP verwendet 993 oder 143, POP 995 oder 110 und der Versand (SMTP) 465, 587 oder 25. Der gewählte Port gehört zu einer anderen Art als der, die Sie einrichten, daher antwortet wahrscheinlich der falsche Dienst.
    .step-1 = Prüfen Sie, ob Sie IMAP, POP oder den Versand (SMTP) einrichten wollten; die übliche Verwendung des Ports wird unten angezeigt.
    .step-2 = Ändern Sie den Port auf den unten angezeigten üblichen Port, mit der passenden Sicherheit: SSL/TLS bei 993, 995 und 465, STARTTLS bei 143, 110 und 587.
    .step-3 = Führen Sie den Test mit dem korrigierten Port noch einmal aus.
    .icloud-explanation = Der gewählte Port gehört zu einer anderen Art von Mailserver. iCloud Mail verwendet nur zwei: Port 993 für eingehende E-Mails über IMAP (POP gibt es nicht) und Port 587 für den Versand.
    .icloud-step-1 = Richten Sie das Konto für eingehende E-Mails als IMAP mit imap.mail.me.com, SSL/TLS und Port 993 ein; iCloud Mail hat keinen POP-Server.
    .icloud-step-2 = Verwenden Sie für den Versand smtp.mail.me.com mit STARTTLS und Port 587.
    .icloud-step-3 = Führen Sie den Test mit diesen Einstellungen noch einmal aus.

finding-input-host_protocol_mismatch = Der Servername gehört zu einer anderen Art von Mailserver
    .explanation = Der Servername beginnt mit einem Wort, das die Art des Servers angibt, etwa „pop.“ für POP, „imap.“ für IMAP oder „smtp.“ für den Versand, und das passt nicht zu dem, was Sie einrichten. Viele Anbieter betreiben diese auf getrennten Rechnern, daher antwortet der falsche womöglich nicht oder auf die falsche Weise.
    .step-1 = Prüfen Sie, ob Sie IMAP, POP oder den Versand (SMTP) einrichten wollten.
    .step-2 = Verwenden Sie den unten als vorgeschlagenen Host angezeigten Servernamen oder suchen Sie den richtigen Namen in den Hilfeseiten Ihres Anbieters.
    .step-3 = Führen Sie den Test mit dem korrigierten Namen noch einmal aus.
    .icloud-explanation = Der Servername passt nicht zu der Art von Server, die Sie einrichten. iCloud Mail hat einen Posteingangsserver, nur über IMAP (POP gibt es nicht), und einen Postausgangsserver.
    .icloud-step-1 = Richten Sie das Konto für eingehende E-Mails als IMAP mit imap.mail.me.com, SSL/TLS und Port 993 ein; iCloud Mail hat keinen POP-Server.
    .icloud-step-2 = Verwenden Sie für den Versand smtp.mail.me.com mit STARTTLS und Port 587.
    .icloud-step-3 = Führen Sie den Test mit diesen Einstellungen noch einmal aus.

finding-input-security_port_mismatch = Die Sicherheitseinstellung passt nicht zu diesem Port
    .explanation = Die Ports 993, 995 und 465 erwarten SSL/TLS vom allerersten Byte an, während die Ports 143, 110 und 587 unverschlüsselt beginnen und mit STARTTLS zur Verschlüsselung wechseln. Die gewählte Sicherheit ist die jeweils andere Art, daher hängt die Verbindung wahrscheinlich oder schlägt fehl.
    .step-1 = Wenn Sie SSL/TLS auf Port 143, 110 oder 587 gewählt haben: Behalten Sie SSL/TLS und ändern Sie den Port auf 993 (IMAP), 995 (POP) oder 465 (SMTP).
    .step-2 = Wenn Sie STARTTLS oder keine Sicherheit auf Port 993, 995 oder 465 gewählt haben: Behalten Sie den Port und wählen Sie SSL/TLS.
    .step-3 = Führen Sie den Test mit den Einstellungen aus den vorgeschlagenen Einstellungen unten noch einmal aus.

## dns: finding the server's address

finding-dns-nxdomain = Den Servernamen gibt es nicht
    .explanation = Das Namenssystem des Internets (DNS) meldet, dass es keinen Server mit diesem Namen gibt. Das ist fast immer ein Tippfehler oder ein Servername, der aus der E-Mail-Adresse abgeleitet statt nachgeschlagen wurde.
    .step-1 = Prüfen Sie den Servernamen Buchstabe für Buchstabe auf Tippfehler.
    .step-2 = Suchen Sie den genauen Namen des Posteingangsservers in den Hilfeseiten Ihres Anbieters; erraten Sie ihn nicht aus Ihrer E-Mail-Adresse.
    .step-3 = Gehört der Name zu Ihrer eigenen Domain, bitten Sie die Person, die die Domain verwaltet, den Namen des Mailservers in den DNS-Einträgen anzulegen.

finding-dns-no_address = Den Servernamen gibt es, aber er verweist nirgendwohin
    .explanation = Der Name ist im DNS bekannt, hat aber keine Internetadresse, daher gibt es nichts, womit eine Verbindung möglich wäre. Das passiert, wenn eine Domain existiert, darunter aber kein Mailservername eingerichtet wurde, oder wenn nur die Website oder die Zustellung eingehender E-Mails (MX) eingerichtet ist.
    .step-1 = Prüfen Sie, ob Sie den Namen des Mailservers eingegeben haben und nicht nur Ihre Domain.
    .step-2 = Suchen Sie den genauen Namen des Posteingangsservers in den Hilfeseiten Ihres Anbieters.
    .step-3 = Wenn Sie die Domain verwalten: Legen Sie für diesen Namen einen Adresseintrag an (A für IPv4, AAAA für IPv6), der auf den Mailserver verweist.

finding-dns-servfail = Der Nameserver konnte diesen Namen nicht nachschlagen
    .explanation = Der gefragte DNS-Server ist gescheitert oder hat die Antwort verweigert. Das deutet meist auf eine fehlerhafte DNS-Einrichtung der Domain hin (zum Beispiel einen DNSSEC-Fehler oder einen ausgefallenen Nameserver), nicht auf Ihre Mail-App.
    .step-1 = Warten Sie ein paar Minuten und führen Sie den Test noch einmal aus; kurze DNS-Ausfälle kommen häufig vor.
    .step-2 = Prüfen Sie, ob der Servername richtig geschrieben ist.
    .step-3 = Wenn es weiter fehlschlägt, teilen Sie der Person, die die Domain verwaltet, mit, dass ihre Nameserver nicht antworten; sie kann die Domain mit einem DNS-Testwerkzeug prüfen.

finding-dns-timeout = Das Nachschlagen des Servernamens hat zu lange gedauert
    .explanation = Kein DNS-Server hat rechtzeitig geantwortet, daher ist die Adresse des Servers unbekannt. Die Nameserver der Domain sind vielleicht ausgefallen oder nicht erreichbar, oder das für den Test verwendete Netzwerk blockiert DNS.
    .step-1 = Führen Sie den Test in ein paar Minuten noch einmal aus.
    .step-2 = Prüfen Sie, ob der Servername richtig geschrieben ist.
    .step-3 = Wenn es weiter fehlschlägt, teilen Sie der Person, die die Domain verwaltet, mit, dass ihre Nameserver nicht antworten.

finding-dns-blocked_address = Der Servername verweist auf eine Adresse, die maildoctor nicht testet
    .explanation = Jede Adresse dieses Namens ist eine private, lokale oder anderweitig reservierte Adresse, etwa ein Heimnetz, der Rechner selbst oder eine interne Adresse einer Cloud. Aus Sicherheitsgründen verbindet sich maildoctor nicht mit solchen Adressen, sofern es nicht dafür eingerichtet wurde.
    .step-1 = Prüfen Sie, ob Sie den öffentlichen Namen des Mailservers eingegeben haben und keinen internen oder lokalen.
    .step-2 = Wenn Sie die Domain verwalten: Sorgen Sie dafür, dass der öffentliche DNS-Eintrag für diesen Namen auf die öffentliche Adresse des Servers verweist.
    .step-3 = Wenn Sie maildoctor für einen Helpdesk betreiben, der private Server testet: Starten Sie es mit --allow-private oder nehmen Sie den privaten Bereich in die Liste der erlaubten Adressen auf.

finding-dns-did_you_mean = Der Servername sieht nach einem Tippfehler aus
    .explanation = Der Name unterscheidet sich nur in ein oder zwei Buchstaben vom Mailservernamen eines bekannten Anbieters. Wahrscheinlich ist es ein Tippfehler.
    .step-1 = Vergleichen Sie den eingegebenen Namen mit dem unten angezeigten Vorschlag.
    .step-2 = Verwenden Sie den vorgeschlagenen Namen, wenn das der gemeinte Server ist, und führen Sie den Test noch einmal aus.

finding-dns-provider_lookup_failed = Das DNS dieses Netzwerks findet einen bekannten Mailserver nicht
    .explanation = Der Servername gehört zum Mailserver eines bekannten Anbieters, den es sicher gibt, doch der gefragte DNS-Server meldet, dass es ihn nicht gibt, hat nicht geantwortet oder eine Adresse genannt, die nicht die des Anbieters sein kann. Das deutet auf das DNS des Netzwerks hin, aus dem getestet wurde, etwa einen Filter- oder Jugendschutzdienst, eine WLAN-Anmeldeseite oder einen fehlerhaften Router, nicht auf einen Tippfehler.
    .step-1 = Probieren Sie Ihre Mail-App in einem anderen Netzwerk aus, zum Beispiel mit den mobilen Daten Ihres Smartphones statt im WLAN, um zu sehen, ob es dort funktioniert.
    .step-2 = Wenn Sie ein öffentliches WLAN im Hotel, Café, Flughafen oder anderswo nutzen, öffnen Sie zuerst eine beliebige Webseite, schließen Sie die Anmeldung dort ab und versuchen Sie es dann noch einmal.
    .step-3 = Starten Sie Ihren Router neu oder stellen Sie Ihr Gerät auf einen anderen DNS-Server um, etwa den Ihres Internetanbieters oder einen öffentlichen wie 1.1.1.1 oder 9.9.9.9.
    .step-4 = Fragen Sie in einem Firmen- oder Schulnetz die IT-Abteilung, ob deren DNS-Filter diesen E-Mail-Dienst blockiert; der gefragte DNS-Server ist unten aufgeführt.


## tcp: reaching the server

finding-tcp-refused = Der Server hat die Verbindung abgewiesen
    .explanation = Der Server wurde erreicht, aber auf diesem Port nimmt nichts Verbindungen an. Meist ist der Port für diesen Server falsch oder der E-Mail-Dienst darauf ist gestoppt; manchmal sperrt ein Server eine Adresse eine Zeit lang nach vielen fehlgeschlagenen Anmeldungen.
    .step-1 = Prüfen Sie den Port: 993 für IMAP, 995 für POP oder 465 bzw. 587 für den Versand, wie es in den Hilfeseiten Ihres Anbieters steht.
    .step-2 = Prüfen Sie, ob der Servername zum Mailserver gehört und nicht zu einem anderen Rechner desselben Anbieters.
    .step-3 = Wenn Sie den Server betreiben: Prüfen Sie, ob der E-Mail-Dienst läuft und auf diesem Port lauscht.
    .step-4 = Wenn dieselben Einstellungen früher funktioniert haben, warten Sie eine Stunde: Der Server hat Ihre Adresse nach vielen fehlgeschlagenen Anmeldungen vielleicht gesperrt.

finding-tcp-timeout = Der Server hat nicht rechtzeitig geantwortet
    .explanation = Der Verbindungsversuch blieb ganz ohne Antwort. Wahrscheinlich verwirft eine Firewall unterwegs die Verbindung, der Server ist ausgefallen oder der Port ist stillschweigend geschlossen.
    .step-1 = Versuchen Sie es aus einem anderen Netzwerk noch einmal, etwa mit den mobilen Daten eines Smartphones: Manche Netzwerke, Hotels und Firmen blockieren E-Mail-Ports.
    .step-2 = Prüfen Sie den Port: 993 für IMAP, 995 für POP oder 465 bzw. 587 für den Versand.
    .step-3 = Wenn Sie den Server betreiben: Prüfen Sie, ob die Firewall Verbindungen auf diesem Port durchlässt und ob der Server läuft.

finding-tcp-unreachable = Der Server ist von hier aus nicht erreichbar
    .explanation = Das Netzwerk hat gemeldet, dass es keinen Weg zum Server gibt. Das Netzwerk des Servers ist vielleicht ausgefallen, oder die Adresse ist aus dem Internet nicht erreichbar.
    .step-1 = Führen Sie den Test in ein paar Minuten noch einmal aus.
    .step-2 = Prüfen Sie, ob der Servername der öffentliche Name des Mailservers ist.
    .step-3 = Wenn Sie den Server betreiben: Prüfen Sie seine Netzwerkverbindung und ob seine öffentliche Adresse geroutet wird.

finding-tcp-partial = Einige Adressen des Servers funktionieren nicht
    .explanation = Der Servername hat mehrere Adressen, oft eine IPv6- und eine IPv4-Adresse, und nur einige davon nehmen Verbindungen an. Mail-Apps, die zuerst eine defekte Adresse versuchen, können langsam sein oder ab und zu scheitern.
    .step-1 = Sehen Sie sich unten die Ergebnisse pro Adresse an, um zu erkennen, welche Adressen scheitern.
    .step-2 = Wenn Sie den Server betreiben: Beheben Sie die Fehler an diesen Adressen oder entfernen Sie ihre DNS-Einträge (oft den IPv6-Eintrag AAAA), bis sie funktionieren.
    .step-3 = Wenn Sie den Server nicht betreiben: Melden Sie die fehlerhaften Adressen Ihrem Anbieter; bis dahin sollte sich Ihre Mail-App über die funktionierenden verbinden.


## tls: encryption and certificates

finding-tls-plaintext_on_tls_port = SSL/TLS wurde gewählt, aber dieser Port beginnt unverschlüsselt
    .explanation = Ihre Einstellungen sagen SSL/TLS, das vom ersten Byte an verschlüsselt, aber der Server hat auf diesem Port unverschlüsselt gegrüßt. Der Port erwartet STARTTLS (Verschlüsselung nach der Begrüßung eingeschaltet) oder keine Verschlüsselung.
    .step-1 = Wählen Sie in Ihrer Mail-App für diesen Port STARTTLS, oder behalten Sie SSL/TLS und ändern Sie den Port auf 993 (IMAP), 995 (POP) oder 465 (SMTP).
    .step-2 = Bevorzugen Sie SSL/TLS auf 993, 995 oder 465, wenn Ihr Anbieter es anbietet: Dann ist die Verbindung vom allerersten Byte an verschlüsselt.
    .step-3 = Führen Sie den Test mit den neuen Einstellungen noch einmal aus.

finding-tls-tls_on_plaintext_port = Dieser Port braucht SSL/TLS von Anfang an
    .explanation = Weil STARTTLS oder keine Sicherheit gewählt war, wurde eine unverschlüsselte Begrüßung erwartet, doch der Server wartet sofort auf Verschlüsselung. Ports wie 993, 995 und 465 funktionieren so.
    .step-1 = Wählen Sie in Ihrer Mail-App für diesen Port SSL/TLS.
    .step-2 = Wenn Sie stattdessen STARTTLS möchten, ändern Sie den Port auf 143 (IMAP), 110 (POP) oder 587 (SMTP).
    .step-3 = Führen Sie den Test mit den neuen Einstellungen noch einmal aus.

finding-tls-handshake_failed = Die sichere Verbindung konnte nicht aufgebaut werden
    .explanation = Server und maildoctor konnten sich nicht auf eine Verschlüsselung der Verbindung einigen, oder der Server hat dabei abgebrochen. Ursache kann ein falscher Port sein, ein schlecht eingerichteter Server oder ein Netzwerkgerät, das verschlüsselten Verkehr stört.
    .step-1 = Prüfen Sie, ob Port und Sicherheitseinstellung zusammenpassen: SSL/TLS bei 993, 995 und 465, STARTTLS bei 143, 110 und 587.
    .step-2 = Versuchen Sie es aus einem anderen Netzwerk noch einmal, falls eine Firewall oder ein Filter verschlüsselte Verbindungen stört.
    .step-3 = Wenn Sie den Server betreiben: Prüfen Sie seine TLS-Konfiguration und seine Protokolle auf den unten angezeigten Handshake-Fehler.

finding-tls-protocol_outdated = Veraltete Verschlüsselung: App und Server finden keine sichere TLS-Version
    .explanation = Eine Seite unterstützt nur alte Verschlüsselungsversionen (TLS 1.0 oder 1.1) oder schwache Verfahren, die nicht mehr als sicher gelten. Entweder bietet der Server nur diese an, was aktuelle Mail-Apps und maildoctor ablehnen, oder der Server lehnt eine alte Mail-App ab, die nur diese beherrscht.
    .step-1 = Wenn der Server meldet, dass TLS 1.0 und 1.1 nicht unterstützt werden: Aktualisieren Sie die Mail-App oder das System des Geräts, oder wechseln Sie zu einer App, die TLS 1.2 unterstützt.
    .step-2 = Bitten Sie andernfalls Ihren Anbieter oder Serveradministrator, TLS 1.2 und TLS 1.3 zu aktivieren.
    .step-3 = Wenn Sie den Server betreiben: Aktualisieren Sie den Mailserver und seine TLS-Bibliothek und erlauben Sie in seinen Einstellungen TLS 1.2 und 1.3.
    .step-4 = Schalten Sie die Verschlüsselung in Ihrer Mail-App nicht ab, um das zu umgehen: Ihr Passwort würde sonst ungeschützt übertragen.

finding-tls-cert_name_mismatch = Das Zertifikat des Servers ist für einen anderen Namen ausgestellt
    .explanation = Das vom Server vorgelegte Zertifikat enthält den eingegebenen Servernamen nicht, daher kann die Mail-App nicht sicher sein, den richtigen Server erreicht zu haben. Oft hat der Mailserver des Anbieters einen anderen Namen als den eingegebenen, zum Beispiel den Namen eines gemeinsam genutzten Hostings statt Ihrer eigenen Domain.
    .step-1 = Sehen Sie sich die Namen an, die das Zertifikat abdeckt; sie sind unten aufgeführt.
    .step-2 = Verwenden Sie einen dieser Namen als Servernamen in Ihrer Mail-App, wenn es der Mailserver Ihres Anbieters ist.
    .step-3 = Prüfen Sie, ob Sie die richtige Art von Server gewählt haben: einen IMAP-Namen für IMAP, einen POP-Namen für POP.
    .step-4 = Wenn Sie den Server betreiben: Installieren Sie ein Zertifikat, das diesen Servernamen enthält.

finding-tls-cert_expired = Das Zertifikat des Servers ist abgelaufen
    .explanation = Zertifikate gelten nur für eine begrenzte Zeit, und das Enddatum dieses Zertifikats ist überschritten. Mail-Apps warnen davor oder verweigern die Verbindung, weil ein abgelaufenes Zertifikat die Echtheit des Servers nicht mehr belegen kann.
    .step-1 = Teilen Sie Ihrem Anbieter oder Serveradministrator mit, dass das Zertifikat abgelaufen ist; das Enddatum wird unten angezeigt.
    .step-2 = Akzeptieren Sie die Zertifikatswarnung in Ihrer Mail-App nicht dauerhaft: Das verbirgt das Problem ebenso wie einen echten Angriff.
    .step-3 = Wenn Sie den Server betreiben: Erneuern Sie das Zertifikat, installieren Sie es mit seinem Zwischenzertifikat und starten Sie den E-Mail-Dienst neu oder laden Sie ihn neu.

finding-tls-cert_not_yet_valid = Das Zertifikat des Servers ist noch nicht gültig
    .explanation = Das Anfangsdatum des Zertifikats liegt in der Zukunft. Entweder wurde ein neues Zertifikat zu früh installiert, oder die Uhr des Servers oder des testenden Rechners geht falsch.
    .step-1 = Prüfen Sie, ob Datum und Uhrzeit auf Ihrem eigenen Gerät stimmen.
    .step-2 = Informieren Sie Ihren Anbieter oder Serveradministrator; das Anfangsdatum des Zertifikats wird unten angezeigt.
    .step-3 = Wenn Sie den Server betreiben: Prüfen Sie die Uhr des Servers und installieren Sie ein Zertifikat, das jetzt gültig ist.

finding-tls-cert_expiring_soon = Das Zertifikat des Servers läuft bald ab
    .explanation = Das Zertifikat funktioniert noch, läuft aber innerhalb von 14 Tagen ab. Danach warnen Mail-Apps oder verweigern die Verbindung.
    .step-1 = Teilen Sie Ihrem Anbieter oder Serveradministrator mit, dass das Zertifikat bald abläuft; das Datum wird unten angezeigt.
    .step-2 = Wenn Sie den Server betreiben: Erneuern Sie das Zertifikat jetzt, prüfen Sie, ob die automatische Erneuerung funktioniert, und laden Sie den E-Mail-Dienst nach der Erneuerung neu.

finding-tls-cert_self_signed = Das Zertifikat des Servers stammt nicht von einer vertrauenswürdigen Stelle
    .explanation = Das Zertifikat wurde vom Server selbst signiert, daher bürgt keine anerkannte Stelle dafür. Mail-Apps können es nicht vom Zertifikat eines Angreifers unterscheiden und zeigen eine Warnung.
    .step-1 = Prüfen Sie, ob der Servername der öffentliche Mailserver Ihres Anbieters ist; manche Anbieter verwenden einen anderen Namen mit einem ordentlichen Zertifikat.
    .step-2 = Wenn Sie den Server betreiben: Installieren Sie für diesen Servernamen ein Zertifikat einer vertrauenswürdigen Stelle, zum Beispiel ein kostenloses von Let's Encrypt.
    .step-3 = Wenn es absichtlich ein privater Server ist: Installieren Sie sein Zertifikat auf jedem Gerät als vertrauenswürdig, aber erst, nachdem Sie seinen Fingerabdruck mit dem Administrator abgeglichen haben.

finding-tls-cert_untrusted = Das Zertifikat des Servers stammt von einer unbekannten Stelle
    .explanation = Das Zertifikat wurde von einer Stelle ausgestellt, der Mail-Apps nicht vertrauen, etwa einer firmeneigenen oder einer unbekannten. Innerhalb einer Organisation kann das in Ordnung sein, aber das Zertifikat eines Angreifers sieht genauso aus.
    .step-1 = Prüfen Sie, ob der Servername der öffentliche Mailserver Ihres Anbieters ist.
    .step-2 = Wenn der Server zu Ihrer Organisation gehört: Bitten Sie deren IT-Team um das Stammzertifikat der Organisation und installieren Sie es auf Ihrem Gerät.
    .step-3 = Wenn Sie den Server betreiben: Installieren Sie für diesen Servernamen ein Zertifikat einer öffentlich vertrauenswürdigen Stelle.

finding-tls-cert_chain_incomplete = Der Server sendet seine Zertifikatskette nicht vollständig
    .explanation = Der Server hat sein eigenes Zertifikat gesendet, aber nicht das Zwischenzertifikat, das es mit einer vertrauenswürdigen Stelle verbindet. Manche Apps können die Lücke selbst füllen, andere nicht, daher funktionieren dieselben Einstellungen auf einem Gerät und auf einem anderen nicht. maildoctor holt das fehlende Zertifikat von der Adresse, die das Zertifikat des Servers nennt, und die Angaben unten zeigen, welches Zertifikat fehlt und ob das bestätigt wurde.
    .step-1 = Teilen Sie Ihrem Anbieter oder Serveradministrator mit, dass das Zwischenzertifikat fehlt, und geben Sie den unten aufgeführten Zertifikatsnamen und die Adresse weiter.
    .step-2 = Wenn Sie den Server betreiben: Installieren Sie das Zertifikat für diesen Namen einschließlich des Zwischenzertifikats (die vollständige Kettendatei Ihrer Zertifizierungsstelle) und laden Sie dann den E-Mail-Dienst neu.
    .step-3 = Führen Sie den Test danach noch einmal aus, um zu bestätigen, dass die Kette vollständig ist.

finding-tls-starttls_unsupported = Der Server bietet kein STARTTLS an
    .explanation = STARTTLS wurde gewählt, aber der Server bietet auf diesem Port keinen Wechsel zur Verschlüsselung an. Ohne ihn würde das Passwort unverschlüsselt übertragen.
    .step-1 = Wählen Sie in Ihrer Mail-App stattdessen SSL/TLS und Port 993 (IMAP), 995 (POP) oder 465 (SMTP).
    .step-2 = Prüfen Sie, ob Servername und Port den empfohlenen Einstellungen Ihres Anbieters entsprechen.
    .step-3 = Wenn Sie den Server betreiben: Aktivieren Sie TLS für diesen Dienst und Port.

finding-tls-starttls_failed = Der Wechsel zur Verschlüsselung ist fehlgeschlagen
    .explanation = Der Server hat STARTTLS angeboten, aber der Wechsel zu einer verschlüsselten Verbindung wurde nicht abgeschlossen. Die TLS-Einrichtung des Servers ist vielleicht fehlerhaft, oder etwas im Netzwerk stört.
    .step-1 = Versuchen Sie in Ihrer Mail-App stattdessen SSL/TLS und Port 993 (IMAP), 995 (POP) oder 465 (SMTP).
    .step-2 = Versuchen Sie es aus einem anderen Netzwerk noch einmal, falls eine Firewall verschlüsselte Verbindungen stört.
    .step-3 = Wenn Sie den Server betreiben: Prüfen Sie sein TLS-Zertifikat, seine Einstellungen und seine Protokolle auf den unten angezeigten Fehler.

finding-tls-not_used = Die Verbindung ist nicht verschlüsselt
    .explanation = Die Verbindung wurde ganz ohne Verschlüsselung aufgebaut, daher kann jeder unterwegs Ihr Passwort und Ihre E-Mails mitlesen. Die meisten Anbieter verweigern die Anmeldung über solche Verbindungen.
    .step-1 = Wählen Sie in Ihrer Mail-App SSL/TLS und Port 993 (IMAP), 995 (POP) oder 465 (SMTP).
    .step-2 = Wenn der Server kein SSL/TLS anbietet, wählen Sie STARTTLS mit Port 143 (IMAP), 110 (POP) oder 587 (SMTP).
    .step-3 = Wenn Sie den Server betreiben: Aktivieren Sie TLS und nehmen Sie keine Passwörter über unverschlüsselte Verbindungen mehr an.


## protocol: what answers on the port

finding-protocol-pop3_not_imap = Dieser Port ist für POP, nicht für IMAP
    .explanation = Sie richten IMAP ein, aber auf diesem Host und Port hat ein POP-Server geantwortet. Die beiden funktionieren unterschiedlich, daher kann die Mail-App nicht per IMAP mit ihm sprechen.
    .step-1 = Wenn Sie IMAP möchten: Ändern Sie den Port auf 993 mit SSL/TLS (oder 143 mit STARTTLS) und verwenden Sie den IMAP-Servernamen aus den Hilfeseiten Ihres Anbieters.
    .step-2 = Wenn Sie POP möchten: Richten Sie das Konto als POP statt als IMAP ein.
    .step-3 = Führen Sie den Test mit den korrigierten Einstellungen noch einmal aus.
    .icloud-explanation = Sie richten IMAP ein, aber ein POP-Server hat geantwortet. iCloud Mail hat keinen POP-Server, daher ist das nicht der Server von iCloud.
    .icloud-step-1 = Verwenden Sie imap.mail.me.com als Servernamen.
    .icloud-step-2 = Wählen Sie SSL/TLS und Port 993.
    .icloud-step-3 = Führen Sie den Test mit diesen Einstellungen noch einmal aus.

finding-protocol-imap_not_pop3 = Dieser Port ist für IMAP, nicht für POP
    .explanation = Sie richten POP ein, aber auf diesem Host und Port hat ein IMAP-Server geantwortet. Die Mail-App kann nicht per POP mit ihm sprechen.
    .step-1 = Wenn Sie POP möchten: Ändern Sie den Port auf 995 mit SSL/TLS (oder 110 mit STARTTLS) und verwenden Sie den POP-Servernamen aus den Hilfeseiten Ihres Anbieters.
    .step-2 = Wenn IMAP für Sie in Ordnung ist: Richten Sie das Konto stattdessen als IMAP ein; so bleiben Ihre E-Mails auf allen Geräten synchron.
    .step-3 = Führen Sie den Test mit den korrigierten Einstellungen noch einmal aus.
    .icloud-explanation = Sie richten POP ein, aber iCloud Mail hat keinen POP-Server: Eingehende E-Mails gibt es nur über IMAP.
    .icloud-step-1 = Richten Sie das Konto als IMAP statt als POP ein.
    .icloud-step-2 = Verwenden Sie imap.mail.me.com mit SSL/TLS und Port 993.
    .icloud-step-3 = Führen Sie den Test als IMAP noch einmal aus.

finding-protocol-smtp_not_incoming = Das ist ein Postausgangsserver, kein Posteingangsserver
    .explanation = Sie richten den E-Mail-Empfang ein (IMAP oder POP), aber ein Postausgangsserver (SMTP) hat geantwortet. Senden und Empfangen verwenden unterschiedliche Server oder Ports.
    .step-1 = Verwenden Sie für eingehende E-Mails den Namen des Posteingangsservers: Er beginnt meist mit „imap.“ oder „pop.“, nicht mit „smtp.“.
    .step-2 = Verwenden Sie Port 993 mit SSL/TLS für IMAP oder Port 995 mit SSL/TLS für POP.
    .step-3 = Tragen Sie diesen Server und Port stattdessen in den Postausgangseinstellungen (SMTP) Ihrer Mail-App ein, wenn sie dorthin gehören.

finding-protocol-incoming_not_smtp = Das ist ein Posteingangsserver, kein Postausgangsserver
    .explanation = Sie richten den Versand (SMTP) ein, aber ein Posteingangsserver (IMAP oder POP) hat geantwortet. Der Versand verwendet einen eigenen Servernamen oder Port.
    .step-1 = Verwenden Sie für den Versand den Namen des Postausgangsservers: Er beginnt meist mit „smtp.“.
    .step-2 = Verwenden Sie Port 465 mit SSL/TLS oder Port 587 mit STARTTLS.
    .step-3 = Tragen Sie diesen Server und Port stattdessen in den Posteingangseinstellungen Ihrer Mail-App ein, wenn sie dorthin gehören.

finding-protocol-http_not_mail = Ein Webserver hat geantwortet, kein Mailserver
    .explanation = Host und Port führen zu einer Website. Mail-Apps brauchen den Mailserver des Anbieters und einen E-Mail-Port, nicht die Adresse, die Sie im Browser öffnen.
    .step-1 = Prüfen Sie, ob der Port ein E-Mail-Port ist: 993 oder 143 für IMAP, 995 oder 110 für POP, 465 oder 587 für den Versand; 80 und 443 sind Web-Ports.
    .step-2 = Ersetzen Sie den Servernamen durch den Mailservernamen aus den Hilfeseiten Ihres Anbieters; er beginnt meist mit „imap.“, „pop.“, „smtp.“ oder „mail.“.
    .step-3 = Führen Sie den Test mit den korrigierten Einstellungen noch einmal aus.

finding-protocol-unknown = Etwas anderes als ein Mailserver hat geantwortet
    .explanation = Der Server hat geantwortet, aber nicht wie ein Mailserver; es kann ein anderer Dienst sein, etwa eine Fernanmeldung (SSH), oder ein Gerät dazwischen. Die ersten gesendeten Bytes werden unten angezeigt.
    .step-1 = Prüfen Sie, ob der Port ein E-Mail-Port ist: 993 oder 143 für IMAP, 995 oder 110 für POP, 465 oder 587 für den Versand.
    .step-2 = Prüfen Sie, ob der Servername zum Mailserver Ihres Anbieters gehört.
    .step-3 = Wenn Sie den Server betreiben: Prüfen Sie, welches Programm auf diesem Port lauscht.

finding-protocol-no_greeting = Der Server hat die Verbindung angenommen, aber nichts gesagt
    .explanation = Eine Verbindung kam zustande, aber der Server hat nie die Begrüßung gesendet, mit der ein Mailserver beginnt. Der Server ist vielleicht überlastet oder hängt, begrenzt die Verbindungen pro Adresse oder wartet auf eine Verschlüsselung, die nicht gestartet wurde.
    .step-1 = Prüfen Sie, ob Port und Sicherheitseinstellung zusammenpassen: SSL/TLS bei 993, 995 und 465, STARTTLS bei 143, 110 und 587.
    .step-2 = Schließen Sie andere Mail-Apps oder Geräte, die dieses Konto verwenden, und führen Sie den Test in ein paar Minuten noch einmal aus.
    .step-3 = Wenn Sie den Server betreiben: Prüfen Sie, ob der E-Mail-Dienst einwandfrei läuft und ob ein Verbindungslimit pro Adresse erreicht ist.

finding-protocol-rejected = Der Server hat den Dienst sofort verweigert
    .explanation = Der Server hat geantwortet, sich aber sofort geweigert, diese Verbindung zu bedienen. Er ist vielleicht zu beschäftigt, sperrt die testende Adresse oder ist wegen Wartung geschlossen; seine eigene Meldung wird unten angezeigt.
    .step-1 = Lesen Sie die Meldung des Servers unten: Sie nennt oft den Grund.
    .step-2 = Warten Sie eine Weile und führen Sie den Test noch einmal aus, besonders wenn die Meldung von Überlastung oder zu vielen Verbindungen spricht.
    .step-3 = Fragen Sie Ihren Anbieter oder Serveradministrator, ob Ihre Adresse oder Ihr Netzwerk gesperrt ist.

finding-server-slow_response = Der Server antwortet langsam
    .explanation = Der Server hat mehr als 3 Sekunden für die Begrüßung gebraucht. Er funktioniert noch, aber Mail-Apps können eine Zeitüberschreitung melden, und oft bedeutet es, dass der Server überlastet ist oder die verbindende Adresse langsam nachschlägt.
    .step-1 = Führen Sie den Test später noch einmal aus, um zu sehen, ob die Verzögerung bleibt.
    .step-2 = Erhöhen Sie die Zeitüberschreitung für Verbindungen in Ihrer Mail-App, wenn sie zu früh aufgibt.
    .step-3 = Wenn Sie den Server betreiben: Prüfen Sie seine Auslastung und ob er vor der Begrüßung auf Reverse-DNS oder andere Abfragen wartet.


## auth: signing in

finding-auth-invalid_credentials = Nutzername oder Passwort wurden nicht akzeptiert
    .explanation = Der Server hat die Anmeldung abgelehnt. Meist ist das Passwort oder der Nutzername falsch, aber viele Anbieter senden dieselbe Antwort, wenn sie ein App-Passwort oder ein anderes Anmeldeverfahren verlangen. Microsofts „LOGIN failed“ oder „AUTHENTICATE failed“ bedeutet zum Beispiel meist, dass die Anmeldung mit Passwort für das Konto abgeschaltet ist.
    .step-1 = Prüfen Sie das Passwort: Geben Sie es sorgfältig neu ein und achten Sie auf die Feststelltaste und die Tastatursprache.
    .step-2 = Prüfen Sie den Nutzernamen: Die meisten Anbieter erwarten Ihre vollständige E-Mail-Adresse.
    .step-3 = Melden Sie sich mit demselben Nutzernamen und Passwort im Webmail Ihres Anbieters an, um zu bestätigen, dass beide stimmen.
    .step-4 = Wenn das Webmail funktioniert, die Mail-App aber nicht, prüfen Sie, ob Ihr Anbieter für Mail-Apps ein App-Passwort verlangt.
    .gmail-explanation = Gmail hat die Anmeldung abgelehnt. Gmail nimmt Ihr normales Google-Passwort von Mail-Apps nicht mehr an (private Konten seit dem 30. Mai 2022, Arbeits- und Schulkonten seit Herbst 2024), daher ist meist ein App-Passwort oder „Über Google anmelden“ nötig; das Passwort kann auch falsch eingegeben oder widerrufen sein.
    .gmail-step-1 = Verwenden Sie als Nutzernamen die vollständige Gmail-Adresse.
    .gmail-step-2 = Aktivieren Sie in Ihrem Google-Konto unter „Sicherheit“ die Bestätigung in zwei Schritten, falls sie noch nicht aktiviert ist.
    .gmail-step-3 = Erstellen Sie in Ihrem Google-Konto ein App-Passwort („Sicherheit“, „Bestätigung in zwei Schritten“, „App-Passwörter“) und verwenden Sie es anstelle Ihres normalen Passworts.
    .gmail-step-4 = Verwenden Sie stattdessen „Über Google anmelden“, wenn Ihre Mail-App das anbietet (Apple Mail, Outlook und Thunderbird tun das); dort funktioniert Ihr normales Google-Passwort.
    .gmail-step-5 = Bei einem Arbeits- oder Schulkonto: Fragen Sie Ihren Administrator, ob App-Passwörter oder Mail-Apps erlaubt sind.
    .yahoo-explanation = Yahoo hat die Anmeldung abgelehnt. Yahoo sendet dieselbe Antwort für ein falsches Passwort und für ein normales Passwort, wo ein App-Passwort nötig ist, und Mail-Apps brauchen ein App-Passwort.
    .yahoo-step-1 = Verwenden Sie als Nutzernamen die vollständige Yahoo-Adresse.
    .yahoo-step-2 = Melden Sie sich im Browser bei Yahoo an, öffnen Sie „Account Info“ (Kontoinformationen) und dann „Account security“ (Kontosicherheit) und wählen Sie, ein App-Passwort zu erstellen.
    .yahoo-step-3 = Verwenden Sie das App-Passwort in Ihrer Mail-App anstelle Ihres normalen Passworts.
    .aol-explanation = AOL hat die Anmeldung abgelehnt. AOL sendet dieselbe Antwort für ein falsches Passwort und für ein normales Passwort, wo ein App-Passwort nötig ist, und Mail-Apps brauchen ein App-Passwort.
    .aol-step-1 = Verwenden Sie als Nutzernamen die vollständige AOL-Adresse.
    .aol-step-2 = Melden Sie sich im Browser bei AOL an, öffnen Sie „Account Info“ (Kontoinformationen) und dann „Account security“ (Kontosicherheit) und wählen Sie, ein App-Passwort zu erstellen.
    .aol-step-3 = Verwenden Sie das App-Passwort in Ihrer Mail-App anstelle Ihres normalen Passworts.
    .icloud-explanation = iCloud hat die Anmeldung abgelehnt. iCloud gibt dieselbe Antwort für ein falsches Passwort und für Ihr Apple-Account-Passwort, wo ein app-spezifisches Passwort nötig ist, und Mail-Apps brauchen ein app-spezifisches Passwort.
    .icloud-step-1 = Verwenden Sie als Nutzernamen den Teil Ihrer iCloud-Adresse vor dem @; wird das abgelehnt, versuchen Sie die vollständige Adresse.
    .icloud-step-2 = Melden Sie sich im Browser bei Ihrem Apple Account an, öffnen Sie „Anmeldung und Sicherheit“ und dann „App-spezifische Passwörter“ und erstellen Sie eines; die Zwei-Faktor-Authentifizierung muss aktiviert sein.
    .icloud-step-3 = Verwenden Sie das app-spezifische Passwort in Ihrer Mail-App anstelle Ihres Apple-Account-Passworts.
    .qq-explanation = QQ Mail hat die Anmeldung abgelehnt. Mail-Apps müssen einen Autorisierungscode aus den Einstellungen von QQ Mail verwenden, nicht Ihr QQ-Passwort.
    .qq-step-1 = Verwenden Sie als Nutzernamen die vollständige QQ-Mail-Adresse.
    .qq-step-2 = Öffnen Sie in QQ Mail im Web die Einstellungen und dann „Konto“ und aktivieren Sie den IMAP/SMTP-Dienst (und POP3, wenn Sie es nutzen).
    .qq-step-3 = Erstellen Sie dort einen Autorisierungscode und verwenden Sie ihn in Ihrer Mail-App anstelle Ihres Passworts.
    .netease-explanation = NetEase Mail hat die Anmeldung abgelehnt. Mail-Apps müssen einen Client-Autorisierungscode aus den Postfacheinstellungen verwenden, nicht Ihr Kontopasswort.
    .netease-step-1 = Verwenden Sie als Nutzernamen die vollständige Adresse bei 163, 126 oder yeah.net.
    .netease-step-2 = Öffnen Sie im Web-Postfach die Einstellungen und dann „POP3/SMTP/IMAP“ und aktivieren Sie den IMAP/SMTP-Dienst (und POP3, wenn Sie es nutzen).
    .netease-step-3 = Erstellen Sie dort einen Client-Autorisierungscode und verwenden Sie ihn in Ihrer Mail-App anstelle Ihres Passworts.
    .netease126-explanation = NetEase Mail hat die Anmeldung abgelehnt. Mail-Apps müssen einen Client-Autorisierungscode aus den Postfacheinstellungen verwenden, nicht Ihr Kontopasswort.
    .netease126-step-1 = Verwenden Sie als Nutzernamen die vollständige Adresse bei 163, 126 oder yeah.net.
    .netease126-step-2 = Öffnen Sie im Web-Postfach die Einstellungen und dann „POP3/SMTP/IMAP“ und aktivieren Sie den IMAP/SMTP-Dienst (und POP3, wenn Sie es nutzen).
    .netease126-step-3 = Erstellen Sie dort einen Client-Autorisierungscode und verwenden Sie ihn in Ihrer Mail-App anstelle Ihres Passworts.
    .neteaseyeah-explanation = NetEase Mail hat die Anmeldung abgelehnt. Mail-Apps müssen einen Client-Autorisierungscode aus den Postfacheinstellungen verwenden, nicht Ihr Kontopasswort.
    .neteaseyeah-step-1 = Verwenden Sie als Nutzernamen die vollständige Adresse bei 163, 126 oder yeah.net.
    .neteaseyeah-step-2 = Öffnen Sie im Web-Postfach die Einstellungen und dann „POP3/SMTP/IMAP“ und aktivieren Sie den IMAP/SMTP-Dienst (und POP3, wenn Sie es nutzen).
    .neteaseyeah-step-3 = Erstellen Sie dort einen Client-Autorisierungscode und verwenden Sie ihn in Ihrer Mail-App anstelle Ihres Passworts.
    .outlook-explanation = Outlook.com hat die Anmeldung abgelehnt. Seit dem 16. September 2024 nimmt Outlook.com von Mail-Apps überhaupt keine Passwörter mehr an, nur noch die Microsoft-Anmeldung (OAuth), daher wird auch ein richtiges Passwort abgelehnt.
    .outlook-step-1 = Verwenden Sie eine Mail-App, die die Microsoft-Anmeldung unterstützt, etwa Outlook, Apple Mail oder Thunderbird mit OAuth.
    .outlook-step-2 = Entfernen Sie das Konto aus Ihrer Mail-App und fügen Sie es erneut hinzu, diesmal mit der Microsoft-Anmeldung (in Thunderbird: Authentifizierungsmethode OAuth2).
    .outlook-step-3 = Melden Sie sich im Browser bei outlook.com an, um zu bestätigen, dass das Konto selbst funktioniert.
    .microsoft365-explanation = Microsoft 365 hat die Anmeldung abgelehnt. Für IMAP und POP wurde die Anmeldung mit Passwort Ende 2022 abgeschaltet, daher bedeutet Microsofts „LOGIN failed“ oder „AUTHENTICATE failed“ meist, dass die Passwort-Anmeldung deaktiviert ist, und nicht ein falsches Passwort; es kann aber auch ein falsches Passwort sein.
    .microsoft365-step-1 = Verwenden Sie eine Mail-App, die die Microsoft-Anmeldung unterstützt, etwa Outlook, Apple Mail oder Thunderbird mit OAuth, und fügen Sie das Konto mit der Microsoft-Anmeldung erneut hinzu.
    .microsoft365-step-2 = Melden Sie sich im Browser mit demselben Konto bei office.com an, um zu bestätigen, dass das Passwort stimmt.
    .microsoft365-step-3 = Für den Versand mit Passwort (SMTP AUTH): Bitten Sie Ihren Administrator, für Ihr Postfach „Authentifiziertes SMTP“ zu erlauben; Microsoft schaltet es Ende Dezember 2026 standardmäßig ab.
    .microsoft365-step-4 = Fragen Sie Ihren Administrator, ob Sicherheitsstandards oder bedingter Zugriff Mail-Apps für Ihr Konto blockieren.
    .gmx-explanation = GMX hat die Anmeldung abgelehnt. GMX sendet dieselbe Antwort für ein falsches Passwort und für ein Konto, bei dem der Zugriff über POP3 und IMAP abgeschaltet ist.
    .gmx-step-1 = Verwenden Sie als Nutzernamen die vollständige GMX-Adresse und prüfen Sie das Passwort, indem Sie sich im Browser bei GMX anmelden.
    .gmx-step-2 = Öffnen Sie bei GMX im Web die Einstellungen und dann „POP3 & IMAP“ und erlauben Sie den Zugriff über POP3 und IMAP.
    .gmx-step-3 = Führen Sie den Test nach dem Speichern der Einstellung noch einmal aus.
    .gmxnet-explanation = GMX hat die Anmeldung abgelehnt. GMX sendet dieselbe Antwort für ein falsches Passwort und für ein Konto, bei dem der Zugriff über POP3 und IMAP abgeschaltet ist.
    .gmxnet-step-1 = Verwenden Sie als Nutzernamen die vollständige GMX-Adresse und prüfen Sie das Passwort, indem Sie sich im Browser bei GMX anmelden.
    .gmxnet-step-2 = Öffnen Sie bei GMX im Web die Einstellungen und dann „POP3 & IMAP“ und erlauben Sie den Zugriff über POP3 und IMAP.
    .gmxnet-step-3 = Führen Sie den Test nach dem Speichern der Einstellung noch einmal aus.
    .webde-explanation = WEB.DE hat die Anmeldung abgelehnt. WEB.DE sendet dieselbe Antwort für ein falsches Passwort und für ein Konto, bei dem der Zugriff über POP3 und IMAP abgeschaltet ist.
    .webde-step-1 = Verwenden Sie als Nutzernamen die vollständige WEB.DE-Adresse und prüfen Sie das Passwort, indem Sie sich im Browser bei WEB.DE anmelden.
    .webde-step-2 = Öffnen Sie bei WEB.DE im Web die Einstellungen und dann „POP3/IMAP“ und erlauben Sie den Zugriff über POP3 und IMAP.
    .webde-step-3 = Führen Sie den Test nach dem Speichern der Einstellung noch einmal aus.
    .yandex-explanation = Yandex hat die Anmeldung abgelehnt. Yandex sendet dieselbe Antwort für ein falsches Passwort, für ein Konto ohne Zugriff für Mail-Apps und für ein normales Passwort, wo ein App-Passwort nötig ist.
    .yandex-step-1 = Öffnen Sie in Yandex Mail im Web die Einstellungen für E-Mail-Programme und erlauben Sie den Zugriff über IMAP.
    .yandex-step-2 = Erstellen Sie in den Sicherheitseinstellungen Ihrer Yandex ID ein App-Passwort für E-Mail.
    .yandex-step-3 = Verwenden Sie die vollständige Adresse als Nutzernamen und das App-Passwort als Passwort.

finding-auth-app_password_required = Dieses Konto braucht ein App-Passwort
    .explanation = Ihr Anbieter nimmt Ihr normales Passwort von Mail-Apps nicht an, meist weil die Anmeldung in zwei Schritten aktiviert ist. Er verlangt ein eigenes App-Passwort, das Sie in den Sicherheitseinstellungen des Kontos nur für Mail-Apps erstellen.
    .step-1 = Melden Sie sich auf der Website Ihres Anbieters an und öffnen Sie die Sicherheitseinstellungen des Kontos.
    .step-2 = Erstellen Sie ein App-Passwort für E-Mail (manche Anbieter nennen es app-spezifisches Passwort oder Autorisierungscode).
    .step-3 = Verwenden Sie das App-Passwort in Ihrer Mail-App anstelle Ihres normalen Passworts.
    .step-4 = Geben Sie das App-Passwort nicht weiter; Sie können es jederzeit an derselben Stelle widerrufen.
    .gmail-step-1 = Aktivieren Sie in Ihrem Google-Konto unter „Sicherheit“ die Bestätigung in zwei Schritten, falls sie noch nicht aktiviert ist.
    .gmail-step-2 = Erstellen Sie in Ihrem Google-Konto ein App-Passwort („Sicherheit“, „Bestätigung in zwei Schritten“, „App-Passwörter“).
    .gmail-step-3 = Verwenden Sie das App-Passwort in Ihrer Mail-App anstelle Ihres normalen Google-Passworts, mit der vollständigen Gmail-Adresse als Nutzernamen.
    .gmail-step-4 = Verwenden Sie stattdessen „Über Google anmelden“, wenn Ihre Mail-App das anbietet; dort funktioniert Ihr normales Google-Passwort.
    .yahoo-step-1 = Melden Sie sich im Browser bei Yahoo an und öffnen Sie „Account Info“ (Kontoinformationen) und dann „Account security“ (Kontosicherheit).
    .yahoo-step-2 = Aktivieren Sie die Bestätigung in zwei Schritten, falls sie noch nicht aktiviert ist.
    .yahoo-step-3 = Wählen Sie, ein App-Passwort zu erstellen, und verwenden Sie es in Ihrer Mail-App anstelle Ihres normalen Passworts.
    .aol-step-1 = Melden Sie sich im Browser bei AOL an und öffnen Sie „Account Info“ (Kontoinformationen) und dann „Account security“ (Kontosicherheit).
    .aol-step-2 = Aktivieren Sie die Bestätigung in zwei Schritten, falls sie noch nicht aktiviert ist.
    .aol-step-3 = Wählen Sie, ein App-Passwort zu erstellen, und verwenden Sie es in Ihrer Mail-App anstelle Ihres normalen Passworts.
    .icloud-step-1 = Melden Sie sich im Browser bei Ihrem Apple Account an und öffnen Sie „Anmeldung und Sicherheit“.
    .icloud-step-2 = Aktivieren Sie die Zwei-Faktor-Authentifizierung, falls sie noch nicht aktiviert ist.
    .icloud-step-3 = Öffnen Sie „App-spezifische Passwörter“, erstellen Sie eines und verwenden Sie es in Ihrer Mail-App anstelle Ihres Apple-Account-Passworts.
    .qq-explanation = QQ Mail verlangt einen Autorisierungscode: Mail-Apps können sich nicht mit Ihrem QQ-Passwort anmelden.
    .qq-step-1 = Öffnen Sie in QQ Mail im Web die Einstellungen und dann „Konto“.
    .qq-step-2 = Aktivieren Sie den IMAP/SMTP-Dienst (und POP3, wenn Sie es nutzen) und bestätigen Sie per SMS, wenn Sie dazu aufgefordert werden.
    .qq-step-3 = Erstellen Sie einen Autorisierungscode und verwenden Sie ihn in Ihrer Mail-App anstelle Ihres Passworts.
    .netease-explanation = NetEase Mail verlangt einen Client-Autorisierungscode: Mail-Apps können sich nicht mit Ihrem Kontopasswort anmelden.
    .netease-step-1 = Öffnen Sie im Web-Postfach von 163, 126 oder yeah.net die Einstellungen und dann „POP3/SMTP/IMAP“.
    .netease-step-2 = Aktivieren Sie den IMAP/SMTP-Dienst (und POP3, wenn Sie es nutzen).
    .netease-step-3 = Erstellen Sie einen Client-Autorisierungscode und verwenden Sie ihn in Ihrer Mail-App anstelle Ihres Passworts.
    .netease126-explanation = NetEase Mail verlangt einen Client-Autorisierungscode: Mail-Apps können sich nicht mit Ihrem Kontopasswort anmelden.
    .netease126-step-1 = Öffnen Sie im Web-Postfach von 163, 126 oder yeah.net die Einstellungen und dann „POP3/SMTP/IMAP“.
    .netease126-step-2 = Aktivieren Sie den IMAP/SMTP-Dienst (und POP3, wenn Sie es nutzen).
    .netease126-step-3 = Erstellen Sie einen Client-Autorisierungscode und verwenden Sie ihn in Ihrer Mail-App anstelle Ihres Passworts.
    .neteaseyeah-explanation = NetEase Mail verlangt einen Client-Autorisierungscode: Mail-Apps können sich nicht mit Ihrem Kontopasswort anmelden.
    .neteaseyeah-step-1 = Öffnen Sie im Web-Postfach von 163, 126 oder yeah.net die Einstellungen und dann „POP3/SMTP/IMAP“.
    .neteaseyeah-step-2 = Aktivieren Sie den IMAP/SMTP-Dienst (und POP3, wenn Sie es nutzen).
    .neteaseyeah-step-3 = Erstellen Sie einen Client-Autorisierungscode und verwenden Sie ihn in Ihrer Mail-App anstelle Ihres Passworts.

finding-auth-web_login_required = Ihr Anbieter möchte, dass Sie sich zuerst auf seiner Website anmelden
    .explanation = Der Anbieter hat diese Anmeldung gesperrt, bis Sie sie auf seiner Website bestätigen, oft weil sie von einem neuen Ort oder Gerät kam oder weil er die Mail-App für unsicher hielt. Ihr Passwort kann durchaus richtig sein.
    .step-1 = Melden Sie sich im Browser beim Webmail Ihres Anbieters an, am besten im selben Netzwerk wie Ihre Mail-App.
    .step-2 = Schließen Sie eine Sicherheitsprüfung ab oder bestätigen Sie den Anmeldeversuch, wenn Sie dazu aufgefordert werden.
    .step-3 = Führen Sie den Test innerhalb weniger Minuten noch einmal aus.
    .step-4 = Wenn es immer wieder passiert, prüfen Sie, ob Ihr Anbieter für Mail-Apps ein App-Passwort verlangt.
    .gmail-step-1 = Melden Sie sich im selben Netzwerk im Browser bei Gmail an und schließen Sie eine Sicherheitsprüfung ab, falls eine erscheint.
    .gmail-step-2 = Sehen Sie sich in Ihrem Google-Konto unter „Sicherheit“ die letzten sicherheitsrelevanten Aktivitäten an und bestätigen Sie, dass die Anmeldung von Ihnen kam.
    .gmail-step-3 = Verwenden Sie in Ihrer Mail-App ein App-Passwort (Google-Konto, „Sicherheit“, „Bestätigung in zwei Schritten“, „App-Passwörter“) oder eine Mail-App mit „Über Google anmelden“.
    .gmail-step-4 = Führen Sie den Test innerhalb weniger Minuten noch einmal aus.
    .yahoo-step-1 = Melden Sie sich im Browser bei Yahoo Mail an und schließen Sie eine Sicherheitsprüfung ab, falls eine erscheint.
    .yahoo-step-2 = Erstellen Sie unter „Account Info“ (Kontoinformationen), „Account security“ (Kontosicherheit) ein App-Passwort und verwenden Sie es in Ihrer Mail-App.
    .yahoo-step-3 = Führen Sie den Test innerhalb weniger Minuten noch einmal aus.
    .aol-step-1 = Melden Sie sich im Browser bei AOL Mail an und schließen Sie eine Sicherheitsprüfung ab, falls eine erscheint.
    .aol-step-2 = Erstellen Sie unter „Account Info“ (Kontoinformationen), „Account security“ (Kontosicherheit) ein App-Passwort und verwenden Sie es in Ihrer Mail-App.
    .aol-step-3 = Führen Sie den Test innerhalb weniger Minuten noch einmal aus.
    .icloud-step-1 = Melden Sie sich im Browser bei icloud.com an und akzeptieren Sie angezeigte Bedingungen oder Sicherheitshinweise.
    .icloud-step-2 = Erstellen Sie in Ihrem Apple Account unter „Anmeldung und Sicherheit“ ein app-spezifisches Passwort und verwenden Sie es in Ihrer Mail-App.
    .icloud-step-3 = Führen Sie den Test innerhalb weniger Minuten noch einmal aus.
    .qq-step-1 = Melden Sie sich im Browser bei QQ Mail an und schließen Sie eine Sicherheitsprüfung ab, falls eine erscheint.
    .qq-step-2 = Prüfen Sie unter Einstellungen, „Konto“, ob der IMAP/SMTP-Dienst aktiviert ist, und erstellen Sie bei Bedarf einen neuen Autorisierungscode.
    .qq-step-3 = Verwenden Sie den Autorisierungscode in Ihrer Mail-App und führen Sie den Test noch einmal aus.
    .netease-step-1 = Melden Sie sich im Browser beim Web-Postfach von NetEase an und schließen Sie eine Sicherheitsprüfung ab, falls eine erscheint.
    .netease-step-2 = Prüfen Sie unter Einstellungen, „POP3/SMTP/IMAP“, ob der IMAP/SMTP-Dienst aktiviert ist, und erstellen Sie bei Bedarf einen neuen Client-Autorisierungscode.
    .netease-step-3 = Verwenden Sie den Autorisierungscode in Ihrer Mail-App und führen Sie den Test noch einmal aus.
    .netease-step-4 = Wenn der Server nach der Anmeldung „Unsafe Login“ meldet: NetEase lehnt Mail-Apps ab, die sich nicht zu erkennen geben; verwenden Sie daher Thunderbird, Apple Mail, Outlook oder die NetEase-App oder POP3 statt IMAP.
    .netease126-step-1 = Melden Sie sich im Browser beim Web-Postfach von NetEase an und schließen Sie eine Sicherheitsprüfung ab, falls eine erscheint.
    .netease126-step-2 = Prüfen Sie unter Einstellungen, „POP3/SMTP/IMAP“, ob der IMAP/SMTP-Dienst aktiviert ist, und erstellen Sie bei Bedarf einen neuen Client-Autorisierungscode.
    .netease126-step-3 = Verwenden Sie den Autorisierungscode in Ihrer Mail-App und führen Sie den Test noch einmal aus.
    .netease126-step-4 = Wenn der Server nach der Anmeldung „Unsafe Login“ meldet: NetEase lehnt Mail-Apps ab, die sich nicht zu erkennen geben; verwenden Sie daher Thunderbird, Apple Mail, Outlook oder die NetEase-App oder POP3 statt IMAP.
    .neteaseyeah-step-1 = Melden Sie sich im Browser beim Web-Postfach von NetEase an und schließen Sie eine Sicherheitsprüfung ab, falls eine erscheint.
    .neteaseyeah-step-2 = Prüfen Sie unter Einstellungen, „POP3/SMTP/IMAP“, ob der IMAP/SMTP-Dienst aktiviert ist, und erstellen Sie bei Bedarf einen neuen Client-Autorisierungscode.
    .neteaseyeah-step-3 = Verwenden Sie den Autorisierungscode in Ihrer Mail-App und führen Sie den Test noch einmal aus.
    .neteaseyeah-step-4 = Wenn der Server nach der Anmeldung „Unsafe Login“ meldet: NetEase lehnt Mail-Apps ab, die sich nicht zu erkennen geben; verwenden Sie daher Thunderbird, Apple Mail, Outlook oder die NetEase-App oder POP3 statt IMAP.

finding-auth-basic_auth_disabled = Dieses Konto nimmt keine Passwörter von Mail-Apps an
    .explanation = Der Server erlaubt nur die moderne Anmeldung (OAuth), bei der Sie sich auf der eigenen Seite des Anbieters anmelden, daher wird ein Passwort auch dann abgelehnt, wenn es richtig ist. maildoctor testet die Anmeldung mit Passwort und kann hier deshalb nicht weiter prüfen.
    .step-1 = Verwenden Sie eine Mail-App, die die eigene Anmeldung des Anbieters unterstützt (oft als „Anmelden mit …“ oder OAuth2 angezeigt).
    .step-2 = Entfernen Sie das Konto aus Ihrer Mail-App und fügen Sie es erneut hinzu, diesmal mit diesem Anmeldeverfahren.
    .step-3 = Bei einem Arbeitskonto: Fragen Sie Ihren Administrator, ob die Anmeldung mit Passwort für Ihr Postfach erlaubt werden kann.
    .outlook-explanation = Outlook.com nimmt seit dem 16. September 2024 keine Passwörter von Mail-Apps mehr an. Es funktioniert nur noch die Microsoft-Anmeldung (OAuth), daher wird auch ein richtiges Passwort abgelehnt.
    .outlook-step-1 = Verwenden Sie eine Mail-App, die die Microsoft-Anmeldung unterstützt, etwa Outlook, Apple Mail oder Thunderbird mit OAuth.
    .outlook-step-2 = Entfernen Sie das Konto aus Ihrer Mail-App und fügen Sie es erneut hinzu, diesmal mit der Microsoft-Anmeldung (in Thunderbird: Authentifizierungsmethode OAuth2).
    .outlook-step-3 = Aktualisieren Sie Ihre Mail-App, wenn sie keine Microsoft-Anmeldung anbietet; ältere Versionen kennen nur Passwörter.
    .microsoft365-explanation = Microsoft 365 nimmt seit Ende 2022 für IMAP und POP keine Passwörter mehr an; dort funktioniert nur noch die Microsoft-Anmeldung (OAuth). Der Versand mit Passwort (SMTP AUTH) funktioniert noch, wo der Administrator ihn erlaubt, bis Microsoft ihn Ende Dezember 2026 standardmäßig abschaltet.
    .microsoft365-step-1 = Verwenden Sie eine Mail-App, die die Microsoft-Anmeldung unterstützt, etwa Outlook, Apple Mail oder Thunderbird mit OAuth, und fügen Sie das Konto mit der Microsoft-Anmeldung erneut hinzu.
    .microsoft365-step-2 = Für den Versand mit Passwort: Bitten Sie Ihren Administrator, im Microsoft 365 Admin Center „Authentifiziertes SMTP“ für Ihr Postfach zu erlauben (Benutzer, E-Mail, E-Mail-Apps verwalten).
    .microsoft365-step-3 = Fragen Sie Ihren Administrator, ob Sicherheitsstandards oder bedingter Zugriff die Anmeldung mit Passwort für Ihr Konto blockieren.
    .microsoft365-step-4 = Stellen Sie Geräte und Skripte, die mit Passwort senden, vor Ende Dezember 2026 auf OAuth um.

finding-auth-protocol_disabled = IMAP, POP oder der Versand aus Mail-Apps ist für dieses Konto abgeschaltet
    .explanation = Ihr Passwort kann richtig sein, aber das Konto darf diese Art von Zugriff (IMAP, POP oder Versand per SMTP aus einer Mail-App) nicht nutzen. Bei vielen Anbietern können Sie das in den Web-Einstellungen einschalten; in Firmen entscheidet der Administrator.
    .step-1 = Melden Sie sich beim Webmail Ihres Anbieters an und suchen Sie in den Einstellungen nach IMAP, POP oder dem Zugriff für Mail-Apps.
    .step-2 = Schalten Sie den Zugriff für die Art ein, die Sie einrichten (IMAP oder POP), und speichern Sie.
    .step-3 = Wenn es die Einstellung nicht gibt oder sie sich nicht ändern lässt: Bitten Sie Ihren Administrator oder Anbieter, IMAP oder POP für Ihr Konto zu aktivieren.
    .step-4 = Führen Sie den Test nach ein paar Minuten noch einmal aus.
    .gmail-explanation = Gmail hat diese Art von Zugriff abgelehnt. IMAP ist bei privaten Gmail-Konten seit Januar 2025 immer aktiviert, daher deutet eine abgelehnte IMAP-Anmeldung auf ein Arbeits- oder Schulkonto hin, bei dem der Administrator IMAP abgeschaltet hat; POP hat weiterhin einen eigenen Schalter.
    .gmail-step-1 = Für POP: Öffnen Sie in Gmail im Web „Einstellungen“, „Alle Einstellungen aufrufen“, „Weiterleitung und POP/IMAP“ und aktivieren Sie POP.
    .gmail-step-2 = Für IMAP bei einem Arbeits- oder Schulkonto: Bitten Sie Ihren Google Workspace-Administrator, Ihnen den Zugriff über POP und IMAP zu erlauben (Admin-Konsole, Apps, Google Workspace, Gmail, Zugriff für Endnutzer).
    .gmail-step-3 = Führen Sie den Test noch einmal aus, nachdem die Änderung ein paar Minuten Zeit hatte, wirksam zu werden.
    .gmx-step-1 = Melden Sie sich im Browser bei GMX an und öffnen Sie die Einstellungen und dann „POP3 & IMAP“.
    .gmx-step-2 = Erlauben Sie den Zugriff auf dieses Konto über POP3 und IMAP und speichern Sie.
    .gmx-step-3 = Führen Sie den Test mit der vollständigen GMX-Adresse als Nutzernamen noch einmal aus.
    .gmxnet-step-1 = Melden Sie sich im Browser bei GMX an und öffnen Sie die Einstellungen und dann „POP3 & IMAP“.
    .gmxnet-step-2 = Erlauben Sie den Zugriff auf dieses Konto über POP3 und IMAP und speichern Sie.
    .gmxnet-step-3 = Führen Sie den Test mit der vollständigen GMX-Adresse als Nutzernamen noch einmal aus.
    .webde-step-1 = Melden Sie sich im Browser bei WEB.DE an und öffnen Sie die Einstellungen und dann „POP3/IMAP“.
    .webde-step-2 = Erlauben Sie den Zugriff auf dieses Konto über POP3 und IMAP und speichern Sie.
    .webde-step-3 = Führen Sie den Test mit der vollständigen WEB.DE-Adresse als Nutzernamen noch einmal aus.
    .qq-step-1 = Öffnen Sie in QQ Mail im Web die Einstellungen und dann „Konto“.
    .qq-step-2 = Aktivieren Sie den IMAP/SMTP-Dienst (und POP3, wenn Sie es nutzen).
    .qq-step-3 = Erstellen Sie dort einen Autorisierungscode und verwenden Sie ihn als Passwort in Ihrer Mail-App.
    .netease-step-1 = Öffnen Sie im Web-Postfach von NetEase die Einstellungen und dann „POP3/SMTP/IMAP“.
    .netease-step-2 = Aktivieren Sie den IMAP/SMTP-Dienst (und POP3, wenn Sie es nutzen).
    .netease-step-3 = Erstellen Sie dort einen Client-Autorisierungscode und verwenden Sie ihn als Passwort in Ihrer Mail-App.
    .netease126-step-1 = Öffnen Sie im Web-Postfach von NetEase die Einstellungen und dann „POP3/SMTP/IMAP“.
    .netease126-step-2 = Aktivieren Sie den IMAP/SMTP-Dienst (und POP3, wenn Sie es nutzen).
    .netease126-step-3 = Erstellen Sie dort einen Client-Autorisierungscode und verwenden Sie ihn als Passwort in Ihrer Mail-App.
    .neteaseyeah-step-1 = Öffnen Sie im Web-Postfach von NetEase die Einstellungen und dann „POP3/SMTP/IMAP“.
    .neteaseyeah-step-2 = Aktivieren Sie den IMAP/SMTP-Dienst (und POP3, wenn Sie es nutzen).
    .neteaseyeah-step-3 = Erstellen Sie dort einen Client-Autorisierungscode und verwenden Sie ihn als Passwort in Ihrer Mail-App.

finding-auth-plaintext_disallowed = Der Server nimmt kein Passwort ohne Verschlüsselung an
    .explanation = Der Server weigert sich, ein Passwort über eine unverschlüsselte Verbindung zu empfangen, und schützt Sie damit. Die Verbindung braucht zuerst SSL/TLS oder STARTTLS.
    .step-1 = Wählen Sie in Ihrer Mail-App SSL/TLS mit Port 993 (IMAP), 995 (POP) oder 465 (SMTP) oder STARTTLS mit Port 143 (IMAP), 110 (POP) oder 587 (SMTP).
    .step-2 = Wählen Sie eine Einstellung, die immer verschlüsselt, nicht eine, die Verschlüsselung nur „wenn verfügbar“ nutzt.
    .step-3 = Führen Sie den Test mit eingeschalteter Verschlüsselung noch einmal aus.

finding-auth-mechanism_unsupported = Der Server bietet kein hier nutzbares Anmeldeverfahren an
    .explanation = Server und maildoctor haben kein gemeinsames Anmeldeverfahren mit Passwort, oder auf diesem Port wird gar keine Anmeldung angeboten. Das passiert auf Ports für den Versand zwischen Servern, etwa 25, und bei Servern, die nur OAuth oder die Anmeldung per Zertifikat erlauben.
    .step-1 = Verwenden Sie für den Versand Port 587 mit STARTTLS oder Port 465 mit SSL/TLS, nicht Port 25.
    .step-2 = Prüfen Sie, ob die Verschlüsselung eingeschaltet ist: Viele Server bieten die Anmeldung erst nach SSL/TLS oder STARTTLS an.
    .step-3 = Wenn Sie den Server betreiben: Aktivieren Sie auf diesem Port die Anmeldung mit Passwort (zum Beispiel PLAIN oder LOGIN über TLS).

finding-auth-account_locked = Das Konto ist gesperrt oder deaktiviert
    .explanation = Der Server meldet, dass das Konto gesperrt, deaktiviert oder ausgesetzt ist, daher funktioniert im Moment kein Passwort. Anbieter tun das nach verdächtigen Aktivitäten, bei unbezahlten Diensten oder wenn ein Administrator das Konto sperrt.
    .step-1 = Melden Sie sich im Browser beim Webmail Ihres Anbieters an, um zu sehen, warum das Konto gesperrt ist und wie Sie es entsperren.
    .step-2 = Folgen Sie den Schritten des Anbieters zur Wiederherstellung des Kontos, etwa der Bestätigung Ihrer Identität oder dem Zurücksetzen des Passworts.
    .step-3 = Bei einem Arbeits- oder Schulkonto: Bitten Sie Ihren Administrator, es zu entsperren.

finding-auth-too_many_failures = Zu viele fehlgeschlagene Anmeldungen: Der Server blockiert eine Weile
    .explanation = Nach mehreren fehlgeschlagenen Anmeldungen verweigert der Server oder ein vorgeschaltetes Sicherheitssystem vorübergehend Anmeldungen für dieses Konto oder von Ihrer Netzwerkadresse, manchmal sogar mit dem richtigen Passwort. Die Sperre hebt sich meist nach Minuten bis zu einer Stunde von selbst auf.
    .step-1 = Beenden Sie alle Mail-Apps und Geräte, die dieses Konto verwenden, damit sie es nicht weiter mit einem alten Passwort versuchen.
    .step-2 = Warten Sie mindestens 15 Minuten, oder eine Stunde, wenn die Sperre wiederkommt.
    .step-3 = Prüfen Sie das Passwort durch eine Anmeldung im Webmail und ändern Sie es dann in jeder Mail-App, bevor Sie diese wieder einschalten.
    .step-4 = Wenn der Server meldet, dass Ihre Adresse gesperrt oder blockiert ist: Bitten Sie den Serveradministrator, die Sperre aufzuheben, und prüfen Sie, ob Ihr Anbieter für Mail-Apps ein App-Passwort verlangt.

finding-auth-server_error = Der Mailserver hatte ein vorübergehendes Problem
    .explanation = Der Server hat gemeldet, dass er Sie wegen eines Problems auf seiner Seite gerade nicht bedienen kann: Er ist ausgelastet, startet neu oder wird gewartet, oder ein Teil davon, etwa die Anmeldedatenbank, ist ausgefallen. Das liegt nicht an Ihrem Passwort oder Ihren Einstellungen.
    .step-1 = Warten Sie ein paar Minuten und führen Sie den Test noch einmal aus.
    .step-2 = Sehen Sie auf der Statusseite Ihres Anbieters nach Störungen.
    .step-3 = Ändern Sie wegen dieser Meldung weder Passwort noch Einstellungen: Sie sind nicht die Ursache.
    .step-4 = Wenn es anhält: Informieren Sie Ihren Anbieter oder Serveradministrator und geben Sie die unten angezeigte Meldung des Servers weiter.

finding-auth-failed_unclassified = Die Anmeldung ist aus einem Grund fehlgeschlagen, den maildoctor nicht erkennt
    .explanation = Der Server hat die Anmeldung mit einer Meldung abgelehnt, für die maildoctor keine Regel hat. Die eigenen Worte des Servers, unten angezeigt, sagen meist, was nicht stimmt.
    .step-1 = Lesen Sie die Meldung des Servers unten und achten Sie auf einen Grund, etwa ein gesperrtes Land oder eine Richtlinie.
    .step-2 = Prüfen Sie Nutzername und Passwort durch eine Anmeldung im Webmail.
    .step-3 = Fragen Sie Ihren Anbieter oder Serveradministrator und zitieren Sie die Meldung des Servers unten.

finding-auth-skipped_no_credentials = Die Anmeldung wurde nicht getestet
    .explanation = Es wurde kein Nutzername oder Passwort angegeben, daher endete der Test nach der Prüfung, ob der Server erreichbar ist und richtig antwortet. Alles bis zur Anmeldung wurde getestet.
    .step-1 = Führen Sie den Test mit Ihrem Nutzernamen und Passwort noch einmal aus, um auch die Anmeldung zu prüfen.
    .step-2 = Verwenden Sie ein App-Passwort, wenn Ihr Anbieter für Mail-Apps eines verlangt.

finding-auth-skipped_insecure = Das Passwort wurde nicht gesendet, weil die Verbindung nicht sicher ist
    .explanation = Die Verbindung war nicht verschlüsselt, oder ihr Zertifikat hat die Prüfungen nicht bestanden, daher hätte jeder unterwegs das Passwort mitlesen oder abfangen können. maildoctor sendet ein Passwort nie über eine solche Verbindung, wenn es nicht ausdrücklich darum gebeten wird, daher wurde die Anmeldung nicht getestet.
    .step-1 = Beheben Sie zuerst das von diesem Test gefundene Verschlüsselungsproblem: Wählen Sie SSL/TLS (Ports 993, 995, 465) oder STARTTLS (Ports 143, 110, 587), oder beheben Sie das Zertifikatsproblem.
    .step-2 = Verwenden Sie dieselben verschlüsselten Einstellungen in Ihrer Mail-App.
    .step-3 = Nur für einen vertrauenswürdigen Testserver in einem privaten Netzwerk: Erlauben Sie das Passwort trotzdem mit der Option allow_insecure_auth, oder trust_certificate bei einem Zertifikatsproblem.

finding-auth-password_expired = Das Passwort ist abgelaufen
    .explanation = Das Passwort ist richtig, aber zu alt: Der Server verlangt, dass Sie ein neues festlegen, bevor er Sie hereinlässt. Mail-Apps können das Passwort nicht für Sie ändern.
    .step-1 = Melden Sie sich im Browser beim Webmail oder auf der Kontoseite Ihres Anbieters an und legen Sie ein neues Passwort fest, wenn Sie dazu aufgefordert werden.
    .step-2 = Ändern Sie das Passwort in jeder Mail-App und auf jedem Gerät, das dieses Konto verwendet.
    .step-3 = Bei einem Arbeits- oder Schulkonto: Fragen Sie Ihren Administrator, wenn die Webseite keine Passwortänderung anbietet.

finding-auth-oauth_token_invalid = Das Anmeldetoken wurde abgelehnt
    .explanation = Der Server hat das OAuth-Anmeldetoken abgelehnt: Es ist vielleicht abgelaufen, für das falsche Konto ausgestellt oder hat keine Berechtigung für E-Mail.
    .step-1 = Entfernen Sie das Konto aus Ihrer Mail-App und fügen Sie es erneut hinzu, mit der Anmeldung über die Seite des Anbieters.
    .step-2 = Achten Sie darauf, sich mit demselben Konto anzumelden wie dem Postfach, das Sie einrichten.
    .step-3 = Wenn Sie die Anwendung betreiben: Fordern Sie die E-Mail-Berechtigung (Scope) für IMAP, POP oder SMTP an und erneuern Sie das Token, bevor es abläuft.
    .gmail-explanation = Gmail hat das OAuth-Anmeldetoken abgelehnt. Seine Antwort (unten decodiert) nennt die Berechtigung, die ein Token für E-Mail braucht: den Scope https://mail.google.com/. Ein Token, das abgelaufen ist (nach etwa einer Stunde), für ein anderes Google-Konto ausgestellt wurde oder diesen Scope nicht hat, wird so abgelehnt.
    .gmail-step-1 = Holen Sie ein neues Zugriffstoken: Tokens von Google laufen nach etwa einer Stunde ab, erneuern Sie es also mit dem Aktualisierungstoken der App.
    .gmail-step-2 = Fordern Sie beim Ausstellen des Tokens den Scope https://mail.google.com/ an; andere Gmail-Scopes erlauben kein IMAP, POP oder SMTP.
    .gmail-step-3 = Verwenden Sie als Nutzernamen dasselbe Google-Konto, für das das Token ausgestellt wurde.
    .gmail-step-4 = Bei einem Arbeits- oder Schulkonto: Fragen Sie Ihren Administrator, ob die App in der Google Admin-Konsole auf Gmail zugreifen darf.
    .microsoft365-explanation = Microsoft 365 hat das OAuth-Anmeldetoken abgelehnt. Es antwortet genauso bei einem Token, das abgelaufen ist, für ein anderes Postfach als den Nutzernamen ausgestellt wurde oder nicht die Berechtigung (Scope) für dieses Protokoll hat.
    .microsoft365-step-1 = Fordern Sie ein Token mit dem Scope für das verwendete Protokoll an: https://outlook.office.com/IMAP.AccessAsUser.All für IMAP, https://outlook.office.com/POP.AccessAsUser.All für POP, https://outlook.office.com/SMTP.Send für den Versand, dazu offline_access zum Erneuern.
    .microsoft365-step-2 = Verwenden Sie die eigene Adresse des Postfachs als Nutzernamen: Das Token muss für genau dieses Konto ausgestellt sein.
    .microsoft365-step-3 = Holen Sie ein neues Token, wenn es älter als etwa eine Stunde ist.
    .microsoft365-step-4 = Bitten Sie Ihren Administrator zu prüfen, ob IMAP, POP oder authentifiziertes SMTP für das Postfach aktiviert ist (Microsoft 365 Admin Center, E-Mail-Einstellungen des Benutzers): Ein abgeschaltetes Protokoll lehnt auch Tokens ab.
    .outlook-explanation = Outlook.com hat das OAuth-Anmeldetoken abgelehnt: Es ist abgelaufen, wurde für ein anderes Konto ausgestellt oder hat nicht die Berechtigung (Scope) für dieses Protokoll.
    .outlook-step-1 = Fordern Sie ein Token mit dem Scope für das verwendete Protokoll an: https://outlook.office.com/IMAP.AccessAsUser.All, https://outlook.office.com/POP.AccessAsUser.All oder https://outlook.office.com/SMTP.Send, dazu offline_access.
    .outlook-step-2 = Verwenden Sie als Nutzernamen die Outlook.com-Adresse, für die das Token ausgestellt wurde.
    .outlook-step-3 = Holen Sie ein neues Token, wenn es älter als etwa eine Stunde ist.

finding-auth-skipped_cooldown = Die Anmeldung wurde nicht getestet, weil dieses Konto gerade zu oft geprüft wurde
    .explanation = Dieses Konto wurde in den letzten Minuten mehrmals mit Passwort geprüft, von hier aus oder von anderen Personen, die diesen Dienst nutzen. Damit Ihr Anbieter das Konto nicht sperrt, wurde das Passwort diesmal nicht gesendet; alles bis zur Anmeldung wurde trotzdem getestet.
    .step-1 = Warten Sie die unten angezeigte Zeit ab und führen Sie den Test dann noch einmal aus.
    .step-2 = Achten Sie darauf, dass niemand sonst gleichzeitig dasselbe Konto testet.
    .step-3 = Wenn die Anmeldung in den früheren Tests fehlgeschlagen ist, prüfen Sie das Passwort im Webmail Ihres Anbieters, bevor Sie es erneut versuchen, damit der nächste Test zählt.


## limits: connection and usage limits

finding-limits-too_many_connections = Zu viele gleichzeitige Verbindungen zu diesem Konto oder von dieser Adresse
    .explanation = Der Server erlaubt nur wenige gleichzeitige Verbindungen pro Konto oder pro Netzwerkadresse, und alle sind belegt. Jede Mail-App, jedes Smartphone und jeder Computer öffnet eine oder mehrere; hinter einem Büro- oder Heimrouter teilen sie sich alle eine Adresse.
    .step-1 = Schließen Sie Mail-Apps auf Geräten, die Sie gerade nicht benutzen, oder entfernen Sie das Konto von alten Geräten.
    .step-2 = Verringern Sie in Ihrer Mail-App die Zahl gleichzeitiger Verbindungen, wenn es dafür eine Einstellung gibt.
    .step-3 = Warten Sie ein paar Minuten, bis alte Verbindungen abgelaufen sind, und führen Sie den Test dann noch einmal aus.
    .step-4 = Wenn der Server die Verbindung selbst abgelehnt hat (vor jeder Anmeldung), fragen Sie seinen Administrator, ob für Ihre Netzwerkadresse ein Verbindungslimit gilt.
    .gmail-explanation = Gmail erlaubt höchstens 15 gleichzeitige IMAP-Verbindungen pro Konto. Ist dieses Limit erreicht, antwortet Gmail eine Weile womöglich mit „Invalid credentials“, obwohl das Passwort stimmt.
    .gmail-step-1 = Schließen Sie Gmail in Mail-Apps auf Geräten, die Sie gerade nicht benutzen, oder entfernen Sie das Konto von alten Geräten.
    .gmail-step-2 = Verringern Sie in Ihrer Mail-App die Zahl gleichzeitiger Verbindungen, sodass alle Ihre Geräte zusammen unter 15 bleiben.
    .gmail-step-3 = Warten Sie etwa 10 Minuten, bis alte Verbindungen geschlossen sind, bevor Sie erneut testen oder Ihr Passwort ändern.

finding-limits-bandwidth_exceeded = Das Konto hat sein tägliches Download-Limit erreicht
    .explanation = Der Anbieter begrenzt, wie viele E-Mails pro Tag heruntergeladen oder wie viele Befehle gesendet werden dürfen, und dieses Konto hat das Limit erreicht. Die Synchronisierung stoppt, bis das Limit zurückgesetzt wird, meist innerhalb von 24 Stunden.
    .step-1 = Warten Sie, bis das Limit zurückgesetzt ist, meist innerhalb eines Tages, bevor Sie erneut synchronisieren.
    .step-2 = Suchen Sie nach Mail-Apps oder Sicherungsprogrammen, die das ganze Postfach immer wieder herunterladen, und beenden Sie sie.
    .step-3 = Stellen Sie große Mail-Apps so ein, dass sie nur die Ordner synchronisieren, die Sie brauchen.
    .gmail-explanation = Gmail begrenzt IMAP-Downloads auf 2.500 MB pro Tag und Uploads auf 500 MB pro Tag und Konto. Überschreitet eine App oder ein Programm das, sperrt Gmail den Zugriff für bis zu 24 Stunden.
    .gmail-step-1 = Warten Sie bis zu 24 Stunden, bevor Sie erneut synchronisieren; das Limit setzt sich von selbst zurück.
    .gmail-step-2 = Beenden Sie Programme, die das ganze Postfach kopieren oder sichern, und lassen Sie sie in kleineren Teilen an verschiedenen Tagen laufen.
    .gmail-step-3 = Synchronisieren Sie in Ihrer Mail-App nur die Ordner, die Sie brauchen.
    .gmail-step-4 = Bei einem Arbeits- oder Schulkonto: Fragen Sie Ihren Administrator, der das Limit in der Google Admin-Konsole sehen kann.

finding-limits-connection_limit_measured = Wie viele Verbindungen der Server erlaubt hat
    .explanation = maildoctor hat mehrere Verbindungen gleichzeitig geöffnet, um zu sehen, wie viele dieses Konto nutzen darf; die erlaubte Zahl wird unten angezeigt. Das ist eine Information, kein Problem.
    .step-1 = Halten Sie die Gesamtzahl der Verbindungen all Ihrer Mail-Apps und Geräte unter der angezeigten Zahl.
    .step-2 = Wenn Sie das Limit oft erreichen: Verringern Sie in Ihren Mail-Apps die Einstellung für gleichzeitige Verbindungen.

finding-limits-throttled = Der Server bremst dieses Konto
    .explanation = Der Server funktioniert noch, bremst dieses Konto aber absichtlich aus, meist weil es zuletzt sehr viel synchronisiert hat. E-Mails kommen womöglich verspätet an, bis es sich beruhigt.
    .step-1 = Lassen Sie die Mail-App ihre laufende Synchronisierung beenden, ohne sie neu zu starten.
    .step-2 = Prüfen Sie, ob mehrere Apps oder Programme dasselbe Konto gleichzeitig synchronisieren, und beenden Sie die, die Sie nicht brauchen.
    .step-3 = Führen Sie den Test später noch einmal aus, um zu sehen, ob die Verlangsamung vorbei ist.


## mailbox: the mailbox itself

finding-mailbox-folder_too_large = Ein Ordner enthält sehr viele Nachrichten
    .explanation = Ein Ordner enthält mehr als 10.000 Nachrichten. Viele Mail-Apps werden bei so großen Ordnern langsam, stürzen ab oder synchronisieren nicht mehr.
    .step-1 = Verschieben Sie ältere Nachrichten in Archivordner, zum Beispiel einen pro Jahr.
    .step-2 = Synchronisieren Sie in Ihrer Mail-App nur neuere E-Mails oder nur die Ordner, die Sie brauchen.
    .step-3 = Löschen oder leeren Sie Ordner, die Sie nicht brauchen, etwa Papierkorb und Spam.

finding-mailbox-over_quota = Das Postfach ist voll
    .explanation = Das Postfach hat seinen gesamten Speicherplatz belegt. Neue E-Mails gehen womöglich an die Absender zurück, und manche Apps synchronisieren nicht mehr.
    .step-1 = Löschen Sie große Nachrichten und Anhänge, die Sie nicht brauchen, und leeren Sie Papierkorb und Spam.
    .step-2 = Sehen Sie in den Web-Einstellungen Ihres Anbieters nach, wie viel Speicher belegt ist.
    .step-3 = Kaufen Sie mehr Speicher oder bitten Sie Ihren Administrator, das Kontingent zu erhöhen, wenn Sie alles behalten müssen.

finding-mailbox-in_use = Eine andere App verwendet das Postfach gerade
    .explanation = Bei POP kann immer nur eine App das Postfach öffnen, und eine andere Sitzung hält es gerade. Die Sperre wird aufgehoben, wenn diese App fertig ist oder nach einer Zeitüberschreitung.
    .step-1 = Schließen Sie andere Mail-Apps oder Geräte, die dieses Konto per POP abrufen, oder schalten Sie deren automatisches Abrufen aus.
    .step-2 = Warten Sie ein paar Minuten, bis die andere Sitzung endet, und führen Sie den Test dann noch einmal aus.
    .step-3 = Erwägen Sie IMAP statt POP, wenn mehrere Geräte dasselbe Konto lesen.

finding-mailbox-login_delay = Der Server erlaubt eine neue Anmeldung nur alle paar Minuten
    .explanation = Dieser POP-Server legt eine Mindestwartezeit zwischen Anmeldungen fest; sie wird unten angezeigt. Apps, die öfter abrufen, werden abgewiesen.
    .step-1 = Stellen Sie Ihre Mail-App so ein, dass sie seltener nach neuen E-Mails sieht, als die unten angezeigte Wartezeit.
    .step-2 = Warten Sie diese Zeit ab und führen Sie den Test dann noch einmal aus.

finding-send-accepted = Dieses Konto darf von dieser Adresse aus senden
    .explanation = Nach der Anmeldung hat der Server den unten angezeigten Absender und Empfänger angenommen. maildoctor hat dann abgebrochen (RSET), bevor eine Nachricht gesendet wurde: Es wurde nichts zugestellt.
    .step-1 = Wenn Ihre Mail-App trotzdem nicht senden kann, prüfen Sie, ob sie sich für den Versand anmeldet: Aktivieren Sie in den Einstellungen des Postausgangsservers „Der Postausgangsserver (SMTP) erfordert Authentifizierung“ (oder „Gleiche Einstellungen wie für den Posteingangsserver verwenden“).
    .step-2 = Prüfen Sie, ob die App denselben Postausgangsserver, Port und dieselbe Sicherheit verwendet wie dieser Test.
    .microsoft365-explanation = Nach der Anmeldung hat der Server den unten angezeigten Absender und Empfänger angenommen, dann hat maildoctor abgebrochen, bevor eine Nachricht gesendet wurde. Microsoft 365 prüft die Berechtigung „Senden als“ erst, wenn eine Nachricht wirklich gesendet wird, daher kann ein freigegebenes Postfach oder die Adresse einer anderen Person dann noch abgelehnt werden (5.7.60).
    .microsoft365-step-1 = Prüfen Sie, ob sich Ihre Mail-App für den Versand mit genau diesem Konto anmeldet.
    .microsoft365-step-2 = Wenn E-Mails von einem freigegebenen Postfach oder einer anderen Adresse später mit 5.7.60 abgelehnt werden, bitten Sie Ihren Administrator um die Berechtigung „Senden als“ dafür.
    .outlook-explanation = Nach der Anmeldung hat der Server den unten angezeigten Absender und Empfänger angenommen, dann hat maildoctor abgebrochen, bevor eine Nachricht gesendet wurde. Outlook.com prüft die Absenderadresse erneut, wenn eine Nachricht wirklich gesendet wird, daher kann eine Adresse, die kein Alias dieses Kontos ist, dann noch abgelehnt werden.
    .outlook-step-1 = Prüfen Sie, ob sich Ihre Mail-App für den Versand mit genau diesem Konto anmeldet.
    .outlook-step-2 = Senden Sie nur von Ihrer Outlook.com-Adresse oder einem ihrer Aliase (öffnen Sie in den Einstellungen „E-Mail“, dann „E-Mail synchronisieren“ und dann „Aliase verwalten“).

finding-send-sender_not_permitted = Der Server sendet für dieses Konto keine E-Mails von dieser Adresse
    .explanation = Sie sind angemeldet, aber der Server lehnt die Absenderadresse ab. Das passiert, wenn die App als Alias, mit der Adresse einer anderen Person oder als freigegebenes Postfach sendet, für das dieses Konto keine Berechtigung zum Senden hat.
    .step-1 = Prüfen Sie in Ihrer Mail-App die „Von“-Adresse dieses Kontos: Es sollte die Adresse sein, mit der Sie sich anmelden.
    .step-2 = Um unter einer anderen Adresse zu senden, fügen Sie sie zuerst auf der Website Ihres Anbieters als Absenderadresse (Alias) zu Ihrem Konto hinzu, oder bitten Sie Ihren Administrator um die Berechtigung „Senden als“.
    .step-3 = Wenn Sie ein freigegebenes Postfach verwenden, senden Sie mit dessen eigenem Konto, oder bitten Sie Ihren Administrator um die Berechtigung „Senden als“ oder „Senden im Auftrag von“.
    .gmail-step-1 = Öffnen Sie auf Ihrem Computer Gmail und klicken Sie auf „Einstellungen“ und dann auf „Alle Einstellungen aufrufen“.
    .gmail-step-2 = Klicken Sie auf den Tab „Konten und Import“. Klicken Sie unter „Senden als“ auf „Weitere E-Mail-Adresse hinzufügen“ und folgen Sie den Schritten, um die Adresse zu bestätigen.
    .gmail-step-3 = Senden Sie in Ihrer Mail-App von Ihrer Gmail-Adresse oder von einer Adresse, die unter „Senden als“ aufgeführt ist.
    .microsoft365-step-1 = Bitten Sie Ihren Microsoft 365-Administrator, Ihrem Konto die Berechtigung „Senden als“ für diese Adresse oder dieses freigegebene Postfach zu geben (im Exchange Admin Center: Empfänger, dann Postfächer, dann das Postfach, dann Delegierung).
    .microsoft365-step-2 = Berechtigungen können bis zu einer Stunde brauchen, bis sie wirken; versuchen Sie es danach noch einmal.
    .microsoft365-step-3 = Senden Sie bis dahin von Ihrer eigenen Adresse.
    .outlook-step-1 = Melden Sie sich bei Outlook.com an und öffnen Sie „Einstellungen“, dann „E-Mail“ und dann „E-Mail synchronisieren“. Prüfen Sie unter „Aliase verwalten“, ob diese Adresse ein Alias Ihres Kontos ist.
    .outlook-step-2 = Senden Sie in Ihrer Mail-App von Ihrer Outlook.com-Adresse oder einem ihrer Aliase.

finding-send-relay_denied = Der Server leitet Ihre E-Mails nicht weiter
    .explanation = Der Server hat sich geweigert, für Sie E-Mails an diesen Empfänger zu senden. Server leiten E-Mails nur für Apps weiter, die sich angemeldet haben; diese Ablehnung bedeutet meist, dass sich die App für den Versand nicht anmeldet oder den falschen Server verwendet.
    .step-1 = Aktivieren Sie in den Einstellungen des Postausgangsservers (SMTP) Ihrer Mail-App die Authentifizierung: „Der Postausgangsserver (SMTP) erfordert Authentifizierung“, mit demselben Nutzernamen und Passwort wie für eingehende E-Mails.
    .step-2 = Verwenden Sie den Postausgangsserver Ihres Anbieters mit Port 465 (SSL/TLS) oder 587 (STARTTLS), nicht Port 25.
    .step-3 = Wenn Sie den Server Ihres Internetanbieters statt den Ihres E-Mail-Anbieters verwenden, wechseln Sie zum Postausgangsserver Ihres E-Mail-Anbieters.

finding-send-limit_reached = Dieses Konto hat sein Sendelimit erreicht
    .explanation = Der Server lehnt neue E-Mails ab, weil das Konto so viele Nachrichten oder Empfänger gesendet hat, wie er vorerst erlaubt (oft pro Tag). Der Versand funktioniert wieder, wenn das Limit zurückgesetzt ist.
    .step-1 = Warten Sie, bis das Limit zurückgesetzt ist (meist innerhalb von 24 Stunden), und versuchen Sie es dann noch einmal.
    .step-2 = Versenden Sie große Aussendungen mit einem Verteiler- oder Newsletter-Dienst statt mit Ihrem E-Mail-Konto.
    .step-3 = Wenn Sie nicht viele Nachrichten gesendet haben, ändern Sie Ihr Passwort: Vielleicht sendet jemand anderes von Ihrem Konto aus.
    .gmail-step-1 = Warten Sie bis zu 24 Stunden: Gmail hebt ein Sendelimit von selbst auf. Ein Gmail-Konto darf an etwa 500 Empfänger pro Tag senden.
    .gmail-step-2 = Wenn Sie nicht so viele E-Mails gesendet haben, ändern Sie Ihr Google-Passwort und prüfen Sie die letzten sicherheitsrelevanten Aktivitäten unter myaccount.google.com/security.
    .gmail-step-3 = Verwenden Sie für große Aussendungen stattdessen einen Verteiler-Dienst.
    .microsoft365-step-1 = Warten Sie bis zu 24 Stunden: Exchange Online erlaubt 10.000 Empfänger pro Tag und Postfach und hebt das Limit von selbst auf.
    .microsoft365-step-2 = Wenn Sie nicht so viele E-Mails gesendet haben, ändern Sie Ihr Passwort und informieren Sie Ihren Administrator: Das Konto ist womöglich kompromittiert.

finding-send-account_blocked = Dieses Konto ist für den Versand gesperrt
    .explanation = Der Anbieter hat den Versand für dieses Konto gestoppt, meist weil es E-Mails gesendet hat, die nach Spam aussahen, oder weil jemand anderes es vielleicht nutzt.
    .step-1 = Ändern Sie jetzt Ihr Passwort und aktivieren Sie die Bestätigung in zwei Schritten, falls noch nicht geschehen.
    .step-2 = Sehen Sie in Ihren gesendeten E-Mails nach Nachrichten, die Sie nicht geschrieben haben.
    .step-3 = Wenden Sie sich an Ihren Anbieter oder Administrator, damit der Versand wieder eingeschaltet wird; er prüft das Konto zuerst.
    .microsoft365-step-1 = Informieren Sie Ihren Microsoft 365-Administrator: Das Konto steht wegen Spamversands auf der Liste der eingeschränkten Entitäten.
    .microsoft365-step-2 = Ihr Administrator setzt Ihr Passwort zurück, prüft das Konto und entfernt es dann im Microsoft Defender-Portal aus den eingeschränkten Entitäten.
    .outlook-step-1 = Melden Sie sich im Webbrowser bei outlook.com an und folgen Sie den angezeigten Schritten, um Ihr Konto zu bestätigen.
    .outlook-step-2 = Ändern Sie Ihr Passwort und prüfen Sie die letzten Aktivitäten unter account.microsoft.com/security.
    .outlook-step-3 = Wenn der Versand gesperrt bleibt, wenden Sie sich über die Hilfeseite an den Support von Outlook.com.

finding-send-message_too_large = Der Server lehnt eine Nachricht dieser Größe ab
    .explanation = Der Server hat die vor dem Senden angegebene Nachrichtengröße abgelehnt: Nachrichten dieser Größe liegen über seinem Limit.
    .step-1 = Senden Sie weniger oder kleinere Anhänge in einer Nachricht, oder teilen Sie große Dateien per Link (über einen Cloudspeicher).
    .step-2 = Fragen Sie Ihren Anbieter oder Administrator, welche Nachrichtengröße der Server annimmt.

finding-send-size_limit_small = Dieser Server nimmt nur kleine Nachrichten an
    .explanation = Der Server gibt an, Nachrichten bis zur unten angezeigten Größe anzunehmen. Fotos und Dokumente machen eine Nachricht oft größer (Anhänge wachsen beim Senden um etwa ein Drittel), daher werden solche Nachrichten abgelehnt.
    .step-1 = Teilen Sie große Dateien per Link (über einen Cloudspeicher), statt sie anzuhängen.
    .step-2 = Wenn Sie den Server betreiben, erhöhen Sie sein Größenlimit für Nachrichten (bei Postfix: message_size_limit) auf mindestens 25 MB.

finding-send-recipient_refused = Der Server lehnt diesen Empfänger ab
    .explanation = Der Server hat den Absender angenommen, aber die Empfängeradresse abgelehnt: Es gibt sie vielleicht nicht, oder sie wird von diesem Konto aus nicht angenommen.
    .step-1 = Prüfen Sie die Empfängeradresse auf Tippfehler.
    .step-2 = Versuchen Sie einen anderen Empfänger, zum Beispiel Ihre eigene Adresse.

finding-send-refused_unclassified = Der Server weigert sich, diese E-Mail zu senden
    .explanation = Der Server hat den Absender oder den Empfänger aus einem Grund abgelehnt, den maildoctor nicht erkennt. Seine eigenen Worte werden unten angezeigt.
    .step-1 = Lesen Sie die Antwort des Servers unten: Sie nennt meist den Grund.
    .step-2 = Senden Sie die Antwort des Servers an Ihren Anbieter oder Administrator.

finding-send-temporary_failure = Der Server kann gerade keine E-Mails annehmen
    .explanation = Der Server hat mit einer vorübergehenden Ablehnung geantwortet: Er kann diese E-Mail gerade nicht annehmen, später aber vielleicht schon. Mail-Apps behalten solche Nachrichten im Postausgang und versuchen es erneut.
    .step-1 = Warten Sie ein paar Minuten und versuchen Sie es dann noch einmal.
    .step-2 = Wenn es immer wieder passiert, senden Sie die Antwort des Servers unten an Ihren Anbieter oder Administrator.

finding-send-needs_signin = Der Versand wurde nicht geprüft: keine Anmeldung
    .explanation = Ein Postausgangsserver leitet E-Mails nur für Apps weiter, die sich anmelden, daher wäre ohne Nutzernamen und Passwort eine Ablehnung wie „Relay access denied“ hier zu erwarten und kein Fehler.
    .step-1 = Führen Sie den Test mit Ihrem Nutzernamen und Passwort noch einmal aus, um auch den Versand zu prüfen.
    .step-2 = Achten Sie in Ihrer Mail-App darauf, dass sich der Postausgangsserver anmeldet: Aktivieren Sie „Der Postausgangsserver (SMTP) erfordert Authentifizierung“.

finding-send-no_sender = Der Versand wurde nicht geprüft: keine Absenderadresse
    .explanation = Um den Versand zu prüfen, braucht maildoctor die Adresse, von der Sie senden. Ihr Nutzername ist keine E-Mail-Adresse, und es wurde keine angegeben.
    .step-1 = Führen Sie den Test mit Ihrer E-Mail-Adresse als Nutzernamen noch einmal aus, oder geben Sie die Absenderadresse für die Sendeprüfung an.
    .step-2 = Verwenden Sie die „Von“-Adresse, mit der Ihre Mail-App sendet, damit sich die Prüfung auf diese Adresse bezieht.
