# The remedy catalog: for every finding code its title (the message), its explanation and
# its ordered steps (.step-1, .step-2, …), and where a known provider changes the fix, that
# provider's steps (.gmail-step-1, …) and optionally its explanation (.gmail-explanation).
# Message id: finding- and the code with its dot as a dash (auth.app_password_required →
# finding-auth-app_password_required). Read by src/diagnosis/catalog.rs; docs/I18N.md.
#
# House rules (checked by the tests in catalog.rs and i18n.rs, in every language):
# - the title: one plain line, no trailing period;
# - the explanation: one to three plain sentences: what it means and why it happens;
# - the steps: numbered from 1 with no gap, two to five, each a full sentence starting with a
#   verb, not numbered in the text (the page, the CLI and JSON consumers number them);
# - no dynamic facts (host names typed, ports tried, the server's words): they are shown as
#   evidence next to the steps, so the prose says "the names listed below";
# - every language has the same messages, attributes and step counts as English.

## input: what was typed

finding-input-invalid_host = The server name isn't a valid name
    .explanation = The server name is empty, far too long, or contains characters that a server name can't have, such as spaces, slashes or a "http://" in front. Nothing could be tested because there is no server to look up.
    .step-1 = Check the server name for typing mistakes, spaces and extra characters; the problem found is shown below.
    .step-2 = Remove anything that isn't part of the name itself, such as "http://", "https://", a slash or a path after the name.
    .step-3 = Look up the incoming mail server name in your provider's help pages or in the welcome e-mail you got when the account was created; it usually starts with "imap.", "pop." or "mail.".
    .step-4 = Type the name again and run the test once more.

finding-input-invalid_port = The port isn't a valid number
    .explanation = A port must be a whole number from 1 to 65535. The value typed is not, so nothing could be tested.
    .step-1 = Check the port for typing mistakes; the value typed is shown below.
    .step-2 = Use the usual port for the kind of server you are setting up: 993 for IMAP, 995 for POP, 465 or 587 for sending (SMTP).
    .step-3 = Leave the port empty if you are not sure, and the usual port for your choice of security is used.

finding-input-invalid_username = The user name contains a line break
    .explanation = The user name (or e-mail address) holds a line break or another invisible control character, usually from copying it out of a document or a message. No mail app can sign in with it, so nothing was sent to the server.
    .step-1 = Type the user name again by hand instead of pasting it.
    .step-2 = Make sure it is all on one line, with no space or line break before or after it.
    .step-3 = Run the test again.

finding-input-email_as_server = An e-mail address was typed as the server name
    .explanation = The server name field holds an e-mail address. Your address goes in the user name field; the server name is the name of your provider's mail server, such as imap.example.com.
    .step-1 = Move the e-mail address to the user name field of your mail app.
    .step-2 = Type the name of your provider's incoming mail server in the server field instead; when the provider is known, the right name is in the suggested settings below.
    .step-3 = Look up the server name in your provider's help pages if no suggestion is shown.
    .gmail-step-1 = Move your Gmail address to the user name field of your mail app.
    .gmail-step-2 = In the server field, type imap.gmail.com for IMAP or pop.gmail.com for POP, with SSL/TLS and port 993 (IMAP) or 995 (POP).
    .gmail-step-3 = For sending, use smtp.gmail.com with SSL/TLS and port 465, or STARTTLS and port 587.
    .outlook-step-1 = Move your Outlook.com address to the user name field of your mail app.
    .outlook-step-2 = In the server field, type outlook.office365.com, with SSL/TLS and port 993 for IMAP or port 995 for POP.
    .outlook-step-3 = For sending, use smtp-mail.outlook.com with STARTTLS and port 587.
    .outlook-step-4 = Choose Microsoft sign-in (OAuth) in your mail app: Outlook.com no longer accepts passwords from mail apps.
    .yahoo-step-1 = Move your Yahoo address to the user name field of your mail app.
    .yahoo-step-2 = In the server field, type imap.mail.yahoo.com for IMAP or pop.mail.yahoo.com for POP, with SSL/TLS and port 993 (IMAP) or 995 (POP).
    .yahoo-step-3 = For sending, use smtp.mail.yahoo.com with SSL/TLS and port 465.
    .yahoo-step-4 = Use a Yahoo app password, not your normal password, as the password.
    .icloud-step-1 = Move the part of your iCloud address before the @ to the user name field of your mail app; if that is refused, try the full address.
    .icloud-step-2 = In the server field, type imap.mail.me.com with SSL/TLS and port 993; iCloud Mail has no POP server.
    .icloud-step-3 = For sending, use smtp.mail.me.com with STARTTLS and port 587, and your full address as the user name.
    .icloud-step-4 = Use an app-specific password from your Apple Account, not your normal password.

finding-input-webmail_host = This is a web site address, not the mail server
    .explanation = The name typed is the address of the provider's web site or web mail, which you open in a browser. Mail apps need the name of the provider's mail server, which is a different name.
    .step-1 = Replace the server name with the provider's mail server name shown in the suggested settings below.
    .step-2 = Keep the security and port shown next to it; they belong together.
    .step-3 = Look up the mail server name in your provider's help pages if no suggestion is shown.
    .gmail-step-1 = Replace the server name with imap.gmail.com for IMAP or pop.gmail.com for POP.
    .gmail-step-2 = Choose SSL/TLS and port 993 for IMAP, or port 995 for POP.
    .gmail-step-3 = For sending, use smtp.gmail.com with SSL/TLS and port 465, or STARTTLS and port 587.
    .outlook-step-1 = Replace the server name with outlook.office365.com.
    .outlook-step-2 = Choose SSL/TLS and port 993 for IMAP, or port 995 for POP.
    .outlook-step-3 = For sending, use smtp-mail.outlook.com with STARTTLS and port 587.
    .outlook-step-4 = Choose Microsoft sign-in (OAuth) in your mail app: Outlook.com no longer accepts passwords from mail apps.
    .yahoo-step-1 = Replace the server name with imap.mail.yahoo.com for IMAP or pop.mail.yahoo.com for POP.
    .yahoo-step-2 = Choose SSL/TLS and port 993 for IMAP, or port 995 for POP.
    .yahoo-step-3 = For sending, use smtp.mail.yahoo.com with SSL/TLS and port 465.
    .icloud-step-1 = Replace the server name with imap.mail.me.com; iCloud Mail has no POP server.
    .icloud-step-2 = Choose SSL/TLS and port 993.
    .icloud-step-3 = For sending, use smtp.mail.me.com with STARTTLS and port 587.

finding-input-protocol_port_mismatch = This port belongs to a different kind of mail server
    .explanation = Each kind of mail server has its own ports: IMAP uses 993 or 143, POP uses 995 or 110, and sending (SMTP) uses 465, 587 or 25. The port chosen belongs to another kind than the one you are setting up, so the wrong service is likely to answer.
    .step-1 = Check whether you meant to set up IMAP, POP or sending (SMTP); the port's usual use is shown below.
    .step-2 = Change the port to the usual one shown below, with the matching security: SSL/TLS on 993, 995 and 465, STARTTLS on 143, 110 and 587.
    .step-3 = Run the test again with the corrected port.
    .icloud-explanation = The port chosen belongs to a different kind of mail server. iCloud Mail uses only two: port 993 for incoming mail over IMAP (there is no POP) and port 587 for sending.
    .icloud-step-1 = For incoming mail, set the account up as IMAP with imap.mail.me.com, SSL/TLS and port 993; iCloud Mail has no POP server.
    .icloud-step-2 = For sending, use smtp.mail.me.com with STARTTLS and port 587.
    .icloud-step-3 = Run the test again with these settings.

finding-input-host_protocol_mismatch = The server name is for a different kind of mail server
    .explanation = The server name starts with a word that says which kind of server it is, such as "pop." for POP, "imap." for IMAP or "smtp." for sending, and it does not match what you are setting up. Many providers run these on separate machines, so the wrong one may not answer or may answer the wrong way.
    .step-1 = Check whether you meant to set up IMAP, POP or sending (SMTP).
    .step-2 = Use the server name shown as the suggested host below, or look up the right name in your provider's help pages.
    .step-3 = Run the test again with the corrected name.
    .icloud-explanation = The server name does not match the kind of server you are setting up. iCloud Mail has one incoming server, over IMAP only (there is no POP), and one sending server.
    .icloud-step-1 = For incoming mail, set the account up as IMAP with imap.mail.me.com, SSL/TLS and port 993; iCloud Mail has no POP server.
    .icloud-step-2 = For sending, use smtp.mail.me.com with STARTTLS and port 587.
    .icloud-step-3 = Run the test again with these settings.

