# The sentence each stage of the timeline ends with ("Connected to 192.0.2.1 port 993 in
# 12 ms."). Values are filled in as they came: host names, addresses, times, and errors as the
# system or the server worded them. Read by src/stage.rs (Detail) and report::Report::in_lang.

## Every stage

# What answered on a port, in plain words: the values of $answered and $expected below.
speaks-imap = an IMAP server
speaks-pop3 = a POP3 server
speaks-smtp = an SMTP server
speaks-http = a web server
speaks-ssh = an SSH server
speaks-tls = a TLS (encrypted) service
speaks-unknown = an unknown service

detail-skip-earlier-failed = Not run: an earlier stage failed.
detail-skip-needs-sign-in = Not run: needs a successful sign-in.
detail-skip-ca-unusable = Not run: the request's CA certificate is unusable.
detail-skip-smtp-mailbox = Not run: sending (SMTP) has no mailbox to look at (the send check is opt-in).
detail-skip-limits-opt-in = Not run: the connection-limit test is opt-in.
detail-deadline = The overall time limit ran out during this stage.

## input

# $security is auto, none, or SSL/TLS or STARTTLS.
detail-input-target =
    { $security ->
        [auto] { $protocol } on { $host } port { $port } with automatic security.
        [none] { $protocol } on { $host } port { $port } without encryption.
       *[other] { $protocol } on { $host } port { $port } with { $security }.
    }
detail-input-unusable = What was typed cannot be used as it is.

## tls

detail-tls-ca-unusable = The CA certificate in the request cannot be used: { $error }.

## dns

detail-dns-ip = { $ip } is an IP address, so no lookup is needed.
detail-dns-ip-refused = { $ip } is refused by the address policy, so it was not contacted.
detail-dns-all-refused = Every address of { $name } is refused by the address policy, so none was contacted.
# $addresses lists up to three addresses, $more how many more there are, $refused how many
# of them the address policy refused.
detail-dns-resolved =
    { $name } resolved to { $addresses }{ $more ->
        [0] {""}
       *[other] {" "}and { $more } more
    } in { $ms } ms{ $refused ->
        [0] .
        [one] , but 1 of them is refused by the address policy.
       *[other] , but { $refused } of them are refused by the address policy.
    }
detail-dns-alias =
    { $name } is an alias of { $canonical } and resolved to { $addresses }{ $more ->
        [0] {""}
       *[other] {" "}and { $more } more
    } in { $ms } ms{ $refused ->
        [0] .
        [one] , but 1 of them is refused by the address policy.
       *[other] , but { $refused } of them are refused by the address policy.
    }
detail-dns-network-blamed = The DNS server answered { $answer } for { $name }, a well-known mail server: this network's DNS is the likely cause.
detail-dns-nxdomain = { $name } does not exist in DNS.
detail-dns-servfail = The DNS server answered { $rcode } when asked for { $name }.
detail-dns-unaskable = The DNS server could not be asked about { $name }.
detail-dns-timeout = The DNS server did not answer for { $name } within { $limit }.
detail-dns-no-address = { $name } exists in DNS but has no IPv4 or IPv6 address.

## tcp

detail-tcp-failed = Could not connect to { $host } on port { $port }.
detail-tcp-connected = Connected to { $address } port { $port } in { $ms } ms.

## tls

detail-tls-valid = Encrypted with { $version }; the certificate is valid for { $host }.
detail-tls-problems =
    { $count ->
        [one] Encrypted with { $version }, but the certificate has { $count } problem.
       *[other] Encrypted with { $version }, but the certificate has { $count } problems.
    }
detail-tls-starttls-refused = The server did not agree to STARTTLS, so the connection stays unencrypted.
detail-tls-starttls-failed = The server agreed to STARTTLS, but the upgrade failed.
# $expected is IMAP, POP or SMTP.
detail-tls-starttls-other-protocol = STARTTLS was not tried: { $answered } answered where { $expected } was expected.
detail-tls-starttls-greeting-refused = STARTTLS was not tried: the server refused service at the greeting.
detail-tls-none = The connection is not encrypted.

## protocol

