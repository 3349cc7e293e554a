# Evidence labels: the names of the facts shown next to a finding's steps ("server said",
# "certificate covers"). The page and the CLI show them in the reader's language; the JSON
# report keeps the English label as a stable key. Message id: evidence- and the English label
# in lower case with every run of other characters as one dash (src/i18n.rs, evidence_label).
# Protocol words (STARTTLS, LOGINDISABLED, TLS ClientHello, A, AAAA, DNS) stay as they are.

evidence-a-ipv4 = A (IPv4)
evidence-aaaa-ipv6 = AAAA (IPv6)
evidence-also-missing = also missing
evidence-asked = asked
evidence-belongs-to = belongs to
evidence-certificate = certificate
evidence-certificate-covers = certificate covers
evidence-certificate-for = certificate for
evidence-certificates-sent = certificates sent
evidence-chosen = chosen
evidence-confirmed = confirmed
evidence-days-left = days left
evidence-days-since = days since
evidence-did-you-mean = did you mean
evidence-dns-answer = DNS answer
evidence-during = during
evidence-error = error
evidence-expected = expected
evidence-expired-on = expired on
evidence-expires-on = expires on
evidence-folder = folder
evidence-found = found
evidence-greeting-took = greeting took
evidence-held-back-because = held back because
evidence-host = host
evidence-host-is-for = host is for
evidence-host-typed = host typed
evidence-how-far = how far
evidence-issuer = issuer
evidence-issuer-published-at = issuer published at
evidence-issuer-s-certificate = issuer's certificate
evidence-its-issuer = its issuer
evidence-largest-message-the-server-takes = largest message the server takes
evidence-limit = limit
evidence-logindisabled = LOGINDISABLED
evidence-mail-server = mail server
evidence-messages = messages
evidence-missing-certificate-s-issuer = missing certificate's issuer
evidence-missing-issuer = missing issuer
evidence-name = name
evidence-needed-for-a-token = needed for a token
evidence-next-session = next session
evidence-no-answer-within = no answer within
evidence-not-confirmed = not confirmed
evidence-password = password
evidence-port = port
evidence-port-expects = port expects
evidence-port-is-for = port is for
evidence-probe = probe
evidence-problem = problem
evidence-provider = provider
evidence-published-at = published at
evidence-quota-root = quota root
evidence-recipient = recipient
evidence-response = response
evidence-security = security
evidence-sender = sender
evidence-server = server
evidence-server-limit = server limit
evidence-server-said = server said
evidence-server-said-decoded = server said (decoded)
evidence-server-sent = server sent
evidence-service = service
evidence-sessions-allowed = sessions allowed
evidence-sign-in-methods-offered = sign-in methods offered
evidence-slower-than = slower than
evidence-stage = stage
evidence-starttls = STARTTLS
evidence-submission-ports = submission ports
evidence-suggested-host = suggested host
evidence-testing = testing
evidence-the-test-stopped = the test stopped
evidence-tls-clienthello = TLS ClientHello
evidence-tls-clienthello-on-a-second-connection = TLS ClientHello on a second connection
evidence-try-again-in = try again in
evidence-typed = typed
evidence-typed-name-resolves-to = typed name resolves to
evidence-used = used
evidence-usual-port = usual port
evidence-usual-ssl-tls-port = usual SSL/TLS port
evidence-valid-from = valid from
evidence-verifier-said = verifier said
evidence-waited = waited
evidence-why = why
evidence-worked = worked