finding-input-security_port_mismatch = The security setting doesn't fit this port
    .explanation = Ports 993, 995 and 465 expect SSL/TLS from the very first byte, while ports 143, 110 and 587 start in plain text and switch to encryption with STARTTLS. The security chosen is the other kind, so the connection is likely to hang or fail.
    .step-1 = If you chose SSL/TLS on port 143, 110 or 587: keep SSL/TLS and change the port to 993 (IMAP), 995 (POP) or 465 (SMTP).
    .step-2 = If you chose STARTTLS or no security on port 993, 995 or 465: keep the port and choose SSL/TLS.
    .step-3 = Run the test again with the settings shown in the suggested settings below.


## dns: finding the server's address

finding-dns-nxdomain = The server name doesn't exist
    .explanation = The name system of the internet (DNS) says there is no server with this name. This is almost always a typing mistake or a server name that was made up from the e-mail address instead of looked up.
    .step-1 = Check the server name letter by letter for typing mistakes.
    .step-2 = Look up the exact incoming mail server name in your provider's help pages; don't guess it from your e-mail address.
    .step-3 = If the name belongs to your own domain, ask whoever runs the domain to add the mail server's name to its DNS records.

finding-dns-no_address = The server name exists but points nowhere
    .explanation = The name is known to DNS but has no internet address, so there is nothing to connect to. This happens when a domain exists but no mail server name was set up under it, or when only the web site or the incoming mail routing (MX) was configured.
    .step-1 = Check that you typed the mail server name and not just your domain.
    .step-2 = Look up the exact incoming mail server name in your provider's help pages.
    .step-3 = If you run the domain: add an address record (A for IPv4, AAAA for IPv6) for this name pointing at the mail server.

finding-dns-servfail = The name server couldn't look up this name
    .explanation = The DNS server that was asked failed or refused to answer. This usually points to a broken DNS setup for the domain (for example a DNSSEC error or a name server that is down), not to your mail app.
    .step-1 = Wait a few minutes and run the test again; short DNS outages are common.
    .step-2 = Check that the server name is spelled correctly.
    .step-3 = If it keeps failing, tell whoever runs the domain that its name servers fail to answer; they can check the domain with a DNS test tool.

finding-dns-timeout = Looking up the server name took too long
    .explanation = No DNS server answered in time, so the server's address is unknown. The domain's name servers may be down or unreachable, or the network used for the test may block DNS.
    .step-1 = Run the test again in a few minutes.
    .step-2 = Check that the server name is spelled correctly.
    .step-3 = If it keeps failing, tell whoever runs the domain that its name servers don't answer.

finding-dns-blocked_address = The server name points to an address maildoctor won't test
    .explanation = Every address for this name is a private, local or otherwise reserved address, such as a home network, the machine itself, or a cloud's internal address. For safety, maildoctor does not connect to such addresses unless it was set up to allow them.
    .step-1 = Check that you typed the public name of the mail server, not an internal or local one.
    .step-2 = If you run the domain: make sure the public DNS record for this name points to the server's public address.
    .step-3 = If you run maildoctor for a help desk that tests private servers: start it with --allow-private, or add the private range to its allow-list.

finding-dns-did_you_mean = The server name looks like a misspelling
    .explanation = The name is only a letter or two away from a well-known provider's mail server name. It is likely a typing mistake.
    .step-1 = Compare the name you typed with the suggested name shown below.
    .step-2 = Use the suggested name if it is the server you meant, and run the test again.

finding-dns-provider_lookup_failed = This network's DNS can't look up a well-known mail server
    .explanation = The server name is a well-known provider's mail server, which certainly exists, yet the DNS server that was asked said it doesn't, failed to answer, or gave an address that can't be the provider's. This points to the DNS of the network the test ran from, such as a filtering or parental-control service, a Wi-Fi sign-in page or a faulty router, not to a typing mistake.
    .step-1 = Try your mail app on another network, for example your phone's mobile data instead of Wi-Fi, to see whether it works there.
    .step-2 = If you use a hotel, café, airport or other public Wi-Fi, open any web page first and complete its sign-in page, then try again.
    .step-3 = Restart your router, or set your device to use another DNS server, such as your internet provider's or a public one like 1.1.1.1 or 9.9.9.9.
    .step-4 = On a company or school network, ask the IT department whether their DNS filter blocks this mail service; the DNS server that was asked is listed below.


## tcp: reaching the server

finding-tcp-refused = The server turned the connection away
    .explanation = The server was reached, but nothing accepts connections on this port. Usually the port is wrong for this server, or the mail service on it is stopped; sometimes a server blocks an address for a while after many failed sign-ins.
    .step-1 = Check the port: use 993 for IMAP, 995 for POP, or 465 or 587 for sending, as your provider's help pages say.
    .step-2 = Check that the server name is the mail server, not another machine of the same provider.
    .step-3 = If you run the server: check that the mail service is running and listening on this port.
    .step-4 = If the same settings worked before, wait an hour: the server may have blocked your address after many failed sign-ins.

finding-tcp-timeout = The server didn't answer in time
    .explanation = The connection attempt got no reply at all. A firewall is probably dropping it on the way, the server is down, or the port is closed without saying so.
    .step-1 = Try again from another network, such as a phone's mobile data: some networks, hotels and companies block mail ports.
    .step-2 = Check the port: use 993 for IMAP, 995 for POP, or 465 or 587 for sending.
    .step-3 = If you run the server: check that the firewall lets connections in on this port and that the server is up.

finding-tcp-unreachable = The server can't be reached from here
    .explanation = The network reported that there is no route to the server. The server's network may be down, or the address may not be reachable from the internet.
    .step-1 = Run the test again in a few minutes.
    .step-2 = Check that the server name is the public name of the mail server.
    .step-3 = If you run the server: check its network connection and that its public address is routed.

finding-tcp-partial = Some of the server's addresses don't work
    .explanation = The server name has several addresses, often one IPv6 and one IPv4, and only some of them accept connections. Mail apps that try a broken address first can be slow or fail now and then.
    .step-1 = Look at the per-address results below to see which addresses fail.
    .step-2 = If you run the server: fix the failing addresses, or remove their DNS records (often the IPv6 AAAA record) until they work.
    .step-3 = If you don't run the server: report the failing addresses to your provider; meanwhile your mail app should still connect over the working ones.


## tls: encryption and certificates

finding-tls-plaintext_on_tls_port = SSL/TLS was chosen but this port starts without encryption
    .explanation = Your settings say SSL/TLS, which encrypts from the first byte, but the server greeted in plain text on this port. The port expects STARTTLS (encryption switched on after the greeting) or no encryption.
    .step-1 = In your mail app, choose STARTTLS for this port, or keep SSL/TLS and change the port to 993 (IMAP), 995 (POP) or 465 (SMTP).
    .step-2 = Prefer SSL/TLS on 993, 995 or 465 when your provider offers it: the connection is then encrypted from the very first byte.
    .step-3 = Run the test again with the new settings.

finding-tls-tls_on_plaintext_port = This port needs SSL/TLS from the start
    .explanation = A plain-text greeting was expected because STARTTLS or no security was chosen, but the server waits for encryption straight away. Ports like 993, 995 and 465 work this way.
    .step-1 = In your mail app, choose SSL/TLS for this port.
    .step-2 = If you want STARTTLS instead, change the port to 143 (IMAP), 110 (POP) or 587 (SMTP).
    .step-3 = Run the test again with the new settings.

finding-tls-handshake_failed = The secure connection couldn't be set up
    .explanation = The server and maildoctor could not agree on how to encrypt the connection, or the server broke off while trying. This can come from a wrong port, a server that is badly set up, or a network device that interferes with encrypted traffic.
    .step-1 = Check that the port and security setting belong together: SSL/TLS on 993, 995 and 465, STARTTLS on 143, 110 and 587.
    .step-2 = Try again from another network, in case a firewall or filter interferes with encrypted connections.
    .step-3 = If you run the server: check its TLS configuration and its logs for the handshake error shown below.

