# The other pages: finding the settings from an e-mail address (templates/discover.html), two
# reports side by side (templates/compare.html), and the saved report's error pages. Host
# names, codes and sources' answers are filled in, never translated.

## Finding your settings

discover-title = Find your mail server settings
discover-lead = Type your e-mail address. maildoctor asks every place mail apps look (its provider table, your domain's DNS records and autoconfig file, the usual server names), then checks each server live — without a password.
discover-error-title = Please check the address
discover-email-label = E-mail address
discover-email-hint = For example jo@example.com. Only the address is used; no password is asked.
discover-submit = Find my settings
discover-confirmed = Settings found and confirmed
discover-suggested = Settings suggested, not confirmed
discover-nothing = No settings found
discover-for = For { $email } ({ $ms } ms).
discover-provider = Provider: { $provider }.
discover-settings = Settings for your mail app
discover-status-confirmed = confirmed
discover-status-suggested = suggested
discover-encryption = Encryption
discover-found-by = Found by
discover-diagnose = Diagnose with these settings
discover-disagree = Sources disagree
discover-notes = Worth knowing
discover-advice = What to do
discover-tried = Every candidate tried
discover-nothing-tried = No server was found to try.
discover-service = Service
discover-outcome = Outcome
discover-what-happened = What happened
discover-sources = Sources asked
discover-source = Source
discover-asked = Asked
discover-answer = Answer
username-local-part = the part before the @

## Two reports side by side

compare-title = Two reports side by side
compare-reading = What the difference means
compare-first-fix = First thing to fix:
compare-open = Open the full report
compare-caption = Each stage, from both places
compare-stage = Stage

## A saved report that cannot be shown

saved-not-found-title = Not found
saved-not-found = This report does not exist: it was deleted, or it has expired. Run the check again to get a new one.
saved-check-link = Check a mail server
saved-unavailable-title = Unavailable
saved-unavailable = Saved reports cannot be read just now. Please try again in a minute.
saved-deleted-title = Deleted
saved-deleted = The saved report was deleted. Its link no longer opens it.

## Discovery: the sources' answers, the probes, notes and advice

# The places discovery asks (the "Source" column and "… says …").
discover-source-table = provider table
discover-source-autoconfig = autoconfig
discover-source-srv = SRV records
discover-source-mx = MX records
discover-source-guess = usual names
discover-source-ispdb = Thunderbird's ISPDB
# How a candidate's probe ended (also the alternatives tried in a report).
outcome-confirmed = confirmed
outcome-unencrypted = works, but not encrypted
outcome-bad-certificate = answers, but its certificate is not valid
outcome-failed = failed
outcome-not-tried = not tried
# $host port $port ($security)
discover-setting = { $host } port { $port } ({ $security })
discover-source-says = { $source }: { $setting }
discover-disagreement = { $role }: { $said }.
discover-note-unencrypted = Works, but not encrypted: the password would travel readable.
discover-note-not-confirmed = Not confirmed ({ $outcome }): { $detail }
discover-note-nxdomain = { $domain } does not exist in DNS: check the spelling of the address.
discover-note-srv-not-offered = { $name } says { $protocol } with { $security } is not offered.
discover-note-srv-outside = { $name } points to { $target }, outside { $domain }: without DNSSEC this could be forged (RFC 6186 §6); check with your provider that it is theirs.
discover-note-app-password = { $provider } wants an app password in mail apps, not your account password: turn on two-step verification, create an app password in your account's security settings, and use it as the password.
discover-note-oauth-only = { $provider } accepts only OAuth2 sign-in in mail apps: a password, even the right one, is refused. Use a mail app that signs in with your account in a browser window.
discover-note-oauth-only-microsoft = { $provider } accepts only OAuth2 sign-in in mail apps: a password, even the right one, is refused. Use a mail app that signs in with your Microsoft account in a browser window.
discover-note-since = This applies since { $since }.
discover-advice-nothing = No mail settings were found for { $domain }: the provider table does not know the domain, it publishes no autoconfig file and no SRV records, and none of the usual server names answered.
discover-ask-provider = Ask your e-mail provider (or whoever runs the domain) for: the incoming server name, its port and encryption (SSL/TLS or STARTTLS) for IMAP or POP; the outgoing (SMTP) server name, its port and encryption; and whether your user name is the full e-mail address or only the part before the @. They could also publish these settings (an autoconfig file or SRV records) so mail apps find them.
discover-probe-too-many = Not tried: more than { $limit } candidates.
discover-probe-port-refused = Not tried: port { $port } is not a mail port this service checks.
discover-probe-out-of-time = The time for discovery ran out first.
discover-probe-unencrypted = { $protocol } answered, without encryption.
discover-probe-confirmed = { $protocol } answered over { $security } with a valid certificate.
discover-probe-bad-certificate = { $protocol } answered, but the certificate is not valid for { $host }.
discover-answer-known = known: { $provider }
discover-answer-not-in-table = not in the table
discover-answer-nxdomain = the domain does not exist (NXDOMAIN)
discover-answer-no-mx = no usable MX
discover-answer-no-address = no address
discover-answer-has-address = has an address
discover-answer-no-record = no record
discover-answer-not-offered = ".": the service is explicitly not offered
discover-answer-listed =
    { $count ->
        [one] { $count } usable server of { $listed } listed
       *[other] { $count } usable servers of { $listed } listed
    }
discover-answer-not-used = (not used: an earlier address answered)
discover-answer-snapshot =
    { $count ->
        [one] { $provider }: { $count } server ({ $why })
       *[other] { $provider }: { $count } servers ({ $why })
    }
discover-answer-not-in-snapshot = not in the built-in copy ({ $why })
discover-why-not-asked = the ISPDB service is not asked
discover-why-unreachable = the service could not be asked
discover-answer-timeout = no answer before the time limit
# Someone else's words kept as they came (a resolver's records, a library's error), where a sentence of ours could stand.
as-given = { $answer }
# The terminal's discovery output.
discover-cli-for = for { $email } ({ $ms } ms)
discover-cli-tried = Every candidate tried:
discover-cli-diagnose = Diagnose
discover-note-ispdb-oauth-only = { $provider } accepts only OAuth2 sign-in ("Sign in with Microsoft/Google") for mail apps: a password, even the right one, is refused. Use a mail app that signs in that way.

## The comparison's reading. $good and $bad are where it works and where it does not
## (compare-who-desk, compare-who-user); $why is " (the first finding's code)" or nothing.
compare-who-user = the user's computer
compare-who-desk = the help desk's service
compare-who-first = { $who } (first report)
compare-who-second = { $who } (second report)
compare-differ-protocol = protocol: { $left } / { $right }
compare-differ-server = server: { $left } / { $right }
compare-differ-port = port: { $left } / { $right }
compare-differ-security = security: { $left } / { $right }
compare-differ-username = the user name differs
compare-settings-differ = These two reports did not check the same settings ({ $differences }). Compare the settings first: the app on { $right } may simply be set up differently from the one on { $left }.
compare-same-ending = Both reports end the same way ({ $verdict }): the network { $who } is on makes no difference here.
compare-interception = On { $seen }, the server showed a different certificate (issued by { $issuer }) than on { $other } (issued by { $other_issuer }), and it is not trusted: something on that network intercepts encrypted connections — usually an antivirus or security program that "scans encrypted connections", or a company proxy. Turn that scanning off for mail, or add the mail server to its exceptions.
compare-input = The request from { $bad } could not be checked{ $why }; the one from { $good } could.
compare-dns = From { $good }, { $host } can be looked up; from { $bad } it cannot{ $why }. The DNS server used there (the router, a VPN or a company network) does not answer for this name: restart the router, turn the VPN off, or try another network to confirm.
compare-tcp = From { $good }, { $host } answers on port { $port }; from { $bad } it does not{ $why }. Something on that network blocks port { $port }: a firewall, an antivirus or security program, or the internet provider. Try another network (a phone's hotspot) to confirm, then allow port { $port } for the mail app — or use another port from the settings table.
compare-tls = From { $good }, encryption with { $host } is set up; from { $bad } it fails{ $why }. Something on that network interferes with encrypted connections (an antivirus that scans them, a company proxy, or a captive portal).
compare-protocol = From { $good }, a mail server answers on port { $port }; from { $bad } something else answers{ $why }. A device or program on that network answers in the server's place (a proxy, a firewall that inspects mail, or a captive portal).
compare-auth = Both reach the server, but sign-in works only from { $good }{ $why }. The user name or password typed on { $bad } is not the same, or the provider refuses sign-ins from that network or place (check the provider's security alerts).
compare-later = Sign-in works from both; on { $bad } a problem follows that { $good } does not have{ $why }. The report from { $bad } says what to change.
compare-error-title = Cannot compare
compare-need-two = To compare, give two saved reports: their links (…/r/…) or ids.
compare-missing = One of these reports does not exist: it was deleted, or it has expired.
compare-failed = The comparison could not be shown.

## Where a candidate came from ("Found by"); MX records, URLs and names are shown as they are
claim-table = provider table: { $provider }
claim-guess = guess: usual name { $host }
claim-srv = SRV { $name } (priority { $priority }, weight { $weight })
claim-srv-outside = SRV { $name } (priority { $priority }, weight { $weight }) — target outside the domain
claim-ispdb-snapshot = ISPDB snapshot (thunderbird/autoconfig { $commit }): { $id }