## Evidence values that are maildoctor's own words (a server's quote, a name or a number is
## shown as it came). The message ids begin with value-.
value-either = { $first } or { $second }
value-password-unsendable = contains a line break or a NUL character, which POP3 USER/PASS cannot carry
value-login-disabled = the server refuses the LOGIN command on this connection
value-starttls-offered = offered: sign-in becomes possible once the connection is encrypted
value-submission-ports = 587 with STARTTLS, or 465 with SSL/TLS
value-not-sent-unencrypted = the connection is not encrypted, so the password would cross the network in clear text
value-not-sent-certificate = the server's certificate failed verification, so someone could be intercepting the connection
value-mailbox-read-late = the mailbox could not be read before the time limit
value-mailbox-list-late = the mailbox could not be listed before the time limit
value-expected-tls = a TLS handshake
value-expected-greeting = a plain-text greeting
value-no-tls-answer = the server did not answer with TLS
value-first-bytes-tls = the server's first bytes are a TLS record
value-tls-answered-hello = the server answered a TLS ClientHello on a fresh connection
value-tls-fresh-handshake = a TLS handshake on a fresh connection succeeded ({ $version })
value-tls-failed-after-certificate = the server sent its ServerHello and its certificate, then failed
value-tls-failed-after-hello = the server sent its ServerHello (TLS started), then failed
value-tls-no-server-hello = the server answered with TLS, but no ServerHello
value-no-answer = no answer
value-no-answer-within = no answer within { $ms } ms
value-probe-no-answer = { $command } (no answer)
value-no-complete-line = no complete line
value-greeting-cut = the server closed the connection in the middle of its greeting
value-greeting-unfinished = the greeting was not finished after { $ms } ms
value-greeting-endless =
    { $count ->
        [one] the greeting went on for more than { $count } line
       *[other] the greeting went on for more than { $count } lines
    }
value-closed-without-greeting = closed the connection without a greeting
value-server-answered = the server answered { $answer }
value-port-range = a number from 1 to 65535
value-stop-bye = the server ended the session: { $line }
value-stop-flood =
    { $count ->
        [one] the answer went on past { $count } line
       *[other] the answer went on past { $count } lines
    }
value-stop-literal =
    { $count ->
        [one] the server announced a literal of { $count } byte
       *[other] the server announced a literal of { $count } bytes
    }
value-stop-budget = the time budget for this stage ran out
value-aia-unreadable-leaf = the certificate whose issuer is missing could not be read
value-aia-unreadable = the certificate at { $url } could not be read
value-aia-untrusted-root = its issuer { $root } is a root that is not trusted here
value-aia-too-deep = no trusted root within { $count } fetched certificates
value-aia-confirmed = with the certificate fetched from there, the chain reaches the trusted root { $root }
value-aia-fetched = { $subject } (from { $url })
value-aia-no-trusted-root = the chain does not reach a trusted root: { $why }
value-at-least = at least { $count }
value-at-least-cap = at least { $count } (the test stops at { $cap })
value-other-reason = for another reason
value-refused = refused
value-address-loopback = a loopback address (this machine itself)
value-address-private = a private network address
value-address-link-local = a link-local address
value-address-cgnat = a carrier-grade NAT address
value-address-multicast = a multicast address
value-address-unspecified = an unspecified address
value-address-metadata = a cloud metadata address
value-address-reserved = a reserved or documentation address
value-attempt-connected = connected
value-attempt-refused = refused
value-attempt-timeout = timed out
value-attempt-unreachable = unreachable
value-attempt-failed = failed
# Why a sign-in answer is ambiguous (the classifier's rules, docs/CLASSIFIER.md).
value-ambiguous-either = the server says: wrong password, or this protocol is switched off for the account
value-ambiguous-exchange-throttled = Exchange sends this when it throttles the account, often for too many sessions
value-ambiguous-yahoo-auth005 = Yahoo sends this after failed sign-ins and also when an app password is required
value-ambiguous-microsoft-not-connected = Microsoft sends this for a token of another mailbox and for a mailbox without IMAP/POP
value-ambiguous-after-connection-limit = after a connection-limit refusal every sign-in is refused, even a right password
value-ambiguous-gmail = Gmail refuses an account password this way when an app password is required
value-ambiguous-microsoft = Microsoft answers the same for a wrong password and for password sign-in switched off
value-ambiguous-gmx = GMX answers the same for a wrong password, a missing app password and POP3/IMAP off
value-ambiguous-app-password = this provider answers the same for a wrong password and for a missing app password