finding-tls-protocol_outdated = Outdated encryption: the app and the server can't agree on a safe TLS version
    .explanation = One side only supports old encryption versions (TLS 1.0 or 1.1) or weak ciphers that are no longer considered safe. Either the server only offers them, which current mail apps and maildoctor refuse, or the server refuses an old mail app that only speaks them.
    .step-1 = If the server says TLS 1.0 and 1.1 are not supported: update the mail app or the device's system, or switch to an app that supports TLS 1.2.
    .step-2 = Otherwise ask your provider or server administrator to enable TLS 1.2 and TLS 1.3.
    .step-3 = If you run the server: update the mail server and its TLS library, and allow TLS 1.2 and 1.3 in its settings.
    .step-4 = Don't switch encryption off in your mail app to work around this: your password would travel unprotected.

finding-tls-cert_name_mismatch = The server's certificate is for a different name
    .explanation = The certificate the server presented does not include the server name you typed, so the mail app cannot be sure it reached the right server. Often the provider's mail server has a different name than the one typed, for example a shared hosting name instead of your own domain.
    .step-1 = Look at the names the certificate covers, listed below.
    .step-2 = Use one of those names as the server name in your mail app, if it is your provider's mail server.
    .step-3 = Check that you chose the right kind of server: an IMAP name for IMAP, a POP name for POP.
    .step-4 = If you run the server: install a certificate that includes this server name.

finding-tls-cert_expired = The server's certificate has expired
    .explanation = Certificates are valid for a limited time, and this one's end date has passed. Mail apps warn about it or refuse to connect, because an expired certificate can no longer prove the server is genuine.
    .step-1 = Tell your provider or server administrator that the certificate has expired; the end date is shown below.
    .step-2 = Don't accept the certificate warning in your mail app permanently: that hides the problem and a real attack alike.
    .step-3 = If you run the server: renew the certificate, install it with its intermediate certificate, and restart or reload the mail service.

finding-tls-cert_not_yet_valid = The server's certificate isn't valid yet
    .explanation = The certificate's start date is in the future. Either a new certificate was installed too early, or the clock on the server or on the testing machine is wrong.
    .step-1 = Check that the date and time on your own device are correct.
    .step-2 = Tell your provider or server administrator; the certificate's start date is shown below.
    .step-3 = If you run the server: check the server's clock, and install a certificate that is valid now.

finding-tls-cert_expiring_soon = The server's certificate expires soon
    .explanation = The certificate still works but expires within 14 days. After that, mail apps will warn or refuse to connect.
    .step-1 = Tell your provider or server administrator that the certificate expires soon; the date is shown below.
    .step-2 = If you run the server: renew the certificate now, check that automatic renewal works, and reload the mail service after renewal.

finding-tls-cert_self_signed = The server's certificate isn't issued by a trusted authority
    .explanation = The certificate was signed by the server itself, so no recognised authority vouches for it. Mail apps cannot tell it apart from an attacker's certificate and show a warning.
    .step-1 = Check that the server name is your provider's public mail server; some providers use a different name that has a proper certificate.
    .step-2 = If you run the server: install a certificate from a trusted authority, for example a free one from Let's Encrypt, for this server name.
    .step-3 = If this is a private server on purpose: install its certificate on each device as trusted, and only after checking its fingerprint with the administrator.

finding-tls-cert_untrusted = The server's certificate comes from an unknown authority
    .explanation = The certificate was issued by an authority that mail apps do not trust, such as a company's own authority or an unknown one. It may be fine inside an organisation, but an attacker's certificate looks the same.
    .step-1 = Check that the server name is your provider's public mail server.
    .step-2 = If the server belongs to your organisation: ask its IT team for the organisation's root certificate and install it on your device.
    .step-3 = If you run the server: install a certificate from a publicly trusted authority for this server name.

finding-tls-cert_chain_incomplete = The server doesn't send its full certificate chain
    .explanation = The server sent its own certificate but not the intermediate certificate that links it to a trusted authority. Some apps can fill the gap themselves and others can't, so the same settings work on one device and fail on another. maildoctor fetches the missing certificate from the address the server's certificate gives, and the details below say which certificate is missing and whether that was confirmed.
    .step-1 = Tell your provider or server administrator that the intermediate certificate is missing, and pass on the certificate name and address listed below.
    .step-2 = If you run the server: install the certificate for this name including the intermediate certificate (the full chain file your authority provides), then reload the mail service.
    .step-3 = Run the test again afterwards to confirm the chain is complete.

finding-tls-starttls_unsupported = The server doesn't offer STARTTLS
    .explanation = STARTTLS was chosen, but the server does not offer to switch to encryption on this port. Without it the password would travel unencrypted.
    .step-1 = In your mail app, choose SSL/TLS and port 993 (IMAP), 995 (POP) or 465 (SMTP) instead.
    .step-2 = Check that the server name and port are your provider's recommended settings.
    .step-3 = If you run the server: enable TLS for this service and port.

finding-tls-starttls_failed = Switching to encryption failed
    .explanation = The server offered STARTTLS, but the switch to an encrypted connection did not complete. The server's TLS setup may be broken, or something on the network interferes.
    .step-1 = In your mail app, try SSL/TLS and port 993 (IMAP), 995 (POP) or 465 (SMTP) instead.
    .step-2 = Try again from another network, in case a firewall interferes with encrypted connections.
    .step-3 = If you run the server: check its TLS certificate and settings and its logs for the error shown below.

finding-tls-not_used = The connection isn't encrypted
    .explanation = The connection was made without any encryption, so your password and mail can be read by anyone on the way. Most providers refuse sign-in on such connections.
    .step-1 = In your mail app, choose SSL/TLS and port 993 (IMAP), 995 (POP) or 465 (SMTP).
    .step-2 = If the server doesn't offer SSL/TLS, choose STARTTLS with port 143 (IMAP), 110 (POP) or 587 (SMTP).
    .step-3 = If you run the server: enable TLS and stop accepting passwords on unencrypted connections.


## protocol: what answers on the port

finding-protocol-pop3_not_imap = This port is for POP, not IMAP
    .explanation = You are setting up IMAP, but a POP server answered on this host and port. The two work differently, so the mail app cannot talk to it as IMAP.
    .step-1 = If you want IMAP: change the port to 993 with SSL/TLS (or 143 with STARTTLS), and use the IMAP server name from your provider's help pages.
    .step-2 = If you want POP: set the account up as POP instead of IMAP.
    .step-3 = Run the test again with the corrected settings.
    .icloud-explanation = You are setting up IMAP, but a POP server answered. iCloud Mail has no POP server, so this is not iCloud's server.
    .icloud-step-1 = Use imap.mail.me.com as the server name.
    .icloud-step-2 = Choose SSL/TLS and port 993.
    .icloud-step-3 = Run the test again with these settings.

finding-protocol-imap_not_pop3 = This port is for IMAP, not POP
    .explanation = You are setting up POP, but an IMAP server answered on this host and port. The mail app cannot talk to it as POP.
    .step-1 = If you want POP: change the port to 995 with SSL/TLS (or 110 with STARTTLS), and use the POP server name from your provider's help pages.
    .step-2 = If IMAP is fine for you: set the account up as IMAP instead; it keeps your mail in sync across devices.
    .step-3 = Run the test again with the corrected settings.
    .icloud-explanation = You are setting up POP, but iCloud Mail has no POP server: incoming mail is only available over IMAP.
    .icloud-step-1 = Set the account up as IMAP instead of POP.
    .icloud-step-2 = Use imap.mail.me.com with SSL/TLS and port 993.
    .icloud-step-3 = Run the test again as IMAP.

finding-protocol-smtp_not_incoming = This is a sending server, not an incoming one
    .explanation = You are setting up incoming mail (IMAP or POP), but a sending (SMTP) server answered. Sending and receiving use different servers or ports.
    .step-1 = Use the incoming server name for incoming mail: it usually starts with "imap." or "pop.", not "smtp.".
    .step-2 = Use port 993 with SSL/TLS for IMAP, or port 995 with SSL/TLS for POP.
    .step-3 = Put this server and port in the outgoing (SMTP) settings of your mail app instead, if that is where they belong.

finding-protocol-incoming_not_smtp = This is an incoming server, not a sending one
    .explanation = You are setting up sending (SMTP), but an incoming mail server (IMAP or POP) answered. Sending uses its own server name or port.
    .step-1 = Use the outgoing server name for sending: it usually starts with "smtp.".
    .step-2 = Use port 465 with SSL/TLS, or port 587 with STARTTLS.
    .step-3 = Put this server and port in the incoming settings of your mail app instead, if that is where they belong.

