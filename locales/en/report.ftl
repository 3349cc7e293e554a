# The report as people read it: the page (templates/_report.html and the templates it
# includes), the CLI's text (src/render/text.rs), the ticket summary and the sentence that sums
# up a report. Server quotes, codes, host names and numbers are filled in, never translated.
# Every language has exactly these ids with the same placeholders (src/i18n.rs tests).

## The verdict and the sentence that sums up a report

verdict-ok = No problems found
verdict-warning = It works, but something should change
verdict-error = It does not work yet
# $what is one of the target-* sentences below, $title a finding's title.
summary-ok = { $what }: no problems found.
summary-warning = { $what } works, but: { $title }.
summary-error = { $what } does not work: { $title }.
summary-other = { $what }: see the findings.
summary-no-target = The check
# $protocol is IMAP, POP or SMTP; $security is SSL/TLS or STARTTLS.
target-auto = { $protocol } on { $host } port { $port } with automatic security
target-plain = { $protocol } on { $host } port { $port } without encryption
target-secure = { $protocol } on { $host } port { $port } with { $security }

## The stages, as the timeline names them

stage-input = Checking what was typed
stage-dns = Looking up the server name
stage-tcp = Connecting to the server
stage-tls = Securing the connection
stage-protocol = Talking to the mail service
stage-auth = Signing in
stage-mailbox = Looking at the mailbox
stage-limits = Testing connection limits
status-pass = Done
status-warn = Warning
status-fail = Failed
status-skip = Skipped
severity-error = error
severity-warning = warning
severity-info = info

## The page's sections

report-provider = Provider: { $provider }
report-fix-first = What to fix first
report-also-found = Also found
report-findings = Findings
report-other-findings = Other findings
report-code = Code:
report-evidence = Evidence:
report-timeline = What maildoctor did
report-stages = Stages
report-total-time = Total time: { $ms } ms
report-server-software = Server software: { $software }
report-send = Send this to your help desk
report-copy-ticket = Copy summary for a ticket
report-download-json = Download JSON
report-ticket-summary = Summary for a ticket (plain text)
report-technical = Technical details
report-again = Check other settings
report-ticket = Ticket: { $ticket }

## The settings that should work

settings-title = Settings that should work
settings-lead = Put these into your mail app's account settings.
settings-verified = Verified working just now
settings-also-suggested = Also suggested (not verified)
settings-suggested = Suggested (not verified)
role-imap = Incoming mail (IMAP) server
role-pop3 = Incoming mail (POP) server
role-smtp = Outgoing mail (SMTP) server
settings-server = Server
settings-requires-ssl = Requires SSL
settings-port = Port
settings-requires-sign-in = Requires sign-in
settings-username = User name
settings-password = Password
settings-password-yours = Your password
settings-password-or-app = Your password (or an app password, if the provider asks for one)
settings-found-from = Found from
settings-note = Note
settings-check-sign-in = Check sign-in with these settings
settings-yes-with = Yes ({ $security })
settings-yes = Yes
settings-no = No
username-full-address = Your full e-mail address
username-unchanged = unchanged (the one you use now)
username-not-tried = unchanged (sign-in was not tried here)
checked-verified-in = Verified: answered in { $ms } ms
checked-verified = Verified
checked-not-verified = Not verified

## The technical details

cert-title = Certificate
cert-subject = Subject
cert-names = Names covered
cert-none = (none)
cert-issuer = Issuer
cert-valid-from = Valid from
cert-valid-until = Valid until
cert-days-left =
    { $count ->
        [one] { $count } day left
       *[other] { $count } days left
    }
cert-key = Key
cert-connection = Connection
cert-chain = Chain as sent by the server
cert-issued-by = issued by
cert-until = until
alternatives-title = Alternatives tried
alternatives-settings = Settings
alternatives-result = Result
alternatives-time = Time
alternatives-found-from = Found from
# $count alternatives were tried, $verified of them answered as they should.
alternatives-summary =
    { $count ->
        [one] { $count } alternative tried in { $ms } ms (without signing in), { $verified } verified working.
       *[other] { $count } alternatives tried in { $ms } ms (without signing in), { $verified } verified working.
    }