# $software is empty or " (Dovecot)" with its leading space.
detail-protocol-answered = { $host } answered as { $answered }{ $software } in { $ms } ms.
detail-protocol-silent-to-tls = { $host } accepted the connection but sent nothing in { $ms } ms, not even an answer to the TLS handshake.
detail-protocol-never-greeted = { $host } never greeted, although it answered { $command }.
detail-protocol-silent = { $host } accepted the connection but sent nothing in { $ms } ms, not even an answer to { $command }.
detail-protocol-no-greeting-error = { $host } sent no greeting: { $error }.
detail-protocol-closed = { $host } accepted the connection and closed it without a greeting.
detail-protocol-unusable = { $host } sent no usable greeting ({ $problem }).
detail-protocol-other-protocol-because = { $host } port { $port } answered as { $answered }, not as { $expected } ({ $problem }).
detail-protocol-refused = { $host } answered as { $expected } but refused the session at its greeting.
detail-protocol-other-protocol = { $host } port { $port } answered as { $answered }, not as { $expected }.
detail-protocol-greeting-endless = { $host }'s greeting never ended.
detail-protocol-no-greeting = { $host } sent no greeting.

## auth

detail-auth-no-password = Sign-in was not tested: no password was given.
# $mechanism is the sign-in method (PLAIN, LOGIN, XOAUTH2, USER/PASS, …).
detail-auth-refused = The server refused the sign-in for { $user } ({ $mechanism }).
detail-auth-timeout = The server did not answer the sign-in within { $limit }.
detail-auth-closed = The server closed the connection during sign-in.
detail-auth-broken = The connection failed during sign-in: { $error }.
detail-auth-no-oauth = The token was not sent: the server offers no OAuth2 sign-in (XOAUTH2 or OAUTHBEARER) here.
detail-auth-unsendable = The password was not sent: it cannot be carried by the only sign-in method offered.
detail-auth-no-method = The server offers no password sign-in method maildoctor can use.
detail-auth-plaintext-not-sent = The password was not sent: the server refuses passwords on this unencrypted connection.
detail-auth-plaintext-cannot = A mail app cannot sign in with these settings: the server refuses passwords on this unencrypted connection.
detail-auth-no-sign-in-not-sent = The password was not sent: the server offers no password sign-in maildoctor can use here.
detail-auth-no-sign-in-cannot = A mail app cannot sign in with these settings: the server offers no password sign-in here.
detail-auth-not-sent-unencrypted = The password was not sent: the connection is not encrypted.
detail-auth-not-sent-certificate = The password was not sent: the certificate could not be verified.
detail-auth-signed-in = Signed in as { $user } with { $mechanism }.
detail-auth-after-refused = Signed in as { $user }, but the server refused the first command after sign-in.
detail-auth-after-ended = Signed in as { $user }, but the server then ended the session.
detail-auth-after-broken = Signed in as { $user }, but the connection failed right after sign-in.
detail-auth-limit-unavailable = Not signed in: the service cannot keep its per-account limit just now, so the password was not sent.
detail-auth-cooldown = Not signed in: this account was checked too often just now, so the password was not sent.

## mailbox

detail-mailbox-smtp = Sending mail (SMTP) has no mailbox to look at.
detail-mailbox-stat-unreadable = The server's answer to STAT could not be read, so the mailbox size is unknown.
detail-mailbox-stat-failed = The server did not answer STAT ({ $error }), so the mailbox size is unknown.
detail-mailbox-locked = The mailbox is locked by another session (STAT was refused).
detail-mailbox-too-many = The server refused STAT: too many connections for this account.
detail-mailbox-stat-refused = The server refused STAT.
detail-mailbox-stat-refused-unknown = The server refused STAT, so the mailbox size is unknown.
detail-mailbox-slow = The server did not answer in the time left, so the mailbox size is unknown.

## limits

detail-limits-refused =
    { $count ->
        [one] The server allowed { $count } simultaneous session and refused the next one.
       *[other] The server allowed { $count } simultaneous sessions and refused the next one.
    }