finding-protocol-http_not_mail = A web server answered, not a mail server
    .explanation = The host and port lead to a web site. Mail apps need the provider's mail server and a mail port, not the address you open in a browser.
    .step-1 = Check that the port is a mail port: 993 or 143 for IMAP, 995 or 110 for POP, 465 or 587 for sending; 80 and 443 are web ports.
    .step-2 = Replace the server name with the mail server name from your provider's help pages; it usually starts with "imap.", "pop.", "smtp." or "mail.".
    .step-3 = Run the test again with the corrected settings.

finding-protocol-unknown = Something other than a mail server answered
    .explanation = The server answered, but not like any mail server; it may be another kind of service, such as remote login (SSH), or a device in the way. The first bytes it sent are shown below.
    .step-1 = Check that the port is a mail port: 993 or 143 for IMAP, 995 or 110 for POP, 465 or 587 for sending.
    .step-2 = Check that the server name is your provider's mail server.
    .step-3 = If you run the server: check which program listens on this port.

finding-protocol-no_greeting = The server connected but said nothing
    .explanation = A connection was made, but the server never sent the greeting a mail server sends first. The server may be overloaded or stuck, may limit connections from one address, or may be waiting for encryption that was not started.
    .step-1 = Check that the port and security setting belong together: SSL/TLS on 993, 995 and 465, STARTTLS on 143, 110 and 587.
    .step-2 = Close other mail apps or devices using this account, then run the test again in a few minutes.
    .step-3 = If you run the server: check that the mail service is healthy and whether a per-address connection limit is reached.

finding-protocol-rejected = The server refused service right away
    .explanation = The server answered but immediately refused to serve this connection. It may be too busy, blocking the testing address, or closed for maintenance; its own message is shown below.
    .step-1 = Read the server's message below: it often says why.
    .step-2 = Wait a while and run the test again, especially if the message mentions being busy or too many connections.
    .step-3 = Ask your provider or server administrator whether your address or network is blocked.

finding-server-slow_response = The server is slow to answer
    .explanation = The server took more than 3 seconds to greet. It still works, but mail apps may time out, and it often means the server is overloaded or slow to look up the connecting address.
    .step-1 = Run the test again later to see whether the delay stays.
    .step-2 = Raise the connection time-out in your mail app if it gives up too early.
    .step-3 = If you run the server: check its load, and whether it waits on reverse DNS or other look-ups before greeting.


## auth: signing in

finding-auth-invalid_credentials = The user name or password wasn't accepted
    .explanation = The server refused the sign-in. Usually the password or user name is wrong, but many providers send the same answer when they want an app password or a different sign-in method. Microsoft's "LOGIN failed" or "AUTHENTICATE failed", for example, usually means password sign-in is switched off for the account.
    .step-1 = Check the password: type it again carefully, watching for Caps Lock and the keyboard language.
    .step-2 = Check the user name: most providers want your full e-mail address.
    .step-3 = Sign in to your provider's web mail with the same user name and password to confirm they are right.
    .step-4 = If web mail works but the mail app doesn't, check whether your provider requires an app password for mail apps.
    .gmail-explanation = Gmail refused the sign-in. Gmail no longer accepts your normal Google password from mail apps (personal accounts since 30 May 2022, work and school accounts since autumn 2024), so this usually means an app password or "Sign in with Google" is needed; the password may also be mistyped or revoked.
    .gmail-step-1 = Use the full Gmail address as the user name.
    .gmail-step-2 = Turn on 2-Step Verification in your Google Account, under Security, if it is not on yet.
    .gmail-step-3 = Create an app password in your Google Account (Security, 2-Step Verification, App passwords) and use it in place of your normal password.
    .gmail-step-4 = Use "Sign in with Google" instead if your mail app offers it (Apple Mail, Outlook and Thunderbird do); there your normal Google password works.
    .gmail-step-5 = For a work or school account: ask your administrator whether app passwords or mail apps are allowed.
    .yahoo-explanation = Yahoo refused the sign-in. Yahoo sends the same answer for a wrong password and for a normal password used where an app password is required, and mail apps need an app password.
    .yahoo-step-1 = Use the full Yahoo address as the user name.
    .yahoo-step-2 = Sign in at Yahoo in a browser, open Account Info, then Account security, and choose to generate an app password.
    .yahoo-step-3 = Use the app password in your mail app in place of your normal password.
    .aol-explanation = AOL refused the sign-in. AOL sends the same answer for a wrong password and for a normal password used where an app password is required, and mail apps need an app password.
    .aol-step-1 = Use the full AOL address as the user name.
    .aol-step-2 = Sign in at AOL in a browser, open Account Info, then Account security, and choose to generate an app password.
    .aol-step-3 = Use the app password in your mail app in place of your normal password.
    .icloud-explanation = iCloud refused the sign-in. iCloud gives the same answer for a wrong password and for your Apple Account password used where an app-specific password is required, and mail apps need an app-specific password.
    .icloud-step-1 = Use the part of your iCloud address before the @ as the user name; if that is refused, try the full address.
    .icloud-step-2 = Sign in to your Apple Account in a browser, open Sign-In and Security, then App-Specific Passwords, and create one; two-factor authentication must be on.
    .icloud-step-3 = Use the app-specific password in your mail app in place of your Apple Account password.
    .qq-explanation = QQ Mail refused the sign-in. Mail apps must use an authorization code from QQ Mail's settings, not your QQ password.
    .qq-step-1 = Use the full QQ Mail address as the user name.
    .qq-step-2 = In QQ Mail on the web, open Settings, then Account, and turn on the IMAP/SMTP service (and POP3 if you use it).
    .qq-step-3 = Generate an authorization code there and use it in your mail app in place of your password.
    .netease-explanation = NetEase Mail refused the sign-in. Mail apps must use a client authorization code from the mailbox settings, not your account password.
    .netease-step-1 = Use the full 163, 126 or yeah.net address as the user name.
    .netease-step-2 = In the web mailbox, open Settings, then POP3/SMTP/IMAP, and turn on the IMAP/SMTP service (and POP3 if you use it).
    .netease-step-3 = Create a client authorization code there and use it in your mail app in place of your password.
    .netease126-explanation = NetEase Mail refused the sign-in. Mail apps must use a client authorization code from the mailbox settings, not your account password.
    .netease126-step-1 = Use the full 163, 126 or yeah.net address as the user name.
    .netease126-step-2 = In the web mailbox, open Settings, then POP3/SMTP/IMAP, and turn on the IMAP/SMTP service (and POP3 if you use it).
    .netease126-step-3 = Create a client authorization code there and use it in your mail app in place of your password.
    .neteaseyeah-explanation = NetEase Mail refused the sign-in. Mail apps must use a client authorization code from the mailbox settings, not your account password.
    .neteaseyeah-step-1 = Use the full 163, 126 or yeah.net address as the user name.
    .neteaseyeah-step-2 = In the web mailbox, open Settings, then POP3/SMTP/IMAP, and turn on the IMAP/SMTP service (and POP3 if you use it).
    .neteaseyeah-step-3 = Create a client authorization code there and use it in your mail app in place of your password.
    .outlook-explanation = Outlook.com refused the sign-in. Since 16 September 2024 Outlook.com no longer accepts passwords from mail apps at all, only Microsoft sign-in (OAuth), so a correct password is refused too.
    .outlook-step-1 = Use a mail app that supports Microsoft sign-in, such as Outlook, Apple Mail, or Thunderbird with OAuth.
    .outlook-step-2 = Remove the account from your mail app and add it again, choosing Microsoft sign-in (in Thunderbird: authentication method OAuth2).
    .outlook-step-3 = Sign in at outlook.com in a browser to confirm the account itself works.
    .microsoft365-explanation = Microsoft 365 refused the sign-in. For IMAP and POP, password sign-in was switched off in late 2022, so Microsoft's "LOGIN failed" or "AUTHENTICATE failed" usually means password sign-in is disabled rather than a wrong password; it can also be a wrong password.
    .microsoft365-step-1 = Use a mail app that supports Microsoft sign-in, such as Outlook, Apple Mail, or Thunderbird with OAuth, and add the account again with Microsoft sign-in.
    .microsoft365-step-2 = Sign in at office.com in a browser with the same account to confirm the password is right.
    .microsoft365-step-3 = For sending with a password (SMTP AUTH): ask your administrator to allow Authenticated SMTP for your mailbox; Microsoft switches it off by default at the end of December 2026.
    .microsoft365-step-4 = Ask your administrator whether Security Defaults or Conditional Access block mail apps for your account.
    .gmx-explanation = GMX refused the sign-in. GMX sends the same answer for a wrong password and for an account where POP3 and IMAP access is switched off.
    .gmx-step-1 = Use the full GMX address as the user name, and check the password by signing in at GMX in a browser.
    .gmx-step-2 = In GMX on the web, open Settings, then POP3 & IMAP, and allow access via POP3 and IMAP.
    .gmx-step-3 = Run the test again after saving the setting.
    .gmxnet-explanation = GMX refused the sign-in. GMX sends the same answer for a wrong password and for an account where POP3 and IMAP access is switched off.
    .gmxnet-step-1 = Use the full GMX address as the user name, and check the password by signing in at GMX in a browser.
    .gmxnet-step-2 = In GMX on the web, open Settings, then POP3 & IMAP, and allow access via POP3 and IMAP.
    .gmxnet-step-3 = Run the test again after saving the setting.
    .webde-explanation = WEB.DE refused the sign-in. WEB.DE sends the same answer for a wrong password and for an account where POP3 and IMAP access is switched off.
    .webde-step-1 = Use the full WEB.DE address as the user name, and check the password by signing in at WEB.DE in a browser.
    .webde-step-2 = In WEB.DE on the web, open Settings, then POP3/IMAP, and allow access via POP3 and IMAP.
    .webde-step-3 = Run the test again after saving the setting.
    .yandex-explanation = Yandex refused the sign-in. Yandex sends the same answer for a wrong password, for an account where mail-app access is off, and for a normal password used where an app password is required.
    .yandex-step-1 = In Yandex Mail on the web, open the settings for mail clients and allow access by IMAP.
    .yandex-step-2 = Create an app password for mail in your Yandex ID security settings.
    .yandex-step-3 = Use the full address as the user name and the app password as the password.

