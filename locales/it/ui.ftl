# Cornice della pagina e modulo (templates/base.html, templates/index.html, web::pages).
# Si dà del "tu", con i termini della guida di Gmail in italiano.
site-skip = Vai al contenuto
site-tagline = Perché la mia app di posta non si connette?
site-footer = maildoctor controlla il server che indichi da questo computer. La tua password viene usata solo per questo controllo e non viene mai memorizzata né mostrata.
site-language = Lingua
form-title = Controlla le impostazioni della posta
form-lead = Inserisci le impostazioni esattamente come sono nella tua app di posta. maildoctor si connette al server passo dopo passo e ti dice cosa cambiare.
form-errors-title = Controlla il modulo
shortcuts-title = Usi un provider conosciuto?
shortcuts-hint = Scegli il tuo e maildoctor inserisce i suoi server. Nome utente e password li inserisci comunque tu.
shortcut-use = Uso { $provider }
discover-link = Non conosci il tuo server? Trovalo a partire dal tuo indirizzo email.
protocol-legend = Cosa vuoi controllare?
protocol-hint = IMAP e POP ricevono la posta, SMTP la invia. Oggi la maggior parte delle app usa IMAP.
choice-imap = Ricevi posta — IMAP
choice-pop3 = Ricevi posta — POP
choice-smtp = Invia posta — SMTP
choice-auto = Automatico
choice-tls = SSL/TLS
choice-starttls = STARTTLS
choice-none = Nessuna (non crittografata)
optional = (facoltativo)
host-label = Server
host-hint = Ad esempio imap.example.com: il server della posta in arrivo o in uscita nella tua app di posta.
port-label = Porta
port-hint = Se la lasci vuota, viene usata quella abituale.
security-label = Sicurezza
security-hint = Chiamata anche “Crittografia”. “Automatico” scopre cosa usa il server.
username-label = Nome utente
username-hint = Spesso è il tuo indirizzo email completo.
password-label = Password
password-hint = Usata una sola volta per questo controllo, mai memorizzata né mostrata. Lasciala vuota per controllare solo la connessione.
email-label = Indirizzo email
email-hint = Aiuta maildoctor a riconoscere il tuo provider e a suggerirti le sue impostazioni.
ticket-label = Riferimento del ticket
ticket-hint = Per gli help desk: un numero di ticket o di pratica, conservato con il report salvato così da poterlo ritrovare.
limits-label = Controlla anche il limite di connessioni
limits-hint = Apre più connessioni contemporaneamente per vedere quante ne consente il server. Richiede un po' più di tempo.
more-options = Altre opzioni
oauth-label = Token di accesso OAuth2, al posto della password
oauth-hint = Per gli account che accedono con Microsoft o Google: un token ottenuto dagli strumenti del tuo amministratore. Usato una sola volta per questo controllo, mai memorizzato né mostrato.
send-test-label = Invio (SMTP): controlla anche che questo account possa inviare dal mio indirizzo
send-test-hint = Dopo l'accesso, maildoctor chiede al server di accettare un mittente e un destinatario, poi annulla: nessun messaggio viene mai inviato.
send-from-label = Indirizzo del mittente per il controllo
send-from-hint = L'indirizzo "Da" usato dalla tua app, se non è il tuo nome utente: ad esempio un alias o una casella di posta condivisa.
send-to-label = Destinatario per il controllo
send-to-hint = Lascialo vuoto per usare il mittente stesso. In ogni caso non viene inviato nulla.
insecure-label = Invia la mia password anche se la connessione non è crittografata
insecure-hint = Solo per server nella tua rete. Chiunque lungo il percorso potrebbe leggere la password.
trust-label = Invia la mia password anche se il certificato del server non è attendibile
trust-hint = Solo se il tuo provider di posta ti ha detto che il suo certificato è autofirmato.
submit = Controlla le mie impostazioni
progress-title = Controllo delle impostazioni in corso…
progress-status = Ogni passaggio compare qui appena è completato.
stop = Interrompi
field-protocol-missing = Scegli IMAP, POP o SMTP.
field-security-missing = Scegli un'impostazione di sicurezza.
field-host-missing = Inserisci il nome del server, ad esempio imap.example.com.

## Refusals: why a check was not run (the page or the API's "detail")
refused-title = Non controllato
refused-back = Torna al modulo
refused-rate =
    { $count ->
        [one] Troppi controlli dal tuo indirizzo in poco tempo. Attendi { $count } secondo e riprova.
       *[other] Troppi controlli dal tuo indirizzo in poco tempo. Attendi { $count } secondi e riprova.
    }
refused-busy =
    { $count ->
        [one] maildoctor sta eseguendo in questo momento tutti i controlli che può. Riprova tra { $count } secondo.
       *[other] maildoctor sta eseguendo in questo momento tutti i controlli che può. Riprova tra { $count } secondi.
    }
refused-port = Questo servizio controlla solo le porte di posta ({ $ports }). La porta { $port } non è tra queste; esegui `maildoctor check` sul tuo computer per provare altre porte.
refused-too-long = Troppo lungo: { $field } (`{ $name }`, al massimo { $max } caratteri).
refused-field-host = il nome del server
refused-field-username = il nome utente
refused-field-email = l'indirizzo email
refused-field-password = la password
refused-field-oauth-token = il token OAuth2
refused-field-ticket = il numero del ticket
refused-field-lang = la lingua
refused-forwarded-for = Il proxy davanti a questo servizio ha inviato un indirizzo del client che non si può leggere.
refused-token = Questo servizio richiede un token di accesso.
refused-origin = Il modulo è stato inviato da un altro sito web, quindi non è stato eseguito.
refused-shared-down = maildoctor non riesce a raggiungere l'archivio in cui le sue repliche condividono i limiti, quindi per ora non accede a nessun account (non potrebbe rispettare il limite per account che evita i blocchi). Riprova tra un minuto, oppure lascia vuota la password per controllare solo la connessione.
api-error-too-large = il corpo della richiesta supera 64 KiB
api-error-timeout = la diagnosi ha richiesto troppo tempo; riprova
api-error-not-found = questo endpoint dell'API non esiste
api-error-method = usa POST per /api/v1/diagnose
api-error-other = non è stato possibile gestire la richiesta
form-unreadable = Non è stato possibile leggere il modulo. Compilalo di nuovo.