detail-limits-stopped =
    { $count ->
        [one] { $count } simultaneous session worked; the test stopped before finding the limit.
       *[other] { $count } simultaneous sessions worked; the test stopped before finding the limit.
    }
detail-limits-cap =
    { $count ->
        [one] The server allowed at least { $count } simultaneous session (the test stops there).
       *[other] The server allowed at least { $count } simultaneous sessions (the test stops there).
    }

## what a port speaks (security "auto", and the tls stage's failures)

detail-wire-tls-first = This port uses SSL/TLS from the start.
detail-wire-plain-starttls = This port greets in plain text and offers STARTTLS.
detail-wire-plain = This port greets in plain text.
detail-wire-no-greeting = No plain-text greeting arrived, so TLS was not started.
detail-wire-web-server = A web server answered the TLS handshake, so TLS was not started.
detail-wire-silent = The server sent nothing in { $ms } ms, and a TLS handshake got no answer either.
detail-wire-tls-outdated = This port uses SSL/TLS from the start, but only with TLS versions that are no longer safe.
detail-wire-tls-fails-chosen-plain = This port uses SSL/TLS from the start (not a plain-text greeting), and its TLS fails.
detail-wire-tls-fails = This port uses SSL/TLS from the start, but its TLS handshake fails.
detail-wire-plain-on-tls = The server answered in plain text where a TLS handshake was expected.
detail-wire-handshake-failed = The TLS handshake failed.
detail-wire-tls-on-plain = The server speaks TLS straight away on this port.

## the send check (SMTP)

detail-send-no-sender = The send check needs the address you send from; none was given.
detail-send-accepted = The server would take mail from { $sender } to { $recipient } (MAIL FROM and RCPT TO accepted, then cancelled: nothing was sent).
# $command is MAIL FROM or RCPT TO.
detail-send-refused = The server refused { $command } for { $sender } → { $recipient }; nothing was sent.
detail-send-signin-failed = The send check did not run: the sign-in did not succeed.
detail-send-needs-signin = The send check did not run: it needs a user name and password (without a sign-in, refusing to pass mail on is expected).
# A mailbox's summary: one sentence for the folders and counts, then one for each fact worth
# telling. Counts come grouped ("48,210"); $kind is storage or messages.
detail-mailbox-maildrop =
    { $messages ->
        [one] { $messages } message, { $size }.
       *[other] { $messages } messages, { $size }.
    }
detail-mailbox-list-unreadable = The folder list could not be read ({ $why }).
detail-mailbox-no-counts =
    { $folders ->
        [one] { $folders } folder; the server gave no message counts.
       *[other] { $folders } folders; the server gave no message counts.
    }
detail-mailbox-some-counted =
    { $folders ->
        [one] { $folders } folder
       *[other] { $folders } folders
    }, { $messages ->
        [one] { $messages } message
       *[other] { $messages } messages
    } in the { $counted } counted.
detail-mailbox-folders =
    { $folders ->
        [one] { $folders } folder
       *[other] { $folders } folders
    }, { $messages ->
        [one] { $messages } message.
       *[other] { $messages } messages.
    }
detail-mailbox-largest = { $name } holds { $messages } messages.
detail-mailbox-quota-full =
    { $kind ->
        [storage] { $used } of { $limit } storage used: the mailbox is full.
       *[messages] { $used } of { $limit } messages of the quota used: the mailbox is full.
    }
detail-mailbox-quota-almost-full =
    { $kind ->
        [storage] { $used } of { $limit } storage used ({ $percent }%, almost full).
       *[messages] { $used } of { $limit } messages of the quota used ({ $percent }%, almost full).
    }
detail-mailbox-quota =
    { $kind ->
        [storage] { $used } of { $limit } storage used ({ $percent }%).
       *[messages] { $used } of { $limit } messages of the quota used ({ $percent }%).
    }
detail-mailbox-quota-unlimited =
    { $kind ->
        [storage] { $used } of storage used (no limit).
       *[messages] { $used } messages used (no limit).
    }
detail-mailbox-folder-in-use = A folder is in use by another session.
detail-mailbox-stopped = maildoctor stopped early ({ $why }).