finding-auth-app_password_required = This account needs an app password
    .explanation = Your provider does not accept your normal password from mail apps, usually because two-step sign-in is on. It wants a separate app password, created in the account's security settings, just for mail apps.
    .step-1 = Sign in to your provider's web site and open the account's security settings.
    .step-2 = Create an app password for mail (some providers call it an app-specific password or authorization code).
    .step-3 = Use the app password in your mail app in place of your normal password.
    .step-4 = Keep the app password private; you can revoke it at any time in the same place.
    .gmail-step-1 = Turn on 2-Step Verification in your Google Account, under Security, if it is not on yet.
    .gmail-step-2 = Create an app password in your Google Account (Security, 2-Step Verification, App passwords).
    .gmail-step-3 = Use the app password in your mail app in place of your normal Google password, with the full Gmail address as the user name.
    .gmail-step-4 = Use "Sign in with Google" instead if your mail app offers it; there your normal Google password works.
    .yahoo-step-1 = Sign in at Yahoo in a browser and open Account Info, then Account security.
    .yahoo-step-2 = Turn on two-step verification if it is not on yet.
    .yahoo-step-3 = Choose to generate an app password, and use it in your mail app in place of your normal password.
    .aol-step-1 = Sign in at AOL in a browser and open Account Info, then Account security.
    .aol-step-2 = Turn on two-step verification if it is not on yet.
    .aol-step-3 = Choose to generate an app password, and use it in your mail app in place of your normal password.
    .icloud-step-1 = Sign in to your Apple Account in a browser and open Sign-In and Security.
    .icloud-step-2 = Turn on two-factor authentication if it is not on yet.
    .icloud-step-3 = Open App-Specific Passwords, create one, and use it in your mail app in place of your Apple Account password.
    .qq-explanation = QQ Mail asks for an authorization code: mail apps can't sign in with your QQ password.
    .qq-step-1 = In QQ Mail on the web, open Settings, then Account.
    .qq-step-2 = Turn on the IMAP/SMTP service (and POP3 if you use it) and confirm by text message when asked.
    .qq-step-3 = Generate an authorization code and use it in your mail app in place of your password.
    .netease-explanation = NetEase Mail asks for a client authorization code: mail apps can't sign in with your account password.
    .netease-step-1 = In the 163, 126 or yeah.net web mailbox, open Settings, then POP3/SMTP/IMAP.
    .netease-step-2 = Turn on the IMAP/SMTP service (and POP3 if you use it).
    .netease-step-3 = Create a client authorization code and use it in your mail app in place of your password.
    .netease126-explanation = NetEase Mail asks for a client authorization code: mail apps can't sign in with your account password.
    .netease126-step-1 = In the 163, 126 or yeah.net web mailbox, open Settings, then POP3/SMTP/IMAP.
    .netease126-step-2 = Turn on the IMAP/SMTP service (and POP3 if you use it).
    .netease126-step-3 = Create a client authorization code and use it in your mail app in place of your password.
    .neteaseyeah-explanation = NetEase Mail asks for a client authorization code: mail apps can't sign in with your account password.
    .neteaseyeah-step-1 = In the 163, 126 or yeah.net web mailbox, open Settings, then POP3/SMTP/IMAP.
    .neteaseyeah-step-2 = Turn on the IMAP/SMTP service (and POP3 if you use it).
    .neteaseyeah-step-3 = Create a client authorization code and use it in your mail app in place of your password.

finding-auth-web_login_required = Your provider wants you to sign in on its web site first
    .explanation = The provider blocked this sign-in until you confirm it on its web site, often because the sign-in came from a new place or device, or because it judged the mail app unsafe. Your password may well be right.
    .step-1 = Sign in to your provider's web mail in a browser, ideally on the same network as your mail app.
    .step-2 = Complete any security check or confirm the sign-in attempt if you are asked.
    .step-3 = Run the test again within a few minutes.
    .step-4 = If it keeps happening, check whether your provider requires an app password for mail apps.
    .gmail-step-1 = Sign in to Gmail in a browser on the same network and complete any security check.
    .gmail-step-2 = In your Google Account, under Security, review recent security activity and confirm the sign-in was you.
    .gmail-step-3 = Use an app password (Google Account, Security, 2-Step Verification, App passwords) in your mail app, or a mail app with "Sign in with Google".
    .gmail-step-4 = Run the test again within a few minutes.
    .yahoo-step-1 = Sign in to Yahoo Mail in a browser and complete any security check.
    .yahoo-step-2 = Create an app password under Account Info, Account security, and use it in your mail app.
    .yahoo-step-3 = Run the test again within a few minutes.
    .aol-step-1 = Sign in to AOL Mail in a browser and complete any security check.
    .aol-step-2 = Create an app password under Account Info, Account security, and use it in your mail app.
    .aol-step-3 = Run the test again within a few minutes.
    .icloud-step-1 = Sign in at icloud.com in a browser and accept any terms or security prompts shown.
    .icloud-step-2 = Create an app-specific password in your Apple Account under Sign-In and Security, and use it in your mail app.
    .icloud-step-3 = Run the test again within a few minutes.
    .qq-step-1 = Sign in to QQ Mail in a browser and complete any security check.
    .qq-step-2 = Check under Settings, Account that the IMAP/SMTP service is on, and generate a new authorization code if needed.
    .qq-step-3 = Use the authorization code in your mail app and run the test again.
    .netease-step-1 = Sign in to the NetEase web mailbox in a browser and complete any security check.
    .netease-step-2 = Check under Settings, POP3/SMTP/IMAP that the IMAP/SMTP service is on, and create a new client authorization code if needed.
    .netease-step-3 = Use the authorization code in your mail app and run the test again.
    .netease-step-4 = If the server says "Unsafe Login" after signing in: NetEase refuses mail apps that don't identify themselves, so use Thunderbird, Apple Mail, Outlook or the NetEase app, or POP3 instead of IMAP.
    .netease126-step-1 = Sign in to the NetEase web mailbox in a browser and complete any security check.
    .netease126-step-2 = Check under Settings, POP3/SMTP/IMAP that the IMAP/SMTP service is on, and create a new client authorization code if needed.
    .netease126-step-3 = Use the authorization code in your mail app and run the test again.
    .netease126-step-4 = If the server says "Unsafe Login" after signing in: NetEase refuses mail apps that don't identify themselves, so use Thunderbird, Apple Mail, Outlook or the NetEase app, or POP3 instead of IMAP.
    .neteaseyeah-step-1 = Sign in to the NetEase web mailbox in a browser and complete any security check.
    .neteaseyeah-step-2 = Check under Settings, POP3/SMTP/IMAP that the IMAP/SMTP service is on, and create a new client authorization code if needed.
    .neteaseyeah-step-3 = Use the authorization code in your mail app and run the test again.
    .neteaseyeah-step-4 = If the server says "Unsafe Login" after signing in: NetEase refuses mail apps that don't identify themselves, so use Thunderbird, Apple Mail, Outlook or the NetEase app, or POP3 instead of IMAP.