transcript-title =
    { $count ->
        [one] Conversation with the server ({ $count } line)
       *[other] Conversation with the server ({ $count } lines)
    }
transcript-empty = No conversation: maildoctor did not reach the mail service.
transcript-caption = Each line sent and received, with the time since the start
transcript-who = Who
transcript-time = Time
transcript-line = Line
who-client = maildoctor sent
who-server = the server said
who-note = note
request-title = The request as given
request-protocol = Protocol
request-server = Server
request-port = Port
request-security = Security
request-username = User name
request-password = Password
request-email = E-mail address
request-options = Options
request-none = (none)
request-standard-port = (standard)
request-automatic = Automatic
request-no-security = None
request-password-given = given (not shown)
request-password-not-given = not given
option-test-limits = test the connection limit
option-insecure-auth = send the password without encryption
option-trust-certificate = send the password despite the certificate

## Sharing a saved report

share-failed = This report could not be saved (the report store is unavailable just now), so it has no link to share. It is shown here only.
share-title = Share this report
share-saved-for =
    { $count ->
        [one] Saved for { $count } day at
       *[other] Saved for { $count } days at
    }
share-saved-hint = copy this link into your ticket; anyone with it can open the report (it holds no password).
share-copy = Copy link
compare-label = Compare with another report of the same server (for example one run on the user's computer)
compare-hint = Paste its link or id.
compare-submit = Compare side by side
share-delete = Delete the saved report
vantage-service = Run from the help desk's service
vantage-user = Run from the user's own computer (maildoctor { $version })

## The ticket summary and the CLI

ticket-heading = maildoctor report ({ $started })
ticket-checked = Checked: { $protocol } on { $host } ({ $port })
ticket-standard-port = standard port
ticket-request-id = Request id: { $id }
ticket-saved = Saved report: { $link }
cli-port = port { $port }
cli-username = user name: { $username }
cli-found-from = found from: { $from }

## The live page's script (static/app.js reads them from the page; the placeholders are
## filled in by the script)

js-copied = Copied. Paste it into your ticket or e-mail.
js-copy-failed = Copying did not work: open “Summary for a ticket” and copy the text.
js-no-server = { $provider } has no { $protocol } server.
js-filled = Filled in the { $protocol } server of { $provider }: { $host }, port { $port }.
js-progress = Each step appears here as soon as it is done.
js-next = Working on the next step…
js-start-failed = The check could not start ({ $status }).
js-ended-early = The connection to maildoctor ended early. Please try again.
js-not-finished = The check did not finish. Please try again.

## The alternatives tried after a failure
alternatives-too-many = Not tried: more than { $limit } alternatives.
alternatives-no-answer = No answer within the { $ms } ms given to alternatives.
alternatives-stopped = Stopped: another alternative already works.
# Where an alternative or a suggested setting came from ("Found from").
origin-provider = provider
origin-srv = SRV record
origin-autoconfig = autoconfig
origin-same-port = same port
origin-standard-port = standard port
origin-certificate = certificate
origin-finding = finding
# Caveats in the settings table.
settings-note-port-25 = Port 25 is a last resort for sending: most home and mobile networks block it for sending mail. Use 465 or 587 when either works.
# $how is one of the signin- messages below.
settings-note-sign-in = Sign-in: { $how }.
settings-note-tried = Tried just now:
signin-password = password
signin-app-password = app password (or OAuth2)
signin-oauth2-only = OAuth2 only
# How the verified settings were verified.
settings-sign-in-note = maildoctor checked these without signing in: it connected, set up encryption, checked the certificate and read the greeting. It signs in only with the settings you gave.
# What exactly an origin was (the JSON's sources[].detail).
origin-detail-provider = { $provider }'s published { $protocol } server
origin-detail-finding = the fix a finding names
origin-detail-certificate = a name the certificate covers: { $name }
origin-detail-same-port = the same port, { $port }, with { $security }
origin-detail-standard-port = the standard { $protocol } port with { $security }
origin-detail-port-25 = port 25, a last resort for sending (usually blocked from home networks)
