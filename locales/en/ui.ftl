# Page chrome and the form (templates/base.html, templates/index.html, web::pages).
# Every language has exactly these ids with the same placeholders (src/i18n.rs tests).
site-skip = Skip to the content
site-tagline = Why can't my mail app connect?
site-footer = maildoctor checks the server you name from this machine. Your password is used only for this check and is never stored or shown.
site-language = Language
form-title = Check your mail settings
form-lead = Type the settings exactly as your mail app has them. maildoctor connects to the server step by step and tells you what to change.
form-errors-title = Please check the form
shortcuts-title = Using a well-known provider?
shortcuts-hint = Pick yours and maildoctor fills in its servers. You still type your own user name and password.
shortcut-use = I use { $provider }
discover-link = Don't know your server? Find it from your e-mail address.
protocol-legend = What do you want to check?
protocol-hint = IMAP and POP receive mail; SMTP sends it. Most apps today use IMAP.
choice-imap = Receive mail — IMAP
choice-pop3 = Receive mail — POP
choice-smtp = Send mail — SMTP
choice-auto = Automatic
choice-tls = SSL/TLS
choice-starttls = STARTTLS
choice-none = None (unencrypted)
optional = (optional)
host-label = Server
host-hint = For example imap.example.com — the “incoming” or “outgoing” server in your mail app.
port-label = Port
port-hint = Empty means the usual one.
security-label = Security
security-hint = Also called “Encryption”. Automatic finds out what the server uses.
username-label = User name
username-hint = Often your full e-mail address.
password-label = Password
password-hint = Used once for this check, never stored or shown. Leave it empty to test the connection only.
email-label = E-mail address
email-hint = Helps maildoctor recognise your provider and suggest its settings.
ticket-label = Ticket reference
ticket-hint = For help desks: a ticket or case number, kept with the saved report so it can be found again.
limits-label = Also test the connection limit
limits-hint = Opens several connections at once to see how many the server allows. Takes a little longer.
more-options = More options
oauth-label = OAuth2 access token, instead of a password
oauth-hint = For accounts that sign in with Microsoft or Google: a token from your administrator's tools. Used once for this check, never stored or shown.
send-test-label = Sending (SMTP): also check that this account may send from my address
send-test-hint = After signing in, maildoctor asks the server to accept a sender and a recipient, then cancels: no message is ever sent.
send-from-label = Sender address for the check
send-from-hint = The "From" address your app uses, if it isn't your user name — for example an alias or a shared mailbox.
send-to-label = Recipient for the check
send-to-hint = Leave it empty to use the sender itself. Nothing is sent either way.
insecure-label = Send my password even if the connection is not encrypted
insecure-hint = Only for servers on your own network. Anyone on the way could read the password.
trust-label = Send my password even if the server's certificate is not trusted
trust-hint = Only if your mail provider told you its certificate is self-made.
submit = Check my settings
progress-title = Checking your settings…
progress-status = Each step appears here as soon as it is done.
stop = Stop
field-protocol-missing = Choose IMAP, POP or SMTP.
field-security-missing = Choose a security setting.
field-host-missing = Enter the server name, for example imap.example.com.

## Refusals: why a check was not run (the page or the API's "detail")
refused-title = Not checked
refused-back = Back to the form
refused-rate =
    { $count ->
        [one] Too many checks from your address in a short time. Please wait { $count } second and try again.
       *[other] Too many checks from your address in a short time. Please wait { $count } seconds and try again.
    }
refused-busy =
    { $count ->
        [one] maildoctor is running as many checks as it can right now. Please try again in { $count } second.
       *[other] maildoctor is running as many checks as it can right now. Please try again in { $count } seconds.
    }
refused-port = This service only checks mail ports ({ $ports }). Port { $port } is not one of them; run `maildoctor check` on your own computer to test other ports.
refused-too-long = Too long: { $field } (`{ $name }`, at most { $max } characters).
refused-field-host = the server name
refused-field-username = the user name
refused-field-email = the e-mail address
refused-field-password = the password
refused-field-oauth-token = the OAuth2 token
refused-field-ticket = the ticket number
refused-field-lang = the language
refused-forwarded-for = The proxy in front of this service sent a client address that cannot be read.
refused-token = This service needs an access token.
refused-origin = The form was sent from another web site, so it was not run.
refused-shared-down = maildoctor cannot reach the store its replicas share their limits in, so it does not sign in to anyone's account right now (it could not keep the per-account limit that prevents lock-outs). Please try again in a minute, or leave the password out to check the connection only.
# The API's answers to requests no handler took.
api-error-too-large = the request body is larger than 64 KiB
api-error-timeout = the diagnosis took too long; try again
api-error-not-found = no such API endpoint
api-error-method = use POST for /api/v1/diagnose
api-error-other = the request could not be handled
form-unreadable = The form could not be read. Please fill it in again.