finding-auth-basic_auth_disabled = This account doesn't accept passwords from mail apps
    .explanation = The server only allows modern sign-in (OAuth), where you sign in through the provider's own page, so a password is refused even when it is right. maildoctor tests sign-in with a password, so it cannot go further here.
    .step-1 = Use a mail app that supports the provider's own sign-in (often shown as "Sign in with …" or OAuth2).
    .step-2 = Remove the account from your mail app and add it again, choosing that sign-in method.
    .step-3 = If this is a work account: ask your administrator whether password sign-in can be allowed for your mailbox.
    .outlook-explanation = Outlook.com stopped accepting passwords from mail apps on 16 September 2024. Only Microsoft sign-in (OAuth) works now, so a correct password is refused too.
    .outlook-step-1 = Use a mail app that supports Microsoft sign-in, such as Outlook, Apple Mail, or Thunderbird with OAuth.
    .outlook-step-2 = Remove the account from your mail app and add it again, choosing Microsoft sign-in (in Thunderbird: authentication method OAuth2).
    .outlook-step-3 = Update your mail app if it does not offer Microsoft sign-in; older versions only know passwords.
    .microsoft365-explanation = Microsoft 365 no longer accepts passwords for IMAP and POP since late 2022, and only Microsoft sign-in (OAuth) works there. Sending with a password (SMTP AUTH) still works where the administrator allows it, until Microsoft switches it off by default at the end of December 2026.
    .microsoft365-step-1 = Use a mail app that supports Microsoft sign-in, such as Outlook, Apple Mail, or Thunderbird with OAuth, and add the account again with Microsoft sign-in.
    .microsoft365-step-2 = For sending with a password: ask your administrator to allow Authenticated SMTP for your mailbox in the Microsoft 365 admin center (Users, Mail, Manage email apps).
    .microsoft365-step-3 = Ask your administrator whether Security Defaults or Conditional Access block password sign-in for your account.
    .microsoft365-step-4 = Plan to move devices and scripts that send with a password to OAuth before the end of December 2026.

finding-auth-protocol_disabled = IMAP, POP or sending from mail apps is switched off for this account
    .explanation = Your password may be right, but the account is not allowed to use this kind of access (IMAP, POP, or sending with SMTP from a mail app). Many providers let you switch it on in the web settings; in companies the administrator decides.
    .step-1 = Sign in to your provider's web mail and look in the settings for IMAP, POP or mail-app access.
    .step-2 = Switch on access for the kind you are setting up (IMAP or POP), and save.
    .step-3 = If the setting isn't there or can't be changed: ask your administrator or provider to enable IMAP or POP for your account.
    .step-4 = Run the test again after a few minutes.
    .gmail-explanation = Gmail refused this kind of access. IMAP is always on for personal Gmail accounts since January 2025, so a refused IMAP sign-in points to a work or school account whose administrator turned it off; POP still has its own switch.
    .gmail-step-1 = For POP: in Gmail on the web, open Settings, See all settings, Forwarding and POP/IMAP, and enable POP.
    .gmail-step-2 = For IMAP on a work or school account: ask your Google Workspace administrator to allow POP and IMAP access for you (Admin console, Apps, Google Workspace, Gmail, End User Access).
    .gmail-step-3 = Run the test again after the change has had a few minutes to apply.
    .gmx-step-1 = Sign in to GMX in a browser and open Settings, then POP3 & IMAP.
    .gmx-step-2 = Allow access to this account via POP3 and IMAP, and save.
    .gmx-step-3 = Run the test again with the full GMX address as the user name.
    .gmxnet-step-1 = Sign in to GMX in a browser and open Settings, then POP3 & IMAP.
    .gmxnet-step-2 = Allow access to this account via POP3 and IMAP, and save.
    .gmxnet-step-3 = Run the test again with the full GMX address as the user name.
    .webde-step-1 = Sign in to WEB.DE in a browser and open Settings, then POP3/IMAP.
    .webde-step-2 = Allow access to this account via POP3 and IMAP, and save.
    .webde-step-3 = Run the test again with the full WEB.DE address as the user name.
    .qq-step-1 = In QQ Mail on the web, open Settings, then Account.
    .qq-step-2 = Turn on the IMAP/SMTP service (and POP3 if you use it).
    .qq-step-3 = Generate an authorization code there and use it as the password in your mail app.
    .netease-step-1 = In the NetEase web mailbox, open Settings, then POP3/SMTP/IMAP.
    .netease-step-2 = Turn on the IMAP/SMTP service (and POP3 if you use it).
    .netease-step-3 = Create a client authorization code there and use it as the password in your mail app.
    .netease126-step-1 = In the NetEase web mailbox, open Settings, then POP3/SMTP/IMAP.
    .netease126-step-2 = Turn on the IMAP/SMTP service (and POP3 if you use it).
    .netease126-step-3 = Create a client authorization code there and use it as the password in your mail app.
    .neteaseyeah-step-1 = In the NetEase web mailbox, open Settings, then POP3/SMTP/IMAP.
    .neteaseyeah-step-2 = Turn on the IMAP/SMTP service (and POP3 if you use it).
    .neteaseyeah-step-3 = Create a client authorization code there and use it as the password in your mail app.

finding-auth-plaintext_disallowed = The server won't take a password without encryption
    .explanation = The server refuses to receive a password over an unencrypted connection, which protects you. The connection needs SSL/TLS or STARTTLS first.
    .step-1 = In your mail app, choose SSL/TLS with port 993 (IMAP), 995 (POP) or 465 (SMTP), or STARTTLS with port 143 (IMAP), 110 (POP) or 587 (SMTP).
    .step-2 = Choose a setting that always encrypts, not one that uses encryption only "if available".
    .step-3 = Run the test again with encryption switched on.

finding-auth-mechanism_unsupported = The server offers no sign-in method that can be used here
    .explanation = The server and maildoctor have no password sign-in method in common, or sign-in is not offered on this port at all. This happens on ports meant for server-to-server mail, such as 25, and on servers that only allow OAuth or certificate sign-in.
    .step-1 = For sending, use port 587 with STARTTLS or port 465 with SSL/TLS, not port 25.
    .step-2 = Check that encryption is on: many servers only offer sign-in after SSL/TLS or STARTTLS.
    .step-3 = If you run the server: enable password sign-in (for example PLAIN or LOGIN over TLS) on this port.

finding-auth-account_locked = The account is locked or disabled
    .explanation = The server says the account is locked, disabled or suspended, so no password will work right now. Providers do this after suspicious activity, for unpaid services, or when an administrator blocks the account.
    .step-1 = Sign in to your provider's web mail in a browser to see why the account is locked and how to unlock it.
    .step-2 = Follow the provider's steps to recover the account, such as confirming your identity or resetting the password.
    .step-3 = For a work or school account: ask your administrator to unlock it.

finding-auth-too_many_failures = Too many failed sign-ins: the server is blocking for a while
    .explanation = After several failed sign-ins the server, or a security system in front of it, temporarily refuses sign-ins for this account or from your network address, sometimes even with the right password. The block usually lifts by itself after minutes to an hour.
    .step-1 = Stop all mail apps and devices that use this account, so they stop retrying with an old password.
    .step-2 = Wait at least 15 minutes, or an hour if the block comes back.
    .step-3 = Check the password by signing in to web mail, then update it in every mail app before turning them back on.
    .step-4 = If the server says your address is banned or blocked: ask the server administrator to lift the block, and check whether your provider requires an app password for mail apps.

finding-auth-server_error = The mail server had a temporary problem
    .explanation = The server said it can't serve you right now because of a problem on its side: it is busy, restarting or under maintenance, or a part of it, such as the sign-in database, is down. This is not about your password or your settings.
    .step-1 = Wait a few minutes and run the test again.
    .step-2 = Check your provider's status page for outages.
    .step-3 = Don't change your password or settings because of this message: they are not the cause.
    .step-4 = If it lasts: tell your provider or server administrator, including the server's message below.

