# Seitenrahmen und Formular (templates/base.html, templates/index.html, web::pages).
# Anrede mit „Sie“, Begriffe wie in Googles deutscher Gmail-Hilfe.
site-skip = Zum Inhalt springen
site-tagline = Warum verbindet sich meine Mail-App nicht?
site-footer = maildoctor prüft den angegebenen Server von diesem Rechner aus. Ihr Passwort wird nur für diese Prüfung verwendet und nie gespeichert oder angezeigt.
site-language = Sprache
form-title = E-Mail-Einstellungen prüfen
form-lead = Geben Sie die Einstellungen genau so ein, wie sie in Ihrer Mail-App stehen. maildoctor verbindet sich Schritt für Schritt mit dem Server und sagt Ihnen, was Sie ändern müssen.
form-errors-title = Bitte prüfen Sie das Formular
shortcuts-title = Nutzen Sie einen bekannten Anbieter?
shortcuts-hint = Wählen Sie Ihren Anbieter aus, dann trägt maildoctor dessen Server ein. Nutzername und Passwort geben Sie weiterhin selbst ein.
shortcut-use = Ich nutze { $provider }
discover-link = Sie kennen Ihren Server nicht? Ermitteln Sie ihn anhand Ihrer E-Mail-Adresse.
protocol-legend = Was möchten Sie prüfen?
protocol-hint = Mit IMAP und POP empfangen Sie E-Mails, mit SMTP senden Sie sie. Die meisten Apps verwenden heute IMAP.
choice-imap = E-Mails empfangen – IMAP
choice-pop3 = E-Mails empfangen – POP
choice-smtp = E-Mails senden – SMTP
choice-auto = Automatisch
choice-tls = SSL/TLS
choice-starttls = STARTTLS
choice-none = Keine (unverschlüsselt)
optional = (optional)
host-label = Server
host-hint = Zum Beispiel imap.example.com – der Posteingangs- oder Postausgangsserver in Ihrer Mail-App.
port-label = Port
port-hint = Leer lassen für den üblichen Port.
security-label = Sicherheit
security-hint = Auch „Verschlüsselung“ genannt. „Automatisch“ ermittelt, was der Server verwendet.
username-label = Nutzername
username-hint = Oft Ihre vollständige E-Mail-Adresse.
password-label = Passwort
password-hint = Wird nur für diese Prüfung verwendet und nie gespeichert oder angezeigt. Lassen Sie das Feld leer, um nur die Verbindung zu prüfen.
email-label = E-Mail-Adresse
email-hint = Hilft maildoctor, Ihren Anbieter zu erkennen und dessen Einstellungen vorzuschlagen.
ticket-label = Ticketnummer
ticket-hint = Für Helpdesks: eine Ticket- oder Vorgangsnummer, die mit dem gespeicherten Bericht abgelegt wird, damit er sich wiederfinden lässt.
limits-label = Auch das Verbindungslimit prüfen
limits-hint = Öffnet mehrere Verbindungen gleichzeitig, um zu sehen, wie viele der Server zulässt. Dauert etwas länger.
more-options = Weitere Optionen
oauth-label = OAuth2-Zugriffstoken statt eines Passworts
oauth-hint = Für Konten, die sich über Microsoft oder Google anmelden: ein Token aus den Tools Ihres Administrators. Wird nur für diese Prüfung verwendet und nie gespeichert oder angezeigt.
send-test-label = Senden (SMTP): auch prüfen, ob dieses Konto von meiner Adresse aus senden darf
send-test-hint = Nach der Anmeldung bittet maildoctor den Server, einen Absender und einen Empfänger anzunehmen, und bricht dann ab: Es wird nie eine Nachricht gesendet.
send-from-label = Absenderadresse für die Prüfung
send-from-hint = Die Absenderadresse („Von“), die Ihre App verwendet, falls sie nicht Ihr Nutzername ist – zum Beispiel ein Alias oder ein freigegebenes Postfach.
send-to-label = Empfänger für die Prüfung
send-to-hint = Leer lassen, um den Absender selbst zu verwenden. Gesendet wird in keinem Fall etwas.
insecure-label = Mein Passwort auch senden, wenn die Verbindung nicht verschlüsselt ist
insecure-hint = Nur für Server in Ihrem eigenen Netzwerk. Jeder auf dem Weg könnte das Passwort mitlesen.
trust-label = Mein Passwort auch senden, wenn dem Zertifikat des Servers nicht vertraut wird
trust-hint = Nur, wenn Ihr E-Mail-Anbieter Ihnen mitgeteilt hat, dass sein Zertifikat selbst erstellt ist.
submit = Einstellungen prüfen
progress-title = Ihre Einstellungen werden geprüft …
progress-status = Jeder Schritt erscheint hier, sobald er abgeschlossen ist.
stop = Abbrechen
field-protocol-missing = Wählen Sie IMAP, POP oder SMTP aus.
field-security-missing = Wählen Sie eine Sicherheitseinstellung aus.
field-host-missing = Geben Sie den Servernamen ein, zum Beispiel imap.example.com.

## Refusals: why a check was not run (the page or the API's "detail")
refused-title = Nicht geprüft
refused-back = Zurück zum Formular
refused-rate =
    { $count ->
        [one] Zu viele Prüfungen von Ihrer Adresse in kurzer Zeit. Bitte warten Sie { $count } Sekunde und versuchen Sie es erneut.
       *[other] Zu viele Prüfungen von Ihrer Adresse in kurzer Zeit. Bitte warten Sie { $count } Sekunden und versuchen Sie es erneut.
    }
refused-busy =
    { $count ->
        [one] maildoctor führt gerade so viele Prüfungen aus, wie es kann. Bitte versuchen Sie es in { $count } Sekunde erneut.
       *[other] maildoctor führt gerade so viele Prüfungen aus, wie es kann. Bitte versuchen Sie es in { $count } Sekunden erneut.
    }
refused-port = Dieser Dienst prüft nur Mail-Ports ({ $ports }). Port { $port } gehört nicht dazu; führen Sie `maildoctor check` auf Ihrem eigenen Computer aus, um andere Ports zu testen.
refused-too-long = Zu lang: { $field } (`{ $name }`, höchstens { $max } Zeichen).
refused-field-host = der Servername
refused-field-username = der Benutzername
refused-field-email = die E-Mail-Adresse
refused-field-password = das Passwort
refused-field-oauth-token = das OAuth2-Token
refused-field-ticket = die Ticketnummer
refused-field-lang = die Sprache
refused-forwarded-for = Der Proxy vor diesem Dienst hat eine Client-Adresse gesendet, die sich nicht lesen lässt.
refused-token = Dieser Dienst benötigt ein Zugriffstoken.
refused-origin = Das Formular wurde von einer anderen Website gesendet und deshalb nicht ausgeführt.
refused-shared-down = maildoctor erreicht den Speicher nicht, in dem seine Instanzen ihre Limits teilen, und meldet sich deshalb gerade bei keinem Konto an (es könnte das Limit pro Konto nicht einhalten, das Sperrungen verhindert). Bitte versuchen Sie es in einer Minute erneut oder lassen Sie das Passwort weg, um nur die Verbindung zu prüfen.
api-error-too-large = der Anfragetext ist größer als 64 KiB
api-error-timeout = die Diagnose hat zu lange gedauert; versuchen Sie es erneut
api-error-not-found = diesen API-Endpunkt gibt es nicht
api-error-method = verwenden Sie POST für /api/v1/diagnose
api-error-other = die Anfrage konnte nicht bearbeitet werden
form-unreadable = Das Formular konnte nicht gelesen werden. Bitte füllen Sie es erneut aus.