finding-auth-failed_unclassified = Sign-in failed for a reason maildoctor doesn't recognise
    .explanation = The server refused the sign-in with a message maildoctor has no rule for. The server's own words, shown below, usually say what is wrong.
    .step-1 = Read the server's message below for a reason, such as a blocked country or a policy.
    .step-2 = Check the user name and password by signing in to web mail.
    .step-3 = Ask your provider or server administrator, quoting the server's message below.

finding-auth-skipped_no_credentials = Sign-in wasn't tested
    .explanation = No user name or password was given, so the test stopped after checking that the server can be reached and answers correctly. Everything up to the sign-in was tested.
    .step-1 = Run the test again with your user name and password to check the sign-in too.
    .step-2 = Use an app password if your provider requires one for mail apps.

finding-auth-skipped_insecure = The password wasn't sent because the connection isn't safe
    .explanation = The connection was not encrypted, or its certificate failed the checks, so anyone on the way could have read or caught the password. maildoctor never sends a password over such a connection unless asked to, so sign-in was not tested.
    .step-1 = Fix the encryption problem found by this test first: choose SSL/TLS (ports 993, 995, 465) or STARTTLS (ports 143, 110, 587), or fix the certificate.
    .step-2 = Use the same encrypted settings in your mail app.
    .step-3 = Only for a test server you trust on a private network: allow the password anyway with the option allow_insecure_auth, or trust_certificate for a certificate problem.

finding-auth-password_expired = The password has expired
    .explanation = The password is right but too old: the server requires you to set a new one before it lets you in. Mail apps cannot change the password for you.
    .step-1 = Sign in to your provider's web mail or account page in a browser and set a new password when asked.
    .step-2 = Update the password in every mail app and device that uses this account.
    .step-3 = For a work or school account: ask your administrator if the web page doesn't offer a password change.

finding-auth-oauth_token_invalid = The sign-in token was refused
    .explanation = The server refused the OAuth sign-in token: it may have expired, been issued for the wrong account, or lack permission for mail.
    .step-1 = Remove the account from your mail app and add it again, signing in through the provider's page.
    .step-2 = Make sure you sign in with the same account as the mailbox you are setting up.
    .step-3 = If you run the application: request the mail permission (scope) for IMAP, POP or SMTP and refresh the token before it expires.
    .gmail-explanation = Gmail refused the OAuth sign-in token. Its answer (decoded below) names the permission a token for mail needs: the scope https://mail.google.com/. A token that has expired (after about an hour), was issued for another Google account, or lacks that scope is refused this way.
    .gmail-step-1 = Get a new access token: tokens from Google expire after about an hour, so refresh it with the app's refresh token.
    .gmail-step-2 = Request the scope https://mail.google.com/ when the token is issued; other Gmail scopes don't allow IMAP, POP or SMTP.
    .gmail-step-3 = Use the same Google account as the user name the token was issued for.
    .gmail-step-4 = For a work or school account: ask your administrator whether the app is allowed to access Gmail in the Google Admin console.
    .microsoft365-explanation = Microsoft 365 refused the OAuth sign-in token. It answers the same way for a token that has expired, was issued for another mailbox than the user name, or lacks the permission (scope) for this protocol.
    .microsoft365-step-1 = Request a token with the scope for the protocol used: https://outlook.office.com/IMAP.AccessAsUser.All for IMAP, https://outlook.office.com/POP.AccessAsUser.All for POP, https://outlook.office.com/SMTP.Send for sending, plus offline_access to refresh it.
    .microsoft365-step-2 = Use the mailbox's own address as the user name: the token must be issued for that same account.
    .microsoft365-step-3 = Get a new token if it is more than about an hour old.
    .microsoft365-step-4 = Ask your administrator to check that IMAP, POP or authenticated SMTP is enabled for the mailbox (Microsoft 365 admin center, the user's Mail settings): a switched-off protocol refuses tokens too.
    .outlook-explanation = Outlook.com refused the OAuth sign-in token: it has expired, was issued for another account, or lacks the permission (scope) for this protocol.
    .outlook-step-1 = Request a token with the scope for the protocol used: https://outlook.office.com/IMAP.AccessAsUser.All, https://outlook.office.com/POP.AccessAsUser.All or https://outlook.office.com/SMTP.Send, plus offline_access.
    .outlook-step-2 = Use the Outlook.com address the token was issued for as the user name.
    .outlook-step-3 = Get a new token if it is more than about an hour old.

finding-auth-skipped_cooldown = Sign-in wasn't tested because this account was checked too often just now
    .explanation = This account was checked with a password several times in the last few minutes, from here or from other people using this service. To keep your provider from locking the account, the password was not sent this time; everything up to the sign-in was still tested.
    .step-1 = Wait for the time shown below, then run the test again.
    .step-2 = Make sure no one else is testing the same account at the same time.
    .step-3 = If the sign-in failed in the earlier tests, check the password in your provider's web mail before you try again, so the next test counts.


## limits: connection and usage limits

finding-limits-too_many_connections = Too many connections to this account or from this address at once
    .explanation = The server allows only a few connections at the same time, per account or per network address, and they are all in use. Each mail app, phone and computer opens one or more; behind one office or home router they all share one address.
    .step-1 = Close mail apps on devices you don't use right now, or remove the account from old devices.
    .step-2 = In your mail app, reduce the number of simultaneous connections if it has such a setting.
    .step-3 = Wait a few minutes for old connections to time out, then run the test again.
    .step-4 = If the server refused the connection itself (before any sign-in), ask its administrator whether your network address has a connection limit.
    .gmail-explanation = Gmail allows at most 15 simultaneous IMAP connections per account. After that limit is hit, Gmail may answer "Invalid credentials" for a while even when the password is right.
    .gmail-step-1 = Close Gmail in mail apps on devices you don't use right now, or remove the account from old devices.
    .gmail-step-2 = In your mail app, lower the number of simultaneous connections, so that all your devices together stay under 15.
    .gmail-step-3 = Wait about 10 minutes for old connections to close before you test again or change your password.

finding-limits-bandwidth_exceeded = The account hit its daily download limit
    .explanation = The provider limits how much mail can be downloaded per day, or how many commands can be sent, and this account reached the limit. Syncing stops until the limit resets, usually within 24 hours.
    .step-1 = Wait until the limit resets, usually within a day, before syncing again.
    .step-2 = Check for mail apps or backup tools that download the whole mailbox again and again, and stop them.
    .step-3 = Set large mail apps to sync only the folders you need.
    .gmail-explanation = Gmail limits IMAP downloads to 2,500 MB per day and uploads to 500 MB per day per account. When an app or tool goes over, Gmail pauses access for up to 24 hours.
    .gmail-step-1 = Wait up to 24 hours before syncing again; the limit resets by itself.
    .gmail-step-2 = Stop tools that copy or back up the whole mailbox, and set them to run in smaller parts on different days.
    .gmail-step-3 = In your mail app, sync only the folders you need.
    .gmail-step-4 = For a work or school account: ask your administrator, who can see the limit in the Google Admin console.

finding-limits-connection_limit_measured = How many connections the server allowed
    .explanation = maildoctor opened several connections at the same time to see how many this account may use; the number allowed is shown below. This is for information, not a problem.
    .step-1 = Keep the total number of connections from all your mail apps and devices below the number shown.
    .step-2 = If you often hit the limit: lower the simultaneous connections setting in your mail apps.

finding-limits-throttled = The server is slowing this account down
    .explanation = The server still works but deliberately slows down this account, usually because it was very busy syncing recently. Mail may arrive late until it calms down.
    .step-1 = Let the mail app finish its current sync without restarting it.
    .step-2 = Check for several apps or tools syncing the same account at the same time, and stop those you don't need.
    .step-3 = Run the test again later to see whether the slowdown is gone.


## mailbox: the mailbox itself

finding-mailbox-folder_too_large = A folder holds a very large number of messages
    .explanation = A folder holds more than 10,000 messages. Many mail apps become slow, crash or stop syncing with folders this large.
    .step-1 = Move older messages into archive folders, for example one per year.
    .step-2 = In your mail app, sync only recent mail or only the folders you need.
    .step-3 = Delete or empty folders you don't need, such as Trash and Spam.

finding-mailbox-over_quota = The mailbox is full
    .explanation = The mailbox has used all its storage space. New mail may bounce back to senders, and some apps stop syncing.
    .step-1 = Delete large messages and attachments you don't need, and empty Trash and Spam.
    .step-2 = Check the storage used in your provider's web settings.
    .step-3 = Buy more storage or ask your administrator to raise the quota if you need to keep everything.

finding-mailbox-in_use = Another app is using the mailbox right now
    .explanation = With POP, only one app can open the mailbox at a time, and another session holds it. The lock is released when that app finishes or after a time-out.
    .step-1 = Close other mail apps or devices that fetch this account by POP, or stop them checking automatically.
    .step-2 = Wait a few minutes for the other session to end, then run the test again.
    .step-3 = Consider IMAP instead of POP if several devices read the same account.

finding-mailbox-login_delay = The server allows a new sign-in only every few minutes
    .explanation = This POP server sets a minimum wait between sign-ins; the wait is shown below. Apps that check more often are turned away.
    .step-1 = Set your mail app to check for new mail less often than the wait shown below.
    .step-2 = Wait for that time to pass, then run the test again.

finding-send-accepted = This account may send from this address
    .explanation = After signing in, the server accepted the sender and the recipient below. maildoctor then cancelled (RSET) before any message was sent: nothing was delivered.
    .step-1 = If your mail app still can't send, check that it signs in for sending: in its outgoing server settings, turn on "My outgoing server requires authentication" (or "Use the same settings as my incoming server").
    .step-2 = Check that the app uses the same outgoing server, port and security as this test.
    .microsoft365-explanation = After signing in, the server accepted the sender and the recipient below, then maildoctor cancelled before any message was sent. Microsoft 365 checks "Send As" permission only when a message is really sent, so a shared mailbox or another person's address can still be refused then (5.7.60).
    .microsoft365-step-1 = Check that your mail app signs in for sending with this same account.
    .microsoft365-step-2 = If mail from a shared mailbox or another address is refused later with 5.7.60, ask your administrator for "Send As" permission on it.
    .outlook-explanation = After signing in, the server accepted the sender and the recipient below, then maildoctor cancelled before any message was sent. Outlook.com checks the sending address again when a message is really sent, so an address that isn't an alias of this account can still be refused then.
    .outlook-step-1 = Check that your mail app signs in for sending with this same account.
    .outlook-step-2 = Send only from your Outlook.com address or one of its aliases (in Settings, open Mail, then Sync email, then Manage your aliases).

finding-send-sender_not_permitted = The server won't send mail from this address for this account
    .explanation = You signed in, but the server refuses the sender address. This happens when the app sends as an alias, another person's address or a shared mailbox that this account has no permission to send as.
    .step-1 = In your mail app, check the "From" address of this account: it should be the address you sign in with.
    .step-2 = To send as another address, first add it to your account as a sending address (an alias) on your provider's website, or ask your administrator for "send as" permission.
    .step-3 = If you use a shared mailbox, send from it with its own account, or ask your administrator to give you "Send As" or "Send on Behalf" permission.
    .gmail-step-1 = On your computer, open Gmail and click Settings, then See all settings.
    .gmail-step-2 = Click the Accounts and Import tab. Under "Send mail as", click Add another email address and follow the steps to verify the address.
    .gmail-step-3 = In your mail app, send from your Gmail address or from an address listed under "Send mail as".
    .microsoft365-step-1 = Ask your Microsoft 365 administrator to give your account "Send As" permission for this address or shared mailbox (in the Exchange admin center: Recipients, then Mailboxes, then the mailbox, then Delegation).
    .microsoft365-step-2 = Permissions can take up to an hour to apply; try again after that.
    .microsoft365-step-3 = Until then, send from your own address.
    .outlook-step-1 = Sign in to Outlook.com and open Settings, then Mail, then Sync email. Under "Manage your aliases", check that this address is an alias of your account.
    .outlook-step-2 = In your mail app, send from your Outlook.com address or one of its aliases.

finding-send-relay_denied = The server won't pass your mail on
    .explanation = The server refused to send mail to this recipient for you. Servers only pass mail on for apps that have signed in; this refusal usually means the app is not signing in for sending, or uses the wrong server.
    .step-1 = In your mail app's outgoing (SMTP) server settings, turn on authentication: "My outgoing server requires authentication", with the same user name and password as for incoming mail.
    .step-2 = Use your provider's sending server, port 465 (SSL/TLS) or 587 (STARTTLS), not port 25.
    .step-3 = If you use your internet provider's server instead of your mail provider's, switch to your mail provider's sending server.

finding-send-limit_reached = This account has reached its sending limit
    .explanation = The server refuses new mail because the account has sent as many messages or recipients as it allows for now (often per day). Sending works again when the limit resets.
    .step-1 = Wait until the limit resets (usually within 24 hours), then try again.
    .step-2 = Send large mailings with a mailing-list or newsletter service instead of your mail account.
    .step-3 = If you didn't send many messages, change your password: someone else may be sending from your account.
    .gmail-step-1 = Wait up to 24 hours: Gmail lifts a sending limit on its own. A Gmail account may send to about 500 recipients a day.
    .gmail-step-2 = If you didn't send that much mail, change your Google password and check recent security activity at myaccount.google.com/security.
    .gmail-step-3 = For large mailings, use a mailing-list service instead.
    .microsoft365-step-1 = Wait up to 24 hours: Exchange Online allows 10,000 recipients a day per mailbox and lifts the limit on its own.
    .microsoft365-step-2 = If you didn't send that much mail, change your password and tell your administrator: the account may be compromised.

finding-send-account_blocked = This account is blocked from sending mail
    .explanation = The provider has stopped this account from sending, usually because it sent mail that looked like spam, or because someone else may be using it.
    .step-1 = Change your password now, and turn on two-step verification if you haven't.
    .step-2 = Check your sent mail for messages you didn't write.
    .step-3 = Contact your provider or administrator to have sending turned back on; they will check the account first.
    .microsoft365-step-1 = Tell your Microsoft 365 administrator: the account is on the restricted entities list for sending spam.
    .microsoft365-step-2 = Your administrator resets your password, checks the account, then removes it from Restricted entities in the Microsoft Defender portal.
    .outlook-step-1 = Sign in to outlook.com in a web browser and follow any steps shown to verify your account.
    .outlook-step-2 = Change your password and check recent activity at account.microsoft.com/security.
    .outlook-step-3 = If sending stays blocked, contact Outlook.com support from the help page.

finding-send-message_too_large = The server refuses a message this size
    .explanation = The server refused the message size declared before sending: messages of this size are over its limit.
    .step-1 = Send fewer or smaller attachments in one message, or share large files by link (a cloud storage service).
    .step-2 = Ask your provider or administrator what size of message the server takes.

finding-send-size_limit_small = This server only takes small messages
    .explanation = The server says it takes messages up to the size below. Photos and documents often make a message bigger than that (attachments grow by about a third when sent), so such messages will be refused.
    .step-1 = Share large files by link (a cloud storage service) instead of attaching them.
    .step-2 = If you run the server, raise its message size limit (for Postfix: message_size_limit) to at least 25 MB.

finding-send-recipient_refused = The server refuses this recipient
    .explanation = The server accepted the sender but refused the recipient address: it may not exist, or it is not accepted from this account.
    .step-1 = Check the recipient address for typos.
    .step-2 = Try another recipient, for example your own address.

finding-send-refused_unclassified = The server refuses to send this mail
    .explanation = The server refused the sender or the recipient for a reason maildoctor doesn't recognise. Its own words are shown below.
    .step-1 = Read the server's answer below: it usually names the reason.
    .step-2 = Send the server's answer to your provider or administrator.

finding-send-temporary_failure = The server can't take mail just now
    .explanation = The server answered with a temporary refusal: it can't take this mail right now, but may later. Mail apps keep such messages in the outbox and try again.
    .step-1 = Wait a few minutes, then try again.
    .step-2 = If it keeps happening, send the server's answer below to your provider or administrator.

finding-send-needs_signin = Sending was not checked: no sign-in
    .explanation = A sending server passes mail on only for apps that sign in, so without a user name and password a refusal such as "Relay access denied" would be expected here, not a fault.
    .step-1 = Run the test again with your user name and password to check sending too.
    .step-2 = In your mail app, make sure the outgoing server signs in: turn on "My outgoing server requires authentication".

finding-send-no_sender = Sending was not checked: no sender address
    .explanation = To check sending, maildoctor needs the address you send from. Your user name isn't an e-mail address and none was given.
    .step-1 = Run the test again with your e-mail address as the user name, or give the sender address for the send check.
    .step-2 = Use the "From" address your mail app sends with, so the check asks about that address.
